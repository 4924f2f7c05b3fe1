/**
 * The date each sentence speaks of, so that every figure and quote can carry one.
 *
 * Per sentence: the value of the first DATE time expression in it with day or month precision
 * (`2022-01-19`, `2021-12`) that is not after the publication date, else the publication date (which
 * may be null). Nothing more clever: a sentence that mentions two such dates gets the first.
 */
import type { Doc } from '../../doc/types.js';
import { layer } from '../../pipeline/stage.js';

const DAY_OR_MONTH = /^\d{4}-\d{2}(?:-\d{2})?$/;

export function sentenceDates(doc: Doc): (string | null)[] {
  const sentences = layer(doc, 'sentences');
  const times = [...layer(doc, 'times')].sort((a, b) => a.start - b.start);
  const fallback = doc.meta.published.date ?? null;
  let t = 0;
  return sentences.map((s) => {
    while (t < times.length && times[t]!.start < s.start) t++;
    for (let i = t; i < times.length && times[i]!.start < s.end; i++) {
      const x = times[i]!;
      // A date after the publication date ("an invasion next month") is what the sentence looks ahead to, not
      // when its statement or figure stands: it does not date the sentence.
      if (x.type === 'DATE' && DAY_OR_MONTH.test(x.value) && !(fallback && x.value.slice(0, 10) > fallback.slice(0, x.value.length))) return x.value;
    }
    return fallback;
  });
}
