/**
 * Roles around a name and nominal mentions.
 *
 * - `roleBefore`: "Russian Foreign Minister | Sergei Lavrov", "Kremlin spokesman | Dmitry Peskov", "Mr. | Kirby";
 * - `roleAfter`: "Dmitry Kozak|, the Kremlin envoy", "Sergei Lavrov|, Russia's foreign minister";
 * - `findNominals`: "the Russian leader", "the Kremlin spokesman", "the senior Kremlin diplomat".
 * Words are found with a bounded pattern on a bounded window, never across a line break.
 */
import { lexicon, roleClasses } from './lexicon.js';
import { isAbbreviationEnd } from './names.js';

export interface Word {
  text: string;
  /** Lower case, final dot dropped, apostrophes unified. */
  norm: string;
  start: number;
  end: number;
}

export interface RoleFound {
  role: string | null;
  honorific: string | null;
  country: string | null;
  organisation: string | null;
  /** Where the role words (with their modifiers) stand. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]|\.(?=\p{L}))*\.?/gu;

function norm(w: string): string {
  let t = w.toLowerCase();
  if (t.includes('’')) t = t.replace(/’/g, "'");
  return t.endsWith('.') ? t.slice(0, -1) : t;
}

let lastWords: Set<string> | null = null;
/** Whether a word can end a title (the last word of a role, or an honorific). */
export function mayEndTitle(word: string): boolean {
  if (!lastWords) {
    roles();
    const lex = lexicon();
    lastWords = new Set<string>();
    for (const r of roleSet!) lastWords.add(r.split(' ').pop()!);
    for (const h of lex.honorifics) lastWords.add(norm(h));
  }
  return lastWords.has(norm(word));
}

export function wordsIn(text: string, from: number, to: number): Word[] {
  const slice = text.slice(from, to);
  const out: Word[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) {
    out.push({ text: m[0], norm: norm(m[0]), start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

let roleSet: Set<string> | null = null;
let roleMax = 1;
function roles(): Set<string> {
  if (roleSet) return roleSet;
  const lex = lexicon();
  roleSet = new Set<string>();
  for (const list of lex.roles.values()) {
    for (const words of list) {
      roleSet.add(words.map(norm).join(' '));
      roleMax = Math.max(roleMax, words.length);
    }
  }
  return roleSet;
}

/** Whether a phrase is a title and nothing else ("President", "Mr.", "Foreign Minister"). */
export function isTitle(phrase: string): boolean {
  const n = phrase.split(/\s+/).map(norm).join(' ');
  return roles().has(n) || lexicon().honorifics.has(n) || lexicon().honorifics.has(n + '.');
}

/** Longest role whose words end at index `i` (inclusive); returns its length in words or 0. */
function roleEndingAt(words: Word[], i: number, text: string): number {
  const set = roles();
  for (let k = Math.min(roleMax, i + 1); k >= 1; k--) {
    const span = words.slice(i - k + 1, i + 1);
    if (!spacesOnly(text, span)) continue;
    if (set.has(span.map((w) => w.norm).join(' '))) return k;
  }
  return 0;
}

/** Longest role whose words start at index `i`; returns its length in words or 0. */
function roleStartingAt(words: Word[], i: number, text: string): number {
  const set = roles();
  for (let k = Math.min(roleMax, words.length - i); k >= 1; k--) {
    const span = words.slice(i, i + k);
    if (!spacesOnly(text, span)) continue;
    if (set.has(span.map((w) => w.norm).join(' '))) return k;
  }
  return 0;
}

function spacesOnly(text: string, words: Word[]): boolean {
  for (let j = 1; j < words.length; j++) {
    if (!/^[ \t\u00a0]+$/.test(text.slice(words[j - 1]!.end, words[j]!.start))) return false;
  }
  return true;
}

const STOP = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'as', 'by', 'for', 'with', 'from', 'to', 'of', 'says', 'said', 'when', 'while', 'after', 'before', 'that', 'if', 'he', 'she', 'it', 'they', 'we', 'i']);

function isModifier(w: Word): boolean {
  const lex = lexicon();
  if (STOP.has(w.norm)) return false;
  if (lex.country.has(w.text.replace(/’/g, "'"))) return true;
  return /^\p{Lu}/u.test(w.text);
}

/** Country and organisation stated by modifier words ("Russian", "Kremlin", "White House National Security Council"). */
export function readModifiers(mods: Word[]): { country: string | null; organisation: string | null; others: string[] } {
  const lex = lexicon();
  let country: string | null = null;
  const orgWords: string[] = [];
  const others: string[] = [];
  for (let j = 0; j < mods.length; j++) {
    const w = mods[j]!;
    const two = j + 1 < mods.length ? `${w.text} ${mods[j + 1]!.text}` : null;
    const c2 = two ? lex.country.get(two) : undefined;
    if (c2) {
      country ??= c2;
      j++;
      continue;
    }
    const c = lex.country.get(w.text.replace(/’/g, "'"));
    if (c) {
      country ??= c;
      continue;
    }
    if (/^\p{Lu}/u.test(w.text)) orgWords.push(w.text);
    else others.push(w.norm);
  }
  const organisation = orgWords.length > 0 ? orgWords.join(' ') : null;
  if (organisation && !country) {
    for (const [org, c] of lex.organisations) {
      if (c && (organisation === org || organisation.startsWith(org + ' ') || organisation.endsWith(' ' + org))) {
        country = c;
        break;
      }
    }
  }
  return { country, organisation, others };
}

/** The role, honorific and modifiers that stand right before `pos` (same line, spaces only in between). */
export function roleBefore(text: string, pos: number, lineStart: number): RoleFound | null {
  const lex = lexicon();
  const words = wordsIn(text, Math.max(lineStart, pos - 110), pos);
  if (words.length === 0) return null;
  let i = words.length - 1;
  if (!/^[ \t\u00a0]*$/.test(text.slice(words[i]!.end, pos))) return null;
  let honorific: string | null = null;
  if (lex.honorifics.has(words[i]!.norm) || lex.honorifics.has(words[i]!.norm + '.')) {
    honorific = words[i]!.text;
    i--;
    if (i < 0 || !/^[ \t\u00a0]+$/.test(text.slice(words[i]!.end, words[i + 1]!.start))) {
      return { role: null, honorific, country: null, organisation: null, start: words[i + 1]!.start, end: words[i + 1]!.end };
    }
  }
  const k = roleEndingAt(words, i, text);
  if (k === 0) {
    if (!honorific) return null;
    const w = words[i + 1]!;
    return { role: null, honorific, country: null, organisation: null, start: w.start, end: w.end };
  }
  const roleWords = words.slice(i - k + 1, i + 1);
  let j = i - k;
  const mods: Word[] = [];
  while (
    j >= 0 &&
    mods.length < 6 &&
    /^[ \t\u00a0]+$/.test(text.slice(words[j]!.end, (mods[0] ?? roleWords[0]!).start)) &&
    isModifier(words[j]!) &&
    // "… President Vladimir Putin. Kremlin spokesman": a full stop ends the modifiers.
    !(words[j]!.text.endsWith('.') && !isAbbreviationEnd(words[j]!.text))
  ) {
    mods.unshift(words[j]!);
    j--;
  }
  const { country, organisation } = readModifiers(mods);
  return {
    role: roleText(roleWords),
    honorific,
    country,
    organisation,
    start: (mods[0] ?? roleWords[0]!).start,
    end: words[words.length - 1]!.end,
  };
}

/** An appositive role right after `pos`: ", the Kremlin envoy", ", Russia's foreign minister". */
export function roleAfter(text: string, pos: number, lineEnd: number): RoleFound | null {
  const tail = text.slice(pos, Math.min(lineEnd, pos + 3));
  if (!/^,\s/.test(tail)) return null;
  const words = wordsIn(text, pos, Math.min(lineEnd, pos + 140));
  let i = 0;
  if (i < words.length && ['the', 'a', 'an'].includes(words[i]!.norm)) i++;
  const mods: Word[] = [];
  const lex = lexicon();
  for (let j = i; j < words.length && j < i + 7; j++) {
    if (j > i && !/^[ \t\u00a0]+$/.test(text.slice(words[j - 1]!.end, words[j]!.start))) return null;
    const k = roleStartingAt(words, j, text);
    if (k > 0) {
      const roleWords = words.slice(j, j + k);
      const next = words[j + k];
      // "…, the Kremlin envoy Dmitry Kozak" names someone else.
      const lastWord = roleWords[k - 1]!.text;
      const sentenceEnds = lastWord.endsWith('.') && !isAbbreviationEnd(lastWord);
      if (!sentenceEnds && next && /^\p{Lu}/u.test(next.text) && /^[ \t\u00a0]+$/.test(text.slice(roleWords[k - 1]!.end, next.start))) {
        if (!['of'].includes(next.norm)) return null;
      }
      const { country, organisation } = readModifiers(mods);
      return {
        role: roleText(roleWords),
        honorific: null,
        country,
        organisation,
        start: (mods[0] ?? roleWords[0]!).start,
        end: roleWords[k - 1]!.end,
      };
    }
    const w = words[j]!;
    if (isModifier(w) || lex.nominalModifiers.has(w.norm)) mods.push(w);
    else return null;
  }
  return null;
}

/** The words of a role, a sentence's full stop left off ("envoy." → "envoy", "Gen." stays). */
function roleText(words: Word[]): string {
  const t = words.map((w) => w.text).join(' ');
  return t.endsWith('.') && !isAbbreviationEnd(t) ? t.slice(0, -1) : t;
}

export interface Nominal {
  start: number;
  end: number;
  text: string;
  head: string;
  country: string | null;
  organisation: string | null;
}

let nominalSet: Set<string> | null = null;
let nominalMax = 1;
function nominalHeads(): Set<string> {
  if (nominalSet) return nominalSet;
  nominalSet = new Set(lexicon().nominalHeads.map((h) => h.join(' ')));
  nominalMax = Math.max(...lexicon().nominalHeads.map((h) => h.length));
  return nominalSet;
}

/** "the [modifiers] head" phrases not followed by a name. */
export function findNominals(text: string): Nominal[] {
  const heads = nominalHeads();
  const lex = lexicon();
  const out: Nominal[] = [];
  const re = /\b[Tt]he[ \t\u00a0]+/g;
  let m: RegExpExecArray | null;
  const firstWords = new Set<string>([...lex.nominalModifiers, ...lexicon().nominalHeads.map((h) => h[0]!)]);
  while ((m = re.exec(text)) !== null) {
    const from = m.index + m[0].length;
    // Cheap test first: the next word must be capitalised, a modifier or the start of a head.
    const c = text.charCodeAt(from);
    if (!(c >= 65 && c <= 90) && !/^\p{Lu}/u.test(text[from] ?? '')) {
      const next = /^[a-z-]+/.exec(text.slice(from, from + 20));
      if (!next || !firstWords.has(next[0])) continue;
    }
    const nl = text.indexOf('\n', from);
    const words = wordsIn(text, from, Math.min(nl < 0 ? text.length : nl, from + 90));
    const mods: Word[] = [];
    for (let j = 0; j < words.length && j < 6; j++) {
      if (j > 0 && !/^[ \t\u00a0]+$/.test(text.slice(words[j - 1]!.end, words[j]!.start))) break;
      let k = 0;
      for (let n = Math.min(nominalMax, words.length - j); n >= 1; n--) {
        const span = words.slice(j, j + n);
        const last = span[n - 1]!.norm.replace(/'s$/, '');
        if (heads.has([...span.slice(0, -1).map((w) => w.norm), last].join(' ')) && spacesOnly(text, span)) {
          k = n;
          break;
        }
      }
      if (k > 0) {
        const headWords = words.slice(j, j + k);
        const next = words[j + k];
        const gap = next ? text.slice(headWords[k - 1]!.end, next.start) : '';
        // "the Kremlin spokesman Dmitry Peskov": a titled name, not a nominal; "the head of …": not handled.
        if (next && /^[ \t\u00a0]+$/.test(gap) && (/^\p{Lu}/u.test(next.text) || next.norm === 'of')) break;
        const { country, organisation } = readModifiers(mods.filter((w) => !lex.nominalModifiers.has(w.norm)));
        let end = headWords[k - 1]!.end;
        const endText = text.slice(m.index, end);
        if (/'s$|’s$/.test(endText)) end -= 2;
        out.push({
          start: m.index,
          end,
          text: text.slice(m.index, end),
          head: headWords.map((w) => w.norm.replace(/'s$/, '')).join(' '),
          country,
          organisation,
        });
        break;
      }
      const w = words[j]!;
      if (lex.nominalModifiers.has(w.norm) || isModifier(w)) mods.push(w);
      else break;
    }
  }
  return out;
}

/** Whether a nominal ("the Russian leader") fits a person's role, country and organisation. */
export function nominalFits(n: Nominal, attrs: { role?: string; organisation?: string; country?: string }): boolean {
  if (!attrs.role) return false;
  // "the top UN official": anyone with a role in the organisation named; "the official" alone fits no one.
  if (n.head === 'official') {
    if (!n.organisation) return false;
  } else {
    const classes = roleClasses(attrs.role);
    const headClasses = roleClasses(n.head);
    if (!headClasses.some((h) => classes.includes(h))) return false;
  }
  if (n.country && attrs.country !== n.country) return false;
  if (n.organisation) {
    const org = attrs.organisation ?? '';
    const orgCountry = lexicon().organisations.get(n.organisation) ?? null;
    const fitsOrg = org === n.organisation || org.split(' ').includes(n.organisation);
    const fitsCountry = orgCountry !== null && orgCountry === attrs.country;
    // "the White House official": an official of that body, not anyone of its country (the president).
    if (!fitsOrg && (!fitsCountry || n.head === 'official')) return false;
  }
  return true;
}
