/**
 * Corpus queries: identities, statements, the figures ledger. The CLI and the HTTP server call these.
 */
import { editDistance, foldWord } from '../analyze/entities/resolve/names.js';
import type { EntityType, Figure, LocalEntity, Quote, Sentence } from '../doc/types.js';
import { buildLedger, filterLedger, type FigureRecord, type LedgerGroup } from '../link/figures/index.js';
import { figureScope, type PlaceInSentence } from '../link/figures/scope.js';
import { lexicon } from '../analyze/entities/resolve/lexicon.js';
import type { IdentityIndex, IdentityView } from '../link/identities/index.js';
import { loadIdentityIndex } from '../store/identities.js';
import type { SqliteStore } from '../store/sqlite.js';

export const ENTITY_TYPES: EntityType[] = ['PERSON', 'ORG', 'PLACE', 'OTHER'];

export function listEntities(store: SqliteStore, opts: { type?: EntityType | null; index?: IdentityIndex } = {}): IdentityView[] {
  const index = opts.index ?? loadIdentityIndex(store);
  return index.list(opts.type ? { type: opts.type } : {});
}

export interface Statement {
  document: string;
  date: string | null;
  outlet: string | null;
  title: string | null;
  speaker: { name: string; entity: string | null } | null;
  text: string;
  kind: string;
  /** A stance or action attributed rather than words ("backed the plan"). */
  stance: boolean;
  start: number;
  end: number;
}

function foldedWords(s: string): string[] {
  return s
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => foldWord(w));
}

const UNRESOLVED = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'him', 'her', 'them']);

/** A query word of six letters or more matches a name word one edit away ("Kouleba" for Kuleba, "Vladmir"). */
function nearWord(w: string, words: Set<string>): boolean {
  if (w.length < 6) return false;
  for (const x of words) if (x[0] === w[0] && Math.abs(x.length - w.length) <= 1 && editDistance(x, w, 1) <= 1) return true;
  return false;
}

/** Identities a speaker query names: every word of the query is a word of the name or of an alias (folded spelling). */
function matchingIdentities(index: IdentityIndex, query: string): Set<string> {
  const q = foldedWords(query);
  const out = new Set<string>();
  if (q.length === 0) return out;
  for (const v of index.list()) {
    for (const n of [v.name, ...v.aliases]) {
      const words = new Set(foldedWords(n));
      if (q.every((w) => words.has(w) || nearWord(w, words))) {
        out.add(v.id);
        break;
      }
    }
  }
  return out;
}

interface DocMetaRow {
  id: string;
  published_date: string | null;
  outlet: string | null;
  title: string | null;
  duplicate_of: string | null;
}

function docMeta(store: SqliteStore): Map<string, DocMetaRow> {
  const rows = store.db.prepare('SELECT id, published_date, outlet, title, duplicate_of FROM documents').all() as DocMetaRow[];
  return new Map(rows.map((r) => [r.id, r]));
}

function inRange(date: string | null, from: string | null | undefined, to: string | null | undefined): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && date < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

/** Statements (quotes) across the corpus, in ingestion order; filters by speaker and by document date. */
export function listQuotes(
  store: SqliteStore,
  opts: { speaker?: string | null; from?: string | null; to?: string | null; kinds?: readonly string[] | null; speechOnly?: boolean; index?: IdentityIndex } = {},
): Statement[] {
  const index = opts.index ?? loadIdentityIndex(store);
  const meta = docMeta(store);
  const wanted = opts.speaker ? matchingIdentities(index, opts.speaker) : null;
  const speakerWords = opts.speaker ? foldedWords(opts.speaker) : [];
  const entitiesOf = new Map<string, Map<string, LocalEntity>>();
  for (const { doc, data } of store.iterateLayer('entities')) entitiesOf.set(doc, new Map(data.map((e) => [e.key, e])));
  const out: Statement[] = [];
  for (const { doc, data } of store.iterateLayer('quotes')) {
    const m = meta.get(doc);
    if (!m || !inRange(m.published_date, opts.from, opts.to)) continue;
    for (const q of data as Quote[]) {
      if (opts.kinds && !opts.kinds.includes(q.kind)) continue;
      if (opts.speechOnly && q.stance) continue;
      let speaker: Statement['speaker'] = null;
      // A pronoun the quote stage could not resolve ("he") names nobody: the statement is listed as unattributed.
      if (q.speaker && !q.speaker.entity && UNRESOLVED.has(q.speaker.name.toLowerCase())) {
        speaker = null;
      } else if (q.speaker) {
        const local = q.speaker.entity ? entitiesOf.get(doc)?.get(q.speaker.entity) : undefined;
        const id = local?.id ? index.resolve(local.id) : null;
        speaker = { name: (id && index.get(id)?.name) || q.speaker.name, entity: id };
      }
      if (opts.speaker) {
        if (!speaker) continue;
        const byId = speaker.entity !== null && wanted!.has(speaker.entity);
        const words = new Set(foldedWords(speaker.name));
        if (!byId && !speakerWords.every((w) => words.has(w))) continue;
      }
      out.push({ document: doc, date: m.published_date, outlet: m.outlet, title: m.title, speaker, text: q.text, kind: q.kind, stance: q.stance === true, start: q.start, end: q.end });
    }
  }
  return out;
}

export interface LedgerOutput {
  about: string;
  unit: string | null;
  /** What stretch of events the group counts ("since-2014", "since-invasion", "at:Kramatorsk"), or null. */
  scope: string | null;
  disagree: boolean;
  /** Figures on no common scale (many different things counted under one word): listed, not compared. */
  mixed: boolean;
  /** Figures more than four times off the group's median, not compared. */
  outliers: number;
  spread: LedgerGroup['spread'];
  figures: {
    value: number | null;
    low: number | null;
    high: number | null;
    text: string;
    qualifier: string | null;
    claimant: { name: string; entity: string | null } | null;
    outlet: string | null;
    date: string | null;
    document: string;
  }[];
}

/**
 * The figures ledger over the corpus. Copies (documents with `duplicate_of`) are left out, so a
 * figure re-posted by ten sites counts once. A figure nobody is named for is claimed by its outlet.
 */
export function figuresLedger(store: SqliteStore, opts: { about?: string | null; index?: IdentityIndex } = {}): LedgerOutput[] {
  const index = opts.index ?? loadIdentityIndex(store);
  const meta = docMeta(store);
  const entitiesOf = new Map<string, Map<string, LocalEntity>>();
  for (const { doc, data } of store.iterateLayer('entities')) entitiesOf.set(doc, new Map(data.map((e) => [e.key, e])));
  // Text and sentences are read only for documents with comparable figures.
  const textOf = store.db.prepare('SELECT text FROM documents WHERE id = ?');
  const sentencesOf = store.db.prepare("SELECT data FROM layers WHERE doc = ? AND name = 'sentences'");
  const wide = wideAreas();
  const records: FigureRecord[] = [];
  for (const { doc, data } of store.iterateLayer('figures')) {
    const m = meta.get(doc);
    if (!m || m.duplicate_of) continue;
    const figures = (data as Figure[]).filter((f) => f.aboutKey);
    if (figures.length === 0) continue;
    const text = (textOf.get(doc) as { text: string } | undefined)?.text ?? '';
    const row = sentencesOf.get(doc) as { data: string } | undefined;
    const sentences = row ? (JSON.parse(row.data) as Sentence[]) : [];
    const places = placeMentions(entitiesOf.get(doc), index, wide);
    for (const f of figures) {
      const sent = sentences.find((x) => x.start <= f.start && f.start < x.end);
      const [a, b] = sent ? [sent.start, sent.end] : [Math.max(0, f.start - 200), Math.min(text.length, f.end + 200)];
      const inSentence = places.filter((p) => p.start >= a && p.end <= b);
      const scope = figureScope({ text: text.slice(a, b), start: a }, { start: f.start, end: f.end, aboutKey: f.aboutKey!, actor: f.actor ?? null }, m.published_date, inSentence);
      records.push({ figure: f, document: doc, outlet: m.outlet, date: m.published_date, scope });
    }
  }
  let groups = buildLedger(records);
  if (opts.about) groups = filterLedger(groups, opts.about);
  return groups.map((g) => ({
    about: g.about,
    unit: g.unit,
    scope: g.scope,
    disagree: g.disagree,
    mixed: g.mixed,
    outliers: g.outliers,
    spread: g.spread,
    figures: g.figures.map((f) => {
      let claimant: { name: string; entity: string | null } | null = null;
      if (f.claimant) {
        const local = f.claimant.entity ? entitiesOf.get(f.document)?.get(f.claimant.entity) : undefined;
        const id = local?.id ? index.resolve(local.id) : null;
        claimant = { name: (id && index.get(id)?.name) || f.claimant.name, entity: id };
      } else if (f.outlet) claimant = { name: f.outlet, entity: null };
      return { value: f.value, low: f.low, high: f.high, text: f.text, qualifier: f.qualifier, claimant, outlet: f.outlet, date: f.date, document: f.document };
    }),
  }));
}

/** Names of countries and wider areas ("Ukraine", "Europe"): too wide to tell one incident from another. */
function wideAreas(): Set<string> {
  const lex = lexicon();
  const names = new Set<string>([...lex.country.values()].map((n) => n.toLowerCase()));
  for (const w of ['europe', 'asia', 'africa', 'america', 'the west', 'west', 'east', 'donbas', 'donbass', 'eastern ukraine', 'crimea', 'united states', 'us', 'u.s.', 'uk', 'britain', 'world']) names.add(w);
  return names;
}

/** The places a document names, by mention, with their identity's name. */
function placeMentions(entities: Map<string, LocalEntity> | undefined, index: IdentityIndex, wide: Set<string>): PlaceInSentence[] {
  const out: PlaceInSentence[] = [];
  if (!entities) return out;
  for (const e of entities.values()) {
    if (e.type !== 'PLACE') continue;
    const id = e.id ? index.resolve(e.id) : null;
    const name = (id && index.get(id)?.name) || e.name;
    const isWide = wide.has(name.toLowerCase()) || wide.has(e.name.toLowerCase());
    for (const [start, end] of e.mentions) out.push({ name, wide: isWide, start, end });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** One stated value of a ledger group, with how often, by whom and when it was stated. */
export interface LedgerValue {
  /** The value as a reader says it ("100,000", "10,000-100,000"). */
  value: string;
  /** Sort key: the value, or the middle of the range. */
  at: number;
  figures: number;
  outlets: string[];
  claimants: string[];
  first: string | null;
  last: string | null;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : String(Number(n.toPrecision(6)));
}

/**
 * A group's figures by stated value, smallest first: "100,000 stated 142 times by 9 outlets, first on 15
 * January, last on 5 February". Qualifiers are left aside ("about 100,000" and "100,000" are one value).
 */
export function ledgerValues(group: LedgerOutput): LedgerValue[] {
  const byValue = new Map<string, LedgerValue & { outletSet: Set<string>; claimantSet: Set<string> }>();
  for (const f of group.figures) {
    let value: string;
    let at: number;
    if (f.value !== null) {
      value = formatNumber(f.value);
      at = f.value;
    } else if (f.low !== null && f.high !== null) {
      value = `${formatNumber(f.low)}-${formatNumber(f.high)}`;
      at = (f.low + f.high) / 2;
    } else continue;
    let v = byValue.get(value);
    if (!v) {
      v = { value, at, figures: 0, outlets: [], claimants: [], first: null, last: null, outletSet: new Set(), claimantSet: new Set() };
      byValue.set(value, v);
    }
    v.figures++;
    if (f.outlet) v.outletSet.add(f.outlet);
    if (f.claimant) v.claimantSet.add(f.claimant.name);
    if (f.date && (!v.first || f.date < v.first)) v.first = f.date;
    if (f.date && (!v.last || f.date > v.last)) v.last = f.date;
  }
  return [...byValue.values()]
    .sort((a, b) => a.at - b.at)
    .map(({ outletSet, claimantSet, ...v }) => ({ ...v, outlets: [...outletSet].sort(), claimants: [...claimantSet].sort() }));
}

export type { Sentence };
