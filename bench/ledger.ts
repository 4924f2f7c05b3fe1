/**
 * The figures ledger on a real corpus: the groups a reader of crisis news asks for first (Russian troops near
 * Ukraine, people killed in the east since 2014, the casualties of one strike, civilians killed since the
 * invasion), each with its size, whether it is flagged as disagreeing, and its values by how often they were
 * stated, by whom and when. What it shows is read by hand; the figures it prints are the ledger's own.
 *
 *   node dist/bench/ledger.js [--db FILE] [--corpus FILE.jsonl.gz] [--md OUT.md] [--values 12]
 *
 * When the database does not exist yet, the corpus (default ../shared/corpora/ukraine-media-csli.jsonl.gz)
 * is ingested into it first with the default pipeline; the database is kept for the next run.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/ingest/ingest.js';
import { figuresLedger, ledgerValues, type LedgerOutput } from '../src/query/index.js';
import { SqliteStore } from '../src/store/sqlite.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function arg(name: string, dflt: string | null = null): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1]! : dflt;
}

const corpus = arg('corpus', join(root, '..', 'shared', 'corpora', 'ukraine-media-csli.jsonl.gz'))!;
const dbPath = arg('db', join(root, 'bench-ledger.db'))!;
const mdOut = arg('md');
const maxValues = Number(arg('values', '12'));

/** What is asked, and which group answers it: the first group `--about` lists, or the first with the scope. */
const QUESTIONS: { ask: string; about: string; scope?: string }[] = [
  { ask: 'Russian troops near Ukraine', about: 'Russian troops' },
  { ask: 'People killed in the war in the east since 2014', about: 'killed', scope: 'since-2014' },
  { ask: 'People killed since the invasion (a tally that grows)', about: 'killed', scope: 'since-invasion' },
  { ask: 'People killed at the Kramatorsk railway station (8 April 2022)', about: 'killed Kramatorsk', scope: 'at:Kramatorsk' },
  { ask: 'Refugees who have left Ukraine', about: 'refugees' },
];

async function main(): Promise<void> {
  const t0 = Date.now();
  if (!existsSync(dbPath)) {
    process.stderr.write(`ingesting ${corpus} into ${dbPath} …\n`);
    const store = new SqliteStore(dbPath);
    const s = await ingest(store, [corpus], { workers: Math.max(1, cpus().length) });
    store.close();
    process.stderr.write(`ingested ${s.ingested} documents in ${s.seconds.toFixed(0)} s\n`);
  }
  const store = new SqliteStore(dbPath);
  const t1 = Date.now();
  const all = figuresLedger(store);
  const ledgerSeconds = (Date.now() - t1) / 1000;
  const docs = (store.db.prepare('SELECT COUNT(*) AS n FROM documents WHERE duplicate_of IS NULL').get() as { n: number }).n;
  const lines: string[] = [];
  const figures = all.reduce((n, g) => n + g.figures.length, 0);
  lines.push(`corpus: ${relative(root, corpus)}, ${docs} documents (copies left out)`);
  lines.push(`ledger: ${all.length} groups, ${figures} figures, ${all.filter((g) => g.figures.length > 1).length} groups of two or more, built in ${ledgerSeconds.toFixed(1)} s`);
  lines.push(`groups with a scope: ${scopeCounts(all)}`);
  for (const q of QUESTIONS) {
    const groups = figuresLedger(store, { about: q.about });
    const g = q.scope ? groups.filter((x) => x.scope === q.scope).sort((a, b) => b.figures.length - a.figures.length)[0] : groups[0];
    lines.push('', `### ${q.ask}`, '', `\`sitrep figures --about "${q.about}"\`${q.scope ? `, the largest group with scope \`${q.scope}\`` : ', first group'}`, '');
    if (!g) {
      lines.push('no group found');
      continue;
    }
    const outlets = new Set(g.figures.map((f) => f.outlet).filter(Boolean)).size;
    lines.push(`**${g.about}** — ${g.figures.length} figures from ${outlets} outlets, ${g.disagree ? '**flagged as disagreeing**' : 'agreeing'}${g.outliers ? `; ${g.outliers} figures more than 4x off the median listed, not compared` : ''}`, '');
    const values = ledgerValues(g);
    const top = [...values].sort((a, b) => b.figures - a.figures || a.at - b.at).slice(0, maxValues).sort((a, b) => a.at - b.at);
    lines.push(`| value | times stated | outlets | first | last | claimants (up to 4) |`, '|---:|---:|---:|---|---|---|');
    for (const v of top) {
      lines.push(`| ${v.value} | ${v.figures} | ${v.outlets.length} | ${v.first ?? '-'} | ${v.last ?? '-'} | ${v.claimants.slice(0, 4).join('; ').replace(/\|/g, '/')} |`);
    }
    if (values.length > top.length) lines.push('', `(${values.length - top.length} less frequent values not shown)`);
  }
  store.close();
  lines.push('', `Time: ${((Date.now() - t0) / 1000).toFixed(1)} s. Machine: ${cpus().length} cores, Node ${process.version}.`);
  const text = lines.join('\n') + '\n';
  process.stdout.write(text);
  if (mdOut) writeFileSync(mdOut, text);
}

function scopeCounts(groups: LedgerOutput[]): string {
  const counts = new Map<string, number>();
  for (const g of groups) {
    const k = g.scope === null ? 'none' : g.scope.startsWith('at:') ? 'one incident (at:PLACE)' : g.scope.startsWith('in:') ? 'forces where they are (in:PLACE)' : g.scope;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
