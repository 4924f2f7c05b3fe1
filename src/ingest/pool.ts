/**
 * A pool of analysis workers. `submit` returns a promise per item; the caller awaits them in
 * submission order, so documents are stored in input order whatever the workers' speed.
 */
import { Worker } from 'node:worker_threads';
import { OffsetMap } from '../doc/offsets.js';
import type { Doc } from '../doc/types.js';
import type { AnalyzedItem } from './analyze-item.js';
import type { InputItem } from './readers.js';

type Result = AnalyzedItem | { error: string };

/** Old-generation heap limit of an analysis worker. */
export const WORKER_HEAP_MB = 640;

export class AnalysisPool {
  private workers: Worker[] = [];
  /** Items in flight, with the worker they went to. */
  private pending = new Map<number, { resolve: (r: Result) => void; worker: number }>();
  private seq = 0;
  private next = 0;
  private closing = false;

  constructor(
    size: number,
    private readonly pipeline = 'default',
  ) {
    for (let i = 0; i < size; i++) this.workers.push(this.spawn(i));
  }

  private spawn(index: number): Worker {
    // A heap limit makes V8 collect before a worker's heap balloons with garbage (about 200 MB is live:
    // models and caches); without it two workers grew past 1 GB of RSS on the CSLI corpus.
    const w = new Worker(new URL('./worker.js', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    w.on('message', (msg: { seq: number; result: Result & { doc?: Doc & { offsets: unknown } } }) => {
      const p = this.pending.get(msg.seq);
      if (!p) return;
      this.pending.delete(msg.seq);
      const r = msg.result;
      if ('doc' in r && r.doc) {
        const doc = r.doc as unknown as Doc & { offsets: number[][] };
        (doc as unknown as { offsets: OffsetMap }).offsets = OffsetMap.fromJSON(doc.offsets);
        const sig = (r as AnalyzedItem).signature;
        p.resolve({ ...(r as AnalyzedItem), doc: doc as unknown as Doc, signature: { mins: new Uint32Array(sig.mins), size: sig.size } });
      } else p.resolve(r);
    });
    // A worker that dies (out of memory on a hostile input, a crash) fails only the items it held;
    // a new worker takes its place and the ingest goes on.
    const fail = (reason: string) => {
      for (const [seq, p] of this.pending) {
        if (p.worker !== index) continue;
        this.pending.delete(seq);
        p.resolve({ error: `analysis worker stopped: ${reason}` });
      }
      if (!this.closing) this.workers[index] = this.spawn(index);
    };
    w.on('error', (err) => fail(err instanceof Error ? err.message : String(err)));
    w.on('exit', (code) => {
      if (!this.closing && this.workers[index] === w) fail(`exit code ${code}`);
    });
    return w;
  }

  submit(item: InputItem): Promise<Result> {
    const seq = this.seq++;
    const index = this.next++ % this.workers.length;
    return new Promise((resolve) => {
      this.pending.set(seq, { resolve, worker: index });
      this.workers[index]!.postMessage({ seq, item, pipeline: this.pipeline });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
