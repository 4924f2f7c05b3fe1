/**
 * Name forms: possessives, spacing, person name parts, and the transliteration-folding key
 * that makes "Zelenskyy", "Zelenskiy" and "Zelensky" (or "Dmytro" and "Dmitro") one key.
 * Used by in-document resolution and by corpus-wide identities.
 */

const normCache = new Map<string, string>();
const foldNameCache = new Map<string, string>();

/** Collapse white space, unify apostrophes, drop brackets and double quotes, trim. */
export function normaliseName(s: string): string {
  const hit = normCache.get(s);
  if (hit !== undefined) return hit;
  const n = computeNormal(s);
  if (normCache.size >= 200_000) normCache.clear();
  normCache.set(s, n);
  return n;
}

function computeNormal(s: string): string {
  let t = s
    .replace(/[\u2019\u2018\u02bc`´]/g, "'")
    .replace(/["“”„«»[\](){}]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s'.,;:!?-]+/, '')
    .replace(/[\s',;:!?-]+$/, '');
  if (t.endsWith('.') && !isAbbreviationEnd(t)) t = t.slice(0, -1).replace(/[\s',;:!?-]+$/, '');
  return t;
}

/** "U.S.", "Jr.", "Inc." end in a dot that belongs to the name. */
export function isAbbreviationEnd(s: string): boolean {
  return /(?:^|[\s.])\p{L}{1,3}\.$/u.test(s);
}

/** "Biden's" → "Biden", "Reuters'" stays "Reuters'"→"Reuters", "Moscow's" → "Moscow". No-apostrophe forms are not touched here. */
export function stripPossessive(s: string): string {
  const m = /^(.*\S)'s?$/.exec(s);
  return m ? m[1]! : s;
}

/** Particles that belong to the surname ("von der Leyen", "bin Salman"). */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'st.', 'ter']);

export interface PersonParts {
  /** Words of the name, initials ("R.") removed. */
  words: string[];
  /** First given name, or null for a one-word name. */
  first: string | null;
  /** Surname with its particles ("von der Leyen"). */
  surname: string;
}

const partsCache = new Map<string, PersonParts>();
const foldCache = new Map<string, string>();
const CACHE_MAX = 200_000;

export function personParts(name: string): PersonParts {
  const hit = partsCache.get(name);
  if (hit) return hit;
  const parts = computeParts(name);
  if (partsCache.size >= CACHE_MAX) partsCache.clear();
  partsCache.set(name, parts);
  return parts;
}

function computeParts(name: string): PersonParts {
  const all = normaliseName(name).split(' ').filter((w) => w.length > 0);
  const words = all.length > 1 ? all.filter((w) => !/^\p{Lu}\.$/u.test(w)) : all;
  if (words.length === 0) return { words: all, first: null, surname: all.join(' ') };
  let s = words.length - 1;
  // "Lisa de Rijk" → surname "de Rijk"; "de Rijk" alone (a lower-case particle first) is a surname only.
  while (s > 0 && PARTICLES.has(words[s - 1]!.toLowerCase()) && (s > 1 || /^\p{Ll}/u.test(words[0]!))) s--;
  const surname = words.slice(s).join(' ');
  const first = s > 0 ? words[0]! : null;
  return { words, first, surname };
}

/**
 * Transliteration-folding key of one word: lower case, no diacritics, letters and digits only, then
 * x→ks, ph→f, th→t, w→v, kh→h, tch/tsch→ch, ts/tz→c, z→s, y→i, j→i (not as first letter), "ye"/"ya"/"yu" at the start → e/a/u,
 * vowel+"ie" → vowel+"e", double letters single, final "-off" → "-ov".
 */
export function foldWord(word: string): string {
  const hit = foldCache.get(word);
  if (hit !== undefined) return hit;
  const folded = computeFold(word);
  if (foldCache.size >= CACHE_MAX) foldCache.clear();
  foldCache.set(word, folded);
  return folded;
}

function computeFold(word: string): string {
  let t = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  t = t.replace(/ß/g, 'ss').replace(/[^a-z0-9]/g, '');
  if (t.length === 0) return word.toLowerCase().replace(/[\s'.-]/g, '');
  t = t
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/w/g, 'v')
    .replace(/kh/g, 'h')
    .replace(/ts?ch/g, 'ch')
    .replace(/t[sz]/g, 'c')
    .replace(/z/g, 's')
    .replace(/(?!^)j/g, 'i')
    .replace(/y/g, 'i')
    .replace(/^i([eau])(?=..)/, '$1')
    .replace(/([aeiou])ie/g, '$1e')
    .replace(/(.)\1+/g, '$1')
    .replace(/of$/, 'ov');
  return t;
}

/** Folding key of a whole name: words folded, leading "the" dropped, joined by one space. */
export function foldName(name: string): string {
  const hit = foldNameCache.get(name);
  if (hit !== undefined) return hit;
  const folded = computeFoldName(name);
  if (foldNameCache.size >= 200_000) foldNameCache.clear();
  foldNameCache.set(name, folded);
  return folded;
}

function computeFoldName(name: string): string {
  const words = normaliseName(name)
    .split(' ')
    .filter((w) => w.length > 0);
  if (words.length > 1 && words[0]!.toLowerCase() === 'the') words.shift();
  return words
    .map(foldWord)
    .filter((w) => w.length > 0)
    .join(' ');
}

/** Consonant skeleton of a folded key: vowels out ("kiselev" and "kisilev" → "kslv"); used to block candidates. */
export function skeleton(folded: string): string {
  const s = folded.replace(/[aeiou ]/g, '').replace(/(.)\1+/g, '$1');
  return s.length > 0 ? s : folded;
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Edit distance allowed between two folded words of this length (0 below 5 letters). */
export function allowedEdits(len: number): number {
  if (len >= 8) return 2;
  if (len >= 5) return 1;
  return 0;
}

/**
 * Words that name a kind of institution ("Union", "Department", "College"). Alone, such a word is never a person
 * (the resolver retypes it) and is nobody's surname (the identity index joins it to no one).
 */
const INSTITUTION_WORDS = new Set(
  ('union college university council committee commission party institute school bank fund group agency ministry ' +
    'department office service dynamics systems foundation center centre association federation republic kingdom ' +
    'assembly court army navy force forces guard press post times news company corporation alliance league club ' +
    'church hospital parliament senate congress government administration embassy').split(' '),
);

export function isInstitutionWord(word: string): boolean {
  return INSTITUTION_WORDS.has(word.toLowerCase());
}
