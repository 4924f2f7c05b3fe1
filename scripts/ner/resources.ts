/**
 * Build the word resources of the recogniser from unlabelled text and lists of facts:
 *
 *   node dist/scripts/ner/resources.js [--out DIR] [--max-articles N]
 *
 * - casing: for every lowercased word seen often enough in the news corpora (../shared/corpora/*.jsonl.gz)
 *   and in the words of eng.train, how often it is written with a capital inside a sentence
 *   (bucketed); this tells "Ukraine" from "union" even in a headline in capitals;
 * - clusters: distributional word clusters (lowercased words): left/right neighbour counts over
 *   the most frequent words, PPMI, a random projection, then recursive 2-means, giving each word
 *   a bit path like Brown clusters (prefixes are coarser clusters);
 * - gazetteer: first names, last names, places, organisations and demonyms from compromise's
 *   lexicon (a development dependency; the extracted lists are written to the model folder), plus
 *   the lists in scripts/ner/facts.ts.
 */
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import type { Resources } from '../../src/analyze/entities/ner/features.js';
import { normalizeToken } from '../../src/analyze/entities/ner/features.js';
import { parseConll } from '../../src/analyze/entities/ner/conll.js';
import { saveResources, setGazetteer } from '../../src/analyze/entities/ner/store.js';
import { rng } from './perceptron.js';
import { FACTS } from './facts.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}
const outDir = arg('out', join(root, 'models', 'ner'));
const corpusDir = arg('corpora', join(root, '..', 'shared', 'corpora'));
const trainPath = arg('train', join(root, '..', 'shared', 'benchmarks', 'conll2003', 'eng.train'));
const maxArticles = Number(arg('max-articles', '1000000'));
const VOCAB = Number(arg('vocab', '40000'));
const CONTEXTS = Number(arg('contexts', '600'));
const DIMS = 64;
const DEPTH = 16;

/** A rough CoNLL-like tokenizer for unlabelled text (statistics only). */
const ABBREV = /^(?:[A-Za-z]\.){2,}$|^(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Sen|Rep|Gov|St|Jr|Sr|Inc|Corp|Ltd|Co|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
export function roughTokens(line: string): string[] {
  const out: string[] = [];
  for (const raw of line.split(/\s+/)) {
    if (!raw) continue;
    let w = normalizeToken(raw);
    const pre: string[] = [];
    while (w.length > 1 && /^[("'[{]/.test(w)) {
      pre.push(w[0]!);
      w = w.slice(1);
    }
    const post: string[] = [];
    while (w.length > 1 && /[)"'\]},;:!?]$/.test(w)) {
      post.unshift(w[w.length - 1]!);
      w = w.slice(0, -1);
    }
    if (w.length > 1 && w.endsWith('.') && !ABBREV.test(w)) {
      post.unshift('.');
      w = w.slice(0, -1);
    }
    out.push(...pre);
    const poss = /^(.+?)('s|n't|')$/i.exec(w);
    if (poss && poss[1]!.length > 0 && /[A-Za-z]$/.test(poss[1]!)) out.push(poss[1]!, poss[2]!);
    else out.push(w);
    out.push(...post);
  }
  return out;
}

const freq = new Map<string, number>();
/** lowercased word -> [mid-sentence capitalised, mid-sentence lowercase] */
const caseCounts = new Map<string, [number, number]>();
const sentencesKept: string[][] = [];

function isSentenceEnd(t: string): boolean {
  return t === '.' || t === '!' || t === '?' || t === ':' || t === '"';
}

function addSentenceTokens(toks: string[], keep: boolean): void {
  let letters = 0;
  let upper = 0;
  for (const t of toks) {
    if (/[a-zA-Z]/.test(t)) {
      letters++;
      if (t.toUpperCase() === t) upper++;
    }
  }
  const capsLine = letters > 0 && upper / letters > 0.6;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const l = t.toLowerCase();
    freq.set(l, (freq.get(l) ?? 0) + 1);
    if (capsLine || i === 0 || isSentenceEnd(toks[i - 1]!)) continue;
    const c0 = t[0]!;
    if (c0.toLowerCase() === c0.toUpperCase()) continue;
    let cc = caseCounts.get(l);
    if (!cc) caseCounts.set(l, (cc = [0, 0]));
    if (c0 !== c0.toLowerCase()) cc[0]++;
    else cc[1]++;
  }
  if (keep) sentencesKept.push(toks.map((t) => t.toLowerCase()));
}

async function readCorpus(path: string, limit: number): Promise<number> {
  const rl = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    if (n >= limit) break;
    if (!line.trim()) continue;
    let rec: { text?: unknown; title?: unknown };
    try {
      rec = JSON.parse(line) as { text?: unknown; title?: unknown };
    } catch {
      continue;
    }
    n++;
    const text = typeof rec.text === 'string' ? rec.text.slice(0, 20000) : '';
    for (const para of text.split(/\n+/)) {
      const toks = roughTokens(para);
      if (toks.length > 0) addSentenceTokens(toks, true);
    }
  }
  return n;
}

const t0 = Date.now();
const files = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl.gz')).sort() : [];
for (const f of files) {
  const n = await readCorpus(join(corpusDir, f), maxArticles);
  console.error(`${f}: ${n} articles (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
for (const doc of parseConll(readFileSync(trainPath, 'utf8'))) {
  for (const s of doc.sentences) addSentenceTokens(s.words.map(normalizeToken), true);
}
console.error(`${freq.size} word types, ${sentencesKept.length} lines`);

// --- casing buckets
const casing = new Map<string, string>();
for (const [l, [up, low]] of caseCounts) {
  const n = up + low;
  if (n < 3) continue;
  const r = up / n;
  const bucket = r < 0.05 ? 'low' : r < 0.5 ? 'mostlow' : r < 0.95 ? 'mostcap' : 'cap';
  casing.set(l, bucket + (n >= 100 ? '+' : ''));
}

// --- clusters
const byFreq = [...freq].filter(([w, n]) => n >= 3 && /\p{L}/u.test(w)).sort((a, b) => b[1] - a[1]);
const vocab = byFreq.slice(0, VOCAB).map(([w]) => w);
const vocabIndex = new Map(vocab.map((w, i) => [w, i]));
const contextWords = [...freq].sort((a, b) => b[1] - a[1]).slice(0, CONTEXTS).map(([w]) => w);
const ctxIndex = new Map(contextWords.map((w, i) => [w, i]));
const W = 2 * CONTEXTS;
const counts = new Float32Array(vocab.length * W);
for (const toks of sentencesKept) {
  for (let i = 0; i < toks.length; i++) {
    const v = vocabIndex.get(toks[i]!);
    if (v === undefined) continue;
    const left = i > 0 ? ctxIndex.get(toks[i - 1]!) : undefined;
    const right = i + 1 < toks.length ? ctxIndex.get(toks[i + 1]!) : undefined;
    if (left !== undefined) counts[v * W + left]!++;
    if (right !== undefined) counts[v * W + CONTEXTS + right]!++;
  }
}
sentencesKept.length = 0;
// PPMI
const rowSum = new Float64Array(vocab.length);
const colSum = new Float64Array(W);
let total = 0;
for (let v = 0; v < vocab.length; v++) {
  for (let c = 0; c < W; c++) {
    const x = counts[v * W + c]!;
    rowSum[v] += x;
    colSum[c] += x;
    total += x;
  }
}
for (let v = 0; v < vocab.length; v++) {
  for (let c = 0; c < W; c++) {
    const x = counts[v * W + c]!;
    if (x === 0) continue;
    const pmi = Math.log((x * total) / (rowSum[v]! * Math.pow(colSum[c]!, 0.75) * Math.pow(total, 0.25)));
    counts[v * W + c] = pmi > 0 ? pmi : 0;
  }
}
// Random projection to DIMS, then unit length.
const random = rng(7);
const gauss = (): number => {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
};
const proj = new Float32Array(W * DIMS).map(() => gauss());
const vecs = new Float32Array(vocab.length * DIMS);
for (let v = 0; v < vocab.length; v++) {
  const out = v * DIMS;
  for (let c = 0; c < W; c++) {
    const x = counts[v * W + c]!;
    if (x === 0) continue;
    const p = c * DIMS;
    for (let d = 0; d < DIMS; d++) vecs[out + d]! += x * proj[p + d]!;
  }
  let norm = 0;
  for (let d = 0; d < DIMS; d++) norm += vecs[out + d]! ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMS; d++) vecs[out + d]! /= norm;
}
// Centre the vectors (PPMI rows share a large common direction), then unit length again.
{
  const mean = new Float64Array(DIMS);
  for (let v = 0; v < vocab.length; v++) for (let d = 0; d < DIMS; d++) mean[d]! += vecs[v * DIMS + d]! / vocab.length;
  for (let v = 0; v < vocab.length; v++) {
    let norm = 0;
    for (let d = 0; d < DIMS; d++) {
      vecs[v * DIMS + d]! -= mean[d]!;
      norm += vecs[v * DIMS + d]! ** 2;
    }
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIMS; d++) vecs[v * DIMS + d]! /= norm;
  }
}
console.error(`vectors for ${vocab.length} words (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

// Recursive 2-means.
const paths = new Array<string>(vocab.length).fill('');
function split(members: number[], path: string, depth: number): void {
  for (const m of members) paths[m] = path;
  if (depth >= DEPTH || members.length < 8) return;
  const a = new Float64Array(DIMS);
  const b = new Float64Array(DIMS);
  const ia = members[Math.floor(random() * members.length)]!;
  let ib = members[Math.floor(random() * members.length)]!;
  if (ib === ia) ib = members[(members.indexOf(ia) + 1) % members.length]!;
  for (let d = 0; d < DIMS; d++) {
    a[d] = vecs[ia * DIMS + d]!;
    b[d] = vecs[ib * DIMS + d]!;
  }
  let side = new Uint8Array(members.length);
  for (let iter = 0; iter < 10; iter++) {
    const next = new Uint8Array(members.length);
    for (let k = 0; k < members.length; k++) {
      const o = members[k]! * DIMS;
      let da = 0;
      let db = 0;
      for (let d = 0; d < DIMS; d++) {
        da += vecs[o + d]! * a[d]!;
        db += vecs[o + d]! * b[d]!;
      }
      next[k] = db > da ? 1 : 0;
    }
    side = next;
    a.fill(0);
    b.fill(0);
    for (let k = 0; k < members.length; k++) {
      const o = members[k]! * DIMS;
      const t = side[k] ? b : a;
      for (let d = 0; d < DIMS; d++) t[d]! += vecs[o + d]!;
    }
    for (const t of [a, b]) {
      let norm = 0;
      for (let d = 0; d < DIMS; d++) norm += t[d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIMS; d++) t[d]! /= norm;
    }
  }
  const left = members.filter((_, k) => side[k] === 0);
  const right = members.filter((_, k) => side[k] === 1);
  if (left.length === 0 || right.length === 0) return;
  split(left, path + '0', depth + 1);
  split(right, path + '1', depth + 1);
}
split(vocab.map((_, i) => i), '', 0);
const clusters = new Map<string, string>();
for (let v = 0; v < vocab.length; v++) if (!vocab[v]!.includes('\t')) clusters.set(vocab[v]!, paths[v] || '0');
console.error(`clusters done (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

// --- gazetteer
const pairs: [string, string][] = [];
const nlp = ((await import('compromise')) as unknown as { default: { world(): { model: { one: { lexicon: Record<string, string> } } } } }).default;
const LABEL: Record<string, string> = {
  MaleName: 'first', FemaleName: 'first', FirstName: 'first', LastName: 'last', Person: 'PER',
  Organization: 'ORG', SportsTeam: 'ORG', 'Abbreviation,Organization': 'ORG',
  City: 'LOC', Country: 'LOC', 'Region,ProperNoun': 'LOC', 'Place,ProperNoun': 'LOC', 'Abbreviation,Place': 'LOC',
  Demonym: 'MISC', 'Demonym,Plural': 'MISC', Honorific: 'title', 'Abbreviation,Honorific': 'title',
};
for (const [word, tag] of Object.entries(nlp.world().model.one.lexicon)) {
  const label = LABEL[tag];
  if (label && !word.includes('\t')) pairs.push([label, word]);
}
for (const [label, list] of Object.entries(FACTS)) for (const w of list) pairs.push([label, w.toLowerCase()]);

const res: Resources = { clusters, casing };
setGazetteer(res, pairs);
mkdirSync(outDir, { recursive: true });
saveResources(outDir, res);
console.error(
  `wrote ${clusters.size} clusters, ${casing.size} casing entries, ${res.gazetteer!.size} gazetteer phrases to ${outDir} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
);
