/**
 * Ingestion throughput and peak memory on a real corpus, plus the duplicate groups it finds.
 *
 *   node dist/bench/ingest.js [--corpus FILE] [--db FILE] [--limit N] [--pairs N] [--seed N]
 *                             [--pipeline default|foundation] [--workers N]
 *
 * Defaults: ../shared/corpora/ukraine-media-csli.jsonl.gz into a fresh temporary database.
 * Prints articles/s, peak RSS, duplicate counts and a seeded random sample of duplicate pairs
 * (for checking by hand) as JSON and as a markdown table.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ingest } from '../src/ingest/ingest.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { PIPELINE_STAGES } from '../src/pipeline/registry.js';
import { rng } from '../src/util/random.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(root, '..', 'shared', 'corpora', 'ukraine-media-csli.jsonl.gz') },
    db: { type: 'string' },
    limit: { type: 'string' },
    pairs: { type: 'string', default: '30' },
    seed: { type: 'string', default: '7' },
    keep: { type: 'boolean', default: false },
    pipeline: { type: 'string', default: 'default' },
    workers: { type: 'string' },
  },
});


const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
const dbPath = values.db ?? join(dir, 'bench.db');
const store = new SqliteStore(dbPath);
let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 100);
const t0 = process.hrtime.bigint();
let last = Date.now();
const summary = await ingest(store, [values.corpus!], {
  limit: values.limit ? Number(values.limit) : undefined,
  pipeline: values.pipeline,
  workers: values.workers ? Number(values.workers) : undefined,
  onProgress: (p) => {
    if (Date.now() - last > 5000) {
      last = Date.now();
      const secs = Number(process.hrtime.bigint() - t0) / 1e9;
      process.stderr.write(`  ${p.documents} docs, ${(p.documents / secs).toFixed(0)}/s, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB\n`);
    }
  },
});
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
const stats = store.stats() as { documents: number; duplicates: number; duplicate_groups: number };

// Duplicate pairs: exact (same words) vs near (MinHash), and a random sample for checking by hand.
const exact = (store.db
  .prepare('SELECT COUNT(*) AS n FROM documents d JOIN documents r ON r.id = d.duplicate_of WHERE d.exact_key = r.exact_key')
  .get() as { n: number }).n;
const pairs = store.db
  .prepare(
    `SELECT d.id AS id, d.outlet AS outlet, d.published_date AS date, d.title AS title, substr(d.text, 1, 240) AS text,
            d.duplicate_jaccard AS jaccard, length(d.text) AS len,
            r.id AS rid, r.outlet AS routlet, r.published_date AS rdate, r.title AS rtitle, substr(r.text, 1, 240) AS rtext,
            length(r.text) AS rlen
     FROM documents d JOIN documents r ON r.id = d.duplicate_of ORDER BY d.seq`,
  )
  .all() as Record<string, string | number | null>[];
const rand = rng(Number(values.seed));
const sample: typeof pairs = [];
const pool = [...pairs];
const want = Math.min(Number(values.pairs), pool.length);
while (sample.length < want) sample.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);

const result = {
  corpus: values.corpus!.split('/').slice(-1)[0],
  pipeline: PIPELINE_STAGES[values.pipeline!],
  documents: stats.documents,
  new: summary.ingested,
  failed: summary.failed.length,
  seconds: Number(secs.toFixed(1)),
  articles_per_second: Number((summary.ingested / secs).toFixed(1)),
  peak_rss_mb: Number((peak / 1048576).toFixed(0)),
  duplicates: stats.duplicates,
  duplicate_groups: stats.duplicate_groups,
  exact_copies: exact,
  near_copies: stats.duplicates - exact,
  failures: summary.failed.slice(0, 10),
};
console.log(JSON.stringify(result, null, 2));
console.log('\n| corpus | pipeline | documents | seconds | articles/s | peak RSS | copies (exact + near) | copy groups |');
console.log('|---|---|---|---|---|---|---|---|');
console.log(
  `| ${result.corpus} | ${result.pipeline.join(', ')} | ${result.documents} | ${result.seconds} | ${result.articles_per_second} | ${result.peak_rss_mb} MB | ${result.duplicates} (${exact} + ${result.near_copies}) | ${result.duplicate_groups} |`,
);
console.log(`\nRandom sample of ${sample.length} duplicate pairs (seed ${values.seed}):`);
sample.forEach((p, i) => {
  console.log(`\n#${i + 1} jaccard=${p.jaccard} lengths ${p.len}/${p.rlen}`);
  console.log(`  COPY ${p.outlet} ${p.date} ${p.title}\n       ${String(p.text).replace(/\s+/g, ' ')}`);
  console.log(`  ROOT ${p.routlet} ${p.rdate} ${p.rtitle}\n       ${String(p.rtext).replace(/\s+/g, ' ')}`);
});
store.close();
if (!values.keep && !values.db) rmSync(dir, { recursive: true, force: true });
