/**
 * Header lines at the very top of a scraped text file: a title line, a date line, a URL line.
 *
 * The header is detected, never assumed: a first line only counts as a title when something
 * confirms it (a date or URL line follows, the same line is repeated, it equals the given title,
 * or — without a given title — it is headline-shaped and a body paragraph follows).
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s)?';
const PREFIX = '(?:(?:Published|Posted|Updated|Last updated|Date)(?: on)?\\s?:?\\s)?';
const TIME = '(?:,?\\s(?:at\\s)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s?[ap]\\.?m\\.?)?(?:\\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|MSK|ET|[+-]\\d{2}:?\\d{2}))?)?';

const DATE_PATTERNS: { re: RegExp; ymd: (m: RegExpExecArray) => [number, number, number] }[] = [
  // 20220120
  { re: /^(\d{4})(\d{2})(\d{2})$/, ymd: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // 2022-01-20, 2022/01/20, 2022.01.20, optionally with a time
  {
    re: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
    ymd: (m) => [+m[1]!, +m[2]!, +m[3]!],
  },
  // 20.01.2022 (day first), 1/20/2022 or 20/1/2022 (day first only when the first number cannot be a month)
  { re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, ymd: (m) => [+m[3]!, +m[2]!, +m[1]!] },
  { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, ymd: (m) => (+m[1]! > 12 ? [+m[3]!, +m[2]!, +m[1]!] : [+m[3]!, +m[1]!, +m[2]!]) },
  // January 20, 2022 / Jan. 20 2022 / Thursday, January 20, 2022 10:45 GMT
  {
    re: new RegExp(`^${PREFIX}${WEEKDAY}${MONTH}\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4})${TIME}$`, 'i'),
    ymd: (m) => [+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!],
  },
  // 20 January 2022 / Thursday 20 Jan 2022
  {
    re: new RegExp(`^${PREFIX}${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s${MONTH}\\.?,?\\s(\\d{4})${TIME}$`, 'i'),
    ymd: (m) => [+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!],
  },
];

/** ISO date (YYYY-MM-DD) for a line that is only a date, else null. */
export function parseDateLine(line: string): string | null {
  if (line.length > 80) return null;
  for (const { re, ymd } of DATE_PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const [y, mo, d] = ymd(m);
    if (y < 1900 || y > 2100 || !mo || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    const dt = new Date(Date.UTC(y, mo - 1, d));
    if (dt.getUTCMonth() !== mo - 1) return null;
    return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}

/** True for a line that is only a URL. */
export function isUrlLine(line: string): boolean {
  return line.length <= 2048 && /^(?:https?:\/\/|www\.)[^\s]{3,2040}$/i.test(line);
}

/** Lowercase letters and digits only, for comparing titles. */
export function titleKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when a body line repeats the title (exactly, or the title with an outlet suffix, or cut short). */
export function sameTitle(line: string, title: string): boolean {
  const a = titleKey(line);
  const b = titleKey(title);
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 20 && long.startsWith(short) && short.length >= 0.7 * long.length;
}

/** A line that looks like a headline: short, starts with a capital or digit, no closing full stop. */
export function isHeadlineShaped(line: string): boolean {
  if (line.length < 12 || line.length > 220) return false;
  if (!/^[\p{Lu}\p{N}“"‘'«]/u.test(line)) return false;
  if (/[.:;,]$/.test(line)) return false;
  const words = line.split(' ').length;
  return words >= 3 && words <= 30;
}
