/**
 * Who claims the figures, on real articles: how many figures get a claimant, the claimants named most often, and a
 * seeded random sample of claimed figures with their sentences, for judging by hand (is the claimant the one who
 * asserts the number in that sentence?).
 *
 *   node dist/bench/claimants.js [--corpus FILE.jsonl.gz] [--limit 300] [--sample 30] [--seed 20261122]
 *                                [--top 40] [--jsonl OUT.jsonl]
 *
 * The corpus defaults to ../shared/corpora/ukraine-media-csli.jsonl.gz (relative to the repository root); its
 * first `--limit` articles are read and run through the default pipeline. `--jsonl` writes one line per claimed
 * figure, so two versions of the code can be compared line by line.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDoc } from '../src/ingest/build.js';
import { readInputs } from '../src/ingest/readers.js';
import { defaultPipeline } from '../src/pipeline/default.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function arg(name: string, dflt: string | null = null): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1]! : dflt;
}

function count(name: string, dflt: number): number {
  const v = Number(arg(name, String(dflt)));
  if (!Number.isInteger(v) || v < 0) {
    process.stderr.write(`--${name} must be a whole number\n`);
    process.exit(2);
  }
  return v;
}

const corpus = arg('corpus', join(root, '..', 'shared', 'corpora', 'ukraine-media-csli.jsonl.gz'))!;
const limit = count('limit', 300);
const sampleSize = count('sample', 30);
const seed = count('seed', 20261122);
const top = count('top', 40);
const jsonl = arg('jsonl');

interface Row {
  doc: number;
  figure: string;
  claimant: string;
  entity: boolean;
  sentence: string;
}

const rows: Row[] = [];
let docs = 0;
let figures = 0;
const started = Date.now();
const pipeline = defaultPipeline();
for await (const ev of readInputs([corpus])) {
  if (ev.ok !== true) continue;
  if (docs >= limit) break;
  docs++;
  const built = buildDoc(ev, { clean: true, useCallerId: false });
  if ('error' in built) continue;
  const doc = built.doc;
  pipeline.run(doc, { referenceDate: null });
  const sentences = doc.layers.sentences ?? [];
  for (const f of doc.layers.figures ?? []) {
    figures++;
    if (!f.claimant) continue;
    const s = sentences.find((x) => x.start <= f.start && f.start < x.end);
    rows.push({
      doc: docs,
      figure: f.text,
      claimant: f.claimant.name,
      entity: f.claimant.entity !== null,
      sentence: s ? doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 300) : '',
    });
  }
}

console.log(`corpus: ${relative(root, corpus)}; first ${docs} articles, ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`figures: ${figures}; with a claimant: ${rows.length} (${figures ? ((100 * rows.length) / figures).toFixed(1) : '0'}%), of them linked to an entity: ${rows.filter((r) => r.entity).length}`);
const names = new Map<string, number>();
for (const r of rows) names.set(r.claimant, (names.get(r.claimant) ?? 0) + 1);
console.log(`\nclaimants named most often (${names.size} different):`);
console.log(
  [...names]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([n, c]) => `${n} ${c}`)
    .join(' | '),
);

// A seeded linear congruential generator, so the sample is the same for the same rows.
let state = seed % 2147483648;
const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
const picked = new Set<number>();
while (picked.size < Math.min(sampleSize, rows.length)) picked.add(Math.floor(random() * rows.length));
console.log(`\nrandom sample of ${picked.size} claimed figures (seed ${seed}): [claimant] <figure> sentence`);
let i = 0;
for (const k of [...picked].sort((a, b) => a - b)) {
  const r = rows[k]!;
  console.log(`${++i}. [${r.claimant}] <${r.figure}> ${r.sentence}`);
}
if (jsonl) writeFileSync(jsonl, rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
