/**
 * The publication date of an article, from the evidence at hand, strongest first:
 *
 * 1. `metadata`: the record's own date field, in any common format (`normalizeDate`).
 * 2. `header-line`: a date standing alone (or after "Published:", "Updated:") in the first lines of the text.
 * 3. `url`: `/2022/01/20/`, `/2022/1/20/`, `/20220120/`, `/n3/2022/0120/`, `…-2022-01-20/`; month only: `/2022/01/`.
 * 4. `dateline`: "KIEV, December 1. /TASS/.", "WASHINGTON, Feb. 24 (Xinhua) --". Most datelines have no year:
 *    it is taken from a month-precision URL of the same month (`url+dateline`), else from the caller's `near`
 *    date (the year that puts the day nearest to it). Otherwise no date. The text is no help here: the years
 *    a text mentions are mostly the past it talks about (tried on CSLI: the latest year mentioned, and the
 *    year in which the dateline's day has the weekday the opening names, were both wrong about a third of the
 *    time).
 * 5. `text`: a full date (day, month and year) in the opening (first 150 characters), when it is the latest
 *    full date in the text and not a photo caption's date ("Russia March 27, 2019. REUTERS/...").
 *
 * Otherwise `{date: null, precision: null, method: null}`: no guess, and never the ingestion date.
 */
import type { DatePrecision, Published } from '../../doc/types.js';
import { fmtDay, fmtMonth, fmtYear, validYmd } from './calendar.js';
import { MONTHS, WEEKDAYS, alt } from './lexicon.js';

export interface NormalizedDate {
  date: string;
  precision: DatePrecision;
}

const MONTH_RE = alt(Object.keys(MONTHS));
const WEEKDAY_RE = alt(Object.keys(WEEKDAYS));
const okYear = (y: number): boolean => y >= 1900 && y <= 2100;

function day(y: number, m: number, d: number): NormalizedDate | null {
  return okYear(y) && validYmd(y, m, d) ? { date: fmtDay({ y, m, d }), precision: 'day' } : null;
}
function month(y: number, m: number): NormalizedDate | null {
  return okYear(y) && m >= 1 && m <= 12 ? { date: fmtMonth(y, m), precision: 'month' } : null;
}
const monthNum = (s: string): number => MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0;

/**
 * A metadata date string to `YYYY-MM-DD` / `YYYY-MM` / `YYYY` with its precision, or null.
 * Accepts `20220120`, `2022-01-20`, `2022/01/20`, ISO 8601 with time and zone (the date as written),
 * `Jan 20, 2022`, `January 20 2022`, `20 January 2022`, RFC 2822 (`Thu, 20 Jan 2022 10:00:00 +0000`),
 * `01/20/2022` (US order, or day first when the first number is over 12), `January 2022`, `2022-01`, `2022`.
 */
export function normalizeDate(input: string): NormalizedDate | null {
  const s = input.trim().slice(0, 200);
  if (!s) return null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})(\d{2})(\d{2})(?:T?\d{2,6}(?:\.\d+)?Z?)?$/.exec(s))) return day(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s]\d)/.exec(s))) return day(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /^(\d{4})-(\d{2})$/.exec(s))) return month(+m[1]!, +m[2]!);
  if ((m = /^(\d{4})$/.exec(s))) return okYear(+m[1]!) ? { date: fmtYear(+m[1]!), precision: 'year' } : null;
  const t = s.replace(new RegExp(`^(?:${WEEKDAY_RE})\\.?,?\\s+`, 'i'), '');
  if ((m = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})\\.?,?\\s+(\\d{4})\\b`, 'i').exec(t))) {
    return day(+m[3]!, monthNum(m[2]!), +m[1]!);
  }
  if ((m = new RegExp(`^(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i').exec(t))) {
    return day(+m[3]!, monthNum(m[1]!), +m[2]!);
  }
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(t))) {
    const a = +m[1]!, b = +m[2]!, y = +m[3]!;
    return a > 12 ? day(y, b, a) : day(y, a, b);
  }
  if ((m = new RegExp(`^(${MONTH_RE})\\.?,?\\s+(\\d{4})$`, 'i').exec(t))) return month(+m[2]!, monthNum(m[1]!));
  return null;
}

/** A date in a URL, with its precision. */
export function dateFromUrl(url: string): NormalizedDate | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  path = path.slice(0, 2000);
  let m: RegExpExecArray | null;
  if ((m = /(?:^|\/)((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?:\/|$|[^\d])/.exec(path))) return day(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /(?:^|\/)((?:19|20)\d\d)\/(\d{2})(\d{2})(?:\/|$)/.exec(path))) return day(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /(?:^|[/_-])((?:19|20)\d\d)-(\d{2})-(\d{2})(?:$|[^\d])/.exec(path))) return day(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /(?:^|[/_-])((?:19|20)\d\d)(\d{2})(\d{2})(?:$|[/_.-])/.exec(path))) return day(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /(?:^|\/)((?:19|20)\d\d)\/(\d{1,2})(?:\/|$)/.exec(path))) return month(+m[1]!, +m[2]!);
  return null;
}

/** A date alone on one of the first lines of the text ("20220120", "Published: Jan 20, 2022"). */
export function dateFromHeader(text: string): NormalizedDate | null {
  const lines = text.slice(0, 1000).split('\n').slice(0, 6);
  for (const line of lines) {
    const l = line.trim().replace(/^(?:published|updated|posted|date|dated|last\s+updated)\s*(?:on)?\s*:?\s*/i, '');
    if (!l || l.length > 60) continue;
    const n = normalizeDate(l.replace(/\s*[|,]?\s*\d{1,2}:\d{2}.*$/, ''));
    if (n && n.precision !== 'year') return n;
  }
  return null;
}

export interface Dateline {
  month: number;
  day: number;
  /** The year, when the dateline states it ("WASHINGTON, Oct. 22, 2021 (GLOBE NEWSWIRE) --"). */
  year: number | null;
}

const DATELINE = new RegExp(
  `^\\s*[A-Z][A-Za-z.'’ -]{1,40}(?:,\\s*[A-Z][A-Za-z. ]{1,25})?,\\s*(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:\\s*,\\s*((?:19|20)\\d\\d))?\\s*(?:[./(]|--|—)`,
  'i',
);

/** The month and day of a dateline at the start of the text ("KIEV, December 1. /TASS/."). */
export function dateline(text: string): Dateline | null {
  const m = DATELINE.exec(text.slice(0, 120));
  if (!m) return null;
  const mo = monthNum(m[1]!);
  const d = +m[2]!;
  return mo && d >= 1 && d <= 31 ? { month: mo, day: d, year: m[3] ? +m[3] : null } : null;
}

/** Full dates (day, month, year) the text states, with their offsets. */
export function fullDatesInText(text: string): { date: string; at: number }[] {
  const out: { date: string; at: number }[] = [];
  const t = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const res = [
    new RegExp(`\\b(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)(?!\\d)`, 'gi'),
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})\\.?,?\\s+((?:19|20)\\d\\d)(?!\\d)`, 'gi'),
  ];
  res.forEach((re, i) => {
    let m: RegExpExecArray | null;
    while ((m = re.exec(t)) !== null) {
      const mo = monthNum(i === 0 ? m[1]! : m[2]!);
      const d = +(i === 0 ? m[2]! : m[1]!);
      const n = day(+m[3]!, mo, d);
      if (n) out.push({ date: n.date, at: m.index });
    }
  });
  return out.sort((a, b) => a.at - b.at);
}

/** The year that puts a month and day nearest to a known date. */
function yearNear(near: string, month: number, day: number): number | null {
  const n = normalizeDate(near);
  if (!n) return null;
  const y0 = +n.date.slice(0, 4);
  const t = Date.parse(n.precision === 'day' ? n.date : `${n.date.slice(0, 7)}-15`.slice(0, 10));
  let best: number | null = null;
  let bestDist = Infinity;
  for (const y of [y0 - 1, y0, y0 + 1]) {
    if (!validYmd(y, month, day)) continue;
    const d = Math.abs(Date.UTC(y, month - 1, day) - t);
    if (d < bestDist) {
      best = y;
      bestDist = d;
    }
  }
  return best;
}

/** Words after a date that show it belongs to a photo caption. */
const CAPTION = /REUTERS\/|\/AFP|\bAP Photo|\bphoto\b|\bpicture\b|\bfile\b|Getty|\(Photo/i;

export interface PublishedInput {
  metaDate?: string | null;
  headerDate?: string | null;
  url?: string | null;
  text: string;
  title?: string | null;
  /**
   * A date known to be close to the publication (the feed's date, the neighbouring records of the same
   * source), used only to give a yearless dateline its year. Never the ingestion date.
   */
  near?: string | null;
}

const NONE: Published = { date: null, precision: null, method: null };

export function inferPublished(input: PublishedInput): Published {
  const found = (n: NormalizedDate | null, method: string): Published | null =>
    n ? { date: n.date, precision: n.precision, method } : null;
  if (input.metaDate) {
    const r = found(normalizeDate(input.metaDate), 'metadata');
    if (r) return r;
  }
  if (input.headerDate) {
    const r = found(normalizeDate(input.headerDate), 'header-line');
    if (r) return r;
  }
  const text = input.text ?? '';
  const header = found(dateFromHeader(text), 'header-line');
  if (header && header.precision === 'day') return header;
  const fromUrl = input.url ? dateFromUrl(input.url) : null;
  if (fromUrl && fromUrl.precision === 'day') return { ...fromUrl, method: 'url' };
  const dl = dateline(text);
  if (dl && dl.year !== null && validYmd(dl.year, dl.month, dl.day)) {
    return { date: fmtDay({ y: dl.year, m: dl.month, d: dl.day }), precision: 'day', method: 'dateline' };
  }
  if (dl) {
    if (fromUrl && fromUrl.precision === 'month') {
      const [y, m] = fromUrl.date.split('-').map(Number) as [number, number];
      if (m === dl.month && validYmd(y, m, dl.day)) return { date: fmtDay({ y, m, d: dl.day }), precision: 'day', method: 'url+dateline' };
    }
    const y = input.near ? yearNear(input.near, dl.month, dl.day) : null;
    if (y !== null && validYmd(y, dl.month, dl.day)) return { date: fmtDay({ y, m: dl.month, d: dl.day }), precision: 'day', method: 'dateline' };
  }
  if (header) return header;
  if (fromUrl) return { ...fromUrl, method: 'url' };
  const dates = fullDatesInText(text);
  if (dates.length > 0) {
    const latest = dates.reduce((a, b) => (a.date >= b.date ? a : b));
    const first = dates[0]!;
    // Strong: the opening states the date, it is the latest full date of the text, and it is not a photo
    // caption's date ("... Russia March 27, 2019. REUTERS/...") or an event's clock time ("At 1:23 am on ...").
    const after = text.slice(first.at, first.at + 90);
    const before = text.slice(Math.max(0, first.at - 25), first.at);
    if (first.at < 150 && first.date === latest.date && !CAPTION.test(after) && !/\d:\d\d\s*[ap]\.?m\.?\s+on\s+$/i.test(before)) {
      return { date: first.date, precision: 'day', method: 'text' };
    }
  }
  return NONE;
}
