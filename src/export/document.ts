/**
 * A Doc in the exported shape of CONTRACT.md ("One exported document"). Fields not known are
 * null or empty lists, never made up.
 */
import type { Doc, LocalEntity, Span } from '../doc/types.js';
import { sentenceDates } from '../analyze/times/sentence-dates.js';

export interface ExportedDocument {
  id: string;
  input: { path: string; record: string | null };
  url: string | null;
  outlet: string | null;
  credit: string | null;
  title: string | null;
  published: { date: string | null; precision: string | null; method: string | null };
  language: string | null;
  text: string;
  removed: string[];
  duplicate_of: string | null;
  sentences: Span[];
  entities: {
    id: string | null;
    name: string;
    type: string;
    mentions: Span[];
    /** Other names the article uses for it ("Peskov", "Mr. Peskov"). */
    aliases: string[];
    /** Role, organisation and country stated in the article, kept apart from the name. */
    attributes: { role?: string; organisation?: string; country?: string };
  }[];
  quotes: {
    start: number;
    end: number;
    text: string;
    kind: string;
    speaker: { name: string; entity: string | null; mention: Span | null } | null;
    cue: Span | null;
    /** True when what is attributed is a stance or an action ("backed the plan", "voted"), not words. */
    stance: boolean;
    /** Resolved date of the sentence the quote starts in (its first dated time expression, else the publication date). */
    date: string | null;
  }[];
  figures: {
    start: number;
    end: number;
    text: string;
    value: number | null;
    low: number | null;
    high: number | null;
    qualifier: string | null;
    unit: string | null;
    about: string | null;
    claimant: { name: string; entity: string | null } | null;
    /** Resolved date of the sentence the figure stands in. */
    date: string | null;
  }[];
  times: { start: number; end: number; text: string; type: string; value: string }[];
}

export interface CorpusFields {
  duplicateOf?: string | null;
  /** Corpus-wide identities: the id an id now stands for (after merges) and its canonical name. */
  identities?: { resolve(id: string): string; get(id: string): { name: string } | null };
}

/** Corpus-wide id and canonical name of each local entity (null id when linking has not run). */
type ExportedEntity = ExportedDocument['entities'][number];

/**
 * One exported entity per corpus identity: in-article entities the corpus index put under one id ("US" and
 * "United States", a name the recogniser typed twice) are joined — mentions in text order, aliases once,
 * the first entity's type and stated attributes first.
 */
function mergeById(list: ExportedEntity[]): ExportedEntity[] {
  const out: ExportedEntity[] = [];
  const byId = new Map<string, ExportedEntity>();
  for (const e of list) {
    const seen = e.id ? byId.get(e.id) : undefined;
    if (!seen) {
      const copy = { ...e, aliases: [...new Set(e.aliases.filter((a) => a !== e.name))] };
      if (e.id) byId.set(e.id, copy);
      out.push(copy);
      continue;
    }
    seen.mentions = [...seen.mentions, ...e.mentions].sort((a, b) => a[0] - b[0]);
    for (const a of [e.name, ...e.aliases]) if (a !== seen.name && !seen.aliases.includes(a)) seen.aliases.push(a);
    seen.attributes = { ...e.attributes, ...seen.attributes };
  }
  return out;
}

function entityIdMap(entities: LocalEntity[], corpus: CorpusFields): Map<string, { id: string | null; name: string }> {
  return new Map(
    entities.map((e) => {
      if (!e.id || !corpus.identities) return [e.key, { id: e.id, name: e.name }];
      const id = corpus.identities.resolve(e.id);
      return [e.key, { id, name: corpus.identities.get(id)?.name ?? e.name }];
    }),
  );
}

export function exportDocument(doc: Doc, corpus: CorpusFields = {}): ExportedDocument {
  const L = doc.layers;
  const ents = L.entities ?? [];
  const ids = entityIdMap(ents, corpus);
  const idOf = (key: string | null | undefined): string | null => (key ? (ids.get(key)?.id ?? null) : null);
  const dates = sentenceDates(doc);
  const sents = L.sentences ?? [];
  const dateAt = (offset: number): string | null => {
    let lo = 0;
    let hi = sents.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sents[mid]!.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 ? (dates[found] ?? null) : (doc.meta.published.date ?? null);
  };
  const nameOf = (key: string | null | undefined, fallback: string): string => (key ? (ids.get(key)?.name ?? fallback) : fallback);
  return {
    id: doc.id,
    input: { path: doc.input.path, record: doc.input.record === null ? null : String(doc.input.record) },
    url: doc.meta.url,
    outlet: doc.meta.outlet,
    credit: doc.meta.credit,
    title: doc.meta.title,
    published: { ...doc.meta.published },
    language: doc.meta.language,
    text: doc.text,
    removed: doc.removed.map((r) => r.text),
    duplicate_of: corpus.duplicateOf ?? null,
    sentences: (L.sentences ?? []).map((s) => [s.start, s.end]),
    entities: mergeById(
      ents.map((e) => ({
        id: ids.get(e.key)?.id ?? null,
        name: ids.get(e.key)?.name ?? e.name,
        type: e.type,
        mentions: e.mentions.map((m) => [m[0], m[1]] as Span),
        aliases: [...e.aliases, ...(ids.get(e.key)?.name && ids.get(e.key)!.name !== e.name ? [e.name] : [])],
        attributes: { ...e.attributes },
      })),
    ),
    quotes: (L.quotes ?? []).map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.kind,
      speaker: q.speaker
        ? { name: nameOf(q.speaker.entity, q.speaker.name), entity: idOf(q.speaker.entity), mention: q.speaker.mention }
        : null,
      cue: q.cue,
      stance: q.stance === true,
      date: dateAt(q.start),
    })),
    figures: (L.figures ?? []).map((f) => ({
      start: f.start,
      end: f.end,
      text: f.text,
      value: f.value,
      low: f.low,
      high: f.high,
      qualifier: f.qualifier,
      unit: f.unit,
      about: f.about,
      claimant: f.claimant ? { name: nameOf(f.claimant.entity, f.claimant.name), entity: idOf(f.claimant.entity) } : null,
      date: dateAt(f.start),
    })),
    times: (L.times ?? []).map((t) => ({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value })),
  };
}
