import { stableId } from '../ingest/identity.js';
import { OffsetMap } from './offsets.js';
import type { Doc, DocMeta, InputRef } from './types.js';

/** Stable document id: same input (path + record, or caller id) gives the same id. */
export function docId(input: InputRef, callerId?: string | null): string {
  return stableId(callerId ? `id:${callerId}` : `${input.path}#${input.record ?? ''}`);
}

export function emptyMeta(): DocMeta {
  return {
    title: null,
    url: null,
    outlet: null,
    credit: null,
    published: { date: null, precision: null, method: null },
    language: null,
  };
}

/**
 * A document whose clean text is `text` as given (identity offset map, nothing removed).
 * Used by `analyze --no-clean`, by tests and by benchmarks that score on given text.
 */
export function docFromText(text: string, opts: { id?: string; input?: InputRef; meta?: Partial<DocMeta> } = {}): Doc {
  const input = opts.input ?? { path: '-', record: null };
  return {
    id: opts.id ?? docId(input),
    input,
    raw: text,
    text,
    offsets: OffsetMap.identity(text.length),
    meta: { ...emptyMeta(), ...opts.meta },
    removed: [],
    layers: {},
    messages: [],
  };
}
