/**
 * Analysis worker: builds and analyses documents off the main thread, which only reads inputs and
 * writes the database. Messages: {seq, item} in, {seq, result} out.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeItem, type AnalyzedItem } from './analyze-item.js';
import { namedPipeline } from '../pipeline/default.js';
import type { InputItem } from './readers.js';

if (!parentPort) throw new Error('worker.js must run as a worker thread');
const port = parentPort;
port.on('message', (msg: { seq: number; item: InputItem; pipeline: string }) => {
  let result: AnalyzedItem | { error: string };
  try {
    result = analyzeItem(msg.item, namedPipeline(msg.pipeline));
  } catch (err) {
    result = { error: `analysis failed: ${err instanceof Error ? err.message : String(err)}` };
  }
  if ('doc' in result) {
    const { doc } = result;
    // Tokens are not stored (see TRANSIENT_LAYERS): do not copy them back to the main thread.
    delete doc.layers.tokens;
    port.postMessage({ seq: msg.seq, result: { ...result, doc: { ...doc, offsets: doc.offsets.toJSON() } } });
  } else port.postMessage({ seq: msg.seq, result });
});
