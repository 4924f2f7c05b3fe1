/**
 * Named-entity recogniser: an averaged-perceptron BILOU tagger trained on CoNLL-2003 English
 * (scripts/train-ner.ts), followed by a few named rules (rules.ts).
 *
 * `recognize` tags one sentence of tokens; `mentionsStage` fills `doc.layers.mentions` from the
 * sentences and tokens layers. The model is read once, on first use, from `models/ner/` at the
 * repository root (found by walking up from this module, so it works from the sources and from
 * the build output).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Doc, EntityMention, EntityType, Token } from '../../../doc/types.js';
import { layer, type Stage } from '../../../pipeline/stage.js';
import { documentCasing, type History } from './features.js';
import type { LinearModel } from './model.js';
import { applyRules, type RawSpan } from './rules.js';
import { loadModel } from './store.js';

export interface RecognizedSpan {
  /** First token index. */
  start: number;
  /** Token index after the last one (exclusive). */
  end: number;
  type: EntityType;
}

const TYPE_OF: Record<string, EntityType> = { PER: 'PERSON', LOC: 'PLACE', ORG: 'ORG', MISC: 'OTHER' };

let model: LinearModel | null = null;
let modelDirOverride: string | null = null;

/** The folder holding the model files: `models/ner` in the nearest ancestor folder that has one. */
export function findModelDir(): string {
  if (modelDirOverride) return modelDirOverride;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'models', 'ner');
    if (existsSync(join(candidate, 'weights.tsv.gz'))) return candidate;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error('ner: model files not found (models/ner/weights.tsv.gz)');
}

/** Use the model in `dir` instead of the bundled one (for training experiments and tests). */
export function useModelDir(dir: string | null): void {
  modelDirOverride = dir;
  model = null;
}

export function getModel(): LinearModel {
  if (!model) model = loadModel(findModelDir());
  return model;
}

/** Spans with CoNLL types (PER, LOC, ORG, MISC), after the rules. */
export function recognizeRaw(words: readonly string[], context?: DocumentContext): RawSpan[] {
  if (words.length === 0) return [];
  return applyRules(words, getModel().decode(words, context?.casing, context?.history));
}

/** What the recogniser knows of a sentence's document: how its words are written elsewhere in it. */
export interface DocumentContext {
  casing: Map<string, string>;
  /** Tags given to the document's sentences so far; recognising a sentence adds to it. */
  history: History;
}

/** Context of a document given as sentences of tokens (words). */
export function documentContext(sentences: readonly (readonly string[])[]): DocumentContext {
  return { casing: documentCasing(sentences), history: new Map() };
}

/**
 * Named entities of one sentence: token spans (end exclusive) with their types. Pass the
 * document's context (`documentContext`) when the sentence is part of a longer text, and give
 * the sentences in text order.
 */
export function recognize(tokens: readonly { text: string }[], context?: DocumentContext): RecognizedSpan[] {
  const words = tokens.map((t) => t.text);
  return recognizeRaw(words, context).map((s) => ({ start: s.start, end: s.end, type: TYPE_OF[s.type] ?? 'OTHER' }));
}

/** Mentions of one document, from its tokens grouped by sentence. */
export function recognizeDoc(text: string, tokens: readonly Token[]): EntityMention[] {
  const mentions: EntityMention[] = [];
  const groups: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    const sentence = tokens[i]!.sentence;
    let j = i;
    while (j < tokens.length && tokens[j]!.sentence === sentence) j++;
    groups.push(tokens.slice(i, j));
    i = j;
  }
  const context = documentContext(groups.map((g) => g.map((t) => t.text)));
  for (const toks of groups) {
    for (const s of recognize(toks, context)) {
      const start = toks[s.start]!.start;
      const end = toks[s.end - 1]!.end;
      mentions.push({ start, end, type: s.type, text: text.slice(start, end), source: 'ner/perceptron' });
    }
  }
  return mentions;
}

export const mentionsStage: Stage = {
  name: 'ner',
  needs: ['sentences', 'tokens'],
  adds: ['mentions'],
  run(doc: Doc) {
    doc.layers.mentions = recognizeDoc(doc.text, layer(doc, 'tokens'));
  },
};
