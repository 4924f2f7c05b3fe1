/**
 * Calendar arithmetic on plain year/month/day numbers (proleptic Gregorian, no time zones),
 * and the TIMEX3 value formats.
 */

export interface Ymd {
  y: number;
  /** 1..12 */
  m: number;
  /** 1..31 */
  d: number;
}

/** A reference date, possibly only to month or year precision. */
export interface RefDate {
  y: number;
  m: number | null;
  d: number | null;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function parseRef(s: string | null | undefined): RefDate | null {
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : null;
  const d = m[3] ? Number(m[3]) : null;
  if (mo !== null && (mo < 1 || mo > 12)) return null;
  if (d !== null && mo !== null && (d < 1 || d > daysInMonth(y, mo))) return null;
  return { y, m: mo, d };
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

export function validYmd(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days since 1970-01-01. */
export function toDays(t: Ymd): number {
  return Math.floor(Date.UTC(t.y, t.m - 1, t.d) / 86_400_000);
}

export function fromDays(n: number): Ymd {
  const dt = new Date(n * 86_400_000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(t: Ymd, n: number): Ymd {
  return fromDays(toDays(t) + n);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(t: Ymd): number {
  const wd = new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(t: Ymd): { y: number; w: number } {
  const thursday = addDays(t, 4 - isoWeekday(t));
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 });
  return { y: thursday.y, w: Math.floor((toDays(thursday) - jan1) / 7) + 1 };
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1 };
}

export const fmtYear = (y: number): string => pad4(y);
export const fmtMonth = (y: number, m: number): string => `${pad4(y)}-${pad2(m)}`;
export const fmtDay = (t: Ymd): string => `${pad4(t.y)}-${pad2(t.m)}-${pad2(t.d)}`;
export function fmtWeek(t: Ymd): string {
  const w = isoWeek(t);
  return `${pad4(w.y)}-W${pad2(w.w)}`;
}
export const fmtTime = (t: Ymd, h: number, min: number): string => `${fmtDay(t)}T${pad2(h)}:${pad2(min)}`;
export const pad = pad2;
