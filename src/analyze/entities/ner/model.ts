/**
 * The linear model and its decoder.
 *
 * Tags follow BILOU (Begin, Inside, Last, Outside, Unit) over the CoNLL types. Decoding goes left
 * to right, choosing for each token the best tag that may follow the previous one; the weights
 * are those of an averaged perceptron (see scripts/train-ner.ts).
 */
import { contextFeatures, documentCasing, dynamicFeatures, historyOf, updateHistory, wordFeatures, type History, viewOf, type Resources, type SentenceView } from './features.js';

export interface TagSpan {
  start: number;
  end: number;
  /** CoNLL type: PER, LOC, ORG, MISC. */
  type: string;
}

/** A set of weights: feature -> row of `classes.length` weights. */
export class LinearModel {
  readonly classes: string[];
  readonly nc: number;
  index: Map<string, number>;
  weights: Float32Array | Float64Array;
  resources: Resources;
  /** allowed[p * nc + c] : tag c may follow tag p; row `nc` is the sentence start. */
  readonly allowed: Uint8Array;
  /** Tag c may end a sentence. */
  readonly canEnd: Uint8Array;

  constructor(classes: string[], index: Map<string, number>, weights: Float32Array | Float64Array, resources: Resources) {
    this.classes = classes;
    this.nc = classes.length;
    this.index = index;
    this.weights = weights;
    this.resources = resources;
    const nc = this.nc;
    this.allowed = new Uint8Array((nc + 1) * nc);
    this.canEnd = new Uint8Array(nc);
    for (let c = 0; c < nc; c++) {
      this.allowed[nc * nc + c] = allowedAfter('O', classes[c]!) ? 1 : 0;
      for (let p = 0; p < nc; p++) this.allowed[p * nc + c] = allowedAfter(classes[p]!, classes[c]!) ? 1 : 0;
      const t = classes[c]!;
      this.canEnd[c] = t[0] === 'B' || t[0] === 'I' ? 0 : 1;
    }
  }

  /** Add the weights of `feats` into `out` (length nc). */
  addScores(feats: readonly string[], out: Float64Array): void {
    const nc = this.nc;
    const w = this.weights;
    for (const f of feats) {
      const row = this.index.get(f);
      if (row === undefined) continue;
      const base = row * nc;
      for (let c = 0; c < nc; c++) out[c] += w[base + c]!;
    }
  }

  private wordCache = new Map<string, Float64Array>();

  /** Forget cached word scores (benchmarks time a cold cache). */
  clearCache(): void {
    this.wordCache.clear();
  }

  /** Summed weights of the word's own features (`wordFeatures`), cached per word form. */
  wordScores(v: SentenceView, i: number): Float64Array {
    const key = (v.capsLine ? '1' : '0') + v.words[i]!;
    let cached = this.wordCache.get(key);
    if (cached === undefined) {
      cached = new Float64Array(this.nc);
      this.addScores(wordFeatures(v.words[i]!, v.lower[i]!, v.shapes[i]!, v.capsLine, this.resources), cached);
      if (this.wordCache.size >= 200_000) this.wordCache.clear();
      this.wordCache.set(key, cached);
    }
    return cached;
  }

  /** Greedy left-to-right decoding under the BILOU transition constraints. */
  decodeView(v: SentenceView, history?: History): number[] {
    const nc = this.nc;
    const n = v.words.length;
    const tags: number[] = new Array<number>(n);
    const scores = new Float64Array(nc);
    let p1 = 'O';
    let p2 = 'O';
    let prev = nc; // start row
    for (let i = 0; i < n; i++) {
      scores.set(this.wordScores(v, i));
      this.addScores(contextFeatures(v, i, this.resources), scores);
      this.addScores(dynamicFeatures(v, i, p1, p2, history ? historyOf(history, v, i) : undefined), scores);
      let best = -1;
      let bestScore = -Infinity;
      const rowBase = prev * nc;
      const last = i === n - 1;
      for (let c = 0; c < nc; c++) {
        if (!this.allowed[rowBase + c]) continue;
        if (last && !this.canEnd[c]) continue;
        if (scores[c]! > bestScore) {
          bestScore = scores[c]!;
          best = c;
        }
      }
      tags[i] = best;
      p2 = p1;
      p1 = this.classes[best]!;
      prev = best;
    }
    if (history) updateHistory(history, v, tags.map((t) => this.classes[t]!));
    return tags;
  }

  /**
   * Spans of one sentence. `docCase` (see `documentCasing`) describes the rest of its document;
   * `history` holds the tags given to the document's earlier sentences, and is updated.
   */
  decode(tokens: readonly string[], docCase?: Map<string, string>, history?: History): TagSpan[] {
    if (tokens.length === 0) return [];
    const v = viewOf(tokens, this.resources, docCase ?? documentCasing([tokens]));
    return spansFromBilou(this.decodeView(v, history).map((t) => this.classes[t]!));
  }
}

/** May tag `cur` follow tag `prev` in BILOU? */
export function allowedAfter(prev: string, cur: string): boolean {
  const open = prev[0] === 'B' || prev[0] === 'I';
  const pt = prev.slice(2);
  if (cur === 'O') return !open;
  const cp = cur[0];
  const ct = cur.slice(2);
  if (cp === 'B' || cp === 'U') return !open;
  return open && pt === ct; // I or L continue an open span of the same type
}

export function spansFromBilou(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    const p = t[0];
    if (p === 'U') {
      spans.push({ start: i, end: i + 1, type: t.slice(2) });
      start = -1;
    } else if (p === 'B') {
      start = i;
      type = t.slice(2);
    } else if (p === 'L' && start >= 0) {
      spans.push({ start, end: i + 1, type });
      start = -1;
    } else if (p === 'O') start = -1;
  }
  return spans;
}

export function bilouFromSpans(n: number, spans: readonly TagSpan[]): string[] {
  const tags = new Array<string>(n).fill('O');
  for (const s of spans) {
    if (s.end - s.start === 1) tags[s.start] = `U-${s.type}`;
    else {
      tags[s.start] = `B-${s.type}`;
      for (let k = s.start + 1; k < s.end - 1; k++) tags[k] = `I-${s.type}`;
      tags[s.end - 1] = `L-${s.type}`;
    }
  }
  return tags;
}
