/**
 * Resolving relative calendar references against a reference date, with the tense of the clause.
 * With no reference date, values stay underspecified in TIMEX3 style (`XXXX-WXX-5`, `XXXX-01`).
 */
import {
  addDays, addMonths, fmtDay, fmtMonth, fmtWeek, fmtYear, isoWeekday, pad, type RefDate, type Ymd,
  validYmd, daysInMonth,
} from './calendar.js';
import type { Tense } from './tense.js';

export type Direction = 'last' | 'next' | 'this' | null;

/** The reference as a full day, when it has day precision. */
export function refDay(ref: RefDate | null): Ymd | null {
  return ref && ref.m !== null && ref.d !== null ? { y: ref.y, m: ref.m, d: ref.d } : null;
}

/** A weekday (1 = Monday) relative to the reference. */
export function weekday(ref: RefDate | null, wd: number, tense: Tense | null, dir: Direction): string {
  const day = refDay(ref);
  if (!day) return `XXXX-WXX-${wd}`;
  const cur = isoWeekday(day);
  let delta: number;
  if (dir === 'last') delta = -(((cur - wd + 6) % 7) + 1); // strictly before
  else if (dir === 'next') delta = ((wd - cur + 6) % 7) + 1; // strictly after
  else if (dir === 'this') delta = wd - cur; // within the current ISO week
  else if (tense === 'future') delta = (wd - cur + 7) % 7;
  else if (tense === 'past' || tense === null) delta = -((cur - wd + 7) % 7); // news reports what happened
  else {
    const back = (cur - wd + 7) % 7;
    const fwd = (wd - cur + 7) % 7;
    delta = back <= fwd ? -back : fwd;
  }
  return fmtDay(addDays(day, delta));
}

/**
 * Pick among candidate years for a month (and day) the one the tense points to: past tense, the latest
 * not after the reference; future, the earliest not before it; no tense, the one in the window from nine
 * months before to three months after the reference (news reports more of the past than of the future).
 */
/** Windows (days from the reference) in which a month or date without a year is placed, by tense. */
const WINDOW = { past: [-320, 45], future: [-45, 320], none: [-280, 93] } as const;

function pickYear(ref: RefDate, month: number, day: number | null, tense: Tense | null, dir: Direction): number {
  const refM = ref.m ?? 6;
  const refD = ref.d ?? 15;
  const sameMonthAsRef = month === refM;
  const dd = day ?? refD;
  if (dir === 'last') return month < refM || (sameMonthAsRef && day !== null && dd < refD) ? ref.y : ref.y - 1;
  if (dir === 'next') return month > refM || (sameMonthAsRef && day !== null && dd > refD) ? ref.y : ref.y + 1;
  if (dir === 'this') return ref.y;
  if (day === null && sameMonthAsRef) return ref.y;
  // Distance in days (approximate months of 31 days are fine here) of the candidate from the reference.
  const diff = (y: number) => (y - ref.y) * 372 + (month - refM) * 31 + (dd - refD);
  const [lo, hi] = tense === 'past' ? WINDOW.past : tense === 'future' ? WINDOW.future : WINDOW.none;
  for (const y of [ref.y, ref.y - 1, ref.y + 1]) {
    const d = diff(y);
    if (d > lo && d <= hi) return y;
  }
  return ref.y;
}

export function monthOnly(ref: RefDate | null, month: number, tense: Tense | null, dir: Direction): string {
  if (!ref) return `XXXX-${pad(month)}`;
  return fmtMonth(pickYear(ref, month, null, tense, dir), month);
}

export function monthDay(ref: RefDate | null, month: number, day: number, tense: Tense | null): string | null {
  if (!ref) return `XXXX-${pad(month)}-${pad(day)}`;
  const y = pickYear(ref, month, day, tense, null);
  if (!validYmd(y, month, day)) return null;
  return fmtDay({ y, m: month, d: day });
}

/** Day offset from the reference day. */
export function dayOffset(ref: RefDate | null, n: number): string {
  const day = refDay(ref);
  if (!day) return 'XXXX-XX-XX';
  return fmtDay(addDays(day, n));
}

/** A calendar unit (week, month, year, …) shifted by `n` from the reference, at that unit's granularity. */
export function unitOffset(ref: RefDate | null, unit: string, n: number): string | null {
  if (!ref) return null;
  const day = refDay(ref);
  switch (unit) {
    case 'day':
      return day ? fmtDay(addDays(day, n)) : null;
    case 'week':
      return day ? fmtWeek(addDays(day, 7 * n)) : null;
    case 'weekend':
      return day ? `${fmtWeek(addDays(day, 7 * n))}-WE` : null;
    case 'month': {
      if (ref.m === null) return null;
      const t = addMonths(ref.y, ref.m, n);
      return fmtMonth(t.y, t.m);
    }
    case 'quarter': {
      if (ref.m === null) return null;
      const t = addMonths(ref.y, ref.m, 3 * n);
      return `${fmtYear(t.y)}-Q${Math.floor((t.m - 1) / 3) + 1}`;
    }
    case 'year':
      return fmtYear(ref.y + n);
    case 'decade':
      return String(Math.floor((ref.y + 10 * n) / 10)).padStart(3, '0');
    case 'century':
      return String(Math.floor((ref.y + 100 * n) / 100)).padStart(2, '0');
    default:
      return null;
  }
}

/** Month that stands for a season when deciding its year. */
const SEASON_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };

export function season(ref: RefDate | null, code: string, tense: Tense | null, dir: Direction): string {
  if (!ref) return `XXXX-${code}`;
  const m = SEASON_MONTH[code] ?? 6;
  const refM = ref.m ?? 6;
  let y = ref.y;
  if (code === 'WI' && refM === 12) {
    // December belongs to the winter of the next year's first months; "this winter" is that one.
    y = ref.y + 1;
    if (dir === 'last') return `${fmtYear(ref.y)}-WI`;
    if (dir === 'next') return `${fmtYear(ref.y + 2)}-WI`;
    return `${fmtYear(y)}-WI`;
  }
  const inSeason = Math.abs(m - refM) <= 1;
  if (dir === 'last') y = inSeason || m < refM ? (inSeason ? ref.y - 1 : ref.y) : ref.y - 1;
  else if (dir === 'next') y = m > refM && !inSeason ? ref.y : ref.y + 1;
  else if (dir === 'this') y = ref.y;
  else if (tense === 'past') y = m <= refM + 1 ? ref.y : ref.y - 1;
  else if (tense === 'future') y = m >= refM - 1 ? ref.y : ref.y + 1;
  return `${fmtYear(y)}-${code}`;
}

export function quarter(ref: RefDate | null, q: number, tense: Tense | null, year: number | null): string {
  if (year !== null) return `${fmtYear(year)}-Q${q}`;
  if (!ref) return `XXXX-Q${q}`;
  const cur = ref.m !== null ? Math.floor((ref.m - 1) / 3) + 1 : 4;
  let y = ref.y;
  if (q > cur && tense !== 'future') y = ref.y - 1;
  return `${fmtYear(y)}-Q${q}`;
}

/** The last quarter that has ended before the reference date. */
export function latestQuarter(ref: RefDate | null): string | null {
  if (!ref || ref.m === null) return null;
  const cur = Math.floor((ref.m - 1) / 3) + 1;
  return cur === 1 ? `${fmtYear(ref.y - 1)}-Q4` : `${fmtYear(ref.y)}-Q${cur - 1}`;
}

/** The ISO week of the n-th week of a month: the week that holds its day 7n - 6 (`-1`: the last week, holding its day 22 of 28 or later). */
export function weekOfMonth(y: number, month: number, n: number): string {
  if (n === -1) return fmtWeek({ y, m: month, d: daysInMonth(y, month) - 6 });
  return fmtWeek({ y, m: month, d: Math.min(7 * n - 6, 28) });
}
