/**
 * Publication-date inference, measured on articles whose date is known but withheld.
 *
 *   node dist/bench/pubdate.js [--polnear DIR] [--csli FILE] [--sample N] [--seed S] [--md FILE]
 *
 * - PolNeAR (train, dev and test texts; date from metadata.tsv `publication_date`): text and title only
 *   (the file name holds the date, so there is no URL).
 * - CSLI (`ukraine-media-csli.jsonl.gz`): a seeded random sample (default 2,000) with the date field withheld;
 *   url, text and title are given. CSLI's date is the day the article was first seen, so ±1 day matters.
 *
 * A third table gives the CSLI sample again with `near` set to the date of the previous record of the same
 * outlet in the file, as a feed reader would know it, to show what a yearless dateline yields with context.
 *
 * For each method: how many dates it gave, exact-day accuracy, within ±1 day, month correct; and how often
 * no date was given. Accuracy at month or year precision counts the month (or year) only.
 */
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { inferPublished } from '../src/analyze/times/pubdate.js';
import type { Published } from '../src/doc/types.js';
import { rng } from '../src/util/random.js';

interface Case {
  gold: string;
  got: Published;
}

interface Row {
  method: string;
  n: number;
  exact: number;
  within1: number;
  month: number;
}

function score(cases: Case[]): { rows: Row[]; none: number; total: number } {
  const by = new Map<string, Row>();
  let none = 0;
  const all: Row = { method: 'all', n: 0, exact: 0, within1: 0, month: 0 };
  for (const c of cases) {
    if (!c.got.date) {
      none++;
      continue;
    }
    const key = c.got.method ?? '?';
    const row = by.get(key) ?? { method: key, n: 0, exact: 0, within1: 0, month: 0 };
    by.set(key, row);
    for (const r of [row, all]) {
      r.n++;
      const g = c.got.date;
      if (c.got.precision === 'day') {
        if (g === c.gold) r.exact++;
        if (Math.abs(Date.parse(g) - Date.parse(c.gold)) <= 86_400_000) r.within1++;
      }
      if (g.slice(0, 7) === c.gold.slice(0, 7)) r.month++;
    }
  }
  return { rows: [...[...by.values()].sort((a, b) => b.n - a.n), all], none, total: cases.length };
}

function table(title: string, s: ReturnType<typeof score>): string {
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
  const lines = [
    `### ${title}: ${s.total} articles, a date given for ${s.total - s.none} (${pct(s.total - s.none, s.total)}), none for ${s.none} (${pct(s.none, s.total)})`,
    '',
    '| method | dates given | exact day | within ±1 day | month correct |',
    '|---|---|---|---|---|',
    ...s.rows.map((r) => `| ${r.method} | ${r.n} | ${pct(r.exact, r.n)} | ${pct(r.within1, r.n)} | ${pct(r.month, r.n)} |`),
    '',
  ];
  return lines.join('\n');
}

function polnear(dir: string): Case[] {
  const meta = readFileSync(join(dir, 'metadata.tsv'), 'utf8').split('\n');
  const head = meta[0]!.split('\t');
  const col = (n: string) => head.indexOf(n);
  const cases: Case[] = [];
  for (const line of meta.slice(1)) {
    const f = line.split('\t');
    if (f.length < head.length) continue;
    const compartment = f[col('compartment')]!;
    const path = join(dir, compartment, 'text', `${f[col('filename')]}.txt`);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    const gold = f[col('publication_date')]!;
    cases.push({ gold, got: inferPublished({ text, title: f[col('title')] ?? null, url: null }) });
  }
  return cases;
}

/** mulberry32: a small seeded generator, so the sample is the same on every run. */

interface CsliResult {
  cases: Case[];
  /** The same sample with `near` = the date of the previous record of the same outlet in the file. */
  withNear: Case[];
  perOutlet: Map<string, Case[]>;
}

async function csli(file: string, sample: number, seed: number): Promise<CsliResult> {
  // Reservoir sampling over the stream: each record has the same chance, whatever the file's order.
  const rand = rng(seed);
  const keep: { outlet: string; date: string; url: string | null; title: string | null; text: string; near: string | null }[] = [];
  const lastByOutlet = new Map<string, string>();
  let i = 0;
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { outlet?: string; date?: string; url?: string; title?: string; text?: string };
    if (!r.date || !r.text) continue;
    const outlet = r.outlet ?? '?';
    const rec = { outlet, date: r.date.slice(0, 10), url: r.url ?? null, title: r.title ?? null, text: r.text, near: lastByOutlet.get(outlet) ?? null };
    lastByOutlet.set(outlet, rec.date);
    if (keep.length < sample) keep.push(rec);
    else {
      const j = Math.floor(rand() * (i + 1));
      if (j < sample) keep[j] = rec;
    }
    i++;
  }
  const cases: Case[] = [];
  const withNear: Case[] = [];
  const perOutlet = new Map<string, Case[]>();
  for (const r of keep) {
    withNear.push({ gold: r.date, got: inferPublished({ url: r.url, text: r.text, title: r.title, near: r.near }) });
    const c = { gold: r.date, got: inferPublished({ url: r.url, text: r.text, title: r.title }) };
    cases.push(c);
    const list = perOutlet.get(r.outlet) ?? [];
    list.push(c);
    perOutlet.set(r.outlet, list);
  }
  return { cases, withNear, perOutlet };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const shared = new URL('../../../shared/', import.meta.url);
  const polnearDir = opt('--polnear') ?? fileURLToPath(new URL('benchmarks/polnear/data/', shared));
  const csliFile = opt('--csli') ?? fileURLToPath(new URL('corpora/ukraine-media-csli.jsonl.gz', shared));
  const sample = Number(opt('--sample') ?? 2000);
  const seed = Number(opt('--seed') ?? 20220120);
  const out: string[] = [];
  const t0 = performance.now();
  out.push(table('PolNeAR (text and title only)', score(polnear(polnearDir))));
  const c = await csli(csliFile, sample, seed);
  out.push(table(`CSLI, seeded sample (seed ${seed}; url, text and title)`, score(c.cases)));
  out.push(table('CSLI, same sample, plus `near` = date of the previous record of the same outlet (a feed context)', score(c.withNear)));
  const outletRows = [...c.perOutlet.entries()].sort((a, b) => b[1].length - a[1].length).map(([o, cs]) => {
    const s = score(cs);
    const all = s.rows[s.rows.length - 1]!;
    const methods = s.rows.slice(0, -1).map((r) => `${r.method} ${r.n}`).join(', ');
    const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
    return `| ${o} | ${s.total} | ${pct(s.none, s.total)} | ${pct(all.exact, all.n)} | ${pct(all.within1, all.n)} | ${methods} |`;
  });
  out.push(['#### CSLI by outlet', '', '| outlet | articles | none | exact day | ±1 day | methods |', '|---|---|---|---|---|---|', ...outletRows, ''].join('\n'));
  out.push(`Time: ${((performance.now() - t0) / 1000).toFixed(1)}s. Machine: ${cpus().length} cores, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.`);
  const text = out.join('\n');
  console.log(text);
  const md = opt('--md');
  if (md) writeFileSync(md, text + '\n');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
