/**
 * Language of the clean text, with eld (the static "small" database: synchronous, loaded once).
 * Too little text gives null rather than a guess.
 */
import { eld } from 'eld/small';

/** Fewest letters a text needs before a language is given. */
export const MIN_LETTERS = 40;

export function detectLanguage(text: string): string | null {
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const letters = sample.match(/\p{L}/gu);
  if (!letters || letters.length < MIN_LETTERS) return null;
  const lang = eld.detect(sample).language;
  return lang ? lang : null;
}
