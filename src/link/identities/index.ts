/**
 * Corpus-wide identities: one id for one person, place or body across documents and spellings.
 *
 * `IdentityIndex` is incremental: `add(document, entities)` gives each in-document entity a corpus-wide
 * id (an existing one, or a new one) and the evidence of the decision (rule, the name, the name it
 * matched). Rules, tried in order:
 * - `alias-table`: a curated name (aliases.json: Kiev/Kyiv, US/U.S./America, Kharkov/Kharkiv …), types
 *   as the table allows;
 * - `exact` / `fold`: the same name, or the same transliteration-folding key (Zelensky/Zelenskyy/Zelenskiy,
 *   Dmytro/Dmitro, Antony/Anthony, Reznikov/Resnikov), same type;
 * - `first-name-variant` / `surname-variant` / `nickname`: a person whose surname (or first name) differs
 *   by a small edit within the same consonant skeleton (Vladmir/Vladimir, Kiselev/Kisilev) while the other
 *   part agrees; a first name of the nickname table (Joe/Joseph);
 * - `same-document`, `surname`, `surname-dominant`: a one-word person name joins the person the same
 *   document names in full, else the only person of the corpus with that surname, else the one with
 *   three times the documents of the next; otherwise it stays a surname-only identity, which the first
 *   full name with that surname later absorbs (`absorb-surname`, recorded as a redirect).
 * Different first names stay apart ("Joe Biden" / "Hunter Biden"); types never mix ("Paris" / "Paris Hilton").
 *
 * Ids are `ent_` + a hash of the type and the folding key of the name that created the identity, so
 * spelling variants that fold alike give the same id whichever comes first. `toRows()` / `fromRows()`
 * give and take a plain serialisable state (tables `identity` and `identity_evidence`).
 */
import { createHash } from 'node:crypto';
import type { EntityType, LocalEntity } from '../../doc/types.js';
import { allowedEdits, editDistance, foldName, foldWord, isInstitutionWord, normaliseName, personParts, skeleton } from '../../analyze/entities/resolve/names.js';
import table from './aliases.json' with { type: 'json' };
import given from './given-names.json' with { type: 'json' };

export type IdentityRule =
  | 'new'
  | 'exact'
  | 'fold'
  | 'alias-table'
  | 'nickname'
  | 'first-name-variant'
  | 'surname-variant'
  | 'same-document'
  | 'surname'
  | 'surname-dominant'
  | 'absorb-surname';

export interface MergeEvidence {
  rule: IdentityRule;
  /** The name of the in-document entity. */
  name: string;
  /** The name of the identity it joined (null for a new identity). */
  matched: string | null;
}

export interface Assignment {
  /** `LocalEntity.key` within the document. */
  key: string;
  id: string;
  created: boolean;
  evidence: MergeEvidence;
}

/** One identity as the store keeps it (table `identity`). */
export interface IdentityRow {
  id: string;
  name: string;
  type: EntityType;
  /** Every name used for it, with how many documents used it, most used first (the name included). */
  aliases: [string, number][];
  mentions: number;
  documents: number;
  /** Folding key that made the id. */
  key: string;
  /** Id of the identity this one was merged into, or null. */
  merged_into: string | null;
}

/** One kind of merge decision (table `identity_evidence`), counted. */
export interface EvidenceRow {
  identity: string;
  rule: IdentityRule;
  name: string;
  matched: string | null;
  count: number;
  first_document: string;
}

export interface IdentityRows {
  identities: IdentityRow[];
  evidence: EvidenceRow[];
}

/** What `sitrep entities` shows. */
export interface IdentityView {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  documents: number;
}

interface Ident {
  id: string;
  type: EntityType;
  key: string;
  /** Fixed canonical name (alias-table entries), else chosen from `names`. */
  fixedName: string | null;
  names: Map<string, number>;
  mentions: number;
  documents: number;
  /** Persons: folded surname. */
  surname: string | null;
  /** Persons: named with a first name somewhere. */
  full: boolean;
  /** Persons: folded first names, as written and nickname-mapped. */
  firsts: Set<string>;
  mergedInto: string | null;
  lastDoc: string | null;
  /** Surname under which it is indexed in `bySurname` / `bySkeleton`. */
  indexed: string | null;
  /** Best name so far and its score (kept as names are counted; counts only grow). */
  best: string;
  bestScore: number;
}

interface AliasEntry {
  name: string;
  type: EntityType;
  accept: EntityType[];
}

const givenNames = new Set(given.names.map((n) => foldWord(n)));
const aliasIndex = new Map<string, AliasEntry>();
const nickIndex = new Map<string, string>();
for (const e of table.entries as { name: string; type: EntityType; accept: EntityType[]; variants: string[] }[]) {
  const entry = { name: e.name, type: e.type, accept: e.accept };
  for (const v of [e.name, ...e.variants]) aliasIndex.set(aliasKey(v), entry);
}
for (const group of table.firstNames) {
  const canon = foldWord(group[0]!);
  for (const n of group) nickIndex.set(foldWord(n), canon);
}

/** The consonants written double in a name, in order ("Allison" → "l", "Ina" → ""): accents and case aside. */
function doubledConsonants(name: string): string {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  let out = '';
  for (const m of plain.matchAll(/([b-df-hj-np-tv-xz])\1/g)) out += m[1];
  return out;
}

/** Alias-table key: case and punctuation kept apart from the folding rules ("US" and "us" differ only by case). */
const aliasCache = new Map<string, AliasEntry | null>();

/** The alias-table entry a name stands for, or null. */
function aliasEntry(name: string): AliasEntry | null {
  let hit = aliasCache.get(name);
  if (hit === undefined) {
    hit = aliasIndex.get(aliasKey(name)) ?? null;
    if (aliasCache.size >= 200_000) aliasCache.clear();
    aliasCache.set(name, hit);
  }
  return hit;
}

function aliasKey(name: string): string {
  const words = normaliseName(name).replace(/[’]/g, "'").split(' ');
  if (words.length > 1 && words[0]!.toLowerCase() === 'the') words.shift();
  return words.join(' ').replace(/\./g, '').replace(/'s?$/, '').toLowerCase();
}

function nick(foldedFirst: string): string {
  return nickIndex.get(foldedFirst) ?? foldedFirst;
}

export function identityId(type: EntityType, key: string): string {
  return 'ent_' + createHash('sha1').update(`${type}|${key}`).digest('hex').slice(0, 16);
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const arr = map.get(k);
  if (arr) {
    if (!arr.includes(v)) arr.push(v);
  } else map.set(k, [v]);
}

export class IdentityIndex {
  private readonly idents = new Map<string, Ident>();
  /** Folding keys → id. */
  private readonly byKey = new Map<string, string>();
  /** Persons: folded surname → ids. */
  private readonly bySurname = new Map<string, string[]>();
  /** Persons: consonant skeleton of the folded surname → ids (for spelling variants). */
  private readonly bySkeleton = new Map<string, string[]>();
  private readonly evidence = new Map<string, EvidenceRow>();
  /** Decisions of rule `exact` (not kept as evidence rows). */
  exactCount = 0;
  /** How often a folded word was seen as a first name / as a surname of a full person name. */
  private readonly asFirst = new Map<string, number>();
  private readonly asSurname = new Map<string, number>();

  /** Number of identities (merged ones not counted). */
  get size(): number {
    let n = 0;
    for (const i of this.idents.values()) if (!i.mergedInto) n++;
    return n;
  }

  /** The id an id now stands for (after merges). */
  resolve(id: string): string {
    let cur = id;
    for (let hops = 0; hops < 100; hops++) {
      const i = this.idents.get(cur);
      if (!i || !i.mergedInto) return cur;
      cur = i.mergedInto;
    }
    return cur;
  }

  get(id: string): IdentityView | null {
    const i = this.idents.get(this.resolve(id));
    return i ? this.view(i) : null;
  }

  /**
   * Give every entity of one document a corpus-wide id; sets `entity.id` and returns the assignments
   * in the order of `entities`.
   */
  add(document: string, entities: LocalEntity[]): Assignment[] {
    const out = new Map<LocalEntity, Assignment>();
    const docFull: Ident[] = [];
    // Full person names first, so a surname in the same document finds its person.
    const order = [...entities].sort((a, b) => rank(a) - rank(b));
    for (const e of order) {
      const { ident, rule, created } = this.match(e, docFull);
      const matched = created ? null : this.bestName(ident);
      this.record(ident, e, document);
      if (ident.type === 'PERSON' && ident.full) docFull.push(ident);
      const a: Assignment = { key: e.key, id: ident.id, created, evidence: { rule, name: e.name, matched } };
      this.note(ident.id, a.evidence, document);
      e.id = ident.id;
      out.set(e, a);
    }
    return entities.map((e) => out.get(e)!);
  }

  /**
   * Take back what one document's entities added (before the document is stored again with new content):
   * mentions, the document count and the names it used. Merges and the names' index entries stay.
   */
  withdraw(entities: readonly LocalEntity[]): void {
    const seen = new Set<Ident>();
    for (const e of entities) {
      if (!e.id) continue;
      const ident = this.idents.get(this.resolve(e.id));
      if (!ident) continue;
      ident.mentions = Math.max(0, ident.mentions - e.mentions.length);
      if (!seen.has(ident)) {
        seen.add(ident);
        ident.documents = Math.max(0, ident.documents - 1);
        ident.lastDoc = null;
      }
      for (const n of new Set([e.name, ...e.aliases].map(normaliseName).filter((x) => x.length > 0))) {
        const c = (ident.names.get(n) ?? 0) - 1;
        if (c > 0) ident.names.set(n, c);
        else if (ident.names.has(n) && ident.names.size > 1) ident.names.delete(n);
        if (ident.type === 'PERSON') this.countParts(n, -1);
      }
      this.rescore(ident);
    }
  }

  private match(e: LocalEntity, docFull: Ident[]): { ident: Ident; rule: IdentityRule; created: boolean } {
    const names = [e.name, ...e.aliases].map(normaliseName).filter((n) => n.length > 0);
    if (e.type !== 'PERSON') {
      for (const n of names) {
        const entry = aliasEntry(n);
        if (entry && entry.accept.includes(e.type)) {
          const key = `A|${entry.name}`;
          const existing = this.lookup(key);
          if (existing) return { ident: existing, rule: 'alias-table', created: false };
          const ident = this.create(entry.type, key, entry.name);
          return { ident, rule: 'new', created: true };
        }
      }
      for (const n of names) {
        const found = this.lookup(otherKey(e.type, n));
        if (found) return { ident: found, rule: found.names.has(n) ? 'exact' : 'fold', created: false };
      }
      return { ident: this.create(e.type, otherKey(e.type, e.name), null), rule: 'new', created: true };
    }

    const parts = personParts(e.name);
    if (parts.first) {
      for (const n of names) {
        const p = personParts(n);
        if (!p.first) continue;
        const found = this.lookup(fullKey(p.first, p.surname));
        if (found) return { ident: found, rule: found.names.has(n) ? 'exact' : 'fold', created: false };
      }
      const sf = foldName(parts.surname);
      const ff = foldWord(parts.first);
      const nf = nick(ff);
      let best: { ident: Ident; cost: number; rule: IdentityRule } | null = null;
      for (const cand of this.personCandidates(sf)) {
        if (!cand.full) continue;
        const ds = cand.surname === sf ? 0 : editDistance(cand.surname!, sf, 2);
        if (ds > allowedEdits(Math.min(cand.surname!.length, sf.length))) continue;
        let df = Infinity;
        let rule: IdentityRule = ds > 0 ? 'surname-variant' : 'first-name-variant';
        for (const f of cand.firsts) {
          if (f === nf || f === ff) {
            df = 0;
            if (ds === 0) rule = 'nickname';
            break;
          }
          if (f[0] !== ff[0]) continue;
          const d = editDistance(f, ff, 2);
          if (d <= Math.max(1, allowedEdits(Math.min(f.length, ff.length))) && f.length >= 4 && ff.length >= 4) df = Math.min(df, d);
        }
        if (df === Infinity || (ds > 0 && df > 0)) continue;
        const cost = ds + df;
        if (!best || cost < best.cost || (cost === best.cost && cand.documents > best.ident.documents)) best = { ident: cand, cost, rule };
      }
      if (best) return { ident: best.ident, rule: best.rule, created: false };
      const ident = this.create('PERSON', fullKey(parts.first, parts.surname), null);
      // A surname-only identity with no other full name of that surname is this person.
      const others = (this.bySurname.get(sf) ?? []).map((id) => this.idents.get(id)!).filter((i) => !i.mergedInto && i !== ident);
      if (!this.isFirstName(sf) && !others.some((i) => i.full)) {
        for (const s of others) {
          if (s.full || s.surname !== sf) continue;
          s.mergedInto = ident.id;
          ident.mentions += s.mentions;
          ident.documents += s.documents;
          for (const [n, c] of s.names) ident.names.set(n, (ident.names.get(n) ?? 0) + c);
          this.rescore(ident);
          this.note(s.id, { rule: 'absorb-surname', name: this.bestName(s), matched: e.name }, s.lastDoc ?? '');
        }
      }
      return { ident, rule: 'new', created: true };
    }

    // One-word person name.
    const sf = foldName(e.name);
    const inDoc = docFull.filter((i) => i.surname === sf);
    if (inDoc.length >= 1) return { ident: inDoc[0]!, rule: 'same-document', created: false };
    const live = this.personCandidates(sf).filter((i) => !i.mergedInto);
    // A word used more often as a first name ("Philip", "David") is not taken for someone's surname.
    const firstName = this.isFirstName(sf);
    // A short name must be spelt as the surname is ("Man" is not "Mann").
    const spelt = (i: Ident) => sf.length >= 5 || personParts(this.bestName(i)).surname.toLowerCase().split(' ').pop() === e.name.toLowerCase();
    // A word that names a kind of institution ("Union", "College") is no one's surname across documents.
    const fullSame = firstName || isInstitutionWord(e.name) ? [] : live.filter((i) => i.full && (i.surname === sf || i.surname!.endsWith(' ' + sf)) && spelt(i));
    if (fullSame.length === 1) return { ident: fullSame[0]!, rule: 'surname', created: false };
    if (fullSame.length > 1) {
      const sorted = [...fullSame].sort((a, b) => b.documents - a.documents);
      if (sorted[0]!.documents >= 3 * sorted[1]!.documents) return { ident: sorted[0]!, rule: 'surname-dominant', created: false };
    }
    let ownKey = `S|${sf}`;
    let own = this.lookup(ownKey);
    // Given names one doubled consonant apart are different names ("Allison" / "Alisson", "Inna" / "Ina"),
    // though they fold alike; a surname's slip ("Borrel") still folds.
    if (own && firstName && !own.names.has(e.name)) {
      const d = doubledConsonants(e.name);
      if (![...own.names.keys()].some((n) => doubledConsonants(n) === d)) {
        ownKey = `S|${sf}|${d}`;
        own = this.lookup(ownKey);
      }
    }
    if (own) return { ident: own, rule: own.names.has(e.name) ? 'exact' : 'fold', created: false };
    if (fullSame.length === 0 && !firstName && sf.length >= 6) {
      const near = live.filter((i) => i.surname !== sf && editDistance(i.surname!, sf, 2) <= allowedEdits(Math.min(i.surname!.length, sf.length)));
      const nearFull = near.filter((i) => i.full);
      const pick = nearFull.length === 1 ? nearFull[0]! : nearFull.length === 0 && near.length === 1 ? near[0]! : null;
      if (pick) return { ident: pick, rule: 'surname-variant', created: false };
    }
    return { ident: this.create('PERSON', ownKey, null), rule: 'new', created: true };
  }

  /** Persons with this folded surname, and (for surnames of 5+ letters) those with the same consonant skeleton. */
  private personCandidates(sf: string): Ident[] {
    const ids = new Set(this.bySurname.get(sf) ?? []);
    if (sf.length >= 5) for (const id of this.bySkeleton.get(skeleton(sf)) ?? []) ids.add(id);
    const out: Ident[] = [];
    for (const id of ids) {
      const i = this.idents.get(id)!;
      if (!i.mergedInto) out.push(i);
    }
    return out;
  }

  private lookup(key: string): Ident | null {
    const id = this.byKey.get(key);
    if (!id) return null;
    return this.idents.get(this.resolve(id)) ?? null;
  }

  private create(type: EntityType, key: string, fixedName: string | null): Ident {
    const id = identityId(type, key);
    const existing = this.idents.get(id);
    if (existing) return this.idents.get(this.resolve(id))!;
    const ident: Ident = {
      id,
      type,
      key,
      fixedName,
      names: new Map(),
      mentions: 0,
      documents: 0,
      surname: null,
      full: false,
      firsts: new Set(),
      mergedInto: null,
      lastDoc: null,
      best: '',
      bestScore: -1,
      indexed: null,
    };
    this.idents.set(id, ident);
    this.byKey.set(key, id);
    return ident;
  }

  /** Count the entity's names and mentions on the identity and index its names. */
  private record(ident: Ident, e: LocalEntity, document: string): void {
    ident.mentions += e.mentions.length;
    if (ident.lastDoc !== document) {
      ident.documents++;
      ident.lastDoc = document;
    }
    const names = [e.name, ...e.aliases].map(normaliseName).filter((n) => n.length > 0);
    const fresh: string[] = [];
    for (const n of new Set(names)) {
      const c = (ident.names.get(n) ?? 0) + 1;
      if (c === 1) fresh.push(n);
      ident.names.set(n, c);
      this.score(ident, n, c);
      if (ident.type === 'PERSON') this.countParts(n, 1);
    }
    // Only names new to the identity need indexing.
    if (fresh.length > 0) this.indexNames(ident, fresh);
  }

  private indexNames(ident: Ident, names: string[]): void {
    if (ident.type === 'PERSON') {
      for (const n of names) {
        const p = personParts(n);
        if (p.first) {
          const sf = foldName(p.surname);
          if (ident.surname === null || ident.surname === sf || !ident.full) {
            ident.surname = sf;
            ident.full = true;
            const f = foldWord(p.first);
            ident.firsts.add(f);
            ident.firsts.add(nick(f));
            if (!this.byKey.has(fullKey(p.first, p.surname))) this.byKey.set(fullKey(p.first, p.surname), ident.id);
          }
        } else if (!ident.full && ident.surname === null) {
          ident.surname = foldName(n);
          if (!this.byKey.has(`S|${ident.surname}`)) this.byKey.set(`S|${ident.surname}`, ident.id);
        }
      }
      if (ident.surname && ident.indexed !== ident.surname) {
        ident.indexed = ident.surname;
        push(this.bySurname, ident.surname, ident.id);
        // "von der leien" is also found under "leien".
        const lastWord = ident.surname.split(' ').pop()!;
        if (lastWord !== ident.surname) push(this.bySurname, lastWord, ident.id);
        if (ident.surname.length >= 5) push(this.bySkeleton, skeleton(ident.surname), ident.id);
      }
      return;
    }
    if (ident.key.startsWith('A|')) return;
    for (const n of names) {
      const k = otherKey(ident.type, n);
      if (!this.byKey.has(k)) this.byKey.set(k, ident.id);
    }
  }

  private note(id: string, ev: MergeEvidence, document: string): void {
    // The same name found again is counted, not recorded: evidence is kept for decisions that join names.
    if (ev.rule === 'exact') {
      this.exactCount++;
      return;
    }
    const k = `${id}\u0000${ev.rule}\u0000${ev.name}\u0000${ev.matched ?? ''}`;
    const row = this.evidence.get(k);
    if (row) row.count++;
    else this.evidence.set(k, { identity: id, rule: ev.rule, name: ev.name, matched: ev.matched, count: 1, first_document: document });
  }

  /** A common given name, or a word the corpus uses more as a first name than as a surname. */
  private isFirstName(folded: string): boolean {
    return givenNames.has(folded) || (this.asFirst.get(folded) ?? 0) > (this.asSurname.get(folded) ?? 0);
  }

  private countParts(name: string, by: number): void {
    const p = personParts(name);
    if (!p.first) return;
    const f = foldWord(p.first);
    const sf = foldName(p.surname);
    this.asFirst.set(f, (this.asFirst.get(f) ?? 0) + by);
    this.asSurname.set(sf, (this.asSurname.get(sf) ?? 0) + by);
  }

  /** Persons: a name with a first name beats a surname alone; then the most used; on a tie the one seen first. */
  private score(i: Ident, n: string, count: number): void {
    const score = count + (i.type === 'PERSON' && personParts(n).first ? 1e9 : 0);
    // On a tie the name seen first stays: a later variant spelling does not rename the identity.
    if (score > i.bestScore) {
      i.best = n;
      i.bestScore = score;
    }
  }

  private rescore(i: Ident): void {
    i.best = '';
    i.bestScore = -1;
    for (const [n, c] of i.names) this.score(i, n, c);
  }

  private bestName(i: Ident): string {
    return i.fixedName ?? i.best;
  }

  private view(i: Ident): IdentityView {
    const name = this.bestName(i);
    const aliases = [...i.names.entries()].sort((a, b) => b[1] - a[1]).map(([n]) => n).filter((n) => n !== name);
    return { id: i.id, name, type: i.type, aliases, mentions: i.mentions, documents: i.documents };
  }

  /** Identities (merged ones left out), most documents first. */
  list(opts: { type?: EntityType } = {}): IdentityView[] {
    const out: IdentityView[] = [];
    for (const i of this.idents.values()) {
      // An identity no stored document names any more (its only document changed) is not listed.
      if (i.mergedInto || i.documents === 0 || (opts.type && i.type !== opts.type)) continue;
      out.push(this.view(i));
    }
    return out.sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || a.name.localeCompare(b.name));
  }

  /** Merge decisions, counted (the `identity_evidence` table). */
  evidenceRows(): EvidenceRow[] {
    return [...this.evidence.values()];
  }

  toRows(): IdentityRows {
    const identities: IdentityRow[] = [];
    for (const i of this.idents.values()) {
      identities.push({
        id: i.id,
        name: this.bestName(i),
        type: i.type,
        aliases: [...i.names.entries()].sort((a, b) => b[1] - a[1]),
        mentions: i.mentions,
        documents: i.documents,
        key: i.key,
        merged_into: i.mergedInto,
      });
    }
    return { identities, evidence: this.evidenceRows().map((r) => ({ ...r })) };
  }

  static fromRows(rows: IdentityRows): IdentityIndex {
    const index = new IdentityIndex();
    for (const r of rows.identities) {
      const fixed = r.key.startsWith('A|') ? r.key.slice(2) : null;
      const ident: Ident = {
        id: r.id,
        type: r.type,
        key: r.key,
        fixedName: fixed,
        names: new Map(r.aliases),
        mentions: r.mentions,
        documents: r.documents,
        surname: null,
        full: false,
        firsts: new Set(),
        mergedInto: r.merged_into,
        lastDoc: null,
        best: '',
        bestScore: -1,
        indexed: null,
      };
      index.rescore(ident);
      index.idents.set(r.id, ident);
      index.byKey.set(r.key, r.id);
    }
    for (const i of index.idents.values()) {
      // Full names first, so a person's surname index is the full name's.
      const names = [...i.names.keys()].sort((a, b) => (personParts(b).first ? 1 : 0) - (personParts(a).first ? 1 : 0));
      index.indexNames(i, names);
      if (i.type === 'PERSON' && !i.mergedInto) for (const [n, c] of i.names) index.countParts(n, c);
    }
    for (const e of rows.evidence) index.evidence.set(`${e.identity}\u0000${e.rule}\u0000${e.name}\u0000${e.matched ?? ''}`, { ...e });
    return index;
  }
}

/**
 * Key of a name that is not a person's: the folding key, or for very short names ("HU", "Hon.", "MI")
 * the lower-cased letters and digits, since folding would join unrelated acronyms.
 */
function otherKey(type: EntityType, name: string): string {
  const f = foldName(name);
  if (f.replace(/ /g, '').length >= 4) return `${type}|${f}`;
  return `${type}|=${normaliseName(name).toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '')}`;
}

function fullKey(first: string, surname: string): string {
  return `P|${nick(foldWord(first))} ${foldName(surname)}`;
}

/** Full person names first, then one-word person names, then the rest. */
function rank(e: LocalEntity): number {
  if (e.type !== 'PERSON') return 2;
  return personParts(e.name).first ? 0 : 1;
}
