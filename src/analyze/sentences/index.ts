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

/** Split `text` into sentences and tokens with clean-text offsets. */
export function splitText(text: string): SplitResult {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const w = wink();
  let paragraph = 0;
  const lineRe = /[^\n]+/g;
  let lastLineEnd = 0;
  let m: RegExpExecArray | null;
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
      const part = line.slice(piece.start, piece.end);
      if (!/\S/.test(part)) continue;
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
