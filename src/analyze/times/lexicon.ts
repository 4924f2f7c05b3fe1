/**
 * Words of time, as data. The rules in `rules.ts` are built from these lists.
 */

/** Month names and abbreviations (lower case) to month number. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Weekday names and abbreviations to ISO weekday (1 = Monday). */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Number words to numbers; `null` marks a vague quantity (TIMEX3 `X`). */
export const NUMBER_WORDS: Record<string, number | null> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'a hundred': 100, 'a couple of': 2, 'a couple': 2, couple: 2, 'a few': null, few: null,
  several: null, some: null, many: null, 'a number of': null,
};

/** Ordinal words to numbers. */
export const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5,
  last: -1, final: -1,
};

/** Duration units: TIMEX3 letter, whether it is a time unit (after `T`), and a multiplier. */
export interface Unit {
  letter: string;
  time: boolean;
  times: number;
}
export const UNITS: Record<string, Unit> = {
  second: { letter: 'S', time: true, times: 1 },
  minute: { letter: 'M', time: true, times: 1 },
  hour: { letter: 'H', time: true, times: 1 },
  day: { letter: 'D', time: false, times: 1 },
  night: { letter: 'D', time: false, times: 1 },
  week: { letter: 'W', time: false, times: 1 },
  fortnight: { letter: 'W', time: false, times: 2 },
  month: { letter: 'M', time: false, times: 1 },
  quarter: { letter: 'Q', time: false, times: 1 },
  year: { letter: 'Y', time: false, times: 1 },
  decade: { letter: 'Y', time: false, times: 10 },
  century: { letter: 'Y', time: false, times: 100 },
  centurie: { letter: 'Y', time: false, times: 100 },
};

/** Seasons to TIMEX3 season codes. */
export const SEASONS: Record<string, string> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

/** Parts of the day to TIMEX3 codes. */
export const DAY_PARTS: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};

/** Modifiers before a period and their TIMEX3 `mod`. */
export const MODS: Record<string, string> = {
  early: 'START', 'the beginning of': 'START', 'the start of': 'START', 'the first half of': 'START',
  late: 'END', 'the end of': 'END', 'the second half of': 'END', mid: 'MID', 'the middle of': 'MID',
};

/** Plural nouns that, right after a four-digit number, show it is a count, not a year. */
export const COUNT_NOUNS = [
  'people', 'persons', 'troops', 'soldiers', 'servicemen', 'civilians', 'children', 'men', 'women', 'tanks',
  'vehicles', 'units', 'km', 'kilometers', 'kilometres', 'miles', 'meters', 'metres', 'tons', 'tonnes',
  'dollars', 'euros', 'rubles', 'roubles', 'cases', 'deaths', 'votes', 'residents', 'refugees', 'workers',
  'jobs', 'times', 'members', 'officers', 'sanctions', 'hryvnias', 'barrels', 'feet', 'points', 'pages',
];

/** Alternation source for a list of words (longest first), escaped for a RegExp. */
export function alt(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
