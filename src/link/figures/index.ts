/**
 * The figures ledger: comparable figures from many documents side by side, disagreements flagged.
 *
 * Figures are comparable when they count the same thing (`aboutKey`), in the same kind of unit
 * (a count, a currency, percent, a length…), for a compatible actor: two stated actors must be the
 * same ("Russian troops" and "Ukrainian troops" never share a group); a figure with no actor joins
 * the group of the one actor its bucket has, or a group of its own when there are several.
 * Figures without an `aboutKey` (durations, ages, bare numbers) are not compared.
 *
 * Each figure stands for an interval: its range, or its value widened by rounding (2.5% either side)
 * and by its qualifier ("nearly 100,000" is 90,000-100,000; "more than 100,000" is 100,000-130,000).
 * A group disagrees when two of its figures' intervals do not overlap: 100,000 / 130,000 / 175,000
 * disagree; 100,000 / "nearly 100,000" / 98,000 do not. Figures more than four times off the group's median
 * ("2,000 troops" in a group about 100,000) are listed but left out of that comparison.
 *
 * Figures are also kept apart by scope (`scope.ts`): a tally since 2014, a tally since the invasion, or the
 * casualties of one incident, placed by the city its sentence names (and split where reports from that
 * place stop for more than a week). A growing tally and an incident are compared only among figures stated
 * within a few days of each other.
 */
import type { Claimant, Figure } from '../../doc/types.js';
import { comparisonWindow, daysApart, type FigureScope } from './scope.js';

export interface FigureRecord {
  figure: Figure;
  document: string;
  outlet: string | null;
  date: string | null;
  /** What stretch of events the figure counts, from its sentence (`figureScope`), or null. */
  scope?: FigureScope | null;
}

export interface LedgerFigure {
  value: number | null;
  low: number | null;
  high: number | null;
  text: string;
  qualifier: string | null;
  claimant: Claimant | null;
  outlet: string | null;
  date: string | null;
  document: string;
}

export interface LedgerGroup {
  /** What is counted, as most often written ("Russian troops near the border"). */
  about: string;
  /** Normalised key the group was made on ("troop"). */
  aboutKey: string;
  unit: string | null;
  actor: string | null;
  /** Scope key the group was made on ("since-2014", "at:Kramatorsk"), or null. */
  scope: string | null;
  /** Whether figures near the group's median disagree beyond rounding and qualifiers. */
  disagree: boolean;
  /**
   * Whether the figures are on no common scale (a third or more of them over four times off the median, or too
   * few near it): counts of many different things under one word ("people", "countries"), listed but not compared.
   */
  mixed: boolean;
  /** Figures more than four times off the median: listed, not compared. */
  outliers: number;
  /** Smallest and largest value stated (range ends included), or null. */
  spread: { min: number; max: number; ratio: number } | null;
  figures: LedgerFigure[];
}

const ROUNDING = 0.025;
/** How far off the median (as a factor) a figure may be and still be compared with the others. */
const FAR = 4;
/** Figures from which a group on no common scale is taken for a mix rather than rival estimates. */
const MIXED_FROM = 6;

function midOf(f: Pick<Figure, 'value' | 'low' | 'high'>): number | null {
  if (f.value !== null) return f.value;
  if (f.low !== null && f.high !== null) return Math.sqrt(Math.max(f.low, 1e-9) * f.high);
  return null;
}

/** Interval a figure stands for, per its value or range and its qualifier. */
export function figureInterval(f: Pick<Figure, 'value' | 'low' | 'high' | 'qualifier'>): [number, number] | null {
  if (f.value === null) {
    if (f.low !== null && f.high !== null) return [f.low, f.high];
    return null;
  }
  const v = f.value;
  const q = (f.qualifier ?? '').toLowerCase();
  if (/^(nearly|almost|close to|just under)$/.test(q)) return [v * 0.9, v * (1 + ROUNDING)];
  if (/^(more than|over|at least|upwards of|in excess of|just over|well over|above|no fewer than|no less than|not less than|greater than)$/.test(q)) return [v * (1 - ROUNDING), v * 1.3];
  if (/^(as many as|as much as|up to|at most|no more than|not more than|fewer than|less than|under|below)$/.test(q)) return [v * 0.7, v * (1 + ROUNDING)];
  if (/^(about|around|approximately|approx\.|roughly|some|an estimated|estimated|circa|c\.)$/.test(q)) return [v * 0.9, v * 1.1];
  return [v * (1 - ROUNDING), v * (1 + ROUNDING)];
}

function unitClass(f: Figure): string {
  const u = f.unit ?? '';
  if (/^[A-Z]{3}$/.test(u)) return `money:${u}`;
  if (u === 'percent' || u === 'percentage point') return u;
  if (['km', 'mile', 'm', 'km2', 'square mile', 'hectare', 'tonne', 'kg', 'barrel', 'barrel per day', 'm3'].includes(u)) return u;
  return 'count';
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? '';
  let n = 0;
  for (const [v, c] of counts) {
    if (c > n || (c === n && v.length > best.length)) {
      best = v;
      n = c;
    }
  }
  return best;
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** Group comparable figures; groups in order of size (largest first), then by key. */
export function buildLedger(records: FigureRecord[]): LedgerGroup[] {
  const buckets = new Map<string, FigureRecord[]>();
  for (const r of records) {
    const key = r.figure.aboutKey;
    if (!key) continue;
    if (r.figure.value === null && (r.figure.low === null || r.figure.high === null)) continue;
    const b = `${key}\u0000${unitClass(r.figure)}\u0000${r.scope?.key ?? ''}`;
    let list = buckets.get(b);
    if (!list) buckets.set(b, (list = []));
    list.push(r);
  }
  const groups: LedgerGroup[] = [];
  for (const [b, list] of buckets) {
    const [aboutKey] = b.split('\u0000') as [string, string];
    const scope = list[0]!.scope ?? null;
    const byActor = new Map<string | null, FigureRecord[]>();
    for (const r of list) {
      const a = r.figure.actor ?? null;
      let l = byActor.get(a);
      if (!l) byActor.set(a, (l = []));
      l.push(r);
    }
    const actors = [...byActor.keys()].filter((a): a is string => a !== null);
    const unassigned = byActor.get(null) ?? [];
    if (actors.length === 1 && unassigned.length > 0) {
      byActor.get(actors[0]!)!.push(...unassigned);
      byActor.delete(null);
    }
    for (const [actor, members] of byActor) {
      for (const part of scope?.key.startsWith('at:') ? incidents(members) : [members]) groups.push(makeGroup(aboutKey, actor, scope, part));
    }
  }
  // Groups of one quantity first; mixes of many things counted under one word after them.
  groups.sort((a, b) => Number(a.mixed) - Number(b.mixed) || b.figures.length - a.figures.length || a.aboutKey.localeCompare(b.aboutKey) || (a.actor ?? '').localeCompare(b.actor ?? ''));
  return groups;
}

/** Words that say a key in a group's label. */
const KEY_WORDS: Record<string, string[]> = {
  troop: ['troop', 'soldier', 'servicem', 'force', 'personnel', 'marine', 'paratrooper', 'fighter'],
  killed: ['kill', 'dead', 'death', 'fatalit', 'died', 'lives'],
  wounded: ['wound', 'injur'],
};

/** Days without a report that end one incident at a place: later figures there count another one. */
const INCIDENT_GAP_DAYS = 7;

/** Figures placed at one place, split where the reports stop for more than a week (two strikes on one city). */
function incidents(members: FigureRecord[]): FigureRecord[][] {
  const dated = members.filter((r) => r.date).sort((a, b) => a.date!.localeCompare(b.date!));
  const out: FigureRecord[][] = [];
  for (const r of dated) {
    const cur = out[out.length - 1];
    const last = cur?.[cur.length - 1];
    const gap = last ? daysApart(last.date, r.date) : null;
    if (cur && gap !== null && gap <= INCIDENT_GAP_DAYS) cur.push(r);
    else out.push([r]);
  }
  const undated = members.filter((r) => !r.date);
  if (undated.length > 0) out.push(undated);
  return out;
}

function makeGroup(aboutKey: string, actor: string | null, scope: FigureScope | null, members: FigureRecord[]): LedgerGroup {
  const sorted = [...members].sort(
    (a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.document.localeCompare(b.document) || a.figure.start - b.figure.start,
  );
  // Figures far from the group's median (more than FAR times off) are kept but not compared: "2,000 troops"
  // beside "100,000 troops" counts something else (a deployment elsewhere), not a rival estimate.
  const mids = sorted.map((r) => midOf(r.figure)).filter((x): x is number => x !== null && x > 0).sort((a, b) => a - b);
  const median = mids.length > 0 ? mids[Math.floor((mids.length - 1) / 2)]! : null;
  const near = (r: FigureRecord) => {
    const m = midOf(r.figure);
    return median === null || m === null || m <= 0 || (m >= median / FAR && m <= median * FAR);
  };
  let outliers = sorted.filter((r) => !near(r)).length;
  // Only a few far figures are set aside. In a large group where many are far there is no common scale: the group
  // is a mix of different things counted under one word, and nothing in it is compared. A group with neither an
  // actor nor a scope ("troops", "countries", "people killed") says nothing that ties its figures to one set of
  // things: a mix too. A small group with too few figures near each other to set any aside compares them all.
  const spreadOut = outliers > 0 && (sorted.length - outliers < 3 || outliers > sorted.length / 3);
  const mixed = (actor === null && scope === null) || (spreadOut && sorted.length >= MIXED_FROM);
  if (spreadOut) outliers = 0;
  const compared = mixed ? [] : outliers === 0 ? sorted : sorted.filter(near);
  const intervals = compared
    .map((r) => ({ at: figureInterval(r.figure), date: r.date }))
    .filter((x): x is { at: [number, number]; date: string | null } => x.at !== null);
  // A growing tally, one incident or a casualty count of no stated scope: only figures stated within a few days are rivals.
  const window = comparisonWindow(aboutKey, scope);
  const comparable = (a: { date: string | null }, b: { date: string | null }) => {
    if (window === null) return true;
    const d = daysApart(a.date, b.date);
    return d !== null && d <= window;
  };
  let disagree = false;
  for (let i = 0; i < intervals.length && !disagree; i++) {
    for (let j = i + 1; j < intervals.length; j++) {
      if (comparable(intervals[i]!, intervals[j]!) && !overlaps(intervals[i]!.at, intervals[j]!.at)) {
        disagree = true;
        break;
      }
    }
  }
  const stated = sorted.flatMap((r) => (r.figure.value !== null ? [r.figure.value] : [r.figure.low!, r.figure.high!]));
  const min = Math.min(...stated);
  const max = Math.max(...stated);
  const abouts = sorted.map((r) => r.figure.about ?? r.figure.unit ?? aboutKey);
  let about = mostCommon(abouts);
  // "people" alone says nothing of what happened to them: the key says it ("people killed").
  // Words that already say the key ("soldiers" for troop, "deaths" for killed) need no key after them.
  const saysKey = (KEY_WORDS[aboutKey] ?? []).some((w) => about.toLowerCase().includes(w));
  if (aboutKey !== 'person' && !saysKey && !stem(about).includes(stem(aboutKey).slice(0, 5)) && !about.toLowerCase().includes(aboutKey.slice(0, 5))) about = `${about} ${aboutKey}`;
  // The scope's place, unless the label names it already ("troops to Poland").
  const scopePlace = scope?.label.replace(/^in /, '').toLowerCase() ?? '';
  if (scope && !about.toLowerCase().includes(scope.label.toLowerCase()) && !(scope.key.includes(':') && about.toLowerCase().includes(scopePlace))) about = `${about} ${scope.label}`;
  if (actor && !about.toLowerCase().includes(actor.toLowerCase().slice(0, 5))) about = `${about} (${actor})`;
  return {
    about,
    aboutKey,
    unit: mostCommon(sorted.map((r) => r.figure.unit ?? '')) || null,
    actor,
    scope: scope?.key ?? null,
    disagree,
    mixed,
    outliers,
    spread: stated.length > 0 ? { min, max, ratio: min > 0 ? max / min : Infinity } : null,
    figures: sorted.map((r) => ({
      value: r.figure.value,
      low: r.figure.low,
      high: r.figure.high,
      text: r.figure.text,
      qualifier: r.figure.qualifier,
      claimant: r.figure.claimant,
      outlet: r.outlet,
      date: r.date,
      document: r.document,
    })),
  };
}

function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/**
 * Groups matching `text` (`sitrep figures --about TEXT`): every word of the query must occur,
 * singular or plural, in the group's about, key, unit or actor, or in one of its figures' texts.
 * Soldiers and troops match each other through the key. Groups whose own label holds every word come
 * first ("Russian troops" finds the troop groups before a group of people killed that mentions them).
 */
export function filterLedger(groups: LedgerGroup[], text: string): LedgerGroup[] {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(stem);
  if (words.length === 0) return groups;
  const synonyms: Record<string, string> = { soldier: 'troop', serviceman: 'troop', servicemen: 'troop', dead: 'killed', death: 'killed', casualty: 'killed' };
  const terms = (parts: string[]) =>
    new Set(
      parts
        .join(' ')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .map(stem),
    );
  const hasAll = (hay: Set<string>) => words.every((w) => hay.has(w) || hay.has(synonyms[w] ?? '\u0000'));
  const label = (g: LedgerGroup) => terms([g.about, g.aboutKey, g.unit ?? '', g.actor ?? '']);
  const strong: LedgerGroup[] = [];
  const weak: LedgerGroup[] = [];
  for (const g of groups) {
    const own = label(g);
    if (hasAll(own)) strong.push(g);
    else if (hasAll(new Set([...own, ...terms(g.figures.map((f) => f.text))]))) weak.push(g);
  }
  return [...strong, ...weak];
}
