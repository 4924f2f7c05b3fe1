/**
 * Sentences and tokens, with wink-nlp.
 *
 * The text is split on line breaks first (a line break always ends a sentence in scraped news:
 * headlines, captions and paragraphs carry no final stop), then wink-nlp splits each line into
 * sentences and tokens. Offsets are found by walking the line, so they always index the clean text.
 */
import { createRequire } from 'node:module';
import type { Doc, Sentence, Token } from '../../doc/types.js';
import type { Stage } from '../../pipeline/stage.js';

const require = createRequire(import.meta.url);

interface WinkDoc {
  sentences(): { each(cb: (s: WinkItem) => void): void; length: number };
  tokens(): { out(f?: unknown): string[] };
}
interface WinkItem {
  tokens(): { out(f?: unknown): string[] };
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
}

let nlp: Wink | null = null;
function wink(): Wink {
  if (!nlp) {
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => Wink;
    const model = require('wink-eng-lite-web-model') as unknown;
    // Only sentence boundaries are needed: skip POS, NER, negation and sentiment.
    nlp = winkNLP(model, ['sbd']);
  }
  return nlp;
}

export interface SplitResult {
  sentences: Sentence[];
  tokens: Token[];
}

/** Runs of this many non-space characters are one token, kept away from wink (its tokenizer is quadratic on them). */
const LONG_RUN = 64;
/** Pieces longer than this are cut (at a sentence end when there is one) before wink reads them. */
const MAX_PIECE = 8000;

/** Split a line into pieces wink can read in linear time: long non-space runs apart, long pieces cut. */
function pieces(line: string): { start: number; end: number; opaque: boolean }[] {
  const out: { start: number; end: number; opaque: boolean }[] = [];
  const pushText = (start: number, end: number) => {
    while (end - start > MAX_PIECE) {
      const window = line.slice(start, start + MAX_PIECE);
      let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
      cut = cut > MAX_PIECE / 2 ? cut + 2 : window.lastIndexOf(' ') + 1;
      if (cut <= 0) cut = MAX_PIECE;
      out.push({ start, end: start + cut, opaque: false });
      start += cut;
    }
    if (end > start) out.push({ start, end, opaque: false });
  };
  const re = new RegExp(`\\S{${LONG_RUN},}`, 'g');
  let at = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    pushText(at, m.index);
    out.push({ start: m.index, end: m.index + m[0].length, opaque: true });
    at = m.index + m[0].length;
  }
  pushText(at, line.length);
  return out;
}

/**
 * Time stamps of live blogs ("31 May 2022 - 08:37 GMT", "08:37 GMT") before the first word of an entry: the
 * stamp ends a sentence of its own, so that the entry's subject is not "08:37 GMT Russia’s defence ministry".
 */
const LIVE_STAMP = /(?:\b\d{1,2} [A-Z][a-z]{2,8} \d{4} [-–] )?\b\d{1,2}:\d{2} (?:GMT|UTC)(?= +[\p{Lu}\p{N}“"])/gu;

/** Cut [start, end) of a line after each live-blog time stamp in it. */
function stampParts(line: string, start: number, end: number): { start: number; end: number }[] {
  const part = line.slice(start, end);
  if (!part.includes(':')) return [{ start, end }];
  const out: { start: number; end: number }[] = [];
  let at = start;
  LIVE_STAMP.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LIVE_STAMP.exec(part)) !== null) {
    // Only a stamp that opens an entry: at the start of the line, after the end of a sentence or another
    // stamp ("at 14:00 GMT Tuesday" stays whole).
    // A stamp with its date ("31 May 2022 - 08:37 GMT") is never inside a sentence.
    if (m.index > 0 && !/^\d{1,2} /.test(m[0]) && !/(?:[.!?:"”’)]|GMT)\s+$/u.test(part.slice(Math.max(0, m.index - 4), m.index))) continue;
    const cut = start + m.index + m[0].length;
    if (cut > at) out.push({ start: at, end: cut });
    at = cut;
  }
  if (end > at) out.push({ start: at, end });
  return out;
}

/** Split `text` into sentences and tokens with clean-text offsets. */
export function splitText(text: string): SplitResult {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const w = wink();
  let paragraph = 0;
  const lineRe = /[^\n]+/g;
  let lastLineEnd = 0;
  let m: RegExpExecArray | null;
  // Read line[from, to) with wink and add its sentences and tokens.
  const read = (line: string, lineStart: number, from: number, to: number) => {
    const part = line.slice(from, to);
    if (!/\S/.test(part)) return;
    const base = lineStart + from;
    const wdoc = w.readDoc(part);
    let pos = 0;
    wdoc.sentences().each((s) => {
      const words = s.tokens().out();
      let sStart = -1;
      let sEnd = -1;
      const sentenceIndex = sentences.length;
      for (const word of words) {
        const at = part.indexOf(word, pos);
        if (at < 0) continue; // wink normalised the token (rare): skip it rather than guess
        if (sStart < 0) sStart = at;
        sEnd = at + word.length;
        pos = sEnd;
        tokens.push({ start: base + at, end: base + sEnd, text: word, sentence: sentenceIndex, source: 'tokens/wink' });
      }
      if (sStart >= 0) {
        sentences.push({ start: base + sStart, end: base + sEnd, paragraph, source: 'sentences/wink' });
      }
    });
  };
  while ((m = lineRe.exec(text)) !== null) {
    const lineStart = m.index;
    if (sentences.length > 0 && /\n\s*\n/.test(text.slice(lastLineEnd, lineStart))) paragraph++;
    lastLineEnd = lineStart + m[0].length;
    const line = m[0];
    if (!/\S/.test(line)) continue;
    for (const piece of pieces(line)) {
      const base = lineStart + piece.start;
      if (piece.opaque) {
        const sentenceIndex = sentences.length;
        tokens.push({ start: base, end: lineStart + piece.end, text: line.slice(piece.start, piece.end), sentence: sentenceIndex, source: 'tokens/long-run' });
        sentences.push({ start: base, end: lineStart + piece.end, paragraph, source: 'sentences/long-run' });
        continue;
      }
      for (const sub of stampParts(line, piece.start, piece.end)) read(line, lineStart, sub.start, sub.end);
    }
  }
  return joinDigitBoundaries(text, sentences, tokens);
}

/**
 * wink ends a sentence at the dot of "RM23.50" or "by .5 percent": a boundary with a digit glued right after
 * its full stop is no boundary; the two sentences are one (tokens keep their own spans).
 */
function joinDigitBoundaries(text: string, sentences: Sentence[], tokens: Token[]): SplitResult {
  const merged: Sentence[] = [];
  const map = new Int32Array(sentences.length);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const prev = merged[merged.length - 1];
    if (prev && prev.end === s.start && prev.paragraph === s.paragraph && text[prev.end - 1] === '.' && /[0-9]/.test(text[s.start] ?? '')) {
      prev.end = s.end;
    } else merged.push({ ...s });
    map[i] = merged.length - 1;
  }
  if (merged.length === sentences.length) return { sentences, tokens };
  for (const t of tokens) t.sentence = map[t.sentence]!;
  return { sentences: merged, tokens };
}

export const sentencesStage: Stage = {
  name: 'sentences',
  needs: [],
  adds: ['sentences', 'tokens'],
  run(doc: Doc) {
    const { sentences, tokens } = splitText(doc.text);
    doc.layers.sentences = sentences;
    doc.layers.tokens = tokens;
  },
};
