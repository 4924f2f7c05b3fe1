/**
 * Part-of-speech tagged tokens per sentence (wink-nlp), the input of the attribution rules.
 */
import { createRequire } from 'node:module';
import type { Sentence } from '../../doc/types.js';

const require = createRequire(import.meta.url);

export interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, AUX, PUNCT, …). */
  pos: string;
  /** Index of the sentence. */
  sent: number;
  /** Index of this token in the flat token list. */
  i: number;
}

interface WinkTokens {
  out(f?: unknown): string[];
}
interface Wink {
  readDoc(text: string): { tokens(): WinkTokens };
  its: Record<string, unknown>;
}

let nlp: Wink | null = null;
function wink(): Wink {
  if (!nlp) {
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => Wink;
    const model = require('wink-eng-lite-web-model') as unknown;
    nlp = winkNLP(model, ['sbd', 'pos']);
  }
  return nlp;
}

/** Most words capitalised (four words or more): a headline in title case. */
function isTitleCase(piece: string): boolean {
  const words = piece.match(/[A-Za-z][\w’'-]*/g);
  if (!words || words.length < 4 || piece.length > 300) return false;
  const caps = words.filter((x) => /^[A-Z]/.test(x)).length;
  return caps / words.length >= 0.75;
}

/** Longest text handed to the tagger at once; longer sentences are tagged in pieces. */
const MAX_PIECE = 2000;

/** Tag every sentence; returns the flat token list in text order. */
export function tagSentences(text: string, sentences: readonly Sentence[]): Tok[] {
  const w = wink();
  const out: Tok[] = [];
  const titled = new Set<number>();
  sentences.forEach((s, sent) => {
    if (isTitleCase(text.slice(s.start, s.end))) titled.add(sent);
    for (let pieceStart = s.start; pieceStart < s.end; pieceStart += MAX_PIECE) {
      const pieceEnd = Math.min(s.end, pieceStart + MAX_PIECE);
      const piece = text.slice(pieceStart, pieceEnd);
      // Headlines in title case tag as a run of names; tag them in lower case (same offsets).
      const d = w.readDoc(isTitleCase(piece) ? piece.toLowerCase() : piece);
      const words = d.tokens().out();
      const tags = d.tokens().out(w.its.pos);
      let pos = 0;
      for (let k = 0; k < words.length; k++) {
        const at = piece.toLowerCase() === piece || !isTitleCase(piece) ? piece.indexOf(words[k]!, pos) : piece.toLowerCase().indexOf(words[k]!, pos);
        const word = at >= 0 ? piece.slice(at, at + words[k]!.length) : words[k]!;
        if (at < 0) continue;
        pos = at + word.length;
        out.push({
          start: pieceStart + at,
          end: pieceStart + pos,
          text: word,
          lower: word.toLowerCase(),
          pos: tags[k] ?? 'X',
          sent,
          i: out.length,
        });
      }
    }
  });
  // Capitalised words the tagger took for verbs are names ("Cook said", "… said Cook provided …").
  for (const t of out) {
    if (t.pos !== 'VERB' || !/^[A-Z][a-z]/.test(t.text) || titled.has(t.sent)) continue;
    const prev = out[t.i - 1];
    const initial = !prev || prev.sent !== t.sent || /^["“”„«»(—–-]$/.test(prev.text);
    if (!initial || out[t.i + 1]?.pos === 'VERB' || out[t.i + 1]?.pos === 'AUX') t.pos = 'PROPN';
  }
  return out;
}
