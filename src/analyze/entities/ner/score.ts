/**
 * Exact-span scoring, conlleval style: a predicted span counts only when its start, end and type
 * all match a gold span.
 */
export interface Scored {
  tp: number;
  fp: number;
  fn: number;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export class SpanScorer {
  readonly byType = new Map<string, Scored>();
  constructor(readonly types: readonly string[]) {
    for (const t of types) this.byType.set(t, { tp: 0, fp: 0, fn: 0 });
  }

  add(gold: readonly { start: number; end: number; type: string }[], pred: readonly { start: number; end: number; type: string }[]): void {
    const key = (s: { start: number; end: number; type: string }): string => `${s.start}:${s.end}:${s.type}`;
    const g = new Set(gold.filter((s) => this.byType.has(s.type)).map(key));
    const p = new Set(pred.filter((s) => this.byType.has(s.type)).map(key));
    for (const k of p) {
      const t = this.byType.get(k.slice(k.lastIndexOf(':') + 1))!;
      if (g.has(k)) t.tp++;
      else t.fp++;
    }
    for (const k of g) if (!p.has(k)) this.byType.get(k.slice(k.lastIndexOf(':') + 1))!.fn++;
  }

  static prf(s: Scored): PRF {
    const precision = s.tp + s.fp === 0 ? 0 : s.tp / (s.tp + s.fp);
    const recall = s.tp + s.fn === 0 ? 0 : s.tp / (s.tp + s.fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { precision, recall, f1, ...s };
  }

  type(t: string): PRF {
    return SpanScorer.prf(this.byType.get(t)!);
  }

  /** Micro-averaged over all the scorer's types. */
  micro(): PRF {
    const all: Scored = { tp: 0, fp: 0, fn: 0 };
    for (const s of this.byType.values()) {
      all.tp += s.tp;
      all.fp += s.fp;
      all.fn += s.fn;
    }
    return SpanScorer.prf(all);
  }
}
