/**
 * Line-level detectors of the quote stage: caption lines (which never speak), embedded tweets, "Name: words" lines
 * and title-case headlines ("SOURCE Verb …").
 */
import type { EntityMention, QuoteKind, Sentence, Span } from '../../doc/types.js';
import { CUE_FORMS, HEADLINE_VERBS } from './cues.js';
import { tweetSignatures } from '../tweets.js';
import { CAPTION, type Cand } from './grammar.js';

export interface Line {
  start: number;
  end: number;
}

export function lineTable(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (/\S/.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Index of the sentence holding `offset`, or -1. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const s = sentences[lo];
  return s && s.start <= offset && offset < s.end ? lo : -1;
}

export function lineOf(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const TWEET_LINK = /(?:pic\.twitter\.com\/\w{1,20}|https?:\/\/t\.co\/\w{1,20})[ \t]*$/;

/**
 * Embedded tweets: the words before the signature (back to the start of their sentence, a link left out) are
 * what the author wrote; the author speaks, the dash is the cue.
 */
export function embeddedTweets(text: string, sentences: readonly Sentence[]): { cand: Cand; signatureEnd: number }[] {
  const out: { cand: Cand; signatureEnd: number }[] = [];
  for (const sig of text.includes('(@') ? tweetSignatures(text) : []) {
    const dash = sig.start;
    let end = dash;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    const link = TWEET_LINK.exec(text.slice(Math.max(0, end - 60), end));
    if (link) end = Math.max(0, end - 60) + link.index;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    const si = sentenceAt(sentences, Math.max(0, end - 1));
    if (si < 0) continue;
    let start = sentences[si]!.start;
    // At most a tweet's length back.
    if (end - start > 300) start = end - 300;
    if (end - start < 10) continue;
    out.push({
      cand: { start, end, kind: 'direct', source: [sig.nameStart, sig.nameEnd], cue: [dash, dash + 1], rule: 'quotes/embedded-tweet', inherit: -1 },
      signatureEnd: sig.end,
    });
  }
  return out;
}

/** Longest line judged whole as a caption; a longer line (a whole article without paragraph breaks) is judged sentence by sentence. */
const CAPTION_LINE_MAX = 400;

export function captionSpans(text: string, lines: Line[], sentences: readonly Sentence[]): Line[] {
  const out: Line[] = [];
  const whole = lines.map((l) => l.end - l.start <= CAPTION_LINE_MAX && looksLikeCaption(text.slice(l.start, l.end)));
  lines.forEach((l, i) => {
    if (whole[i]) out.push(l);
  });
  // The other lines sentence by sentence, in one pass over both (both are in text order).
  let li = 0;
  for (const s of sentences) {
    while (li < lines.length && lines[li]!.end <= s.start) li++;
    const l = lines[li];
    if (!l || whole[li] || s.start < l.start || s.end > l.end) continue;
    const sentence = text.slice(s.start, s.end);
    if (!looksLikeCaption(sentence)) continue;
    // "A convoy crosses the bridge. (Photo by X/AFP) The ministry said …": the caption ends with its credit.
    const credit = /\((?:Photo|Image|Picture|Credit)\b[^()]{0,160}\)/i.exec(sentence);
    out.push({ start: s.start, end: credit ? s.start + credit.index + credit[0].length : s.end });
  }
  return out;
}

/** Photo captions and credits: they never speak. */
export function looksLikeCaption(line: string): boolean {
  const l = line.trim();
  if (CAPTION.test(l)) return true;
  // A short line with a credit at its end ("… (Reuters)", "… Getty Images").
  return l.length < 300 && /(?:Getty Images|\bvia Reuters|\bAP Photo\b|\bAFP\b\s*$)/.test(l) && !/[“"]/.test(l);
}

const LABELS = new Set(
  ('source sources photo photos image video watch update updated note editor correction breaking exclusive related ' +
    'read more listen q a sign follow subscribe tags tag filed posted share advertisement caption credit credits ' +
    'clarification transcript live analysis opinion busted boom wow whoa commentary editorial contact email phone warning disclaimer contributing byline latest paid ' +
    'revealed stat').split(' '),
);

/** "Trump: ‘I’m the worst thing …’" — a name, a colon, and what was said (headlines and transcripts). */
export function colonLine(text: string, l: Line, mentions: readonly EntityMention[]): Cand | null {
  const line = text.slice(l.start, l.end);
  const m = /^\s*["“”]?((?:[A-Z][\w.’'-]*|of|the)(?:\s+(?:[A-Z][\w.’'-]*|of|the)){0,4})\s*:\s+(\S.*)$/.exec(line);
  if (!m || !/^[A-Z]/.test(m[1]!)) return null;
  const name = m[1]!;
  if (name.split(/\s+/).some((w) => LABELS.has(w.toLowerCase().replace(/[’']s$/, '')))) return null;
  if (/^\d/.test(m[2]!)) return null;
  const srcStart = l.start + line.indexOf(name);
  // "NEW DELHI: India’s foreign minister …": a dateline in capitals, not a speaker.
  if (!/\p{Ll}/u.test(name) && placeName(mentions, [srcStart, srcStart + name.length])) return null;
  const colon = l.start + line.indexOf(':', srcStart - l.start + name.length);
  let start = l.start + line.length - m[2]!.length;
  let end = l.end;
  while (end > start && /[\s.]/.test(text[end - 1]!)) end--;
  let kind: QuoteKind = 'indirect';
  if (/^\s*["“”]/.test(line)) {
    // The whole line is quoted ("“WALLACE: …”"): what follows the colon is the quotation.
    while (end > start && /["“”\s]/.test(text[end - 1]!)) end--;
    kind = 'direct';
  }
  const body = text.slice(start, end);
  if (kind === 'direct') {
    // The line's own marks decided it.
  } else if (/^["“”„«»‘’']/.test(body) && /["“”„«»‘’'][.!?]?$/.test(body) && !/["“”„«»]/.test(body.slice(1, -2))) {
    kind = 'direct';
    start++;
    end -= /[.!?]$/.test(body) ? 2 : 1;
  } else if (/["“”„«»‘]/.test(body)) kind = 'partial';
  if (end - start < 6) return null;
  // "Said Ellis: “…”": a verb of speech before the name is the cue.
  const verb = /^(?:Said|Says|Added|Adds|Wrote|Writes)\s+(?=\p{Lu})/u.exec(name);
  if (verb) {
    const v = verb[0].trimEnd().length;
    return { start, end, kind, source: [srcStart + verb[0].length, srcStart + name.length], cue: [srcStart, srcStart + v], rule: 'quotes/name-colon', inherit: -1 };
  }
  return { start, end, kind, source: [srcStart, srcStart + name.length], cue: [colon, colon + 1], rule: 'quotes/name-colon', inherit: -1 };
}

/**
 * A "Name: words" line whose name speaks before the cue verbs inside its words: a transcript line ("WALLACE: …", the
 * name in capitals) or a headline of one sentence ("Rubio: I Still Believe Trump Can’t Be Trusted …"). Not when the
 * name holds a headline verb ("Carly Fiorina Endorses Ted Cruz: …").
 */
export function colonFirst(text: string, l: Line, c: Cand): boolean {
  const name = text.slice(c.source![0], c.source![1]);
  if (name.split(/\s+/).some((w) => HEADLINE_VERBS.has(w.toLowerCase()))) return false;
  if (opensWithOwnSubject(text.slice(c.start, c.end))) return false;
  if (/^[A-Z][A-Z .’'-]+$/.test(name) && /[A-Z]{2}/.test(name)) return true;
  return l.end - l.start <= 200 && !/[.!?]["”’]?\s+\S/.test(text.slice(c.start, c.end).replace(/[‘'"“][^’'"”]*[’'"”]/g, ''));
}

/**
 * "Kraft Shooting: Yvonne Hiller Charged With …", "Ukraine War: Zelensky Says …": the words after a colon open with
 * their own subject (capitalised words, not "I"/"We") and a cue verb; the name before the colon is then a topic.
 */
export function opensWithOwnSubject(body: string): boolean {
  const words = body.slice(0, 200).split(/\s+/, 5);
  for (let k = 1; k < words.length; k++) {
    if (!/^[A-Z]/.test(words[k - 1]!) || /^(?:I|I[’']\w+|We|My|Our)$/.test(words[k - 1]!)) return false;
    const w = words[k]!.toLowerCase();
    if (CUE_FORMS.has(w) || HEADLINE_VERBS.has(w)) return true;
  }
  return false;
}

/** A source span that is a place name in the mentions layer ("NEW DELHI: …" opening a dispatch). */
function placeName(mentions: readonly EntityMention[], src: Span): boolean {
  return mentions.some((m) => m.type === 'PLACE' && m.start <= src[0] && m.end >= src[1]);
}

/** "Hillary Clinton Speaks ‘Directly To White People’": a title-case headline, its source, a verb and the rest. */
export function headlineLine(text: string, l: Line): Cand | null {
  const line = text.slice(l.start, l.end);
  if (line.length > 160 || /[.!?]\s+\S/.test(line.replace(/[‘'"“][^’'"”]*[’'"”]/g, ''))) return null;
  const words = [...line.matchAll(/[^\s]+/g)];
  if (words.length < 4) return null;
  const caps = words.filter((w) => /^[‘'"“]?[A-Z0-9]/.test(w[0])).length;
  if (caps / words.length < 0.75) return null;
  for (let k = 1; k <= 4 && k < words.length - 1; k++) {
    const w = words[k]![0];
    if (!HEADLINE_VERBS.has(w.toLowerCase())) continue;
    const before = words.slice(0, k);
    if (!before.every((x) => /^[A-Z][\w.’'-]*$/.test(x[0])) || LABELS.has(before[0]![0].toLowerCase())) return null;
    const srcStart = l.start + before[0]!.index!;
    const srcEnd = l.start + before[k - 1]!.index! + before[k - 1]![0].length;
    const cueStart = l.start + words[k]!.index!;
    const start = l.start + words[k + 1]!.index!;
    let end = l.end;
    while (end > start && /[\s.]/.test(text[end - 1]!)) end--;
    if (end - start < 6) return null;
    const body = text.slice(start, end);
    let kind: QuoteKind = /["“”„«»‘]/.test(body) ? 'partial' : 'indirect';
    // The whole rest in marks: the quotation itself, without them.
    if (/^["“‘']/.test(body) && /["”’']$/.test(body) && !/["“”„«»‘’]/.test(body.slice(1, -1).replace(/(?<=\w)[’'](?=\w)/g, ''))) {
      kind = 'direct';
      return { start: start + 1, end: end - 1, kind, source: [srcStart, srcEnd], cue: [cueStart, cueStart + w.length], rule: 'quotes/headline-source-cue', inherit: -1 };
    }
    return { start, end, kind, source: [srcStart, srcEnd], cue: [cueStart, cueStart + w.length], rule: 'quotes/headline-source-cue', inherit: -1 };
  }
  return null;
}
