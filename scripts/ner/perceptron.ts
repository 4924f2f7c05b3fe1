/**
 * Averaged perceptron training for the greedy BILOU tagger of src/analyze/entities/ner.
 *
 * History features use the tags the model itself predicted (as at run time); weights are
 * averaged over every update step (lazy averaging with time stamps).
 */
import { documentCasing, dynamicFeatures, historyOf, updateHistory, type History, staticFeatures, viewOf, type Resources, type SentenceView } from '../../src/analyze/entities/ner/features.js';
import { LinearModel, bilouFromSpans, spansFromBilou, type TagSpan } from '../../src/analyze/entities/ner/model.js';
import { SpanScorer } from '../../src/analyze/entities/ner/score.js';
import type { ConllDocument } from '../../src/analyze/entities/ner/conll.js';
import { rng } from '../../src/util/random.js';

export { rng };

export interface Example {
  /** Index of the document the sentence belongs to. */
  doc: number;
  view: SentenceView;
  gold: number[];
  spans: TagSpan[];
  feats: Int32Array[];
}

export const TYPES = ['PER', 'LOC', 'ORG', 'MISC'];

export function classList(): string[] {
  const out = ['O'];
  for (const t of TYPES) for (const p of ['B', 'I', 'L', 'U']) out.push(`${p}-${t}`);
  return out;
}

/** Small seeded generator (mulberry32) so that training is reproducible. */

export class Trainer {
  readonly classes = classList();
  readonly nc = this.classes.length;
  readonly classIndex = new Map(this.classes.map((c, i) => [c, i]));
  readonly index = new Map<string, number>();
  private cap = 0;
  w = new Float64Array(0);
  private u = new Float64Array(0);
  private ts = new Float64Array(0);
  t = 1;

  constructor(readonly resources: Resources) {}

  private grow(rows: number): void {
    if (rows <= this.cap) return;
    let cap = Math.max(1024, this.cap);
    while (cap < rows) cap *= 2;
    const n = cap * this.nc;
    const w = new Float64Array(n);
    w.set(this.w);
    const u = new Float64Array(n);
    u.set(this.u);
    const ts = new Float64Array(n);
    ts.set(this.ts);
    this.w = w;
    this.u = u;
    this.ts = ts;
    this.cap = cap;
  }

  id(feat: string): number {
    let row = this.index.get(feat);
    if (row === undefined) {
      row = this.index.size;
      this.index.set(feat, row);
      this.grow(row + 1);
    }
    return row;
  }

  /** Turn CoNLL documents into examples; static features seen fewer than `minCount` times are dropped. */
  examples(docs: ConllDocument[], minCount: number): Example[] {
    const raw: { doc: number; view: SentenceView; feats: string[][]; spans: TagSpan[]; gold: number[] }[] = [];
    const counts = new Map<string, number>();
    for (const [d, doc] of docs.entries()) {
      const docCase = documentCasing(doc.sentences.map((s) => s.words));
      for (const s of doc.sentences) {
        const view = viewOf(s.words, this.resources, docCase);
        const feats: string[][] = [];
        for (let i = 0; i < s.words.length; i++) {
          const f = staticFeatures(view, i, this.resources);
          for (const x of f) counts.set(x, (counts.get(x) ?? 0) + 1);
          feats.push(f);
        }
        const gold = bilouFromSpans(s.words.length, s.spans).map((t) => this.classIndex.get(t)!);
        raw.push({ doc: d, view, feats, spans: s.spans, gold });
      }
    }
    return raw.map((r) => ({
      doc: r.doc,
      view: r.view,
      gold: r.gold,
      spans: r.spans,
      feats: r.feats.map((f) => Int32Array.from(f.filter((x) => (counts.get(x) ?? 0) >= minCount).map((x) => this.id(x)))),
    }));
  }

  private update(row: number, c: number, d: number): void {
    const k = row * this.nc + c;
    this.u[k]! += (this.t - this.ts[k]!) * this.w[k]!;
    this.ts[k] = this.t;
    this.w[k]! += d;
  }

  /**
   * One pass over the documents in the given order (sentences of a document in text order, so
   * that the document history is built as at run time); returns the number of token errors.
   */
  epoch(docs: Example[][], order: number[]): number {
    const nc = this.nc;
    const scores = new Float64Array(nc);
    let errors = 0;
    for (const d of order) {
      const history: History = new Map();
      for (const ex of docs[d]!) errors += this.sentence(ex, history, scores);
    }
    return errors;
  }

  private sentence(ex: Example, history: History, scores: Float64Array): number {
    const nc = this.nc;
    let errors = 0;
    const predicted: string[] = [];
    {
      let p1 = 'O';
      let p2 = 'O';
      for (let i = 0; i < ex.gold.length; i++) {
        const dyn = dynamicFeatures(ex.view, i, p1, p2, historyOf(history, ex.view, i)).map((f) => this.id(f));
        scores.fill(0);
        const w = this.w;
        for (const row of ex.feats[i]!) {
          const b = row * nc;
          for (let c = 0; c < nc; c++) scores[c] += w[b + c]!;
        }
        for (const row of dyn) {
          const b = row * nc;
          for (let c = 0; c < nc; c++) scores[c] += w[b + c]!;
        }
        let pred = 0;
        for (let c = 1; c < nc; c++) if (scores[c]! > scores[pred]!) pred = c;
        const gold = ex.gold[i]!;
        if (pred !== gold) {
          errors++;
          for (const row of ex.feats[i]!) {
            this.update(row, gold, 1);
            this.update(row, pred, -1);
          }
          for (const row of dyn) {
            this.update(row, gold, 1);
            this.update(row, pred, -1);
          }
        }
        this.t++;
        p2 = p1;
        p1 = this.classes[pred]!;
        predicted.push(p1);
      }
    }
    updateHistory(history, ex.view, predicted);
    return errors;
  }

  /** The averaged weights as a model (the trainer's state is left unchanged). */
  averaged(): LinearModel {
    const n = this.index.size * this.nc;
    const avg = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const total = this.u[k]! + (this.t - this.ts[k]!) * this.w[k]!;
      avg[k] = total / this.t;
    }
    return new LinearModel(this.classes, this.index, avg, this.resources);
  }
}

/** Score a model on CoNLL documents: PER/LOC/ORG exact spans plus MISC. */
export function evaluate(model: LinearModel, docs: ConllDocument[]): { main: SpanScorer; all: SpanScorer } {
  const main = new SpanScorer(['PER', 'LOC', 'ORG']);
  const all = new SpanScorer(TYPES);
  for (const doc of docs) {
    const docCase = documentCasing(doc.sentences.map((s) => s.words));
    const history: History = new Map();
    for (const s of doc.sentences) {
      const pred = model.decode(s.words, docCase, history);
      main.add(s.spans, pred);
      all.add(s.spans, pred);
    }
  }
  return { main, all };
}

export { spansFromBilou };
