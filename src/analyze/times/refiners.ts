/**
 * Refiners: each takes the list of proposals (sorted by start) and returns a new list.
 * They run in order: drop what stands in links, merge, drop overlaps, merge clock times with their days,
 * resolve anchored expressions against the last date before them.
 */
import type { DetectContext, Proposal } from './detectors.js';

export type Refiner = (list: Proposal[], ctx: DetectContext) => Proposal[];

const byStart = (a: Proposal, b: Proposal): number =>
  a.start - b.start || b.end - b.start - (a.end - a.start) || b.priority - a.priority;

/** The first proposal after `a` (in start order) starting at most `gap` characters after it that passes `ok`. */
function nextWithin(sorted: Proposal[], a: Proposal, gap: number, ok: (p: Proposal) => boolean): Proposal | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < a.end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && sorted[i]!.start - a.end <= gap; i++) {
    if (sorted[i] !== a && ok(sorted[i]!)) return sorted[i];
  }
  return undefined;
}

/**
 * "Friday (Jan. 21)", "Friday, Jan. 21", "Jan. 21 (Friday)": a weekday next to an explicit date is one
 * expression, valued as the explicit date.
 */
export const mergeWeekdayDate: Refiner = (list, ctx) => {
  const sorted = [...list].sort(byStart);
  const out: Proposal[] = [];
  const used = new Set<Proposal>();
  for (const a of sorted) {
    if (used.has(a)) continue;
    if (a.source === 'times/weekday' && a.type === 'DATE') {
      const b = nextWithin(sorted, a, 3, (p) =>
        !used.has(p) && /^\s*(?:\(|,)?\s*$/.test(ctx.text.slice(a.end, p.start)) && /^\d{4}-\d{2}-\d{2}/.test(p.value));
      if (b) {
        let end = b.end;
        if (ctx.text.slice(a.end, b.start).includes('(') && ctx.text[end] === ')') end++;
        used.add(b);
        out.push({ ...b, start: a.start, end, text: ctx.text.slice(a.start, end), source: `${b.source}+weekday` });
        continue;
      }
    }
    out.push(a);
  }
  return out;
};

/**
 * "10 p.m. Wednesday", "noon Thursday", "Friday at 5 p.m.": a clock time next to a day is one TIME expression
 * on that day.
 */
export const mergeDateTime: Refiner = (list, ctx) => {
  const sorted = [...list].sort(byStart);
  const used = new Set<Proposal>();
  const out: Proposal[] = [];
  const isClock = (p: Proposal) => p.type === 'TIME' && /T\d\d:\d\d$/.test(p.value);
  const isDay = (p: Proposal) => p.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(p.value);
  for (const a of sorted) {
    if (used.has(a)) continue;
    const b = nextWithin(sorted, a, 12, (p) =>
      !used.has(p) && ((isClock(a) && isDay(p)) || (isDay(a) && isClock(p))) &&
        /^(?:\s*,?\s*(?:on|at|of)?\s*(?:[A-Z]{3}|local\s+time)?\s*,?\s*)$/.test(ctx.text.slice(a.end, p.start)));
    if (b) {
      used.add(b);
      const clock = isClock(a) ? a : b;
      const day = isClock(a) ? b : a;
      out.push({
        ...clock,
        start: a.start,
        end: b.end,
        text: ctx.text.slice(a.start, b.end),
        value: `${day.value}${clock.value.slice(10)}`,
        type: 'TIME',
        source: `${clock.source}+${day.source.replace(/^times\//, '')}`,
      });
      continue;
    }
    out.push(a);
  }
  return out;
};

/** Of overlapping proposals keep the longest (then the one of higher priority, then the first). */
export const dropOverlaps: Refiner = (list, ctx) => {
  const sorted = [...list].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const taken = new Uint8Array(ctx.text.length + 1);
  const kept: Proposal[] = [];
  for (const p of sorted) {
    let free = true;
    for (let i = p.start; i < p.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, p.start, p.end);
    kept.push(p);
  }
  return kept.sort(byStart);
};

/** Nothing inside a URL or an e-mail address is a time expression ("/Detail/2022/01/20/..."). */
export const dropInLinks: Refiner = (list, ctx) => {
  const links: [number, number][] = [];
  // Bounded repeats before the anchors (":\/\/", "@") keep this linear on long lines without spaces.
  const re = /(?:\b[a-z][a-z0-9+.-]{0,20}:\/\/|\bwww\.)[^\s<>"]+|[^\s@<>"]{1,64}@[^\s@<>"]+\.[a-z]{2,}/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text)) !== null) links.push([m.index, m.index + m[0].length]);
  if (links.length === 0) return list;
  return list.filter((p) => {
    // links are in text order: binary search the last one starting before p.end
    let lo = 0;
    let hi = links.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (links[mid]![0] < p.end) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 || links[lo - 1]![1] <= p.start;
  });
};

/**
 * Anchored expressions (`@day+1` from "the next day", `@year+0` from "that year") take the last date
 * mentioned before them in the text, at their unit's granularity; with no such date they are dropped.
 */
export const resolveAnchored: Refiner = (list) => {
  const out: Proposal[] = [];
  let lastDay: string | null = null;
  let lastMonth: string | null = null;
  let lastYear: string | null = null;
  for (const p of [...list].sort(byStart)) {
    const a = /^@(day|month|year)([+-]\d+)$/.exec(p.value);
    if (!a) {
      if (p.type === 'DATE' || p.type === 'TIME') {
        const d = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(p.value);
        if (d) {
          lastYear = d[1]!;
          lastMonth = d[2] ? `${d[1]}-${d[2]}` : null;
          lastDay = d[3] ? `${d[1]}-${d[2]}-${d[3]}` : null;
        }
      }
      out.push(p);
      continue;
    }
    const n = Number(a[2]);
    let value: string | null = null;
    if (a[1] === 'day' && lastDay) {
      const t = new Date(Date.parse(`${lastDay}T00:00:00Z`) + n * 86_400_000);
      value = t.toISOString().slice(0, 10);
    } else if (a[1] === 'month' && lastMonth) {
      const [y, m] = lastMonth.split('-').map(Number) as [number, number];
      const k = y * 12 + (m - 1) + n;
      value = `${String(Math.floor(k / 12)).padStart(4, '0')}-${String((k % 12) + 1).padStart(2, '0')}`;
    } else if (a[1] === 'year' && lastYear) {
      value = String(Number(lastYear) + n).padStart(4, '0');
    }
    if (value) out.push({ ...p, value });
  }
  return out;
};

/** Characters after a date with its year within which a date without one is read in the same year. */
const NARRATIVE_GAP = 300;

/**
 * "They held a referendum on March 16, 2014 … The documents were ratified on March 21.": a day and month
 * without a year, a few weeks after a date of another year stated just before it in the same paragraph, is in
 * that year (a reader follows the story's own dates, not the article's).
 */
export const narrativeYear: Refiner = (list, ctx) => {
  let last: { y: string; m: number; end: number } | null = null;
  return [...list].sort(byStart).map((p) => {
    const d = /^(\d{4})-(\d{2})-\d{2}$/.exec(p.value);
    if (p.type !== 'DATE' || !d) return p;
    const m = Number(d[2]);
    // Only a full date with its year sets the story's year ("the August 1988 cease-fire" does not).
    if (/\b\d{4}\b/.test(p.text)) {
      last = { y: d[1]!, m, end: p.end };
      return p;
    }
    const prev: { y: string; m: number; end: number } | null = last;
    if (
      prev &&
      /^times\/(?:month-day|day-month)$/.test(p.source) &&
      prev.y !== d[1] &&
      p.start - prev.end <= NARRATIVE_GAP &&
      !ctx.text.slice(prev.end, p.start).includes('\n') &&
      m >= prev.m &&
      m - prev.m <= 2
    ) {
      return { ...p, value: `${prev.y}${p.value.slice(4)}`, source: `${p.source}+narrative` };
    }
    return p;
  });
};

export const DEFAULT_REFINERS: readonly Refiner[] = [dropInLinks, mergeWeekdayDate, dropOverlaps, mergeDateTime, resolveAnchored, narrativeYear];
