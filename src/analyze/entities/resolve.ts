/**
 * In-document entity resolution: mentions → entities.
 *
 * Refiners, in order, each recorded in `source` or in a document message:
 * 1. `entities/credit-line`, `entities/credit-inline`, `entities/byline`: mentions inside photo/agency
 *    credits and bylines are dropped (the photographer is not a person of the story);
 *    `entities/calendar`: a lone month or weekday name is dropped; `entities/agency`: an agency typed
 *    PERSON is retyped ORG; `entities/title-only`: a PERSON mention that is only a title is dropped;
 *    `entities/tweet-account`: a tweet's author typed PERSON whose name reads as an outlet's or an
 *    institution's ("Breitbart London", "RNC Research") is retyped ORG;
 *    `entities/type-vote`: a name given several types in one document takes the type of most of its mentions.
 * 2. Names are cleaned: possessives ("Biden's", "Moscow's", and "Bidens" when "Biden" is named elsewhere)
 *    and titles ("President", "Mr.", "Kremlin spokesman", "Secretary of State") come off the name; the
 *    title becomes the entity's role, its demonym the country, its institution the organisation.
 * 3. Grouping: full person names by folded first name + surname (spelling slips within a document join);
 *    a one-word mention joins the one person named in full with that surname (rule `surname`); the rest
 *    by type and folded name.
 * 4. Nominals: "the Russian leader", "the Kremlin spokesman" join the one person whose role, country and
 *    institution fit and were stated earlier; they are added to the mentions layer with source
 *    `entities/nominal`.
 */
import type { Doc, EntityMention, EntityType, LocalEntity, Span } from '../../doc/types.js';
import { layer, type Stage } from '../../pipeline/stage.js';
import { findCredits } from './resolve/credits.js';
import { lexicon } from './resolve/lexicon.js';
import { allowedEdits, editDistance, foldName, foldWord, isAbbreviationEnd, isInstitutionWord, normaliseName, personParts } from './resolve/names.js';
import { genderOfName } from './resolve/given-names.js';
import { accountIsOrganisation, tweetSignatures } from '../tweets.js';
import { findNominals, isTitle, mayEndTitle, nominalFits, roleAfter, roleBefore, wordsIn, type RoleFound } from './resolve/roles.js';

interface Prepared {
  mention: EntityMention;
  type: EntityType;
  name: string;
  start: number;
  end: number;
  role: RoleFound | null;
  /** The rule that attached it to its group. */
  rule: string;
}

interface Group {
  type: EntityType;
  items: Prepared[];
  /** Folded first name and surname, for full person names. */
  first: string | null;
  surname: string | null;
  nominals: Span[];
}

function lineBounds(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], text: string, pos: number): { start: number; end: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  const start = starts[lo]!;
  const next = lo + 1 < starts.length ? starts[lo + 1]! - 1 : text.length;
  return { start, end: next };
}

/** Where the name starts inside a titled person mention ("President Joe Biden" → at "Joe"), with the role. */
function splitTitle(text: string, m: { start: number; end: number }, lineStart: number): { start: number; role: RoleFound | null } {
  const words = wordsIn(text, m.start, m.end);
  // The longest title wins: "Secretary of State | Antony Blinken", not "Secretary | of State Antony Blinken".
  for (let c = words.length - 1; c >= 1; c--) {
    if (!mayEndTitle(words[c - 1]!.text)) continue;
    const r = roleBefore(text, words[c]!.start, lineStart);
    if (r && r.start <= words[0]!.start) return { start: words[c]!.start, role: r };
  }
  return { start: m.start, role: null };
}

/** Clean one mention into a name and a span; null when nothing of a name is left. */
function prepare(doc: Doc, m: EntityMention, lines: number[]): Prepared | null {
  const text = doc.text;
  const line = lineOf(lines, text, m.start);
  let start = m.start;
  let end = Math.min(m.end, text.length);
  let role: RoleFound | null = null;
  if (m.type === 'PERSON') {
    const t = splitTitle(text, { start, end }, line.start);
    start = t.start;
    role = t.role;
  } else {
    const lead = /^[Tt]he\s+/.exec(text.slice(start, end));
    if (lead && lead[0].length < end - start) start += lead[0].length;
  }
  while (start < end && /[\s'‘’"“(\[#-]/.test(text[start]!)) start++;
  let surface = text.slice(start, end);
  // Glued possessive: "Biden'swarnings".
  const glued = /['’]s\p{Ll}{2,}$/u.exec(surface);
  if (glued) {
    end -= glued[0].length;
    surface = text.slice(start, end);
  }
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const tail = text.slice(Math.max(start, end - 2), end);
  if (/^['’]s$/.test(tail) && end - 2 > start) end -= 2;
  else if (/s['’]$/.test(tail)) end -= 1;
  for (;;) {
    while (end > start && /[\s,;:!?'’"”)\]-]/.test(text[end - 1]!)) end--;
    if (end > start && text[end - 1] === '.' && !isAbbreviationEnd(text.slice(Math.max(start, end - 6), end))) end--;
    else break;
  }
  const name = normaliseName(text.slice(start, end));
  if (name.length === 0 || !/\p{L}/u.test(name)) return null;
  if (m.type === 'PERSON' && !role) {
    role = roleBefore(text, start, line.start) ?? roleAfter(text, m.end, line.end);
  } else if (m.type === 'PERSON' && role && !role.role) {
    role = roleAfter(text, m.end, line.end) ?? role;
  }
  return { mention: m, type: m.type, name, start, end, role, rule: 'entities/name' };
}

/** Ranges sorted by start, answering "does anything overlap [s, e)?" by binary search. */
class RangeSet<T extends { start: number; end: number }> {
  private readonly items: T[];
  private readonly maxEnd: number[];
  constructor(items: T[]) {
    this.items = [...items].sort((a, b) => a.start - b.start);
    this.maxEnd = [];
    let m = -1;
    for (const r of this.items) this.maxEnd.push((m = Math.max(m, r.end)));
  }

  /** Some range overlapping [s, e), or null. */
  find(s: number, e: number): T | null {
    let lo = 0;
    let hi = this.items.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid]!.start < e) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (last < 0 || this.maxEnd[last]! <= s) return null;
    for (let i = last; i >= 0 && this.maxEnd[i]! > s; i--) if (this.items[i]!.end > s) return this.items[i]!;
    return null;
  }
}

/** Group the mentions of `doc` into entities; updates `doc.layers.mentions` (drops, retypes, nominals, `entity` keys). */
/**
 * Several people named in full share the surname of a one-word mention ("Klitschko" after Wladimir and Vitali
 * Klitschko; "Biden" after Joe and Hunter Biden): the one named in full most often before it (the article's
 * subject); among equals the one with a stated role; then the one named in full last before it; then the one
 * named first.
 */
function surnameReferent(cands: Group[], p: Prepared): Group {
  const fullBefore = (g: Group) => g.items.filter((i) => i.end <= p.start && i.name.includes(' '));
  const most = Math.max(...cands.map((g) => fullBefore(g).length));
  let best = cands.filter((g) => fullBefore(g).length === most);
  if (best.length > 1) {
    const withRole = best.filter((g) => g.items.some((i) => i.role?.role));
    if (withRole.length >= 1) best = withRole;
  }
  if (best.length > 1) {
    const last = (g: Group) => Math.max(-1, ...fullBefore(g).map((i) => i.end));
    const latest = Math.max(...best.map(last));
    if (latest >= 0) best = best.filter((g) => last(g) === latest);
  }
  return best[0]!;
}

export function resolveEntities(doc: Doc): LocalEntity[] {
  const lex = lexicon();
  const text = doc.text;
  const lines = lineBounds(text);
  const credits = new RangeSet(findCredits(text));
  const mentions = [...layer(doc, 'mentions')].sort((a, b) => a.start - b.start || b.end - a.end);
  const accounts = text.includes('(@') ? tweetSignatures(text) : [];
  const kept: EntityMention[] = [];
  const prepared: Prepared[] = [];
  for (const m of mentions) {
    const credit = credits.find(m.start, m.end);
    if (credit) {
      doc.messages.push({ level: 'info', reason: `mention "${m.text}" is in a ${credit.rule}, not an entity`, rule: `entities/${credit.rule}`, place: [m.start, m.end] });
      continue;
    }
    const p = prepare(doc, m, lines);
    if (!p) continue;
    // "March", "Jan 19", "December 1, 2021": dates, not names.
    const calendar = /^(\p{L}+)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?$/u.exec(p.name);
    if (calendar && lex.calendarWords.has(calendar[1]!.toLowerCase())) {
      doc.messages.push({ level: 'info', reason: `mention "${m.text}" is a month or weekday`, rule: 'entities/calendar', place: [m.start, m.end] });
      continue;
    }
    if (p.type === 'PERSON' && isTitle(p.name)) {
      doc.messages.push({ level: 'info', reason: `mention "${m.text}" is a title without a name`, rule: 'entities/title-only', place: [m.start, m.end] });
      continue;
    }
    // "Department", "Ministry", "Council" alone: an institution named by its kind, never a person.
    if (p.type === 'PERSON' && !p.name.includes(' ') && isInstitutionWord(p.name)) {
      m.type = 'ORG';
      p.type = 'ORG';
      p.role = null;
      doc.messages.push({ level: 'info', reason: `"${p.name}" names a kind of institution: retyped ORG`, rule: 'entities/institution', place: [m.start, m.end] });
    }
    if (p.type === 'PERSON' && lex.agencies.has(p.name)) {
      m.type = 'ORG';
      p.type = 'ORG';
      p.role = null;
      doc.messages.push({ level: 'info', reason: `"${p.name}" is an agency: retyped ORG`, rule: 'entities/agency', place: [m.start, m.end] });
    }
    // "— Breitbart London (@BreitbartLondon) December 23, 2021": an outlet's account, not a person.
    if (p.type === 'PERSON' && accounts.some((a) => a.nameStart <= m.start && m.end <= a.nameEnd)) {
      if (accountIsOrganisation(p.name, (w) => genderOfName(w) !== null, (w) => lex.country.has(w))) {
        m.type = 'ORG';
        p.type = 'ORG';
        p.role = null;
        doc.messages.push({ level: 'info', reason: `"${p.name}" signs a tweet as an outlet or institution: retyped ORG`, rule: 'entities/tweet-account', place: [m.start, m.end] });
      }
    }
    kept.push(m);
    prepared.push(p);
  }

  // One name, one type within a document: "Firmus" tagged OTHER twice and PERSON once is OTHER throughout.
  const votes = new Map<string, Map<EntityType, number>>();
  for (const p of prepared) {
    const key = foldName(p.name);
    const v = votes.get(key) ?? new Map<EntityType, number>();
    v.set(p.type, (v.get(p.type) ?? 0) + 1);
    votes.set(key, v);
  }
  for (const p of prepared) {
    const v = votes.get(foldName(p.name))!;
    if (v.size < 2) continue;
    let best: EntityType = p.type;
    for (const [t, n] of v) if (n > (v.get(best) ?? 0)) best = t;
    if (best !== p.type && (v.get(best) ?? 0) > (v.get(p.type) ?? 0)) {
      doc.messages.push({ level: 'info', reason: `"${p.name}" is ${best} in most of its mentions: retyped from ${p.type}`, rule: 'entities/type-vote', place: [p.mention.start, p.mention.end] });
      p.mention.type = best;
      p.type = best;
      if (best !== 'PERSON') p.role = null;
    }
  }

  // Possessive without apostrophe: "Bidens" when "Biden" is a word of another mention.
  const wordCount = new Map<string, number>();
  for (const p of prepared) for (const w of p.name.split(' ')) wordCount.set(w, (wordCount.get(w) ?? 0) + 1);
  for (const p of prepared) {
    const words = p.name.split(' ');
    const last = words[words.length - 1]!;
    if (last.length >= 4 && /[^s]s$/.test(last) && /^\p{Lu}/u.test(last)) {
      const base = last.slice(0, -1);
      if ((wordCount.get(base) ?? 0) > 0) {
        words[words.length - 1] = base;
        p.name = words.join(' ');
        p.end -= 1;
        p.rule = 'entities/possessive-s';
      }
    }
  }

  const groups: Group[] = [];
  const fullByKey = new Map<string, Group>();
  const persons: Group[] = [];
  const isMulti = (p: Prepared) => personParts(p.name).first !== null;
  // 1. Full person names.
  for (const p of prepared) {
    if (p.type !== 'PERSON' || !isMulti(p)) continue;
    const parts = personParts(p.name);
    const first = foldWord(parts.first!);
    const surname = foldName(parts.surname);
    const key = `${first} ${surname}`;
    let g = fullByKey.get(key);
    if (!g) {
      g = persons.find(
        (q) => q.surname === surname && q.first !== null && q.first[0] === first[0] && editDistance(q.first, first, 2) <= Math.max(1, allowedEdits(Math.min(q.first.length, first.length))),
      );
      if (g) p.rule = 'entities/first-name-variant';
    }
    if (!g) {
      g = { type: 'PERSON', items: [], first, surname, nominals: [] };
      persons.push(g);
      groups.push(g);
    }
    fullByKey.set(key, g);
    g.items.push(p);
  }
  // 2. One-word names that are the surname of a person named in full.
  const singles = new Map<string, Group>();
  const rest: Prepared[] = [];
  for (const p of prepared) {
    if (p.type === 'PERSON' && isMulti(p)) continue;
    const oneWord = !p.name.includes(' ') || (p.type === 'PERSON' && personParts(p.name).first === null);
    const knownPlaceOrOrg = lex.country.has(p.name) || lex.organisations.has(p.name) || lex.agencies.has(p.name);
    if (oneWord && p.type !== 'PLACE' && !knownPlaceOrOrg) {
      const f = foldName(p.name);
      // "Leyen" is the surname of "Ursula von der Leyen" too.
      let cands = persons.filter((g) => g.surname === f || (g.surname !== null && g.surname.endsWith(' ' + f)));
      // "Kisilev" for "Dmitry Kiselev" in the same article: one person whose surname is spelt a little differently.
      if (cands.length === 0 && f.length >= 6 && p.type === 'PERSON') {
        const near = persons.filter((g) => g.surname !== null && g.surname[0] === f[0] && editDistance(g.surname, f, 2) <= allowedEdits(Math.min(g.surname.length, f.length)));
        if (near.length === 1) cands = near;
      }
      if (cands.length > 0) {
        const g = cands.length === 1 ? cands[0]! : surnameReferent(cands, p);
        p.rule = cands.length === 1 ? 'entities/surname' : 'entities/surname-ambiguous';
        p.type = 'PERSON';
        g.items.push(p);
        continue;
      }
      // "Cherelle said …" after "Cherelle Griner": a person's one word that is the first name of one person named in
      // full (and nobody's surname).
      if (p.type === 'PERSON') {
        const byFirst = persons.filter((g) => g.first === f);
        if (byFirst.length === 1) {
          p.rule = 'entities/given-name';
          byFirst[0]!.items.push(p);
          continue;
        }
      }
    }
    rest.push(p);
  }
  // 3. Everything else by type and folded name.
  for (const p of rest) {
    const key = `${p.type}|${foldName(p.name)}`;
    let g = singles.get(key);
    if (!g) {
      g = { type: p.type, items: [], first: null, surname: p.type === 'PERSON' ? foldName(p.name) : null, nominals: [] };
      singles.set(key, g);
      groups.push(g);
    }
    g.items.push(p);
  }

  // Order entities by first mention; name, aliases, attributes.
  for (const g of groups) g.items.sort((a, b) => a.start - b.start);
  groups.sort((a, b) => a.items[0]!.start - b.items[0]!.start);
  const entities: LocalEntity[] = [];
  const roleAt = new Map<LocalEntity, number>();
  groups.forEach((g, n) => {
    const key = `e${n}`;
    const counts = new Map<string, { count: number; first: number; words: number }>();
    for (const it of g.items) {
      const c = counts.get(it.name) ?? { count: 0, first: it.start, words: it.name.split(' ').length };
      c.count++;
      counts.set(it.name, c);
    }
    const ranked = [...counts.entries()].sort(
      (a, b) => (g.type === 'PERSON' ? b[1].words - a[1].words : 0) || b[1].count - a[1].count || a[1].first - b[1].first,
    );
    const name = ranked[0]![0];
    const attributes: LocalEntity['attributes'] = {};
    let at = -1;
    for (const it of g.items) {
      const r = it.role;
      if (!r) continue;
      if (r.role && !attributes.role) {
        attributes.role = r.role;
        at = it.start;
      }
      if (r.role && r.country && !attributes.country) attributes.country = r.country;
      if (r.role && r.organisation && !attributes.organisation) attributes.organisation = r.organisation;
    }
    const e: LocalEntity = {
      key,
      name,
      type: g.type,
      mentions: g.items.map((it) => [it.start, it.end] as Span),
      aliases: ranked.slice(1).sort((a, b) => a[1].first - b[1].first).map(([a]) => a),
      attributes,
      id: null,
      source: 'entities/resolve',
    };
    for (const it of g.items) it.mention.entity = key;
    if (at >= 0) roleAt.set(e, at);
    entities.push(e);
  });

  // Nominal mentions.
  const nominalMentions: EntityMention[] = [];
  const keptRanges = new RangeSet(kept);
  const withRole = entities.filter((e) => e.type === 'PERSON' && roleAt.has(e));
  for (const nom of withRole.length > 0 ? findNominals(text) : []) {
    // A name inside the nominal may only be a modifier ("the top UN official", "the Kremlin spokesman"), not its head or a person.
    const inside = keptRanges.find(nom.start, nom.end);
    if (inside && (inside.type === 'PERSON' || inside.end >= nom.end - nom.head.length)) continue;
    if (credits.find(nom.start, nom.end)) continue;
    const fits = withRole.filter((e) => roleAt.get(e)! < nom.start && nominalFits(nom, e.attributes));
    if (fits.length !== 1) continue;
    const e = fits[0]!;
    e.mentions.push([nom.start, nom.end]);
    nominalMentions.push({ start: nom.start, end: nom.end, type: 'PERSON', text: nom.text, source: 'entities/nominal', entity: e.key });
  }
  for (const e of entities) e.mentions.sort((a, b) => a[0] - b[0]);
  doc.layers.mentions = [...kept, ...nominalMentions].sort((a, b) => a.start - b.start || b.end - a.end);
  return entities;
}

export const entitiesStage: Stage = {
  name: 'entities',
  needs: ['sentences', 'tokens', 'mentions'],
  adds: ['entities'],
  run(doc: Doc) {
    doc.layers.entities = resolveEntities(doc);
  },
};
