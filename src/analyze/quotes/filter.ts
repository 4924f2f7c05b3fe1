/**
 * A learned check on reported-speech candidates (rule 2 of the quote stage): an averaged perceptron over a few
 * features of the candidate (its rule, cue verb, the first word of its content, the content length, the source's
 * head), trained on the PolNeAR training split by `scripts/quotes/train-filter.ts` to tell attributions from
 * stance-verb objects and clauses that report nothing ("signed the bill", "maintained a lead").
 * Quoted speech (rule 1) and continued quotes are never filtered.
 */
import { FILTER_BIAS, FILTER_WEIGHTS } from './filter-weights.js';
import type { Tok } from './tokens.js';

/** What the filter sees of a candidate. */
export interface FilterInput {
  rule: string;
  kind: string;
  /** Lemma of the cue (or the cue word itself). */
  lemma: string;
  /** The cue token. */
  cue: Tok;
  /** Tokens of the content (first to last). */
  content: Tok[];
  /** Last token of the source, or null. */
  sourceHead: Tok | null;
  /** Whether the content runs to the end of its sentence. */
  toSentenceEnd: boolean;
}

/** Rules whose candidates the filter may drop. */
export const FILTERED_RULES: ReadonlySet<string> = new Set([
  'quotes/source-cue-object', 'quotes/source-cue-content', 'quotes/passive-agent', 'quotes/noun-cue', 'quotes/parenthetical',
]);

/** Verbs of speech whose clause contents are always kept ("Peskov added that talks were possible"). */
const SPEECH = new Set([
  'say', 'tell', 'add', 'write', 'note', 'explain', 'warn', 'announce', 'argue', 'insist', 'claim', 'state', 'declare',
  'report', 'stress', 'acknowledge', 'admit', 'confirm', 'deny', 'reply', 'respond', 'answer', 'tweet', 'post', 'testify',
  'conclude', 'predict', 'suggest', 'recall', 'assert', 'emphasize', 'emphasise', 'contend', 'concede', 'complain', 'allege',
  'reiterate', 'point out', 'remark', 'observe', 'caution', 'promise', 'vow', 'pledge', 'believe', 'think',
]);

/** Whether the filter judges this candidate at all. */
export function filterable(rule: string, lemma: string): boolean {
  if (!FILTERED_RULES.has(rule)) return false;
  return !(rule === 'quotes/source-cue-content' && SPEECH.has(lemma));
}

const FREQUENT_HEADS = new Set([
  'to', 'the', 'a', 'an', 'that', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'this', 'there',
  'if', 'what', 'how', 'why', 'whether', 'about', 'on', 'for', 'in', 'with', 'as', 'no', 'not', 'more', 'all', 'some',
]);

function bucket(n: number): string {
  return n <= 1 ? '1' : n <= 2 ? '2' : n <= 4 ? '3-4' : n <= 8 ? '5-8' : n <= 16 ? '9-16' : '17+';
}

/** Feature names of a candidate. */
export function filterFeatures(x: FilterInput): string[] {
  const first = x.content[0];
  const head = first ? (FREQUENT_HEADS.has(first.lower) ? first.lower : '#' + first.pos) : '-';
  const n = bucket(x.content.length);
  const src = x.sourceHead ? (x.sourceHead.pos === 'PRON' ? x.sourceHead.lower : x.sourceHead.pos) : 'none';
  const cueForm = /ing$/.test(x.cue.lower) ? 'ing' : /ed$/.test(x.cue.lower) ? 'ed' : /s$/.test(x.cue.lower) ? 's' : 'base';
  const r = x.rule.replace('quotes/', '');
  return [
    'bias',
    `r=${r}`,
    `l=${x.lemma}`,
    `rl=${r}|${x.lemma}`,
    `h=${head}`,
    `rh=${r}|${head}`,
    `lh=${x.lemma}|${head}`,
    `n=${n}`,
    `rn=${r}|${n}`,
    `ln=${x.lemma}|${n}`,
    `s=${src}`,
    `rs=${r}|${src}`,
    `cp=${x.cue.pos}`,
    `cf=${cueForm}`,
    `lcf=${x.lemma}|${cueForm}`,
    `k=${x.kind}`,
    `e=${x.toSentenceEnd}`,
    `re=${r}|${x.toSentenceEnd}`,
    `comma=${x.content.some((t) => t.text === ',')}`,
    `verb=${x.content.some((t) => t.pos === 'VERB' || t.pos === 'AUX')}`,
  ];
}

/**
 * Candidates scoring at or below this are dropped. Below zero: the filter only drops what it is sure of (chosen on
 * the development split and on training texts held out of training; see docs/benchmarks/polnear.md).
 */
export const FILTER_THRESHOLD = -2;

/** Score of a candidate (compared with FILTER_THRESHOLD). */
export function filterScore(features: readonly string[]): number {
  let s = FILTER_BIAS;
  for (const f of features) s += FILTER_WEIGHTS[f] ?? 0;
  return s;
}
