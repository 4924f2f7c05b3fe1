/**
 * Part-of-speech tags and lemmas for one stretch of text, with wink-nlp (its light English model).
 * Used to find the counted noun after a number. Offsets are found by walking the text, so they
 * always index the text given; a token wink normalised beyond recognition is skipped.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface PosToken {
  start: number;
  end: number;
  text: string;
  pos: string;
  lemma: string;
}

interface WinkTokens {
  out(f?: unknown): string[];
}
interface Wink {
  readDoc(text: string): { tokens(): WinkTokens };
  its: { value: unknown; pos: unknown; lemma: unknown };
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

/** Tag `text` (one sentence or line); offsets are relative to `text` plus `base`. */
export function tagText(text: string, base = 0): PosToken[] {
  const w = wink();
  const doc = w.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(w.its.value);
  const tags = tokens.out(w.its.pos);
  const lemmas = tokens.out(w.its.lemma);
  const out: PosToken[] = [];
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const at = text.indexOf(v, pos);
    if (at < 0 || at - pos > 200) continue;
    pos = at + v.length;
    out.push({ start: base + at, end: base + pos, text: v, pos: tags[i] ?? 'X', lemma: (lemmas[i] ?? v).toLowerCase() });
  }
  return out;
}
