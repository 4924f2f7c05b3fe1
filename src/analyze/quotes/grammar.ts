/**
 * Reading tagged tokens for the quote stage: the candidate type, token and quoted-span lookups, noun phrases read
 * left and right of a word, times, and the word lists the detectors share.
 */
import type { QuoteKind, Span } from '../../doc/types.js';
import { CUE_FORMS, CUE_TAIL, PRONOUNS } from './cues.js';
import type { QuotedSpan } from './marks.js';
import type { Tok } from './tokens.js';

/** A proposed attribution before speakers are named. */
export interface Cand {
  start: number;
  end: number;
  kind: QuoteKind;
  source: Span | null;
  cue: Span | null;
  rule: string;
  /** Candidate whose speaker this one takes (continued quotes), or -1. */
  inherit: number;
}

export const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);
export const BETWEEN_POS = new Set(['AUX', 'ADV', 'PART']);
export const TERMINAL = /^[.!?]+$/;
export const QUOTE_CHARS = /^(?:["“”„‟«»]+|'')$/;
export const TEMPORAL = new Set([
  'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'earlier', 'later', 'last', 'this', 'week', 'month', 'year', 'morning', 'evening', 'afternoon',
  'night', 'again', 'also', 'previously', 'recently', 'repeatedly', 'publicly', 'privately', 'then', 'now',
]);
export const CAPTION = /^This video can ?not be played\b|^Media caption\b|^Follow\b.{0,60}\bon (?:Twitter|Facebook)|^(?:photo|image|picture|file photo|video)\s*(?:[:|—–-]|$)|\b(?:photo|image|credit)s?\s*:|(?:\/|\|)\s*(?:AFP|Getty|Reuters|TASS|AP|Sipa|EPA|Sputnik|RIA)\b(?!\s*\/)|\((?:Photo|Image)\b|^(?:Source|Read more|Related|See also)\s*:/i;
/** A quote mark opening a sentence: only spaces and a sentence end (or a line start) before it. */
export function opensSentence(text: string, open: number): boolean {
  return /(?:^|[.!?]["”’)]?\s+|\n\s*)$/.test(text.slice(Math.max(0, open - 4), open));
}

// ---------------------------------------------------------------------------------------------
// Tokens and spans

export function firstTokenAtOrAfter(toks: Tok[], offset: number): number {
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
export function firstOpenAtOrAfter(spans: readonly QuotedSpan[], offset: number): number {
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
export function lastOpenAtOrBefore(spans: readonly QuotedSpan[], offset: number): number {
  return firstOpenAtOrAfter(spans, offset + 1) - 1;
}

/** Nouns that report a statement when followed by "that" ("Trump's claim that …"). */
export const CUE_NOUNS = new Set([
  'claim', 'claims', 'statement', 'statements', 'assertion', 'belief', 'argument', 'allegation', 'allegations',
  'view', 'warning', 'warnings', 'promise', 'pledge', 'insistence', 'suggestion', 'contention', 'charge', 'remarks',
  'comments', 'announcement', 'prediction', 'hope', 'fear', 'fears', 'concern', 'concerns', 'message', 'admission',
]);

/** Nouns that report a stance on what follows "of/about/for/on" ("his criticism of", "Trump's call for"). */
export const PP_NOUNS = new Set([
  'announcement', 'assessment', 'criticism', 'criticisms', 'comments', 'comment', 'remarks', 'support', 'endorsement',
  'endorsements', 'call', 'calls', 'proposal', 'praise', 'attack', 'attacks', 'defense', 'defence', 'view', 'views',
  'opposition', 'statement', 'statements', 'description', 'characterization', 'denunciation', 'condemnation',
  'rejection', 'embrace', 'admiration', 'demand', 'demands', 'plea', 'warning', 'warnings', 'promise', 'praise',
]);

/** Adjectives of stance before about/that/to ("concerned about", "willing to", "sure that"). */
export const STANCE_ADJECTIVES = new Set([
  'concerned', 'worried', 'passionate', 'frustrated', 'willing', 'unwilling', 'sure', 'unsure', 'confident', 'certain',
  'bearish', 'bullish', 'optimistic', 'pessimistic', 'skeptical', 'sceptical', 'hopeful', 'critical', 'supportive',
  'adamant', 'angry', 'upset', 'pleased', 'disappointed', 'eager', 'reluctant', 'opposed', 'aware', 'convinced',
  'determined', 'committed', 'proud', 'furious', 'unhappy', 'happy', 'wary', 'fearful', 'doubtful', 'vague', 'clear',
]);

/** Base forms of cue verbs the tagger takes for nouns after a plural subject ("polls show", "allies support"). */
export const BARE_VERBS = new Set(['show', 'say', 'support', 'oppose', 'want', 'believe', 'think', 'suggest', 'argue', 'claim', 'warn', 'agree', 'fear', 'expect', 'insist', 'predict', 'indicate', 'estimate']);

/** Third-person forms of intention verbs the tagger often takes for plural nouns ("plans to", "vows to"). */
export const INTENTION_FORMS = new Set(['plans', 'wants', 'hopes', 'vows', 'pledges', 'promises', 'refuses', 'declines', 'seeks', 'intends', 'threatens', 'urges']);

const MESSAGE_NOUNS = new Set(['statement', 'statements', 'message', 'messages', 'letter', 'letters', 'email', 'emails', 'e-mail', 'tweet', 'tweets', 'post', 'posts',
  'memo', 'note', 'release', 'video', 'ad', 'ads', 'advertisement', 'text', 'column', 'op-ed', 'editorial', 'speech', 'filing', 'brief', 'petition', 'resolution']);

/** Occasions of speech: "said at a news conference announcing …" names the speaker before them. */
const EVENT_NOUNS = new Set(['conference', 'briefing', 'rally', 'interview', 'hearing', 'appearance', 'speech', 'event', 'debate', 'meeting', 'session', 'summit', 'forum', 'call']);

/**
 * "Mr. Trump issued a statement Tuesday saying …", "his campaign sent out a text message to supporters saying: …": a
 * participle cue after a message (and the people it went to) that is the object of a verb; the verb's subject is the
 * author and the source. Returns null when the phrase does not read so.
 */
export function messageAuthor(toks: Tok[], np: [number, number], floor: number): [number, number] | null {
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
export function spentOn(toks: Tok[], np: [number, number], floor: number): [number, number] | null {
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
export function passiveCue(toks: Tok[], i: number): boolean {
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
export function actAfterSeem(toks: Tok[], i: number): boolean {
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
export function attributiveParticiple(toks: Tok[], i: number): boolean {
  const x = toks[i]!;
  const n = toks[i + 1];
  return x.pos === 'VERB' && /(?:ing|ed)$/.test(x.lower) && !!n && n.sent === x.sent && (n.pos === 'NOUN' || n.pos === 'PROPN');
}

/** Holds a quotation mark ("''" included). */
export function hasMarks(s: string): boolean {
  return /["“”„«»]|''/.test(s);
}

/** A quotation mark token, "''" split in two by the tokenizer included. */
export function isQuoteTok(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (!t) return false;
  if (QUOTE_CHARS.test(t.text)) return true;
  return t.text === "'" && (toks[i - 1]?.text === "'" && toks[i - 1]!.end === t.start || toks[i + 1]?.text === "'" && toks[i + 1]!.start === t.end);
}

export function isCueWord(t: Tok | undefined): boolean {
  return !!t && CUE_FORMS.has(t.lower) && t.pos !== 'ADP';
}

/** "the Washington Post", "the New York Post": a capitalized name after another, not the verb "post". */
export function namePart(toks: Tok[], k: number): boolean {
  const tk = toks[k]!;
  return tk.pos === 'PROPN' && /^\p{Lu}/u.test(tk.text) && toks[k - 1]?.pos === 'PROPN' && toks[k - 1]!.sent === tk.sent;
}

export function sameSentence(a: Tok | undefined, b: Tok): a is Tok {
  return !!a && a.sent === b.sent;
}

/**
 * Noun phrase ending at token `i` (inclusive), read leftwards: names, nouns, adjectives,
 * determiners, possessives, "of" between nouns; or a subject pronoun alone. Returns [first, last] or null.
 */
export const QUANTIFIER_SUBJECT = /^(?:some|many|all|most|both|few|several|each|none|half)$/;

export function npLeft(toks: Tok[], i: number, floor: number): [number, number] | null {
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
    // "Ukraine’s military said": after a possessive, too.
    if (d >= floor + 1 && d < i && toks[d]!.sent === last.sent && /^[’']s$/.test(toks[d]!.lower) && /^(?:PROPN|NOUN)$/.test(toks[d - 1]!.pos)) {
      const owner = npLeft(toks, d - 1, floor);
      return owner ? [owner[0], i] : null;
    }
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
    // "Ukraine's occupied Kherson region", "the occupied territories": a past participle between a possessive or a
    // determiner and a noun modifies it.
    if (p.pos === 'VERB' && /ed$/.test(p.lower) && j - 2 >= floor && toks[j - 2]!.sent === last.sent &&
      (/^[’']s$/.test(toks[j - 2]!.lower) || toks[j - 2]!.pos === 'DET') && /^(?:NOUN|PROPN)$/.test(toks[j]!.pos)) {
      j--;
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
export function partyTagOpen(toks: Tok[], i: number, floor: number): number {
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
export function subjectOfRelative(toks: Tok[], np: [number, number], sentFirst: number): [number, number] | null {
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
export function npRight(toks: Tok[], i: number, limit: number): [number, number] | null {
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
export function cueSpan(text: string, toks: Tok[], v: number, from: number): { span: Span; end: number } {
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

/** An unclosed quotation that holds its own attribution ends where the attribution begins. */
export function closeAt(q: QuotedSpan, at: number): void {
  q.end = at;
  q.close = at;
  q.after = at;
  q.unclosed = false;
}

/** Lemmas of verbs of speech whose reported clause may hold a quotation with an attribution of its own. */
/** Lemmas of cues that attribute a quotation by themselves, also inside another clause ("she replied, “…”"). */
export const INNER_SPEECH = new Set(['say', 'tell', 'add', 'write', 'reply', 'respond', 'answer', 'boast', 'ask', 'declare', 'announce', 'state', 'shout', 'exclaim', 'quip', 'joke', 'retort', 'counter', 'tweet', 'post', 'explain', 'insist', 'warn', 'argue', 'continue']);
export const OUTER_SPEECH = new Set(['say', 'tell', 'add', 'write', 'argue', 'claim', 'insist', 'warn', 'note', 'explain', 'suggest', 'acknowledge', 'contend', 'predict']);

const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|last|this|next|week|weekend|month|year|morning|evening|afternoon|night|january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)$/;

/** A word of a time expression ("Wednesday", "last week", "Jan. 21"). */
export function isTimeWord(t: Tok): boolean {
  return TIME_WORDS.test(t.lower) || (t.pos === 'NUM' && /^\d{1,4}$/.test(t.text));
}
