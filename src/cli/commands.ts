import { existsSync } from 'node:fs';
import { SitrepError } from '../errors.js';
import { exportDocument } from '../export/document.js';
import { SqliteStore } from '../store/sqlite.js';
import { loadIdentityIndex } from '../store/identities.js';
import { corpusCommands } from './corpus-commands.js';
import { ProgressBar } from './progress.js';

export interface CommandOption {
  type: 'string' | 'boolean';
  help: string;
  arg?: string;
  short?: string;
}

export interface CommandArgs {
  db: string;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  env: NodeJS.ProcessEnv;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  description: string;
  options: Record<string, CommandOption>;
  run(args: CommandArgs): Promise<number>;
}

const out = (s: string) => process.stdout.write(s);

function openExisting(db: string): SqliteStore {
  if (!existsSync(db)) throw new SitrepError(`no database at ${db} (run "sitrep ingest PATH" first, or pass --db FILE)`, 2);
  return new SqliteStore(db);
}

/** Run `fn` on the existing database `db`, closing it whatever happens. */
export async function withStore<T>(db: string, fn: (store: SqliteStore) => Promise<T>): Promise<T> {
  const store = openExisting(db);
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

export function dateOption(v: string | boolean | undefined, name: string): string | null {
  if (typeof v !== 'string') return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  const month = m?.[2] ? Number(m[2]) : 1;
  const day = m?.[3] ? Number(m[3]) : 1;
  // A real calendar date: month 1-12, and a day that month has (2022-02-30 is refused).
  const real = m !== null && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  if (!real) throw new SitrepError(`--${name} takes a date as YYYY-MM-DD (or YYYY-MM, YYYY), got "${v}"`, 2);
  return v;
}

export function intOption(v: string | boolean | undefined, name: string, dflt: number): number {
  if (typeof v !== 'string') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new SitrepError(`--${name} takes a positive whole number, got "${v}"`, 2);
  return n;
}

const ingestCmd: Command = {
  name: 'ingest',
  summary: 'read files and folders of articles into the database',
  usage: '[options] PATH...',
  description:
    'Reads files and folders (recursively): .txt, .html/.htm, .json, .jsonl/.ndjson, .csv, each also .gz.\n' +
    'Cleans each article, analyses it, finds copies, and stores it. Re-ingesting unchanged input changes nothing;\n' +
    'an input whose text changed updates its document. Inputs that cannot be read are listed under "failed"\n' +
    '(exit status 1) and everything else is stored.',
  options: {
    json: { type: 'boolean', help: 'print one JSON summary object on stdout' },
    quiet: { type: 'boolean', short: 'q', help: 'no progress bar' },
    pipeline: { type: 'string', arg: 'NAME', help: 'default (full analysis) or foundation (clean, store, search, duplicates only; faster)' },
    workers: { type: 'string', arg: 'N', help: 'analysis threads (default: one per core)' },
  },
  async run({ db, values, positionals }) {
    if (positionals.length === 0) throw new SitrepError('ingest needs at least one PATH (a file or a folder)', 2);
    const store = new SqliteStore(db);
    const bar = new ProgressBar('ingest', !values.quiet && process.stderr.isTTY === true);
    try {
      const { ingest } = await import('../ingest/ingest.js');
      const pipeline = typeof values.pipeline === 'string' ? values.pipeline : 'default';
      const { PIPELINE_STAGES } = await import('../pipeline/registry.js');
      if (!PIPELINE_STAGES[pipeline]) throw new SitrepError(`--pipeline must be one of ${Object.keys(PIPELINE_STAGES).join(', ')}`, 2);
      const summary = await ingest(store, positionals, {
        pipeline,
        workers: typeof values.workers === 'string' ? intOption(values.workers, 'workers', 1) : undefined,
        onProgress: (p) => bar.update(p.documents, 'docs', p.bytesDone, p.bytesTotal),
      });
      bar.done();
      if (values.json) {
        out(
          JSON.stringify({
            ingested: summary.ingested + summary.updated,
            new: summary.ingested,
            updated: summary.updated,
            unchanged: summary.unchanged,
            duplicates: summary.duplicates,
            failed: summary.failed,
            skipped: summary.skipped,
            seconds: summary.seconds,
          }) + '\n',
        );
      } else {
        const rate = (summary.ingested + summary.updated) / Math.max(summary.seconds, 0.001);
        out(
          `ingested ${summary.ingested} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ` +
            `${summary.duplicates} duplicates, ${summary.failed.length} failed, ${summary.skipped.length} skipped ` +
            `in ${summary.seconds.toFixed(1)} s (${rate.toFixed(0)} docs/s) into ${db}\n`,
        );
        for (const f of summary.failed) out(`failed: ${f.path}${f.record !== null ? `:${f.record}` : ''}: ${f.error}\n`);
        for (const s of summary.skipped) out(`skipped: ${s.path}: ${s.reason}\n`);
      }
      return summary.failed.length > 0 ? 1 : 0;
    } finally {
      store.close();
    }
  },
};

const analyzeCmd: Command = {
  name: 'analyze',
  summary: 'analyse input without storing it; print exported documents',
  usage: '[options] [PATH|-]',
  description:
    'Runs the per-document pipeline on a file (or standard input with "-" or no PATH) and prints one exported\n' +
    'document (CONTRACT.md shape) per input record as JSON lines, in input order. Records may carry id, title,\n' +
    'text, date, url, outlet. Corpus-level fields (duplicate_of, corpus-wide entity ids) are null.\n' +
    'A record that cannot be analysed prints {"id": null, "input": …, "error": "…"} in its place (exit status 1).',
  options: {
    date: { type: 'string', arg: 'YYYY-MM-DD', help: 'publication date for records that have none (reference for relative dates)' },
    'no-clean': { type: 'boolean', help: 'take the text exactly as given: offsets index the input text itself' },
    format: { type: 'string', arg: 'FMT', help: 'input format for standard input: txt, html, json, jsonl, csv (default: sniffed)' },
  },
  async run({ values, positionals }) {
    const date = dateOption(values.date, 'date');
    if (positionals.length > 1) throw new SitrepError('analyze takes one PATH (or - for standard input)', 2);
    const path = positionals[0] ?? '-';
    let failed = 0;
    const { analyzeInputs } = await import('../analyze/analyze.js');
    for await (const r of analyzeInputs(path, {
      clean: !values['no-clean'],
      date,
      format: typeof values.format === 'string' ? values.format : null,
    })) {
      if ('error' in r) {
        failed++;
        out(JSON.stringify({ id: null, input: { path: r.path, record: r.record === null ? null : String(r.record) }, error: r.error }) + '\n');
      } else {
        out(JSON.stringify(exportDocument(r.doc)) + '\n');
      }
    }
    return failed > 0 ? 1 : 0;
  },
};

const exportCmd: Command = {
  name: 'export',
  summary: 'print every stored document as JSON lines, in ingestion order',
  usage: '[--format jsonl]',
  description: 'Prints one JSON object per document (the shape of CONTRACT.md), in ingestion order.',
  options: {
    format: { type: 'string', arg: 'jsonl', help: 'output format (only jsonl)' },
  },
  async run({ db, values }) {
    if (values.format !== undefined && values.format !== 'jsonl') throw new SitrepError(`--format ${values.format}: only jsonl is supported`, 2);
    return withStore(db, async (store) => {
      const identities = loadIdentityIndex(store);
      for (const row of store.iterateRows()) {
        const doc = store.rowToDoc(row);
        const line = JSON.stringify(exportDocument(doc, { duplicateOf: row.duplicate_of, identities })) + '\n';
        if (!process.stdout.write(line)) await new Promise((r) => process.stdout.once('drain', r));
      }
      return 0;
    });
  },
};

const searchCmd: Command = {
  name: 'search',
  summary: 'full-text search (FTS5 syntax, bm25 ranking)',
  usage: '[options] QUERY',
  description:
    'Searches titles and texts. QUERY uses SQLite FTS5 syntax: words, "exact phrases", AND/OR/NOT, prefix*,\n' +
    'NEAR(a b, 5). Results best first with a snippet; matches are shown in [brackets].',
  options: {
    limit: { type: 'string', arg: 'N', help: 'at most N results (default 20)' },
    outlet: { type: 'string', arg: 'NAME', help: 'only documents from this outlet' },
    from: { type: 'string', arg: 'DATE', help: 'only documents published on or after DATE' },
    to: { type: 'string', arg: 'DATE', help: 'only documents published on or before DATE' },
    json: { type: 'boolean', help: 'print a JSON array of {id, title, score, snippet, outlet, date, url}' },
  },
  async run({ db, values, positionals }) {
    const query = positionals.join(' ').trim();
    if (!query) throw new SitrepError('search needs a QUERY', 2);
    return withStore(db, async (store) => {
      const hits = store.search(query, {
        limit: intOption(values.limit, 'limit', 20),
        outlet: typeof values.outlet === 'string' ? values.outlet : null,
        from: dateOption(values.from, 'from'),
        to: dateOption(values.to, 'to'),
      });
      if (values.json) out(JSON.stringify(hits) + '\n');
      else {
        if (hits.length === 0) out('no results\n');
        for (const h of hits) {
          out(`${h.score.toPrecision(3).padStart(9)}  ${h.id}  ${h.date ?? '----------'}  ${h.outlet ?? '-'}  ${h.title ?? '(no title)'}\n`);
          out(`         ${h.snippet.replace(/\s+/g, ' ')}\n`);
        }
      }
      return 0;
    });
  },
};

const statsCmd: Command = {
  name: 'stats',
  summary: 'counts: documents, duplicates, outlets, dates, failures',
  usage: '[--json]',
  description: 'Prints what the database holds.',
  options: { json: { type: 'boolean', help: 'print one JSON object' } },
  async run({ db, values }) {
    return withStore(db, async (store) => {
      const s = store.stats();
      if (values.json) out(JSON.stringify(s) + '\n');
      else {
        for (const [k, v] of Object.entries(s)) {
          if (k === 'outlets') {
            out('outlets:\n');
            for (const [o, n] of Object.entries(v as Record<string, number>)) out(`  ${String(n).padStart(7)}  ${o}\n`);
          } else out(`${k}: ${v ?? '-'}\n`);
        }
      }
      return 0;
    });
  },
};

export const commands: Record<string, Command> = {
  ingest: ingestCmd,
  analyze: analyzeCmd,
  export: exportCmd,
  search: searchCmd,
  stats: statsCmd,
  ...corpusCommands,
};
