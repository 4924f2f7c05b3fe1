/**
 * The sitrep document model.
 *
 * A document keeps its clean text once. Everything found in it is a stand-off
 * annotation: a `[start, end)` range of UTF-16 code units into `text`, held in
 * a named layer, and recording in `source` which stage (and rule) made it.
 * `offsets` maps clean-text offsets back to the raw input.
 */
import type { OffsetMap } from './offsets.js';

/** Every annotation is a span over the clean text plus the stage/rule that made it. */
export interface Annotation {
  start: number;
  end: number;
  /** `stage` or `stage/rule`, e.g. `sentences/wink`, `figures/range`. */
  source: string;
}

export type Span = [number, number];

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'OTHER';

export interface Sentence extends Annotation {
  /** Index of the paragraph (0-based) the sentence stands in. */
  paragraph: number;
}

export interface Token extends Annotation {
  /** Token text as it stands in the clean text. */
  text: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

/** One mention of a named entity, as recognised in the text. */
export interface EntityMention extends Annotation {
  type: EntityType;
  /** The words of the mention as they stand in the text. */
  text: string;
  /** Key of the in-document entity this mention belongs to (see `LocalEntity.key`); set by resolution. */
  entity?: string;
}

/** One entity within one document: its mentions grouped, its best name, its attributes. */
export interface LocalEntity {
  /** Key unique within the document, e.g. `e0`. */
  key: string;
  /** Best full name found in the document (canonical within the document). */
  name: string;
  type: EntityType;
  /** Mentions in text order (spans into the clean text). */
  mentions: Span[];
  /** Other names used for it within the document ("Peskov", "Mr. Peskov"). */
  aliases: string[];
  /** Roles and affiliations stated in the text, kept apart from the name. */
  attributes: { role?: string; organisation?: string; country?: string };
  /** Corpus-wide canonical id; null until linking has run. */
  id: string | null;
  source: string;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Speaker {
  /** Canonical name (the entity's name when linked, else the words of the attribution). */
  name: string;
  /** Key of the in-document entity (`LocalEntity.key`), or null. */
  entity: string | null;
  /** Words that attribute the quote ("he", "the Kremlin spokesman"), or null. */
  mention: Span | null;
}

export interface Quote extends Annotation {
  /** The quoted words (the content). */
  text: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  /** The cue words ("said", "told reporters"), or null. */
  cue: Span | null;
  /** A stance or action attributed to the speaker rather than words ("backed the plan", "voted"), when so. */
  stance?: boolean;
}

export interface Claimant {
  name: string;
  /** Key of the in-document entity, or null. */
  entity: string | null;
}

export interface Figure extends Annotation {
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string | null;
  unit: string | null;
  /** What is counted, with modifiers ("Russian troops near the border with Ukraine"), or null. */
  about: string | null;
  claimant: Claimant | null;
  /** Normalised key of what is counted, for grouping ("troop" for troops/soldiers, "killed" for dead/deaths). */
  aboutKey?: string | null;
  /** Who the counted things belong to, when stated ("Russia" for "Russian troops"), or null. */
  actor?: string | null;
  /** Where, when stated ("near its border"), or null. */
  place?: string | null;
  /** The counted noun with its modifiers, lemmatised ("telephone call" where `unit` is `call`), when it differs from `unit`. */
  unitPhrase?: string | null;
  /** A paired conversion stated beside the figure ("75 km (50 miles)"): the second quantity. */
  converted?: { text: string; value: number | null; low: number | null; high: number | null; unit: string | null } | null;
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Annotation {
  text: string;
  type: TimeType;
  /** TIMEX3 value: `2022-01-19`, `2021-12`, `2022-W06`, `P2W`, `PAST_REF`… */
  value: string;
  /** TIMEX3 `mod` when the text narrows the value: `START` ("early"), `MID` ("mid-February"), `END` ("late"). */
  mod?: string;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface Published {
  date: string | null;
  precision: DatePrecision | null;
  /** How the date was found: `metadata`, `header-line`, `url`, `dateline`, `text`, … or null. */
  method: string | null;
}

/** A junk piece taken out of the raw text, kept verbatim. */
export interface Removed {
  text: string;
  /** Offsets into the raw text. */
  start: number;
  end: number;
  /** Rule that removed it, e.g. `clean/ad-marker`. */
  rule: string;
}

export type MessageLevel = 'info' | 'warning' | 'error';

/** A message the pipeline attaches to a document; warnings never stop processing. */
export interface Message {
  level: MessageLevel;
  reason: string;
  rule: string;
  place?: Span;
}

/** Where an input came from. */
export interface InputRef {
  path: string;
  /** Line or row number within the file (1-based), or null for a whole file. */
  record: number | null;
}

/** Metadata found in the input before cleaning (fields may be missing). */
export interface RawMeta {
  title?: string | null;
  date?: string | null;
  url?: string | null;
  outlet?: string | null;
  language?: string | null;
  /** Caller-supplied id (e.g. `id` field of a JSONL record). */
  id?: string | null;
}

/** The layers a document can carry. Stages declare which of these they need and add. */
export interface Layers {
  sentences: Sentence[];
  tokens: Token[];
  mentions: EntityMention[];
  entities: LocalEntity[];
  quotes: Quote[];
  figures: Figure[];
  times: TimeExpression[];
}

export type LayerName = keyof Layers;

export interface DocMeta {
  title: string | null;
  url: string | null;
  outlet: string | null;
  credit: string | null;
  published: Published;
  language: string | null;
}

export interface Doc {
  id: string;
  input: InputRef;
  /** The raw body text as read from the input (after decoding), before cleaning. */
  raw: string;
  /** Clean body text: immutable once cleaning has run. */
  readonly text: string;
  /** Clean-text offsets to raw-text offsets. */
  offsets: OffsetMap;
  meta: DocMeta;
  removed: Removed[];
  layers: Partial<Layers>;
  messages: Message[];
}
