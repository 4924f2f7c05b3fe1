/**
 * Ingest: read inputs, build and analyse documents, store them.
 *
 * Documents are written in batches, each batch one transaction holding whole documents with
 * their layers and duplicate links: a kill at any moment leaves the database as it was after the
 * last committed batch, and running the same ingest again skips what is stored (same content hash)
 * and finishes the rest. Nothing is lost: every input that cannot be read or analysed is reported
 * in `failed` (and kept in the `failures` table).
 */
import type { Pipeline } from '../pipeline/stage.js';
import { analysisTagFor, loadPipeline, PIPELINE_STAGES } from '../pipeline/registry.js';
import { availableParallelism } from 'node:os';
import type { SqliteStore } from '../store/sqlite.js';
import { contentHash, inputKey, stableId } from './identity.js';
import { readInputs, type InputItem, type ReadOptions } from './readers.js';
import type { AnalyzedItem } from './analyze-item.js';
import { AnalysisPool } from './pool.js';
import { IdentityStore } from '../store/identities.js';

export interface IngestSummary {
  ingested: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  skipped: { path: string; reason: string }[];
  failed: { path: string; record: number | null; error: string }[];
  warnings: number;
  seconds: number;
}

export interface IngestProgress {
  documents: number;
  failed: number;
  bytesDone: number;
  bytesTotal: number;
  path: string;
}

export interface IngestOptions {
  /** A pipeline object runs on the main thread; a pipeline name (see PIPELINES) runs in the workers. */
  pipeline?: Pipeline | string;
  read?: Partial<ReadOptions>;
  /** Documents per transaction. */
  batchSize?: number;
  onProgress?: (p: IngestProgress) => void;
  /** Stop after this many documents analysed (for benchmarks on part of a corpus). */
  limit?: number;
  /** Analysis worker threads; 0 analyses on the main thread. Default: one per core. */
  workers?: number;
}

/** How often the identity index is saved during an ingest (it is always saved at the end). */
const SAVE_EVERY_MS = 60_000;

export async function ingest(store: SqliteStore, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = Date.now();
  const pipelineName = typeof opts.pipeline === 'string' ? opts.pipeline : 'default';
  if (typeof opts.pipeline !== 'object' && !PIPELINE_STAGES[pipelineName]) throw new Error(`no pipeline named "${pipelineName}"`);
  const given = typeof opts.pipeline === 'object' ? opts.pipeline : null;
  const tag = analysisTagFor(given ? given.stages.map((s) => s.name) : PIPELINE_STAGES[pipelineName]!);
  const batchSize = opts.batchSize ?? 200;
  const summary: IngestSummary = {
    ingested: 0,
    updated: 0,
    unchanged: 0,
    duplicates: 0,
    skipped: [],
    failed: [],
    warnings: 0,
    seconds: 0,
  };
  const progress: IngestProgress = { documents: 0, failed: 0, bytesDone: 0, bytesTotal: 0, path: '' };
  const identities = new IdentityStore(store);
  type Pending = { analyzed: AnalyzedItem; key: string };
  let batch: Pending[] = [];
  let failures: { path: string; record: number | null; error: string }[] = [];
  let lastFlush = Date.now();

  let lastSave = Date.now();
  const flush = (final = false) => {
    if (batch.length === 0 && failures.length === 0 && !final) return;
    const docs = batch;
    const fails = failures;
    batch = [];
    failures = [];
    store.transaction(() => {
      for (const p of docs) {
        const a = p.analyzed;
        // Corpus-wide identities, in input order on the main thread: sets each entity's id before the
        // document is written (a changed document first takes back what its old version added).
        const res = identities.write(a.doc, {
          inputKey: p.key,
          contentHash: a.contentHash,
          exactKey: a.exactKey,
          signature: a.signature,
          analysis: tag,
        });
        if (res.status === 'new') summary.ingested++;
        else summary.updated++;
        if (res.duplicateOf) summary.duplicates++;
      }
      for (const f of fails) store.recordFailure(f.path, f.record, f.error);
      if (final || Date.now() - lastSave > SAVE_EVERY_MS) {
        identities.save();
        lastSave = Date.now();
      }
    });
    lastFlush = Date.now();
  };
  const fail = (f: { path: string; record: number | null; error: string }) => {
    summary.failed.push(f);
    failures.push(f);
    progress.failed++;
  };

  const readOpts: Partial<ReadOptions> = {
    ...opts.read,
    onBytes: (done, total, path) => {
      progress.bytesDone = done;
      progress.bytesTotal = total;
      progress.path = path;
    },
  };
  // Analysis runs in worker threads; results are taken in input order, so storage order is input order.
  const workers = given ? 0 : (opts.workers ?? availableParallelism());
  const inline = workers === 0 ? (given ?? (await loadPipeline(pipelineName))) : null;
  const pool = workers > 0 ? new AnalysisPool(workers, pipelineName) : null;
  const queue: { item: InputItem; key: string; result: Promise<AnalyzedItem | { error: string }> }[] = [];
  const maxInFlight = Math.max(8, workers * 16);
  const takeOne = async () => {
    const q = queue.shift()!;
    const r = await q.result;
    if ('error' in r) {
      fail({ path: q.item.path, record: q.item.record, error: r.error });
      return;
    }
    summary.warnings += r.doc.messages.filter((m) => m.level !== 'info').length;
    batch.push({ analyzed: r, key: q.key });
    progress.documents++;
    if (batch.length >= batchSize || Date.now() - lastFlush > 1000) {
      flush();
      opts.onProgress?.(progress);
    }
  };

  const seenIds = new Set<string>();
  let submitted = 0;
  try {
    for await (const ev of readInputs(paths, readOpts)) {
      if (ev.ok === 'skipped') {
        summary.skipped.push({ path: ev.path, reason: ev.reason });
        continue;
      }
      if (ev.ok === false) {
        fail({ path: ev.path, record: ev.record, error: ev.error });
        continue;
      }
      const key = inputKey(ev);
      const id = stableId(key);
      if (seenIds.has(id)) continue; // the same file named twice in one run
      seenIds.add(id);
      const info = store.getInfo(id);
      if (info && info.contentHash === contentHash(ev)) {
        summary.unchanged++;
        continue;
      }
      const result = pool ? pool.submit(ev) : import('./analyze-item.js').then((m) => m.analyzeItem(ev, inline!));
      queue.push({ item: ev, key, result });
      submitted++;
      while (queue.length >= maxInFlight) await takeOne();
      if (opts.limit !== undefined && submitted >= opts.limit) break;
    }
    while (queue.length > 0) await takeOne();
  } finally {
    await pool?.close();
  }
  flush(true);
  opts.onProgress?.(progress);
  summary.seconds = (Date.now() - t0) / 1000;
  return summary;
}
