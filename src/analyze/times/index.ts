/**
 * Time expressions: found, typed (DATE, TIME, DURATION, SET) and resolved to TimeML TIMEX3 values.
 *
 * Detectors propose (the project's own rules in rules.ts, and chrono-node for explicit dates and clock
 * times); refiners merge ("Friday (Jan. 21)") and drop overlaps. Relative expressions are resolved against
 * the reference date — the document's publication date, else `ctx.referenceDate` — and, for weekdays,
 * months and seasons, the tense of the clause ("on Wednesday" in a past-tense sentence of an article of
 * Thursday 2022-01-20 is 2022-01-19; in a future-tense one it is 2022-01-26).
 *
 * Spans follow TimeML: the preposition is left out ("on Wednesday" gives "Wednesday").
 * Conventions chosen where TimeML leaves room:
 * - "the second week of February" is the ISO week holding February 8 (n-th week: the week of day 7n - 6),
 *   e.g. `2022-W06`; "the last week of February" is the week holding its day 22 (of 28).
 * - "mid-February" is `2022-02` with `mod: "MID"`; "early"/"late" give `START`/`END`.
 * - "every day", "daily" are SET `P1D`; "every Monday" is SET `XXXX-WXX-1`; "each season" `XXXX-XX`.
 */
import type { Doc, Sentence, TimeExpression } from '../../doc/types.js';
import { layer, type Stage, type StageContext } from '../../pipeline/stage.js';
import { parseRef } from './calendar.js';
import { DEFAULT_DETECTORS, type DetectContext, type Detector } from './detectors.js';
import { DEFAULT_REFINERS, type Refiner } from './refiners.js';
import { tenseAround } from './tense.js';

export { inferPublished, normalizeDate } from './pubdate.js';
export { sentenceDates } from './sentence-dates.js';

export interface FindTimesOptions {
  detectors?: readonly Detector[];
  refiners?: readonly Refiner[];
}

/** Sentence spans by punctuation and line breaks, for callers that have no sentence layer. */
export function roughSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^\n.!?]+(?:[.!?]+|$)/gm;
  let m: RegExpExecArray | null;
  let start = -1;
  let last = 0;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (start < 0) start = m.index;
    last = m.index + m[0].length;
    // A stop after a capitalised abbreviation ("Jan.", "Mr.") does not end the sentence.
    if (/(?:^|[\s.])[A-Za-z]\.$/.test(m[0])) continue; // "a.m.", "U.S."
    if (/\b[A-Z][a-z]{1,3}\.$/.test(m[0]) && text[last] === ' ') continue; // "Jan.", "Mr."
    out.push([start, last]);
    start = -1;
  }
  if (start >= 0) out.push([start, last]);
  return out;
}

/**
 * Time expressions in `text`, resolved against `referenceDate` (`YYYY-MM-DD`, `YYYY-MM`, `YYYY` or null).
 * Pure: the same input gives the same output.
 */
export function findTimes(
  text: string,
  referenceDate: string | null,
  sentences?: readonly { start: number; end: number }[],
  options: FindTimesOptions = {},
): TimeExpression[] {
  const spans: [number, number][] = sentences && sentences.length > 0
    ? sentences.map((s) => [s.start, s.end])
    : roughSentences(text);
  const sentenceOf = (pos: number): [number, number] => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = spans[mid]!;
      if (pos < s) hi = mid - 1;
      else if (pos >= e) lo = mid + 1;
      else return spans[mid]!;
    }
    return [Math.max(0, pos - 200), Math.min(text.length, pos + 200)];
  };
  const ctx: DetectContext = {
    text,
    ref: parseRef(referenceDate),
    sentences: spans,
    tense: (start, end) => tenseAround(text, sentenceOf(start), start, end),
  };
  let proposals = (options.detectors ?? DEFAULT_DETECTORS).flatMap((d) => d(ctx));
  for (const refine of options.refiners ?? DEFAULT_REFINERS) proposals = refine(proposals, ctx);
  return proposals.map((p) => ({
    start: p.start,
    end: p.end,
    text: p.text,
    type: p.type,
    value: p.value,
    ...(p.mod ? { mod: p.mod } : {}),
    source: p.source,
  }));
}

export const timesStage: Stage = {
  name: 'times',
  needs: ['sentences', 'tokens'],
  adds: ['times'],
  run(doc: Doc, ctx: StageContext) {
    const ref = doc.meta.published.date ?? ctx.referenceDate;
    const sentences: Sentence[] = layer(doc, 'sentences');
    doc.layers.times = findTimes(doc.text, ref, sentences);
  },
};
