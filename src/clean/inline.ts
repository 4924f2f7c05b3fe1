/**
 * Junk inside a paragraph. Many scraped texts hold a whole article on one line, so captions,
 * photo credits and site footers are not lines of their own: they are cut out of the paragraph.
 *
 * Every pattern is bounded and is only run after a cheap `indexOf` check.
 */
import { LINE_RULES, type LineRule } from './rules.js';
import { creditLine } from './credit.js';

export interface Piece {
  /** Raw offsets. */
  start: number;
  end: number;
  rule: string;
  /** Credited origin, for credit lines. */
  credit?: string | null;
  creditStrength?: 1 | 2;
}

/** Photo credits in parentheses: "(AP Photo/Name)", "(Photo by X/AFP via Getty Images)", "(Xinhua/Name)". */
const PAREN_CREDIT =
  /\((?:AP Photo|Photo|Photos|Image|Picture|Xinhua|Foto|Pool Photo)(?:\s?\/|\sby\s|\s?:\s?|\s(?:courtesy|credit)\b)[^()\n]{0,160}\)|\([^()\n]{1,120}?(?:\bvia (?:Getty Images|AP|Reuters|REUTERS|AFP)|\bGetty Images|\bShutterstock|\bEPA-EFE|\/AFP|\/Reuters|\/REUTERS|\/AP|\/EPA|\/TASS|\/Sipa(?: USA)?|\/Xinhua)\)/g;

/** Reuters photo credits without parentheses: "REUTERS/Name", "Ministry/Handout via REUTERS". */
const REUTERS_CREDIT =
  /(?:\b[A-Z][\w'’.-]{0,30}(?: [A-Z][\w'’.-]{0,30}){0,5}\/)?(?:Handout via |via )?\bREUTERS\b(?:\/[A-Z][a-z][\w'’.-]{0,30}(?: (?!(?:The|A|An|In|On|At|As|But|And|It|He|She|They|This|That|These|Those|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Russia|Russian|Ukraine|Ukrainian|President|Prime|Police|People|Members|Officials|Soldiers|Residents|Local|Firefighters|Rescuers|Workers|Protesters|Demonstrators)\b)[A-Z][a-z][\w'’.-]{0,30}){0,3})?(?:\/File(?: Photo)?)?/g;

/** A dateline right after a lead photo caption: "KYIV, Nov 16 (Reuters) -", "UNITED NATIONS, Feb. 21 (Xinhua) --", "MOSCOW, Jan 2. /TASS/." */
const DATELINE_AFTER =
  /^\s{0,3}\p{Lu}{2,}(?:[ /-]\p{Lu}{2,}){0,3}(?:,\s[^()\n]{1,40}?)?\s?(?:\([A-Z][A-Za-z ]{1,20}\)|\/\s?TASS\s?\/|[—–]|--)/u;

/** The date AP captions carry: ", Thursday, Aug. 25, 2022." */
const AP_CAPTION_DATE =
  /, (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\.? \d{1,2}, \d{4}\./g;

const AD_INLINE = /\[ad_\d{1,3}\]/g;

/** A link left between sentences by the scraper: "… for October. read more The Russian company …" (lower case). */
const READ_MORE_LINK = /(?<=[.!?"”’)])[ \t]{1,3}read more(?=[ \t]{1,3}[\p{Lu}“"‘(]|[ \t]*$)/gu;

/** A call to read the outlet's live blog, left inside a paragraph: "Follow all the updates on the war on our liveblog". */
const LIVE_BLOG_CALL = /\b(?:Follow|Read|Get) (?:all )?(?:the )?(?:latest )?(?:updates|news|coverage)\b[^.!?"“”\n]{0,80}?\b(?:in|on) our live ?blog\b\.?/g;

/** Site footers: from the anchor to the end of the paragraph is boilerplate. */
export const FOOTER_ANCHORS: readonly { anchor: string; reason: string }[] = [
  { anchor: 'Our Standards: The Thomson Reuters Trust Principles', reason: 'Reuters site footer' },
  { anchor: 'Reuters, the news and media division of Thomson Reuters', reason: 'Reuters site footer' },
  { anchor: 'The BBC is not responsible for the content of external sites', reason: 'BBC external-links notice' },
  { anchor: "If you are reading this page and can't see the form", reason: 'BBC contact form notice' },
  { anchor: 'The Times is committed to publishing a diversity of letters', reason: 'NYT letters footer' },
  { anchor: 'Follow our Telegram channel', reason: 'outlet social-media call' },
  { anchor: 'The Breitbart News Daily Podcast runs', reason: 'podcast promotion' },
  { anchor: 'Download the ABC News app', reason: 'app promotion' },
  { anchor: 'Copyright Business Wire', reason: 'press-release wire footer' },
];

/** Line rules that are also tried on the last sentences of a paragraph. */
const TAIL_RULES: readonly LineRule[] = LINE_RULES.filter((r) =>
  ['ad-marker', 'source-link', 'copyright', 'follow', 'contact', 'disclaimer', 'newsletter', 'cookie-notice'].includes(r.name),
);
const READ_MORE_SENTENCE = /^(?:Read more(?: here)?|READ MORE|Read more:.{1,200}|Sign up here|Watch\s?:?.{0,80}|Are you in .{1,40}\?)\.?$/;

/** Junk pieces inside the line raw[start, end). `first`/`last`: first or last body paragraph. */
export function inlineJunk(raw: string, start: number, end: number, opts: { first: boolean; last: boolean }): Piece[] {
  const line = raw.slice(start, end);
  const out: Piece[] = [];
  if (line.includes('[ad_')) {
    AD_INLINE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = AD_INLINE.exec(line)) !== null) out.push({ start: start + m.index, end: start + m.index + m[0].length, rule: 'clean/ad-marker' });
  }
  if (line.includes('read more')) {
    READ_MORE_LINK.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = READ_MORE_LINK.exec(line)) !== null) out.push({ start: start + m.index, end: start + m.index + m[0].length, rule: 'clean/read-more-link' });
  }
  if (line.includes('our live')) {
    LIVE_BLOG_CALL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LIVE_BLOG_CALL.exec(line)) !== null) out.push({ start: start + m.index, end: start + m.index + m[0].length, rule: 'clean/live-blog-call' });
  }
  const credits: [number, number][] = [];
  if (line.includes('(')) {
    PAREN_CREDIT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PAREN_CREDIT.exec(line)) !== null) credits.push([m.index, m.index + m[0].length]);
  }
  if (line.includes('REUTERS')) {
    REUTERS_CREDIT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = REUTERS_CREDIT.exec(line)) !== null) {
      if (m[0].length === 0) {
        REUTERS_CREDIT.lastIndex++;
        continue;
      }
      if (m[0].includes('/') || m[0].startsWith('via') || m[0].includes(' via ')) credits.push([m.index, m.index + m[0].length]);
    }
  }
  credits.sort((a, b) => a[0] - b[0]);
  let captionEnd = -1;
  for (const [cs, ce] of credits) {
    if (cs < captionEnd) continue;
    // A photo caption opening the article, before the dateline: remove from the paragraph start.
    if (opts.first && cs < 900 && DATELINE_AFTER.test(line.slice(ce, ce + 90))) {
      out.push({ start, end: start + ce, rule: 'clean/caption' });
      captionEnd = ce;
      continue;
    }
    const lo = Math.max(0, captionEnd, cs - 700);
    // An AP-style caption ("… Kyiv, Ukraine, Thursday, Aug. 25, 2022. … (AP Photo/Name)").
    const window = line.slice(lo, cs);
    AP_CAPTION_DATE.lastIndex = 0;
    const dm = AP_CAPTION_DATE.exec(window);
    if (dm) {
      const firstDate = lo + dm.index;
      const sStart = sentenceStartBefore(line, firstDate, Math.max(lo - 1, firstDate - 400));
      if (sStart >= lo && sStart > captionEnd) {
        out.push({ start: start + sStart, end: start + ce, rule: 'clean/caption' });
        captionEnd = ce;
        continue;
      }
    }
    // A dated caption sentence right before the credit ("… in Geneva on January 21, 2022. (Photo by …)").
    const dated = datedCaptionStart(line, lo, cs, lo === 0 || lo === captionEnd);
    if (dated >= 0) {
      out.push({ start: start + dated, end: start + ce, rule: 'clean/caption' });
      captionEnd = ce;
      continue;
    }
    out.push({ start: start + cs, end: start + ce, rule: 'clean/photo-credit' });
    captionEnd = ce;
  }
  if (opts.last) out.push(...tailJunk(raw, start, end, line, Math.max(captionEnd, 0)));
  return out;
}

/** Start of the sentence that holds position `pos` (looks back no further than `limit`). */
function sentenceStartBefore(line: string, pos: number, limit: number): number {
  for (let i = pos - 1; i > limit; i--) {
    const c = line.charCodeAt(i);
    // "___" separates AP story parts: a caption never reaches back over it.
    if (c === 95 && line.charCodeAt(i - 1) === 95) {
      let j = i + 1;
      while (j < pos && (line.charCodeAt(j) === 95 || line.charCodeAt(j) === 32)) j++;
      return j;
    }
    if ((c === 32 || c === 160) && i > 0) {
      const p = line.charAt(i - 1);
      const n = line.charAt(i + 1);
      if (/[.!?"”)]/.test(p) && /[\p{Lu}"“(]/u.test(n) && !/\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Jan|Feb|Aug|Sept|Oct|Nov|Dec|[A-Z])\.$/.test(line.slice(Math.max(0, i - 6), i))) {
        return i + 1;
      }
    }
  }
  return limit === 0 ? 0 : -1;
}

const DATE_ANY =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b|\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;

/**
 * Start of a caption made of the one or two sentences before a photo credit at `cs`, when one of
 * them carries a full date (photo captions date the picture; body sentences right before a credit
 * rarely do). `loIsStart`: `lo` is itself a sentence start (paragraph start or end of a credit).
 */
function datedCaptionStart(line: string, lo: number, cs: number, loIsStart: boolean): number {
  const starts: number[] = [];
  if (loIsStart) {
    let i = lo;
    while (i < cs && line.charCodeAt(i) === 32) i++;
    starts.push(i);
  }
  const seg = line.slice(lo, cs);
  SENTENCE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_BREAK.exec(seg)) !== null) {
    const dot = lo + m.index + 1;
    if (ABBREV_END.test(line.slice(Math.max(0, dot - 6), dot))) continue;
    const st = lo + m.index + m[0].length;
    if (st < cs - 10) starts.push(st);
  }
  const s1 = starts[starts.length - 1];
  if (s1 === undefined) return -1;
  if (cs - s1 <= 450 && DATE_ANY.test(line.slice(s1, cs))) return s1;
  const s2 = starts[starts.length - 2];
  if (s2 !== undefined && cs - s2 <= 500 && DATE_ANY.test(line.slice(s2, s1))) return s2;
  return -1;
}

const SENTENCE_BREAK = /[.!?]["”’)]?\s+(?=[\p{Lu}\p{N}"“(_©@[])/gu;
const ABBREV_END = /\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Jr|U\.S|U\.N|U\.K|[A-Z])\.$/;

/** Junk sentences and footers at the end of the last paragraph. */
function tailJunk(raw: string, start: number, end: number, line: string, minStart: number): Piece[] {
  const out: Piece[] = [];
  let stop = line.length;
  // Footers: from the earliest anchor to the end.
  let anchorAt = -1;
  for (const f of FOOTER_ANCHORS) {
    const i = line.indexOf(f.anchor);
    if (i > minStart && (anchorAt < 0 || i < anchorAt)) anchorAt = i;
  }
  // "read more Our Standards: …" — a dangling "read more" belongs to the footer.
  if (anchorAt > 0) {
    const before = line.slice(Math.max(0, anchorAt - 12), anchorAt);
    const m = /read more\s*$/i.exec(before);
    if (m) anchorAt -= before.length - m.index;
    out.push({ start: start + anchorAt, end, rule: 'clean/site-footer' });
    stop = anchorAt;
  }
  // Sentence starts in the tail window.
  const from = Math.max(minStart, stop - 3000);
  const starts: number[] = [];
  SENTENCE_BREAK.lastIndex = from;
  let m: RegExpExecArray | null;
  const tail = line.slice(0, stop);
  while ((m = SENTENCE_BREAK.exec(tail)) !== null) {
    const dot = m.index + 1;
    if (ABBREV_END.test(tail.slice(Math.max(0, dot - 6), dot))) continue;
    starts.push(m.index + m[0].length);
  }
  for (let k = starts.length - 1, n = 0; k >= 0 && n < 12; k--, n++) {
    const s = starts[k]!;
    const text = tail.slice(s, stop).trim();
    if (!text) {
      stop = s;
      continue;
    }
    const rule = tailRule(text);
    if (!rule) break;
    out.push({ start: start + s, end: start + s + text.length, rule: rule.rule, credit: rule.credit, creditStrength: rule.strength });
    stop = s;
  }
  return out;
}

function tailRule(text: string): { rule: string; credit?: string | null; strength?: 1 | 2 } | null {
  for (const r of TAIL_RULES) {
    if (text.length <= r.maxLength && r.pattern.test(text)) return { rule: `clean/${r.name}` };
  }
  if (text.length <= 400 && READ_MORE_SENTENCE.test(text)) return { rule: 'clean/read-more' };
  const c = creditLine(text);
  if (c && c.credit) return { rule: 'clean/credit-line', credit: c.credit, strength: c.strength };
  return null;
}
