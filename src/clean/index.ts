/**
 * Cleaning of scraped article text.
 *
 * `cleanText(raw, hints)` takes a raw body (a .txt file, or the `text` of a JSON/CSV record) and gives
 * the clean text, a map from clean offsets back to raw offsets, the junk it took out (verbatim, with
 * raw offsets and the rule that took it), the header found at the top (title, date, URL), the
 * credited origin (`Source: VOA` → "VOA"), the language, and warnings.
 *
 * Paragraphs: in scraped text files every line is a paragraph (the scrapers write one paragraph per
 * line, with or without blank lines between). So every kept line becomes one paragraph of the clean
 * text, and paragraphs are separated by exactly "\n\n". The one exception is a hard-wrapped line: a
 * line ending in a lowercase letter or a comma, followed directly by a line starting lowercase,
 * continues the same paragraph (the line break becomes a space).
 *
 * Order of the passes (each sees what the earlier ones left):
 *  1. line rules (`rules.ts`): ad markers, "Source link", comment forms, share and navigation
 *     lines, cookie notices, credit lines, photo credit lines;
 *  2. header at the top: title, date and URL lines, then a repeated title;
 *  3. caption blocks around photo credit lines;
 *  4. navigation residue at the end (short non-sentence lines);
 *  5. junk inside paragraphs (`inline.ts`): photo credits and captions, site footers, junk sentences
 *     at the end of the last paragraph.
 * Words are never changed: glued words ("Viennaover") stay, with a warning.
 */
import type { OffsetMap } from '../doc/offsets.js';
import type { Message, Removed } from '../doc/types.js';
import { creditLine, datelineCredit, inlineSourceCredit, isPhotoCreditLine } from './credit.js';
import { ParagraphEmitter } from './emit.js';
import { isHeadlineShaped, isUrlLine, parseDateLine, sameTitle } from './header.js';
import { inlineJunk, type Piece } from './inline.js';
import { detectLanguage } from './language.js';
import { LINE_RULES } from './rules.js';

export { LINE_RULES } from './rules.js';
export { FOOTER_ANCHORS } from './inline.js';

/** Every rule `cleanText` can name in `removed`, with the reason it removes what it removes. */
export const CLEAN_RULES: Readonly<Record<string, string>> = Object.freeze({
  ...Object.fromEntries(LINE_RULES.map((r) => [`clean/${r.name}`, r.reason])),
  'clean/header-title': 'title line at the top of the file (returned in header.title)',
  'clean/header-date': 'date line at the top of the file (returned in header.date)',
  'clean/header-url': 'URL line at the top of the file (returned in header.url)',
  'clean/repeated-title': 'first body line repeating the title',
  'clean/credit-line': 'line that only credits the origin of the article (returned in credit)',
  'clean/photo-credit': 'photographer or agency credit of a photo',
  'clean/caption': 'photo caption (the lines or sentences before a photo credit, or a caption-shaped block)',
  'clean/nav-residue': 'short lines that are not sentences at the end of the text (navigation left by the scraper)',
  'clean/site-footer': 'boilerplate footer of a news site, to the end of the paragraph',
});

export interface CleanHints {
  /** Title known from metadata (JSON/CSV field, HTML): a first body line repeating it is removed. */
  title?: string | null;
  url?: string | null;
}

export interface CleanHeader {
  title: string | null;
  /** YYYY-MM-DD. */
  date: string | null;
  url: string | null;
}

export interface CleanResult {
  text: string;
  offsets: OffsetMap;
  removed: Removed[];
  credit: string | null;
  header: CleanHeader;
  language: string | null;
  warnings: Message[];
}

interface Line {
  /** Raw range of the line without its line break. */
  start: number;
  end: number;
  /** Raw range without surrounding white space. */
  ts: number;
  te: number;
  /** Trimmed text with inner white-space runs collapsed (only for lines up to 600 chars, else ''). */
  norm: string;
  /** Removal rule, or null while the line is body. */
  rule: string | null;
  blank: boolean;
  credit?: string | null;
  creditStrength?: 1 | 2;
}

const TRIM_CHARS = /[\s\u00A0\u200B-\u200D\u2060\uFEFF]/;
const COLLAPSE = /[\s\u00A0\u200B-\u200D\u2060\uFEFF]+/g;
const NORM_LIMIT = 600;

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let s = 0;
  const n = raw.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? raw.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029) continue;
    let ts = s;
    let te = i;
    while (ts < te && TRIM_CHARS.test(raw[ts]!)) ts++;
    while (te > ts && TRIM_CHARS.test(raw[te - 1]!)) te--;
    const blank = ts === te;
    const norm = !blank && te - ts <= NORM_LIMIT ? raw.slice(ts, te).replace(COLLAPSE, ' ') : '';
    lines.push({ start: s, end: i, ts, te, norm, rule: null, blank });
    if (c === 13 && i + 1 < n && raw.charCodeAt(i + 1) === 10) i++;
    s = i + 1;
  }
  return lines;
}

function lineText(raw: string, l: Line): string {
  return l.norm || raw.slice(l.ts, l.te);
}

/** Sentence-final punctuation (possibly followed by a closing quote or bracket). */
const FINAL_PUNCT = /[.!?…]["”’')\]]*$|["”’]$/;

const BARE_AGENCY_LINE = /^\(?[\p{L}/ .-]{2,28}\)?\.?$/u;

/** Words photo captions use ("…, left, speaks…", "pictured", "file photo"). */
const CAPTION_CUES =
  /(?:, (?:left|right|center|centre|second left|second right|front|top|bottom|L|R|C),|\((?:L|R|C|left|right|center|centre)\)|\b(?:pictured|file photo|in this (?:file )?(?:photo|image|picture)|(?:photo|image|picture) (?:taken|shows|provided|released))\b)/i;

function sentenceCount(s: string): number {
  const m = s.match(/[.!?]["”’)]?\s+(?=[\p{Lu}"“])/gu);
  return 1 + (m ? m.length : 0);
}

function isNameOnly(s: string): boolean {
  if (s.length > 120 || FINAL_PUNCT.test(s)) return false;
  const words = s.split(' ').length;
  return words >= 1 && words <= 15 && /^[\p{Lu}"“]/u.test(s);
}

export function cleanText(raw: string, hints: CleanHints = {}): CleanResult {
  const lines = splitLines(raw);
  const warnings: Message[] = [];
  const header: CleanHeader = { title: null, date: null, url: null };
  const extra: Piece[] = [];

  // 1. Line rules.
  for (const l of lines) {
    if (l.blank || !l.norm) continue;
    const t = l.norm;
    for (const r of LINE_RULES) {
      if (t.length <= r.maxLength && r.pattern.test(t)) {
        l.rule = `clean/${r.name}`;
        break;
      }
    }
    if (l.rule) continue;
    const c = creditLine(t);
    if (c) {
      l.rule = 'clean/credit-line';
      l.credit = c.credit;
      l.creditStrength = c.strength;
      continue;
    }
    if (isPhotoCreditLine(t)) l.rule = 'clean/photo-credit';
  }

  // A bare agency name ("Reuters", "AFP") with body text after it credits a photo, not the article.
  {
    let after = 0;
    for (let i = lines.length - 1; i >= 0; i--) {
      const l = lines[i]!;
      if (l.blank) continue;
      if (!l.rule) {
        if (l.norm.length > 60 || l.te - l.ts > 60) after++;
        continue;
      }
      if (l.rule === 'clean/credit-line' && after >= 2 && l.norm.length <= 30 && BARE_AGENCY_LINE.test(l.norm)) {
        l.rule = 'clean/photo-credit';
        l.credit = null;
      }
    }
  }

  // 2. Header at the top: title line, then date and URL lines, then a repeated title.
  const body = () => lines.filter((l) => !l.blank && !l.rule);
  const top = body().slice(0, 5);
  let k = 0;
  const first = top[0];
  const isMeta = (l: Line | undefined) => !!l && !!l.norm && (parseDateLine(l.norm) !== null || isUrlLine(l.norm));
  if (first && first.norm && !isMeta(first)) {
    const t0 = first.norm;
    const hintTitle = hints.title ? hints.title : null;
    if (isMeta(top[1]) && t0.length <= 300) {
      first.rule = 'clean/header-title';
      header.title = t0;
      k = 1;
    } else if (top[1] && top[1].norm && sameTitle(top[1].norm, t0) && t0.length <= 300) {
      first.rule = 'clean/header-title';
      header.title = t0;
      k = 1;
    } else if (!hintTitle && isHeadlineShaped(t0) && top[1]) {
      const next = lineText(raw, top[1]);
      if (next.length >= 80 && next.length >= 1.5 * t0.length && FINAL_PUNCT.test(next)) {
        first.rule = 'clean/header-title';
        header.title = t0;
        k = 1;
      }
    }
  }
  for (; k < top.length && k < 4; k++) {
    const l = top[k]!;
    if (!l.norm) break;
    const d = header.date === null ? parseDateLine(l.norm) : null;
    if (d) {
      header.date = d;
      l.rule = 'clean/header-date';
      continue;
    }
    if (header.url === null && (isUrlLine(l.norm) || (hints.url && l.norm === hints.url))) {
      header.url = l.norm;
      l.rule = 'clean/header-url';
      continue;
    }
    break;
  }
  const firstBody = body()[0];
  if (firstBody && firstBody.norm) {
    const titles = [header.title, hints.title].filter((x): x is string => !!x);
    if (titles.some((t) => sameTitle(firstBody.norm, t))) firstBody.rule = 'clean/repeated-title';
  }

  // 3. Captions around photo credit lines, and caption-shaped groups in blank-separated text.
  const nonBlank = lines.filter((l) => !l.blank);
  let blankGaps = 0;
  let tightGaps = 0;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.blank || lines[i - 1]!.blank) continue;
    tightGaps++;
  }
  for (let i = 1; i < lines.length; i++) if (lines[i]!.blank && !lines[i - 1]!.blank) blankGaps++;
  const blankSeparated = nonBlank.length >= 4 && blankGaps >= 2 * tightGaps;
  // Groups: runs of non-blank lines.
  const groups: Line[][] = [];
  let cur: Line[] = [];
  for (const l of lines) {
    if (l.blank) {
      if (cur.length) groups.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) groups.push(cur);
  if (blankSeparated) {
    for (const g of groups) {
      if (g.length < 2 || g.length > 4) continue;
      const live = g.filter((l) => !l.rule || l.rule === 'clean/photo-credit');
      const hasCredit = g.some((l) => l.rule === 'clean/photo-credit');
      const cand = live.filter((l) => !l.rule);
      if (cand.length === 0) continue;
      const short = cand.every((l) => l.norm && l.norm.length <= 400 && sentenceCount(l.norm) <= 2);
      const shaped =
        cand.length === 2 && isNameOnly(cand[0]!.norm) && cand[1]!.norm.length <= 250 && sentenceCount(cand[1]!.norm) <= 1;
      if (short && (hasCredit || shaped)) for (const l of cand) l.rule = 'clean/caption';
    }
  } else {
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]!.rule !== 'clean/photo-credit') continue;
      let j = i - 1;
      while (j >= 0 && lines[j]!.blank) j--;
      const prev = lines[j];
      if (!prev || prev.rule || !prev.norm) continue;
      if (isNameOnly(prev.norm)) {
        prev.rule = 'clean/caption';
        continue;
      }
      // A one-sentence line is a caption only with more evidence: a name line before it, or the
      // words photo captions use. Single-sentence body paragraphs are common in scraped text.
      if (prev.norm.length > 300 || sentenceCount(prev.norm) > 1) continue;
      let h = j - 1;
      while (h >= 0 && lines[h]!.blank) h--;
      const prev2 = lines[h];
      const nameBefore = !!prev2 && !prev2.rule && !!prev2.norm && isNameOnly(prev2.norm);
      if (nameBefore) {
        prev.rule = 'clean/caption';
        prev2.rule = 'clean/caption';
      } else if (CAPTION_CUES.test(prev.norm)) {
        prev.rule = 'clean/caption';
      }
    }
  }

  // 4. Navigation residue at the end: short lines that are not sentences.
  let live = body();
  if (live.length >= 4) {
    for (let i = live.length - 1, n = 0; i >= 1 && n < 4; i--, n++) {
      const l = live[i]!;
      const t = l.norm;
      if (!t || t.length > 40 || t.split(' ').length > 5 || FINAL_PUNCT.test(t) || /\d/.test(t)) break;
      l.rule = 'clean/nav-residue';
    }
    live = body();
  }

  // 5. Junk inside paragraphs.
  for (let i = 0; i < live.length; i++) {
    const l = live[i]!;
    extra.push(...inlineJunk(raw, l.ts, l.te, { first: i === 0, last: i === live.length - 1 }));
  }
  extra.sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Piece[] = [];
  for (const p of extra) {
    const last = pieces[pieces.length - 1];
    if (last && p.start < last.end) {
      if (p.end > last.end) last.end = p.end;
      continue;
    }
    pieces.push({ ...p });
  }

  // Credit: explicit origin lines, then "(Source: X)", then the dateline, then weaker lines.
  let strong: string | null = null;
  let weak: string | null = null;
  for (const l of lines) {
    if (l.rule === 'clean/credit-line' && l.credit) {
      if (l.creditStrength === 2) strong = l.credit;
      else weak = weak ?? l.credit;
    }
  }
  for (const p of pieces) {
    if (p.rule === 'clean/credit-line' && p.credit) {
      if (p.creditStrength === 2) strong = strong ?? p.credit;
      else weak = weak ?? p.credit;
    }
  }
  let credit = strong;
  if (!credit) {
    for (let i = live.length - 1; i >= Math.max(0, live.length - 3) && !credit; i--) {
      const l = live[i]!;
      credit = inlineSourceCredit(l.te - l.ts > 4000 ? raw.slice(Math.max(l.ts, l.te - 4000), l.te) : lineText(raw, l));
    }
  }
  if (!credit) {
    const firstKept = live.slice(0, 2);
    for (const l of firstKept) {
      let s = l.ts;
      for (const p of pieces) if (p.start <= s && p.end > s) s = p.end;
      credit = datelineCredit(raw.slice(s, Math.min(l.te, s + 200)).replace(/^\s+/, ''));
      if (credit) break;
    }
  }
  if (!credit) credit = weak;

  // Build the clean text.
  const em = new ParagraphEmitter(raw);
  let pi = 0;
  let prevLine: Line | null = null;
  for (const l of live) {
    const seg = raw.slice(l.ts, l.te);
    if (prevLine && isWrapped(raw, prevLine, l, lines)) em.continueParagraph(isNfcQuick(seg));
    else em.startParagraph(isNfcQuick(seg));
    prevLine = l;
    let pos = l.ts;
    while (pi < pieces.length && pieces[pi]!.end <= l.ts) pi++;
    let q = pi;
    while (q < pieces.length && pieces[q]!.start < l.te) {
      const p = pieces[q]!;
      if (p.start > pos) em.range(pos, p.start);
      em.gap(Math.max(pos, p.start), p.end);
      pos = Math.max(pos, p.end);
      q++;
    }
    if (pos < l.te) em.range(pos, l.te);
  }
  const { text, offsets } = em.builder.build();

  const removed: Removed[] = [];
  for (const l of lines) {
    if (l.rule) removed.push({ text: raw.slice(l.ts, l.te), start: l.ts, end: l.te, rule: l.rule });
  }
  for (const p of pieces) {
    let s = p.start;
    let e = p.end;
    while (s < e && TRIM_CHARS.test(raw[s]!)) s++;
    while (e > s && TRIM_CHARS.test(raw[e - 1]!)) e--;
    if (e > s) removed.push({ text: raw.slice(s, e), start: s, end: e, rule: p.rule });
  }
  removed.sort((a, b) => a.start - b.start);

  if (raw.trim().length > 0 && text.length === 0) {
    warnings.push({ level: 'warning', reason: 'cleaning removed all the text', rule: 'clean/empty' });
  }
  const glued = gluedWords(text);
  if (glued.length > 0) {
    warnings.push({
      level: 'info',
      reason: `${glued.length} place(s) where words seem glued together (e.g. "${text.slice(glued[0]![0], glued[0]![1])}"); left as written`,
      rule: 'clean/glued-words',
      place: glued[0],
    });
  }

  return { text, offsets, removed, credit, header, language: detectLanguage(text), warnings };
}

/**
 * True when `next` continues the sentence of `prev` (a hard-wrapped text): the two lines are
 * adjacent in the raw text, `prev` ends in a lowercase letter or a comma and `next` starts lowercase.
 */
function isWrapped(raw: string, prev: Line, next: Line, lines: Line[]): boolean {
  if (!/[\p{Ll},]$/u.test(raw.slice(prev.te - 1, prev.te))) return false;
  if (!/^\p{Ll}/u.test(raw.slice(next.ts, next.ts + 1))) return false;
  // Nothing but one line break between them.
  const gap = raw.slice(prev.te, next.ts);
  return /^[^\S\n\r]*(?:\r\n|\n|\r)[^\S\n\r]*$/.test(gap) && lines.length > 0;
}

function isNfcQuick(s: string): boolean {
  // ASCII and Latin-1 text is always NFC; otherwise check.
  // eslint-disable-next-line no-control-regex
  return /^[\u0000-\u02FF\u2000-\u206F\u20A0-\u20CF]*$/.test(s) || s === s.normalize('NFC');
}

/** Places where words look glued ("weeksHe", "border,while", "Moscow'sdemand"). */
function gluedWords(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /(?<![a-z])[a-z]{3,}[A-Z][a-z]{2,}|(?<![a-z])[a-z]{2,}[,;][a-z]{2,}|[A-Za-z]['’]s[a-z]{4,}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && out.length < 50) {
    let s = m.index;
    let e = s + m[0].length;
    while (s > 0 && s > m.index - 30 && /[A-Za-z'’]/.test(text[s - 1]!)) s--;
    while (e < text.length && e < m.index + m[0].length + 30 && /[A-Za-z'’]/.test(text[e]!)) e++;
    out.push([s, e]);
  }
  return out;
}
