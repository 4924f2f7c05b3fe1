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
import type { Doc, Quote, Sentence, Span, Speaker } from '../../doc/types.js';
import type { Stage } from '../../pipeline/stage.js';
import { splitText } from '../sentences/index.js';
import { CUE_FORMS, SPEECH_OBJECT_LEMMAS } from './cues.js';
import { britishQuotes, findQuotedSpans, type QuotedSpan } from './marks.js';
import { tagSentences, type Tok } from './tokens.js';
import { FILTER_THRESHOLD, filterable, filterFeatures, filterScore, type FilterInput } from './filter.js';
import { INNER_SPEECH, QUOTE_CHARS, TERMINAL, actAfterSeem, firstOpenAtOrAfter, firstTokenAtOrAfter, lastOpenAtOrBefore, opensSentence, passiveCue, type Cand } from './grammar.js';
import { captionSpans, colonFirst, colonLine, embeddedTweets, headlineLine, lineOf, lineTable, opensWithOwnSubject, sentenceAt } from './lines.js';
import { attributeAfter, attributeBefore, closeUnclosed, colonIntro, speechBefore, type Attribution } from './quoted.js';
import { cutBeforeConsumed, isCueToken, reported, trimSpan } from './reported.js';
import { SpeakerNamer } from './speakers.js';

export { findQuotedSpans } from './marks.js';

/** Verbs of speech whose statement is kept also when it is reported inside another statement. */
const NESTED_SPEECH = new Set(['say', 'tell', 'claim', 'insist', 'warn', 'deny', 'announce', 'confirm', 'report', 'write', 'add', 'acknowledge', 'admit', 'argue', 'allege']);
export { looksLikeCaption } from './lines.js';
export { personName, unglue } from './speakers.js';

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
  // Offsets are those of the document; only quotation marks may read differently (British single marks).
  const text = britishQuotes(doc.text);
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

  // 2'. A statement reported inside another one: "Murphy said Clinton told him that the deal was dead" is Murphy's and,
  // inside it, Clinton's. Only verbs of speech, with a subject of their own inside the outer content.
  // Outer contents do not overlap (their words are consumed), so the one holding an offset is the last to start
  // at or before it; proposals come in text order, so a nested statement can only overlap the ones added just before.
  const taken = new Set(cands);
  const outers = cands.filter((c) => c.kind !== 'direct' && c.source).sort((a, b) => a.start - b.start);
  const outerAt = (x: number): Cand | undefined => {
    let lo = 0;
    let hi = outers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (outers[mid]!.start <= x) lo = mid + 1;
      else hi = mid;
    }
    return outers[lo - 1];
  };
  const nested: Cand[] = [];
  for (const { t, c } of proposals) {
    if (!NESTED_SPEECH.has(CUE_FORMS.get(t.lower) ?? '') || !c.source || c.kind === 'direct') continue;
    // A named or personal subject: "who", "which", "it" and described groups stay with the outer statement.
    const head = toks[firstTokenAtOrAfter(toks, c.source[1]) - 1];
    if (!head || !(head.pos === 'PROPN' || /^(?:he|she|they|i|we)$/i.test(head.text))) continue;
    if (taken.has(c)) continue;
    const outer = outerAt(c.source[0]);
    if (!outer || c.end > outer.end || outer.start > t.start) continue;
    if (outer.source && c.source[0] < outer.source[1] && outer.source[0] < c.source[1]) continue;
    let overlapping = false;
    for (let k = nested.length - 1; k >= 0 && nested[k]!.end > outer.start; k--) {
      const o = nested[k]!;
      if (o.start < c.end && c.start < o.end && o.rule === c.rule) overlapping = true;
    }
    if (overlapping) continue;
    if (filterable(c.rule, CUE_FORMS.get(t.lower) ?? t.lower)) {
      const features = filterFeatures(filterInput(toks, c, t, tokAt, sentLastTok));
      if (opts.filter !== false && filterScore(features) <= (opts.threshold ?? FILTER_THRESHOLD)) continue;
    }
    cands.push(c);
    nested.push(c);
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
      text: doc.text.slice(s, e),
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
