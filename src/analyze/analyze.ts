/**
 * Analyse inputs without storing them: the per-document pipeline only (no corpus linking).
 */
import { readFileSync } from 'node:fs';
import { buildDoc } from '../ingest/build.js';
import { decodeBytes } from '../ingest/decode.js';
import { parseText, readInputs, type Format, type InputEvent } from '../ingest/readers.js';
import type { Doc } from '../doc/types.js';
import { defaultPipeline } from '../pipeline/default.js';
import type { Pipeline } from '../pipeline/stage.js';
import { SitrepError } from '../errors.js';

export interface AnalyzeOptions {
  clean: boolean;
  /** Publication date for records that have none. */
  date: string | null;
  format: string | null;
  pipeline?: Pipeline;
}

export type AnalyzeResult = { doc: Doc } | { error: string; path: string; record: number | null };

const FORMATS: Format[] = ['txt', 'html', 'json', 'jsonl', 'csv'];

async function* events(path: string, format: string | null): AsyncGenerator<InputEvent> {
  if (path === '-') {
    if (format !== null && !FORMATS.includes(format as Format)) {
      throw new SitrepError(`--format ${format}: use one of ${FORMATS.join(', ')}`, 2);
    }
    const bytes = readFileSync(0);
    let text: string;
    try {
      text = decodeBytes(bytes).text;
    } catch (err) {
      yield { ok: false, path: '-', record: null, error: (err as Error).message };
      return;
    }
    yield* parseText(text, (format as Format | null) ?? null, '-');
    return;
  }
  yield* readInputs([path]);
}

/** Analyse one document already built (or made with docFromText). */
export function analyzeDoc(doc: Doc, opts: { date?: string | null; pipeline?: Pipeline } = {}): Doc {
  if (doc.meta.published.date === null && opts.date) {
    doc.meta.published = { date: opts.date, precision: opts.date.length === 10 ? 'day' : opts.date.length === 7 ? 'month' : 'year', method: 'given' };
  }
  (opts.pipeline ?? defaultPipeline()).run(doc, { referenceDate: opts.date ?? null });
  return doc;
}

export async function* analyzeInputs(path: string, opts: AnalyzeOptions): AsyncGenerator<AnalyzeResult> {
  for await (const ev of events(path, opts.format)) {
    if (ev.ok === 'skipped') {
      yield { error: ev.reason, path: ev.path, record: null };
      continue;
    }
    if (ev.ok === false) {
      yield { error: ev.error, path: ev.path, record: ev.record };
      continue;
    }
    const built = buildDoc(ev, { clean: opts.clean, useCallerId: true });
    if ('error' in built) {
      yield { error: built.error, path: ev.path, record: ev.record };
      continue;
    }
    yield { doc: analyzeDoc(built.doc, { date: opts.date, pipeline: opts.pipeline }) };
  }
}
