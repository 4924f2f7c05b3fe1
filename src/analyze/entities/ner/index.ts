/**
 * Named-entity recogniser: an averaged-perceptron BILOU tagger trained on CoNLL-2003 English
 * (scripts/train-ner.ts), followed by a few named rules (rules.ts).
 *
 * `recognize` tags one sentence of tokens; `mentionsStage` fills `doc.layers.mentions` from the
 * sentences and tokens layers. The model is read once, on first use, from `models/ner/` at the
 * repository root (found by walking up from this module, so it works from the sources and from
 * the build output).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Doc, EntityMention, EntityType, Token } from '../../../doc/types.js';
import { layer, type Stage } from '../../../pipeline/stage.js';
import { documentCasing, type History } from './features.js';
import type { LinearModel } from './model.js';
import { applyRules, type RawSpan } from './rules.js';
import { mayEndTitle } from '../resolve/roles.js';
import { isGivenName } from '../resolve/given-names.js';
import { loadModel } from './store.js';

export interface RecognizedSpan {
  /** First token index. */
  start: number;
  /** Token index after the last one (exclusive). */
  end: number;
  type: EntityType;
}

const TYPE_OF: Record<string, EntityType> = { PER: 'PERSON', LOC: 'PLACE', ORG: 'ORG', MISC: 'OTHER' };

let model: LinearModel | null = null;
let modelDirOverride: string | null = null;

/** The folder holding the model files: `models/ner` in the nearest ancestor folder that has one. */
export function findModelDir(): string {
  if (modelDirOverride) return modelDirOverride;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'models', 'ner');
    if (existsSync(join(candidate, 'weights.tsv.gz'))) return candidate;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error('ner: model files not found (models/ner/weights.tsv.gz)');
}

/** Use the model in `dir` instead of the bundled one (for training experiments and tests). */
export function useModelDir(dir: string | null): void {
  modelDirOverride = dir;
  model = null;
}

export function getModel(): LinearModel {
  if (!model) model = loadModel(findModelDir());
  return model;
}

/** Spans with CoNLL types (PER, LOC, ORG, MISC), after the rules. */
export function recognizeRaw(words: readonly string[], context?: DocumentContext): RawSpan[] {
  if (words.length === 0) return [];
  return applyRules(words, getModel().decode(words, context?.casing, context?.history));
}

/** What the recogniser knows of a sentence's document: how its words are written elsewhere in it. */
export interface DocumentContext {
  casing: Map<string, string>;
  /** Tags given to the document's sentences so far; recognising a sentence adds to it. */
  history: History;
}

/** Context of a document given as sentences of tokens (words). */
export function documentContext(sentences: readonly (readonly string[])[]): DocumentContext {
  return { casing: documentCasing(sentences), history: new Map() };
}

/**
 * Named entities of one sentence: token spans (end exclusive) with their types. Pass the
 * document's context (`documentContext`) when the sentence is part of a longer text, and give
 * the sentences in text order.
 */
export function recognize(tokens: readonly { text: string }[], context?: DocumentContext): RecognizedSpan[] {
  const words = tokens.map((t) => t.text);
  return recognizeRaw(words, context).map((s) => ({ start: s.start, end: s.end, type: TYPE_OF[s.type] ?? 'OTHER' }));
}

/** A run of tokens read as one word by the recogniser. */
interface Word {
  text: string;
  start: number;
  end: number;
}

const WORDLIKE = /^[\p{L}\p{N}]/u;

/**
 * Words as the CoNLL data writes them: tokens glued by a hyphen without spaces ("Jean", "-", "Claude")
 * become one word ("Jean-Claude", "Strack-Zimmermann", "Baden-Baden", "U.S.-led").
 */
export function hyphenWords(toks: readonly { text: string; start: number; end: number }[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    let word: Word = { text: t.text, start: t.start, end: t.end };
    while (
      i + 2 < toks.length &&
      toks[i + 1]!.text === '-' &&
      toks[i + 1]!.start === word.end &&
      toks[i + 2]!.start === toks[i + 1]!.end &&
      WORDLIKE.test(toks[i + 2]!.text) &&
      /[\p{L}\p{N}.]$/u.test(word.text)
    ) {
      word = { text: `${word.text}-${toks[i + 2]!.text}`, start: word.start, end: toks[i + 2]!.end };
      i += 2;
    }
    out.push(word);
  }
  return out;
}

/** Lower-case words that scraping glues to the word before ("Viennaover the crisis"). */
const GLUED_SUFFIXES = ['over', 'and', 'the', 'for', 'from', 'with', 'into', 'amid', 'after', 'before', 'during', 'said', 'says', 'that', 'which', 'where'];
const MONTH_OR_DAY = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=\p{Lu}\p{Ll})/u;

/**
 * Words that lost the space between them in the source ("Viennaover", "FebruaryWhite") are read as two words,
 * so that neither is taken for a name: a capitalised word the word clusters know followed by a lower-case
 * function word, or a month or weekday followed by a capitalised word. A word the clusters know ("Hanover",
 * "Cleveland") stays whole.
 */
export function unglueWords(words: readonly Word[], known: (lower: string) => boolean): Word[] {
  let out: Word[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const parts = unglue(w.text, known);
    if (parts && !out) out = words.slice(0, i);
    if (!out) continue;
    if (!parts) {
      out.push(w);
      continue;
    }
    out.push({ text: parts[0], start: w.start, end: w.start + parts[0].length });
    out.push({ text: parts[1], start: w.start + parts[0].length, end: w.end });
  }
  return out ?? (words as Word[]);
}

function unglue(word: string, known: (lower: string) => boolean): [string, string] | null {
  if (word.length < 6 || !/^\p{Lu}/u.test(word)) return null;
  const month = MONTH_OR_DAY.exec(word);
  if (month && /^\p{Lu}\p{Ll}+$/u.test(word.slice(month[0].length))) return [month[0], word.slice(month[0].length)];
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || known(word.toLowerCase())) return null;
  for (const suffix of GLUED_SUFFIXES) {
    if (word.length - suffix.length < 3 || !word.endsWith(suffix)) continue;
    const head = word.slice(0, -suffix.length);
    if (known(head.toLowerCase())) return [head, suffix];
  }
  return null;
}

/** Title words that also begin or stand inside names of organisations and places: never a cut point. */
const NOT_A_CUT = new Set(['general', 'king', 'queen', 'prince', 'princess', 'lord', 'lady', 'sir', 'dame', 'pope', 'saint', 'st', 'mr', 'mrs', 'ms', 'dr', 'miss']);

/**
 * "House Appropriations Chairwoman Rosa | DeLauro": a span of another type that holds a title followed by
 * capitalised words is cut after the title; the words after it are a person (joined to a person span
 * that follows at once). The title stays outside every span, as elsewhere.
 */
export function cutAfterTitles(words: readonly string[], spans: RawSpan[]): RawSpan[] {
  const out: RawSpan[] = [];
  for (const s of spans) {
    // "Under Secretary of | State Victoria Nuland": the span opens with the last word of a title begun before it.
    if (
      s.type !== 'PER' &&
      s.end - s.start >= 2 &&
      s.end - s.start <= 4 &&
      s.start >= 2 &&
      words[s.start - 1]!.toLowerCase() === 'of' &&
      mayEndTitle(`${words[s.start - 2]} of ${words[s.start]}`.split(' ').pop()!) &&
      mayEndTitle(words[s.start - 2]!) &&
      words.slice(s.start + 1, s.end).every((w) => /^\p{Lu}\p{Ll}/u.test(w))
    ) {
      out.push({ start: s.start + 1, end: s.end, type: 'PER' });
      continue;
    }
    if (s.type === 'PER' || s.end - s.start < 3) {
      out.push(s);
      continue;
    }
    let cut = -1;
    for (let i = s.end - 2; i > s.start; i--) {
      const w = words[i]!;
      if (NOT_A_CUT.has(w.toLowerCase().replace(/\.$/, ''))) continue;
      if (mayEndTitle(w)) {
        cut = i;
        break;
      }
    }
    const after = cut >= 0 ? words.slice(cut + 1, s.end) : [];
    if (cut < 0 || after.length > 3 || !after.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) {
      out.push(s);
      continue;
    }
    out.push({ start: s.start, end: cut, type: s.type });
    out.push({ start: cut + 1, end: s.end, type: 'PER' });
  }
  // Join a person cut off this way to a person span that follows at once ("Rosa" + "DeLauro").
  const joined: RawSpan[] = [];
  for (const s of out) {
    const prev = joined[joined.length - 1];
    if (prev && prev.type === 'PER' && s.type === 'PER' && prev.end === s.start) prev.end = s.end;
    else joined.push({ ...s });
  }
  return joined;
}

const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'mme', 'mme.']);
const FUNCTION_WORDS = new Set('The A An And But Or In On At Of For To From With By As It He She We They You I This That These Those There Here If When'.split(' '));

/**
 * "Ms Price uses …": capitalised words right after an honorific are a person, when the recogniser left them
 * out or gave them another type (at most three words; the honorific stays outside the span).
 */
/**
 * "the United Nations Dmitry Polyansky": a span of another type that ends in a known given name and a surname
 * ("Permanent Representative to the United Nations Dmitry Polyansky") is split: the organisation, then the person.
 */
export function splitGluedPersons(words: readonly string[], spans: RawSpan[]): RawSpan[] {
  const out: RawSpan[] = [];
  for (const s of spans) {
    if (s.type !== 'PER' && s.end - s.start >= 3) {
      const k = s.end - 2 >= s.start + 1 && isGivenName(words[s.end - 2]!) ? s.end - 2 : s.end - 3 >= s.start + 1 && isGivenName(words[s.end - 3]!) ? s.end - 3 : -1;
      if (k > 0 && words.slice(k, s.end).every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !ORG_LAST_WORDS.test(words[s.end - 1]!) && !/^(?:of|and|the|for|de)$/i.test(words[k - 1]!)) {
        out.push({ start: s.start, end: k, type: s.type }, { start: k, end: s.end, type: 'PER' });
        continue;
      }
    }
    out.push(s);
  }
  return out;
}
const ORG_LAST_WORDS = /^(?:University|College|Hospital|Foundation|Institute|Center|Centre|School|Fund|Group|Company|Bank|Street|Square|Airport|Station|Bridge|Park|Church|Cathedral|Prize|Award|Cup|Trust|Society|Association)$/;

/**
 * "Yulia and Tatiana", "Belper resident Sarah Jones": a name of one to three capitalised words opening with a known
 * given name is a person, whatever type the model gave it; not a body named after a person ("Anna Lindh Foundation").
 */
export function givenNamePersons(words: readonly string[], spans: RawSpan[]): RawSpan[] {
  return spans.map((s) => {
    // "Washington, D.C. Jane Harman, a former …": a place abbreviation ending a sentence the splitter did not end, run
    // into the name after it.
    if (s.type === 'PER' && s.end - s.start >= 3 && /^(?:\p{Lu}\.){2,3}$/u.test(words[s.start]!) && isGivenName(words[s.start + 1]!)) return { ...s, start: s.start + 1 };
    // "Roscosmos Yuri Borisov": a name of a body run into the given name after it.
    if (s.type === 'PER' && s.end - s.start >= 3 && !isGivenName(words[s.start]!) && isGivenName(words[s.start + 1]!) && /^\p{Lu}\p{Ll}+$/u.test(words[s.start]!)) return { ...s, start: s.start + 1 };
    if (s.type === 'PER' || s.end - s.start > 3 || !isGivenName(words[s.start]!)) return s;
    const ws = words.slice(s.start, s.end);
    if (!ws.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) || ORG_LAST_WORDS.test(ws[ws.length - 1]!) || /^(?:of|&)$/i.test(words[s.end] ?? '')) return s;
    return { ...s, type: 'PER' };
  });
}

export function honorificNames(words: readonly string[], spans: RawSpan[]): RawSpan[] {
  const out = spans.map((s) => ({ ...s }));
  for (let i = 0; i + 1 < words.length; i++) {
    if (!HONORIFICS.has(words[i]!.toLowerCase()) || !/^\p{Lu}\p{Ll}/u.test(words[i + 1]!) || FUNCTION_WORDS.has(words[i + 1]!)) continue;
    if (out.some((s) => s.start <= i && i < s.end)) continue;
    const at = out.find((s) => s.start === i + 1);
    if (at) {
      at.type = 'PER';
      continue;
    }
    if (out.some((s) => s.start <= i + 1 && i + 1 < s.end)) continue;
    let j = i + 1;
    while (j < words.length && j - i <= 3 && /^\p{Lu}\p{Ll}/u.test(words[j]!) && !out.some((s) => s.start === j)) j++;
    out.push({ start: i + 1, end: j, type: 'PER' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Mentions of one document, from its tokens grouped by sentence. */
export function recognizeDoc(text: string, tokens: readonly Token[]): EntityMention[] {
  const mentions: EntityMention[] = [];
  const groups: Word[][] = [];
  const { clusters, casing } = getModel().resources;
  const known = (lower: string) => clusters?.has(lower) ?? true;
  let i = 0;
  while (i < tokens.length) {
    const sentence = tokens[i]!.sentence;
    let j = i;
    while (j < tokens.length && tokens[j]!.sentence === sentence) j++;
    groups.push(unglueWords(hyphenWords(tokens.slice(i, j)), known));
    i = j;
  }
  const context = documentContext(groups.map((g) => g.map((t) => t.text)));
  for (const ws of groups) {
    const words = ws.map((w) => w.text);
    for (const s of givenNamePersons(words, honorificNames(words, splitGluedPersons(words, cutAfterTitles(words, recognizeRaw(words, context)))))) {
      // "Russia: Little room for optimism": a word written in lower case almost everywhere, capitalised only
      // because it opens a sentence or a headline's clause, is no one's name.
      if (s.type === 'PER' && s.end - s.start === 1 && (s.start === 0 || /^[:"“‘'(—–-]$/.test(words[s.start - 1]!)) && casing?.get(words[s.start]!.toLowerCase()) === 'low+') continue;
      const start = ws[s.start]!.start;
      const end = ws[s.end - 1]!.end;
      mentions.push({ start, end, type: TYPE_OF[s.type] ?? 'OTHER', text: text.slice(start, end), source: 'ner/perceptron' });
    }
  }
  return mentions;
}

export const mentionsStage: Stage = {
  name: 'ner',
  needs: ['sentences', 'tokens'],
  adds: ['mentions'],
  run(doc: Doc) {
    doc.layers.mentions = recognizeDoc(doc.text, layer(doc, 'tokens'));
  },
};
