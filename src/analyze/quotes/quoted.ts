/**
 * Detector 1 of the quote stage: a quoted span is attributed by the words right after it ("“…,” he said") or right
 * before it ("Peskov said: “…”"), or by a sentence ending in a colon before it.
 */
import type { Span } from '../../doc/types.js';
import { CUE_FORMS, PRONOUNS } from './cues.js';
import type { QuotedSpan } from './marks.js';
import type { Tok } from './tokens.js';
import { BETWEEN_POS, INNER_SPEECH, NP_POS, OUTER_SPEECH, QUOTE_CHARS, TERMINAL, attributiveParticiple, closeAt, cueSpan, firstTokenAtOrAfter, isCueWord, isTimeWord, messageAuthor, namePart, npLeft, npRight, opensSentence, partyTagOpen, passiveCue, spentOn } from './grammar.js';
import { SUBORDINATORS, participleSubject, sentenceSubject, speakerBeforeComma, subjectBeforeApposition, subjectWithModifiers } from './reported.js';

export interface Attribution {
  source: Span | null;
  cue: Span;
  covers: Span;
  rule: string;
}

const UNCLOSED_CUE = '(?:said|says|added|told(?:\\s+\\p{L}+)?|stressed|noted|warned|explained|insisted|wrote)';
/** Inside an unclosed quotation: ", Kuleba said" / ", he added" — a name of up to four words or a pronoun, then a cue. */
const UNCLOSED_COMMA = new RegExp(`,[ \\t]+((?:\\p{Lu}[\\p{L}.’'-]*(?:[ \\t]+\\p{Lu}[\\p{L}.’'-]*){0,3})|he|she|they)[ \\t]+${UNCLOSED_CUE}\\b`, 'u');
/** "… in FebruaryWhite House spokeswoman Emily Horne said.": a lost line break glued the attribution on. */
const UNCLOSED_GLUED = new RegExp(`(?<=\\p{Ll})(\\p{Lu}[\\p{L}.’'-]*(?:[ \\t]+[\\p{L}.’'-]+){0,8})[ \\t]+(${UNCLOSED_CUE})[.!]?[ \\t]*$`, 'u');

const UNCLOSED_GLUED_CUE_FIRST = /(?<=\p{Ll})(Said|Says|Added|Told)[ \t]+((?:Mr\.|Mrs\.|Ms\.|Dr\.)?[ \t]*\p{Lu}[\p{L}’'-]*(?:[ \t]+\p{Lu}[\p{L}’'-]*){0,3})[.!]?[ \t]*$/u;

/**
 * An unclosed quotation that holds its own attribution ends before it; the span is shortened in place (it is
 * no longer unclosed). Returns the attribution when the words are glued on, so the tokens cannot find it.
 */
export function closeUnclosed(text: string, q: QuotedSpan): Attribution | null {
  // Bounded: the attribution of an unclosed quotation stands in its first sentences.
  const content = text.slice(q.start, Math.min(q.end, q.start + 3000));
  const m = UNCLOSED_COMMA.exec(content);
  if (m && m.index >= 10) {
    closeAt(q, q.start + m.index);
    return null;
  }
  // The glued attribution closes a sentence: each of the first sentence ends is tried, the last 300
  // characters before it searched.
  const ends: number[] = [];
  for (const e of content.matchAll(/(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|\p{Lu}))[.!?](?=\s|$)/gu)) {
    ends.push(e.index! + 1);
    if (ends.length >= 6) break;
  }
  if (ends.length === 0) ends.push(content.length);
  let g: RegExpExecArray | null = null;
  let from = 0;
  for (const e of ends) {
    from = Math.max(0, e - 300);
    const tail = content.slice(from, e);
    // "… the Ukrainian sideSaid Mr. Kuleba.": the cue first.
    const c = UNCLOSED_GLUED_CUE_FIRST.exec(tail);
    if (c && from + c.index >= 10) {
      const cueStart = q.start + from + c.index;
      const cueEnd = cueStart + c[1]!.length;
      const srcStart = cueStart + c[0].indexOf(c[2]!, c[1]!.length);
      const srcEnd = srcStart + c[2]!.length;
      closeAt(q, cueStart);
      return { source: [srcStart, srcEnd], cue: [cueStart, cueEnd], covers: [cueStart, srcEnd], rule: 'quotes/unclosed-glued-cue-source' };
    }
    g = UNCLOSED_GLUED.exec(tail);
    if (g && from + g.index >= 10) break;
    g = null;
  }
  if (!g) return null;
  const srcStart = q.start + from + g.index;
  const srcEnd = srcStart + g[1]!.length;
  const cueStart = srcStart + g[0].indexOf(g[2]!, g[1]!.length);
  const cueEnd = cueStart + g[2]!.length;
  closeAt(q, srcStart);
  return { source: [srcStart, srcEnd], cue: [cueStart, cueEnd], covers: [srcStart, cueEnd], rule: 'quotes/unclosed-glued-source' };
}

const DASH_NAME = /^[^\S\n]*([―—])[^\S\n]*(\p{Lu}[\p{L}.’'-]*(?:[^\S\n]+\p{Lu}[\p{L}.’'-]*){1,3})(?=[^\S\n]*(?:\n|$|["“”]))/u;

/** "“…,” he said.", "“…,” said Peskov.", "“…” Peskov told reporters." */
const SIGNATURE_LINE = /^[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*([-―—–])[^\S\n]*(\p{Lu}[\p{L}.’'-]*(?:[^\S\n]+\p{Lu}[\p{L}.’'-]*){0,3}?)[^\S\n]*[.]?[^\S\n]*(?=\n|$)/u;

export function attributeAfter(text: string, toks: Tok[], q: QuotedSpan, tokAt: (o: number) => number): Attribution | null {
  if (q.unclosed) return null;
  // "“…” ― Edwin G. Monroy": a name after a dash, alone up to the line end or the next quote.
  const dashed = DASH_NAME.exec(text.slice(q.after, q.after + 80));
  if (dashed && text.slice(q.start, q.end).trim().split(/\s+/).length >= 4) {
    const dash = q.after + dashed[0].indexOf(dashed[1]!);
    const at = q.after + dashed[0].length - dashed[2]!.length;
    // The full stop closing the line is not part of the name ("― Carla Sanchez."), an initial's is ("― John Q.").
    const src: Span = [at, at + (/\p{L}{3,}\.$/u.test(dashed[2]!) ? dashed[2]!.length - 1 : dashed[2]!.length)];
    return { source: src, cue: [dash, dash + 1], covers: [dash, src[1]], rule: 'quotes/after-dash-name' };
  }
  // "“…”\n\n- Sanders.": a signature line of its own under the quoted paragraph.
  const signed = SIGNATURE_LINE.exec(text.slice(q.after, q.after + 80));
  if (signed && q.paragraphInitial && text.slice(q.start, q.end).trim().split(/\s+/).length >= 4) {
    const name = q.after + signed.index + signed[0].lastIndexOf(signed[2]!);
    const dash = q.after + signed[0].indexOf(signed[1]!);
    // The full stop closing the line is not part of the name ("- Sanders."), an initial's is ("- John Q.").
    const len = /\p{L}{3,}\.$/u.test(signed[2]!) ? signed[2]!.length - 1 : signed[2]!.length;
    return { source: [name, name + len], cue: [dash, dash + 1], covers: [dash, name + signed[2]!.length], rule: 'quotes/after-dash-name' };
  }
  // The quote must be an utterance: opening its sentence (or after a colon or comma), not a title mid-sentence.
  const lead = text.slice(Math.max(0, q.open - 3), q.open);
  if (!(q.paragraphInitial || /(?:^|[.!?:,;—–-]["”’)]?\s*|\n\s*)$/.test(lead) || q.open === 0) && !pronounAttributionAfter(text, toks, q, tokAt)) return null;
  // One word is an utterance only when it closes with its own punctuation and opens its sentence ("“Denver,” he answered.").
  // Not the first word of a split quotation ("“That,” he added, “is …”").
  if (text.slice(q.start, q.end).trim().split(/\s+/).length < 2 && !(/[,.!?]\s*$/.test(text.slice(q.start, q.end)) && (q.paragraphInitial || opensSentence(text, q.open)) &&
    /^(?:(?!'')[^"“”‘«»\n.!?]){0,160}[.!?]/.test(text.slice(q.after, q.after + 200)))) return null;
  let i = tokAt(q.after);
  // Skip the closing mark and punctuation right after it.
  while (toks[i] && toks[i]!.start <= q.after + 1 && (QUOTE_CHARS.test(toks[i]!.text) || /^[,.!?;:—–-]$/.test(toks[i]!.text))) i++;
  const first = toks[i];
  if (!first) return null;
  const gap = text.slice(q.after, first.start);
  if (/\n/.test(gap) || gap.length > 4) return null;
  // "“…,” according to the news outlet." Not "“… building.” According to TASS, Rogozin added …", a sentence of its own.
  if (first.lower === 'according' && toks[i + 1]?.lower === 'to' && !(first.text === 'According' && /[.!?]\s*$/.test(text.slice(q.start, q.end)))) {
    let e = i + 2;
    while (toks[e + 1] && toks[e + 1]!.sent === toks[i + 2]?.sent && !TERMINAL.test(toks[e + 1]!.text) && toks[e + 1]!.text !== ',' && e - i < 14) e++;
    const np = toks[i + 2] && /^(?:NOUN|PROPN)$/.test(toks[e]!.pos) && (toks[e + 1] === undefined || TERMINAL.test(toks[e + 1]!.text) || toks[e + 1]!.text === ',') ? [i + 2, e] : null;
    if (np) {
      const src: Span = [toks[np[0]]!.start, toks[np[1]]!.end];
      return { source: src, cue: [first.start, toks[i + 1]!.end], covers: [first.start, src[1]], rule: 'quotes/after-according-to' };
    }
  }
  // cue first: "said Peskov". Not "“….” Said Ellis: “…”", a sentence of its own that introduces the next quotation.
  if (isCueWord(first) && CUE_FORMS.get(first.lower) !== undefined &&
    !(/^\p{Lu}/u.test(first.text) && /[.!?]\s*$/.test(text.slice(q.start, q.end)) && /^[^.!?\n]{0,120}:\s*["“]/.test(text.slice(first.end, first.end + 140)))) {
    const np = npRight(toks, i + 1, i + 16);
    if (np) {
      const cue = cueSpan(text, toks, i, i);
      const src: Span = [toks[np[0]]!.start, toks[np[1]]!.end];
      return { source: src, cue: cue.span, covers: [first.start, Math.max(src[1], cue.end)], rule: 'quotes/after-cue-source' };
    }
  }
  // source first: "he said", "the Kremlin spokesman told reporters". A capitalised cue word inside the source is
  // part of a name or title ("Secretary of State Antony Blinken said"), and one after a determiner is a noun
  // ("the report said"), not the cue.
  // Nor is the second half of a hyphenated modifier ("the conservative-leaning newspaper wrote"). "…,” it read." and
  // "…,” the sign reads." close a written quotation; after a quotation ending in a comma, "?" or "!", any verb that
  // closes the sentence (with a particle: "went on", "shot back") is its cue ("…,” Oliver barked.").
  const openEnded = /[,!?]\s*$/.test(text.slice(q.start, q.end));
  const closingVerb = (n: number) => {
    const x = toks[n];
    if (!x || n === i || x.pos !== 'VERB' || /ing$/.test(x.lower) || toks[n - 1]!.pos === 'AUX') return false;
    let e = n + 1;
    if (/^(?:on|back|in|up|out)$/.test(toks[e]?.lower ?? '') && toks[e]!.sent === x.sent) e++;
    // "“Go back to Univision,” Trump barked and a guard escorted Ramos out.": a clause of its own may follow.
    return !!toks[e] && toks[e]!.sent === x.sent && (TERMINAL.test(toks[e]!.text) || /^(?:and|as|before|while|then)$/.test(toks[e]!.lower) ||
      (toks[e]!.text === ',' && /^\p{Ll}+ing$/u.test(toks[e + 1]?.text ?? '')));
  };
  const cueHere = (n: number) =>
    (isCueWord(toks[n]) || (/^reads?$/.test(toks[n]?.lower ?? '') && n > i && !!toks[n + 1] && (TERMINAL.test(toks[n + 1]!.text) || toks[n + 1]!.text === ',')) ||
      (openEnded && closingVerb(n))) &&
    !/^\p{Lu}/u.test(toks[n]!.text) && !(n > i && /^(?:the|a|an|this|that|its|his|her|their|our)$/.test(toks[n - 1]!.lower)) &&
    !(toks[n - 1]?.text === '-' && toks[n - 1]!.end === toks[n]!.start);
  let j = i;
  // Far enough for a name and a long apposition ("“…,” Leonard Burman, director of the Tax Policy Center and a professor
  // at Syracuse University, said"); beyond 14 words only that reading is taken (below).
  const limit = i + 26;
  while (j <= limit && toks[j] && !cueHere(j) && !TERMINAL.test(toks[j]!.text) && !QUOTE_CHARS.test(toks[j]!.text)) {
    // A state tag between commas holds a period: "Mitch McConnell, R-Ky., said".
    const tagEnd = stateTagEnd(toks, j);
    if (tagEnd > j) {
      j = tagEnd + 1;
      continue;
    }
    // A party tag holds periods: "Rep. Gwen Moore (D-Wis.) said".
    let close = -1;
    if (toks[j]!.text === '(') for (let n = j + 1; n <= j + 7 && n < toks.length; n++) if (toks[n]!.text === ')') { close = n; break; }
    j = close > j && partyTagOpen(toks, close, j) === j ? close + 1 : j + 1;
  }
  const v = toks[j];
  if (!v || j === i || !cueHere(j) || v.sent !== toks[j - 1]!.sent) return null;
  // "“What will Germany send next? Pillows?” The move was also slammed in Germany": a passive after a quotation closed
  // by its own punctuation starts a sentence of its own.
  if (/[.!?]\s*$/.test(text.slice(q.start, q.end)) && /^\p{Lu}/u.test(first.text) && first.pos === 'DET' && passiveCue(toks, j)) return null;
  let k = j - 1;
  let from = j;
  while (k >= i && BETWEEN_POS.has(toks[k]!.pos) && !PRONOUNS.has(toks[k]!.lower)) {
    from = k;
    k--;
  }
  let np = npLeft(toks, k, i);
  if (!np || np[0] !== i) {
    // An apposition between the name and the cue: "Mr. King, 82, told …".
    let e = k;
    while (e > i && toks[e]!.text === ',') e--;
    const words = toks.slice(i, e + 1);
    // A title-case phrase may open with a word the tagger reads as a preposition ("Under Secretary of State …").
    const titled = /^\p{Lu}/u.test(toks[i]!.text) && /^\p{Lu}/u.test(toks[i + 1]?.text ?? '');
    // A participle before a noun modifies it ("organizing director", "conservative-leaning newspaper").
    // "Paris, who used to work on Capitol Hill, said": a relative clause between commas after the name.
    const relAt = words.findIndex((x, n) => n > 0 && /^(?:who|whose)$/.test(x.lower) && words[n - 1]!.text === ',');
    const verbal = (x: Tok) => (x.pos === 'VERB' && !(x.i < e && attributiveParticiple(toks, x.i))) || x.pos === 'AUX';
    const relativeOk = relAt > 0 && toks[e + 1]?.text === ',' && words.length <= 24 && !words.slice(0, relAt).some(verbal) && !words.some((x) => QUOTE_CHARS.test(x.text));
    // A name of up to four words, its comma, and an apposition without a verb closed by a comma before the cue.
    let nameEnd = i;
    while (nameEnd < e && nameEnd - i < 4 && toks[nameEnd + 1]!.pos === 'PROPN') nameEnd++;
    const appositionOk = toks[i]!.pos === 'PROPN' && toks[nameEnd + 1]?.text === ',' && nameEnd + 2 < e && toks[e + 1]?.text === ',' &&
      !words.slice(nameEnd + 2).some((x) => x.text === ',' || QUOTE_CHARS.test(x.text) || x.pos === 'VERB' || x.pos === 'AUX');
    if (words.length > 14 && !relativeOk && !appositionOk) return null;
    if (e < i || (words.some(verbal) && !relativeOk) || !(NP_POS.has(toks[i]!.pos) || toks[i]!.pos === 'PRON' || titled)) return null;
    np = [i, e];
  }
  const cue = cueSpan(text, toks, j, from);
  // "“… as possible.” School principal Paddy McCabe said the rise …": a quotation closed by a full stop,
  // then a sentence of its own with a reported clause, is not attributed by it.
  if (/\.\s*$/.test(text.slice(q.start, q.end)) && first.pos !== 'PRON') {
    let n = tokAt(cue.end);
    while (toks[n] && toks[n]!.sent === v.sent && !TERMINAL.test(toks[n]!.text) && toks[n]!.pos !== 'VERB' && toks[n]!.pos !== 'AUX') n++;
    if (toks[n] && toks[n]!.sent === v.sent && (toks[n]!.pos === 'VERB' || toks[n]!.pos === 'AUX')) return null;
  }
  const src: Span = [toks[np[0]]!.start, toks[np[1]]!.end];
  return { source: src, cue: cue.span, covers: [first.start, cue.end], rule: 'quotes/after-source-cue' };
}

/**
 * "Russia accuses “that we are developing weapons …,” he added.": a quotation inside a sentence, closed by a comma,
 * "?" or "!" and followed by a pronoun and a verb of speech that end the clause, is that pronoun's utterance; the
 * words before it are the speaker's own framing.
 */
function pronounAttributionAfter(text: string, toks: Tok[], q: QuotedSpan, tokAt: (o: number) => number): boolean {
  if (!/[,!?]\s*$/.test(text.slice(q.start, q.end))) return false;
  let i = tokAt(q.after);
  while (toks[i] && toks[i]!.start <= q.after + 1 && (QUOTE_CHARS.test(toks[i]!.text) || /^[,!?]$/.test(toks[i]!.text))) i++;
  const p = toks[i];
  const v = toks[i + 1];
  const after = toks[i + 2];
  if (!p || !v || !/^(?:he|she|they)$/.test(p.text) || text.slice(q.after, p.start).length > 3) return false;
  if (!INNER_SPEECH.has(CUE_FORMS.get(v.lower) ?? '') || v.sent !== p.sent) return false;
  return !after || after.sent !== v.sent || TERMINAL.test(after.text) || after.text === ',';
}

/** ", R-Ky.," at token `j` (a comma): the index of the comma closing the state tag, or -1. */
function stateTagEnd(toks: Tok[], j: number): number {
  if (toks[j]?.text !== ',' || !/^[RDI]$/.test(toks[j + 1]?.text ?? '') || !/^[-–]$/.test(toks[j + 2]?.text ?? '') || !/^\p{Lu}[\p{L}.]{0,5}$/u.test(toks[j + 3]?.text ?? '')) return -1;
  let e = j + 4;
  if (toks[e]?.text === '.') e++;
  return toks[e]?.text === ',' && toks[e]!.sent === toks[j]!.sent ? e : -1;
}

/**
 * A verb of speech earlier in the sentence of token `i`, outside quotation marks, with no colon or semicolon
 * between ("He said that he would offer …").
 */
export function speechBefore(toks: Tok[], i: number, inQuote: (offset: number) => boolean): boolean {
  const ti = toks[i];
  if (!ti) return false;
  for (let k = i - 1; k >= 0 && i - k <= 40; k--) {
    const tk = toks[k]!;
    if (tk.sent !== ti.sent || /^[;:―—–]$/.test(tk.text)) return false;
    // ", and when pressed, …": a new clause.
    if (/^(?:and|but|when|while|after|before)$/.test(tk.lower) && toks[k - 1]?.text === ',') return false;
    if (tk.pos === 'VERB' && OUTER_SPEECH.has(CUE_FORMS.get(tk.lower) ?? '') && !inQuote(tk.start)) {
      // "When Clinton noted that …, Trump boasted": the verb of a leading subordinate clause, the quotation after its comma.
      let f = k;
      while (f > 0 && toks[f - 1]!.sent === tk.sent) f--;
      return !(SUBORDINATORS.has(toks[f]!.lower) && toks.slice(k + 1, i).some((x) => x.text === ','));
    }
  }
  return false;
}

/** "Peskov said: “…”", "Kuleba told reporters, “…”". */
export function attributeBefore(
  text: string,
  toks: Tok[],
  q: QuotedSpan,
  tokAt: (o: number) => number,
  prevSpan: QuotedSpan | undefined,
  lineStart: number,
): Attribution | null {
  // "Caddell continued:" ending the paragraph before the quote: the attribution is on that line.
  if (/^\s*$/.test(text.slice(lineStart, q.open)) && text.slice(q.start, q.end).trim().split(/\s+/).length >= 4) {
    const colon = text.slice(Math.max(0, lineStart - 8), lineStart).search(/:\s*$/);
    if (colon >= 0) lineStart = text.lastIndexOf('\n', Math.max(0, lineStart - 8) + colon) + 1;
  }
  const openTok = tokAt(q.open);
  let j = openTok - 1;
  // Skip ":" "," "that" right before the mark.
  while (toks[j] && (toks[j]!.text === ':' || toks[j]!.text === ',' || toks[j]!.lower === 'that')) j--;
  const prevClose = prevSpan && prevSpan.close < q.open && prevSpan.close >= lineStart ? prevSpan : undefined;
  const floorOffset = Math.max(lineStart, prevClose ? prevClose.after : 0);
  // Find the cue verb: the last cue word in the few tokens before the mark.
  let v = -1;
  for (let k = j; k >= 0 && k >= j - 8 && toks[k]!.start >= floorOffset; k--) {
    if (TERMINAL.test(toks[k]!.text)) break;
    const tk = toks[k]!;
    if (namePart(toks, k)) continue;
    if (isCueWord(tk)) {
      v = k;
      break;
    }
  }
  // "Billy Joel sings, “Don't go changing …”": any verb right before the comma or colon, after the subject that opens
  // its sentence, introduces a whole quoted sentence.
  if (v < 0 && j >= 1 && toks[j]!.pos === 'VERB' && !/ing$/.test(toks[j]!.lower) && !/^\p{Lu}/u.test(toks[j]!.text) && toks[j]!.start >= floorOffset &&
    /^[,:]$/.test(toks[j + 1]?.text ?? '') && toks[j + 2]?.i === openTok && /^\s*\p{Lu}/u.test(text.slice(q.start, q.end)) &&
    text.slice(q.start, q.end).trim().split(/\s+/).length >= 4) {
    const np = npLeft(toks, j - 1, firstTokenAtOrAfter(toks, floorOffset));
    const before = np ? toks[np[0] - 1] : undefined;
    if (np && (!before || before.sent !== toks[j]!.sent || before.text === ',')) v = j;
  }
  if (v < 0) return null;
  // "Said Ellis: “…”": the verb opens its sentence and the speaker follows it.
  if (/^(?:Said|Says|Added|Adds|Wrote|Writes)$/.test(toks[v]!.text) && (v === 0 || toks[v - 1]!.sent !== toks[v]!.sent)) {
    // The words up to the colon or comma before the mark, an apposition included ("Said the mayor, Ihor Terekhov:").
    let e = openTok - 1;
    while (e > v && /^[:,]$/.test(toks[e]!.text)) e--;
    const words = toks.slice(v + 1, e + 1);
    if (e > v && words.length <= 12 && /^(?:DET|PROPN|NOUN|ADJ)$/.test(toks[v + 1]!.pos) && NP_POS.has(toks[e]!.pos) &&
      !words.some((x) => x.pos === 'VERB' || x.pos === 'AUX' || QUOTE_CHARS.test(x.text) || TERMINAL.test(x.text))) {
      return { source: [toks[v + 1]!.start, toks[e]!.end], cue: [toks[v]!.start, toks[v]!.end], covers: [toks[v]!.start, toks[e]!.end], rule: 'quotes/before-source-cue' };
    }
  }
  let cue0 = cueSpan(text, toks, v, v);
  let between = text.slice(cue0.end, q.open);
  // "Trump told the Washington Post, “…”": the person told before the comma or colon.
  if (CUE_FORMS.get(toks[v]!.lower) === 'tell' && !/^\s*(?:[,:]|\bthat\b)?\s*$/.test(between)) {
    const obj = npRight(toks, firstTokenAtOrAfter(toks, cue0.end), openTok - 1);
    if (obj && /^\s*[,:]?\s*$/.test(text.slice(toks[obj[1]]!.end, q.open))) {
      cue0 = { span: [cue0.span[0], toks[obj[1]]!.end], end: toks[obj[1]]!.end };
      between = text.slice(cue0.end, q.open);
    }
  }
  // A phrase between the cue and the mark: "wrote to his followers, “…”", "said that in the current climate, “…”".
  if (!/^\s*(?:[,:]|\bthat\b)?\s*$/.test(between) && !/^[\s,]*(?:that\s+)?(?:on|in|at|during|of|about|to|for|with|after|before|from|last|this|earlier)\b[^.!?“”"]{0,50}[,:]\s*$/.test(between)) return null;
  let k = v - 1;
  let from = v;
  while (k >= 0 && BETWEEN_POS.has(toks[k]!.pos) && !PRONOUNS.has(toks[k]!.lower)) {
    from = k;
    k--;
  }
  const floor = firstTokenAtOrAfter(toks, floorOffset);
  // "who Beck on Wednesday called “…”": a time between the subject and its verb.
  if (k - 2 >= floor && isTimeWord(toks[k]!) && /^(?:on|last|this|earlier)$/.test(toks[k - 1]!.lower) && /^(?:PROPN|PRON|NOUN)$/.test(toks[k - 2]!.pos)) k -= 2;
  let np = npLeft(toks, k, floor);
  if (np && /ing$/.test(toks[v]!.lower)) np = messageAuthor(toks, np, floor) ?? spentOn(toks, np, floor) ?? np;
  // "A leaked memo … to media on March 3 said “…”": a date before the cue is no source; the sentence's subject is.
  if (np && toks.slice(np[0], np[1] + 1).every((x) => isTimeWord(x) || x.pos === 'NUM') && /^(?:on|in|since|by)$/.test(toks[np[0] - 1]?.lower ?? '')) {
    let sentFirst = np[0] - 1;
    while (sentFirst > floor && toks[sentFirst - 1]!.sent === toks[v]!.sent) sentFirst--;
    np = subjectWithModifiers(toks, sentFirst, v) ?? sentenceSubject(toks, sentFirst, np[0] - 1, true);
  }
  // "Greene called Mr. Graham’s remarks “irresponsible”": the quoted words judge the possessor's remarks; the subject
  // of the judging verb speaks.
  if (np && toks[v]!.pos === 'NOUN' && /^[’']s$/.test(toks[v - 1]?.lower ?? '') && CHARACTERISING.test(toks[np[0] - 1]?.lower ?? '') && toks[np[0] - 1]!.sent === toks[v]!.sent) {
    let sentFirst = np[0] - 1;
    while (sentFirst > floor && toks[sentFirst - 1]!.sent === toks[v]!.sent) sentFirst--;
    const subj = sentenceSubject(toks, sentFirst, np[0] - 1, true);
    if (!subj) return null;
    v = np[0] - 1;
    from = v;
    cue0 = cueSpan(text, toks, v, v);
    np = subj;
  }
  // "Another intelligence source speaking to Fox News said, “…”": a subject with a participle phrase.
  if (np && toks[np[0] - 1]?.pos === 'ADP') {
    let sf = np[0];
    while (sf > floor && toks[sf - 1]!.sent === toks[v]!.sent) sf--;
    np = participleSubject(toks, sf, np) ?? np;
  }
  // "James Lewis, a former expert who now studies …, said, “…”", "The candidate appeared to assert his plans by
  // saying, “…”": a subject with an apposition, or the subject of a participle after "by".
  if (!np && k > floor && toks[k]!.sent === toks[v]!.sent && INNER_SPEECH.has(CUE_FORMS.get(toks[v]!.lower) ?? '')) {
    let sentFirst = k;
    while (sentFirst > floor && toks[sentFirst - 1]!.sent === toks[v]!.sent) sentFirst--;
    if (toks[k]!.text === ',' && !/ing$/.test(toks[v]!.lower)) {
      const subj = subjectBeforeApposition(toks, sentFirst, k);
      if (subj >= 0) np = [subj, k - 1];
    } else if (/^(?:by|without|after|before|while)$/.test(toks[k]!.lower) && /ing$/.test(toks[v]!.lower)) {
      np = sentenceSubject(toks, sentFirst, k, true) ?? subjectWithModifiers(toks, sentFirst, k);
    }
  }
  // "Warren endorsed Clinton, saying, “…”", "Ms. Sherry smiled and said, “…”": the subject of the sentence. The words
  // between the subject and the cue keep their own attributions.
  let far = false;
  if (!np && k > floor && toks[k]!.sent === toks[v]!.sent && INNER_SPEECH.has(CUE_FORMS.get(toks[v]!.lower) ?? '') &&
    ((toks[k]!.text === ',' && /ing$/.test(toks[v]!.lower)) || (toks[k]!.lower === 'and' && !/ing$/.test(toks[v]!.lower)))) {
    let sentFirst = k;
    while (sentFirst > floor && toks[sentFirst - 1]!.sent === toks[v]!.sent) sentFirst--;
    np = (toks[k]!.text === ',' ? speakerBeforeComma(toks, k, sentFirst) : null) ?? sentenceSubject(toks, sentFirst, k, true) ?? subjectWithModifiers(toks, sentFirst, k);
    far = true;
  }
  if (!np) return null;
  const cue = cueSpan(text, toks, v, from);
  const cueEnd = Math.max(cue.end, cue0.end);
  const src: Span = [toks[np[0]]!.start, toks[np[1]]!.end];
  return { source: src, cue: [cue.span[0], Math.max(cue.span[1], cue0.span[1])], covers: [far ? cue.span[0] : src[0], cueEnd], rule: 'quotes/before-source-cue' };
}

/** Verbs that put a judgement on something: "called X’s remarks “…”". */
const CHARACTERISING = /^(?:call|calls|called|calling|describe|describes|described|describing|label(?:l?ed|s)?|brand(?:ed|s)?|dub(?:bed|s)?|term(?:ed|s)?|deem(?:ed|s)?)$/;

/**
 * "McConnell delivered a blunt message: “It's time to quit …”": a whole quoted sentence after a colon ending a
 * sentence whose subject is a name or a person; the subject speaks, its verb is the cue.
 */
export function colonIntro(toks: Tok[], q: QuotedSpan, tokAt: (o: number) => number): Attribution | null {
  if (q.unclosed) return null;
  const colon = tokAt(q.open) - 1;
  if (toks[colon]?.text !== ':' || q.end - q.start < 20) return null;
  let first = colon;
  while (first > 0 && toks[first - 1]!.sent === toks[colon]!.sent && colon - first < 40) first--;
  if (toks.slice(first, colon).some((x) => QUOTE_CHARS.test(x.text))) return null;
  // "Mr. Smith shot back: “…”": a name, a past form the tagger may read as a noun, and the particle "back".
  if (colon - 3 >= first && toks[colon - 1]!.lower === 'back' && /^(?:shot|hit|struck|fired|snapped|pushed|wrote)$/.test(toks[colon - 2]!.lower) &&
    (toks[colon - 3]!.pos === 'PROPN' || /^(?:he|she|they)$/.test(toks[colon - 3]!.lower))) {
    let s0 = colon - 3;
    while (s0 > first && toks[s0 - 1]!.pos === 'PROPN') s0--;
    if (s0 === first || !/^(?:PROPN|NOUN|ADJ|DET)$/.test(toks[s0 - 1]!.pos)) {
      return { source: [toks[s0]!.start, toks[colon - 3]!.end], cue: [toks[colon - 2]!.start, toks[colon - 1]!.end], covers: [toks[first]!.start, toks[colon]!.end], rule: 'quotes/colon-intro' };
    }
  }
  const subj = sentenceSubject(toks, first, colon);
  if (!subj) return null;
  const head = toks[subj[1]]!;
  if (!(head.pos === 'PROPN' || (head.pos === 'PRON' && /^(?:he|she|they|we|i)$/.test(head.lower)))) return null;
  let v = subj[1] + 1;
  // "Mitch McConnell, R-Ky., delivered …": an apposition between commas.
  if (toks[v]?.text === ',') {
    let w = v + 1;
    while (w < colon && w - v <= 8 && toks[w]!.pos !== 'VERB' && toks[w]!.pos !== 'AUX') w++;
    if (w < colon && toks[w - 1]!.text === ',') v = w;
  }
  while (v < colon && (toks[v]!.pos === 'ADV' || toks[v]!.pos === 'AUX')) v++;
  if (v >= colon || toks[v]!.pos !== 'VERB') return null;
  // "Blinken said that the document …: “…”": a verb of speech is left to the reported-speech rules.
  if (CUE_FORMS.has(toks[v]!.lower)) return null;
  const src: Span = [toks[subj[0]]!.start, head.end];
  return { source: src, cue: [toks[v]!.start, toks[v]!.end], covers: [toks[first]!.start, toks[colon]!.end], rule: 'quotes/colon-intro' };
}
