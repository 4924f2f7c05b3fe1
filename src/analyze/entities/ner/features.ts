/**
 * Features of the named-entity recogniser.
 *
 * Everything here is computed from the token texts alone (no part-of-speech tags), so training on
 * CoNLL-2003 and running on wink-nlp tokens of real articles see the same kind of input. A
 * feature is a short string; the model maps it to a row of weights.
 *
 * Static features depend on the words only and are computed once per token; the few features
 * that look at the tags already chosen (`dynamicFeatures`) are added during decoding.
 */

/** Word-level resources learnt or written beside the model (all optional). */
export interface Resources {
  /** Word (as written, and lowercased) -> cluster path, e.g. `0110100`. */
  clusters?: Map<string, string>;
  /** Lowercased word -> bucket of how often it is capitalised mid-sentence in unlabelled text. */
  casing?: Map<string, string>;
  /** Lowercased phrase (words joined by one space) -> gazetteer labels, e.g. `['PER-first', 'LOC']`. */
  gazetteer?: Map<string, string[]>;
  /** Longest gazetteer phrase, in words. */
  gazetteerMaxLen?: number;
  /** First words of the gazetteer's phrases of two words or more. */
  gazetteerHeads?: Set<string>;
}

/** Normalise typographic variants so that article tokens look like CoNLL tokens. */
export function normalizeToken(text: string): string {
  let t = text;
  if (/[\u2018\u2019\u201a\u201b\u2032]/.test(t)) t = t.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'");
  if (/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/.test(t)) t = t.replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"');
  if (/[\u2013\u2014]/.test(t)) t = t.replace(/[\u2013\u2014]/g, '-');
  return t;
}

/** Word shape with runs collapsed: `Peskov` -> `Xx`, `U.S.` -> `X.X.`, `1996-08-22` -> `d-d-d`. */
export function shapeOf(word: string): string {
  let out = '';
  let last = '';
  const n = Math.min(word.length, 24);
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    let s: string;
    if (c >= 65 && c <= 90) s = 'X';
    else if (c >= 97 && c <= 122) s = 'x';
    else if (c >= 48 && c <= 57) s = 'd';
    else {
      const ch = word[i]!;
      if (ch.toLowerCase() !== ch) s = 'X';
      else if (ch.toUpperCase() !== ch) s = 'x';
      else s = ch;
    }
    if (s !== last) out += s;
    last = s;
  }
  return out;
}

function isUpperInitial(word: string): boolean {
  const ch = word[0];
  return ch !== undefined && ch.toLowerCase() !== ch;
}

function isAllCaps(word: string): boolean {
  return word.toUpperCase() === word && word.toLowerCase() !== word;
}

/** Per-sentence view of tokens used by the feature functions. */
export interface SentenceView {
  words: string[];
  lower: string[];
  shapes: string[];
  /** The sentence is a headline in capitals (most letters upper case). */
  capsLine: boolean;
  gaz: string[][];
  /** Cluster path of each word, if it has one. */
  clusters: (string | undefined)[];
  /** Casing of each word elsewhere in the document (see `documentCasing`), when known. */
  docCase?: Map<string, string>;
}

function capsLineOf(words: readonly string[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const w of words) {
    if (/[A-Za-z]/.test(w)) {
      letters++;
      if (isAllCaps(w)) upper++;
    }
  }
  return letters >= 2 && upper / letters > 0.6;
}

const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', '"', "'", '(', '-', '[']);

/**
 * How each word (lowercased) is written inside sentences of the document, outside headlines in
 * capitals: `U` always with a capital, `l` always lower case, `Ul` both.
 */
export function documentCasing(sentences: readonly (readonly string[])[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of sentences) {
    const words = raw.map(normalizeToken);
    if (capsLineOf(words)) continue;
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!;
      const c = w[0]!;
      if (c.toLowerCase() === c.toUpperCase()) continue;
      if (SENTENCE_OPENERS.has(words[i - 1]!)) continue;
      const mark = c !== c.toLowerCase() ? 'U' : 'l';
      const l = w.toLowerCase();
      const prev = out.get(l);
      if (prev === undefined) out.set(l, mark);
      else if (prev !== mark && prev !== 'Ul') out.set(l, 'Ul');
    }
  }
  return out;
}

function gazetteerTags(lower: string[], res: Resources): string[][] {
  const out: string[][] = lower.map(() => []);
  const gaz = res.gazetteer;
  if (!gaz) return out;
  const maxLen = res.gazetteerMaxLen ?? 4;
  for (let i = 0; i < lower.length; i++) {
    let phrase = '';
    const longest = res.gazetteerHeads && !res.gazetteerHeads.has(lower[i]!) ? 1 : maxLen;
    for (let len = 1; len <= longest && i + len <= lower.length; len++) {
      phrase = len === 1 ? lower[i]! : `${phrase} ${lower[i + len - 1]!}`;
      const labels = gaz.get(phrase);
      if (!labels) continue;
      for (const label of labels) {
        if (len === 1) out[i]!.push(`U-${label}`);
        else {
          out[i]!.push(`B-${label}`);
          for (let k = i + 1; k < i + len - 1; k++) out[k]!.push(`I-${label}`);
          out[i + len - 1]!.push(`L-${label}`);
        }
      }
    }
  }
  return out;
}

export function viewOf(tokens: readonly string[], res: Resources, docCase?: Map<string, string>): SentenceView {
  const words = tokens.map(normalizeToken);
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shapeOf);
  const capsLine = capsLineOf(words);
  const clusters = lower.map((l) => clusterOf(res, l, l));
  const view: SentenceView = { words, lower, shapes, capsLine, gaz: gazetteerTags(lower, res), clusters };
  if (docCase) view.docCase = docCase;
  return view;
}

function at(arr: string[], i: number, end: string[]): string {
  if (i < 0) return i === -1 ? '<s>' : '<s2>';
  if (i >= arr.length) return i === arr.length ? end[0]! : end[1]!;
  return arr[i]!;
}
const END = ['</s>', '</s2>'];

/** Cluster path of a word (clusters are of lowercased words). */
function clusterOf(res: Resources, _word: string, lower: string): string | undefined {
  return res.clusters?.get(lower);
}

/** Features of token `i` that do not depend on tags already chosen. */
export function staticFeatures(v: SentenceView, i: number, res: Resources): string[] {
  return [...wordFeatures(v.words[i]!, v.lower[i]!, v.shapes[i]!, v.capsLine, res), ...contextFeatures(v, i, res)];
}

/** Features of a word by itself (the same wherever it stands), so their scores can be cached. */
export function wordFeatures(w: string, l: string, s: string, capsLine: boolean, res: Resources): string[] {
  const f: string[] = ['b'];
  const caps = capsLine ? 'C' : 'c';
  f.push(`w=${l}`);
  if (w !== l) f.push(`W=${w}`);
  f.push(`s=${s}`, `s=${s}|${caps}`);
  const n = l.length;
  for (let k = 1; k <= 4 && k < n; k++) {
    f.push(`p${k}=${l.slice(0, k)}`, `x${k}=${l.slice(n - k)}`);
  }
  f.push(`len=${n > 12 ? 12 : n}|${isUpperInitial(w) ? 'U' : 'l'}`);
  if (w.includes('-')) f.push('hyph');
  const c0 = clusterOf(res, w, l);
  if (c0 !== undefined) {
    f.push(`c4=${c0.slice(0, 4)}`, `c8=${c0.slice(0, 8)}`, `c12=${c0.slice(0, 12)}`, `c=${c0}`);
    f.push(`c=${c0}|${caps}`);
  } else f.push('c=none');
  if (res.casing) {
    const b = res.casing.get(l) ?? 'unk';
    f.push(`k=${b}`, `k=${b}|${s}|${caps}`);
  }
  return f;
}

/** Features of token `i` that look at its neighbours, its place and its document. */
export function contextFeatures(v: SentenceView, i: number, res: Resources): string[] {
  const f: string[] = [];
  const w = v.words[i]!;
  const l = v.lower[i]!;
  const s = v.shapes[i]!;
  const lm1 = at(v.lower, i - 1, END);
  const lp1 = at(v.lower, i + 1, END);
  const lm2 = at(v.lower, i - 2, END);
  const lp2 = at(v.lower, i + 2, END);
  f.push(`w-1=${lm1}`, `w+1=${lp1}`, `w-2=${lm2}`, `w+2=${lp2}`);
  f.push(`w-1w=${lm1}|${l}`, `ww+1=${l}|${lp1}`);
  const sm1 = at(v.shapes, i - 1, END);
  const sp1 = at(v.shapes, i + 1, END);
  f.push(`s-1=${sm1}`, `s+1=${sp1}`, `s-1s+1=${sm1}|${s}|${sp1}`);
  f.push(`w-1s=${lm1}|${s}`, `sw+1=${s}|${lp1}`, `w-1w+1=${lm1}|${lp1}`);
  f.push(`s-2=${at(v.shapes, i - 2, END)}`, `s+2=${at(v.shapes, i + 2, END)}`);
  if (i === 0) f.push(`first|${s}`, `first|${l}`);
  if (i > 0 && isUpperInitial(w) && !v.capsLine) f.push('midcap');
  if (i > 0) {
    const c = v.clusters[i - 1];
    if (c !== undefined) f.push(`c-1_8=${c.slice(0, 8)}`, `c-1=${c}`);
  }
  if (i + 1 < v.words.length) {
    const c = v.clusters[i + 1];
    if (c !== undefined) f.push(`c+1_8=${c.slice(0, 8)}`, `c+1=${c}`);
  }
  if (v.docCase && /^\p{L}/u.test(w)) {
    const pos = v.capsLine ? 'C' : i === 0 || SENTENCE_OPENERS.has(v.words[i - 1]!) ? 'F' : 'M';
    const dc = v.docCase.get(l) ?? '-';
    f.push(`dc=${dc}|${pos}`, `dc=${dc}|${pos}|${isUpperInitial(w) ? 'U' : 'l'}`);
  }
  for (const g of v.gaz[i]!) f.push(`g=${g}`);
  if (i > 0) for (const g of v.gaz[i - 1]!) f.push(`g-1=${g}`);
  if (i + 1 < v.words.length) for (const g of v.gaz[i + 1]!) f.push(`g+1=${g}`);
  return f;
}

/**
 * Features that look at tags already chosen: the two before token `i`, and `hist`, the summary of
 * the tags given to the same word earlier in the document (see `historyOf`), if any.
 */
export function dynamicFeatures(v: SentenceView, i: number, prev1: string, prev2: string, hist?: string): string[] {
  const f = [`t-1=${prev1}`, `t-2t-1=${prev2}|${prev1}`, `t-1w=${prev1}|${v.lower[i]!}`, `t-1s=${prev1}|${v.shapes[i]!}`];
  if (hist !== undefined) f.push(`h=${hist}`, `h=${hist}|${v.capsLine ? 'C' : i === 0 ? 'F' : 'M'}`);
  return f;
}

/** Types counted in the document history: O and the entity types. */
const HISTORY_TYPES = ['O', 'PER', 'LOC', 'ORG', 'MISC'];

/** Tags given so far in a document to each capitalised word (lowercased): counts per `HISTORY_TYPES`. */
export type History = Map<string, Int32Array>;

function historyKey(v: SentenceView, i: number): string | null {
  const w = v.words[i]!;
  return w.length > 1 && isUpperInitial(w) ? v.lower[i]! : null;
}

/** Summary of the history of token `i`: the most frequent type, `~` when not unanimous. */
export function historyOf(h: History, v: SentenceView, i: number): string | undefined {
  const key = historyKey(v, i);
  if (key === null) return undefined;
  const counts = h.get(key);
  if (!counts) return undefined;
  let best = 0;
  let total = 0;
  for (let k = 0; k < counts.length; k++) {
    total += counts[k]!;
    if (counts[k]! > counts[best]!) best = k;
  }
  return counts[best] === total ? HISTORY_TYPES[best]! : `${HISTORY_TYPES[best]!}~`;
}

/** Record the tags (`O`, `B-PER`, ...) given to a sentence. */
export function updateHistory(h: History, v: SentenceView, tags: readonly string[]): void {
  for (let i = 0; i < tags.length; i++) {
    const key = historyKey(v, i);
    if (key === null) continue;
    const t = tags[i]!;
    const k = t === 'O' ? 0 : HISTORY_TYPES.indexOf(t.slice(2));
    if (k < 0) continue;
    let counts = h.get(key);
    if (!counts) h.set(key, (counts = new Int32Array(HISTORY_TYPES.length)));
    counts[k]!++;
  }
}
