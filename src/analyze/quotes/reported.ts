/**
 * Detector 2 of the quote stage: reported speech around a cue verb ("SOURCE CUE [that] CONTENT", "CONTENT, SOURCE
 * CUE.", "according to SOURCE, CONTENT", noun cues, polls), and the subject readings it shares with detector 1.
 */
import type { QuoteKind, Sentence, Span } from '../../doc/types.js';
import { CLAUSE_ONLY_LEMMAS, CUE_FORMS, NO_OBJECT_CONTENT, TO_ONLY, OBJECT_LEMMAS, PRONOUNS } from './cues.js';
import type { QuotedSpan } from './marks.js';
import type { Tok } from './tokens.js';
import { BARE_VERBS, BETWEEN_POS, CUE_NOUNS, INNER_SPEECH, INTENTION_FORMS, NP_POS, OUTER_SPEECH, PP_NOUNS, QUANTIFIER_SUBJECT, QUOTE_CHARS, STANCE_ADJECTIVES, TEMPORAL, TERMINAL, attributiveParticiple, closeAt, cueSpan, firstOpenAtOrAfter, firstTokenAtOrAfter, hasMarks, isCueWord, isQuoteTok, isTimeWord, lastOpenAtOrBefore, messageAuthor, npLeft, npRight, partyTagOpen, sameSentence, spentOn, subjectOfRelative, type Cand } from './grammar.js';

export function isCueToken(toks: Tok[], t: Tok): boolean {
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
  // "a clarification from the Kremlin that …", "the claim by officials that …"
  if (next && /^(?:from|by)$/.test(next.lower) && (CUE_NOUNS.has(t.lower) || t.lower === 'clarification') && t.pos === 'NOUN' && agentThat(toks, t.i) >= 0) return true;
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

// ---------------------------------------------------------------------------------------------
// 2. Reported speech around a cue verb

/** Longest stretch of tokens read after a cue (keeps the work per cue bounded on hostile input). */
const WINDOW = 300;

/** Participles of speech that follow a closing attribution ("…, Spicer said, adding that …"). */
const CLOSING_PARTICIPLES = /^(?:adding|noting|citing|saying|telling|explaining|arguing|insisting|warning|stressing|calling|referring)$/;

export function reported(text: string, toks: Tok[], t: Tok, sent: Sentence, spans: QuotedSpan[], lastOfSentence: number): Cand | null {
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
  // Only as an object ("… follow a clarification from the Kremlin that …"): as a subject, where its clause ends is not
  // known ("The claim by officials that the dam was safe proved false").
  if ((CUE_NOUNS.has(t.lower) || t.lower === 'clarification') && t.pos === 'NOUN' && /^(?:from|by)$/.test(toks[v + 1]?.lower ?? '') &&
    toks.slice(sentFirst, v).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) {
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

  // "…, Reuters cited three unnamed sources as saying on Wednesday.": the sources cited speak; the content is before
  // the comma.
  if (np && /^(?:cited|quoted|quotes|cites)$/.test(t.lower) && toks[srcStartTok - 1]?.text === ',' && srcStartTok - 1 - sentFirst >= 3) {
    const obj = npRight(toks, firstTokenAtOrAfter(toks, cue.end), sentLast);
    const tail = obj ? toks.slice(obj[1] + 3, sentLast + 1) : [];
    const endsThere = tail.every((x) => TEMPORAL.has(x.lower) || isTimeWord(x) || TERMINAL.test(x.text) || QUOTE_CHARS.test(x.text));
    if (obj && toks[obj[1] + 1]?.lower === 'as' && /^(?:saying|telling|writing)$/.test(toks[obj[1] + 2]?.lower ?? '') && endsThere) {
      return contentBefore(text, toks, sentFirst, srcStartTok - 1, [toks[obj[0]]!.start, toks[obj[1]]!.end], [t.start, toks[obj[1] + 2]!.end], spans);
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
      // A verb the tagger may have taken for a noun ("said in court filings that"), but not a verb of showing or saying
      // after a noun with its own "that" ("said the incident demonstrates that …"), which opens the content.
      const nounLike = tx.pos === 'VERB' && reach > 8 && x > c && /^(?:DET|NOUN|ADJ)$/.test(toks[x - 1]!.pos) &&
        !(/^(?:NOUN|PROPN)$/.test(toks[x - 1]!.pos) && toks[x + 1]?.lower === 'that' && (isCueWord(tx) || /^(?:demonstrat|prov|mean)\w*s$/.test(tx.lower)));
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
    return y > sentLast || TERMINAL.test(toks[y]!.text) || toks[y]!.text === ';' || toks[y]!.text === ',' && (toks[y + 1]?.lower === 'adding' || toks[y + 1]?.lower === 'noting' || toks[y + 1]?.lower === 'citing' ||
      // "…, data from the grid operator showed, as Gazprom booked …": a subordinate clause with a subject of its own follows.
      (/^(?:as|while|whereas|although|though)$/.test(toks[y + 1]?.lower ?? '') && /^(?:PROPN|NOUN|DET|PRON)$/.test(toks[y + 2]?.pos ?? '')));
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
    // "…, the top official in the Russian foreign ministry told …": the source carries prepositional phrases back to
    // the comma.
    if (toks[srcStartTok - 1]?.text !== ',' && !isQuoteTok(toks, srcStartTok - 1)) {
      let a = srcStartTok;
      for (let n = 0; n < 3 && /^(?:in|of|at|from|for|with|on)$/.test(toks[a - 1]?.lower ?? '') && /^(?:NOUN|PROPN)$/.test(toks[a - 2]?.pos ?? ''); n++) {
        const head = npLeft(toks, a - 2, sentFirst);
        if (!head) break;
        a = head[0];
      }
      if (a < srcStartTok && toks[a - 1]?.text === ',' && toks[a - 1]!.sent === t.sent) srcStartTok = a;
    }
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
export function speakerBeforeComma(toks: Tok[], comma: number, sentFirst: number): [number, number] | null {
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

/**
 * "a clarification from the Kremlin that …": the index of "that" after a noun of speech, "from" or "by" and a short
 * noun phrase (no verb, no comma), or -1.
 */
function agentThat(toks: Tok[], v: number): number {
  const np = npRight(toks, v + 2, v + 9);
  if (!np || !/^(?:NOUN|PROPN)$/.test(toks[np[1]]!.pos)) return -1;
  const that = toks[np[1] + 1];
  return that && that.lower === 'that' && that.sent === toks[v]!.sent ? np[1] + 1 : -1;
}

/** "Trump's claim that …", "his warning that …", "the claim by officials that …". */
function nounCue(text: string, toks: Tok[], t: Tok, sentFirst: number, endTok: number): Cand | null {
  const v = t.i;
  if (v + 2 > endTok) return null;
  const agent = /^(?:from|by)$/.test(toks[v + 1]?.lower ?? '') ? agentThat(toks, v) : -1;
  if (agent > 0 && agent + 1 <= endTok) {
    const start = toks[agent + 1]!.start;
    const end = toks[coordinatedEnd(toks, agent + 1, endTok)]!.end;
    const kind: QuoteKind = hasMarks(text.slice(start, end)) ? 'partial' : 'indirect';
    return { start, end, kind, source: [toks[v + 2]!.start, toks[agent - 1]!.end], cue: [t.start, toks[v + 1]!.end], rule: 'quotes/noun-cue', inherit: -1 };
  }
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

export const SUBORDINATORS = new Set(['when', 'if', 'as', 'after', 'because', 'while', 'although', 'though', 'since', 'before', 'once', 'unless', 'whereas']);

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
export function subjectBeforeApposition(toks: Tok[], sentFirst: number, comma: number): number {
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
export function participleSubject(toks: Tok[], sentFirst: number, np: [number, number]): [number, number] | null {
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

export function subjectWithModifiers(toks: Tok[], sentFirst: number, before: number): [number, number] | null {
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

export function sentenceSubject(toks: Tok[], sentFirst: number, before: number, timeAfter = false): [number, number] | null {
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
export function cutBeforeConsumed(text: string, c: Cand, at: number): Cand | null {
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

export function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,;:]/.test(text[e - 1]!)) e--;
  return [s, e];
}
