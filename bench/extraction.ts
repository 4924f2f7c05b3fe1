/**
 * Article-body extraction benchmark (scrapinghub article-extraction-benchmark, 181 pages).
 *
 * Runs sitrep's HTML extractor over every page, scores it and every system in `output/` with the
 * benchmark's own metric (see src/ingest/html/score.ts), and prints one table sorted by F1.
 *
 *   node dist/bench/extraction.js [--bench DIR] [--md FILE] [--limit N] [--worst N] [--dump FILE.json]
 *                                 [--set mark=0,prune=0,filter=0]
 *
 * DIR defaults to ../shared/benchmarks/article-extraction-benchmark (relative to the repository root).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_TUNING, extractHtml, type ExtractTuning } from '../src/ingest/html/index.js';
import { scoreSystem, type Score } from '../src/ingest/html/score.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_BENCH = join(repoRoot, '..', 'shared', 'benchmarks', 'article-extraction-benchmark');

export interface Truth {
  [id: string]: { url?: string; articleBody?: string };
}

export function loadTruth(dir: string): Truth {
  return JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Truth;
}

export function loadPage(dir: string, id: string): string {
  return gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
}

/** Runs our extractor on the given pages; returns id → body text and the elapsed milliseconds. */
export function runOurs(
  dir: string,
  truth: Truth,
  ids: string[],
  tuning: ExtractTuning = DEFAULT_TUNING,
): { out: Record<string, string>; ms: number; cpuMs: number; bytes: number } {
  const pages = ids.map((id) => loadPage(dir, id));
  const out: Record<string, string> = {};
  let bytes = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  ids.forEach((id, i) => {
    const html = pages[i]!;
    bytes += html.length;
    const a = extractHtml(html, { url: truth[id]?.url ?? null }, tuning);
    out[id] = a?.text ?? '';
  });
  const c = process.cpuUsage(c0);
  return { out, ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, bytes };
}

function loadOutput(path: string): { version: string | null; out: Record<string, string> } {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const wrapped = raw['output'] && typeof raw['output'] === 'object' && !('articleBody' in (raw['output'] as object));
  const items = (wrapped ? raw['output'] : raw) as Record<string, { articleBody?: string }>;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(items)) out[k] = v?.articleBody ?? '';
  return { version: wrapped && typeof raw['version'] === 'string' ? raw['version'] : null, out };
}

interface Row {
  name: string;
  version: string;
  score: Score;
  ours: boolean;
}

function fmt(x: number, s: number): string {
  return `${x.toFixed(3)} ± ${s.toFixed(3)}`;
}

function table(rows: Row[]): string {
  const lines = [
    '| system | version | F1 | precision | recall | accuracy |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const n = r.ours ? `**${r.name}**` : r.name;
    const s = r.score;
    lines.push(
      `| ${n} | ${r.version} | ${fmt(s.f1, s.f1Std)} | ${fmt(s.precision, s.precisionStd)} | ${fmt(s.recall, s.recallStd)} | ${fmt(s.accuracy, s.accuracyStd)} |`,
    );
  }
  return lines.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string): string | null => {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1]! : null;
  };
  const dir = opt('--bench') ?? DEFAULT_BENCH;
  const md = opt('--md');
  const limit = opt('--limit') ? Number(opt('--limit')) : null;
  const worst = opt('--worst') ? Number(opt('--worst')) : 0;
  const dump = opt('--dump');

  const truth = loadTruth(dir);
  let ids = Object.keys(truth);
  if (limit) ids = ids.slice(0, limit);
  const truthText: Record<string, string> = {};
  for (const id of ids) truthText[id] = truth[id]!.articleBody ?? '';

  const rows: Row[] = [];
  const outDir = join(dir, 'output');
  for (const f of readdirSync(outDir).filter((x) => x.endsWith('.json')).sort()) {
    const { version, out } = loadOutput(join(outDir, f));
    const missing = ids.filter((id) => !(id in out));
    if (missing.length > 0) {
      console.error(`${f}: ${missing.length} pages missing, skipped`);
      continue;
    }
    rows.push({ name: f.replace(/\.json$/, ''), version: version ?? '', score: scoreSystem(truthText, out, ids), ours: false });
  }

  // --set key=0|1,... switches heuristics for ablation runs.
  const tuning: ExtractTuning = { ...DEFAULT_TUNING };
  for (const kv of (opt('--set') ?? '').split(',').filter((x) => x !== '')) {
    const [k, v] = kv.split('=');
    if (!(k! in tuning)) throw new Error(`unknown switch ${k}`);
    (tuning as unknown as Record<string, boolean>)[k!] = v === '1' || v === 'true';
  }
  const { out, ms, cpuMs, bytes } = runOurs(dir, truth, ids, tuning);
  const ourScore = scoreSystem(truthText, out, ids);
  rows.push({ name: 'sitrep', version: 'this commit', score: ourScore, ours: true });
  rows.sort((a, b) => b.score.f1 - a.score.f1);

  // CPU time is the fair figure on a shared machine; wall time is printed beside it.
  const pagesPerSec = ids.length / (cpuMs / 1000);
  const mbPerSec = bytes / 1e6 / (cpuMs / 1000);
  const t = table(rows);
  console.log(t);
  console.log(
    `\nsitrep: ${ids.length} pages, ${(cpuMs / 1000).toFixed(2)} s CPU (${(ms / 1000).toFixed(2)} s wall) = ${pagesPerSec.toFixed(1)} pages/s per core (${mbPerSec.toFixed(2)} MB/s of HTML)`,
  );

  if (worst > 0) {
    const per = ids.map((id, i) => {
      const [tp, fp, fn] = ourScore.rows[i]!;
      const p = tp + fp > 0 ? tp / (tp + fp) : 0;
      const r = tp + fn > 0 ? tp / (tp + fn) : 0;
      return { id, p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
    });
    per.sort((a, b) => a.f - b.f);
    console.log('\nworst pages (ours):');
    for (const x of per.slice(0, worst)) console.log(`${x.id.slice(0, 12)}  F1=${x.f.toFixed(3)} P=${x.p.toFixed(3)} R=${x.r.toFixed(3)}  ${truth[x.id]!.url}`);
  }
  if (dump) writeFileSync(dump, JSON.stringify(out, null, 1));

  if (md) {
    const body = [
      `pages: ${ids.length}; sitrep speed: ${pagesPerSec.toFixed(1)} pages/s per core, ${mbPerSec.toFixed(2)} MB/s of HTML (CPU time ${(cpuMs / 1000).toFixed(2)} s, wall ${(ms / 1000).toFixed(2)} s)`,
      '',
      t,
      '',
    ].join('\n');
    writeFileSync(md, body);
  }
}

// Run only when executed directly, not when imported by a test.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
