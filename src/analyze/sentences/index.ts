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
    const wdoc = w.readDoc(line);
    let pos = 0;
    wdoc.sentences().each((s) => {
      const words = s.tokens().out();
      let sStart = -1;
      let sEnd = -1;
      const sentenceIndex = sentences.length;
      for (const word of words) {
        const at = line.indexOf(word, pos);
        if (at < 0) continue; // wink normalised the token (rare): skip it rather than guess
        if (sStart < 0) sStart = at;
        sEnd = at + word.length;
        pos = sEnd;
        tokens.push({ start: lineStart + at, end: lineStart + sEnd, text: word, sentence: sentenceIndex, source: 'tokens/wink' });
      }
      if (sStart >= 0) {
        sentences.push({ start: lineStart + sStart, end: lineStart + sEnd, paragraph, source: 'sentences/wink' });
      }
    });
  }
  return { sentences, tokens };
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
