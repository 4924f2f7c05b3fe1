import type { Doc } from '../doc/types.js';
import { exactKey, signature, type Signature } from '../link/duplicates/minhash.js';
import type { Pipeline } from '../pipeline/stage.js';
import { buildDoc } from './build.js';
import type { InputItem } from './readers.js';

export interface AnalyzedItem {
  doc: Doc;
  contentHash: string;
  exactKey: string;
  signature: Signature;
}

/** Build, clean and analyse one input item, with its duplicate keys: all the per-document work of ingest. */
export function analyzeItem(item: InputItem, pipeline: Pipeline): AnalyzedItem | { error: string } {
  const built = buildDoc(item, { clean: true, useCallerId: false });
  if ('error' in built) return built;
  pipeline.run(built.doc, { referenceDate: null });
  return { doc: built.doc, contentHash: built.contentHash, exactKey: exactKey(built.doc.text), signature: signature(built.doc.text) };
}
