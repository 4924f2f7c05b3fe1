/**
 * The gender a given name points to, from `given-names.json` (names used almost only for women or only for
 * men in this news; names used for both are left out). Used to rule out a speaker for "he" or "she", never
 * to assign one.
 */
import names from './given-names.json' with { type: 'json' };

export type Gender = 'female' | 'male';

let table: Map<string, Gender> | null = null;

function load(): Map<string, Gender> {
  const m = new Map<string, Gender>();
  for (const n of names.female) m.set(n.toLowerCase(), 'female');
  for (const n of names.male) m.set(n.toLowerCase(), 'male');
  return m;
}

/** Gender of a person's full name by its first word ("Maria Shcherbenko" → female), or null when unknown. */
export function genderOfName(name: string): Gender | null {
  table ??= load();
  const first = name.trim().split(/\s+/)[0];
  if (!first) return null;
  return table.get(first.toLowerCase()) ?? null;
}

/** Gender a pronoun asks for ("she" → female), or null. */
export function genderOfPronoun(word: string): Gender | null {
  const w = word.toLowerCase();
  if (w === 'she' || w === 'her' || w === 'hers' || w === 'herself') return 'female';
  if (w === 'he' || w === 'him' || w === 'his' || w === 'himself') return 'male';
  return null;
}

/** Whether a word is a given name of the table ("Dmitry"), in any case. */
export function isGivenName(word: string): boolean {
  table ??= load();
  return table.has(word.toLowerCase());
}
