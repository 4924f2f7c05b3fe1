/**
 * Analysis worker: builds and analyses documents off the main thread, which only reads inputs and
 * writes the database. Messages: {seq, item} in, {seq, result} out.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeItem, type AnalyzedItem } from './analyze-item.js';
import { loadPipeline } from '../pipeline/registry.js';
import type { InputItem } from './readers.js';

if (!parentPort) throw new Error('worker.js must run as a worker thread');
const port = parentPort;
port.on('message', (msg: { seq: number; item: InputItem; pipeline: string }) => {
  loadPipeline(msg.pipeline).then(
    (pipeline) => answer(msg, pipeline),
    (err: unknown) => port.postMessage({ seq: msg.seq, result: { error: `pipeline could not load: ${String(err)}` } }),
  );
});

function answer(msg: { seq: number; item: InputItem }, pipeline: Awaited<ReturnType<typeof loadPipeline>>): void {
  let result: AnalyzedItem | { error: string };
  try {
    result = analyzeItem(msg.item, pipeline);
  } catch (err) {
    result = { error: `analysis failed: ${err instanceof Error ? err.message : String(err)}` };
  }
  if ('doc' in result) {
    const { doc } = result;
    // Tokens are not stored (see TRANSIENT_LAYERS): do not copy them back to the main thread.
    delete doc.layers.tokens;
    port.postMessage({ seq: msg.seq, result: { ...result, doc: { ...doc, offsets: doc.offsets.toJSON() } } });
  } else port.postMessage({ seq: msg.seq, result });
}
