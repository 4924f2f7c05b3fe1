import { docFromText } from '../../src/doc/doc.js';
import { sentencesStage } from '../../src/analyze/sentences/index.js';
import { findQuotes } from '../../src/analyze/quotes/index.js';
import { mentionsStage } from '../../src/analyze/entities/ner/index.js';
import { loadPipeline } from '../../src/pipeline/registry.js';

/** [content, speaker mention words or null, cue words or null, rule] of every quote. */
export type Row = [string, string | null, string | null, string];

/**
 * The quotes of a text found from its sentences alone, as rows: no names recognised, or with `names` the recogniser's
 * mentions (no entities), which rules about place names need.
 */
export function rows(text: string, opts: { names?: boolean } = {}): Row[] {
  const doc = docFromText(text);
  sentencesStage.run(doc, { referenceDate: null });
  if (opts.names) mentionsStage.run(doc, { referenceDate: null });
  else doc.layers.mentions = [];
  doc.layers.entities = [];
  return findQuotes(doc).map((q) => [
    q.text,
    q.speaker?.mention ? text.slice(q.speaker.mention[0], q.speaker.mention[1]) : null,
    q.cue ? text.slice(q.cue[0], q.cue[1]) : null,
    q.source,
  ]);
}

/** [first three words of the content, speaker name] of every quote, with the whole default pipeline. */
export async function speakers(text: string): Promise<[string, string | null][]> {
  const doc = docFromText(text);
  await (await loadPipeline('default')).run(doc, { referenceDate: null });
  return (doc.layers.quotes ?? []).map((q) => [q.text.split(/\s+/).slice(0, 3).join(' '), q.speaker?.name ?? null]);
}

/** The rows of `unit` repeated to a 1 MB line, and how long finding them took (ms). */
export function rowsOfLongLine(unit: string): { got: Row[]; ms: number } {
  const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
  const t0 = Date.now();
  const got = rows(text);
  return { got, ms: Date.now() - t0 };
}
