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
import { analysisTag, defaultPipeline } from '../pipeline/default.js';
import { exactKey, signature } from '../link/duplicates/minhash.js';
import type { SqliteStore } from '../store/sqlite.js';
import { buildDoc, contentHash, inputKey, stableId } from './build.js';
import { readInputs, type ReadOptions } from './readers.js';
import type { Doc } from '../doc/types.js';

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
  pipeline?: Pipeline;
  read?: Partial<ReadOptions>;
  /** Documents per transaction. */
  batchSize?: number;
  onProgress?: (p: IngestProgress) => void;
  /** Stop after this many documents written (for tests of interrupted runs). */
  limit?: number;
}

export async function ingest(store: SqliteStore, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = Date.now();
  const pipeline = opts.pipeline ?? defaultPipeline();
  const tag = analysisTag(pipeline);
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
  type Pending = { doc: Doc; hash: string; key: string };
  let batch: Pending[] = [];
  let failures: { path: string; record: number | null; error: string }[] = [];
  let lastFlush = Date.now();
  let written = 0;

  const flush = () => {
    if (batch.length === 0 && failures.length === 0) return;
    const docs = batch;
    const fails = failures;
    batch = [];
    failures = [];
    store.transaction(() => {
      for (const p of docs) {
        const res = store.writeDoc(p.doc, {
          inputKey: p.key,
          contentHash: p.hash,
          exactKey: exactKey(p.doc.text),
          signature: signature(p.doc.text),
          analysis: tag,
        });
        if (res.status === 'new') summary.ingested++;
        else summary.updated++;
        if (res.duplicateOf) summary.duplicates++;
      }
      for (const f of fails) store.recordFailure(f.path, f.record, f.error);
    });
    lastFlush = Date.now();
  };

  const readOpts: Partial<ReadOptions> = {
    ...opts.read,
    onBytes: (done, total, path) => {
      progress.bytesDone = done;
      progress.bytesTotal = total;
      progress.path = path;
    },
  };
  const seenIds = new Set<string>();
  for await (const ev of readInputs(paths, readOpts)) {
    if (ev.ok === 'skipped') {
      summary.skipped.push({ path: ev.path, reason: ev.reason });
      continue;
    }
    if (ev.ok === false) {
      const f = { path: ev.path, record: ev.record, error: ev.error };
      summary.failed.push(f);
      failures.push(f);
      progress.failed++;
      continue;
    }
    const key = inputKey(ev);
    const id = stableId(key);
    if (seenIds.has(id)) continue; // the same file named twice in one run
    seenIds.add(id);
    const hash = contentHash(ev);
    const info = store.getInfo(id);
    if (info && info.contentHash === hash && !batch.some((b) => b.doc.id === id)) {
      summary.unchanged++;
      continue;
    }
    const built = buildDoc(ev, { clean: true, useCallerId: false });
    if ('error' in built) {
      const f = { path: ev.path, record: ev.record, error: built.error };
      summary.failed.push(f);
      failures.push(f);
      progress.failed++;
      continue;
    }
    pipeline.run(built.doc, { referenceDate: null });
    summary.warnings += built.doc.messages.filter((m) => m.level !== 'info').length;
    batch.push({ doc: built.doc, hash: built.contentHash, key });
    progress.documents++;
    written++;
    if (batch.length >= batchSize || Date.now() - lastFlush > 1000) {
      flush();
      opts.onProgress?.(progress);
    }
    if (opts.limit !== undefined && written >= opts.limit) break;
  }
  flush();
  opts.onProgress?.(progress);
  summary.seconds = (Date.now() - t0) / 1000;
  return summary;
}
