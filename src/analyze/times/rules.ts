/**
 * The project's own time detectors, as data: each rule is a name, a pattern, a type and a resolver.
 *
 * Patterns match the time expression itself, without the preposition before it ("on Wednesday" gives
 * the span "Wednesday"), as TimeML does; context that must hold around the expression is written as
 * look-behind or look-ahead. Month and weekday names must be capitalised. Every pattern is linear:
 * no nested quantifiers, so long hostile lines cannot make them backtrack.
 */
import type { TimeType } from '../../doc/types.js';
import { fmtDay, fmtMonth, fmtYear, validYmd, type RefDate } from './calendar.js';
import {
  COUNT_NOUNS, DAY_PARTS, MODS, MONTHS, NUMBER_WORDS, ORDINALS, SEASONS, UNITS, WEEKDAYS, alt,
} from './lexicon.js';
import {
  dayOffset, latestQuarter, monthDay, monthOnly, quarter, refDay, season, unitOffset, weekday, weekOfMonth,
  type Direction,
} from './resolve.js';
import type { Tense } from './tense.js';

export interface RuleContext {
  text: string;
  ref: RefDate | null;
  /** Tense of the clause around `[start, end)`. */
  tense(start: number, end: number): Tense | null;
}

export interface Resolved {
  value: string;
  type?: TimeType;
  mod?: string;
}

export interface Rule {
  name: string;
  type: TimeType;
  pattern: RegExp;
  resolve(m: RegExpExecArray, ctx: RuleContext, start: number, end: number): Resolved | null;
}

const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const FULL_MONTHS = Object.keys(MONTHS).filter((k) => k.length > 4 || ['may', 'june', 'july'].includes(k));
const ABBR_MONTHS = Object.keys(MONTHS).filter((k) => !FULL_MONTHS.includes(k));
/** A month name, full or abbreviated (`Jan.`), capitalised or in capitals. */
const MON = `(?:${alt(FULL_MONTHS.map(cap))}|${alt(FULL_MONTHS.map((w) => w.toUpperCase()))}|(?:${alt(ABBR_MONTHS.map(cap))})\\b\\.?)`;
/** A full month name, capitalised. */
const MON_FULL = `(?:${alt(FULL_MONTHS.map(cap))})`;
const WD_FULL = `(?:${alt(Object.keys(WEEKDAYS).filter((k) => k.endsWith('day')).map(cap))})`;
const DAY = `(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = `(?:1[89]\\d\\d|20\\d\\d)`;
const NUMW = alt(Object.keys(NUMBER_WORDS));
const NUM = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+1/2|\\s*½)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine)\\b|(?:${NUMW}))`;
const UNIT = `(?:${alt(Object.keys(UNITS))})`;
const PART = `(?:${alt(Object.keys(DAY_PARTS))})`;
const SEASON = `(?:${alt(Object.keys(SEASONS))})`;

const monthOf = (s: string): number => MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0;
const weekdayOf = (s: string): number => WEEKDAYS[s.toLowerCase()] ?? 0;
const dayNum = (s: string): number => parseInt(s, 10);

/** A number phrase to a number, or null when vague ("several"). */
export function numberOf(s: string): number | null | undefined {
  const t = s.toLowerCase().replace(/\s+/g, ' ').replace(/,/g, '');
  const half = /^(\d+)(?:\s+1\/2|\s*½)$/.exec(t);
  if (half) return Number(half[1]) + 0.5;
  if (/^\d/.test(t)) return Number(t);
  if (t in NUMBER_WORDS) return NUMBER_WORDS[t];
  const parts = t.split(/[ -]/);
  if (parts.length === 2 && parts[0]! in NUMBER_WORDS && parts[1]! in NUMBER_WORDS) {
    const a = NUMBER_WORDS[parts[0]!];
    const b = NUMBER_WORDS[parts[1]!];
    if (a != null && b != null) return a + b;
  }
  return undefined;
}

function unitOf(s: string) {
  const k = s.toLowerCase().replace(/s$/, '');
  return { key: k === 'centurie' ? 'century' : k, unit: UNITS[k] };
}

/** TIMEX3 duration for `n` units (`null`: unspecified, `X`). */
export function durationValue(n: number | null, unitWord: string): string | null {
  const { unit } = unitOf(unitWord);
  if (!unit) return null;
  const total = n === null ? null : n * unit.times;
  if (total !== null && !Number.isInteger(total)) {
    // "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M: the fraction goes to the next smaller unit.
    const smaller: Record<string, [string, number, boolean]> = { Y: ['M', 12, false], M: ['D', 30, false], W: ['D', 7, false], D: ['H', 24, true], H: ['M', 60, true], Q: ['M', 3, false] };
    const sm = smaller[unit.letter];
    if (sm) {
      const whole = Math.floor(total);
      const rest = Math.round((total - whole) * sm[1]);
      const head = unit.time ? `PT${whole}${unit.letter}` : `P${whole}${unit.letter}`;
      return sm[2] && !unit.time ? `${head}T${rest}${sm[0]}` : `${head}${rest}${sm[0]}`;
    }
  }
  const amount = total === null ? 'X' : String(+total.toFixed(3));
  return unit.time ? `PT${amount}${unit.letter}` : `P${amount}${unit.letter}`;
}

function direction(s: string | undefined): Direction {
  if (!s) return null;
  const t = s.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:last|past|previous|the last|the past|the previous)$/.test(t)) return 'last';
  if (/^(?:next|coming|the next|the coming|the following)$/.test(t)) return 'next';
  if (/^(?:this|the current|current)$/.test(t)) return 'this';
  return null;
}

function modOf(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.toLowerCase().replace(/\s+/g, ' ').replace(/-$/, '').trim();
  return MODS[t];
}

/** Days of the week of the reference, for day-part expressions. */
function withPart(date: string, part: string | undefined): Resolved {
  if (!part) return { value: date };
  const code = DAY_PARTS[part.toLowerCase()];
  return code && !date.startsWith('X') ? { value: `${date}T${code}`, type: 'TIME' } : { value: date };
}

const r = (source: string, flags = 'g'): RegExp => new RegExp(source, flags);

export const RULES: Rule[] = [
  {
    name: 'iso-date',
    type: 'DATE',
    pattern: r(`(?<![\\d-])(${YEAR})-(0[1-9]|1[0-2])-([0-2]\\d|3[01])(?:[T ]([01]\\d|2[0-3]):([0-5]\\d))?(?![\\d-])`),
    resolve(m) {
      const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
      if (!validYmd(y, mo, d)) return null;
      if (m[4]) return { value: `${fmtDay({ y, m: mo, d })}T${m[4]}:${m[5]}`, type: 'TIME' };
      return { value: fmtDay({ y, m: mo, d }) };
    },
  },
  {
    // "Jan. 21", "January 21, 2022", "March 8th"
    name: 'month-day',
    type: 'DATE',
    pattern: r(`\\b(${MON})\\s*(${DAY})(?![\\d:]|,\\d|\\.\\d)(?:(?:\\s*,\\s*|\\s+)(${YEAR})(?!\\d))?`),
    resolve(m, ctx, s, e) {
      const mo = monthOf(m[1]!);
      const d = dayNum(m[2]!);
      if (m[3]) {
        const y = +m[3];
        return validYmd(y, mo, d) ? { value: fmtDay({ y, m: mo, d }) } : null;
      }
      const v = monthDay(ctx.ref, mo, d, ctx.tense(s, e));
      return v ? { value: v } : null;
    },
  },
  {
    // "21 January 2022", "the 21st of January"
    name: 'day-month',
    type: 'DATE',
    pattern: r(`(?<![\\d,.])(${DAY})\\s+(?:of\\s+)?(${MON})(?:,?\\s+(${YEAR})(?!\\d))?`),
    resolve(m, ctx, s, e) {
      const mo = monthOf(m[2]!);
      const d = dayNum(m[1]!);
      if (m[3]) {
        const y = +m[3];
        return validYmd(y, mo, d) ? { value: fmtDay({ y, m: mo, d }) } : null;
      }
      const v = monthDay(ctx.ref, mo, d, ctx.tense(s, e));
      return v ? { value: v } : null;
    },
  },
  {
    // "in the second week of February"
    name: 'week-of-month',
    type: 'DATE',
    pattern: r(`\\b(?:the\\s+)?(first|second|third|fourth|last|final|1st|2nd|3rd|4th)\\s+week\\s+of\\s+(${MON_FULL})(?:,?\\s+(${YEAR}))?`, 'gi'),
    resolve(m, ctx, s, e) {
      const mo = monthOf(m[2]!);
      if (!mo) return null;
      const n = ORDINALS[m[1]!.toLowerCase()] ?? 1;
      let y: number | null = m[3] ? +m[3] : null;
      if (y === null) {
        const v = monthOnly(ctx.ref, mo, ctx.tense(s, e), null);
        if (v.startsWith('X')) return null;
        y = +v.slice(0, 4);
      }
      return { value: weekOfMonth(y, mo, n) };
    },
  },
  {
    // "mid-February", "late November", "early 2014", "the end of March"
    name: 'mod-month-year',
    type: 'DATE',
    pattern: r(`\\b(early|late|mid-?|the\\s+(?:beginning|start|end|middle)\\s+of|the\\s+(?:first|second)\\s+half\\s+of)\\s*(?:(${MON_FULL})(?:,?\\s+(${YEAR}))?|(${YEAR}))(?![\\d-])`, 'g'),
    resolve(m, ctx, s, e) {
      const mod = modOf(m[1]);
      if (m[4]) return { value: m[4], mod };
      const mo = monthOf(m[2]!);
      if (m[3]) return { value: fmtMonth(+m[3], mo), mod };
      return { value: monthOnly(ctx.ref, mo, ctx.tense(s, e), null), mod };
    },
  },
  {
    // "January 2022", "last November", "in May"
    name: 'month',
    type: 'DATE',
    pattern: r(`(?:\\b([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\\s+)?\\b(${MON_FULL})(?:,?\\s+(?:of\\s+)?(${YEAR})(?!\\d)|\\s+(this|last|next)\\s+year\\b)?\\b`),
    resolve(m, ctx, s, e) {
      const name = m[2]!;
      const mo = monthOf(name);
      if (m[3]) return { value: fmtMonth(+m[3], mo) };
      if (m[4] && ctx.ref) {
        const y = ctx.ref.y + (m[4] === 'last' ? -1 : m[4] === 'next' ? 1 : 0);
        return { value: fmtMonth(y, mo) };
      }
      const before = ctx.text.slice(Math.max(0, s - 12), s);
      const prepared = !!m[1] || /\b(?:in|since|until|till|by|from|to|through|during|before|after|of|and|or|between|early|late|mid)\s+$|mid-$/i.test(before);
      // "May" and "March" are months only after a preposition or a modifier ("in May", "last March");
      // any month name right before a capitalised word is a first name ("April Ryan", "June Carter") unless so prepared.
      if ((name === 'May' || name === 'March') && !prepared) return null;
      if (!prepared && /^\s+[A-Z][a-z]/.test(ctx.text.slice(e, e + 3))) return null;
      return { value: monthOnly(ctx.ref, mo, ctx.tense(s, e), direction(m[1])) };
    },
  },
  {
    // "Wednesday", "last Friday", "Friday morning"
    name: 'weekday',
    type: 'DATE',
    pattern: r(`(?:\\b([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\\s+)?\\b(${WD_FULL})(s)?(?:\\s+(${PART})s?)?\\b`),
    resolve(m, ctx, s, e) {
      const wd = weekdayOf(m[2]!);
      const part = m[4]?.toLowerCase();
      if (m[3]) {
        // "Tuesdays", "Tuesday nights": a set of days.
        const code = part ? DAY_PARTS[part] : undefined;
        return { value: `XXXX-WXX-${wd}${code ? `T${code}` : ''}`, type: 'SET' };
      }
      const dir = direction(m[1]);
      const v = weekday(ctx.ref, wd, ctx.tense(s, e), dir === null && m[1] ? 'next' : dir);
      // "Friday night" stays a date (TimeML annotators mostly did so); morning, afternoon, evening are times.
      return withPart(v, part === 'night' ? undefined : part);
    },
  },
  {
    name: 'day-word',
    type: 'DATE',
    pattern: r(`\\b(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|today|tonight|yesterday|tomorrow|last\\s+night|this\\s+(?:morning|afternoon|evening))(?:\\s+(${PART}))?\\b`, 'gi'),
    resolve(m, ctx) {
      const w = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const offsets: Record<string, [number, string | undefined]> = {
        today: [0, undefined], tonight: [0, 'night'], yesterday: [-1, undefined], tomorrow: [1, undefined],
        'last night': [-1, 'night'], 'this morning': [0, 'morning'], 'this afternoon': [0, 'afternoon'],
        'this evening': [0, 'evening'], 'the day before yesterday': [-2, undefined], 'the day after tomorrow': [2, undefined],
      };
      const [n, part] = offsets[w] ?? [0, undefined];
      if (!refDay(ctx.ref)) return w === 'today' ? { value: 'PRESENT_REF' } : null;
      return withPart(dayOffset(ctx.ref, n), m[2] ?? part);
    },
  },
  {
    // "earlier this month", "early next year", "late last year"
    name: 'edge-of-unit',
    type: 'DATE',
    pattern: r(`\\b(earlier|later|early|late|mid-?|the\\s+(?:beginning|start|end|middle)\\s+of)\\s*(this|last|next|the\\s+past|the\\s+current|the)\\s+(week|month|year|quarter|decade|century)\\b`, 'gi'),
    resolve(m, ctx) {
      const w = m[1]!.toLowerCase();
      const dir = direction(m[2]) ?? 'this';
      if (m[2]!.toLowerCase() === 'the' && !/^the/.test(w)) return null;
      const n = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
      const v = unitOffset(ctx.ref, m[3]!.toLowerCase(), n);
      if (!v) return null;
      const mod = w === 'earlier' || w === 'later' ? undefined : modOf(w);
      return { value: v, mod };
    },
  },
  {
    // "last week", "this month", "next year", "the past week", "the coming weekend"
    name: 'this-last-next-unit',
    type: 'DATE',
    pattern: r(`\\b(last|next|this|coming|current|the\\s+(?:past|last|previous|current|coming|next))\\s+(week|weekend|month|year|quarter|decade|century)\\b(?![\\s-]+(?:old|long))`, 'gi'),
    resolve(m, ctx) {
      const dir = direction(m[1]);
      const n = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
      const unit = m[2]!.toLowerCase();
      // "This Week" with both capitals is a title (a TV programme), not a time.
      if (/^This Week$/.test(m[0])) return null;
      // "the past decade" is a stretch of ten years, not the previous calendar decade.
      if ((unit === 'decade' || unit === 'century') && dir !== 'this') return { value: unit === 'decade' ? 'P10Y' : 'P100Y', type: 'DURATION' };
      const v = unitOffset(ctx.ref, unit, n);
      return v ? { value: v } : null;
    },
  },
  {
    name: 'the-weekend',
    type: 'DATE',
    pattern: r(`\\b(?:the|this)\\s+weekend\\b`, 'gi'),
    resolve(m, ctx, s, e) {
      const day = refDay(ctx.ref);
      if (!day) return null;
      const wd = new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
      const past = ctx.tense(s, e) === 'past' && wd >= 1 && wd <= 5;
      const v = unitOffset(ctx.ref, 'weekend', past ? -1 : 0);
      return v ? { value: v } : null;
    },
  },
  {
    // "a year ago", "two weeks earlier", "three days from now"
    name: 'ago',
    type: 'DATE',
    pattern: r(`(?<![\\w,.-])(${NUM})[\\s-]+(${UNIT})s?\\s+(ago|earlier|before|from\\s+now|hence)\\b`, 'gi'),
    resolve(m, ctx, s) {
      const n = numberOf(m[1]!);
      const { key, unit } = unitOf(m[2]!);
      if (!unit || n === undefined) return null;
      // "before" only counts when nothing follows it ("two days before" the event is not relative to today).
      if (m[3]!.toLowerCase() === 'before' && /^\s*\w/.test(ctx.text.slice(s + m[0].length, s + m[0].length + 3))) return null;
      const sign = /now|hence/i.test(m[3]!) ? 1 : -1;
      if (n === null) return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
      if (unit.time) return null;
      const mult = unit.times;
      const base = key === 'decade' || key === 'century' ? 'year' : key === 'night' ? 'day' : key;
      const v = unitOffset(ctx.ref, base, sign * n * mult);
      return v ? { value: v } : null;
    },
  },
  {
    // "the third quarter", "third-quarter", "Q3", "the fourth quarter of 2021"
    name: 'quarter',
    type: 'DATE',
    pattern: r(`\\b(?:(this|last|next)\\s+year's\\s+|the\\s+(${YEAR})\\s+|the\\s+year-(?:ago|earlier)\\s+)?(?:(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(?:fiscal\\s+)?quarter|Q([1-4]))(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(${YEAR}))?\\b`, 'gi'),
    resolve(m, ctx, s, e) {
      const q = m[4] ? +m[4] : ORDINALS[m[3]!.toLowerCase()]!;
      let year: number | null = m[5] ? +m[5] : m[2] ? +m[2] : null;
      if (year === null && ctx.ref) {
        if (m[1]) year = ctx.ref.y + (m[1].toLowerCase() === 'last' ? -1 : m[1].toLowerCase() === 'next' ? 1 : 0);
        else if (/year-(?:ago|earlier)/i.test(m[0])) year = +quarter(ctx.ref, q, ctx.tense(s, e), null).slice(0, 4) - 1;
      }
      return { value: quarter(ctx.ref, q, ctx.tense(s, e), year) };
    },
  },
  {
    name: 'latest-quarter',
    type: 'DATE',
    // "the latest quarter"; and in business copy a bare "the quarter" is the one just reported.
    pattern: r(`\\b(?:the|The)\\s+(?:(?:latest|most\\s+recent|past|last)\\s+)?quarter\\b(?!\\s+(?:of|century|mile|point|final))`, 'g'),
    resolve(_m, ctx) {
      const v = latestQuarter(ctx.ref);
      return v ? { value: v } : null;
    },
  },
  {
    // "the 1990s", "the '90s", "the early 2000s"
    name: 'decade',
    type: 'DATE',
    pattern: r(`\\b(?:the\\s+)?(?:(early|mid-?|late)\\s*)?(?:(1[89]\\d|20\\d)0s|'(\\d)0s)\\b`, 'gi'),
    resolve(m) {
      const mod = m[1] ? modOf(m[1]) : undefined;
      if (m[2]) return { value: m[2], mod };
      const d = +m[3]!;
      return { value: `${d >= 3 ? '19' : '20'}${d}`, mod };
    },
  },
  {
    name: 'century',
    type: 'DATE',
    pattern: r(`\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+century\\b`, 'gi'),
    resolve(m) {
      const c = +m[1]!;
      return c >= 1 && c <= 21 ? { value: String(c - 1).padStart(2, '0') } : null;
    },
  },
  {
    // "this winter", "last summer", "the spring of 2014", "autumn 2021"
    name: 'season',
    type: 'DATE',
    pattern: r(`\\b(?:(this|last|next|coming|past|early|late|mid-?|the)\\s*)?(${SEASON})\\b(?:\\s+(?:of\\s+)?(${YEAR})(?!\\d))?`, 'gi'),
    resolve(m, ctx, s, e) {
      const code = SEASONS[m[2]!.toLowerCase()]!;
      if (m[3]) return { value: `${m[3]}-${code}`, mod: modOf(m[1]) };
      const det = m[1]?.toLowerCase();
      if (!det) return null; // a bare season word is too often something else ("fall" the verb)
      if (det === 'the' && /^\s+of\b/i.test(ctx.text.slice(e, e + 4))) return null; // "the fall of Kabul"
      if (det === 'mid' || det === 'mid-' || det === 'early' || det === 'late') {
        if (!/^[a-z]/.test(m[0])) return null;
      }
      const dir = direction(det === 'past' ? 'last' : det === 'the' ? undefined : det);
      return { value: season(ctx.ref, code, ctx.tense(s, e), dir), mod: modOf(det) };
    },
  },
  {
    // Years: "in 2014", "since 2014", "the 2014 election"; not "2,014 people", "8,500", "Su-35", "$2014".
    name: 'year',
    type: 'DATE',
    pattern: r(`(?<![\\w$€£#№.,'’/-]|\\d[.,])(?:(?:fiscal|FY)\\s*)?(${YEAR})(?![\\w%/]|[.,]\\d|-\\d|\\s*(?:${COUNT_NOUNS.join('|')})\\b)`, 'g'),
    resolve(m) {
      return { value: fmtYear(+m[1]!) };
    },
  },
  {
    // "in the next two weeks", "two weeks", "24 hours", "a two-year", "the first nine months", "several years"
    name: 'duration',
    type: 'DURATION',
    pattern: r(`(?<![\\w,.$-])(?:(?:the\\s+)?(?:past|last|next|coming|previous|first|final|following|latest|recent)\\s+)?(${NUM})[\\s-]+(${UNIT})s?\\b(?![\\s-]+(?:ago|earlier|from\\s+now|hence|old)\\b)`, 'gi'),
    resolve(m, ctx, s) {
      const n = numberOf(m[1]!);
      if (n === undefined) return null;
      const u = m[2]!.toLowerCase();
      if (u === 'second' && /^an?$/i.test(m[1]!)) return null; // "a second" time
      const prefixed = /^(?:the|past|last|next|coming|previous|first|final|following|latest|recent)\s/i.test(m[0]);
      if (/^quarters?$/.test(u) && !prefixed && !/^\d/.test(m[1]!)) return null; // "three-quarters of its food"
      // "700 seats a week", "$1.76 a year": a rate, not a duration.
      if (/^an?$/i.test(m[1]!) && /\d[\d,.]*(?:\s+[A-Za-z]+){0,2}\s+$/.test(ctx.text.slice(Math.max(0, s - 40), s))) return null;
      if (u === 'quarter' && !/^\d/.test(m[1]!) && n === 1) return null; // "a quarter" of something
      if (/^\d/.test(m[1]!) && n !== null && n > 1000) return null;
      const v = durationValue(n, u);
      return v ? { value: v } : null;
    },
  },
  {
    // "for years", "within hours", "in recent years" (the last one is a past reference)
    name: 'vague-duration',
    type: 'DURATION',
    pattern: r(`(?<=\\b(?:for|over|within|in|after|take|takes|took|last|lasted|lasting)\\s+)(recent\\s+)?(years|months|weeks|days|hours|minutes|decades|centuries)\\b`, 'gi'),
    resolve(m) {
      if (m[1]) return { value: 'PAST_REF', type: 'DATE' };
      const v = durationValue(null, m[2]!);
      return v ? { value: v } : null;
    },
  },
  {
    name: 'present-ref',
    type: 'DATE',
    pattern: r(`\\b(now|currently|current|nowadays|at\\s+present|presently|these\\s+days|the\\s+present|at\\s+the\\s+moment)\\b`, 'gi'),
    resolve(m, ctx, s) {
      if (/^current$/i.test(m[1]!) && /^\s+(?:account|affairs|events)\b/i.test(ctx.text.slice(s + m[0].length, s + m[0].length + 10))) return null;
      return { value: 'PRESENT_REF' };
    },
  },
  {
    name: 'past-ref',
    type: 'DATE',
    pattern: r(`\\b(recently|lately|recent\\s+(?:years|months|weeks|days|times)|the\\s+past|recent)\\b(?!\\s+(?:weeks?|months?|years?|days?|\\d))`, 'gi'),
    resolve() {
      return { value: 'PAST_REF' };
    },
  },
  {
    name: 'future-ref',
    type: 'DATE',
    pattern: r(`\\b(the\\s+(?:near\\s+|foreseeable\\s+)?future|future|soon|the\\s+coming\\s+(?:days|weeks|months|years)|the\\s+(?:days|weeks|months|years)\\s+ahead|the\\s+next\\s+few\\s+(?:days|weeks|months|years))\\b`, 'gi'),
    resolve(m, ctx, s, e) {
      if (/^soon$/i.test(m[1]!) && /\bas\s+$/i.test(ctx.text.slice(Math.max(0, s - 4), s))) return null; // "as soon as"
      if (/future$/i.test(m[1]!) && /^\s+of\b/i.test(ctx.text.slice(e, e + 4))) return null; // "the future of"
      if (/^the next few/i.test(m[1]!)) return { value: durationValue(null, m[1]!.split(/\s+/).pop()!)!, type: 'DURATION' };
      return { value: 'FUTURE_REF' };
    },
  },
  {
    name: 'set-adverb',
    type: 'SET',
    pattern: r(`\\b(daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly)\\b`, 'gi'),
    resolve(m, ctx, s, e) {
      // "quarterly dividend", "daily flights": an adjective before a noun.
      const next = /^\s+([a-z]+)/.exec(ctx.text.slice(e, e + 20));
      if (next && !/^(?:and|or|but|since|for|in|on|at|by|to|from|with|until|through|over|as|is|are|was|were|basis)$/.test(next[1]!)) return null;
      const k: Record<string, string> = {
        daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', quarterly: 'P1Q',
      };
      return { value: k[m[1]!.toLowerCase()]! };
    },
  },
  {
    // "every day", "each week", "every Monday", "each season", "twice a week"
    name: 'set-every',
    type: 'SET',
    pattern: r(`\\b(?:(?:every|each|per)\\s+(?:other\\s+)?(?:(${NUM})\\s+)?(${UNIT}|${WD_FULL}|${SEASON}|${PART}|season)|(?:once|twice|(?:${NUM})\\s+times)\\s+(?:a|an|per|every)\\s+(${UNIT}))s?\\b`, 'gi'),
    resolve(m) {
      const w = (m[2] ?? m[3] ?? '').toLowerCase();
      if (w in WEEKDAYS) return { value: `XXXX-WXX-${WEEKDAYS[w]}` };
      if (w in SEASONS) return { value: `XXXX-${SEASONS[w]}` };
      if (w === 'season') return { value: 'XXXX-XX' };
      if (w in DAY_PARTS) return { value: `XXXX-XX-XXT${DAY_PARTS[w]}` };
      const n = m[1] ? numberOf(m[1]) : 1;
      const v = durationValue(n ?? null, w);
      return v ? { value: v } : null;
    },
  },
  {
    // "the next day", "that year", "the following month", "the day before.": relative to the last date the
    // text mentioned, resolved by the `resolveAnchored` refiner (value `@day+1`, `@year+0`, …). "The day before
    // the vote" is anchored to the vote, not to a date, and is left out.
    name: 'anchored',
    type: 'DATE',
    pattern: r(`\\b(?:(?:later|earlier)\\s+)?(that|the\\s+same|that\\s+same|the\\s+next|the\\s+following|the\\s+previous|the\\s+preceding)\\s+(day|month|year)\\b|\\bthe\\s+(day)\\s+(after|before)\\b(?!\\s*[\\w$"“])`, 'gi'),
    resolve(m) {
      const w = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const unit = (m[2] ?? m[3]!).toLowerCase();
      let n = 0;
      if (m[4]) n = m[4].toLowerCase() === 'after' ? 1 : -1;
      else if (w === 'the next' || w === 'the following') n = 1;
      else if (w === 'the previous' || w === 'the preceding') n = -1;
      return { value: `@${unit}${n >= 0 ? '+' : ''}${n}` };
    },
  },
  {
    name: 'clock-word',
    type: 'TIME',
    pattern: r(`\\b(noon|midday|midnight)\\b`, 'gi'),
    resolve(m, ctx) {
      const day = refDay(ctx.ref);
      const hh = m[1]!.toLowerCase() === 'midnight' ? '24:00' : '12:00';
      return day ? { value: `${fmtDay(day)}T${hh}` } : null;
    },
  },
];
