/**
 * Quotes and their speakers.
 *
 * Detectors propose, refiners decide:
 *  1. quoted spans (marks.ts) are attributed by the words right after them ("…,” he said) or right
 *     before them (Peskov said: “…”) — kind `direct`;
 *  2. cue verbs (cues.ts) outside quotes give reported speech: "SOURCE CUE [that] CONTENT",
 *     "CONTENT, SOURCE CUE.", "CONTENT, CUE SOURCE.", "according to SOURCE, CONTENT" — kind
 *     `indirect`, or `partial` when the content holds quoted words; a learned filter (filter.ts) drops the
 *     object and clause candidates it is confident report nothing ("signed the bill");
 *  3. quoted spans left over continue the speaker before them (split quotes, quotes running over
 *     paragraphs) or, when short (scare quotes, titles), are dropped;
 *  4. speakers are named in text order: an entity from the mentions/entities layers when one covers
 *     the source words, else the name in the words (titles stripped, surnames expanded to the full
 *     name used earlier), pronouns to the nearest compatible speaker or person before them.
 * Caption lines never speak.
 */
import type { Doc, EntityMention, LocalEntity, Quote, QuoteKind, Sentence, Span, Speaker } from '../../doc/types.js';
import type { Stage } from '../../pipeline/stage.js';
import { splitText } from '../sentences/index.js';
import { CLAUSE_ONLY_LEMMAS, CUE_FORMS, SPEECH_OBJECT_LEMMAS, HEADLINE_VERBS, NO_OBJECT_CONTENT, TO_ONLY, CUE_TAIL, OBJECT_LEMMAS, ORG_WORDS, PRONOUNS, TITLE_WORDS } from './cues.js';
import { findQuotedSpans, type QuotedSpan } from './marks.js';
import { findNominals, mayEndTitle, nominalFits } from '../entities/resolve/roles.js';
import { lexicon } from '../entities/resolve/lexicon.js';
import { genderOfName, genderOfPronoun } from '../entities/resolve/given-names.js';
import { editDistance } from '../entities/resolve/names.js';
import { tagSentences, type Tok } from './tokens.js';
import { FILTER_THRESHOLD, filterable, filterFeatures, filterScore, type FilterInput } from './filter.js';
import { tweetSignatures } from '../tweets.js';

export { findQuotedSpans } from './marks.js';

/** A proposed attribution before speakers are named. */
interface Cand {
  start: number;
  end: number;
  kind: QuoteKind;
  source: Span | null;
  cue: Span | null;
  rule: string;
  /** Candidate whose speaker this one takes (continued quotes), or -1. */
  inherit: number;
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);
const BETWEEN_POS = new Set(['AUX', 'ADV', 'PART']);
const TERMINAL = /^[.!?]+$/;
const QUOTE_CHARS = /^(?:["“”„‟«»]+|'')$/;
const TEMPORAL = new Set([
  'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'earlier', 'later', 'last', 'this', 'week', 'month', 'year', 'morning', 'evening', 'afternoon',
  'night', 'again', 'also', 'previously', 'recently', 'repeatedly', 'publicly', 'privately', 'then', 'now',
]);
const CAPTION = /^This video can ?not be played\b|^Media caption\b|^Follow\b.{0,60}\bon (?:Twitter|Facebook)|^(?:photo|image|picture|file photo|video)\s*(?:[:|—–-]|$)|\b(?:photo|image|credit)s?\s*:|(?:\/|\|)\s*(?:AFP|Getty|Reuters|TASS|AP|Sipa|EPA|Sputnik|RIA)\b(?!\s*\/)|\((?:Photo|Image)\b|^(?:Source|Read more|Related|See also)\s*:/i;

/** Options of `findQuotes` for training and measuring the candidate filter. */
export interface FindOptions {
  /** Apply the learned candidate filter (default true). */
  filter?: boolean;
  /** Called with the features and span of every filterable candidate taken. */
  onCandidate?: (features: string[], span: Span, rule: string) => void;
  /** Keep candidates scoring above this (default FILTER_THRESHOLD). */
  threshold?: number;
}

/** Find the quotes of a document (uses its sentences, mentions and entities layers when present). */
export function findQuotes(doc: Doc, opts: FindOptions = {}): Quote[] {
  const text = doc.text;
  const sentences = joinBrokenSentences(text, doc.layers.sentences ?? splitText(text).sentences);
  const toks = tagSentences(text, sentences);
  const spans = findQuotedSpans(text);
  // A quotation whose closing mark is missing may hold its own attribution ("“We are ready, Kuleba said on
  // Wednesday. …"): it ends there.
  const forced = new Map<number, Attribution>();
  spans.forEach((q, qi) => {
    if (!q.unclosed) return;
    const att = closeUnclosed(text, q);
    if (att) forced.set(qi, att);
  });
  const lines = lineTable(text);
  const captions = captionSpans(text, lines, sentences);
  const inCaption = (offset: number): boolean => captions.some((c) => c.start <= offset && offset < c.end);
  const tokAt = (offset: number): number => firstTokenAtOrAfter(toks, offset);
  const inQuote = (offset: number): boolean => {
    const q = spans[lastOpenAtOrBefore(spans, offset)];
    return !!q && q.start <= offset && offset < q.end;
  };
  const sentLastTok: number[] = [];
  for (const t of toks) sentLastTok[t.sent] = t.i;

  const cands: Cand[] = [];
  const spanCand = new Map<number, number>();
  const mask = new Uint8Array(text.length + 1);
  const consume = (a: number, b: number) => mask.fill(1, Math.max(0, a), Math.min(mask.length, Math.max(a, b)));
  const isConsumed = (a: number, b: number) => {
    for (let x = Math.max(0, a); x < b && x < mask.length; x++) if (mask[x]) return true;
    return false;
  };
  const firstConsumed = (a: number, b: number): number => {
    for (let x = Math.max(0, a); x < b && x < mask.length; x++) if (mask[x]) return x;
    return -1;
  };
  const subsume = (c: Cand, at: number) => {
    for (let qi = firstOpenAtOrAfter(spans, c.start); qi < spans.length && spans[qi]!.start < c.end + 1; qi++) {
      const q = spans[qi]!;
      if (q.end <= c.end + 1 && !spanCand.has(qi)) spanCand.set(qi, at);
    }
  };

  // 1. Quoted spans attributed by adjacent words.
  // A quotation inside the reported clause of an earlier verb of speech ("He said that he would offer “a prayer”",
  // "Ryan told CNN that Ginsburg's comments “show bias”") waits: the outer clause is taken first and holds it.
  // Not when its own cue is a verb of speech ("…, and when pressed, she replied, “…”").
  const deferred: { q: QuotedSpan; qi: number; att: Attribution }[] = [];
  const attributeSpan = (q: QuotedSpan, qi: number, att: Attribution) => {
    // "a laser weapon dubbed “Zadira”", "wished “Uncle Sam” a Merry Christmas": a name in marks is no statement.
    const named = text.slice(q.start, q.end).trim();
    if (att.rule === 'quotes/before-source-cue' && named.split(/\s+/).length <= 2 && /^\p{Lu}/u.test(named) && !/[.!?,]$/.test(named)) return;
    // "Russia said “unfriendly” countries must pay …": a word or two in marks that the sentence runs on after is part of
    // the reported clause, which the verb of speech takes whole below.
    if (att.rule === 'quotes/before-source-cue' && named.split(/\s+/).length <= 3 && !/[.!?,;:]$/.test(named) && /^[ \t]+\p{Ll}/u.test(text.slice(q.after, q.after + 4))) return;
    spanCand.set(qi, cands.length);
    cands.push({ start: q.start, end: q.end, kind: 'direct', source: att.source, cue: att.cue, rule: att.rule, inherit: -1 });
    consume(q.open, q.after);
    consume(att.covers[0], att.covers[1]);
  };
  spans.forEach((q, qi) => {
    if (inCaption(q.open)) return;
    const att = forced.get(qi) ?? attributeAfter(text, toks, q, tokAt) ?? attributeBefore(text, toks, q, tokAt, spans[qi - 1], lines[lineOf(lines, q.open)]!.start) ?? colonIntro(toks, q, tokAt);
    if (!att) return;
    if (att.rule === 'quotes/before-source-cue' && att.source && att.cue && !INNER_SPEECH.has(CUE_FORMS.get(toks[tokAt(att.cue[0])]?.lower ?? '') ?? '') && speechBefore(toks, tokAt(att.source[0]), inQuote)) {
      deferred.push({ q, qi, att });
      return;
    }
    attributeSpan(q, qi, att);
  });

  // 1b. "PENCE: Well, look, Hillary Clinton apparently thinks …", "Obama: I’m Optimistic Americans Will Say No to Trump":
  // a transcript line (the name in capitals) or a one-sentence headline is the named speaker's, before the cue verbs
  // inside it are read as attributions of their own.
  lines.forEach((l) => {
    if (inCaption(l.start)) return;
    const c = colonLine(text, l, doc.layers.mentions ?? []);
    if (!c || !colonFirst(text, l, c)) return;
    if (!isConsumed(c.start, c.end) && !isConsumed(c.source![0], c.source![1])) {
      subsume(c, cands.length);
      cands.push(c);
      consume(l.start, l.end);
    }
  });

  // 2. Cue verbs outside quotes. An attribution closing its sentence ("…, a spokesman announced.") frames the
  // cues inside its content, so those are taken first; then the others, in text order.
  const proposals: { t: Tok; c: Cand }[] = [];
  for (const t of toks) {
    if (!isCueToken(toks, t)) continue;
    if (inQuote(t.start) || isConsumed(t.start, t.end)) continue;
    if (inCaption(t.start)) continue;
    const c = reported(text, toks, t, sentences[t.sent]!, spans, sentLastTok[t.sent] ?? t.i);
    // "It appears that …", "it seems …": an impersonal "it" names nobody; the content stays, without a speaker.
    if (c && c.source && /^(?:seem|appear)/.test(t.lower) && /^it$/i.test(text.slice(c.source[0], c.source[1]))) c.source = null;
    // "It is not clear whether …", "it’s possible that …": the same impersonal "it" before an adjective.
    if (c && c.source && (t.pos === 'ADJ' || /^(?:clear|unclear|true|possible|likely|unlikely|obvious|evident|certain)$/.test(t.lower)) && /^it$/i.test(text.slice(c.source[0], c.source[1]))) c.source = null;
    // "Trump’s supporters seemed unperturbed", "They appear to be unanimous": an impression of the writer's, without a
    // speaker; but "Cruz seemed to blame the network" keeps the subject of the act.
    if (c && c.source && /^(?:seem|seems|seemed|appear|appears|appeared)$/.test(t.lower) && !actAfterSeem(toks, t.i)) c.source = null;
    // "Trump was asked about …", "Clinton was declared the winner": the subject of a passive undergoes the act; with no
    // "by" after it, nobody is named for it. Not for stance participles ("was worried that", "is convinced that").
    if (c && c.source && c.rule !== 'quotes/passive-agent' && passiveCue(toks, t.i)) c.source = null;
    // A source inside a quotation is part of what somebody else said ("“Panic is useless,” …, echoing words voiced by …").
    if (c && c.source && inQuote(c.source[0])) continue;
    if (c) proposals.push({ t, c });
  }
  // Among those, the last of a sentence first: in "…, according to the report, Peskov said." Peskov speaks.
  const closingFirst = [...proposals].sort((a, b) => a.t.sent - b.t.sent || b.t.start - a.t.start);
  for (const pass of [0, 1]) {
    for (const { t, c: proposed } of pass === 0 ? closingFirst : proposals) {
      // "…, as reported by the Post." closes its sentence like "…, the Post reported.".
      const closing = proposed.rule === 'quotes/content-source-cue' || (proposed.rule === 'quotes/as-source-cue' && !!proposed.cue && proposed.end <= proposed.cue[0]);
      if ((pass === 0) !== closing) continue;
      if (isConsumed(t.start, t.end)) continue;
      let c: Cand | null = proposed;
      if (isConsumed(c.start, c.end)) {
        // "When X noted that … ― Trump boasted, “…”": the content stops at the clause boundary before a taken attribution.
        c = cutBeforeConsumed(text, c, firstConsumed(c.start, c.end));
        if (!c || isConsumed(c.start, c.end)) continue;
        if ((c.source && isConsumed(c.source[0], c.source[1])) || (c.cue && isConsumed(c.cue[0], c.cue[1]))) continue;
      }
      if (filterable(c.rule, CUE_FORMS.get(t.lower) ?? t.lower)) {
        const features = filterFeatures(filterInput(toks, c, t, tokAt, sentLastTok));
        if (opts.onCandidate) opts.onCandidate(features, [c.start, c.end], c.rule);
        if (opts.filter !== false && filterScore(features) <= (opts.threshold ?? FILTER_THRESHOLD)) continue;
      }
      // A quoted span wholly inside the content becomes part of it.
      subsume(c, cands.length);
      cands.push(c);
      consume(Math.min(c.start, c.source?.[0] ?? c.start, c.cue?.[0] ?? c.start), Math.max(c.end, c.source?.[1] ?? 0, c.cue?.[1] ?? 0));
    }
  }

  // The waiting quotations no outer clause took.
  for (const { q, qi, att } of deferred) {
    if (spanCand.has(qi) || isConsumed(q.open, q.after) || isConsumed(att.covers[0], att.covers[1])) continue;
    attributeSpan(q, qi, att);
  }

  // 2a. Embedded tweets: "… the tweet's words https://t.co/x — Dmytro Kuleba (@DmytroKuleba) February 24, 2022".
  for (const { cand: t, signatureEnd } of embeddedTweets(text, sentences)) {
    if (isConsumed(t.start, t.end) || inCaption(t.start)) continue;
    subsume(t, cands.length);
    cands.push(t);
    consume(t.start, signatureEnd);
  }

  // 2b. "Name: words" lines (headlines, transcripts).
  lines.forEach((l) => {
    if (inCaption(l.start)) return;
    const named = colonLine(text, l, doc.layers.mentions ?? []);
    // "Ukraine War: Zelensky Says Russia Must Pay": the headline after the topic speaks for itself.
    const c = (named && opensWithOwnSubject(text.slice(named.start, named.end)) ? headlineLine(text, { start: named.start, end: l.end }) : null) ??
      named ?? headlineLine(text, l);
    if (c && !isConsumed(c.start, c.end) && !isConsumed(c.source![0], c.source![1])) {
      subsume(c, cands.length);
      cands.push(c);
      consume(l.start, l.end);
    }
  });

  // 3. Quoted spans left over: continuations, split quotes; short ones (scare quotes, titles) dropped.
  const byStart = cands.map((_, i) => i).sort((a, b) => cands[a]!.start - cands[b]!.start);
  let lastAdded = -1;
  const lastCandBefore = (offset: number): number => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cands[byStart[mid]!]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    const fromSorted = lo > 0 ? byStart[lo - 1]! : -1;
    if (lastAdded >= 0 && cands[lastAdded]!.start < offset && (fromSorted < 0 || cands[lastAdded]!.start > cands[fromSorted]!.start)) return lastAdded;
    return fromSorted;
  };
  // A quotation continuing an earlier speaker skips the stances in between: in "“…,” said Mark Dubowitz, director of the
  // foundation, a policy institute focused on security. “…”" the second quotation is Dubowitz's, not the institute's.
  const stanceCand = (c: Cand) => c.rule === 'quotes/source-cue-object' || c.rule === 'quotes/noun-cue' ||
    (c.rule === 'quotes/source-cue-content' && !!c.source && /^(?:who|which)$/i.test(text.slice(c.source[0], c.source[1])));
  const speakerCandBefore = (offset: number): number => {
    let prev = lastCandBefore(offset);
    for (let n = 0; n < 4 && prev >= 0 && stanceCand(cands[prev]!); n++) {
      const p2 = lastCandBefore(cands[prev]!.start);
      if (p2 < 0 || lineOf(lines, cands[p2]!.start) < lineOf(lines, cands[prev]!.start)) break;
      prev = p2;
    }
    return prev;
  };
  spans.forEach((q, qi) => {
    if (spanCand.has(qi)) return;
    if (inCaption(q.open)) return;
    if (isConsumed(q.start, q.end)) return;
    const content = text.slice(q.start, q.end);
    const words = content.trim().split(/\s+/).length;
    let inherit = -1;
    let rule = 'quotes/unattributed';
    if (q.continues >= 0 && spanCand.has(q.continues)) {
      inherit = spanCand.get(q.continues)!;
      rule = 'quotes/continued-paragraph';
    } else if (q.paragraphInitial) {
      const prev = speakerCandBefore(q.open);
      if (prev >= 0 && lineOf(lines, cands[prev]!.end) >= lineOf(lines, q.open) - 1 && cands[prev]!.source) {
        inherit = prev;
        rule = 'quotes/continued-speaker';
      }
    } else {
      const prev = lastCandBefore(q.open);
      if (prev >= 0 && lineOf(lines, cands[prev]!.start) === lineOf(lines, q.open) && cands[prev]!.kind === 'direct') {
        inherit = prev;
        rule = 'quotes/split';
      } else if (prev >= 0 && cands[prev]!.source) {
        const speaking = speakerCandBefore(q.open);
        // "She says people should … “It is their life.”": a whole quoted sentence after reported speech in the
        // same paragraph, nobody else named in between; or "Stoltenberg said the envoys did not reject the
        // offer. “Russia was not in a position …”": a quotation opening the sentence right after an attributed one.
        const sameParagraph =
          lineOf(lines, cands[prev]!.start) === lineOf(lines, q.open) && opensSentence(text, q.open) &&
          /[.!?]["”“]?\s*$/.test(content) && !namesBetween(toks, tokAt(cands[prev]!.end), tokAt(q.open));
        const si = sentenceAt(sentences, q.open);
        const nextSentence = si > 0 && !/\S/.test(text.slice(sentences[si]!.start, q.open)) && cands[prev]!.end >= sentences[si - 1]!.start;
        if (sameParagraph || nextSentence) {
          inherit = speaking >= 0 && cands[speaking]!.source ? speaking : prev;
          rule = 'quotes/continued-speaker';
        }
      }
    }
    const sentenceLike = /[.!?,]["”“]?\s*$/.test(content) || q.unclosed || q.paragraphInitial;
    if (inherit < 0 && (words < 4 || !sentenceLike)) return;
    if (inherit >= 0 && words < 3) return;
    spanCand.set(qi, cands.length);
    lastAdded = cands.length;
    cands.push({ start: q.start, end: q.end, kind: 'direct', source: null, cue: null, rule, inherit });
  });

  // 4. Speakers, in text order.
  const order = cands.map((_, i) => i).sort((a, b) => cands[a]!.start - cands[b]!.start);
  const namer = new SpeakerNamer(text, toks, doc.layers.mentions ?? [], doc.layers.entities ?? [], inQuote);
  const speakers = new Map<number, Speaker | null>();
  const resolve = (i: number, depth = 0): Speaker | null => {
    if (speakers.has(i)) return speakers.get(i)!;
    const c = cands[i]!;
    let sp: Speaker | null = null;
    if (c.source) sp = namer.name(c.source);
    else if (c.inherit >= 0 && depth < 50) {
      const from = resolve(c.inherit, depth + 1);
      // A continued or split quote is attributed by the same words as the part it continues.
      sp = from ? { ...from } : null;
    }
    speakers.set(i, sp);
    return sp;
  };
  const quotes: Quote[] = [];
  for (const i of order) {
    const c = cands[i]!;
    const [s, e] = trimSpan(text, c.start, c.end);
    if (e <= s) continue;
    const q: Quote = {
      start: s,
      end: e,
      text: text.slice(s, e),
      kind: c.kind,
      speaker: resolve(i),
      cue: c.cue,
      source: c.rule,
    };
    // "Crimea voted to …", "the US backed Kiev": an object content of a verb that is not one of speech.
    if (c.rule === 'quotes/source-cue-object' && c.cue) {
      const word = text.slice(c.cue[0], c.cue[1]).trim().split(/\s+/)[0]!.toLowerCase();
      const lemma = CUE_FORMS.get(word) ?? word;
      if (!SPEECH_OBJECT_LEMMAS.has(lemma) && !SPEECH_OBJECT_LEMMAS.has(word)) q.stance = true;
    }
    quotes.push(q);
  }
  return quotes;
}

/** What the candidate filter sees of a candidate. */
function filterInput(toks: Tok[], c: Cand, t: Tok, tokAt: (o: number) => number, sentLastTok: number[]): FilterInput {
  const a = tokAt(c.start);
  let b = a;
  while (b < toks.length && toks[b]!.end <= c.end) b++;
  const content = toks.slice(a, Math.max(a, b));
  const srcLast = c.source ? tokAt(c.source[1]) - 1 : -1;
  const last = content[content.length - 1];
  let toEnd = false;
  if (last) {
    const sl = sentLastTok[last.sent] ?? last.i;
    toEnd = toks.slice(last.i + 1, sl + 1).every((x) => TERMINAL.test(x.text) || QUOTE_CHARS.test(x.text));
  }
  return {
    rule: c.rule,
    kind: c.kind,
    lemma: CUE_FORMS.get(t.lower) ?? t.lower,
    cue: t,
    content,
    sourceHead: srcLast >= 0 ? toks[srcLast] ?? null : null,
    toSentenceEnd: toEnd,
  };
}

/** A quote mark opening a sentence: only spaces and a sentence end (or a line start) before it. */
function opensSentence(text: string, open: number): boolean {
  return /(?:^|[.!?]["”’)]?\s+|\n\s*)$/.test(text.slice(Math.max(0, open - 4), open));
}

/** A name (PROPN) or a speaking pronoun in tokens [a, b): someone else may speak there. */
function namesBetween(toks: Tok[], a: number, b: number): boolean {
  for (let x = a; x < b && x < toks.length; x++) if (toks[x]!.pos === 'PROPN' && /^[A-Z]/.test(toks[x]!.text)) return true;
  return false;
}

/**
 * Sentences split after an abbreviation ("Rep. Gwen Moore (D-Wis.) | said Friday.", "(R-S. | C.) said"): a
 * sentence that starts in lower case (or with the rest of a party tag) on the same line is joined to the one
 * before it (for this stage only).
 */
function joinBrokenSentences(text: string, sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && /^(?:[a-z]|[A-Z]\.\))/.test(text.slice(s.start, s.start + 3)) && !/\n/.test(text.slice(prev.end, s.start)) && /[.)]$/.test(text.slice(prev.start, prev.end))) {
      out[out.length - 1] = { ...prev, end: s.end };
    } else out.push(s);
  }
  return out;
}

export const quotesStage: Stage = {
  name: 'quotes',
  needs: ['sentences', 'tokens', 'mentions', 'entities'],
  adds: ['quotes'],
  run(doc: Doc) {
    doc.layers.quotes = findQuotes(doc);
  },
};

// ---------------------------------------------------------------------------------------------
// Lines and captions

interface Line {
  start: number;
  end: number;
}

function lineTable(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (/\S/.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Index of the sentence holding `offset`, or -1. */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const s = sentences[lo];
  return s && s.start <= offset && offset < s.end ? lo : -1;
}

function lineOf(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const TWEET_LINK = /(?:pic\.twitter\.com\/\w{1,20}|https?:\/\/t\.co\/\w{1,20})[ \t]*$/;

/**
 * Embedded tweets: the words before the signature (back to the start of their sentence, a link left out) are
 * what the author wrote; the author speaks, the dash is the cue.
 */
function embeddedTweets(text: string, sentences: readonly Sentence[]): { cand: Cand; signatureEnd: number }[] {
  const out: { cand: Cand; signatureEnd: number }[] = [];
  for (const sig of text.includes('(@') ? tweetSignatures(text) : []) {
    const dash = sig.start;
    let end = dash;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    const link = TWEET_LINK.exec(text.slice(Math.max(0, end - 60), end));
    if (link) end = Math.max(0, end - 60) + link.index;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    const si = sentenceAt(sentences, Math.max(0, end - 1));
    if (si < 0) continue;
    let start = sentences[si]!.start;
    // At most a tweet's length back.
    if (end - start > 300) start = end - 300;
    if (end - start < 10) continue;
    out.push({
      cand: { start, end, kind: 'direct', source: [sig.nameStart, sig.nameEnd], cue: [dash, dash + 1], rule: 'quotes/embedded-tweet', inherit: -1 },
      signatureEnd: sig.end,
    });
  }
  return out;
}

/** Longest line judged whole as a caption; a longer line (a whole article without paragraph breaks) is judged sentence by sentence. */
const CAPTION_LINE_MAX = 400;

function captionSpans(text: string, lines: Line[], sentences: readonly Sentence[]): Line[] {
  const out: Line[] = [];
  const whole = lines.map((l) => l.end - l.start <= CAPTION_LINE_MAX && looksLikeCaption(text.slice(l.start, l.end)));
  lines.forEach((l, i) => {
    if (whole[i]) out.push(l);
  });
  // The other lines sentence by sentence, in one pass over both (both are in text order).
  let li = 0;
  for (const s of sentences) {
    while (li < lines.length && lines[li]!.end <= s.start) li++;
    const l = lines[li];
    if (!l || whole[li] || s.start < l.start || s.end > l.end) continue;
    const sentence = text.slice(s.start, s.end);
    if (!looksLikeCaption(sentence)) continue;
    // "A convoy crosses the bridge. (Photo by X/AFP) The ministry said …": the caption ends with its credit.
    const credit = /\((?:Photo|Image|Picture|Credit)\b[^()]{0,160}\)/i.exec(sentence);
    out.push({ start: s.start, end: credit ? s.start + credit.index + credit[0].length : s.end });
  }
  return out;
}

/** Photo captions and credits: they never speak. */
export function looksLikeCaption(line: string): boolean {
  const l = line.trim();
  if (CAPTION.test(l)) return true;
  // A short line with a credit at its end ("… (Reuters)", "… Getty Images").
  return l.length < 300 && /(?:Getty Images|\bvia Reuters|\bAP Photo\b|\bAFP\b\s*$)/.test(l) && !/[“"]/.test(l);
}

const LABELS = new Set(
  ('source sources photo photos image video watch update updated note editor correction breaking exclusive related ' +
    'read more listen q a sign follow subscribe tags tag filed posted share advertisement caption credit credits ' +
    'clarification transcript live analysis opinion busted boom wow whoa commentary editorial contact email phone warning disclaimer contributing byline latest paid ' +
    'revealed stat').split(' '),
);

/** "Trump: ‘I’m the worst thing …’" — a name, a colon, and what was said (headlines and transcripts). */
function colonLine(text: string, l: Line, mentions: readonly EntityMention[]): Cand | null {
  const line = text.slice(l.start, l.end);
  const m = /^\s*["“”]?((?:[A-Z][\w.’'-]*|of|the)(?:\s+(?:[A-Z][\w.’'-]*|of|the)){0,4})\s*:\s+(\S.*)$/.exec(line);
  if (!m || !/^[A-Z]/.test(m[1]!)) return null;
  const name = m[1]!;
  if (name.split(/\s+/).some((w) => LABELS.has(w.toLowerCase().replace(/[’']s$/, '')))) return null;
  if (/^\d/.test(m[2]!)) return null;
  const srcStart = l.start + line.indexOf(name);
  // "NEW DELHI: India’s foreign minister …": a dateline in capitals, not a speaker.
  if (!/\p{Ll}/u.test(name) && placeName(mentions, [srcStart, srcStart + name.length])) return null;
  const colon = l.start + line.indexOf(':', srcStart - l.start + name.length);
  let start = l.start + line.length - m[2]!.length;
  let end = l.end;
  while (end > start && /[\s.]/.test(text[end - 1]!)) end--;
  let kind: QuoteKind = 'indirect';
  if (/^\s*["“”]/.test(line)) {
    // The whole line is quoted ("“WALLACE: …”"): what follows the colon is the quotation.
    while (end > start && /["“”\s]/.test(text[end - 1]!)) end--;
    kind = 'direct';
  }
  const body = text.slice(start, end);
  if (kind === 'direct') {
    // The line's own marks decided it.
  } else if (/^["“”„«»‘’']/.test(body) && /["“”„«»‘’'][.!?]?$/.test(body) && !/["“”„«»]/.test(body.slice(1, -2))) {
    kind = 'direct';
    start++;
    end -= /[.!?]$/.test(body) ? 2 : 1;
  } else if (/["“”„«»‘]/.test(body)) kind = 'partial';
  if (end - start < 6) return null;
  // "Said Ellis: “…”": a verb of speech before the name is the cue.
  const verb = /^(?:Said|Says|Added|Adds|Wrote|Writes)\s+(?=\p{Lu})/u.exec(name);
  if (verb) {
    const v = verb[0].trimEnd().length;
    return { start, end, kind, source: [srcStart + verb[0].length, srcStart + name.length], cue: [srcStart, srcStart + v], rule: 'quotes/name-colon', inherit: -1 };
  }
  return { start, end, kind, source: [srcStart, srcStart + name.length], cue: [colon, colon + 1], rule: 'quotes/name-colon', inherit: -1 };
}

/**
 * A "Name: words" line whose name speaks before the cue verbs inside its words: a transcript line ("WALLACE: …", the
 * name in capitals) or a headline of one sentence ("Rubio: I Still Believe Trump Can’t Be Trusted …"). Not when the
 * name holds a headline verb ("Carly Fiorina Endorses Ted Cruz: …").
 */
function colonFirst(text: string, l: Line, c: Cand): boolean {
  const name = text.slice(c.source![0], c.source![1]);
  if (name.split(/\s+/).some((w) => HEADLINE_VERBS.has(w.toLowerCase()))) return false;
  if (opensWithOwnSubject(text.slice(c.start, c.end))) return false;
  if (/^[A-Z][A-Z .’'-]+$/.test(name) && /[A-Z]{2}/.test(name)) return true;
  return l.end - l.start <= 200 && !/[.!?]["”’]?\s+\S/.test(text.slice(c.start, c.end).replace(/[‘'"“][^’'"”]*[’'"”]/g, ''));
}

/**
 * "Kraft Shooting: Yvonne Hiller Charged With …", "Ukraine War: Zelensky Says …": the words after a colon open with
 * their own subject (capitalised words, not "I"/"We") and a cue verb; the name before the colon is then a topic.
 */
function opensWithOwnSubject(body: string): boolean {
  const words = body.slice(0, 200).split(/\s+/, 5);
  for (let k = 1; k < words.length; k++) {
    if (!/^[A-Z]/.test(words[k - 1]!) || /^(?:I|I[’']\w+|We|My|Our)$/.test(words[k - 1]!)) return false;
    const w = words[k]!.toLowerCase();
    if (CUE_FORMS.has(w) || HEADLINE_VERBS.has(w)) return true;
  }
  return false;
}

/** A source span that is a place name in the mentions layer ("NEW DELHI: …" opening a dispatch). */
function placeName(mentions: readonly EntityMention[], src: Span): boolean {
  return mentions.some((m) => m.type === 'PLACE' && m.start <= src[0] && m.end >= src[1]);
}

/** "Hillary Clinton Speaks ‘Directly To White People’": a title-case headline, its source, a verb and the rest. */
function headlineLine(text: string, l: Line): Cand | null {
  const line = text.slice(l.start, l.end);
  if (line.length > 160 || /[.!?]\s+\S/.test(line.replace(/[‘'"“][^’'"”]*[’'"”]/g, ''))) return null;
  const words = [...line.matchAll(/[^\s]+/g)];
  if (words.length < 4) return null;
  const caps = words.filter((w) => /^[‘'"“]?[A-Z0-9]/.test(w[0])).length;
  if (caps / words.length < 0.75) return null;
  for (let k = 1; k <= 4 && k < words.length - 1; k++) {
    const w = words[k]![0];
    if (!HEADLINE_VERBS.has(w.toLowerCase())) continue;
    const before = words.slice(0, k);
    if (!before.every((x) => /^[A-Z][\w.’'-]*$/.test(x[0])) || LABELS.has(before[0]![0].toLowerCase())) return null;
    const srcStart = l.start + before[0]!.index!;
    const srcEnd = l.start + before[k - 1]!.index! + before[k - 1]![0].length;
    const cueStart = l.start + words[k]!.index!;
    const start = l.start + words[k + 1]!.index!;
    let end = l.end;
    while (end > start && /[\s.]/.test(text[end - 1]!)) end--;
    if (end - start < 6) return null;
    const body = text.slice(start, end);
    let kind: QuoteKind = /["“”„«»‘]/.test(body) ? 'partial' : 'indirect';
    // The whole rest in marks: the quotation itself, without them.
    if (/^["“‘']/.test(body) && /["”’']$/.test(body) && !/["“”„«»‘’]/.test(body.slice(1, -1).replace(/(?<=\w)[’'](?=\w)/g, ''))) {
      kind = 'direct';
      return { start: start + 1, end: end - 1, kind, source: [srcStart, srcEnd], cue: [cueStart, cueStart + w.length], rule: 'quotes/headline-source-cue', inherit: -1 };
    }
    return { start, end, kind, source: [srcStart, srcEnd], cue: [cueStart, cueStart + w.length], rule: 'quotes/headline-source-cue', inherit: -1 };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Tokens and spans

function firstTokenAtOrAfter(toks: Tok[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span opening at or after `offset` (spans are in text order). */
function firstOpenAtOrAfter(spans: readonly QuotedSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.open < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last span opening at or before `offset`, or -1. */
function lastOpenAtOrBefore(spans: readonly QuotedSpan[], offset: number): number {
  return firstOpenAtOrAfter(spans, offset + 1) - 1;
}

/** Nouns that report a statement when followed by "that" ("Trump's claim that …"). */
const CUE_NOUNS = new Set([
  'claim', 'claims', 'statement', 'statements', 'assertion', 'belief', 'argument', 'allegation', 'allegations',
  'view', 'warning', 'warnings', 'promise', 'pledge', 'insistence', 'suggestion', 'contention', 'charge', 'remarks',
  'comments', 'announcement', 'prediction', 'hope', 'fear', 'fears', 'concern', 'concerns', 'message', 'admission',
]);

/** Nouns that report a stance on what follows "of/about/for/on" ("his criticism of", "Trump's call for"). */
const PP_NOUNS = new Set([
  'announcement', 'assessment', 'criticism', 'criticisms', 'comments', 'comment', 'remarks', 'support', 'endorsement',
  'endorsements', 'call', 'calls', 'proposal', 'praise', 'attack', 'attacks', 'defense', 'defence', 'view', 'views',
  'opposition', 'statement', 'statements', 'description', 'characterization', 'denunciation', 'condemnation',
  'rejection', 'embrace', 'admiration', 'demand', 'demands', 'plea', 'warning', 'warnings', 'promise', 'praise',
]);

/** Adjectives of stance before about/that/to ("concerned about", "willing to", "sure that"). */
const STANCE_ADJECTIVES = new Set([
  'concerned', 'worried', 'passionate', 'frustrated', 'willing', 'unwilling', 'sure', 'unsure', 'confident', 'certain',
  'bearish', 'bullish', 'optimistic', 'pessimistic', 'skeptical', 'sceptical', 'hopeful', 'critical', 'supportive',
  'adamant', 'angry', 'upset', 'pleased', 'disappointed', 'eager', 'reluctant', 'opposed', 'aware', 'convinced',
  'determined', 'committed', 'proud', 'furious', 'unhappy', 'happy', 'wary', 'fearful', 'doubtful', 'vague', 'clear',
]);

/** Base forms of cue verbs the tagger takes for nouns after a plural subject ("polls show", "allies support"). */
const BARE_VERBS = new Set(['show', 'say', 'support', 'oppose', 'want', 'believe', 'think', 'suggest', 'argue', 'claim', 'warn', 'agree', 'fear', 'expect', 'insist', 'predict', 'indicate', 'estimate']);

/** Third-person forms of intention verbs the tagger often takes for plural nouns ("plans to", "vows to"). */
const INTENTION_FORMS = new Set(['plans', 'wants', 'hopes', 'vows', 'pledges', 'promises', 'refuses', 'declines', 'seeks', 'intends', 'threatens', 'urges']);

function isCueToken(toks: Tok[], t: Tok): boolean {
  // "271 pledged delegates", "the announced candidates": a participle between a number or determiner and a noun
  // modifies the noun.
  if (/ed$/.test(t.lower) && t.i > 0 && /^(?:NUM|DET)$/.test(toks[t.i - 1]!.pos) && toks[t.i - 1]!.sent === t.sent &&
    /^(?:NOUN|PROPN)$/.test(toks[t.i + 1]?.pos ?? '') && toks[t.i + 1]!.sent === t.sent && toks[t.i + 2]?.lower !== 'that') return false;
  // "Erdogan's planned two-day visit": a participle of intention after a possessive, before a noun phrase, modifies it
  // (stance participles stay cues there: "Russia's suspected ties", "Stumpf's repeated emphasis that").
  if (/^(?:planned|scheduled|intended)$/.test(t.lower) && t.i > 1 && /^[’']s$/.test(toks[t.i - 1]!.lower) && toks[t.i - 1]!.sent === t.sent && /^(?:PROPN|NOUN)$/.test(toks[t.i - 2]!.pos) &&
    /^(?:NOUN|ADJ|NUM)$/.test(toks[t.i + 1]?.pos ?? '') && toks[t.i + 1]!.sent === t.sent) return false;
  // "familiar with Cruz’s thinking said": a gerund after a name's possessive, before a verb or a break, is a noun.
  if (/ing$/.test(t.lower) && t.i > 1 && /^[’']s$/.test(toks[t.i - 1]!.lower) && /^(?:PROPN|NOUN)$/.test(toks[t.i - 2]!.pos) && toks[t.i - 1]!.sent === t.sent &&
    (!toks[t.i + 1] || /^(?:VERB|AUX|PUNCT)$/.test(toks[t.i + 1]!.pos))) return false;
  if (t.lower === 'according' && toks[t.i + 1]?.lower === 'to') return true;
  if (t.lower === 'in' && pollPhraseEnd(toks, t.i) >= 0) return true;
  // "Millennials see police violence as a problem"
  if ((t.lower === 'see' || t.lower === 'sees' || t.lower === 'saw') && t.pos === 'VERB') {
    for (let x = t.i + 1; x < toks.length && x <= t.i + 10 && toks[x]!.sent === t.sent; x++) {
      if (toks[x]!.lower === 'as') return x > t.i + 1;
      if (toks[x]!.pos === 'VERB' || toks[x]!.pos === 'AUX' || toks[x]!.text === ',') break;
    }
    return false;
  }
  // "As one strategist put it, …"
  if (t.lower === 'put' && toks[t.i + 1]?.lower === 'it' && asSourceStart(toks, t.i) >= 0) return true;
  const next = toks[t.i + 1];
  // Any verb or adjective taking a "that" clause ("made it clear that", "was sure that", "is convinced that").
  if (next && next.lower === 'that' && next.pos === 'SCONJ' && (t.pos === 'VERB' || t.pos === 'ADJ')) return true;
  if (next && next.lower === 'that' && CUE_NOUNS.has(t.lower) && t.pos === 'NOUN') return true;
  if (next && /^(?:of|about|for|on)$/.test(next.lower) && PP_NOUNS.has(t.lower) && t.pos === 'NOUN') return true;
  if (next && /^(?:about|that|to|if|whether|on|with|of)$/.test(next.lower) && STANCE_ADJECTIVES.has(t.lower)) return true;
  if (!CUE_FORMS.has(t.lower)) return false;
  // Present-tense verbs the tagger took for plural nouns: "polls show that", "Israel regards all of …".
  if (t.pos === 'NOUN' && /s$/.test(t.lower)) {
    const prev = toks[t.i - 1];
    const nx = toks[t.i + 1];
    // Not inside a prepositional phrase: "detained on drug charges that could bring …".
    const object = prev?.pos === 'NOUN' && toks[t.i - 2]?.pos === 'ADP' && toks[t.i - 2]!.sent === t.sent;
    if (prev && nx && prev.sent === t.sent && !object && (prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.lower === 'who') &&
      (nx.lower === 'that' || nx.pos === 'DET' || nx.pos === 'PROPN' || nx.pos === 'PRON' || nx.pos === 'NUM')) return true;
  }
  if (t.pos === 'NOUN' && (t.lower === 'support' || t.lower === 'say' || t.lower === 'want') && toks[t.i - 1]?.lower === 'who') return true;
  // "…, Portuguese newspaper Correio de Manha reports.": a closing verb of speech after a name, tagged as a noun.
  if (t.pos === 'NOUN' && /^(?:reports|says|writes|notes|adds|reported)$/.test(t.lower) && toks[t.i - 1]?.pos === 'PROPN' && toks[t.i - 1]!.sent === t.sent &&
    (!toks[t.i + 1] || toks[t.i + 1]!.sent !== t.sent || TERMINAL.test(toks[t.i + 1]!.text))) {
    for (let x = t.i - 2; x >= 0 && x >= t.i - 8 && toks[x]!.sent === t.sent; x--) {
      if (toks[x]!.text === ',') return true;
      if (!/^(?:NOUN|PROPN|ADJ|DET)$/.test(toks[x]!.pos)) break;
    }
  }
  // "…, with chief executive John French saying there was …": a speech participle the tagger took for a noun.
  if (t.pos === 'NOUN' && /^(?:saying|adding|warning|noting|arguing|insisting|stressing|claiming)$/.test(t.lower)) {
    for (let x = t.i - 1; x >= 0 && x >= t.i - 8 && toks[x]!.sent === t.sent; x--) {
      if (toks[x]!.lower === 'with') return toks[x - 1]?.text === ',';
      if (toks[x]!.pos === 'VERB' || toks[x]!.pos === 'AUX' || toks[x]!.text === ',') break;
    }
  }
  // "Polls show a close race", "China and Russia support the government": a bare verb after a plural subject.
  if (t.pos === 'NOUN' && BARE_VERBS.has(t.lower)) {
    const prev = toks[t.i - 1];
    const nx = toks[t.i + 1];
    const pluralSubject = prev && prev.sent === t.sent && (prev.pos === 'NUM' || prev.text === '%' || (prev.pos === 'NOUN' && /[^s]s$/.test(prev.lower)) || (prev.pos === 'PROPN' && (/[^s]s$/.test(prev.lower) || toks[t.i - 2]?.lower === 'and' || /^(?:Survey|Data|Polling)$/.test(prev.text))));
    if (pluralSubject && nx && nx.sent === t.sent && (nx.lower === 'that' || nx.pos === 'DET' || nx.pos === 'PROPN' || nx.pos === 'PRON' || nx.pos === 'NUM' ||
      // "Early polls show voters …"
      (nx.pos === 'NOUN' && /^(?:polls|surveys|data|records|results|studies|figures|numbers)$/.test(prev.lower)))) return true;
    // "…, campaign records show.", "During the stretch, F.A.A. records show, the plane …": closing or parenthetical.
    if (pluralSubject && prev.pos === 'NOUN' && (!nx || nx.sent !== t.sent || TERMINAL.test(nx.text) || nx.text === ',')) {
      for (let x = t.i - 2; x >= 0 && x >= t.i - 6 && toks[x]!.sent === t.sent; x--) {
        if (toks[x]!.text === ',') return true;
        if (!/^(?:NOUN|PROPN|ADJ|DET|CCONJ|NUM)$/.test(toks[x]!.pos)) break;
      }
    }
  }
  // "Clinton plans to call …", "the union wants to …": a verb of intention before an infinitive, tagged as a noun.
  if (t.pos === 'NOUN' && INTENTION_FORMS.has(t.lower) && toks[t.i + 1]?.lower === 'to' && toks[t.i + 2]?.pos === 'VERB') {
    const prev = toks[t.i - 1];
    if (prev && prev.sent === t.sent && (prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'PRON')) return true;
  }
  // "Trump is promising lower taxes": a present participle after "is", tagged as an adjective.
  if (t.pos === 'ADJ' && /ing$/.test(t.lower) && toks[t.i - 1]?.pos === 'AUX' && /^(?:is|are|was|were|been|'s|’s|'re|’re)$/.test(toks[t.i - 1]!.lower)) return true;
  return t.pos === 'VERB' || (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.pos !== 'ADP') || t.lower === 'said';
}

const MESSAGE_NOUNS = new Set(['statement', 'statements', 'message', 'messages', 'letter', 'letters', 'email', 'emails', 'e-mail', 'tweet', 'tweets', 'post', 'posts',
  'memo', 'note', 'release', 'video', 'ad', 'ads', 'advertisement', 'text', 'column', 'op-ed', 'editorial', 'speech', 'filing', 'brief', 'petition', 'resolution']);

/** Occasions of speech: "said at a news conference announcing …" names the speaker before them. */
const EVENT_NOUNS = new Set(['conference', 'briefing', 'rally', 'interview', 'hearing', 'appearance', 'speech', 'event', 'debate', 'meeting', 'session', 'summit', 'forum', 'call']);

/**
 * "Mr. Trump issued a statement Tuesday saying …", "his campaign sent out a text message to supporters saying: …": a
 * participle cue after a message (and the people it went to) that is the object of a verb; the verb's subject is the
 * author and the source. Returns null when the phrase does not read so.
 */
function messageAuthor(toks: Tok[], np: [number, number], floor: number): [number, number] | null {
  let s0 = np[0];
  let h = np[1];
  if (/^(?:to|for)$/.test(toks[s0 - 1]?.lower ?? '') && s0 - 2 >= floor) {
    const obj = npLeft(toks, s0 - 2, floor);
    if (!obj) return null;
    s0 = obj[0];
    h = obj[1];
  }
  while (h > s0 && isTimeWord(toks[h]!)) h--;
  // "she said at a news conference announcing that …": an occasion after a verb and a preposition.
  const occasion = EVENT_NOUNS.has(toks[h]!.lower) && /^(?:at|in|during|on)$/.test(toks[s0 - 1]?.lower ?? '') && s0 - 2 >= floor;
  if (!MESSAGE_NOUNS.has(toks[h]!.lower) && !occasion) return null;
  let v = occasion ? s0 - 2 : s0 - 1;
  if (/^(?:out|up|off)$/.test(toks[v]?.lower ?? '')) v--;
  const verb = toks[v];
  if (!verb || v < floor || verb.pos !== 'VERB' || verb.sent !== toks[h]!.sent) return null;
  let k = v - 1;
  while (k >= floor && BETWEEN_POS.has(toks[k]!.pos) && !PRONOUNS.has(toks[k]!.lower)) k--;
  const subj = npLeft(toks, k, floor);
  return subj && toks[subj[1]]!.pos !== 'NUM' ? subj : null;
}

/**
 * "Ayotte has spent nearly all of her time responding to …", "Clinton spent much of the run-up to the caucuses portraying
 * …": a participle after the object of "spend" takes the subject of "spend". Null when the words do not read so.
 */
function spentOn(toks: Tok[], np: [number, number], floor: number): [number, number] | null {
  for (let s = np[0] - 1; s >= floor && s >= np[0] - 10; s--) {
    const x = toks[s]!;
    // Not a participle before a phrase ("the money spent on the ads attacking …").
    if (/^(?:spent|spend|spends|spending)$/.test(x.lower) && toks[s + 1]?.pos !== 'ADP') {
      let k = s - 1;
      while (k >= floor && BETWEEN_POS.has(toks[k]!.pos) && !PRONOUNS.has(toks[k]!.lower)) k--;
      const subj = npLeft(toks, k, floor);
      return subj && subj[1] < s ? subj : null;
    }
    if (x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'PUNCT' || x.sent !== toks[np[0]]!.sent) return null;
  }
  return null;
}

/** A past participle after a form of "be" (adverbs between), not a participle of feeling or stance. */
function passiveCue(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  if (t.pos !== 'VERB' || !/(?:ed|en|wn|ld|id|ght|ung|ut|et)$/.test(t.lower) || SEEM_STANCES.test(t.lower) ||
    /^(?:worried|concerned|convinced|committed|determined|adamant|assured|surprised|disappointed|frustrated|troubled|alarmed|opposed|prepared|interested|excited|encouraged|impressed|puzzled|offended|outraged|dismayed|heartened|relieved|inclined|persuaded|resigned|set|torn|split|divided|united|engaged|involved|upset|mystified|shocked|rattled|focused|aimed|stunned|angered|bothered|irritated|annoyed|thrilled|delighted|unmoved|unimpressed|fixated|obsessed|confused|amazed|unconvinced)$/.test(t.lower) ||
    toks[i + 1]?.lower === 'that') return false;
  let k = i - 1;
  while (k >= 0 && toks[k]!.sent === t.sent && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'PART') && k > i - 4) k--;
  const be = toks[k];
  // Not "he's said" ("'s" for "has").
  if (!be || be.sent !== t.sent || !/^(?:is|was|were|are|been|being|be|'re|’re)$/.test(be.lower)) return false;
  return toks[i + 1]?.lower !== 'by';
}

const SEEM_STANCES = /^(?:hopeful|pleased|worried|concerned|confident|eager|ready|willing|open|skeptical|sceptical|reluctant|uneasy|happy|unhappy|determined|intent|anxious|unconvinced|convinced|unwilling|inclined|poised|content|satisfied|unsure|sure|certain)$/;

/**
 * "seemed to blame", "appeared more likely to describe", "seemed to be hoping", "seemed hopeful that": an act or a stance
 * of the subject after "seem"/"appear" (not a state: "seemed unperturbed", "appear to be unanimous").
 */
function actAfterSeem(toks: Tok[], i: number): boolean {
  for (let x = i + 1; x <= i + 4 && toks[x] && toks[x]!.sent === toks[i]!.sent; x++) {
    const tx = toks[x]!;
    if (SEEM_STANCES.test(tx.lower)) return true;
    if (tx.lower === 'to') {
      const vb = toks[x + 1];
      if (vb?.lower === 'be') return !!toks[x + 2] && ((/ing$/.test(toks[x + 2]!.lower) && toks[x + 2]!.pos === 'VERB') || SEEM_STANCES.test(toks[x + 2]!.lower));
      return !!vb && vb.pos === 'VERB' && vb.lower !== 'have';
    }
    if (!/^(?:more|less|most|likely|unlikely|also|now|again|even|only|not|n't|never)$/.test(tx.lower) && tx.pos !== 'ADV') return false;
  }
  return false;
}

/** A participle before a noun, modifying it: "sitting governor", "organizing director". */
function attributiveParticiple(toks: Tok[], i: number): boolean {
  const x = toks[i]!;
  const n = toks[i + 1];
  return x.pos === 'VERB' && /(?:ing|ed)$/.test(x.lower) && !!n && n.sent === x.sent && (n.pos === 'NOUN' || n.pos === 'PROPN');
}

/** Holds a quotation mark ("''" included). */
function hasMarks(s: string): boolean {
  return /["“”„«»]|''/.test(s);
}

/** A quotation mark token, "''" split in two by the tokenizer included. */
function isQuoteTok(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (!t) return false;
  if (QUOTE_CHARS.test(t.text)) return true;
  return t.text === "'" && (toks[i - 1]?.text === "'" && toks[i - 1]!.end === t.start || toks[i + 1]?.text === "'" && toks[i + 1]!.start === t.end);
}

function isCueWord(t: Tok | undefined): boolean {
  return !!t && CUE_FORMS.has(t.lower) && t.pos !== 'ADP';
}

/** "the Washington Post", "the New York Post": a capitalized name after another, not the verb "post". */
function namePart(toks: Tok[], k: number): boolean {
  const tk = toks[k]!;
  return tk.pos === 'PROPN' && /^\p{Lu}/u.test(tk.text) && toks[k - 1]?.pos === 'PROPN' && toks[k - 1]!.sent === tk.sent;
}

function sameSentence(a: Tok | undefined, b: Tok): a is Tok {
  return !!a && a.sent === b.sent;
}

/**
 * Noun phrase ending at token `i` (inclusive), read leftwards: names, nouns, adjectives,
 * determiners, possessives, "of" between nouns; or a subject pronoun alone. Returns [first, last] or null.
 */
const QUANTIFIER_SUBJECT = /^(?:some|many|all|most|both|few|several|each|none|half)$/;

function npLeft(toks: Tok[], i: number, floor: number): [number, number] | null {
  // A party tag after a name belongs to the source: "Sen. Lindsey Graham (R-S.C.)", "Gov. Pat McCrory (R)".
  const tagOpen = partyTagOpen(toks, i, floor);
  if (tagOpen > floor) {
    const np = npLeft(toks, tagOpen - 1, floor);
    return np && /^[A-Z]/.test(toks[tagOpen - 1]!.text) ? [np[0], i] : null;
  }
  const last = toks[i];
  if (!last || i < floor) return null;
  // "The International Atomic Energy Agency (IAEA) said": an abbreviation in brackets after a name belongs to it.
  if (last.text === ')' && i - 3 >= floor && toks[i - 2]!.text === '(' && /^\p{Lu}[\p{Lu}\d&.-]{1,9}$/u.test(toks[i - 1]!.text) && toks[i - 3]!.pos === 'PROPN' && toks[i - 3]!.sent === last.sent) {
    const np = npLeft(toks, i - 3, floor);
    return np ? [np[0], i] : null;
  }
  // "Some believe …", "Many fear …", "All agreed that …": a quantifier standing for people, opening its clause.
  if (QUANTIFIER_SUBJECT.test(last.lower) && (i === floor || toks[i - 1]!.sent !== last.sent || /^(?:PUNCT|CCONJ|SCONJ)$/.test(toks[i - 1]!.pos)) &&
    /^(?:VERB|AUX|ADV)$/.test(toks[i + 1]?.pos ?? '')) return [i, i];
  // "Those close to him say …", "people familiar with them said …": an object pronoun ending the phrase.
  if (/^(?:him|her|them|us)$/.test(last.lower) && /^(?:to|with)$/.test(toks[i - 1]?.lower ?? '') && /^(?:familiar|close)$/.test(toks[i - 2]?.lower ?? '') && i - 3 >= floor && toks[i - 3]!.sent === last.sent) {
    const h = toks[i - 3]!;
    if (h.lower === 'those') return [i - 3, i];
    const np = /^(?:NOUN|PROPN)$/.test(h.pos) ? npLeft(toks, i - 3, floor) : null;
    return np ? [np[0], i] : null;
  }
  if (last.pos === 'PRON' || last.lower === 'who') return PRONOUNS.has(last.lower) || last.lower === 'who' || isRelativeSource(toks, i) ? [i, i] : null;
  if (isRelativeSource(toks, i)) return [i, i];
  // "42% say", "those surveyed say"
  if (last.text === '%' && toks[i - 1]?.pos === 'NUM' && toks[i - 1]!.sent === last.sent) {
    const np = npLeft(toks, i - 1, floor);
    return np ? [np[0], i] : null;
  }
  // "Shop owners interviewed by Reuters said": the people interviewed speak, not the outlet that asked them.
  if (/^(?:PROPN|NOUN)$/.test(last.pos) && i - 2 > floor) {
    let b = i - 1;
    while (b > floor && b > i - 6 && toks[b]!.lower !== 'by' && /^(?:PROPN|NOUN|DET|ADJ)$/.test(toks[b]!.pos)) b--;
    const part = toks[b - 1];
    if (toks[b]!.lower === 'by' && part && part.sent === last.sent && /^(?:surveyed|polled|questioned|interviewed|asked|contacted|quoted|cited)$/.test(part.lower) && b - 2 >= floor && /^(?:NOUN|PROPN)$/.test(toks[b - 2]!.pos) && toks[b - 2]!.sent === last.sent) {
      return npLeft(toks, b - 2, floor);
    }
  }
  if (last.pos === 'VERB' && /^(?:surveyed|polled|questioned|interviewed|asked|sampled)$/.test(last.lower) && i - 1 >= floor &&
    (toks[i - 1]!.lower === 'those' || (toks[i - 1]!.pos === 'NOUN' && /s$/.test(toks[i - 1]!.lower)))) {
    const np = toks[i - 1]!.lower === 'those' ? [i - 1, i - 1] : npLeft(toks, i - 1, floor);
    return np ? [np[0]!, i] : null;
  }
  // "attorney general": an adjective after a noun may end the phrase.
  const postAdj = last.pos === 'ADJ' && (toks[i - 1]?.pos === 'NOUN' || toks[i - 1]?.pos === 'PROPN') && toks[i - 1]!.sent === last.sent;
  // "The self-described democratic socialist said": an adjective after a determiner, before a verb, is a noun.
  if (last.pos === 'ADJ' && !postAdj) {
    const nx = toks[i + 1];
    if (!nx || nx.sent !== last.sent || (nx.pos !== 'VERB' && nx.pos !== 'AUX')) return null;
    let d = i - 1;
    while (d >= floor && d > i - 7 && toks[d]!.sent === last.sent && (toks[d]!.pos === 'ADJ' || toks[d]!.pos === 'NOUN' || (toks[d]!.text === '-' && toks[d]!.start === toks[d - 1]?.end) ||
      (toks[d]!.pos === 'VERB' && toks[d - 1]?.text === '-' && toks[d - 1]!.end === toks[d]!.start))) d--;
    // Not the object of a preposition ("who in the past has voiced …").
    const before = toks[d - 1];
    if (before && before.sent === last.sent && before.pos === 'ADP') return null;
    return d >= floor && d < i && toks[d]!.sent === last.sent && /^(?:the|a|an|this|that|another)$/.test(toks[d]!.lower) ? [d, i] : null;
  }
  // "Cruz’s thinking": a gerund after a name's possessive is a noun.
  // "Exit polling showed": a gerund after a modifier, right before a verb, is a noun too.
  const gerund = last.pos === 'VERB' && /ing$/.test(last.lower) && i - 1 >= floor && toks[i - 1]!.sent === last.sent &&
    ((/^[’']s$/.test(toks[i - 1]!.lower) && /^(?:PROPN|NOUN)$/.test(toks[i - 2]?.pos ?? '') && i - 2 >= floor) ||
      (/^(?:PROPN|NOUN|ADJ|DET)$/.test(toks[i - 1]!.pos) && toks[i + 1]?.pos === 'VERB' && toks[i + 1]!.sent === last.sent && !/ing$/.test(toks[i + 1]!.lower)));
  if ((!NP_POS.has(last.pos) && !gerund) || last.pos === 'DET') return null;
  let j = i;
  while (j - 1 >= floor) {
    const p = toks[j - 1]!;
    if (p.sent !== last.sent) break;
    if (NP_POS.has(p.pos) || /^[’']s$/.test(p.lower)) {
      j--;
      continue;
    }
    // "Vice Speaker of the Federation Council (the upper house of Russia's parliament) Konstantin Kosachev": a
    // bracketed gloss after a noun or name belongs to the phrase.
    if (p.text === ')') {
      let k = j - 2;
      while (k >= floor && k >= j - 14 && toks[k]!.text !== '(' && toks[k]!.text !== ')' && toks[k]!.sent === last.sent) k--;
      if (k - 1 >= floor && toks[k]?.text === '(' && (toks[k - 1]!.pos === 'PROPN' || toks[k - 1]!.pos === 'NOUN') && toks[k - 1]!.sent === last.sent) {
        j = k;
        continue;
      }
    }
    // "Correio de Manha", "Ludwig van Beethoven": a lower-case particle inside a name.
    if (/^(?:de|da|do|dos|del|della|der|van|von|la|le|al|el|bin|ibn)$/.test(p.text) && j - 2 >= floor && toks[j - 2]!.pos === 'PROPN' && toks[j]!.pos === 'PROPN' && toks[j - 2]!.sent === last.sent) {
      j -= 2;
      continue;
    }
    // "an inside source": a word the tagger read as a preposition between a determiner and a noun.
    if (p.pos === 'ADP' && j - 2 >= floor && toks[j - 2]!.pos === 'DET' && toks[j - 2]!.sent === last.sent && toks[j]!.pos === 'NOUN' && /^(?:inside|top|outside|near)$/.test(p.lower)) {
      j--;
      continue;
    }
    // "an aide to Mr. Graham", "an adviser to the president": a person defined by whom they serve.
    if (p.lower === 'to' && j - 2 >= floor && RELATIONAL_NOUNS.has(toks[j - 2]!.lower) && toks[j - 2]!.sent === last.sent && /^(?:PROPN|NOUN)$/.test(last.pos)) {
      j -= 2;
      continue;
    }
    // "a source familiar with the talks", "an aide close to the senator"
    if ((p.lower === 'with' || p.lower === 'to') && j - 3 >= floor && /^(?:familiar|close)$/.test(toks[j - 2]!.lower) && (/^(?:NOUN|PROPN)$/.test(toks[j - 3]!.pos) || toks[j - 3]!.lower === 'those') && toks[j - 3]!.sent === last.sent) {
      j -= 3;
      continue;
    }
    if ((p.lower === 'of' || p.lower === 'for' || p.lower === 'and' || p.lower === '-') && j - 2 >= floor) {
      const q = toks[j - 2]!;
      if (q.pos === 'PROPN' || q.pos === 'NOUN') {
        j -= 2;
        continue;
      }
    }
    break;
  }
  if (i - j > 20) j = i - 20;
  // Do not start on "'s" or a lone determiner chain.
  while (j < i && (toks[j]!.pos === 'PART' || toks[j]!.lower === 'and')) j++;
  return [shareStart(toks, j, floor), i];
}

/** Nouns naming a person by whom they serve or speak for ("an aide to", "a spokesman for"). */
const RELATIONAL_NOUNS = new Set(['aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'envoy', 'assistant', 'deputy', 'counsel', 'ally', 'allies', 'confidant', 'successor', 'predecessor']);

const SHARE_COUNT = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/**
 * "nine in 10 (voters)", "three out of 10": a share of people whose phrase the tagger broke at "in"; the first token
 * of the whole share when `j` starts the "10" part, else `j`.
 */
function shareStart(toks: Tok[], j: number, floor: number): number {
  const t = toks[j]!;
  if (!/^\d+$/.test(t.text)) return j;
  let k = j - 1;
  if (toks[k]?.lower === 'of' && toks[k - 1]?.lower === 'out') k--;
  else if (toks[k]?.lower !== 'in') return j;
  const n = toks[k - 1];
  if (k - 1 < floor || !n || n.sent !== t.sent || !SHARE_COUNT.test(n.lower)) return j;
  // "About four in 10", "more than six in 10".
  const q = toks[k - 2];
  if (k - 2 >= floor && q && q.sent === t.sent) {
    if (/^(?:about|nearly|almost|roughly|around|some|only|just)$/.test(q.lower)) return k - 2;
    if (q.lower === 'than' && k - 3 >= floor && /^(?:more|less|fewer)$/.test(toks[k - 3]!.lower)) return k - 3;
  }
  return k - 1;
}

const PARTY_TAG = /^\((?:[RDI]|Ind|Dem|Rep|GOP)(?:[-–][A-Z][A-Za-z.]*(?:[A-Z][a-z.]*)?)?\)$/;

/** Index of the "(" of a party tag ("(R-S.C.)", "(D)") ending at token `i`, or -1. */
function partyTagOpen(toks: Tok[], i: number, floor: number): number {
  if (toks[i]?.text !== ')') return -1;
  for (let k = i - 1; k >= floor && k >= i - 6; k--) {
    if (toks[k]!.text !== '(') continue;
    const words = toks.slice(k, i + 1).map((x) => x.text).join('');
    return PARTY_TAG.test(words) && toks[k]!.sent === toks[i]!.sent ? k : -1;
  }
  return -1;
}

/**
 * The noun phrase a subject relative clause hangs on, when `np` ends that clause right before the main verb ("the
 * company which is registered as [the owner of the yacht] have denied"); null otherwise.
 */
function subjectOfRelative(toks: Tok[], np: [number, number], sentFirst: number): [number, number] | null {
  for (let r = np[0] - 2; r > sentFirst && r >= np[0] - 14; r--) {
    const x = toks[r]!;
    if (x.text === ',' || QUOTE_CHARS.test(x.text) || TERMINAL.test(x.text) || x.text === ';' || x.text === ':') return null;
    if (!/^(?:who|which|that)$/.test(x.lower)) continue;
    const head = toks[r - 1]!;
    if (!/^(?:NOUN|PROPN)$/.test(head.pos) || !/^(?:VERB|AUX)$/.test(toks[r + 1]?.pos ?? '') || head.sent !== x.sent) return null;
    const subj = npLeft(toks, r - 1, sentFirst);
    if (!subj) return null;
    // The subject opens its sentence (after a conjunction or adverb at most).
    const before = toks.slice(sentFirst, subj[0]);
    return before.every((b) => b.pos === 'CCONJ' || b.pos === 'ADV' || b.text === ',') ? [subj[0], r - 1] : null;
  }
  return null;
}

/** "which" right after a noun or a comma: the subject of a relative clause ("a report, which found that …"). */
function isRelativeSource(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  if (t.lower !== 'which') return false;
  const p = toks[i - 1];
  return !!p && p.sent === t.sent && (p.pos === 'NOUN' || p.pos === 'PROPN' || (p.text === ',' && t.lower === 'which'));
}

/** Noun phrase starting at token `i`, read rightwards (for "said Peskov", "said the minister of …"). */
function npRight(toks: Tok[], i: number, limit: number): [number, number] | null {
  const first = toks[i];
  if (!first || i > limit) return null;
  const possessive = first.pos === 'PRON' && /^(?:his|her|their|its|our|my)$/.test(first.lower) && toks[i + 1]?.sent === first.sent && /^(?:NOUN|PROPN|ADJ)$/.test(toks[i + 1]!.pos);
  if (first.pos === 'PRON' && !possessive) return PRONOUNS.has(first.lower) ? [i, i] : null;
  if (!NP_POS.has(first.pos) && !possessive) return null;
  let j = i;
  while (j + 1 <= limit) {
    const n = toks[j + 1]!;
    if (n.sent !== first.sent) break;
    // "Lawmakers graded the policy": a past form the tagger read as an adjective, between a noun and the determiner
    // or name of an object, is the verb.
    if (n.pos === 'ADJ' && /ed$/.test(n.lower) && /^(?:NOUN|PROPN)$/.test(toks[j]!.pos) && (/^(?:DET|PROPN|PRON)$/.test(toks[j + 2]?.pos ?? '') || (toks[j + 2]?.pos === 'NOUN' && /^\p{Lu}/u.test(toks[j + 2]!.text))) && toks[j + 2]!.sent === n.sent) break;
    // "A leaked memo": a past participle between a determiner and a noun modifies it.
    const modifying = n.pos === 'VERB' && /ed$/.test(n.lower) && toks[j]!.pos === 'DET' && /^(?:NOUN|ADJ|NUM|PROPN)$/.test(toks[j + 2]?.pos ?? '') && j + 2 <= limit;
    if (NP_POS.has(n.pos) || /^[’']s$/.test(n.lower) || modifying) {
      j++;
      continue;
    }
    if ((n.lower === 'of' || n.lower === 'for' || n.lower === 'and') && j + 2 <= limit) {
      const q = toks[j + 2]!;
      if (q.pos === 'PROPN' || q.pos === 'NOUN' || q.pos === 'DET' || q.pos === 'ADJ' || (n.lower === 'of' && q.pos === 'PRON' && /^(?:his|her|their|its|our|my)$/.test(q.lower))) {
        j += 2;
        continue;
      }
    }
    // "Florida-based Republican strategist": a hyphenated modifier.
    if (n.text === '-' && n.start === toks[j]!.end && j + 2 <= limit && toks[j + 2]!.start === n.end && /^[a-z]/i.test(toks[j + 2]!.text)) {
      j += 2;
      continue;
    }
    break;
  }
  if (j - i > 14) return null;
  // Must end on a noun or name, not a determiner or adjective.
  while (j > i && !(toks[j]!.pos === 'PROPN' || toks[j]!.pos === 'NOUN' || toks[j]!.pos === 'NUM')) j--;
  if (!(toks[j]!.pos === 'PROPN' || toks[j]!.pos === 'NOUN' || toks[j]!.pos === 'NUM')) return null;
  return [i, j];
}

/** Cue span: the verb, aux/adverbs right before it, and a tail like "in a statement" or "reporters". */
function cueSpan(text: string, toks: Tok[], v: number, from: number): { span: Span; end: number } {
  const t = toks[v]!;
  let end = t.end;
  if (t.lower === 'according') end = toks[v + 1]!.end;
  else {
    const particle = toks[v + 1];
    if (particle && t.lower.startsWith('point') && particle.lower === 'out') end = particle.end;
    const m = CUE_TAIL.exec(text.slice(end, end + 120));
    if (m) end += m[0].length;
  }
  return { span: [toks[from]!.start, end], end };
}

// ---------------------------------------------------------------------------------------------
// 1. Quoted spans: attribution after or before

interface Attribution {
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
function closeUnclosed(text: string, q: QuotedSpan): Attribution | null {
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

/** An unclosed quotation that holds its own attribution ends where the attribution begins. */
function closeAt(q: QuotedSpan, at: number): void {
  q.end = at;
  q.close = at;
  q.after = at;
  q.unclosed = false;
}

const DASH_NAME = /^[^\S\n]*([―—])[^\S\n]*(\p{Lu}[\p{L}.’'-]*(?:[^\S\n]+\p{Lu}[\p{L}.’'-]*){1,3})(?=[^\S\n]*(?:\n|$|["“”]))/u;

/** "“…,” he said.", "“…,” said Peskov.", "“…” Peskov told reporters." */
const SIGNATURE_LINE = /^[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*([-―—–])[^\S\n]*(\p{Lu}[\p{L}.’'-]*(?:[^\S\n]+\p{Lu}[\p{L}.’'-]*){0,3}?)[^\S\n]*[.]?[^\S\n]*(?=\n|$)/u;

function attributeAfter(text: string, toks: Tok[], q: QuotedSpan, tokAt: (o: number) => number): Attribution | null {
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

/** Lemmas of verbs of speech whose reported clause may hold a quotation with an attribution of its own. */
/** Lemmas of cues that attribute a quotation by themselves, also inside another clause ("she replied, “…”"). */
const INNER_SPEECH = new Set(['say', 'tell', 'add', 'write', 'reply', 'respond', 'answer', 'boast', 'ask', 'declare', 'announce', 'state', 'shout', 'exclaim', 'quip', 'joke', 'retort', 'counter', 'tweet', 'post', 'explain', 'insist', 'warn', 'argue', 'continue']);
const OUTER_SPEECH = new Set(['say', 'tell', 'add', 'write', 'argue', 'claim', 'insist', 'warn', 'note', 'explain', 'suggest', 'acknowledge', 'contend', 'predict']);

/**
 * A verb of speech earlier in the sentence of token `i`, outside quotation marks, with no colon or semicolon
 * between ("He said that he would offer …").
 */
function speechBefore(toks: Tok[], i: number, inQuote: (offset: number) => boolean): boolean {
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
function attributeBefore(
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
function colonIntro(toks: Tok[], q: QuotedSpan, tokAt: (o: number) => number): Attribution | null {
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

// ---------------------------------------------------------------------------------------------
// 2. Reported speech around a cue verb

/** Longest stretch of tokens read after a cue (keeps the work per cue bounded on hostile input). */
const WINDOW = 300;

/** Participles of speech that follow a closing attribution ("…, Spicer said, adding that …"). */
const CLOSING_PARTICIPLES = /^(?:adding|noting|citing|saying|telling|explaining|arguing|insisting|warning|stressing|calling|referring)$/;

function reported(text: string, toks: Tok[], t: Tok, sent: Sentence, spans: QuotedSpan[], lastOfSentence: number): Cand | null {
  const v = t.i;
  const sentFirst = firstTokenAtOrAfter(toks, sent.start);
  const sentLast = Math.min(lastOfSentence, v + WINDOW);
  // Content end: the sentence end before its final punctuation (and closing mark).
  let endTok = sentLast;
  while (endTok > v && (TERMINAL.test(toks[endTok]!.text) || QUOTE_CHARS.test(toks[endTok]!.text))) endTok--;

  if (t.lower === 'according') return accordingTo(text, toks, v, sentFirst, endTok, spans);
  if (t.lower === 'in') return inPoll(text, toks, v, sentFirst, endTok, spans);
  const lemma = CUE_FORMS.get(t.lower) ?? t.lower;
  // "…, warning that …": a participle after a comma, though tagged as a noun, is no noun cue.
  const participle = /ing$/.test(t.lower) && toks[v - 1]?.text === ',' && toks[v - 1]!.sent === t.sent;
  if ((CUE_NOUNS.has(t.lower) || PP_NOUNS.has(t.lower)) && t.pos === 'NOUN' && !participle && /^(?:that|of|about|for|on)$/.test(toks[v + 1]?.lower ?? '')) {
    return nounCue(text, toks, t, sentFirst, endTok);
  }
  const prev = toks[v - 1];
  const next = toks[v + 1];
  // "Trump is expected to speak tonight": a prediction nobody is named for.
  if (t.lower === 'expected' && next && sameSentence(next, t) && next.lower === 'to' && (toks[v + 2]?.pos === 'VERB' || toks[v + 2]?.pos === 'AUX')) {
    return expectedTo(text, toks, v, sentFirst, endTok);
  }
  // "Asked whether he would run, Smith said …", "… when asked about the merger": the question put to someone.
  if (t.lower === 'asked' && (v === sentFirst || (prev && sameSentence(prev, t) && (ASKED_AFTER.has(prev.lower) || prev.text === ',' || prev.text === '(')))) {
    const asked = askedQuestion(text, toks, v, endTok);
    if (asked) return asked;
  }
  // "He went on to say that …", "Pence went on to call Cruz …": the subject of "went on" speaks.
  const goOnTo = prev?.lower === 'to' && (INNER_SPEECH.has(lemma) || OUTER_SPEECH.has(lemma) || /^(?:call|describe|praise|criticize|blast|attack|accuse|question|mock|compare)$/.test(lemma)) && toks[v - 2]?.lower === 'on' && /^(?:went|goes|go|going|gone)$/.test(toks[v - 3]?.lower ?? '') && toks[v - 3]!.sent === t.sent;
  // "Voters were more likely to say …": the subject of "likely" speaks.
  const likelyTo = prev?.lower === 'to' && (lemma === 'say' || lemma === 'describe' || lemma === 'support' || lemma === 'favor' || lemma === 'back') &&
    /^(?:likely|unlikely)$/.test(toks[v - 2]?.lower ?? '') && toks[v - 2]!.sent === t.sent;
  if (prev && sameSentence(prev, t) && !goOnTo && !likelyTo && (prev.lower === 'to' || prev.lower === 'be' || prev.lower === 'been')) return null;
  if (next && sameSentence(next, t) && next.lower === 'by') return asReportedBy(text, toks, v, sentFirst, endTok, sentLast, spans) ?? passive(toks, v, sentFirst, endTok);
  if (next && sameSentence(next, t) && next.lower === 'to' && RAISING.has(lemma) && (toks[v + 2]?.pos === 'VERB' || toks[v + 2]?.pos === 'AUX')) return null;

  // Reduced relatives name things, they do not report: "a program called Sandy Hook Promise".
  if (prev && sameSentence(prev, t) && prev.pos === 'NOUN' && /^(?:called|named|dubbed|titled|entitled|known)$/.test(t.lower) &&
    next && (next.pos === 'PROPN' || QUOTE_CHARS.test(next.text) || next.lower === 'as')) return null;

  const asClause = asAttribution(text, toks, t, lemma, sentFirst, endTok, sentLast, spans);
  if (asClause !== undefined) return asClause;

  // Source to the left (skipping aux/adverbs and a time: "Blinken on Wednesday said").
  let k = goOnTo ? v - 4 : likelyTo ? v - 3 : v - 1;
  let from = goOnTo ? v - 3 : likelyTo ? v - 2 : v;
  while (k >= sentFirst && (BETWEEN_POS.has(toks[k]!.pos) || (likelyTo && /^(?:more|less|most|least|as|much|far)$/.test(toks[k]!.lower))) && !PRONOUNS.has(toks[k]!.lower)) {
    from = k;
    k--;
  }
  let kt = k;
  // "The State Department over the weekend warned": the whole time phrase, its preposition and article included.
  while (kt > sentFirst && (isTimeWord(toks[kt]!) || (kt < k && /^(?:on|over|during|at|in|the|this|last|late|early)$/.test(toks[kt]!.lower)))) kt--;
  // "Wells Fargo just this month announced": an adverb before the time.
  if (kt < k) while (kt > sentFirst && toks[kt]!.pos === 'ADV' && !PRONOUNS.has(toks[kt]!.lower)) kt--;
  if (kt < k && kt >= sentFirst && (toks[kt]!.pos === 'PROPN' || toks[kt]!.pos === 'NOUN' || toks[kt]!.pos === 'PRON')) k = kt;
  let np = npLeft(toks, k, sentFirst);
  // "Mr. Trump issued a statement saying …": the author of the message speaks.
  if (np && /ing$/.test(t.lower)) np = messageAuthor(toks, np, sentFirst) ?? spentOn(toks, np, sentFirst) ?? np;
  // "Lawyers for the company which is registered as the owner of the yacht have denied …": the noun phrase ends a
  // relative clause on the subject; the subject speaks.
  if (np && !/ing$/.test(t.lower)) np = subjectOfRelative(toks, np, sentFirst) ?? np;
  let srcStartTok = np ? np[0] : -1;
  // "After Speaker Nancy Pelosi, Democrat of California, announced …": a name and its apposition opening a clause
  // after a subordinator.
  if (!np && toks[k]?.text === ',' && k > sentFirst + 3) {
    const subj = subordinateSubjectWithApposition(toks, sentFirst, k);
    if (subj >= 0) {
      np = [subj, k - 1];
      srcStartTok = subj;
    }
  }
  // Appositive: "Peskov, the Kremlin spokesman, said", "Marvin Teske, 53, a guard at a casino, is backing".
  if (!np && toks[k]?.text === ',' && k > sentFirst + 1) {
    const subj = sentenceSubject(toks, sentFirst, k);
    const before = toks.slice(subj ? subj[0] : sentFirst, k);
    // A relative or participle clause may stand between the commas ("Trump, speaking to veterans, said").
    // … or a relative clause inside the apposition ("Erin Murphy, a former aide who accompanied her, said").
    const firstVerb = before.findIndex((x) => x.pos === 'VERB' || x.pos === 'AUX');
    const relBefore = firstVerb > 0 && before.slice(0, firstVerb).some((x, n) => n > 0 && /^(?:who|which|that)$/.test(x.lower) && NP_POS.has(before[n - 1]!.pos));
    const clauseAppos = subj && (/^(?:who|which|\w+ing)$/.test(toks[subj[1] + 2]?.lower ?? '') || relBefore);
    // "New Jersey’s sitting governor": a participle before a noun is no verb.
    if (subj && before.length <= 25 && (clauseAppos || !before.some((x) => (x.pos === 'VERB' && !attributiveParticiple(toks, x.i)) || x.pos === 'AUX')) && toks[subj[1] + 1]?.text === ',') {
      np = [subj[0], k - 1];
      srcStartTok = subj[0];
    }
  }
  // Longer inserts between the subject and its verb: "Elward Edd, an official at the Housing Authority, which has a
  // backlog of 500 homes, said", "Jason Sims — a teacher from Mount Pleasant — says", "Many speakers at the service —
  // including Muslims, Jews — said".
  if (!np && /^(?:,|—|–|--)$/.test(toks[k]?.text ?? '') && k > sentFirst + 1 && !/ing$/.test(t.lower)) {
    const subj = subjectWithInsert(toks, sentFirst, k);
    if (subj >= 0) {
      np = [subj, k - 1];
      srcStartTok = subj;
    }
  }
  // A participle after an attribution: "“…,” the mayor said, adding that …" — the speaker of "said".
  if (!np && toks[k]?.text === ',' && /ing$/.test(t.lower)) {
    const prior = speakerBeforeComma(toks, k, sentFirst);
    if (prior) {
      np = prior;
      srcStartTok = prior[0];
    }
  }
  // Coordinated or participle cue: "Reid caucused on Saturday and says …", "…, saying that …". A participle after a
  // subordinate clause belongs to that clause's subject ("… came a day after Lloyd Austin placed troops …, citing …").
  if (!np && (toks[k]?.lower === 'and' || toks[k]?.lower === 'but' || (toks[k]?.text === ',' && /ing$/.test(t.lower)))) {
    const subj = (toks[k]?.text === ',' ? subordinateSubject(toks, sentFirst, k) : null) ?? sentenceSubject(toks, sentFirst, k, true) ?? subjectWithModifiers(toks, sentFirst, k);
    if (subj) {
      np = subj;
      srcStartTok = subj[0];
    }
  }
  // "Grant Young, another unaligned Iowa strategist, said …", "Appearing before supporters, Suu Kyi, 70, said …": a
  // verb of speech after a subject and its apposition, when the stricter readings above found none. Taken only for a
  // reported clause after the cue.
  let looseSubject = false;
  if (!np && toks[k]?.text === ',' && OUTER_SPEECH.has(lemma) && !/ing$/.test(t.lower)) {
    const subj = subjectBeforeApposition(toks, sentFirst, k);
    if (subj >= 0) {
      np = [subj, k - 1];
      srcStartTok = subj;
      looseSubject = true;
    }
  }
  // "The court ruled in July, Sen. Ted Cruz of Texas, now a contender, proposed an amendment", "…, Patrick Kennedy, the
  // undersecretary, wrote in a memo.": a name and its apposition after a clause.
  if (!np && toks[k]?.text === ',' && !/ing$/.test(t.lower)) {
    const ap = closingApposition(toks, sentFirst, k);
    if (ap) {
      np = ap;
      srcStartTok = ap[0];
    }
  }
  // "A survey by the organization in March found …", "A leaked memo from an agency to media on March 3 said": the subject
  // carries prepositional phrases.
  if (np && toks[np[0] - 1]?.pos === 'ADP' && toks[np[0] - 1]!.sent === t.sent && np[0] - 1 > sentFirst) {
    const sm = subjectWithModifiers(toks, sentFirst, v + 1);
    if (sm && sm[0] <= np[0] && sm[1] >= np[1]) {
      np = sm;
      srcStartTok = sm[0];
    }
  }
  // "Residents living near the plant said …": a subject with a participle and its phrase, unpunctuated.
  if (np && toks[np[0] - 1]?.pos === 'ADP' && np[0] - 3 >= sentFirst) {
    const ps = participleSubject(toks, sentFirst, np);
    if (ps) {
      np = ps;
      srcStartTok = ps[0];
    }
  }
  const cue = cueSpan(text, toks, v, from);
  // A time is not a source ("Last month, … calling …").
  // A bare number is a share of people ("About four in 10 said …"), a year only with four digits.
  if (np && toks.slice(srcStartTok, np[1] + 1).every((x) => (isTimeWord(x) && (x.pos !== 'NUM' || /^\d{4}$/.test(x.text))) || (x.pos === 'DET' && !QUANTIFIER_SUBJECT.test(x.lower)))) np = null;

  // A relative clause around the attribution: "a charity that prosecutors said was suspected of …", "hackers who
  // officials say is tied to …": the content is the rest of the relative clause.
  if (np && RELATIVE_LEMMAS.has(lemma)) {
    const a = firstTokenAtOrAfter(toks, cue.end);
    let r = np[1] - 1;
    while (r >= srcStartTok - 1 && r >= sentFirst && !/^(?:that|which|who)$/.test(toks[r]!.lower)) r--;
    const rel = r >= srcStartTok - 1 && r >= sentFirst ? toks[r] : undefined;
    const head = toks[a];
    if (head && a <= endTok && head.sent === t.sent && (head.pos === 'AUX' || (head.pos === 'VERB' && !/ing$/.test(head.lower))) && rel) {
      srcStartTok = r + 1;
      let e = a;
      let nominal = false;
      while (e + 1 <= endTok && !/^[,;:—–]$/.test(toks[e + 1]!.text) && !QUOTE_CHARS.test(toks[e + 1]!.text)) {
        const n = toks[e + 1]!;
        // "the deal that Trump said was great fell apart": the main clause's verb ends the relative clause.
        if (nominal && (n.pos === 'VERB' || n.pos === 'AUX') && !/^(?:AUX|ADV|PART|CCONJ|ADP)$/.test(toks[e]!.pos)) break;
        if (/^(?:NOUN|PROPN|ADJ|NUM)$/.test(n.pos)) nominal = true;
        e++;
      }
      if (e > a) {
        const source: Span = [toks[srcStartTok]!.start, toks[np[1]]!.end];
        return { start: head.start, end: toks[e]!.end, kind: 'indirect', source, cue: cue.span, rule: 'quotes/relative-source-cue', inherit: -1 };
      }
    }
  }

  // A: SOURCE CUE [object] [that|:|,] CONTENT
  if (np) {
    let c = firstTokenAtOrAfter(toks, cue.end);
    // "said — on Twitter, as it happens — that …": an insert between dashes after the cue.
    if (/^(?:[—–]|--)$/.test(toks[c]?.text ?? '') && c < endTok) {
      for (let x = c + 1; x <= endTok && x - c <= 15; x++) {
        if (QUOTE_CHARS.test(toks[x]!.text)) break;
        if (toks[x]!.text === toks[c]!.text) {
          if (toks[x + 1]?.lower === 'that' && x + 1 < endTok) c = x + 1;
          break;
        }
      }
    }
    let thatAt = -1;
    // "said at a campaign stop in Toledo, Ohio, that …": commas allowed for speech verbs.
    const reach = lemma === 'say' || lemma === 'tell' || lemma === 'write' || lemma === 'add' ? 16 : 8;
    for (let x = c; x <= Math.min(endTok, c + reach); x++) {
      const tx = toks[x]!;
      if (tx.lower === 'that' && (tx.pos === 'SCONJ' || tx.pos === 'PRON' || tx.pos === 'DET')) {
        thatAt = x;
        break;
      }
      const nounLike = tx.pos === 'VERB' && reach > 8 && x > c && /^(?:DET|NOUN|ADJ)$/.test(toks[x - 1]!.pos);
      if (((tx.pos === 'VERB' || tx.pos === 'AUX') && !nounLike) || (tx.text === ',' && reach === 8) || QUOTE_CHARS.test(tx.text)) break;
    }
    let ok = false;
    // "says to Nevadans: “…”": a colon within a few words, no verb before it.
    for (let x = c; x <= Math.min(endTok, c + 6); x++) {
      const tx = toks[x]!;
      if (tx.pos === 'VERB' || tx.pos === 'AUX' || QUOTE_CHARS.test(tx.text)) break;
      if (tx.text === ':' && x < endTok) {
        c = x;
        break;
      }
    }
    if (thatAt >= 0 && (thatAt === c || OBJECT_LEMMAS.has(lemma) || toks.slice(c, thatAt).every((x) => TEMPORAL.has(x.lower) || (x.pos === 'VERB' && /^(?:DET|NOUN|ADJ)$/.test(toks[x.i - 1]!.pos)) || x.pos === 'PROPN' || x.pos === 'NOUN' || x.pos === 'DET' || x.pos === 'ADP' || x.pos === 'ADJ' || x.pos === 'NUM' || x.text === ',' ||
      // "said during his victory speech that …"
      (x.pos === 'PRON' && /^(?:his|her|their|its|our|my)$/.test(x.lower)) ||
      // "wrote to Sanders’ Senate office that …"
      /^[’']s?$/.test(x.text)))) {
      c = thatAt + 1;
      // "said that, according to its data, …": the comma after "that" opens an insert, not the content.
      if (toks[c]?.text === ',' && c < endTok) c++;
      ok = true;
    } else {
      if (OBJECT_LEMMAS.has(lemma)) {
        const obj = npRight(toks, c, endTok);
        if (obj && toks[obj[1] + 1] && (toks[obj[1] + 1]!.text === ',' || toks[obj[1] + 1]!.text === ':' || QUOTE_CHARS.test(toks[obj[1] + 1]!.text))) c = obj[1] + 1;
        // "Murphy told me he had …", "warned them the vote would fail": an object pronoun, then the bare clause.
        else if (/^(?:me|us|him|them)$/.test(toks[c]?.lower ?? '') && c < endTok) c++;
      }
      // A time before the content ("said on Monday …"); "this"/"last" only before a time word ("this is …" is content).
      while (toks[c] && c <= endTok && TEMPORAL.has(toks[c]!.lower) && !CLAUSE_ONLY_LEMMAS.has(lemma) &&
        !(/^(?:this|last)$/.test(toks[c]!.lower) && !(toks[c + 1] && isTimeWord(toks[c + 1]!)))) c++;
      if (toks[c] && (toks[c]!.text === ':' || toks[c]!.text === ',')) c++;
      // "said after the convention he would not …": a short phrase of time or place, then a pronoun subject and its verb.
      if (toks[c] && toks[c]!.pos === 'ADP' && /^(?:after|before|during|at|in|on|since|following)$/.test(toks[c]!.lower) && (lemma === 'say' || lemma === 'tell' || lemma === 'add' || lemma === 'write')) {
        for (let x = c + 1; x <= endTok && x <= c + 7; x++) {
          const tx = toks[x]!;
          if (tx.pos === 'PRON' && /^(?:he|she|they|it|we|i)$/.test(tx.lower) && x > c + 1 && /^(?:AUX|VERB)$/.test(toks[x + 1]?.pos ?? '')) {
            c = x;
            break;
          }
          if (!/^(?:DET|NOUN|PROPN|ADJ|NUM|ADP)$/.test(tx.pos) && !/^[’']s$/.test(tx.text)) break;
        }
      }
      const head = toks[c];
      if (head && QUOTE_CHARS.test(head.text)) ok = true;
      else if (head && !CLAUSE_ONLY_LEMMAS.has(lemma) && c <= endTok) {
        // A bare clause: must hold a finite verb, and start like a clause (a subject).
        const clause = toks.slice(c, endTok + 1);
        // "said about half of …"
        const approx = head.pos === 'ADP' && ((/^(?:about|around|nearly|almost|roughly|over|under)$/.test(head.lower) && (toks[c + 1]?.pos === 'NUM' || /^(?:half|one)$/.test(toks[c + 1]?.lower ?? '') || (toks[c + 1]?.lower === 'a' && /^(?:third|quarter|fifth|dozen|tenth)$/.test(toks[c + 2]?.lower ?? '')))) ||
          // "reported at least six planes …"
          (head.lower === 'at' && /^(?:least|most)$/.test(toks[c + 1]?.lower ?? '') && toks[c + 2]?.pos === 'NUM'));
        const startsLikeSubject = approx || head.pos === 'PRON' || head.pos === 'PROPN' || head.pos === 'DET' || head.pos === 'NOUN' || head.pos === 'NUM' || head.pos === 'ADJ' || (head.pos === 'ADV' && !TEMPORAL.has(head.lower));
        // "said if Trump picked him it would be …": a conditional or temporal clause opening the content.
        const opensClause = head.pos === 'SCONJ' && /^(?:if|when|because|once|unless|although|though|while)$/.test(head.lower) && (lemma === 'say' || lemma === 'tell' || lemma === 'add' || lemma === 'write' || lemma === 'warn' || lemma === 'argue' || lemma === 'predict');
        // "said ending the program could gut …": a gerund subject, a finite verb after it.
        const speech = lemma === 'say' || lemma === 'tell' || lemma === 'add' || lemma === 'write' || lemma === 'argue';
        // "said having Trump on the ticket puts …": a finite verb ending in -s after the gerund's object.
        // Not after a comma: "…, Spicer said, adding, “…”" closes with a participle cue of its own.
        const gerund = speech && !(toks[c - 1]?.text === ',' && CLOSING_PARTICIPLES.test(head.lower)) && head.pos === 'VERB' && /ing$/.test(head.lower) && clause.slice(1).some((x, n) => x.pos === 'AUX' || (n >= 2 && x.pos === 'VERB' && /[^s]s$/.test(x.lower) && /^(?:NOUN|PROPN|PRON)$/.test(clause[n]!.pos)));
        // "Jeff Flake said he would.": a pronoun and a verb are a whole answer after a verb of speech.
        const minLength = speech && head.pos === 'PRON' && PRONOUNS.has(head.lower) ? 2 : 3;
        ok = (startsLikeSubject || opensClause || gerund) && clause.length >= minLength && (clause.some((x) => x.pos === 'AUX' || x.pos === 'VERB') || (speech && hasTaggedNounVerb(clause)));
        // "46 percent said yes": the answer itself.
        if (!ok && speech && /^(?:yes|no)$/.test(head.lower) && (c === endTok || /^[,.;]$/.test(toks[c + 1]!.text))) {
          const source: Span = [toks[srcStartTok]!.start, toks[np[1]]!.end];
          return { start: head.start, end: head.end, kind: 'indirect', source, cue: cue.span, rule: 'quotes/source-cue-content', inherit: -1 };
        }
        // "64 percent say the same of Sanders", "55 percent said so": what was said of someone else before.
        if (!ok && lemma === 'say' && ((head.lower === 'the' && toks[c + 1]?.lower === 'same') || (head.lower === 'so' && (c === endTok || /^[,.;]$/.test(toks[c + 1]!.text) || /^(?:in|on|at|after|before)$/.test(toks[c + 1]!.lower))))) {
          const source: Span = [toks[srcStartTok]!.start, toks[np[1]]!.end];
          const last = head.lower === 'so' ? c : clauseEnd(toks, c, endTok);
          return { start: head.start, end: toks[last]!.end, kind: 'indirect', source, cue: cue.span, rule: 'quotes/source-cue-content', inherit: -1 };
        }
        if (head.pos === 'PRON' && !/^(?:he|she|they|it|we|i|you|there|this|these|those|his|her|their|its|our|my|your|one|some|many|most|all|both|none|nobody|everyone|everybody|someone|somebody|nothing|everything|something)$/.test(head.lower)) ok = false;
      }
    }
    let objectContent = false;
    // "is talking about a fierce urgency", "spoke about the economy": the topic is the content.
    const aboutTopic = (lemma === 'talk' || lemma === 'speak' || lemma === 'spoke') && toks[firstTokenAtOrAfter(toks, cue.end)]?.lower === 'about';
    if (!ok && (!NO_OBJECT_CONTENT.has(lemma) || aboutTopic)) {
      // Stance verbs: the object is the content ("criticized the deal", "urged voters to stay home").
      let o = firstTokenAtOrAfter(toks, cue.end);
      while (toks[o] && o <= endTok && ((aboutTopic && toks[o]!.lower === 'about') || toks[o]!.pos === 'ADP' || toks[o]!.pos === 'PART' && toks[o]!.lower !== 'to')) o++;
      const toOk = (!TO_ONLY.has(lemma) || toks[o]?.lower === 'to') &&
        // "who asked not to be named", "declined to be identified": anonymity, not a statement.
        !/^(?:not\s+)?to\s+be\s+(?:named|identified|quoted)\b/i.test(text.slice(toks[o]?.start ?? 0, (toks[o]?.start ?? 0) + 40));
      // "…, a spokesman announced Monday morning.": a time is no object.
      let ot = o;
      while (toks[ot] && ot <= endTok && (isTimeWord(toks[ot]!) || TEMPORAL.has(toks[ot]!.lower))) ot++;
      const timeOnly = ot > endTok;
      if (toOk && !timeOnly && toks[o] && o < endTok && !TERMINAL.test(toks[o]!.text) && toks[o]!.text !== ',') {
        c = o;
        ok = true;
        objectContent = true;
      }
    }
    if (ok && toks[c] && c <= endTok) {
      let start = toks[c]!.start;
      let last = coordinatedEnd(toks, c, endTok);
      // "Mr. Khan, who had addressed the convention, said on Sunday that …": a relative clause between commas ends at
      // the comma before the main clause's verb, which is an attribution of its own.
      if (np[0] === np[1] && /^(?:who|which)$/.test(toks[np[0]]!.lower) && toks[np[0] - 1]?.text === ',') {
        for (let x = c + 1; x < last; x++) {
          const n = toks[x + 1]!;
          if (toks[x]!.text === ',' && (n.pos === 'VERB' || n.pos === 'AUX') && !/ing$/.test(n.lower)) {
            last = x - 1;
            break;
          }
        }
      }
      // An object content ends at the first comma or dash ("attacked Trump, with whom he clashed …").
      if (objectContent) {
        for (let x = c + 1; x < last; x++) {
          // "… calling him a “nice guy” and he did not …": a new clause with its own subject.
          const newClause = /^(?:and|but)$/.test(toks[x]!.lower) && PRONOUNS.has(toks[x + 1]?.lower ?? '') && toks[x + 1]!.pos === 'PRON' && /^(?:VERB|AUX)$/.test(toks[x + 2]?.pos ?? '');
          if (toks[x]!.text === ',' || toks[x]!.text === ';' || /^[—–]$/.test(toks[x]!.text) || newClause) {
            last = x - 1;
            break;
          }
        }
      }
      // "…approved the increase, with chief executive John French saying …": a content ends before a "with X saying"
      // clause, which is an attribution of its own.
      for (let x = c + 1; x < last; x++) {
        if (toks[x]!.text !== ',' || toks[x + 1]?.lower !== 'with') continue;
        let y = x + 2;
        while (y <= last && y - x < 10 && !/ing$/.test(toks[y]!.lower)) y++;
        if (y <= last && y - x < 10 && /^(?:saying|adding|telling|warning|noting|arguing|insisting|stressing|claiming|explaining|calling)$/.test(toks[y]!.lower)) {
          last = x - 1;
          break;
        }
      }
      // "When Clinton noted that …, he smiled": a cue in a leading subordinate clause ends at its comma.
      if (SUBORDINATORS.has(toks[sentFirst]!.lower) && srcStartTok <= sentFirst + 2) {
        for (let x = c + 1; x < last; x++) {
          if (toks[x]!.text === ',' && (toks[x + 1]?.pos === 'PRON' || toks[x + 1]?.pos === 'PROPN' || toks[x + 1]?.pos === 'DET')) {
            last = x - 1;
            break;
          }
        }
      }
      let end = toks[last]!.end;
      const q0 = spans[firstOpenAtOrAfter(spans, start - 1)];
      const q = q0 && q0.open <= start ? q0 : undefined;
      let kind: QuoteKind = 'indirect';
      if (q) {
        if (q.close >= end) {
          end = q.close;
          start = q.start;
          kind = q.close <= toks[endTok]!.end + 1 || q.unclosed ? 'direct' : 'partial';
          if (!isSentenceEnd(text, q.after)) kind = 'partial';
          if (kind === 'partial') {
            start = toks[c]!.start;
            end = Math.max(end, toks[endTok]!.end);
          }
        }
      }
      if (kind === 'indirect' && hasMarks(text.slice(start, end))) kind = 'partial';
      // A content running on into a quote that closes after the sentence takes the whole quote.
      let crossing: QuotedSpan | undefined;
      for (let qi = firstOpenAtOrAfter(spans, start); qi < spans.length && spans[qi]!.open < end; qi++) {
        if (spans[qi]!.close > end) {
          crossing = spans[qi];
          break;
        }
      }
      if (crossing) end = crossing.after;
      // "a move slammed as an “absolute joke” by the mayor of Kyiv", "called “an insult” by union leaders": the
      // quoted words are the agent's, not the subject's.
      const agent = /^(?:as[ \t]+)?(?:(?:an?|the)[ \t]+)?["“][^"“”\n]{1,200}["”][ \t]+by[ \t]+(?!(?:any|all|no|far|most|comparison|contrast|default|then|now|way|design|chance|mistake|accident|hand|law|phone|email|mail)\b)((?:the[ \t]+)?[\p{L}][^,;:.!?"“”\n]{0,80}?)[ \t]*$/u.exec(text.slice(start, end));
      // Not after a verb of speech: "a memo said “… fragments of broadcasts” by Carlson" (the broadcasts are his).
      if (agent && !INNER_SPEECH.has(lemma)) {
        const a = start + agent.index + agent[0].length - agent[1]!.length;
        const byAt = text.lastIndexOf(' by ', a);
        return { start, end: byAt, kind: 'partial', source: [a, a + agent[1]!.length], cue: cue.span, rule: 'quotes/quoted-by-agent', inherit: -1 };
      }
      const source: Span = [toks[srcStartTok]!.start, toks[np[1]]!.end];
      const rule = objectContent ? 'quotes/source-cue-object' : 'quotes/source-cue-content';
      return { start, end, kind, source, cue: cue.span, rule, inherit: -1 };
    }
  }

  if (looseSubject) return null;
  // Parenthetical: "Climate change, Mr. Obama often says, is the greatest threat."
  if (np) {
    const before = toks[srcStartTok - 1];
    let a = firstTokenAtOrAfter(toks, cue.end);
    // "…, he told me on Friday, is …": an object pronoun and a time before the closing comma.
    for (let n = 0; n < 4 && toks[a] && (/^(?:me|us|him|her|them)$/.test(toks[a]!.lower) || isTimeWord(toks[a]!) || toks[a]!.lower === 'on' || TEMPORAL.has(toks[a]!.lower)); n++) a++;
    const after = toks[a];
    // "…, Spicer said, adding that …": a participle cue after the comma closes the attribution; it is no insert.
    const closing = CLOSING_PARTICIPLES.test(toks[a + 1]?.lower ?? '');
    if (before?.text === ',' && before.sent === t.sent && after?.text === ',' && after.i < endTok && srcStartTok - 1 > sentFirst && !closing) {
      const source: Span = [toks[srcStartTok]!.start, toks[np[1]]!.end];
      const start = toks[sentFirst]!.start;
      const end = toks[endTok]!.end;
      const kind: QuoteKind = hasMarks(text.slice(start, end)) ? 'partial' : 'indirect';
      return { start, end, kind, source, cue: cue.span, rule: 'quotes/parenthetical', inherit: -1 };
    }
  }

  // B: CONTENT, SOURCE CUE.  /  CONTENT, CUE SOURCE.
  const afterCue = firstTokenAtOrAfter(toks, cue.end);
  const restIsEnd = (x: number) => {
    let y = x;
    while (y <= sentLast && (TEMPORAL.has(toks[y]!.lower) || toks[y]!.pos === 'PROPN' && TEMPORAL.has(toks[y - 1]?.lower ?? '') ||
      isTimeWord(toks[y]!) || (/^(?:in|on|during)$/.test(toks[y]!.lower) && !!toks[y + 1] && isTimeWord(toks[y + 1]!)))) y++;
    return y > sentLast || TERMINAL.test(toks[y]!.text) || toks[y]!.text === ';' || toks[y]!.text === ',' && (toks[y + 1]?.lower === 'adding' || toks[y + 1]?.lower === 'noting' || toks[y + 1]?.lower === 'citing');
  };
  // "…, a Cairo airport official told The New York Times.": the person told, then the end.
  let closeAt = afterCue;
  if (np && OBJECT_LEMMAS.has(lemma) && !restIsEnd(afterCue)) {
    const obj = npRight(toks, afterCue, sentLast);
    if (obj && restIsEnd(obj[1] + 1)) closeAt = obj[1] + 1;
    else if (obj && /^(?:in|at|during|on)$/.test(toks[obj[1] + 1]?.lower ?? '')) {
      // "…, he told the court in his filing."
      const pp = npRight(toks, obj[1] + 2, sentLast) ?? (toks[obj[1] + 2]?.pos === 'PRON' ? npRight(toks, obj[1] + 2, sentLast) : null);
      if (pp && restIsEnd(pp[1] + 1)) closeAt = pp[1] + 1;
    }
  }
  // "…, she said in a video message to the convention.", "…, Carson said after the attacks.": a phrase of place, time
  // or manner after the cue, then the end.
  const trailingPhrase = (x: number) => {
    if (!/^(?:in|on|at|after|during|before|from|via|through|while|with|to|for)$/.test(toks[x]?.lower ?? '') || toks[x]!.sent !== t.sent) return false;
    let y = x + 1;
    while (y <= sentLast && !TERMINAL.test(toks[y]!.text) && y - x <= 25) {
      const ty = toks[y]!;
      // "at a briefing dedicated to the call", "in a video posted on Telegram": a participle after a noun modifies it.
      const reduced = ty.pos === 'VERB' && /ed$/.test(ty.lower) && toks[y - 1]!.pos === 'NOUN' && toks[y + 1]?.pos === 'ADP';
      if (ty.lower === 'that' || ty.pos === 'AUX' || (ty.pos === 'VERB' && !/ing$/.test(ty.lower) && !reduced) || QUOTE_CHARS.test(ty.text) || /^[,;:—–]$/.test(ty.text)) return false;
      y++;
    }
    return y > sentLast || TERMINAL.test(toks[y]!.text);
  };
  if (np && (restIsEnd(closeAt) || (SPEECH_CLOSERS.has(lemma) && trailingPhrase(closeAt)))) {
    const comma = toks[srcStartTok - 1];
    if (comma && comma.sent === t.sent && (comma.text === ',' || isQuoteTok(toks, comma.i)) && srcStartTok - 1 - sentFirst >= 3) {
      return contentBefore(text, toks, sentFirst, srcStartTok - 1, [toks[srcStartTok]!.start, toks[np[1]]!.end], cue.span, spans);
    }
  }
  const comma = toks[from - 1];
  // Not for a participle: in "…, citing the attack." the attack is what is cited. Only verbs of speech put their source
  // after them ("…, proposed an amendment." names no source).
  const speechVerb = SPEECH_CLOSERS.has(lemma) || INNER_SPEECH.has(lemma) || OUTER_SPEECH.has(lemma);
  // "…, told The Huffington Post.": the person told is no source; nor is a time ("…, said Tuesday.").
  const inverted = speechVerb && !/^(?:tell|inform|remind|assure|reassure)$/.test(lemma);
  if (comma && comma.sent === t.sent && (comma.text === ',' || isQuoteTok(toks, comma.i)) && from - 1 - sentFirst >= 3 && !/ing$/.test(t.lower) && inverted &&
    !(toks[afterCue] && isTimeWord(toks[afterCue]!))) {
    let right = npRight(toks, afterCue, sentLast);
    // "…, said one source in the room.": a prepositional phrase may close the source.
    if (right && !restIsEnd(right[1] + 1) && /^(?:in|at|from|with|on|for|close)$/.test(toks[right[1] + 1]?.lower ?? '')) {
      const pp = npRight(toks, right[1] + 2, sentLast);
      if (pp && restIsEnd(pp[1] + 1)) right = [right[0], pp[1]];
    }
    // "…, said Benjamin J. Rhodes, the president's deputy national security adviser.": an apposition closes the source.
    if (right && toks[right[1] + 1]?.text === ',' && toks[right[1]]!.pos === 'PROPN') {
      const appos = npRight(toks, right[1] + 2, sentLast);
      if (appos && toks[right[1] + 2]!.pos === 'DET' && restIsEnd(appos[1] + 1)) right = [right[0], appos[1]];
    }
    // "…, said a handful of Democrats who point to …", "…, said Sherman, a university grad whose aggressiveness …":
    // a relative clause or a longer apposition running to the end of the sentence closes the source.
    if (right && !restIsEnd(right[1] + 1)) {
      const n1 = toks[right[1] + 1];
      const appos = n1?.text === ',' && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(toks[right[1] + 2]?.pos ?? '') && !/^(?:who|whose)$/.test(toks[right[1] + 2]!.lower);
      // "…, said Victor Cha, who served as …": the relative clause may follow a comma.
      const relative = n1 && (/^(?:who|whose)$/.test(n1.lower) || (n1.text === ',' && /^(?:who|whose)$/.test(toks[right[1] + 2]?.lower ?? '')));
      const rest = toks.slice(right[1] + 1, sentLast + 1);
      if ((appos || relative) && rest.length <= 40 && !rest.some((x) => QUOTE_CHARS.test(x.text) || x.text === ';') &&
        rest.slice(0, -1).every((x) => !TERMINAL.test(x.text))) {
        let e = right[1];
        if (appos) {
          const ap = npRight(toks, right[1] + 2, sentLast);
          if (ap) e = ap[1];
        }
        right = [right[0], e];
        return contentBefore(text, toks, sentFirst, from - 1, [toks[right[0]]!.start, toks[right[1]]!.end], cue.span, spans);
      }
    }
    // "…, said Mr. Burman (a view echoed by others).": a remark in brackets after the source closes the sentence.
    if (right && toks[right[1] + 1]?.text === '(') {
      let close = right[1] + 2;
      while (close <= sentLast && close - right[1] <= 30 && toks[close]!.text !== ')' && toks[close]!.text !== '(' && !QUOTE_CHARS.test(toks[close]!.text)) close++;
      if (toks[close]?.text === ')' && close <= sentLast && restIsEnd(close + 1)) {
        return contentBefore(text, toks, sentFirst, from - 1, [toks[right[0]]!.start, toks[right[1]]!.end], cue.span, spans);
      }
    }
    if (right && restIsEnd(right[1] + 1)) {
      return contentBefore(text, toks, sentFirst, from - 1, [toks[right[0]]!.start, toks[right[1]]!.end], cue.span, spans);
    }
  }
  return null;
}

/**
 * "…, Patrick F. Kennedy, the undersecretary for management, said": a name between commas, then an apposition without
 * a verb, ending at the comma `k` before a closing cue. Returns [first, last] of name and apposition, or null; at
 * least three tokens of content must stand before the name.
 */
function closingApposition(toks: Tok[], sentFirst: number, k: number): [number, number] | null {
  let c2 = k - 1;
  while (c2 > sentFirst && k - c2 <= 16 && toks[c2]!.text !== ',') {
    const x = toks[c2]!;
    if (QUOTE_CHARS.test(x.text) || TERMINAL.test(x.text) || /^[;:()]$/.test(x.text) || x.pos === 'AUX' || (x.pos === 'VERB' && !attributiveParticiple(toks, c2))) return null;
    c2--;
  }
  if (toks[c2]?.text !== ',' || c2 === k - 1 || !/^(?:DET|ADJ|NOUN|PROPN|NUM|ADV)$/.test(toks[c2 + 1]!.pos)) return null;
  let c1 = c2 - 1;
  while (c1 > sentFirst && c2 - c1 <= 8 && toks[c1]!.text !== ',') {
    // "Sen. Ted Cruz of Texas"
    const of = toks[c1]!.lower === 'of' && toks[c1 - 1]?.pos === 'PROPN' && toks[c1 + 1]?.pos === 'PROPN';
    if (!/^(?:PROPN|NOUN|ADJ|DET)$/.test(toks[c1]!.pos) && !of) return null;
    c1--;
  }
  if (toks[c1]?.text !== ',' || c1 === c2 - 1 || c1 - sentFirst < 3) return null;
  const name = toks.slice(c1 + 1, c2);
  if (name[name.length - 1]!.pos !== 'PROPN' || !/^\p{Lu}/u.test(name[0]!.text)) return null;
  return [c1 + 1, k - 1];
}

const POLL_HEADS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies']);

/**
 * A present-tense verb the tagger took for a plural noun, inside a clause that has no verb otherwise: "the year of
 * education yields a bump": a word in "-s" after a noun or name and before a determiner, number or pronoun.
 */
function hasTaggedNounVerb(clause: readonly Tok[]): boolean {
  for (let n = 1; n + 1 < clause.length; n++) {
    const x = clause[n]!;
    if (x.pos !== 'NOUN' || !/[^s'’]s$/.test(x.lower) || x.lower.length < 4) continue;
    const p = clause[n - 1]!;
    const nx = clause[n + 1]!;
    if ((p.pos === 'NOUN' || p.pos === 'PROPN') && !/s$/.test(p.lower) && /^(?:DET|NUM|PRON)$/.test(nx.pos) && !/^(?:that|which|who)$/.test(nx.lower)) return true;
  }
  return false;
}

/** Last token of "in a new Washington Post-ABC News poll" (up to a comma or the sentence end), or -1. */
function pollPhraseEnd(toks: Tok[], i: number): number {
  const first = toks[i + 1];
  // "in national polls", "in January polls": a plural head without a determiner.
  const bare = !!first && /^(?:ADJ|PROPN|NOUN)$/.test(first.pos) && /^(?:national|state|recent|new|latest|early|most|several|many|some|public|other|\p{Lu}\p{L}*)$/u.test(first.text);
  if (!first || first.sent !== toks[i]!.sent || !(bare || /^(?:a|an|the|this|that|its|their|his|her|our|one|two|three|several|recent|new|latest)$/i.test(first.text))) return -1;
  let j = i + 1;
  while (toks[j + 1] && toks[j + 1]!.sent === toks[i]!.sent && toks[j + 1]!.text !== ',' && !TERMINAL.test(toks[j + 1]!.text) && j - i < 10) j++;
  if (!POLL_HEADS.has(toks[j]!.lower)) return -1;
  if (toks.slice(i + 1, j).some((x) => x.pos === 'VERB' && !/ed$|-/.test(x.lower) || x.pos === 'AUX' || x.pos === 'PRON' && x.lower !== 'its' && x.lower !== 'their')) return -1;
  return j;
}

/**
 * "In the new Morning Consult poll, 40 percent of voters back Sanders.", "Just 18 percent … have a favorable view of
 * Trump in a new Washington Post-ABC News poll.": the poll is the source, the finding the content.
 */
function inPoll(text: string, toks: Tok[], v: number, sentFirst: number, endTok: number, spans: QuotedSpan[]): Cand | null {
  const last = pollPhraseEnd(toks, v);
  if (last < 0) return null;
  const source: Span = [toks[v + 1]!.start, toks[last]!.end];
  const cue: Span = [toks[v]!.start, toks[v]!.end];
  if (v === sentFirst || (v === sentFirst + 1 && /^(?:but|and|yet)$/i.test(toks[sentFirst]!.text))) {
    let c = last + 1;
    if (toks[c]?.text !== ',') return null;
    // "…, conducted March 11-13, …": a participle insert after the poll.
    if (toks[c + 1]?.pos === 'VERB' && /ed$/.test(toks[c + 1]!.lower)) {
      let d = c + 1;
      while (d <= endTok && toks[d]!.text !== ',' && d - c < 10) d++;
      if (toks[d]?.text !== ',') return null;
      c = d;
    }
    if (endTok - c < 4) return null;
    const clause = toks.slice(c + 1, endTok + 1);
    if (!clause.some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.lower === 'percent' || x.text === '%')) return null;
    const start = toks[c + 1]!.start;
    const end = toks[endTok]!.end;
    return { start, end, kind: hasMarks(text.slice(start, end)) ? 'partial' : 'indirect', source, cue, rule: 'quotes/in-poll', inherit: -1 };
  }
  // Trailing: the poll closes the sentence.
  if (last !== endTok || v - sentFirst < 5) return null;
  const clause = toks.slice(sentFirst, v);
  if (!clause.some((x) => x.pos === 'VERB' || x.pos === 'AUX') || !clause.some((x) => x.pos === 'NUM' || /^(?:percent|%|majority|most|half|lead|leads|led|ahead|behind)$/.test(x.lower))) return null;
  let e = v - 1;
  while (e > sentFirst && toks[e]!.text === ',') e--;
  const start = toks[sentFirst]!.start;
  const end = toks[e]!.end;
  return { start, end, kind: hasMarks(text.slice(start, end)) ? 'partial' : 'indirect', source, cue, rule: 'quotes/in-poll', inherit: -1 };
}

/** Verbs of speech closing a sentence before a trailing phrase ("…, she said in a statement on Friday."). */
const SPEECH_CLOSERS = new Set(['say', 'tell', 'add', 'write', 'explain', 'note', 'argue', 'warn', 'insist', 'claim', 'announce', 'state', 'tweet', 'post', 'report', 'acknowledge', 'predict', 'suggest']);

/** Verbs of "… that officials say is …" (a relative clause holding the attribution). */
const RELATIVE_LEMMAS = new Set(['say', 'believe', 'think', 'claim', 'allege', 'estimate', 'report', 'argue', 'fear', 'suspect', 'insist', 'contend']);

/** Verbs of "As X noted, …" / "…, as X reported." */
const AS_LEMMAS = new Set(['say', 'report', 'note', 'write', 'explain', 'put', 'point out', 'predict', 'show', 'find', 'suggest', 'argue', 'tell', 'observe', 'describe', 'warn', 'remind', 'acknowledge', 'reveal', 'indicate', 'claim', 'state', 'announce', 'confirm', 'recall', 'conclude', 'estimate', 'add']);

/**
 * First token of the source in "as SOURCE CUE" ending right before the cue at `v` (the source: up to 12 words,
 * no verb, ending on a noun, a name or a subject pronoun), or -1.
 */
function asSourceStart(toks: Tok[], v: number): number {
  let k = v - 1;
  while (k >= 0 && toks[k]!.sent === toks[v]!.sent && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX') && !PRONOUNS.has(toks[k]!.lower)) k--;
  // "As Steven Rosenthal, a tax lawyer, recently put it": an apposition between commas after the source.
  if (toks[k]?.text === ',' && toks[k]!.sent === toks[v]!.sent) {
    let c = k - 1;
    while (c >= 0 && k - c <= 14 && toks[c]!.sent === toks[v]!.sent && toks[c]!.text !== ',' && toks[c]!.pos !== 'VERB' && toks[c]!.pos !== 'AUX' &&
      toks[c]!.pos !== 'SCONJ' && !QUOTE_CHARS.test(toks[c]!.text) && !TERMINAL.test(toks[c]!.text)) c--;
    if (toks[c]?.text === ',' && c < k - 1 && toks[c - 1]?.pos === 'PROPN') k = c - 1;
  }
  // "another Pew study from 2011 noted"
  if (toks[k]?.pos === 'NUM' && /^\d{4}$/.test(toks[k]!.text) && /^(?:from|in|of)$/.test(toks[k - 1]?.lower ?? '')) k -= 2;
  const last = toks[k];
  if (!last || last.sent !== toks[v]!.sent) return -1;
  if (!(last.pos === 'NOUN' || last.pos === 'PROPN' || (last.pos === 'PRON' && PRONOUNS.has(last.lower) && last.lower !== 'it'))) return -1;
  for (let a = k; a >= 0 && k - a < 12; a--) {
    const x = toks[a]!;
    if (x.sent !== last.sent) return -1;
    if (x.lower === 'as' && a < k) {
      const prev = toks[a - 1];
      return !prev || prev.sent !== x.sent || prev.text === ',' || /^(?:but|and|yet)$/i.test(prev.text) ? a + 1 : -1;
    }
    if (((x.pos === 'VERB' || x.pos === 'AUX') && !x.text.includes('-')) || x.pos === 'SCONJ' || QUOTE_CHARS.test(x.text) || x.text === ',' || TERMINAL.test(x.text)) return -1;
  }
  return -1;
}

/**
 * "As reported by Western Journalism, CONTENT.", "CONTENT, as first reported by the Post.": "as", a participle and its
 * agent after "by"; the content is the main clause. Null when the words do not read so.
 */
function asReportedBy(text: string, toks: Tok[], v: number, sentFirst: number, endTok: number, sentLast: number, spans: QuotedSpan[]): Cand | null {
  let asTok = v - 1;
  while (asTok > sentFirst && toks[asTok]!.pos === 'ADV' && toks[asTok]!.lower !== 'as') asTok--;
  if (toks[asTok]?.lower !== 'as' || toks[asTok]!.sent !== toks[v]!.sent) return null;
  const np = wordsUpToComma(toks, v + 2, sentLast) ?? npRight(toks, v + 2, sentLast);
  if (!np) return null;
  const source: Span = [toks[np[0]]!.start, toks[np[1]]!.end];
  const cue: Span = [toks[asTok + 1 < v ? asTok + 1 : v]!.start, toks[v + 1]!.end];
  const after = np[1] + 1;
  if (asTok === sentFirst || (asTok === sentFirst + 1 && /^(?:but|and|yet)$/i.test(toks[sentFirst]!.text))) {
    if (toks[after]?.text !== ',' || endTok - after < 3) return null;
    const start = toks[after + 1]!.start;
    const end = toks[endTok]!.end;
    const kind: QuoteKind = hasMarks(text.slice(start, end)) ? 'partial' : 'indirect';
    return { start, end, kind, source, cue, rule: 'quotes/as-source-cue', inherit: -1 };
  }
  const comma = toks[asTok - 1];
  if (comma?.text === ',' && asTok - 1 - sentFirst >= 3 && (after > sentLast || TERMINAL.test(toks[after]!.text))) {
    const c = contentBefore(text, toks, sentFirst, asTok - 1, source, cue, spans);
    return c ? { ...c, rule: 'quotes/as-source-cue' } : null;
  }
  return null;
}

/**
 * "As another Pew study noted, the average age …", "…, as The New York Times reported on Tuesday." — the content is
 * the main clause. Returns undefined when the cue is not in such a clause.
 */
function asAttribution(text: string, toks: Tok[], t: Tok, lemma: string, sentFirst: number, endTok: number, sentLast: number, spans: QuotedSpan[]): Cand | null | undefined {
  if (!AS_LEMMAS.has(lemma) && t.lower !== 'put') return undefined;
  const a = asSourceStart(toks, t.i);
  if (a < 0) return undefined;
  let k = t.i - 1;
  let from = t.i;
  while (k >= a && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX') && !PRONOUNS.has(toks[k]!.lower)) from = k--;
  const source: Span = [toks[a]!.start, toks[k]!.end];
  let cueEnd = t.i;
  if (t.lower === 'put') cueEnd = t.i + 1;
  const cue = cueSpan(text, toks, t.i, from);
  let after = Math.max(cueEnd + 1, firstTokenAtOrAfter(toks, cue.end));
  const asTok = a - 1;
  const leading = asTok === sentFirst || (asTok === sentFirst + 1 && /^(?:but|and|yet)$/i.test(toks[sentFirst]!.text));
  // "As Ms. Simonyan put it in a statement to a reporter in July, …": where it was said, up to the comma.
  let placed = false;
  if (leading && toks[after]?.pos === 'ADP') {
    let c = after;
    while (c <= sentLast && c - after <= 12 && toks[c]!.text !== ',' && toks[c]!.pos !== 'VERB' && toks[c]!.pos !== 'AUX' && toks[c]!.pos !== 'SCONJ' &&
      !QUOTE_CHARS.test(toks[c]!.text) && !TERMINAL.test(toks[c]!.text)) c++;
    if (toks[c]?.text === ',' && c > after + 1) {
      after = c;
      placed = true;
    }
  }
  if (!placed) while (after <= sentLast && (isTimeWord(toks[after]!) || /^(?:on|in|last|this|earlier|recently|it)$/.test(toks[after]!.lower)) && after - cueEnd < 5) after++;
  if (leading) {
    // Leading: "As X noted, CONTENT."
    if (toks[after]?.text !== ',' || after + 1 > endTok) return null;
    const start = toks[after + 1]!.start;
    const end = toks[endTok]!.end;
    if (endTok - after < 3) return null;
    const kind: QuoteKind = hasMarks(text.slice(start, end)) ? 'partial' : 'indirect';
    return { start, end, kind, source, cue: [cue.span[0], Math.max(cue.span[1], toks[cueEnd]!.end)], rule: 'quotes/as-source-cue', inherit: -1 };
  }
  // Inside: "Just a few weeks ago, as Western Journalism reported, Thor and Beck were …": after a leading phrase
  // without a verb, the content is the clause after the attribution.
  const comma = toks[asTok - 1];
  if (comma?.text === ',' && comma.sent === t.sent && toks[after]?.text === ',' && endTok - after >= 3 &&
    !toks.slice(sentFirst, asTok - 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'SCONJ' || QUOTE_CHARS.test(x.text))) {
    const start = toks[after + 1]!.start;
    const end = toks[endTok]!.end;
    const kind: QuoteKind = hasMarks(text.slice(start, end)) ? 'partial' : 'indirect';
    return { start, end, kind, source, cue: [cue.span[0], Math.max(cue.span[1], toks[cueEnd]!.end)], rule: 'quotes/as-source-cue', inherit: -1 };
  }
  // Trailing: "CONTENT, as X reported."
  if (comma?.text === ',' && comma.sent === t.sent && asTok - 1 - sentFirst >= 3 && (after > sentLast || TERMINAL.test(toks[after]!.text))) {
    const c = contentBefore(text, toks, sentFirst, asTok - 1, source, [cue.span[0], Math.max(cue.span[1], toks[cueEnd]!.end)], spans);
    return c ? { ...c, rule: 'quotes/as-source-cue' } : null;
  }
  return undefined;
}

/**
 * The source of a speech verb ending right before the comma at `comma`: "he said," / "said Peskov," /
 * "Chaffetz said in a statement," (the cue within eight tokens, no quote mark or sentence end between).
 */
function speakerBeforeComma(toks: Tok[], comma: number, sentFirst: number): [number, number] | null {
  for (let v = comma - 1; v >= sentFirst && v >= comma - 8; v--) {
    const tv = toks[v]!;
    if (QUOTE_CHARS.test(tv.text) || TERMINAL.test(tv.text) || tv.text === ',') return null;
    if (tv.pos !== 'VERB' || !isCueWord(tv)) continue;
    const lemma = CUE_FORMS.get(tv.lower);
    if (!(lemma === 'say' || lemma === 'tell' || lemma === 'write' || lemma === 'add' || lemma === 'explain' || lemma === 'recall' || lemma === 'note' || lemma === 'state' ||
      lemma === 'report' || lemma === 'announce' || lemma === 'confirm')) return null;
    let k = v - 1;
    while (k >= sentFirst && BETWEEN_POS.has(toks[k]!.pos) && !PRONOUNS.has(toks[k]!.lower)) k--;
    const before = toks[k];
    // "…,” he said,": the source sits between the closing mark (or comma) and the verb.
    if (before && (NP_POS.has(before.pos) || before.pos === 'PRON' || before.text === ')')) {
      const np = npLeft(toks, k, sentFirst);
      const lead = np ? toks[np[0] - 1] : undefined;
      if (np && (!lead || lead.sent !== tv.sent || isQuoteTok(toks, lead.i) || lead.text === ',')) return withoutTimeTail(toks, np);
      return null;
    }
    // "…,” said Peskov,"
    if (before && (QUOTE_CHARS.test(before.text) || before.text === ',')) {
      const np = npRight(toks, v + 1, comma - 1);
      return np && np[1] === comma - 1 ? np : null;
    }
    return null;
  }
  return null;
}

/** Passive with an agent: "The move was first reported by MSNBC", "Clinton has been endorsed by the Times". */
function passive(toks: Tok[], v: number, sentFirst: number, endTok: number): Cand | null {
  let k = v - 1;
  while (k >= sentFirst && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'PART')) k--;
  let aux = k;
  while (aux >= sentFirst && toks[aux]!.pos === 'AUX') aux--;
  if (aux === k) return null; // no auxiliary: not a passive
  const content = npLeft(toks, aux, sentFirst);
  if (!content || content[1] - content[0] > 15) return null;
  const agent = npRight(toks, v + 2, endTok);
  if (!agent) return null;
  return {
    start: toks[content[0]]!.start,
    end: toks[content[1]]!.end,
    kind: 'indirect',
    source: [toks[agent[0]]!.start, toks[agent[1]]!.end],
    cue: [toks[aux + 1]!.start, toks[v + 1]!.end],
    rule: 'quotes/passive-agent',
    inherit: -1,
  };
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', "'s", '’s', 'be', 'been', 'being']);

/** Last token of a clause content starting at `from`: before the first comma, semicolon or dash, or at `endTok`. */
function clauseEnd(toks: Tok[], from: number, endTok: number): number {
  let e = coordinatedEnd(toks, from, endTok);
  for (let x = from + 1; x <= e; x++) {
    if (/^[,;:—–]$/.test(toks[x]!.text)) {
      e = x - 1;
      break;
    }
  }
  return e;
}

/**
 * "The convention is expected to inject $200 million": the subject and the infinitive are the content of an
 * expectation without a source. `v` is "expected", followed by "to" and a verb.
 */
function expectedTo(text: string, toks: Tok[], v: number, sentFirst: number, endTok: number): Cand | null {
  let k = v - 1;
  while (k > sentFirst && (toks[k]!.pos === 'ADV' || toks[k]!.lower === 'not' || toks[k]!.lower === "n't") && !PRONOUNS.has(toks[k]!.lower)) k--;
  if (!BE_FORMS.has(toks[k]!.lower) && !/^(?:isn't|aren't|wasn't|weren't)$/.test(toks[k]!.lower)) return null;
  let aux = k;
  while (aux - 1 >= sentFirst && toks[aux - 1]!.pos === 'AUX' && !PRONOUNS.has(toks[aux - 1]!.lower)) aux--;
  const cueStart = aux;
  if (aux - 1 < sentFirst) return null;
  const subjTok = toks[aux - 1]!;
  const subj = /^(?:which|that|who)$/.test(subjTok.lower) ? ([aux - 1, aux - 1] as [number, number]) : npLeft(toks, aux - 1, sentFirst);
  if (!subj) return null;
  if (v + 2 > endTok) return null;
  const last = clauseEnd(toks, v + 2, endTok);
  const start = toks[subj[0]]!.start;
  const end = toks[last]!.end;
  const kind: QuoteKind = hasMarks(text.slice(start, end)) ? 'partial' : 'indirect';
  return { start, end, kind, source: null, cue: [toks[cueStart]!.start, toks[v]!.end], rule: 'quotes/expected', inherit: -1 };
}

/** Words after which a bare "asked" opens a question put to the subject ("When asked whether …"). */
const ASKED_AFTER = new Set(['when', 'if', 'after', 'before', 'once', 'while', 'as']);
/** Words opening the question after "asked". */
const QUESTION_WORDS = /^(?:if|whether|about|why|how|what|who|whom|where|when|which)$/;

/**
 * "Asked (by reporters) (on Monday) whether he would run, …": the question is the content; its source is the
 * asker named after "by", or nobody. `v` is "asked" with no subject of its own.
 */
function askedQuestion(text: string, toks: Tok[], v: number, endTok: number): Cand | null {
  let x = v + 1;
  let source: Span | null = null;
  if (toks[x]?.lower === 'by' && x <= endTok) {
    const asker = npRight(toks, x + 1, endTok);
    if (!asker) return null;
    source = [toks[asker[0]]!.start, toks[asker[1]]!.end];
    x = asker[1] + 1;
  }
  // A short time or place phrase before the question ("on Monday", "at the conference"); not a person asked
  // ("asked Mook if …" has a subject elsewhere).
  const limit = x + 6;
  if (!QUESTION_WORDS.test(toks[x]?.lower ?? '') && !(toks[x]?.pos === 'ADP' || (toks[x] && isTimeWord(toks[x]!)))) return null;
  while (x <= endTok && x < limit && !QUESTION_WORDS.test(toks[x]!.lower)) {
    const tx = toks[x]!;
    if (tx.pos === 'VERB' || tx.pos === 'AUX' || tx.pos === 'PRON' || QUOTE_CHARS.test(tx.text) || /^[,;:.!?—–]$/.test(tx.text)) return null;
    x++;
  }
  if (x > endTok || !QUESTION_WORDS.test(toks[x]!.lower)) return null;
  // The question runs to a comma (one right before a closing mark belongs to it) or the sentence end.
  let e = x;
  while (e + 1 <= endTok) {
    const n = toks[e + 1]!;
    if (/^[;:—–]$/.test(n.text) || (n.text === ',' && !QUOTE_CHARS.test(toks[e + 2]?.text ?? ''))) break;
    if (n.text === ',' && e + 2 <= endTok) {
      e += 2;
      break;
    }
    e++;
  }
  if (e - x < 1) return null;
  const start = toks[x]!.start;
  const end = toks[e]!.end;
  const kind: QuoteKind = hasMarks(text.slice(start, end)) ? 'partial' : 'indirect';
  return { start, end, kind, source, cue: [toks[v]!.start, toks[v]!.end], rule: 'quotes/asked', inherit: -1 };
}

/** "Trump's claim that …", "his warning that …", "the claim by officials that …". */
function nounCue(text: string, toks: Tok[], t: Tok, sentFirst: number, endTok: number): Cand | null {
  const v = t.i;
  if (v + 2 > endTok) return null;
  let source: Span | null = null;
  const prev = toks[v - 1];
  const prev2 = toks[v - 2];
  if (prev && prev.pos === 'PRON' && /^(?:his|her|their|its|our|my)$/.test(prev.lower)) source = [prev.start, prev.end];
  else if (prev && /^[’']s$/.test(prev.lower) && prev2 && v - 2 >= sentFirst) {
    const np = npLeft(toks, v - 2, sentFirst);
    if (np) source = [toks[np[0]]!.start, prev.end];
  } else if (prev && (prev.pos === 'ADJ') && toks[v - 2] && /^[’']s$/.test(toks[v - 2]!.lower)) {
    const np = npLeft(toks, v - 3, sentFirst);
    if (np) source = [toks[np[0]]!.start, toks[v - 2]!.end];
  }
  if (!source) return null;
  let cue: Span = [t.start, t.end];
  // "Donald Trump ratcheted up his attacks on Rubio": the subject of the verb that holds the possessive speaks.
  if (prev && prev.pos === 'PRON') {
    // "were unanimous in their condemnation of", "continued to affirm their support for"
    let k = v - 2;
    while (k >= sentFirst && k > v - 6 && (/^(?:up|down|on|out|off|back|in)$/.test(toks[k]!.lower) || toks[k]!.pos === 'ADV' || (toks[k]!.pos === 'ADJ' && toks[k + 1]?.lower === 'in'))) k--;
    if (k > sentFirst && (toks[k]!.pos === 'VERB' || (toks[k]!.pos === 'AUX' && toks[k + 1]?.pos === 'ADJ'))) {
      let s0 = k - 1;
      while (s0 >= sentFirst && (toks[s0]!.pos === 'AUX' || toks[s0]!.pos === 'ADV' || toks[s0]!.pos === 'PART' || (toks[s0]!.pos === 'VERB' && toks[s0 + 1]?.lower === 'to')) && !PRONOUNS.has(toks[s0]!.lower)) s0--;
      const np = s0 >= sentFirst ? npLeft(toks, s0, sentFirst) : null;
      if (np && toks[np[1]]!.pos !== 'NUM' && !toks.slice(np[0], np[1] + 1).every((x) => isTimeWord(x) || x.pos === 'DET')) {
        source = [toks[np[0]]!.start, toks[np[1]]!.end];
        cue = [toks[s0 + 1]!.start, t.end];
      }
    }
  }
  const start = toks[v + 2]!.start;
  const end = toks[coordinatedEnd(toks, v + 2, endTok)]!.end;
  const kind: QuoteKind = hasMarks(text.slice(start, end)) ? 'partial' : 'indirect';
  return { start, end, kind, source, cue, rule: 'quotes/noun-cue', inherit: -1 };
}

/**
 * First token after a short subject starting at `y` (names, pronouns, nouns, numbers, "nine in 10", "26 percent of
 * Democrats", adverbs and auxiliaries), at most `max` tokens on from `y`.
 */
function subjectRunEnd(toks: Tok[], y: number, endTok: number, max: number): number {
  const y0 = y;
  while (y <= endTok && y - y0 < max) {
    const ty = toks[y]!;
    // An adjective only before its noun ("human rights groups", "presumptive nominee"), not "would have been fine".
    // A possessive inside it too ("but the country’s navy later said").
    if (/^(?:PROPN|PRON|DET|NOUN|ADV|AUX|NUM)$/.test(ty.pos) || ty.text === '%' || (ty.pos === 'ADJ' && /^(?:NOUN|PROPN|ADJ)$/.test(toks[y + 1]?.pos ?? '')) ||
      (/^[’']s$/.test(ty.lower) && y > y0 && /^(?:NOUN|PROPN)$/.test(toks[y - 1]!.pos))) {
      y++;
      continue;
    }
    // "nine in 10", "26 percent of Democrats", "most of them", "attorneys for the department"
    if ((/^(?:in|of)$/.test(ty.lower) || (/^(?:for|from|at|with)$/.test(ty.lower) && toks[y - 1]!.pos === 'NOUN')) && y > y0 && /^(?:NUM|NOUN|PRON|DET)$/.test(toks[y - 1]!.pos) && /^(?:NUM|NOUN|PROPN|DET|PRON)$/.test(toks[y + 1]?.pos ?? '')) {
      y++;
      continue;
    }
    break;
  }
  return y;
}

const PASSIVE_BE = /^(?:be|been|being|is|are|was|were)$/;

/**
 * A new subject in tokens [a, v) and a passive verb at `v` ("and her daughter were found"): no attribution. Without a
 * subject (", was rejected") the verb is the main clause's, after an apposition.
 */
function newPassive(toks: Tok[], a: number, v: number): boolean {
  return PASSIVE_BE.test(toks[v - 1]!.lower) && toks.slice(a, v).some((z) => /^(?:NOUN|PROPN|PRON|NUM)$/.test(z.pos));
}

/** Last content token before a coordinated cue ("… and said that …", "…; he added …"). */
function coordinatedEnd(toks: Tok[], from: number, endTok: number): number {
  // "said in addition, the boarding party found …": a leading phrase alone is no content to cut at.
  const leadingPhrase = toks[from]?.pos === 'ADP';
  for (let x = from + 1; x < endTok; x++) {
    const tx = toks[x]!;
    if (!(tx.lower === 'and' || tx.lower === 'but' || tx.text === ';' || tx.text === ',')) continue;
    if (leadingPhrase && !toks.slice(from, x).some((z) => z.pos === 'VERB' || z.pos === 'AUX')) continue;
    let y = x + 1;
    if (tx.text === ',') {
      // ", adding that …", ", but Lavrov said …", ", while 9 percent found …": a participle cue or a new subject and cue.
      if (/^(?:but|while|although|whereas|and|though)$/.test(toks[y]?.lower ?? '')) y++;
      // ", compared with 64 percent who say …"
      const compared = toks[y]?.lower === 'compared' && /^(?:with|to)$/.test(toks[y + 1]?.lower ?? '');
      if (compared) y += 2;
      y = subjectRunEnd(toks, y, endTok, compared ? 8 : 5);
      // "Podesta, who said the project was vetted, said he was unaware": the outer verb of speech ends the inner content.
      const outerSay = y === x + 1 && /^(?:said|says)$/.test(toks[y]?.lower ?? '') && /^(?:PRON|PROPN|DET|NOUN)$/.test(toks[y + 1]?.pos ?? '') && toks.slice(from, x).some((z) => z.lower === 'who') === false && /^(?:who|which)$/.test(toks[from - 2]?.lower ?? toks[from - 1]?.lower ?? '');
      if (outerSay) {
        let e = x - 1;
        while (e > from && toks[e]!.text === ',') e--;
        return e;
      }
      if (!(y <= endTok && toks[y]!.pos === 'VERB' && CUE_FORMS.has(toks[y]!.lower) && (y === x + 1 ? /ing$/.test(toks[y]!.lower) : !newPassive(toks, x + 1, y)))) continue;
      if (toks[y + 1]?.lower !== 'that' && y === x + 1 && !/^(?:adding|saying|noting|arguing|insisting|warning|claiming|calling|urging|accusing|telling|citing|writing|praising|criticizing|mocking|referring|describing|blaming|promising|declaring|vowing|suggesting|asking|explaining|acknowledging|dismissing|attacking|accusing|complaining|predicting|stressing|pointing|labeling|questioning|defending|touting|rejecting)$/.test(toks[y]!.lower)) continue;
      let e = x - 1;
      while (e > from && toks[e]!.text === ',') e--;
      return e;
    }
    // "…; 26 percent of Democrats say …", "… and nearly three in five said …": a short subject, then a cue.
    y = subjectRunEnd(toks, y, endTok, 8);
    // Not a passive ("and other information not be released"); not a subject joined by "and" to the content's own
    // ("said the United States and its allies will seek …": no verb before the "and").
    const joinedSubject = tx.lower === 'and' && y > x + 1 && !toks.slice(from, x).some((z) => z.pos === 'VERB' || z.pos === 'AUX');
    if (y <= endTok && !joinedSubject && toks[y]!.pos === 'VERB' && CUE_FORMS.has(toks[y]!.lower) && (y === x + 1 || (toks[y - 1]!.pos !== 'ADP' && !PASSIVE_BE.test(toks[y - 1]!.lower)))) {
      let e = x - 1;
      while (e > from && toks[e]!.text === ',') e--;
      return e;
    }
  }
  return endTok;
}

const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|last|this|next|week|weekend|month|year|morning|evening|afternoon|night|january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)$/;

/** A word of a time expression ("Wednesday", "last week", "Jan. 21"). */
function isTimeWord(t: Tok): boolean {
  return TIME_WORDS.test(t.lower) || (t.pos === 'NUM' && /^\d{1,4}$/.test(t.text));
}

const SUBORDINATORS = new Set(['when', 'if', 'as', 'after', 'because', 'while', 'although', 'though', 'since', 'before', 'once', 'unless', 'whereas']);

/** Verbs that are not cues before "to" ("is said to be", "is expected to win"). */
const RAISING = new Set(['say', 'report', 'believe', 'think', 'know', 'understand', 'expect', 'estimate', 'hear', 'find', 'show', 'claim', 'allege', 'feel', 'suspect', 'fear']);

/**
 * The subject of a sentence whose verb follows an insert closed at token `close` (a comma or a dash): the first
 * noun phrase, then prepositional phrases, then delimited pieces that are appositions (no verb) or relative and
 * participle clauses ("which has …", "including …", "who have listened …"). Returns the subject's first token.
 */
function subjectWithInsert(toks: Tok[], sentFirst: number, close: number): number {
  if (close - sentFirst > 45) return -1;
  let i = sentFirst;
  while (i < close && (toks[i]!.pos === 'CCONJ' || toks[i]!.pos === 'ADV' || (toks[i]!.text === ',' && i > sentFirst))) i++;
  const subj = npRight(toks, i, close - 1);
  if (!subj || !(toks[subj[1]]!.pos === 'PROPN' || toks[subj[1]]!.pos === 'NOUN')) return -1;
  const region = toks.slice(subj[1] + 1, close);
  if (region.some((x) => QUOTE_CHARS.test(x.text) || TERMINAL.test(x.text) || x.text === ';' || x.text === ':')) return -1;
  const delim = (x: Tok) => x.text === ',' || /^(?:[—–]|--)$/.test(x.text) || (x.text === '-' && x.pos === 'PUNCT');
  const pieces: Tok[][] = [[]];
  for (const x of region) {
    if (delim(x)) pieces.push([]);
    else pieces[pieces.length - 1]!.push(x);
  }
  if (pieces.length < 2) return -1;
  const verbal = (x: Tok) => (x.pos === 'VERB' || x.pos === 'AUX') && !x.text.includes('-');
  const clause = (p: Tok[]) => /^(?:who|which|whose|where|including|\w+ing)$/.test(p[0]?.lower ?? '') || (p[0]?.pos === 'VERB' && /ed$/.test(p[0].lower) && p.slice(1, 8).some((x) => x.lower === 'by')) ||
    // "a Republican who has refused to endorse him"
    (/^(?:DET|ADJ|NOUN|PROPN)$/.test(p[0]?.pos ?? '') && p.some((x, n) => n > 0 && /^(?:who|whose)$/.test(x.lower) && /^(?:NOUN|PROPN)$/.test(p[n - 1]!.pos) && !p.slice(0, n).some(verbal)));
  for (let n = 0; n < pieces.length; n++) {
    const p = pieces[n]!;
    if (p.length === 0) continue;
    if (n === 0 && !(p[0]!.pos === 'ADP' || clause(p))) return -1;
    if (p.some(verbal) && !clause(p)) return -1;
  }
  // The insert must be closed by the same kind of mark that opened it ("X — … — said", "X, …, said").
  const firstDelim = region.find(delim);
  if (firstDelim && firstDelim.text !== toks[close]!.text && !(firstDelim.text === ',' && toks[close]!.text === ',')) return -1;
  return subj[0];
}

/**
 * First token of "NAME, APPOSITION" ending at the comma `comma` before a verb: the sentence's first noun phrase (after a
 * leading conjunction or adverb, or a leading phrase closed by a comma: "Appearing before supporters,", "In Iowa,"),
 * with no verb, ending on a name or noun and followed by a comma; then up to 40 tokens of apposition, relative clauses
 * included, without quotation marks or sentence breaks. Returns -1 when the sentence does not read so.
 */
function subjectBeforeApposition(toks: Tok[], sentFirst: number, comma: number): number {
  let i = sentFirst;
  while (i < comma && (toks[i]!.pos === 'CCONJ' || (toks[i]!.pos === 'ADV' && toks[i + 1]?.text === ','))) i += toks[i + 1]?.text === ',' ? 2 : 1;
  const lead = toks[i];
  if (!lead) return -1;
  if (leadsPhrase(toks, i) || (lead.pos === 'VERB' && /ing$/.test(lead.lower))) {
    let c = i;
    while (c < comma && c - i < 15 && toks[c]!.text !== ',') c++;
    if (c >= comma || toks[c]!.text !== ',') return -1;
    i = c + 1;
  }
  let e = i;
  while (e < comma && toks[e]!.text !== ',') e++;
  if (e >= comma || e === i || e - i > 8 || comma - i > 45) return -1;
  const head = toks.slice(i, e);
  // "Grant Young": a first name the tagger took for a verb.
  const nameWord = (x: Tok, n: number) => /^\p{Lu}/u.test(x.text) && head[n + 1]?.pos === 'PROPN';
  if (!(/^(?:DET|PROPN|NOUN|ADJ|NUM)$/.test(head[0]!.pos) || nameWord(head[0]!, 0)) || !/^(?:PROPN|NOUN)$/.test(head[head.length - 1]!.pos)) return -1;
  if (head.some((x, n) => (x.pos === 'VERB' || x.pos === 'AUX') && !x.text.includes('-') && !nameWord(x, n))) return -1;
  if (toks.slice(i, comma).some((x) => QUOTE_CHARS.test(x.text) || TERMINAL.test(x.text) || /^[;:()]$/.test(x.text))) return -1;
  return i;
}

/**
 * The subject of the last subordinate clause before `comma` ("… one day after [Defense Secretary Lloyd Austin] placed
 * 8,500 troops on alert, citing …"): a subordinator after the main verb, a name right after it and a verb after the
 * name, with no comma between. Null otherwise.
 */
function subordinateSubject(toks: Tok[], sentFirst: number, comma: number): [number, number] | null {
  for (let s = comma - 2; s > sentFirst + 2 && s >= comma - 30; s--) {
    const x = toks[s]!;
    if (x.text === ',' || TERMINAL.test(x.text)) return null;
    if (!/^(?:after|when|as|because|while|since|before|once)$/.test(x.lower)) continue;
    const np = npRight(toks, s + 1, comma - 1);
    if (!np || toks[np[1]]!.pos !== 'PROPN') return null;
    const verb = toks[np[1] + 1];
    if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || /ing$/.test(verb.lower)) return null;
    // The main clause before the subordinator has a verb of its own.
    if (!toks.slice(sentFirst, s).some((y) => y.pos === 'VERB' || y.pos === 'AUX')) return null;
    return np;
  }
  return null;
}

/**
 * First token of the name in "After NAME, APPOSITION," ending at the comma `comma`: a subordinator opening the
 * sentence, a run of names (titles included) up to a comma, then a short apposition without a verb. -1 otherwise.
 */
function subordinateSubjectWithApposition(toks: Tok[], sentFirst: number, comma: number): number {
  let i = sentFirst;
  while (i < comma && toks[i]!.pos === 'CCONJ') i++;
  if (!SUBORDINATORS.has(toks[i]?.lower ?? '')) return -1;
  const s = i + 1;
  let e = s;
  while (e < comma && toks[e]!.pos === 'PROPN' && /^\p{Lu}/u.test(toks[e]!.text)) e++;
  if (e - s < 2 || toks[e]?.text !== ',' || e >= comma) return -1;
  const appos = toks.slice(e + 1, comma);
  if (appos.length === 0 || appos.length > 8) return -1;
  if (appos.some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.text === ',' || QUOTE_CHARS.test(x.text) || TERMINAL.test(x.text))) return -1;
  return s;
}

/**
 * The subject of a sentence whose first noun phrase carries prepositional phrases or an apposition before its verb
 * ("One operative inside Trump Tower tried …", "Hillary Clinton, the former secretary, drew …"), ending before
 * token `before`; null when no verb follows it.
 */
/**
 * "Residents living near the plant", "Democrats trying to regain the Senate": the sentence's first noun phrase, a
 * participle and its phrase ending with `np`, no comma between. Returns the whole subject or null.
 */
function participleSubject(toks: Tok[], sentFirst: number, np: [number, number]): [number, number] | null {
  let i = sentFirst;
  while (i < np[0] && (toks[i]!.pos === 'CCONJ' || QUOTE_CHARS.test(toks[i]!.text))) i++;
  const head = npRight(toks, i, np[0] - 1);
  if (!head || head[0] !== i || !/^(?:PROPN|NOUN)$/.test(toks[head[1]]!.pos)) return null;
  const part = toks[head[1] + 1];
  if (!part || part.pos !== 'VERB' || !/ing$/.test(part.lower)) return null;
  // The participle's phrase runs to `np` without a comma or another verb.
  for (let x = head[1] + 2; x < np[0]; x++) {
    const tx = toks[x]!;
    if (tx.text === ',' || TERMINAL.test(tx.text) || QUOTE_CHARS.test(tx.text) || tx.pos === 'AUX' || (tx.pos === 'VERB' && !(tx.lower === part.lower))) return null;
  }
  if (np[0] - head[1] > 8) return null;
  return [head[0], np[1]];
}

function subjectWithModifiers(toks: Tok[], sentFirst: number, before: number): [number, number] | null {
  let i = sentFirst;
  while (i < before && (toks[i]!.pos === 'CCONJ' || (toks[i]!.pos === 'ADV' && toks[i + 1]?.text === ','))) i += toks[i + 1]?.text === ',' ? 2 : 1;
  const lead = toks[i];
  if (!lead) return null;
  if (leadsPhrase(toks, i) || (lead.pos === 'VERB' && /ing$/.test(lead.lower))) {
    let c = i;
    while (c < before && c - i < 15 && toks[c]!.text !== ',') c++;
    if (c >= before || toks[c]!.text !== ',') return null;
    i = c + 1;
  }
  const np = npRight(toks, i, before - 1);
  if (!np || !/^(?:PROPN|NOUN)$/.test(toks[np[1]]!.pos)) return null;
  let e = np[1];
  let extended = false;
  for (let n = 0; n < 3; n++) {
    const nx = toks[e + 1];
    if (!nx || e + 1 >= before) break;
    if (nx.pos === 'ADP' && nx.lower !== 'that') {
      const pp = npRight(toks, e + 2, before - 1);
      if (!pp) break;
      e = pp[1];
      extended = true;
      continue;
    }
    if (nx.text === ',') {
      // An apposition without a verb, closed by a comma.
      let c = e + 2;
      while (c < before && c - e < 16 && toks[c]!.text !== ',' && toks[c]!.pos !== 'VERB' && toks[c]!.pos !== 'AUX' && !QUOTE_CHARS.test(toks[c]!.text)) c++;
      if (c >= before || toks[c]!.text !== ',' || c === e + 2) break;
      e = c - 1;
      extended = true;
      break;
    }
    break;
  }
  if (!extended) return null;
  let a = e + 1;
  if (toks[a]?.text === ',') a++;
  while (a < before && (toks[a]!.pos === 'ADV' || toks[a]!.pos === 'AUX')) a++;
  if (a >= before || toks[a]!.pos !== 'VERB') return null;
  return [i, e];
}

/** A preposition or subordinator opening a phrase; "To" before a name or an article too ("To Germany, …"), which the tagger reads as a particle. */
function leadsPhrase(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  if (t.pos === 'ADP' || t.pos === 'SCONJ') return true;
  return t.lower === 'to' && /^(?:PROPN|DET)$/.test(toks[i + 1]?.pos ?? '');
}

/** The subject of a sentence: its first noun phrase, after a leading conjunction, adverb or "In Nevada,". */
const SPAN_WORDS = /^(?:few|several|hours?|minutes?|days?|weeks?|months?|years?|decades?|moments?|seconds?)$/;

function sentenceSubject(toks: Tok[], sentFirst: number, before: number, timeAfter = false): [number, number] | null {
  let i = afterDatelineTokens(toks, sentFirst, before);
  // "When asked whom she supported, Ms. Sherry …": a leading subordinate clause closed by a comma (the tagger may read
  // its conjunction as an adverb).
  if (SUBORDINATORS.has(toks[i]?.lower ?? '') && toks[i]!.pos !== 'ADP') {
    let c = i + 1;
    while (c < before && c - i < 16 && toks[c]!.text !== ',' && !QUOTE_CHARS.test(toks[c]!.text)) c++;
    if (toks[c]?.text === ',' && c + 1 < before) i = c + 1;
  }
  // "However, he …": a leading adverb and its comma.
  while (i < before && (toks[i]!.pos === 'CCONJ' || toks[i]!.pos === 'ADV' || QUOTE_CHARS.test(toks[i]!.text) ||
    (toks[i]!.text === ',' && i > sentFirst && /^(?:ADV|CCONJ)$/.test(toks[i - 1]!.pos)))) i++;
  // "In Nevada, …", "Speaking at a town hall, …", "To Germany, …": a leading phrase closed by a comma.
  if (toks[i] && (leadsPhrase(toks, i) || (toks[i]!.pos === 'VERB' && /ing$/.test(toks[i]!.lower)))) {
    let c = i;
    while (c < before && c - i < 16 && toks[c]!.text !== ',') c++;
    if (toks[c]?.text !== ',') return null;
    i = c + 1;
    // "Speaking in Salem, New Hampshire, Trump …": a place name after the phrase's comma.
    const place = npRight(toks, i, before - 1);
    if (place && place[1] - place[0] <= 3 && toks.slice(place[0], place[1] + 1).every((x) => x.pos === 'PROPN') && toks[place[1] + 1]?.text === ',' && place[1] + 2 < before) {
      const next = npRight(toks, place[1] + 2, before - 1);
      if (next && /^(?:VERB|AUX)$/.test(toks[next[1] + 1]?.pos ?? '')) i = place[1] + 2;
    }
  }
  if (i >= before) return null;
  let np = npRight(toks, i, before - 1);
  if (!np) return null;
  // "Late last month, the company …": a time phrase and its comma before the subject.
  if (toks.slice(np[0], np[1] + 1).every((x) => isTimeWord(x) || x.pos === 'DET' || /^(?:late|early|mid)$/.test(x.lower)) && toks[np[1] + 1]?.text === ',' && np[1] + 2 < before) {
    i = np[1] + 2;
    np = npRight(toks, i, before - 1);
    if (!np) return null;
  }
  // "Hours later, Trump …", "Eight years ago, he …": a span of time counted back or on, and its comma.
  if (toks.slice(np[0], np[1] + 1).every((x) => isTimeWord(x) || x.pos === 'DET' || x.pos === 'NUM' || SPAN_WORDS.test(x.lower)) &&
    /^(?:later|ago|earlier|afterward|afterwards|before)$/.test(toks[np[1] + 1]?.lower ?? '') && toks[np[1] + 2]?.text === ',' && np[1] + 3 < before) {
    i = np[1] + 3;
    np = npRight(toks, i, before - 1);
    if (!np) return null;
  }
  // "It was at the conference that Swanson delivered …": the subject of a cleft sentence follows its "that".
  if (np[0] === np[1] && toks[np[0]]!.lower === 'it' && /^(?:was|is)$/.test(toks[np[0] + 1]?.lower ?? '')) {
    for (let x = np[0] + 2; x < before && x <= np[0] + 12; x++) {
      if (toks[x]!.text === ',' || TERMINAL.test(toks[x]!.text) || toks[x]!.pos === 'VERB') break;
      if (toks[x]!.lower !== 'that' || x === np[0] + 2) continue;
      const inner = npRight(toks, x + 1, before - 1);
      if (inner && /^(?:VERB|AUX|ADV)$/.test(toks[inner[1] + 1]?.pos ?? '')) return inner;
      break;
    }
  }
  // "Sen. Ted Cruz (R-Texas), …": a party tag belongs to the subject.
  if (toks[np[1] + 1]?.text === '(') {
    for (let x = np[1] + 2; x < before && x <= np[1] + 7; x++) {
      if (toks[x]!.text !== ')') continue;
      if (partyTagOpen(toks, x, np[1] + 1) === np[1] + 1) np[1] = x;
      break;
    }
  }
  let a = np[1] + 1;
  // "Antony Blinken on Wednesday visited …": a time between the subject and its verb.
  if (timeAfter) while (a < before && a - np[1] <= 4 && (isTimeWord(toks[a]!) || /^(?:on|in|last|this|late|early)$/.test(toks[a]!.lower))) a++;
  const after = toks[a];
  // "Lawmakers graded the policy": a past form read as an adjective, before an object, is the verb too.
  const pastRead = !!after && after.pos === 'ADJ' && /ed$/.test(after.lower) && /^(?:DET|PROPN|PRON|NOUN)$/.test(toks[a + 1]?.pos ?? '');
  if (!after || !(after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'ADV' || after.text === ',' || pastRead)) return null;
  return timeAfter ? withoutTimeTail(toks, np) : np;
}

/** "Dmitry Peskov last week (told …)": a time closing a subject phrase is no part of it. */
function withoutTimeTail(toks: Tok[], np: [number, number]): [number, number] {
  let e = np[1];
  while (e > np[0] && isTimeWord(toks[e]!) && toks[e]!.pos !== 'PROPN') e--;
  return e < np[1] && !isTimeWord(toks[e]!) ? [np[0], e] : np;
}

/** Longest content read back from a closing attribution, in characters (keeps hostile input linear). */
const CONTENT_BEFORE_MAX = 2000;

/** A dateline opening a sentence: "KYIV, Ukraine -- ", "ORLANDO, Fla. (Reuters) - ", "WASHINGTON — ". */
const DATELINE = /^[A-Z][A-Z'’.-]{2,}(?:[ ]+[A-Z][A-Z'’.-]+){0,3}(?:,[ ]+[A-Z][\w.]*(?:[ ]+[A-Z][\w.]*){0,2})?(?:[ ]*\([A-Za-z. ]{2,20}\))?[ ]*(?:--|—|–|-)[ ]+(?=[A-Z“"])/;

/** First token after a dateline opening the sentence at token `first` (or `first`). */
function afterDateline(text: string, toks: Tok[], first: number, before: number): number {
  const m = DATELINE.exec(text.slice(toks[first]!.start, toks[first]!.start + 80));
  if (!m) return first;
  const at = firstTokenAtOrAfter(toks, toks[first]!.start + m[0].length);
  return at < before ? at : first;
}

/** The same read on tokens alone: "KYIV , Ukraine --", "ORLANDO , Fla. ( Reuters ) -", "WASHINGTON —". */
function afterDatelineTokens(toks: Tok[], first: number, before: number): number {
  let k = first;
  if (!/^[A-Z][A-Z'’.-]{2,}$/.test(toks[k]?.text ?? '')) return first;
  k++;
  while (k < before && k - first < 4 && /^[A-Z][A-Z'’.-]+$/.test(toks[k]!.text)) k++;
  if (toks[k]?.text === ',') {
    k++;
    const c = k;
    while (k < before && k - c < 3 && /^\p{Lu}[\p{L}.]*$/u.test(toks[k]!.text)) k++;
    if (k === c) return first;
  }
  if (toks[k]?.text === '(') {
    const o = k;
    while (k < before && k - o < 6 && toks[k]!.text !== ')') k++;
    if (toks[k]?.text !== ')') return first;
    k++;
  }
  if (!/^(?:-|--|—|–)$/.test(toks[k]?.text ?? '')) return first;
  while (k < before && /^(?:-|--|—|–)$/.test(toks[k]!.text)) k++;
  // The sentence starts after it ("NATO - the alliance - said" is no dateline).
  return k < before && /^[\p{Lu}“"]/u.test(toks[k]!.text) ? k : first;
}

function contentBefore(text: string, toks: Tok[], first: number, commaTok: number, source: Span, cue: Span, spans: QuotedSpan[]): Cand | null {
  let end = toks[commaTok]!.start;
  first = afterDateline(text, toks, first, commaTok);
  let start = toks[first]!.start;
  if (end - start > CONTENT_BEFORE_MAX) return null;
  // Skip a quote already closed before the comma: the content is the quote itself.
  const q0 = spans[lastOpenAtOrBefore(spans, start)];
  const q = q0 && q0.close >= end - 1 && q0.close <= end + 1 ? q0 : undefined;
  let kind: QuoteKind = 'indirect';
  if (q) {
    start = q.start;
    end = q.close;
    kind = 'direct';
  } else {
    // "Iowa (93 percent were white, according to exit polls)": the content starts inside the open parenthesis.
    const open = text.lastIndexOf('(', end);
    if (open >= start && text.indexOf(')', open) >= end) start = open + 1;
    if (hasMarks(text.slice(start, end))) kind = 'partial';
  }
  if (text[end - 1] === "'" && text[end] === "'") end--;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1]!)) end--;
  if (end - start < 8) return null;
  return { start, end, kind, source, cue, rule: 'quotes/content-source-cue', inherit: -1 };
}

function accordingTo(text: string, toks: Tok[], v: number, sentFirst: number, endTok: number, spans: QuotedSpan[]): Cand | null {
  // "According to him, …": an object pronoun is the source.
  const pron = /^(?:him|her|them)$/i.test(toks[v + 2]?.text ?? '') && toks[v + 3]?.text === ',' ? ([v + 2, v + 2] as [number, number]) : null;
  const np = pron ?? wordsUpToComma(toks, v + 2, endTok) ?? npRight(toks, v + 2, endTok) ?? accordingObject(toks, v + 2, endTok);
  if (!np) return null;
  const source: Span = [toks[np[0]]!.start, toks[np[1]]!.end];
  const cue: Span = [toks[v]!.start, toks[v + 1]!.end];
  // "According to X, CONTENT."
  if (v === sentFirst || (v === sentFirst + 1 && /^(?:but|and|yet)$/i.test(toks[sentFirst]!.text))) {
    let c = np[1] + 1;
    // Skip a trailing apposition or clause up to the comma.
    while (c <= endTok && toks[c]!.text !== ',' && c - np[1] < 30) c++;
    if (toks[c]?.text !== ',' || c + 1 > endTok) return null;
    const start = toks[c + 1]!.start;
    const end = toks[endTok]!.end;
    const kind: QuoteKind = hasMarks(text.slice(start, end)) ? 'partial' : 'indirect';
    return { start, end, kind, source, cue, rule: 'quotes/according-to-first', inherit: -1 };
  }
  const lead = toks[v - 1];
  if (lead?.text === ',' && v - 2 >= sentFirst && toks[np[1] + 1]?.text === ',' && endTok - (np[1] + 1) >= 3) {
    const after = toks[np[1] + 2]!;
    // "It was postponed because, according to Trump, the media would …", "said that, according to its data, the
    // strikes …": after a word opening a clause, the content is that clause.
    if (/^(?:that|because|since|so|but|while|although|though|if|when|whether)$/.test(toks[v - 2]!.lower)) {
      const start = after.start;
      const end = toks[endTok]!.end;
      const kind: QuoteKind = hasMarks(text.slice(start, end)) ? 'partial' : 'indirect';
      return { start, end, kind, source, cue, rule: 'quotes/according-to-first', inherit: -1 };
    }
    // "The strikes, according to the ministry, hit only military targets.": a subject, the attribution, its verb; the
    // content is the whole sentence.
    const subj = npRight(toks, sentFirst, v - 2);
    if (subj && subj[0] === sentFirst && subj[1] === v - 2 && v - 1 - sentFirst >= 2 && (after.pos === 'VERB' || after.pos === 'AUX')) {
      const start = toks[sentFirst]!.start;
      const end = toks[endTok]!.end;
      const kind: QuoteKind = hasMarks(text.slice(start, end)) ? 'partial' : 'indirect';
      return { start, end, kind, source, cue, rule: 'quotes/parenthetical', inherit: -1 };
    }
  }
  // "Now, according to the recent poll, some are swinging.": a short opening, then the content after the source.
  if (lead?.text === ',' && v - 1 - sentFirst >= 1 && v - 1 - sentFirst < 3 && toks[np[1] + 1]?.text === ',' && endTok - (np[1] + 1) >= 3) {
    const start = toks[np[1] + 2]!.start;
    const end = toks[endTok]!.end;
    const kind: QuoteKind = hasMarks(text.slice(start, end)) ? 'partial' : 'indirect';
    return { start, end, kind, source, cue, rule: 'quotes/according-to-first', inherit: -1 };
  }
  // "CONTENT, according to X."
  const comma = toks[v - 1];
  if (comma && (comma.text === ',' || comma.text === '—') && v - 1 - sentFirst >= 3) {
    return contentBefore(text, toks, sentFirst, v - 1, source, cue, spans);
  }
  return null;
}

/**
 * A reported-speech content cut at a clause boundary (comma, semicolon, colon, dash) right before `at`,
 * where another attribution already took the text; null when no such boundary or too little is left.
 */
function cutBeforeConsumed(text: string, c: Cand, at: number): Cand | null {
  if (at <= c.start || c.kind === 'direct') return null;
  let e = at;
  while (e > c.start && /\s/.test(text[e - 1]!)) e--;
  if (!/[,;:―—–-]/.test(text[e - 1] ?? '')) return null;
  while (e > c.start && /[\s,;:―—–-]/.test(text[e - 1]!)) e--;
  if (e - c.start < 15) return null;
  const kind: QuoteKind = hasMarks(text.slice(c.start, e)) ? 'partial' : 'indirect';
  return { ...c, end: e, kind };
}

/**
 * The object of "according to" up to a comma or the content end when the tagger broke it ("people/VERB in
 * attendance", "polls at the time", "court documents reported previously by The Post"): at most 15 words, no
 * auxiliary, quotation mark or clause word, ending on a noun or a name.
 */
function accordingObject(toks: Tok[], i: number, endTok: number): [number, number] | null {
  let j = i;
  while (j <= endTok && toks[j]!.text !== ',' && j - i < 15) {
    const x = toks[j]!;
    if (x.pos === 'AUX' || x.pos === 'SCONJ' || QUOTE_CHARS.test(x.text) || TERMINAL.test(x.text) || /^(?:that|who|which|;|:)$/.test(x.lower)) return null;
    if (!/^(?:NOUN|PROPN|ADJ|DET|NUM|ADP|PART|ADV|VERB|PRON|PUNCT|CCONJ)$/.test(x.pos)) return null;
    if (x.pos === 'PRON' && !/^(?:his|her|their|its|our|my)$/.test(x.lower)) return null;
    j++;
  }
  const last = j - 1;
  if (last < i || (j <= endTok && toks[j]!.text !== ',') || !/^(?:NOUN|PROPN)$/.test(toks[last]!.pos) || !/^\w/.test(toks[i]!.text)) return null;
  return [i, last];
}

/**
 * A source the tagger broke ("according to exit/VERB polls", "the conservative-leaning Tax Foundation"): the words
 * from `i` up to a comma or the content end, at most 12, starting with a word and ending on a noun or name.
 */
function wordsUpToComma(toks: Tok[], i: number, endTok: number): [number, number] | null {
  let j = i;
  while (j <= endTok && toks[j]!.text !== ',' && toks[j]!.text !== ')' && !QUOTE_CHARS.test(toks[j]!.text) && j - i < 12) j++;
  const last = j - 1;
  if (last < i || (j <= endTok && toks[j]!.text !== ',' && toks[j]!.text !== ')') || !/^\w/.test(toks[i]!.text)) return null;
  if (!(toks[last]!.pos === 'NOUN' || toks[last]!.pos === 'PROPN')) return null;
  // Names and nouns only; a verb only where the tagger took a modifier for one ("exit polls", "-leaning Tax …").
  for (let x = i; x <= last; x++) {
    const p = toks[x]!.pos;
    if (p === 'PRON' || p === 'AUX' || p === 'SCONJ' || p === 'PART') return null;
    if (p === 'VERB' && !/^(?:NOUN|PROPN|ADJ)$/.test(toks[x + 1]!.pos)) return null;
  }
  return [i, last];
}

function isSentenceEnd(text: string, offset: number): boolean {
  return /^\s*(?:[.!?]|$|\n)/.test(text.slice(offset, offset + 3)) || /[.!?,]\s*$/.test(text.slice(Math.max(0, offset - 3), offset - 1));
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,;:]/.test(text[e - 1]!)) e--;
  return [s, e];
}

// ---------------------------------------------------------------------------------------------
// 4. Naming speakers

class SpeakerNamer {
  private readonly people: { name: string; entity: string | null; at: number }[] = [];
  private readonly orgs: { name: string; entity: string | null; at: number }[] = [];
  private readonly byKey: Map<string, LocalEntity>;
  private readonly mentions: readonly EntityMention[];

  constructor(
    private readonly text: string,
    private readonly toks: readonly Tok[],
    mentions: readonly EntityMention[],
    entities: readonly LocalEntity[],
    /** Whether an offset lies inside quoted words (their names are no antecedents of a pronoun after them). */
    private readonly inQuote: (offset: number) => boolean = () => false,
  ) {
    this.byKey = new Map(entities.map((e) => [e.key, e]));
    this.mentions = [...mentions].sort((a, b) => a.start - b.start);
  }

  /** Index of the first mention starting at or after `offset`. */
  private mentionFrom(offset: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  name(span: Span): Speaker {
    const source: Span = [...unglue(this.text, span)];
    // "Last month, ministers from Canada … said": a time or linking phrase before the comma is not the source.
    // "… February 24, 2022 Officials said": the year of a date run into the sentence is not the source either.
    // "London (CNN)UK health officials are urging": a dateline glued to the subject is not part of it either.
    const lead = LEADING_ADVERBIAL.exec(this.text.slice(source[0], source[1])) ?? /^\d{4}[ \t]+(?=\p{Lu})/u.exec(this.text.slice(source[0], source[1])) ??
      /^\p{Lu}[\p{L}.' -]{1,40}\((?:CNN|AP|Reuters|AFP|Xinhua|Sputnik|TASS|Bloomberg)\)[ \t]*(?:[—–-]+[ \t]*)?/u.exec(this.text.slice(source[0], source[1]));
    if (lead && lead[0].length < source[1] - source[0]) source[0] += lead[0].length;
    const words = this.text.slice(source[0], source[1]);
    const lower = OBJECT_PRONOUNS.get(words.toLowerCase()) ?? words.toLowerCase();
    if (lower === 'which') {
      // "a survey, which found …": the noun phrase the relative clause hangs on.
      let k = firstTokenAtOrAfter(this.toks as Tok[], source[0]) - 1;
      if (this.toks[k]?.text === ',') k--;
      const np = k >= 0 ? npLeft(this.toks as Tok[], k, Math.max(0, k - 12)) : null;
      if (np) {
        const words = this.text.slice(this.toks[np[0]]!.start, this.toks[np[1]]!.end).replace(/^(?:the|a|an)\s+/i, '');
        return { name: words, entity: null, mention: source };
      }
    }
    if (PRONOUNS.has(lower) || lower === 'who' || lower === 'which') return this.pronoun(lower, source);
    let mention = this.mentionIn(source);
    // "a spokesman for Prime Minister Boris Johnson said", "an aide to Mr. Graham noted": the person the phrase
    // describes speaks, not the one it is defined by; unless named after it ("a spokesman for Putin, Dmitry Peskov,").
    const rel = RELATIONAL_SOURCE.exec(words);
    if (rel && mention && mention.start >= source[0] + rel[0].length) {
      const named = this.appositionAfter(source) ?? this.mentions.slice(this.mentionFrom(source[0]), this.mentionFrom(source[1])).find((m) => m.type === 'PERSON' && m.end <= source[1] && this.text.slice(source[0], m.start).includes(','));
      if (named) mention = named;
      else {
        const sp: Speaker = { name: phraseName(words.split(',')[0]!.trim()), entity: null, mention: source };
        this.remember(sp, false, source[0]);
        return sp;
      }
    }
    // "The Biden official touted …", "a Trump aide said": a person's name before a lower-case head only modifies it.
    if (mention && mention.type === 'PERSON' && mention.end < source[1] && /^[ \t]+(?!himself|herself|themselves)\p{Ll}/u.test(this.text.slice(mention.end, source[1])) &&
      !/\b(?:and|or|of|for|to|with)\b/.test(this.text.slice(mention.end, source[1]))) {
      const sp: Speaker = { name: phraseName(words), entity: null, mention: source };
      this.remember(sp, false, source[0]);
      return sp;
    }
    // "The chairwoman of the committee, Marie-Agnes Strack-Zimmermann, said": the name in apposition.
    if (!mention || mention.type !== 'PERSON') mention = this.appositionAfter(source) ?? mention;
    // "Evgeniy Suvorov, an economist at CentroCreditBank": an organisation in the apposition after the comma is
    // where the speaker works; the name before the comma speaks.
    if (mention && mention.type !== 'PERSON' && this.text.slice(source[0], mention.start).includes(',')) {
      const before = personName(this.text.slice(source[0], source[1]).split(',')[0]!.trim());
      if (before && !ORG_WORDS.test(before)) mention = undefined;
    }
    if (!mention || mention.type !== 'PERSON') {
      // "the Connecticut Democrat said", "the Die Linke leader said": the person named last before it.
      const before = this.nominalReference(words, source);
      if (before) {
        const sp: Speaker = { name: before.name, entity: before.entity, mention: source };
        this.remember(sp, false, source[0]);
        return sp;
      }
    }
    if (!mention) {
      // "the company said", "the ministry said": the organisation named last before it.
      const org = this.organisationReference(words, source);
      if (org) {
        const sp: Speaker = { name: org.name, entity: org.entity, mention: source };
        this.remember(sp, true, source[0]);
        return sp;
      }
    }
    // "Russian officials", "the United Kingdom's defence ministry": a name that only modifies the head noun does
    // not speak; nor does one inside a phrase after the head ("a spokesman for Ukraine's border forces", "the
    // General Staff of the Armed Forces of Ukraine", "The pair, both from Gwynedd").
    const modifier = (m: EntityMention) =>
      (m.end < source[1] && /^(?:[’']s)?[\s-]+[a-z]/.test(this.text.slice(m.end, source[1]))) ||
      // "the Ukrainian Defence Ministry": a nationality (MISC) before more of the name, or a part of a longer name of a body.
      (m.end < source[1] && /^(?:[’']s)?[\s-]+[\p{Lu}\d]/u.test(this.text.slice(m.end, source[1])) &&
        (m.type === 'OTHER' || /\b(?:Ministry|Department|Office|Council|Committee|Service|Agency|Forces|Army|Navy|Fleet|Brigade|Division|Corps|Regiment|Battalion|Guard|Command|Staff|Government|Administration|Parliament|Embassy)$/.test(this.text.slice(m.end, source[1]).trim()))) ||
      (m.start > source[0] && /\w/.test(this.text.slice(source[0], m.start).replace(/^\s*(?:the|a|an)\s+/i, '')));
    if (mention && mention.type !== 'PERSON' && modifier(mention)) {
      const phrase = words.split(',')[0]!.trim();
      const sp: Speaker = { name: phraseName(phrase).replace(TRAILING_TIME, ''), entity: null, mention: source };
      // "a senior US administration official": a described person, whom "he" may take up after.
      // The head is the last word before "of" ("the head of Russia’s Investigative Committee"), else the last word.
      const head = phrase.split(/\s+of\s+/)[0]!.split(/\s+/).pop()!;
      this.remember(sp, !(/^\p{Ll}/u.test(head) && (isPersonHead(head) || head === 'official' || head === 'head')), source[0]);
      return sp;
    }
    if (mention) {
      const ent = mention.entity ? this.byKey.get(mention.entity) : undefined;
      const sp: Speaker = { name: ent?.name ?? mention.text, entity: ent?.key ?? null, mention: source };
      this.remember(sp, mention.type !== 'PERSON', source[0]);
      return sp;
    }
    // An apposition after the name ("Dmitry Peskov, the Kremlin spokesman"): the name is before the comma.
    const head = words.split(/,|\s[—–]\s/)[0]!.replace(/\s*\([^()]{1,12}\)$/, '').trim();
    let name = personName(head) ?? personName(words);
    const org = name ? ORG_WORDS.test(name) || (/^the\s/i.test(words) && !name.includes(' ')) : ORG_WORDS.test(words);
    if (name && !name.includes(' ')) {
      // A surname alone: the full name used earlier (also a person of the article named in full whose surname is
      // spelt a little differently: "Kisilev" for "Dmitry Kiselev").
      const full = this.people.slice(-200).reverse().find((p) => p.name.endsWith(' ' + name)) ?? this.surnameVariant(name);
      if (full) {
        const sp: Speaker = { name: full.name, entity: full.entity, mention: source };
        this.remember(sp, false, source[0]);
        return sp;
      }
    }
    // A described source keeps its words, less a time phrase closing it ("a leaked memo … on March 3").
    if (!name || org) name = phraseName(words).replace(TRAILING_TIME, '');
    const sp: Speaker = { name, entity: null, mention: source };
    this.remember(sp, org || !/^[A-Z]/.test(name), source[0]);
    return sp;
  }

  /** The one person of the article named in full whose surname differs from `surname` by a slip (six letters or more). */
  private surnameVariant(surname: string): { name: string; entity: string | null } | undefined {
    if (surname.length < 6) return undefined;
    const s = surname.toLowerCase();
    const found = new Map<string, { name: string; entity: string | null }>();
    for (const e of this.byKey.values()) {
      if (e.type !== 'PERSON' || !e.name.includes(' ')) continue;
      const last = e.name.split(' ').pop()!.toLowerCase();
      if (last === s || last[0] !== s[0] || Math.abs(last.length - s.length) > 1) continue;
      if (editDistance(last, s, 1) <= 1) found.set(e.key, { name: e.name, entity: e.key });
    }
    return found.size === 1 ? [...found.values()][0] : undefined;
  }

  /** A person mention set off by commas right after the source ("the chairwoman, Marie Weber, said"). */
  private appositionAfter(source: Span): EntityMention | undefined {
    const gap = /^\s*,\s*/.exec(this.text.slice(source[1], source[1] + 4));
    if (!gap) return undefined;
    const at = source[1] + gap[0].length;
    const i = this.mentionFrom(at);
    const m = this.mentions[i];
    if (!m || m.start !== at || m.type !== 'PERSON') return undefined;
    return /^\s*(?:[,(]|$)/.test(this.text.slice(m.end, m.end + 3)) ? m : undefined;
  }

  /**
   * A definite description of one person ("the Connecticut Democrat", "the Kremlin spokesman"): the nearest
   * person before it — the last speaker or a name outside quotation marks — whose stated role fits it. A
   * person with no stated role fits a bare description ("the diplomat"), and fits a described one ("the Die
   * Linke leader") only when it is the last speaker.
   */
  private nominalReference(words: string, source: Span): { name: string; entity: string | null } | undefined {
    const phrase = words.trim();
    const m = /^the\s+(?:[\p{L}’'-]+\s+){0,3}([\p{L}-]+)$/iu.exec(phrase);
    if (!m || !isPersonHead(m[1]!)) return undefined;
    // "The UK Ministry of Defence": a word after "of" that may end a title is the body's field, not a person.
    if (/\sof\s/i.test(phrase) && !PERSON_HEADS.has(m[1]!.toLowerCase())) return undefined;
    const nom = findNominals(phrase).find((n) => n.start === 0 && n.end === phrase.length);
    const limit = source[0] - 1000;
    const cands: { name: string; entity: string | null; at: number; speaker: boolean }[] = [];
    for (let i = this.people.length - 1, n = 0; i >= 0 && n < 50; i--, n++) {
      const p = this.people[i]!;
      if (p.at < source[0] && p.at >= limit) {
        cands.push({ ...p, speaker: true });
        break;
      }
    }
    for (const x of this.mentionsBefore(source[0], limit)) {
      if (x.type !== 'PERSON') continue;
      const ent = x.entity ? this.byKey.get(x.entity) : undefined;
      cands.push({ name: ent?.name ?? x.text, entity: ent?.key ?? null, at: x.start, speaker: false });
    }
    cands.sort((x, y) => y.at - x.at);
    for (const c of cands) {
      if (!nom) return c;
      const attrs = (c.entity ? this.byKey.get(c.entity)?.attributes : undefined) ?? {};
      if (!attrs.role) {
        if (c.speaker || (!nom.country && !nom.organisation)) return c;
      } else if (nominalFits(nom, attrs) || (c.speaker && !attrs.country && nominalFits({ ...nom, country: null }, attrs))) return c;
    }
    return undefined;
  }

  /**
   * "the company", "the ministry": the nearest organisation named before it, outside quotation marks, within
   * 1,000 characters; for a head that names a kind of body ("ministry", "bank") the organisation's name must
   * hold that word.
   */
  private organisationReference(words: string, source: Span): { name: string; entity: string | null } | undefined {
    const m = /^the\s+(company|firm|group|ministry|department|agency|bank|party|regulator|committee|commission|council|alliance|organi[sz]ation)$/i.exec(words.trim());
    if (!m) return undefined;
    const head = m[1]!.toLowerCase();
    const generic = head === 'company' || head === 'firm' || head === 'group' || head === 'organisation' || head === 'organization';
    for (const x of this.mentionsBefore(source[0], source[0] - 1000)) {
      // Organisations, and names of other kinds that are not nationalities (the recogniser's MISC: "Nestlé").
      if (!(x.type === 'ORG' || (generic && x.type === 'OTHER' && !lexicon().country.has(x.text)))) continue;
      // "Nestlé (NSRGY)": a ticker or abbreviation in brackets stands for the name before it.
      if (this.text[x.start - 1] === '(' && this.text[x.end] === ')') continue;
      const ent = x.entity ? this.byKey.get(x.entity) : undefined;
      const name = ent?.name ?? x.text;
      if (!generic && !name.toLowerCase().includes(head)) continue;
      return { name, entity: ent?.key ?? null };
    }
    return undefined;
  }

  /**
   * Mentions ending before `offset`, nearest first, back to `limit` (at most 60), leaving out those inside a
   * quotation: an odd number of quotation marks between a mention and `offset`.
   */
  private *mentionsBefore(offset: number, limit: number): Generator<EntityMention> {
    for (let i = this.mentionFrom(offset) - 1, n = 0; i >= 0 && n < 60; i--, n++) {
      const x = this.mentions[i]!;
      if (x.start < limit) return;
      if (x.end > offset) continue;
      if ((this.text.slice(x.end, offset).match(/["“”]/g) ?? []).length % 2 === 1) continue;
      yield x;
    }
  }

  private mentionIn(source: Span): EntityMention | undefined {
    let best: EntityMention | undefined;
    // Mentions are short: look from a little before the source start.
    for (let i = this.mentionFrom(source[0] - 200); i < this.mentions.length && this.mentions[i]!.start < source[1]; i++) {
      const m = this.mentions[i]!;
      if (m.start < source[1] && source[0] < m.end) {
        // "US Department of State spokesperson Ned Price": the person, not the organisation before the title.
        const better = !best || (m.type === 'PERSON') !== (best.type === 'PERSON') ? m.type === 'PERSON' || !best : m.end - m.start > best.end - best.start;
        if (better) best = m;
      }
    }
    return best;
  }

  private pronoun(lower: string, source: Span): Speaker {
    if (lower === 'he' || lower === 'she') {
      const subj = this.subjectBefore(lower, source[0]);
      if (subj && !this.personOfOtherGender(lower, subj)) return { name: subj.name, entity: subj.entity, mention: source };
    }
    const personal = lower === 'he' || lower === 'she' || lower === 'i' || lower === 'who';
    const latest = (pool: { name: string; entity: string | null; at: number }[]) => {
      for (let i = pool.length - 1, n = 0; i >= 0 && n < 50; i--, n++) if (pool[i]!.at < source[0] && !this.personOfOtherGender(lower, pool[i]!)) return pool[i];
      return undefined;
    };
    let best = personal ? latest(this.people) : lower === 'it' ? latest(this.orgs) : latest(this.orgs) ?? latest(this.people);
    if (!best || personal) {
      // The nearest person mention before the pronoun, if nearer than the last speaker.
      let m: EntityMention | undefined;
      for (let i = this.mentionFrom(source[0]) - 1, n = 0; i >= 0 && n < 50; i--, n++) {
        const x = this.mentions[i]!;
        // Not a name inside the quoted words the pronoun closes ("“Has Putin ever called me a racist?” he asked").
        if (x.end <= source[0] && (personal ? x.type === 'PERSON' && !this.otherGender(lower, x) : x.type !== 'PERSON') &&
          !this.inQuote(x.start) && (this.text.slice(x.end, source[0]).match(/["“”]/g) ?? []).length % 2 === 0) {
          m = x;
          break;
        }
      }
      // A person named later in the sentence where the last speaker was attributed ("Kisilev added Moscow would defend
      // the red lines Putin laid down") is part of what was said, not a new speaker.
      const sentOf = (offset: number) => this.toks[firstTokenAtOrAfter(this.toks as Tok[], offset)]?.sent ?? -1;
      const sameSentence = !!(m && best && sentOf(m.start) === sentOf(best.at));
      // "In a meeting with President Vladimir Putin, he added that …. He also noted …": a person named in a sentence
      // whose own subject is the same pronoun is not what the pronoun takes up.
      const pronounLed = !!m && this.subjectIsPronoun(lower, m.start);
      if (m && !sameSentence && !pronounLed && (!best || m.start > best.at) && (!best || source[0] - m.start < 400)) {
        const ent = m.entity ? this.byKey.get(m.entity) : undefined;
        best = { name: ent?.name ?? m.text, entity: ent?.key ?? null, at: m.start };
      }
    }
    if (!best && personal && this.mentions.length === 0) best = this.nameBefore(source[0]);
    if (!best) return { name: this.text.slice(source[0], source[1]), entity: null, mention: source };
    return { name: best.name, entity: best.entity, mention: source };
  }

  /**
   * "Antony Blinken on Wednesday visited Ukraine, where he said …": the person who is the subject of the
   * pronoun's own sentence (before it), else of the sentence before, when that subject is a named person.
   * Titles of the other gender ("Mrs." for "he") rule a subject out.
   */
  private subjectBefore(lower: string, offset: number): { name: string; entity: string | null } | null {
    const toks = this.toks as Tok[];
    const p = firstTokenAtOrAfter(toks, offset);
    if (!toks[p]) return null;
    let s0 = p;
    while (s0 > 0 && toks[s0 - 1]!.sent === toks[p]!.sent) s0--;
    let s1 = s0 - 1;
    while (s1 > 0 && toks[s1 - 1]!.sent === toks[s0 - 1]?.sent) s1--;
    const tries: [number, number][] = [[s0, p]];
    if (s0 > 0) tries.push([s1, s0]);
    for (const [first, before] of tries) {
      const np = sentenceSubject(toks, first, before, true);
      if (!np) continue;
      // A subject inside quoted words ("“… I'm not the president of the United States …,” he said") is no antecedent.
      if (this.inQuote(toks[np[0]]!.start) || (this.text.slice(toks[np[0]]!.start, offset).match(/["“”]/g) ?? []).length % 2 === 1) return null;
      // "Yulia and Tatiana were helped …": two people joined are no antecedent of "she"; the nearest-person rule decides.
      if (toks.slice(np[0], np[1] + 2).some((x) => x.lower === 'and' || x.text === '&')) return null;
      const head = toks[np[1]]!;
      if (head.pos !== 'PROPN' || !/^[A-Z]/.test(head.text)) return null;
      const span: Span = [toks[np[0]]!.start, head.end];
      // Another person named between the subject and a pronoun of the same sentence: the nearest-person rule decides.
      if (first === s0) {
        for (let m = this.mentionFrom(head.end); m < this.mentions.length && this.mentions[m]!.start < offset; m++) {
          if (this.mentions[m]!.type === 'PERSON') return null;
        }
      }
      const words = this.text.slice(span[0], span[1]);
      if (lower === 'he' ? /\b(?:Mrs|Ms|Miss|Madam)\b/.test(words) : /\bMr\b/.test(words)) return null;
      const mention = this.mentionIn(span);
      if (mention?.type === 'PERSON') {
        const ent = mention.entity ? this.byKey.get(mention.entity) : undefined;
        return { name: ent?.name ?? mention.text, entity: ent?.key ?? null };
      }
      if (ORG_WORDS.test(words)) return null;
      const name = personName(words);
      if (!name) return null;
      if (!name.includes(' ')) {
        const full = this.people.slice(-200).reverse().find((x) => x.name === name || x.name.endsWith(' ' + name)) ?? this.surnameVariant(name);
        return full ? { name: full.name, entity: full.entity } : null;
      }
      // The tagger's entity type may be wrong ("US Secretary of State Antony Blinken" as an organisation): a title
      // before the name makes it a person.
      const titled = words.split(/\s+/).some((w) => TITLE_WORDS.has(w.toLowerCase()));
      if (mention && !titled) return null;
      return { name, entity: null };
    }
    return null;
  }

  /**
   * Whether a person is ruled out for the pronoun: a title of the other gender on any mention of the person in the
   * article ("Mr. Graham" for "she"), else a given name of the other gender ("Maria …" for "he").
   */
  private personOfOtherGender(lower: string, p: { name: string; entity: string | null }): boolean {
    const want = genderOfPronoun(lower);
    if (!want) return false;
    const titled = p.entity ? this.titledGender(p.entity) : null;
    if (titled) return titled !== want;
    return nameOfOtherGender(lower, p.name);
  }

  private titled: Map<string, 'female' | 'male' | null> | null = null;

  /** The gender the titles before an entity's mentions give ("Mr.", "Ms.", "Mrs."), or null (none, or both). */
  private titledGender(entity: string): 'female' | 'male' | null {
    if (!this.titled) {
      const seen = new Map<string, Set<'female' | 'male'>>();
      for (const m of this.mentions) {
        if (!m.entity || m.type !== 'PERSON') continue;
        const t = /\b(Mr|Mrs|Ms|Miss|Madam)\.?\s*$/.exec(this.text.slice(Math.max(0, m.start - 8), m.start));
        const title = t ? t[1]! : /^(Mr|Mrs|Ms|Miss)\.?\s/.exec(m.text)?.[1];
        if (!title) continue;
        const g = title === 'Mr' ? 'male' : 'female';
        if (!seen.has(m.entity)) seen.set(m.entity, new Set());
        seen.get(m.entity)!.add(g);
      }
      this.titled = new Map([...seen].map(([k, v]) => [k, v.size === 1 ? [...v][0]! : null]));
    }
    return this.titled.get(entity) ?? null;
  }

  /** Whether the sentence holding `offset` has the pronoun `lower` ("he", "she") for its subject. */
  private subjectIsPronoun(lower: string, offset: number): boolean {
    if (lower !== 'he' && lower !== 'she') return false;
    const toks = this.toks as Tok[];
    const p = firstTokenAtOrAfter(toks, offset);
    if (!toks[p]) return false;
    let s0 = p;
    while (s0 > 0 && toks[s0 - 1]!.sent === toks[p]!.sent) s0--;
    let s1 = p;
    while (toks[s1 + 1] && toks[s1 + 1]!.sent === toks[p]!.sent) s1++;
    const np = sentenceSubject(toks, s0, s1 + 1, true);
    return !!np && np[0] === np[1] && toks[np[0]]!.lower === lower;
  }

  /** A person mention titled for the other gender than the pronoun ("Mrs. Ford" for "he"). */
  private otherGender(lower: string, m: EntityMention): boolean {
    const ent = m.entity ? this.byKey.get(m.entity) : undefined;
    const want = genderOfPronoun(lower);
    if (!want) return false;
    if (m.entity && this.titledGender(m.entity)) return this.titledGender(m.entity) !== want;
    if (nameOfOtherGender(lower, ent?.name ?? m.text)) return true;
    const words = this.text.slice(Math.max(0, m.start - 6), m.end);
    if (lower === 'he') return /\b(?:Mrs|Ms|Miss|Madam)\b/.test(words);
    if (lower === 'she') return /\bMr\b/.test(words);
    return false;
  }

  /** Without a mentions layer: the nearest run of names (capitalised words) before `offset`, within 600 characters. */
  private nameBefore(offset: number): { name: string; entity: null; at: number } | undefined {
    let i = firstTokenAtOrAfter(this.toks as Tok[], offset) - 1;
    for (; i >= 0 && offset - this.toks[i]!.start < 600; i--) {
      const t = this.toks[i]!;
      // Not a day or month ("spoke on Monday").
      if (t.pos !== 'PROPN' || !/^[A-Z]/.test(t.text) || isTimeWord(t)) continue;
      let j = i;
      while (j > 0 && this.toks[j - 1]!.pos === 'PROPN' && /^[A-Z]/.test(this.toks[j - 1]!.text)) j--;
      const words = this.text.slice(this.toks[j]!.start, t.end);
      const name = personName(words);
      if (name && !ORG_WORDS.test(name)) return { name, entity: null, at: this.toks[j]!.start };
      i = j;
    }
    return undefined;
  }

  private remember(sp: Speaker, org: boolean, at: number): void {
    (org ? this.orgs : this.people).push({ name: sp.name, entity: sp.entity, at });
  }
}

/**
 * Start a source after words glued to it by a lost line break ("12 FebruaryWhite House press
 * secretary" → "White House press secretary"): a word of four or more letters running into a capital.
 */
export function unglue(text: string, span: Span): Span {
  const words = text.slice(span[0], span[1]);
  const re = /[A-Za-z]{3}[a-z](?=[A-Z][a-z])/g;
  let cut = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(words)) !== null) {
    // Only near the start of the source, where a lost break glued it to what came before; a name written in camel
    // case further on ("an economist at CentroCreditBank") is a name.
    if (words.slice(0, m.index).trim().split(/\s+/).filter(Boolean).length > 2) break;
    cut = m.index + m[0].length;
  }
  return cut > 0 ? [span[0] + cut, span[1]] : span;
}

/** A time or linking phrase and its comma at the start of a source ("Last month, ", "On Monday, ", "However, "). */
const LEADING_ADVERBIAL =
  /^(?:(?:last|next|this|earlier this|late last|early last)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:in|on|by|since)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,4})?|yesterday|today|earlier|later|meanwhile|however|also|separately|previously|in addition|on the other hand)\s*,\s*/i;

/** A source opening with a person defined by another: "a spokesman for …", "an aide to …", "lawyers for …". */
const RELATIONAL_SOURCE =
  /^(?:(?:the|a|an|one|two|three|several)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:aides?|advis[eo]rs?|spokes(?:man|woman|person)|lawyers?|attorneys?|envoy|assistant|deputy|counsel|allies|ally|confidant|brother|sister|son|daughter|wife|husband|mother|father|widow|parents|relatives|family|friend|friends)\s+(?:to|for|of)\s+/iu;

/** A described source as a name: without its article and a closing possessive ("the Biden official’s" → "Biden official"). */
function phraseName(words: string): string {
  return words.replace(/^(?:the|a|an)\s+/i, '').replace(/[’']s$/, '');
}

/** A time phrase closing a described source: " on March 3", " last week", " on Monday". */
const TRAILING_TIME =
  /\s+(?:(?:on|in|since)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|(?:last|this|next)\s+(?:week|month|year))$/;

/** "according to him": the object pronoun stands for its subject form. */
const OBJECT_PRONOUNS = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
]);

/** Whether a person's name rules out the pronoun: a given name of the other gender ("Maria …" for "he"). */
function nameOfOtherGender(pronoun: string, name: string): boolean {
  const want = genderOfPronoun(pronoun);
  if (!want) return false;
  const has = genderOfName(name);
  return has !== null && has !== want;
}

/** Nouns that name one person by what they are, besides the titles of the roles lexicon. */
const PERSON_HEADS = new Set(
  ('democrat republican diplomat lawmaker envoy politician leader ambassador chairwoman chairman spokesman spokeswoman ' +
    'spokesperson minister president premier chancellor senator congressman congresswoman governor mayor general ' +
    'commander secretary adviser advisor negotiator prosecutor official pontiff pope').split(' '),
);

function isPersonHead(word: string): boolean {
  const w = word.toLowerCase();
  if (w === 'official') return false;
  return PERSON_HEADS.has(w) || (mayEndTitle(word) && !/s$/.test(w));
}

/** The name in an attribution's words: the last run of capitalised words, titles stripped. */
export function personName(words: string): string | null {
  const parts = words.replace(/[’']s$/, '').split(/\s+/);
  const end = parts.length;
  // The name ends the phrase; a capitalised word before lower-case ones is a modifier ("the Ukrainian minister").
  if (end === 0 || !/^[A-Z]/.test(parts[end - 1]!)) return null;
  let start = end - 1;
  while (start > 0 && /^[A-Z][\w’'.-]*$/.test(parts[start - 1]!)) start--;
  // "the Minister of Foreign Affairs of Ukraine Dmytro Kuleba": the place after "of" is not part of the name.
  if (start > 0 && parts[start - 1] === 'of' && end - start >= 3) start++;
  // Start after the last title word ("Russian Foreign Minister Sergei Lavrov" → "Sergei Lavrov").
  for (let x = end - 2; x >= start; x--) {
    if (TITLE_WORDS.has(parts[x]!.toLowerCase())) {
      start = x + 1;
      break;
    }
  }
  const name = parts.slice(start, end).join(' ').replace(/[’']s$/, '');
  if (TITLE_WORDS.has(name.toLowerCase())) return null;
  return name || null;
}
