/**
 * Article-body scoring as done by the article-extraction-benchmark (scrapinghub), `evaluate.py`:
 *
 * - tokens are runs of `\w` (Python, Unicode): letters, numbers and `_`; case is kept (no lowercasing);
 * - shingles are 4-token n-grams counted as a multiset; a text with fewer than 4 tokens gives one
 *   shorter shingle, a text with no token gives none;
 * - per page, tp/fp/fn are the multiset overlaps, then normalised to sum to 1 (so long pages weigh no more);
 * - precision is averaged over pages with tp+fp > 0, recall over pages with tp+fn > 0, and F1 is the
 *   harmonic mean of the two averages (not the mean of per-page F1);
 * - accuracy is the share of pages whose token lists are identical;
 * - the ± figures are standard deviations over bootstrap resamples of the pages.
 */
import { rng } from '../../util/random.js';

export type TpFpFn = [number, number, number];

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

function shingles(text: string, n: number): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const sh = tokens.slice(i, i + n);
    if (sh.length === 0) continue;
    // U+0001 cannot occur inside a token, so the join is unambiguous.
    const key = sh.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Normalised [tp, fp, fn] of one page. */
export function shingleMatch(truth: string, pred: string, n = 4): TpFpFn {
  const t = shingles(truth, n);
  const p = shingles(pred, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of p) {
    const tc = t.get(k) ?? 0;
    fp += Math.max(0, pc - tc);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [tp, fp, fn];
}

function precisionScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(xs: number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

export interface PRF {
  f1: number;
  precision: number;
  recall: number;
}

export function metricsFrom(rows: TpFpFn[]): PRF {
  const precision = mean(rows.filter((r) => r[0] + r[1] > 0).map(precisionScore));
  const recall = mean(rows.filter((r) => r[0] + r[2] > 0).map(recallScore));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall };
}

export function exactTokens(truth: string, pred: string): boolean {
  const a = tokenize(truth);
  const b = tokenize(pred);
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export interface Score extends PRF {
  accuracy: number;
  f1Std: number;
  precisionStd: number;
  recallStd: number;
  accuracyStd: number;
  pages: number;
  /** Per-page rows in the order of the keys given. */
  rows: TpFpFn[];
}

/** Small deterministic PRNG (mulberry32) so bootstrap figures repeat from run to run. */

function stdev(xs: number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

/**
 * Scores predictions against ground truth over `keys`. A key missing from `pred` counts as an empty
 * prediction (the benchmark requires the key sets to match; the caller checks that).
 */
export function scoreSystem(
  truth: Record<string, string>,
  pred: Record<string, string>,
  keys: string[],
  nBootstrap = 1000,
  seed = 1,
): Score {
  const rows = keys.map((k) => shingleMatch(truth[k] ?? '', pred[k] ?? ''));
  const acc = keys.map((k) => (exactTokens(truth[k] ?? '', pred[k] ?? '') ? 1 : 0));
  const base = metricsFrom(rows);
  const rand = rng(seed);
  const bf: number[] = [];
  const bp: number[] = [];
  const br: number[] = [];
  const ba: number[] = [];
  const n = rows.length;
  for (let b = 0; b < nBootstrap && n > 0; b++) {
    const sample: TpFpFn[] = [];
    let a = 0;
    for (let i = 0; i < n; i++) {
      const j = Math.floor(rand() * n);
      sample.push(rows[j]!);
      a += acc[j]!;
    }
    const m = metricsFrom(sample);
    bf.push(m.f1);
    bp.push(m.precision);
    br.push(m.recall);
    ba.push(a / n);
  }
  return {
    ...base,
    accuracy: mean(acc),
    f1Std: stdev(bf),
    precisionStd: stdev(bp),
    recallStd: stdev(br),
    accuracyStd: stdev(ba),
    pages: n,
    rows,
  };
}
