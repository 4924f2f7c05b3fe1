/**
 * Step 4 of the quote stage: naming speakers in text order (entities, names in the source words, roles, pronouns).
 */
import type { EntityMention, LocalEntity, Span, Speaker } from '../../doc/types.js';
import { ORG_WORDS, PRONOUNS, TITLE_WORDS } from './cues.js';
import { findNominals, mayEndTitle, nominalFits } from '../entities/resolve/roles.js';
import { lexicon } from '../entities/resolve/lexicon.js';
import { genderOfName, genderOfPronoun } from '../entities/resolve/given-names.js';
import { editDistance } from '../entities/resolve/names.js';
import type { Tok } from './tokens.js';
import { firstTokenAtOrAfter, isTimeWord, npLeft, sameSentence } from './grammar.js';
import { sentenceSubject } from './reported.js';

export class SpeakerNamer {
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
    // "Brittney Griner’s wife, Cherelle Griner, said": the relative named in apposition speaks, not the person whose
    // relative she is.
    const ownerRel = RELATIONAL_OWNER.exec(words);
    if (ownerRel && mention && mention.start < source[0] + ownerRel[0].length) {
      const named = this.appositionAfter(source) ?? this.mentions.slice(this.mentionFrom(source[0]), this.mentionFrom(source[1])).find((m) => m.type === 'PERSON' && m.start >= source[0] + ownerRel[0].length && m.end <= source[1] && this.text.slice(source[0], m.start).includes(','));
      if (named) mention = named;
      else {
        const sp: Speaker = { name: phraseName(words.split(',')[0]!.trim()), entity: null, mention: source };
        this.remember(sp, false, source[0]);
        return sp;
      }
    }
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

/** A source naming a person by whom they are related to: "Brittney Griner’s wife", "Putin’s spokesman". */
const RELATIONAL_OWNER =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*[’']s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:aides?|advis[eo]rs?|spokes(?:man|woman|person)|lawyers?|attorneys?|envoy|assistant|deputy|brother|sister|son|daughter|wife|husband|mother|father|widow|parents|relatives|family|friend)\b/u;

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
