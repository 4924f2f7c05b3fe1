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

export class AnalysisPool {
  private workers: Worker[] = [];
  private pending = new Map<number, { resolve: (r: Result) => void; reject: (e: Error) => void }>();
  private seq = 0;
  private next = 0;

  constructor(
    size: number,
    private readonly pipeline = 'default',
  ) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./worker.js', import.meta.url));
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
      w.on('error', (err) => {
        for (const p of this.pending.values()) p.reject(err);
        this.pending.clear();
      });
      this.workers.push(w);
    }
  }

  submit(item: InputItem): Promise<Result> {
    const seq = this.seq++;
    const worker = this.workers[this.next++ % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      worker.postMessage({ seq, item, pipeline: this.pipeline });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
