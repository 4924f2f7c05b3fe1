/**
 * Figures: every quantity stated in a text, with its value or range, qualifier, unit, what is
 * counted, and who claims it.
 *
 * Detectors propose a numeric core (a numeral, a run of number words, or a vague multitude such
 * as "tens of thousands"); the core is then extended left (currency sign, qualifier, "between")
 * and right (scale word, range, unit or counted noun, place, a paired conversion in brackets).
 * Filters drop what is not a quantity: years, dates, times of day, ordinals, labels ("Article 5"),
 * model names ("Su-35", "Covid-19"), phone numbers.
 *
 * Decisions:
 * - Durations are figures ("within two weeks", "the last 24 hours": unit `week`, `hour`).
 * - Ages are figures ("43-year-old": value 43, unit `year of age`); they get no `aboutKey`,
 *   so the ledger leaves them out.
 * - A bare four-digit number from 1800 to 2099 is a year unless a qualifier and a counted noun
 *   come with it ("about 2000 troops").
 * - Vague multitudes span one order of magnitude (see `MULTITUDES`).
 * - A paired conversion is one figure: "75 km (50 miles)" keeps 75 km and puts 50 miles in `converted`;
 *   the bracketed amount is read one level deep and never from inside the first amount.
 * - A counted noun's unit is its singular head ("two telephone calls": `call`); `unitPhrase` adds the
 *   lower-case modifiers ("telephone call"), as quantity annotations name it. `aboutKey` is unchanged.
 * - An attributive count ("a 30-nation alliance") is a figure with unit `nation` but no `aboutKey`.
 * - A claimant is a whole name: the entity mention it stands in (name and key of its entity) or the
 *   full run of capitalised words, never a name that only modifies a noun ("the Western alliance said").
 */
import type { Claimant, Doc, EntityMention, Figure, LocalEntity, Quote, Sentence } from '../../doc/types.js';
import type { Stage } from '../../pipeline/stage.js';
import { layer } from '../../pipeline/stage.js';
import { splitText } from '../sentences/index.js';
import {
  ABOUT_KEYS, ACTORS, ATTRIBUTION_CUES, CODES_NOT_BEFORE, CURRENCY_CODES, CURRENCY_SYMBOLS, DAYS, FATE_VERBS, LABEL_WORDS, MONTHS, MULTITUDES, NUMERAL_SCALES,
  ONE_PRONOUN_BEFORE, PERSON_FATES, CASE_FREE_UNITS, CASED_UNITS, PERSON_NOUNS, PLACE_PREPOSITIONS, QUALIFIERS, SCALES, SHORT_UNITS, SMALL_NUMBERS,
  UNIT_SURFACES, type UnitInfo,
} from './lexicon.js';
import { tagText, type PosToken } from './pos.js';

export interface FigureContext {
  quotes?: Quote[];
  mentions?: EntityMention[];
  entities?: LocalEntity[];
}

const NUMBER_WORDS = [...Object.keys(SMALL_NUMBERS), 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen'];
const W = NUMBER_WORDS.join('|');
// Longest sentence part a figure is searched in; longer lines are cut in windows so no step is quadratic.
const MAX_SPAN = 4000;

const CORE_RE = new RegExp(
  `(\\d{0,3}[½¼¾⅓⅔⅛⅜⅝⅞⅕](?![\\d/])|\\d{1,3}[ \\t]+[1-9]\\d?/[1-9]\\d?(?![\\d/])|[1-9]\\d?[/⁄][1-9]\\d{0,2}(?=[ \\t]*(?:(?:%|percent|per cent|points?|miles?|inch|inches|cups?|pounds?|ounces?)(?![\\p{L}])|of[ \\t]+an?[ \\t])))|(\\d{1,2}(?:,\\d{2})+,\\d{3}(?!\\d)(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+(?:, 000)*(?:\\.\\d+)?|\\d{1,3}(?:, 000)+(?!\\d|\\.\\d)|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3}){0,4}[ \\u00a0\\u202f]000(?![\\d\\p{L}]|[.,]\\d)|\\d+(?:\\.\\d+)?|(?<=^|[ \\t($€£])\\.\\d+)` +
    // ("two and a half": a half after a number.)
    `|\\b((?:half|a|an|${W})(?:[ \\t]+and[ \\t]+a[ \\t]+half|(?:[ \\t]+|-)(?:and[ \\t]+)?(?:${W}|an?))*)\\b` +
    `|\\b(dozens|tens|hundreds|thousands|millions|billions)\\b` +
    `|\\b(several|a few|a couple of)[ \\t]+(hundred|thousand|million|billion)\\b` +
    // "sixfold": a word number glued to "fold".
    `|\\b(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)(?=fold\\b)`,
  'giu',
);
const VULGAR_FRACTIONS: Record<string, number> = { '½': 1 / 2, '¼': 1 / 4, '¾': 3 / 4, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8, '⅕': 1 / 5 };
const MONTH_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${MONTHS})\\.?,?\\s*$`, 'iu');
const MONTH_AFTER_RE = new RegExp(`^(?:st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTHS})(?![\\p{L}])`, 'iu');
const PHONE_RE = /\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}|\(\d{3}\)\s?\d{3}-\d{4}|(?<!\d)\d{3}-\d{3}-\d{4}(?!\d)/g;
const CURRENCY_BEFORE_RE = /((?:(?<![.\p{L}])(?:US|AUD?|AU|CAD?|C|HK|NZD?|MXN?|MEX)[ \t]?|(?<![.\p{L}])[SRA])?\$|\$(?:US|A|NZ)(?=[ \t]?$)|[€£¥₽₴₹₪₿]|(?<![.\p{L}])NT\$|[₩₱₦₺]|\b(?:USD|EUR|GBP|RUB|UAH|JPY|CNY|CHF|INR|AUD|CAD|RMB|NZD|HKD|SGD|MYR|RM|Rs\.?)[ \t]?)[ \t]?$/iu;
const SCALE_AFTER_RE = /^(?:[ \t]+|[ \t]*-[ \t]*)?(hundred|thousand|million|billion|trillion|lakhs?|crores?)(?![\p{L}])|^[ \t]?(bn|bln|mn|mln|tn|trn)(?![\p{L}])|^(m|b|k)(?![\p{L}\p{N}])/iu;
const CUE_RE = new RegExp(`(?<![\\p{L}])(${ATTRIBUTION_CUES.map((c) => c.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'giu');
const CAP_STOP = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Its', 'Their', 'Our', 'But', 'And', 'Mr', 'Mrs', 'Ms', 'Mr.', 'Mrs.', 'Ms.']);
const NOT_A_NAME_RE = new RegExp(`^(?:${DAYS}|today|on|in|${MONTHS})$`, 'i');
const CLAUSE_BREAK_RE = /(?:;|\bwhile\b|\bwhereas\b|\bbut\b|\balthough\b)/gi;
const NEGATIVE_BEFORE_RE = /(?:(?<![\p{L}])(minus[ \t-]?)|(?<=^|[\s(:;=$€£¥])([-−]))$/iu;
const CODE_BEFORE_RE = new RegExp(`(?<![\\p{L}])(${CURRENCY_CODES.filter((c) => !CODES_NOT_BEFORE.has(c)).join('|')})[ \\t]?$`, 'u');
const GLUED_CODE_RE = /(?<=\$)(?:US|A|NZ)$|(?<![\p{L}])(?:USD|EUR|GBP|AUD|CAD|NZD|HKD|SGD|INR|JPY|CNY|CHF|RUB|UAH|MYR|RM|Rs)$/u;
const INDEX_BEFORE_RE = /(?:S&P|Nasdaq|NASDAQ|FTSE|Stoxx|STOXX|Russell|CAC|Nikkei|ASX|DAX|Hang Seng|KOSPI|Euronext|MSCI|TOPIX)[ \t]*$/;
const QUARTER_RE = /\b(?:(a|one|three)[ \t]+)?quarters?[ \t]+(?:of[ \t]+an?[ \t]+)?(thousand|million|billion|trillion)\b/giu;
// "a quarter of a percentage point", "three-quarters of a mile", "two-thirds of an hour": a part of one unit (read
// only when a unit of measure follows; "a third of the vote" is not this).
const PART_OF_ONE_RE = /\b(a|one|two|three)[ \t-]+(quarters?|thirds?)[ \t]+of[ \t]+an?(?=[ \t]+\p{L})/giu;
const CHANGE_BEFORE_FROM_RE = /(?:^|[^\p{L}])(?:rose|rise[sn]?|rising|fell|falls?|fallen|falling|drop(?:ped|s|ping)?|declined?|declining|(?:in|de)creas(?:ed?|es|ing)|gr[eo]w(?:s|n|ing)?|jump(?:ed|s|ing)?|climb(?:ed|s|ing)?|s(?:lipped|lid|oared|urged|hrank|wung)|plunged?|plummet(?:ed|s|ing)?|cut|rais(?:ed?|es|ing)|revised?|lowered|slow(?:ed|s|ing)?|went|go(?:es|ing)?|moved?|changed?|expand(?:ed|s|ing)?|doubled|tripled|up|down|upgraded|downgraded|tumbled|edged|narrowed|widened|swelled)(?:[ \t]+\p{Ll}+ly)?[ \t]+from[ \t]+[^ \t]*$/iu;
const CHANGE_VERB_BEFORE_RE = /(?:^|[^\p{L}])(?:rose|rise[sn]?|rising|fell|falls?|fallen|falling|drop(?:ped|s|ping)?|declined?|declining|(?:in|de)creas(?:ed?|es|ing)|gain(?:ed|s|ing)?|lost|los(?:es|ing)|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|s(?:lipped|lid|oared|urged|hed)|plunged?|tumbled|edged(?:[ \t]+(?:up|down|higher|lower))?|added|adding)(?:[ \t]+(?:about|some|nearly|almost|around|over|more[ \t]+than|by))?[ \t]+(?:[$€£¥]|US\$)?$/iu;
const YEAR_PREP_RE = /(?:^|[^\p{L}])(?:since|in|by|from|until|till|of|during|before|after|through|between|circa|mid|early|late)[ \t-]*$/iu;

interface Core {
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  /** `numeral`, `words` or `multitude`. */
  kind: 'numeral' | 'words' | 'multitude';
  raw: string;
}

interface Draft {
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string | null;
  unit: string | null;
  unitKind: UnitInfo['kind'] | null;
  about: string | null;
  aboutKey: string | null;
  /** The counted noun with its modifiers, lemmatised ("telephone call"), when it differs from `unit`. */
  unitPhrase: string | null;
  actor: string | null;
  place: string | null;
  converted: Figure['converted'];
  rule: string;
}

function parseNumberWords(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let half = false;
  for (let k = 0; k < words.length; k++) {
    const lw = words[k]!.toLowerCase();
    // "two and a half", "one and a half million": a half added to the number before.
    if (lw === 'half' && seen && k >= 2 && words[k - 1]!.toLowerCase() === 'a' && words[k - 2]!.toLowerCase() === 'and') {
      current += 0.5;
      continue;
    }
    if (lw === 'and') continue;
    if (lw === 'a' || lw === 'an') {
      if (current === 0 && !half) current = 1;
      continue;
    }
    if (lw === 'half') {
      half = true;
      seen = true;
      continue;
    }
    if (lw in SMALL_NUMBERS) {
      current += SMALL_NUMBERS[lw]!;
      seen = true;
    } else if (lw === 'dozen') {
      current = (current || 1) * 12;
      seen = true;
    } else if (lw === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (lw in SCALES) {
      total += (current || 1) * SCALES[lw]!;
      current = 0;
      seen = true;
    } else return null;
  }
  if (!seen) return null;
  let v = total + current;
  if (half) v = v === 0 ? 0.5 : v / 2;
  return v;
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /\p{L}/u.test(c);
}

// Unit surfaces by their first two characters (one-character surfaces apart), longest first, so that a
// word after a number is compared only with the surfaces it can start; cased surfaces by their first character.
const UNITS_BY_PREFIX = new Map<string, Array<[string, UnitInfo]>>();
const UNITS_OF_ONE = new Map<string, Array<[string, UnitInfo]>>();
for (const entry of UNIT_SURFACES) {
  const [map, key] = entry[0].length === 1 ? [UNITS_OF_ONE, entry[0]] : [UNITS_BY_PREFIX, entry[0].slice(0, 2)];
  const list = map.get(key) ?? [];
  list.push(entry);
  map.set(key, list);
}
const CASED_BY_FIRST = new Map<string, Array<[string, UnitInfo]>>();
for (const entry of CASED_UNITS) {
  const list = CASED_BY_FIRST.get(entry[0][0]!) ?? [];
  list.push(entry);
  CASED_BY_FIRST.set(entry[0][0]!, list);
}

function matchUnit(rest: string, allowGlued: boolean): { info: UnitInfo; length: number } | null {
  // Age: "43-year-old", "43 years old".
  const age = /^[ \t]*-?[ \t]*(year|month|week|day)s?[ \t]*-?[ \t]*old(?![\p{L}])/iu.exec(rest);
  if (age) return { info: { unit: `${age[1]!.toLowerCase()} of age`, kind: 'age' }, length: age[0].length };
  // "40C", "104F": a capital C or F glued to the number is a temperature.
  const deg = allowGlued ? /^([CF])(?![\p{L}\p{N}'’&-])/u.exec(rest) : null;
  if (deg) return { info: { unit: deg[1] === 'C' ? '°C' : '°F', kind: 'temperature' }, length: 1 };
  // "4G networks", "5G-enabled phones": a generation of mobile networks, a capital G glued to the number.
  const gen = allowGlued ? /^G(?![\p{L}\p{N}'’&])/u.exec(rest) : null;
  if (gen) return { info: { unit: 'G', kind: 'other' }, length: 1 };
  // At most one separator applies to a given text (none, a space or a no-break space).
  const csep = rest[0] === ' ' || rest[0] === '\u00a0' ? rest[0] : allowGlued ? '' : null;
  for (const [surface, info] of csep === null ? [] : CASED_BY_FIRST.get(rest[csep.length] ?? '') ?? []) {
    if (!rest.startsWith(csep + surface)) continue;
    const next = rest[csep!.length + surface.length];
    if (next === undefined || !/[\p{L}\p{N}]/u.test(next)) return { info, length: csep!.length + surface.length };
  }
  // "an 80-cubic-metre tank", "a 3-square-mile area": a unit of several words written with hyphens (the same length).
  const head = rest.slice(0, 40).toLowerCase();
  const lower = head.includes('-') ? head.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ') : head;
  const body = lower.replace(/^(?: - |[ \-\u00a0])/, '');
  if (body.length === 0) return null;
  const candidates = [...(UNITS_BY_PREFIX.get(body.slice(0, 2)) ?? []), ...(UNITS_OF_ONE.get(body[0]!) ?? [])];
  for (const [surface, info] of candidates) {
    for (const sep of ['', ' ', '-', ' - ', '\u00a0']) {
      if (sep === '' && !allowGlued && surface !== '%') continue;
      if (sep.includes('-') && (info.kind === 'percent' || surface.length < 2)) continue;
      const cand = sep + surface;
      if (!lower.startsWith(cand)) continue;
      const next = rest[cand.length];
      if (next !== undefined && /[\p{Ll}\p{N}]/u.test(next)) continue;
      if (next !== undefined && /\p{Lu}/u.test(next) && surface.length < 3) continue;
      if (SHORT_UNITS.has(surface)) {
        const orig = rest.slice(sep.length, sep.length + surface.length);
        if (orig !== orig.toLowerCase() && !CASE_FREE_UNITS.has(surface)) continue;
        // "5 m." at a sentence end, "5 in the", "2 g" beside other letters: accept only a clean stop after.
        if (next !== undefined && !/[\s.,;:)\]/!?]/.test(next)) continue;
      }
      return { info, length: cand.length };
    }
  }
  return null;
}

function prevWord(text: string, pos: number, floor: number): { word: string; start: number } | null {
  const m = /([\p{L}#][\p{L}\p{N}.'’-]*)[ \t,]*$/u.exec(text.slice(Math.max(floor, pos - 40), pos));
  if (!m) return null;
  return { word: m[1]!, start: pos - m[0].length };
}

const QUALIFIER_RES = new Map(QUALIFIERS.map((q) => [q, new RegExp(`(?:^|[^\\p{L}])(${q.replace(/\./g, '\\.')})([ \\t]+)$`, 'u')]));

const QUALIFIER_LAST_WORDS = new Set(QUALIFIERS.map((q) => q.split(' ').pop()!));

/** Qualifier ending just before `pos`, as [qualifier, start]. */
function qualifierBefore(text: string, pos: number, floor: number): [string, number] | null {
  const window = text.slice(Math.max(floor, pos - 24), pos).toLowerCase();
  const last = /([\p{L}.]+)[ \t]+$/u.exec(window);
  if (!last || !QUALIFIER_LAST_WORDS.has(last[1]!)) return null;
  for (const q of QUALIFIERS) {
    const m = QUALIFIER_RES.get(q)!.exec(window);
    if (m) return [q, pos - window.length + m.index + m[0].length - m[1]!.length - m[2]!.length];
  }
  return null;
}

export function extractFigures(text: string, sentences?: Sentence[], context: FigureContext = {}): Figure[] {
  const sents = joinSplitNumbers(text, sentences && sentences.length > 0 ? sentences : splitText(text).sentences);
  const out: Figure[] = [];
  const phones: Array<[number, number]> = [];
  for (const m of text.matchAll(PHONE_RE)) {
    if (/[\s.-]/.test(m[0]) || m[0].startsWith('+')) phones.push([m.index, m.index + m[0].length]);
  }
  const ctx: SortedContext = {
    quotes: [...(context.quotes ?? [])].sort((a, b) => a.start - b.start),
    mentions: [...(context.mentions ?? [])].filter((m) => m.type !== 'OTHER').sort((a, b) => a.start - b.start),
    entities: context.entities ?? [],
  };
  // The names of people, organisations and places recognised in the document (null when no names were
  // recognised at all: then a capitalised subject is all there is to go on).
  const names = context.mentions && context.mentions.length > 0 ? new Set(ctx.mentions.map((m) => m.text)) : null;
  for (const s of sents) {
    let cues: Cue[] | null = null;
    for (let from = s.start; from < s.end; from += MAX_SPAN) {
      const to = Math.min(s.end, from + MAX_SPAN);
      const drafts = extractSpan(text, from, to, phones);
      for (const d of drafts) {
        cues ??= findCues(text, s);
        const claimant = plausibleClaimant(findClaimant(text, s, d, ctx, cues), names);
        const fig: Figure = {
          start: d.start,
          end: d.end,
          text: text.slice(d.start, d.end),
          value: d.value,
          low: d.low,
          high: d.high,
          qualifier: d.qualifier,
          unit: d.unit,
          about: d.about,
          claimant,
          aboutKey: d.aboutKey,
          actor: d.actor,
          place: d.place,
          converted: d.converted ?? null,
          source: `figures/${d.rule}`,
        };
        if (d.unitPhrase) fig.unitPhrase = d.unitPhrase;
        out.push(fig);
      }
    }
  }
  return out;
}

/**
 * The unit a list of numbers shares with its last member: "7- or 8-inch" (inch), "four-, five- and
 * six-cylinder" (cylinder). `end` is the end of the current number, which must be followed by a hyphen.
 */
function sharedUnitAhead(text: string, to: number, cores: Core[], end: number): { unit: string; kind: UnitInfo['kind'] } | null {
  if (!/^[-‑][ \t]*[,]?[ \t]/.test(text.slice(end, end + 4))) return null;
  let at = end;
  for (let guard = 0; guard < 6; guard++) {
    const next = cores.find((c) => c.start >= at);
    if (!next || next.value === null) return null;
    const gap = text.slice(at, next.start);
    if (!/^[-‑][ \t]*(?:,[ \t]*)?(?:(?:or|and|to)[ \t]+)?$/.test(gap)) return null;
    const rest = text.slice(next.end, Math.min(to, next.end + 40));
    if (/^[-‑][ \t]*[,]?[ \t]/.test(rest)) {
      at = next.end;
      continue;
    }
    const um = matchUnit(rest, next.kind === 'numeral');
    if (um && um.info.kind !== 'age') return { unit: um.info.unit, kind: um.info.kind };
    const hy = /^-([\p{Ll}]+)(?![\p{L}-])/u.exec(rest);
    return hy ? { unit: hy[1]!, kind: 'count' } : null;
  }
  return null;
}

/** A counted phrase with a plural head starts at `pos` ("combined sales", "of its devices"). */
function pluralNounAhead(tokens: PosToken[], text: string, pos: number, to: number): boolean {
  const om = /^[ \t]+(?:of[ \t]+(?:its|their|the|his|her|our)[ \t]+)?/.exec(text.slice(pos, Math.min(to, pos + 30)));
  if (!om || om[0].length === 0) return false;
  const i = tokensFrom(tokens, pos + om[0].length);
  const np = countedNoun(tokens, i);
  if (!np) return false;
  const h = tokens[np[1]]!;
  const w = h.text.toLowerCase();
  // "people", "servicemen", "children": plurals without an s.
  return w === 'people' || w === 'children' || /(?:^|[a-z])men$/.test(w) || (h.pos === 'NOUN' && /s$/.test(h.text) && lemmaOf(h) !== w);
}

/** A sentence never ends inside a number: "RM23.|50", "to .|5 per cent" are joined again. */
function joinSplitNumbers(text: string, sents: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sents) {
    const prev = out[out.length - 1];
    if (prev && prev.end === s.start && text[prev.end - 1] === '.' && /\d/.test(text[s.start] ?? '') && /(?:^|\s|[\p{L}-][\p{L}\d-]*)\.$/u.test(text.slice(Math.max(0, prev.end - 20), prev.end))) {
      out[out.length - 1] = { ...prev, end: s.end };
    } else out.push(s);
  }
  return out;
}

/** Find the numeric cores in [from, to). */
function findCores(text: string, from: number, to: number): Core[] {
  const cores: Core[] = [];
  const slice = text.slice(from, to);
  // "a quarter of a million", "three quarters of a billion", "quarter million".
  const quarters: Core[] = [];
  for (const q of slice.matchAll(QUARTER_RE)) {
    const start = from + q.index;
    const n = /^three/i.test(q[1] ?? '') ? 3 : 1;
    quarters.push({ start, end: start + q[0].length, value: (n / 4) * SCALES[q[2]!.toLowerCase()]!, low: null, high: null, kind: 'words', raw: q[0] });
  }
  for (const q of /quarter|third/i.test(slice) ? slice.matchAll(PART_OF_ONE_RE) : []) {
    const start = from + q.index;
    if (/^(?:[ \t]+an?)?[ \t]+(?:thousand|million|billion|trillion)\b/i.test(slice.slice(q.index + q[0].length, q.index + q[0].length + 14))) continue;
    const n = /^(?:a|one)$/i.test(q[1]!) ? 1 : /^two$/i.test(q[1]!) ? 2 : 3;
    const d = /^quarter/i.test(q[2]!) ? 4 : 3;
    if (n >= d || (n > 1) !== /s$/i.test(q[2]!)) continue;
    quarters.push({ start, end: start + q[0].length, value: n / d, low: null, high: null, kind: 'words', raw: q[0] });
  }
  quarters.sort((a, b) => a.start - b.start);
  let qi = 0;
  CORE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CORE_RE.exec(slice)) !== null) {
    const start = from + m.index;
    const end = start + m[0].length;
    while (qi < quarters.length && quarters[qi]!.end <= start) cores.push(quarters[qi++]!);
    if (qi < quarters.length && start < quarters[qi]!.end && end > quarters[qi]!.start) continue;
    if (m[1] && VULGAR_FRACTIONS[m[1].slice(-1)] !== undefined) {
      // "½ teaspoon", "2¾ miles": a vulgar fraction, alone or after a whole number.
      const whole = m[1].slice(0, -1);
      cores.push({ start, end, value: (whole ? parseInt(whole, 10) : 0) + VULGAR_FRACTIONS[m[1].slice(-1)]!, low: null, high: null, kind: 'numeral', raw: m[1] });
    } else if (m[1]) {
      const fm = /^(?:(\d+)[ \t]+)?(\d+)[/⁄](\d+)$/.exec(m[1])!;
      const num = parseInt(fm[2]!, 10);
      const den = parseInt(fm[3]!, 10);
      if (num >= den) continue;
      cores.push({ start, end, value: (fm[1] ? parseInt(fm[1], 10) : 0) + num / den, low: null, high: null, kind: 'numeral', raw: m[1] });
    } else if (m[2]) {
      // "80, 000": thousands written with a spaced comma, as in tokenised text.
      // ("20 000", "1 250 000": thousands grouped by a space, read when the last group is 000.)
      cores.push({ start, end, value: parseFloat(m[2].replace(/, ?|[ \u00a0\u202f]/g, '')), low: null, high: null, kind: 'numeral', raw: m[2] });
    } else if (m[3]) {
      let words = m[3].split(/[\s-]+/);
      let lead = 0;
      // "a three-times-a-week look": a leading article belongs to the phrase, not to the number.
      while (words.length > 1 && /^(a|an)$/i.test(words[0]!) && !/^(hundred|thousand|million|billion|trillion|dozen|half)$/i.test(words[1]!)) {
        lead += m[3].slice(lead).search(/[\s-]/) + 1;
        while (/[\s-]/.test(m[3][lead] ?? '')) lead++;
        words = words.slice(1);
      }
      // Trim a trailing "a"/"an"/"and" that belongs to what follows ("two a day").
      // ("half a percentage point", "half an hour" keep their article: a half of one.)
      while (words.length > 1 && /^(a|an|and)$/i.test(words[words.length - 1]!) && !(words.length === 2 && /^half$/i.test(words[0]!) && /^an?$/i.test(words[1]!))) words.pop();
      const rawText = words.join(' ');
      const len = m[3].toLowerCase().lastIndexOf(words[words.length - 1]!.toLowerCase()) + words[words.length - 1]!.length;
      const v = /^(a|an|half)$/i.test(rawText) ? null : parseNumberWords(words);
      cores.push({ start: start + lead, end: start + len, value: v, low: null, high: null, kind: 'words', raw: rawText });
    } else if (m[4]) {
      const base = MULTITUDES[m[4].toLowerCase()]!;
      cores.push({ start, end, value: null, low: base[0], high: base[1], kind: 'multitude', raw: m[4] });
    } else if (m[7]) {
      // The unit "fold" is read right after the core (`times`).
      cores.push({ start, end, value: SMALL_NUMBERS[m[7].toLowerCase()] ?? SCALES[m[7].toLowerCase()] ?? 100, low: null, high: null, kind: 'numeral', raw: m[7] });
    } else if (m[5] && m[6]) {
      const scale = SCALES[m[6].toLowerCase()]!;
      const few = /few|couple/i.test(m[5]);
      cores.push({ start, end, value: null, low: (few ? 2 : 3) * scale, high: 9 * scale, kind: 'multitude', raw: m[0] });
    }
  }
  while (qi < quarters.length) cores.push(quarters[qi++]!);
  return cores;
}

/** Index of the first core after `ci` that starts at or after `pos` (-1 if none); cores are sorted by start. */
function coreAt(cores: Core[], ci: number, pos: number): number {
  for (let k = ci + 1; k < cores.length; k++) if (cores[k]!.start >= pos) return k;
  return -1;
}

function tokensFrom(tokens: PosToken[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ']);
const NP_STOP = new Set([
  'of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'as', 'than', 'per', 'a', 'an', 'the',
  // Time words and conjunctions that end a counted phrase ("one point last year", "13 units whilst").
  'last', 'next', 'this', 'that', 'these', 'those', 'ago', 'whilst', 'while', 'who', 'which', 'each', 'every',
]);

// Plural forms that modify a following noun ("arms sales", "human rights activists"): a plural head
// followed by a lower-case word ends the phrase unless it is one of these.
const PLURAL_MODIFIERS = new Set([
  'arms', 'weapons', 'sales', 'sports', 'goods', 'customs', 'savings', 'rights', 'news', 'clothes', 'parts', 'communications',
  'operations', 'services', 'securities', 'futures', 'systems', 'humanities', 'affairs', 'emissions', 'energies',
]);

/** True when two tokens touch (no space between): the parts of a hyphenated compound. */
const glued = (a: PosToken | undefined, b: PosToken | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

/** A plural noun ("troops", "Afghans", "children", "people"). */
function isPluralNoun(t: PosToken): boolean {
  const lw = t.text.toLowerCase();
  if (lw === 'people') return true;
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  // The lemma alone is not enough: wink also maps spellings ("defence" → "defense").
  return lemmaOf(t) !== lw && /(?:s|men|children|feet|teeth|mice|geese)$/.test(lw);
}

/**
 * Counted noun phrase starting at token index i: [first, headIndex] or null.
 * The phrase is the head noun with its modifiers: adjectives and nouns before it, hyphenated compounds
 * ("gas-only powertrain options"), after "or so" ("the 300 or so scientists"), which is not part of it.
 * A hyphen stays inside the phrase only when it joins two words with no space (a spaced dash is punctuation). A plural head ends the phrase before a lower-case word
 * ("millions of Afghans face the threat", "the two governments share"), except after a plural that
 * modifies ("arms sales").
 */
function countedNoun(tokens: PosToken[], i: number): [number, number, boolean] | null {
  // "the 300 or so scientists": an approximation between the number and the phrase.
  if (tokens[i]?.text.toLowerCase() === 'or' && tokens[i + 1]?.text.toLowerCase() === 'so') i += 2;
  let head = -1;
  let j = i;
  let coordinated = false;
  let limit = i + 5;
  for (; j < tokens.length && j < limit; j++) {
    const t = tokens[j]!;
    // "200 Russian and Belarusian troops", "27,000 Model S and Model X vehicles": coordinated modifiers.
    if (/^(?:and|or)$/i.test(t.text) && head < 0 && j > i && !coordinated && ['ADJ', 'PROPN'].includes(tokens[j - 1]!.pos) && ['ADJ', 'PROPN'].includes(tokens[j + 1]?.pos ?? '') && /^\p{Lu}|^\p{Ll}/u.test(tokens[j + 1]!.text)) {
      coordinated = true;
      limit += 2;
      continue;
    }
    // ("31 Abrams tanks": a name in -s before a plural noun modifies it.)
    if (head >= 0 && j === head + 1 && isPluralNoun(tokens[head]!) && /^\p{Ll}/u.test(t.text) && !glued(tokens[head], t) && !PLURAL_MODIFIERS.has(tokens[head]!.text.toLowerCase()) && !(tokens[head]!.pos === 'PROPN' && t.pos === 'NOUN' && isPluralNoun(t))) break;
    // The second part of a hyphenated compound modifier ("gas-only", "battle-hardened") stays in the phrase.
    if (j > i && tokens[j - 1]!.text === '-' && glued(tokens[j - 2], tokens[j - 1]) && glued(tokens[j - 1], t) && /^\p{L}/u.test(t.text) && !NP_STOP.has(t.text.toLowerCase())) {
      if (t.pos === 'NOUN' && !['NOUN', 'PROPN', 'ADJ'].includes(tokens[j + 1]?.pos ?? '')) head = j;
      continue;
    }
    if (NP_STOP.has(t.text.toLowerCase())) break;
    // "50 Boeing 737 Max jets", "63,000 Model 3 sedans": a model number after a name, inside the phrase.
    if (modelNumber(tokens, j, i)) continue;
    // "small, friendly deals": a comma between two adjectives before the head.
    if (t.text === ',' && head < 0 && j > i && tokens[j - 1]!.pos === 'ADJ' && tokens[j + 1]?.pos === 'ADJ' && ['NOUN', 'ADJ'].includes(tokens[j + 2]?.pos ?? '')) continue;
    if (/^\p{Lu}/u.test(t.text) && MONTH_AFTER_RE.test(t.text)) break;
    // A capitalised word the tagger read as a verb inside a phrase is a name ("35m of its Echo devices").
    const pos = t.pos === 'VERB' && j > i - 1 && /^\p{Lu}\p{Ll}/u.test(t.text) && tokens[j + 1]?.pos === 'NOUN' ? 'PROPN' : t.pos;
    if (pos === 'NOUN') head = j;
    else if (pos === 'PROPN') {
      if (PERSON_NOUNS.has(t.text.toLowerCase()) || (/s$/.test(t.text) && !(t.text.toLowerCase() in ACTORS))) head = j;
      // "45 Test matches", "7 Grammy wins": a name before a plural the tagger read as a verb modifies it.
      else if (head < 0 && pluralReadAsVerb(tokens, j + 1)) return [i, j + 1, coordinated];
    } else if (t.pos === 'ADJ' || (t.pos === 'VERB' && /-/.test(t.text))) {
      // "100 battalion tactical groups": an adjective between nouns stays in the phrase.
      if (head >= 0 && tokens[j + 1]?.pos !== 'NOUN') break;
    } else if (t.pos === 'PUNCT' && t.text === '-' && j > i && glued(tokens[j - 1], t) && glued(t, tokens[j + 1])) continue;
    // "grabbed 10 rebounds", "3 assists": after a plural number an -s form the tagger read as a verb is a plural
    // noun (a verb after a plural subject has no -s), unless an object follows it ("10 reflects the …").
    else if (j === i && t.pos === 'VERB' && /^\p{Ll}+[^s]s$/u.test(t.text) && t.lemma !== t.text.toLowerCase() && (j === 0 || !/^(?:1|one)$/i.test(tokens[j - 1]!.text)) && !['DET', 'PRON', 'NUM', 'PROPN', 'NOUN', 'ADJ'].includes(tokens[j + 1]?.pos ?? '')) {
      head = j;
      break;
    }
    // "2.7m combined sales": a participle first, before an adjective or noun, modifies.
    else if (j === i && t.pos === 'VERB' && /ed$/.test(t.text) && ['ADJ', 'NOUN'].includes(tokens[j + 1]?.pos ?? '')) continue;
    // "300 existing customers", "1,000 fleeing civilians", "45 underperforming stores": a present participle
    // before the head, in lower case and followed by a noun or adjective, modifies (and is named with it).
    else if (presentParticiple(t) && head < 0 && ['ADJ', 'NOUN'].includes(tokens[j + 1]?.pos ?? '')) continue;
    // "the 20 most expensive restaurants", "4 very large parks", "2 billion monthly active users", "150 new naval
    // vessels", "3,000 so-called zombie accounts": a word the tagger read as an adverb before an adjective (or
    // joined to a hyphen) stays in the phrase; before a noun only when it may be an adjective ("monthly", not "only").
    else if (t.pos === 'ADV' && head < 0 && (['ADJ'].includes(tokens[j + 1]?.pos ?? '') || (tokens[j + 1]?.text === '-' && glued(t, tokens[j + 1]) && glued(tokens[j + 1], tokens[j + 2])) || (tokens[j + 1]?.pos === 'NOUN' && adjectivalAdverb(t)))) continue;
    else break;
    if (j + 1 < tokens.length && tokens[j + 1]!.start > t.end + 1) {
      // A line break or long gap ends the phrase.
      if (/\n/.test(' ')) break;
    }
  }
  if (head < 0) return null;
  // "two telephone calls": a singular noun followed by a plural the tagger read as a verb.
  const h = tokens[head]!;
  const nx = tokens[head + 1];
  if (nx && h.lemma === h.text.toLowerCase() && !/s$/.test(h.text) && pluralReadAsVerb(tokens, head + 1)) return [i, head + 1, coordinated];
  if (coordinated && tokens.slice(i, head).every((t) => !/^(?:and|or)$/i.test(t.text))) coordinated = false;
  return [i, head, coordinated];
}

/** A plural noun the tagger read as a verb after a modifier ("two telephone calls"): nothing follows that a verb would take. */
function pluralReadAsVerb(tokens: PosToken[], k: number): boolean {
  const nx = tokens[k];
  if (!nx || nx.pos !== 'VERB' || !/^\p{Ll}+[^s]s$/u.test(nx.text) || nx.lemma === nx.text.toLowerCase()) return false;
  const after = tokens[k + 1];
  return !after || !['DET', 'PRON', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PART', 'SCONJ'].includes(after.pos);
}

// Adverbs of degree and focus: they qualify an adjective in a counted phrase but are not named with it.
const DEGREE_ADVERBS = new Set(['very', 'so', 'too', 'more', 'most', 'less', 'least', 'quite', 'rather', 'only', 'just', 'even', 'also', 'still', 'almost', 'well', 'much', 'far', 'all', 'not', 'as', 'how', 'ever', 'once']);

/**
 * A word the tagger read as an adverb that modifies like an adjective inside a counted phrase: "new", "monthly"
 * (an -ly word only when it is formed from a time unit), not "very", "mostly", "only".
 */
function adjectivalAdverb(t: PosToken): boolean {
  const lw = t.text.toLowerCase();
  if (!/^\p{Ll}+$/u.test(lw) || DEGREE_ADVERBS.has(lw)) return false;
  return !/ly$/.test(lw) || /^(?:hour|dai|week|month|quarter|year)ly$/.test(lw);
}

/**
 * The modifiers of a counted noun, as quantity annotations name them: adjectives lemmatised ("largest" →
 * "large"), nouns and names lower-cased, a hyphenated compound kept whole ("gas-only").
 */
function modifierWords(tokens: PosToken[], first: number, head: number): string[] {
  const words: string[] = [];
  for (let q = first; q < head; q++) {
    const t = tokens[q]!;
    if (t.text === '-' && q > first && glued(tokens[q - 1], t) && glued(t, tokens[q + 1]) && q + 1 < head) {
      const prev = tokens[q - 1]!;
      const compound = `${prev.text.toLowerCase()}-${tokens[q + 1]!.text.toLowerCase()}`;
      if (['ADJ', 'NOUN', 'PROPN'].includes(prev.pos)) words[words.length - 1] = compound;
      else words.push(compound);
      q++;
      continue;
    }
    if (t.pos === 'ADJ') words.push(t.lemma);
    else if (t.pos === 'NOUN' || t.pos === 'PROPN') words.push(t.text.toLowerCase());
    else if (t.pos === 'ADV' && adjectivalAdverb(t)) words.push(t.text.toLowerCase());
    else if (presentParticiple(t)) words.push(t.text);
    else if (modelNumber(tokens, q, first)) words.push(t.text);
  }
  return words;
}

/**
 * A model number inside a counted phrase: a short whole number after a name and a space (not a currency), before a
 * name or noun ("Boeing 737 Max jets", "Leopard 2 tanks"; not "3 USD50 cards").
 */
function modelNumber(tokens: PosToken[], j: number, first: number): boolean {
  const t = tokens[j]!;
  const name = tokens[j - 1];
  return j > first && t.pos === 'NUM' && /^\d{1,4}$/.test(t.text) && name!.pos === 'PROPN' && /^\p{Lu}/u.test(name!.text) && name!.end < t.start && !(name!.text.toLowerCase() in CURRENCY_SYMBOLS) && !CURRENCY_CODES.includes(name!.text) && ['NOUN', 'PROPN'].includes(tokens[j + 1]?.pos ?? '');
}

/** A present participle the tagger read as a verb ("existing", "emerging"): lower case, ending in -ing. */
function presentParticiple(t: PosToken): boolean {
  return t.pos === 'VERB' && /^\p{Ll}{2,}ing$/u.test(t.text) && !PARTICIPLE_PREPOSITIONS.has(t.text);
}
// Participles that work as prepositions ("six including favourites") or that take an object ("two featuring
// triangle-shaped lights", "three carrying heavy loads").
const PARTICIPLE_PREPOSITIONS = new Set([
  'including', 'excluding', 'regarding', 'concerning', 'following', 'according', 'during', 'pending', 'barring', 'considering', 'involving',
  'amounting', 'totalling', 'totaling', 'bringing', 'making', 'being', 'having', 'going', 'using', 'leaving', 'giving', 'taking', 'getting',
  'featuring', 'showing', 'containing', 'carrying', 'wearing', 'holding', 'bearing', 'depicting', 'requiring', 'offering', 'targeting',
  'covering', 'affecting', 'hitting', 'killing', 'injuring', 'wounding', 'representing', 'owning', 'running', 'seeking', 'facing', 'selling',
  'buying', 'producing', 'providing', 'supplying', 'earning', 'costing', 'reaching', 'exceeding', 'doing', 'saying', 'telling',
  'ensuring', 'securing', 'guaranteeing', 'protecting', 'defending', 'attacking', 'supporting', 'opposing', 'backing', 'demanding',
]);

const NOT_PLURAL_RE = /(?:ss|us|is|news|series|species|means|headquarters|arms|politics|economics|physics|works)$/;

function lemmaOf(t: PosToken): string {
  const lw = t.text.toLowerCase();
  if (lw === 'people' || lw === 'personnel' || lw === 'police') return lw;
  // "1,000 Americans", "eight World Cups", "5 million iPhones", "1,200 SUVs": a capitalised regular plural.
  if (/^\p{Lu}{2,}s$/u.test(t.text)) return lw.slice(0, -1);
  // "24 F-16s", "MiG-29s", "T-72s": the plural of a model number.
  if (/^\p{Lu}[\p{L}]*-?\d+s$/u.test(t.text)) return lw.slice(0, -1);
  if (t.pos === 'PROPN') return /^(?:\p{Lu}|\p{Ll}\p{Lu})\p{Ll}{2,}s$/u.test(t.text) && !NOT_PLURAL_RE.test(lw) ? lw.slice(0, -1) : lw;
  const lemma = t.lemma || lw;
  // A plural the lemmatiser does not know ("eurobonds", "exoplanets"): regular English endings.
  if (lemma === lw && /^\p{Ll}[\p{Ll}-]{2,}s$/u.test(lw) && !NOT_PLURAL_RE.test(lw)) {
    if (/[^aeiou]ies$/.test(lw)) return `${lw.slice(0, -3)}y`;
    if (/(?:sh|ch|x|z)es$/.test(lw)) return lw.slice(0, -2);
    return lw.slice(0, -1);
  }
  return lemma;
}

function aboutKeyFor(head: string, fate: string | null): string | null {
  if (fate) return fate;
  if (head in ABOUT_KEYS) return ABOUT_KEYS[head]!;
  return head || null;
}

function extractSpan(text: string, from: number, to: number, phones: Array<[number, number]>): Draft[] {
  const cores = findCores(text, from, to);
  if (cores.length === 0) return [];
  let tokens: PosToken[] | null = null;
  const tok = (): PosToken[] => (tokens ??= tagText(text.slice(from, to), from));
  const drafts: Draft[] = [];
  let consumed = from;
  for (let ci = 0; ci < cores.length; ci++) {
    const core = cores[ci]!;
    if (core.start < consumed) continue;
    const d = buildDraft(text, from, to, core, cores, ci, tok, phones);
    if (d) {
      drafts.push(d);
      consumed = d.end;
    }
  }
  carryUnits(text, drafts);
  measuredAt(text, drafts);
  feetAndInches(text, drafts);
  return bareConversions(text, drafts);
}

/** "6ft 2in", "5 feet 11 inches": the inches after a length in feet (two figures, as written). */
function feetAndInches(text: string, drafts: Draft[]): void {
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k]!;
    const prev = drafts[k - 1]!;
    if (d.unit !== null || d.value === null || prev.unit !== 'foot' || !/^[ \t]*$/.test(text.slice(prev.end, d.start))) continue;
    const m = /^[ \t]?(?:in(?:ch(?:es)?)?\b\.?(?![ \t]+(?:the|a|an|his|her|its|their|this|that)\b)|["”″])/u.exec(text.slice(d.end, d.end + 16));
    if (!m) continue;
    d.unit = 'inch';
    d.unitKind = 'length';
    d.end += m[0].length;
    d.rule = 'unit';
  }
}

/**
 * "1.6 billion ($2.54 billion)", "2,435,000 yen ($22,480) ... and 2,380,000 ($21,972)": a bare amount with a
 * bracketed conversion into money is money too, in the currency of an earlier amount converted the same way
 * (else its currency stays unknown); the bracket becomes its `converted`.
 */
function bareConversions(text: string, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    const n = drafts[k + 1];
    if (d.unit === null && d.value !== null && n && n.unitKind === 'money' && (d.rule === 'numeral' || d.rule === 'words') &&
      /^[ \t]*\([ \t]*$/.test(text.slice(d.end, n.start)) && /^[ \t]*\)/.test(text.slice(n.end, n.end + 4))) {
      // The nearest such amount among the last few (a bounded look back keeps long lines linear).
      let earlier: Draft | undefined;
      for (let b = out.length - 1; b >= 0 && b >= out.length - 12 && !earlier; b--) {
        const e = out[b]!;
        if (e.unitKind === 'money' && e.converted?.unit === n.unit && e.unit !== n.unit) earlier = e;
      }
      // With no earlier amount the currency is unknown (a conversion into the same currency would say nothing).
      d.unit = earlier ? earlier.unit : null;
      d.unitKind = earlier ? 'money' : null;
      d.converted = { text: text.slice(n.start, n.end), value: n.value, low: n.low, high: n.high, unit: n.unit };
      d.end = text.indexOf(')', n.end) + 1;
      if (earlier) d.rule = 'money';
      out.push(d);
      k++;
      continue;
    }
    out.push(d);
  }
  return out;
}

/**
 * "put the death toll at 300", "putting the Russian force at about 130,000", "estimates the toll at 15,000": a bare
 * number after "at" counts what the verb of estimate named before it.
 */
const MEASURED_AT_RE =
  /\b(?:put|puts|putting|estimate|estimates|estimated|estimating|place|places|placed|placing|set|sets|setting|peg|pegs|pegged|pegging|number|numbers|numbered)[ \t]+(?:the|its|their|his|her|a)[ \t]+((?:[\p{L}’'-]+[ \t]+){0,3}?)(death[ \t]+toll|toll|force|forces|troops|army|strength|number[ \t]+of[ \t]+(?:dead|deaths|casualties|troops|soldiers|refugees)|casualties|losses)[ \t]+at[ \t]+(?:about|around|some|nearly|almost|roughly|more[ \t]+than|over|up[ \t]+to|as[ \t]+many[ \t]+as|at[ \t]+least|an[ \t]+estimated)?[ \t]*$/iu;
/** "the death toll rose to 300", "casualties have reached about 1,500": a bare number a toll reaches. */
const TOLL_REACHED_RE =
  /(?:^|[^\p{L}])()(death[ \t]+toll|toll|casualties|number[ \t]+of[ \t]+(?:dead|deaths|casualties|refugees))[ \t]+(?:(?:has|have|had)[ \t]+)?(?:rose|risen|rises|rising|climbed|climbs|reached|reaches|stood|stands|jumped|increased|grew|grown|hit|hits|passed|topped|is|was|are|were)[ \t]+(?:to[ \t]+|at[ \t]+)?(?:about|around|some|nearly|almost|roughly|more[ \t]+than|over|at[ \t]+least|an[ \t]+estimated)?[ \t]*$/iu;
const MEASURED_HEAD_RE = /toll|force|troops|army|strength|casualties|losses|number/i;
const MEASURED_KEYS: Record<string, { unit: string; key: string }> = {
  'death toll': { unit: 'people', key: 'killed' },
  toll: { unit: 'people', key: 'killed' },
  casualties: { unit: 'people', key: 'casualty' },
  losses: { unit: 'people', key: 'casualty' },
  force: { unit: 'troop', key: 'troop' },
  forces: { unit: 'troop', key: 'troop' },
  troops: { unit: 'troop', key: 'troop' },
  army: { unit: 'troop', key: 'troop' },
  strength: { unit: 'troop', key: 'troop' },
};

function measuredAt(text: string, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.unit !== null || (d.value === null && d.low === null) || (d.rule !== 'numeral' && d.rule !== 'words')) continue;
    const before = text.slice(Math.max(0, d.start - 120), d.start);
    // (Both patterns need one of their head words: a cheap test first.)
    if (!MEASURED_HEAD_RE.test(before)) continue;
    const m = MEASURED_AT_RE.exec(before) ?? TOLL_REACHED_RE.exec(before);
    if (!m) continue;
    const head = m[2]!.toLowerCase().replace(/\s+/g, ' ');
    const known = MEASURED_KEYS[head] ?? (head.startsWith('number of') ? (/troops|soldiers/.test(head) ? MEASURED_KEYS.troops! : /refugees/.test(head) ? { unit: 'people', key: 'refugee' } : MEASURED_KEYS.toll!) : null);
    if (!known) continue;
    const modifiers = m[1]!.trim();
    d.unit = known.unit;
    d.unitKind = 'count';
    d.about = `${modifiers ? modifiers + ' ' : ''}${m[2]!}`.trim();
    d.aboutKey = known.key;
    if (!d.actor) {
      // "the Russian force": the actor word among the modifiers, as elsewhere in this stage.
      const word = modifiers.toLowerCase().split(/\s+/).find((w) => w in ACTORS);
      if (word) d.actor = ACTORS[word]!;
    }
    d.rule = 'measured-at';
  }
}

// "3.9 million headsets, up from 2.4 million", "84 cents, compared with 74": a bare number compared with a figure.
// ("5,000 employees at the end of the year, compared with 4,200": a few words and a comma may come between.)
const CARRY_AFTER_RE = /^(?:[ \t]+[^,;:.()]{1,40}?[ \t]*,|[ \t]*,?)[ \t]*(?:(?:up|down)[ \t]+from|compared[ \t]+(?:with|to)|versus|vs\.?|against)[ \t]+$/i;
// "rose to 3 million units from 2.1 million": the level reached, then where it started.
const CARRY_FROM_RE = /^[ \t]+from[ \t]+$/i;
const LEVEL_REACHED_RE = /(?:^|[^\p{L}])(?:rose|rise[sn]?|rising|fell|falls?|fallen|falling|drop(?:ped|s|ping)?|declined?|declining|(?:in|de)creas(?:ed?|es|ing)|gr[eo]w(?:s|n|ing)?|jump(?:ed|s|ing)?|climb(?:ed|s|ing)?|s(?:lipped|lid|oared|urged|hrank)|plunged?|tumbled|edged(?:[ \t]+(?:up|down|higher|lower))?|(?:ex)?pand(?:ed|s|ing)?|narrow(?:ed|s|ing)?|widen(?:ed|s|ing)?)[ \t]+to[ \t]+(?:about[ \t]+|nearly[ \t]+|almost[ \t]+|around[ \t]+|some[ \t]+|more[ \t]+than[ \t]+)?$/iu;
// "…, bringing its total to 223 million", "…, for a total of 1,000": a running total counts what was just counted.
const CARRY_TOTAL_RE = /^(?:[ \t]+[^,;:.\d()]{1,40}?)?[ \t]*,?[ \t]*(?:(?:bringing|taking|raising|pushing|lifting|putting)[ \t]+(?:the|its|their|his|her|our)[ \t]+(?:overall[ \t]+|combined[ \t]+)?(?:total|tally)[ \t]+to|(?:for|to)[ \t]+a[ \t]+(?:combined[ \t]+)?total[ \t]+of)[ \t]+$/i;
const CHANGE_BEFORE_RE = /(?:^|[^\p{L}])(?:rose|rise[sn]?|rising|fell|falls?|fallen|falling|drop(?:ped|s|ping)?|declined?|declining|lost|los(?:es|ing)|gain(?:ed|s|ing)?|added|adding|shed|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|slipped|slid|soared|surged|plunged?|tumbled|edged|(?:in|de)creas(?:ed?|es|ing)|up|down|by|from)(?:[ \t]+(?:about|some|nearly|almost|around|over|more[ \t]+than|a[ \t]+further|another))?[ \t]+$/iu;
const CARRY_TO_RE = /^[ \t]*,?[ \t]*(?:to[ \t]+(?:close|end|finish|settle|stand|fall|rise|drop|climb)[ \t]+)?(?:to|at)[ \t]+$/i;
const CARRY_DIRECTION_TO_RE = /^[ \t]+(?:higher|lower)[ \t]*,?[ \t]+(?:to|at)[ \t]+$/i;
// "rose from 20 to 35 people": the first of a before-and-after pair.
const CARRY_BEFORE_RE = /^[ \t]+to[ \t]+$/;

/**
 * A bare number compared with a figure next to it takes that figure's unit. It gets no `aboutKey`:
 * an earlier or compared value is not a second claim about the same thing.
 */
function carryUnits(text: string, drafts: Draft[]): void {
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (d.unit !== null || d.value === null || d.rule !== 'numeral') continue;
    const prev = drafts[k - 1];
    const next = drafts[k + 1];
    let src: Draft | null = null;
    let total = false;
    if (prev && prev.unit !== null && CARRY_AFTER_RE.test(text.slice(prev.end, d.start))) src = prev;
    else if (prev && prev.unit !== null && prev.unitKind !== 'percent' && CARRY_FROM_RE.test(text.slice(prev.end, d.start)) && LEVEL_REACHED_RE.test(text.slice(Math.max(0, prev.start - 40), prev.start))) src = prev;
    else if (prev && prev.unit !== null && prev.unitKind !== 'percent' && CARRY_TOTAL_RE.test(text.slice(prev.end, d.start))) {
      src = prev;
      total = true;
    }
    else if (prev && prev.unit !== null) {
      // "lost 162 points, or 2.1%, to fall to 7,425", "from 14-18 mpg to 24": the level a change ends at,
      // in the unit of the change (not after a percentage: "rose 8% to 3.65" is a price).
      let p = prev;
      let at = k - 1;
      const pp = drafts[k - 2];
      if (p.unitKind === 'percent' && pp && pp.unit !== null && /^[ \t]*,?[ \t]+or[ \t]+$/.test(text.slice(pp.end, p.start)) && /^[ \t]*,/.test(text.slice(p.end, p.end + 2))) {
        p = pp;
        at = k - 2;
      }
      const gap = text.slice(drafts[at === k - 2 ? k - 1 : at]!.end, d.start);
      if (p.unitKind !== 'percent' && CARRY_TO_RE.test(gap) && CHANGE_BEFORE_RE.test(text.slice(Math.max(0, p.start - 40), p.start))) src = p;
      // "closed 250 points higher at 33,000": a change said by its direction after it.
      else if (p.unitKind !== 'percent' && CARRY_DIRECTION_TO_RE.test(gap)) src = p;
    }
    if (!src && prev && prev.unit !== null && prev.unitKind !== 'age' && prev.unitKind !== 'percent') {
      // "1,000 soldiers to Romania and 2,000 to Poland": a list whose items share a preposition shares the unit.
      // ("300 engineers in 2021 and 450 in 2022", "300 engineers last year and 450 this year": a year, or a time phrase.)
      const pm = /^[ \t]+(to|in|into|from|for|at|on|near|with)[ \t]+(?:[^,;.()\d]{1,40}?|(?:19|20)\d\d)(?:,[ \t]*|[ \t]+)(?:and|or|while|but)?[ \t]*$/i.exec(text.slice(prev.end, d.start));
      const tm = pm ? null : /^[ \t]+(?:last|this|next)[ \t]+(year|month|week|quarter|season)[ \t]*,?[ \t]+(?:and|or|while|but)[ \t]*$/i.exec(text.slice(prev.end, d.start));
      if (pm && /^[ \t]+(\p{L}+)[ \t]/u.exec(text.slice(d.end, d.end + 10))?.[1]!.toLowerCase() === pm[1]!.toLowerCase()) src = prev;
      else if (tm && /^[ \t]+(?:last|this|next)[ \t]+(year|month|week|quarter|season)(?![\p{L}])/iu.exec(text.slice(d.end, d.end + 20))?.[1]!.toLowerCase() === tm[1]!.toLowerCase()) src = prev;
    }
    if (!src && next && next.unit !== null && next.value !== null && CARRY_BEFORE_RE.test(text.slice(d.end, next.start)) && /(?:^|[^\p{L}])from[ \t]+$/iu.test(text.slice(Math.max(0, d.start - 8), d.start))) src = next;
    if (!src || src.unitKind === 'age' || src.unitKind === 'time') continue;
    d.unit = src.unit;
    d.unitKind = src.unitKind;
    // (A total is not "new" or "more": "3,000 new cases, bringing the total to 50,000" counts cases.)
    d.unitPhrase = total ? src.unitPhrase?.replace(/^(?:new|more|additional|extra|further|other)[ \t]+/, '') ?? null : src.unitPhrase;
    if (d.unitPhrase === d.unit) d.unitPhrase = null;
    d.rule = 'carried';
  }
}

function buildDraft(
  text: string,
  from: number,
  to: number,
  core: Core,
  cores: Core[],
  ci: number,
  tok: () => PosToken[],
  phones: Array<[number, number]>,
  nested = false,
): Draft | null {
  let start = core.start;
  let end = core.end;
  let value = core.value;
  let low = core.low;
  let high = core.high;
  let rule: string = core.kind;
  const before = text.slice(Math.max(from, start - 30), start);
  const prevChar = text[start - 1];
  const rest0 = text.slice(end, Math.min(to, end + 60));

  if (phones.some(([a, b]) => start >= a && start < b)) return null;

  // A minus sign: "-1.3%" (after a space or bracket, not "2-0"), "minus 387", "minus-260", "$-50.8bn".
  let negative = false;
  if (core.kind === 'numeral') {
    const nm = NEGATIVE_BEFORE_RE.exec(before);
    if (nm) {
      negative = true;
      start -= (nm[1] ?? nm[2])!.length;
    }
  }
  const beforeSign = text.slice(Math.max(from, start - 30), start);
  // Text folded to ASCII writes £ as "PS" and ¥ as "Y=" ("PS8.1bn", "Y=590 billion"); "PS5" stays a name.
  const fm = core.kind === 'numeral' ? /(?<![\p{L}])(PS|Y=)[ \t]?$/u.exec(beforeSign) : null;
  const foldedSign = fm && (fm[1] === 'Y=' || /[.,]/.test(core.raw) || SCALE_AFTER_RE.test(text.slice(core.end, core.end + 12))) ? fm : null;
  if (core.kind === 'numeral') {
    // "EUR50m", "USD1,700", "RM23.50": a currency code glued to the number.
    const gluedCode = isLetter(prevChar) && (GLUED_CODE_RE.test(before) || (/\p{Lu}$/u.test(before) && CODE_BEFORE_RE.test(before)) || foldedSign !== null);
    if ((isLetter(prevChar) && !gluedCode) || prevChar === '_' || prevChar === '#' || prevChar === '/' || prevChar === '\\') return null;
    if (!negative && (prevChar === '-' || prevChar === '‑') && /[\p{L}][\p{L}\p{N}]*[-‑]$/u.test(before) && !/(?:^|[^\p{L}])sub-$/iu.test(before)) return null; // Su-35, Covid-19 (not "sub-7")
    if (INDEX_BEFORE_RE.test(before)) return null; // "S&P 500", "FTSE 100": index names
    if (/^[ \t]+(?:\p{Lu}[\p{Ll}'’]+[ \t]+){1,3}(?:Road|Street|St|Avenue|Ave|Lane|Boulevard|Blvd|Drive|Place|Square|Way)\b/u.test(rest0) || /^[ \t]+ZIP\b/i.test(rest0)) return null; // addresses, ZIP codes
    if (!negative && (prevChar === '.' || prevChar === ':' || prevChar === '-' || prevChar === '–') && /\d[.:\-–]$/.test(before)) return null;
    if (/^[:/]\d/.test(rest0) || /^-\d{1,2}-\d/.test(rest0) || /^\.\d/.test(rest0)) return null; // time, date, version
    if (/^(?:st|nd|rd|th)(?![\p{L}])/iu.test(rest0)) return null; // ordinal
    // "the 1990s", "in his 30s", "the '80s": a decade or an age bracket, not an amount.
    if (/^['’]?s(?![\p{L}\p{N}])/u.test(rest0) && /^(?:\d0|1\d\d0|20\d0)$/.test(core.raw)) return null;
    // "ended 2-2", "at 2-0 down", "a 4-3 win": a score, not a quantity or a range.
    const score = /^[-–](\d{1,3})(?!\d|[.,]\d)/.exec(rest0);
    if (score && /^\d{1,3}$/.test(core.raw) && parseInt(score[1]!, 10) <= core.value! && !/^[-–]\d+[ \t]*(?:%|percent|per cent)/i.test(rest0)) return null;
    // "ID.3", "No.5": a number glued to a letter and a dot is a name or a label (not "Rs.500").
    if (prevChar === '.' && /\p{L}\.$/u.test(before) && !/(?:^|[^\p{L}])Rs\.$/iu.test(before)) return null;
    if (/^[ \t]*(?:a\.?m\.?|p\.?m\.?)(?![\p{L}])|^[ \t]*(?:GMT|UTC|CET|EST|EET|MSK|hrs|o'clock|h\d\d)(?![\p{L}])/iu.test(rest0)) return null;
    if (MONTH_BEFORE_RE.test(before) && core.raw.length <= 2) return null; // "January 20"
    if (MONTH_AFTER_RE.test(rest0.replace(/^[ \t]+/, ' ').trimStart()) && core.raw.length <= 2 && /^[ \t]*(?:st|nd|rd|th)?[ \t]/i.test(rest0 + ' ') && !/^[ \t]*-/.test(rest0)) return null; // "20 January"
  }

  // Currency sign before.
  let unit: string | null = null;
  let unitKind: UnitInfo['kind'] | null = null;
  if (core.kind === 'numeral') {
    if (foldedSign) {
      unit = foldedSign[1] === 'PS' ? 'GBP' : 'JPY';
      unitKind = 'money';
      start -= foldedSign[0].length;
      rule = 'money';
    }
    const cm = unit === null ? CURRENCY_BEFORE_RE.exec(beforeSign) ?? (/\p{Lu}[ \t]?$/u.test(beforeSign) ? CODE_BEFORE_RE.exec(beforeSign) : null) : null;
    if (cm && CODE_BEFORE_RE.test(cm[0]) && !CURRENCY_SYMBOLS[cm[1]!.trim().toLowerCase()]) {
      // "SEK 3 billion": a currency code in capitals.
      unit = cm[1]!;
      unitKind = 'money';
      start = start - cm[0].length;
      rule = 'money';
    } else if (cm) {
      const sym = cm[1]!.trim().toLowerCase().replace(/[ \t]+/g, '');
      const code = sym === 'rm' && !cm[1]!.startsWith('RM') ? undefined : CURRENCY_SYMBOLS[sym];
      if (code) {
        unit = code;
        unitKind = 'money';
        start = start - cm[0].length;
        rule = 'money';
      }
    }
  }

  // Scale word after a numeral.
  let rest = text.slice(end, Math.min(to, end + 80));
  if (core.kind === 'numeral') {
    const sm = SCALE_AFTER_RE.exec(rest);
    if (sm) {
      const word = (sm[1] ?? sm[2] ?? sm[3])!.toLowerCase();
      const isShort = sm[3] !== undefined;
      // "1.8M dollars": a glued M is a million when a currency word follows.
      const moneyWord = isShort && /^[ \t]+(?:dollars?|euros?|pounds|rubles|roubles|hryvnias?|yuan|yen|francs)(?![\p{L}])/iu.test(rest.slice(sm[0].length));
      // "2.7m combined sales", "35m of its devices", "3m people": a glued m before a plural noun is a million
      // (below 100 or with decimals; "400m hurdles" stays a distance).
      const millionOf = isShort && word === 'm' && unitKind !== 'money' && !moneyWord && (value! < 100 || /\./.test(core.raw)) && pluralNounAhead(tok(), text, end + sm[0].length, to);
      if (!isShort || unitKind === 'money' || moneyWord || millionOf || word === 'k' || word === 'b') {
        if (!(isShort && word === 'm' && unitKind !== 'money' && !moneyWord && !millionOf)) {
          value = value! * NUMERAL_SCALES[word]!;
          end += sm[0].length;
          rest = text.slice(end, Math.min(to, end + 80));
        }
      }
    }
  }

  // Ranges: "8,000-10,000", "8,000 to 10,000", "between 8,000 and 10,000".
  const between = /(?:^|[^\p{L}])between[ \t]+$/iu.exec(text.slice(Math.max(from, start - 12), start));
  // The next core after what this one has taken (a scale word "million" is a core of its own).
  let ni = ci + 1;
  while (ni < cores.length && cores[ni]!.start < end) ni++;
  if (value !== null && ni < cores.length) {
    const next = cores[ni]!;
    const gap = text.slice(end, next.start);
    // "from 5 to 7 per cent" is a range; after a verb of change ("rose from 20 to 35") it is a before and an after.
    // ("goes from 0 to 62 mph": a change from nothing is a span.)
    const fromBefore = core.value !== 0 && /(?:^|[^\p{L}])from[ \t]+$/iu.test(text.slice(Math.max(from, start - 8), start)) && CHANGE_BEFORE_FROM_RE.test(text.slice(Math.max(from, start - 60), start));
    const ok =
      (between && /^(?:[ \t]+(?:and|to)[ \t]+|[ \t]*[-–][ \t]*)(?:[$€£¥₽₴]|US\$|(?:USD|EUR|GBP|RM|AUD|CAD|INR)[ \t]?)?$/.test(gap)) ||
      (!between && !fromBefore && /^(?:[ \t]*[-–—][ \t]*|[ \t]+to[ \t]+)(?:[$€£¥₽₴]|US\$|(?:USD|EUR|GBP|RM|AUD|CAD|INR)[ \t]?)?$/.test(gap));
    // "rose 60% in 2018 to 3.9 million": a year after a preposition starts no range.
    const yearAfterPrep = /^\d{4}$/.test(core.raw) && core.value! >= 1800 && core.value! <= 2199 && YEAR_PREP_RE.test(text.slice(Math.max(from, start - 12), start));
    if (ok && !yearAfterPrep && next.kind !== 'multitude' && core.kind !== 'multitude' && next.value !== null) {
      let hv = next.value;
      let hend = next.end;
      const srest = text.slice(hend, Math.min(to, hend + 20));
      const sm = SCALE_AFTER_RE.exec(srest);
      let scale = 1;
      if (sm && next.kind === 'numeral') {
        const word = (sm[1] ?? sm[2] ?? sm[3])!.toLowerCase();
        if (!(sm[3] !== undefined && word === 'm' && unitKind !== 'money')) {
          scale = NUMERAL_SCALES[word]!;
          hend += sm[0].length;
        }
      }
      hv *= scale;
      let lv = value;
      if (scale > 1 && lv < hv / scale * 1.0001 && lv * scale <= hv && value === core.value) lv = value * scale;
      // "two to three thousand troops": the scale word of the second number is shared by the first.
      const sw = core.kind === 'words' && next.kind === 'words' && value === core.value ? /(hundred|thousand|million|billion|trillion)$/i.exec(next.raw) : null;
      if (sw && !/hundred|thousand|million|billion|trillion|dozen/i.test(core.raw)) {
        const sc = sw[1]!.toLowerCase() === 'hundred' ? 100 : SCALES[sw[1]!.toLowerCase()]!;
        if (lv * sc <= hv) lv *= sc;
      }
      const yearish =
        core.raw.length === 4 && /^\d{4}$/.test(core.raw) && core.value! >= 1800 && core.value! <= 2100 && unit === null &&
        (/^\d{2}$/.test(next.raw) || (/^\d{4}$/.test(next.raw) && next.value! >= 1800 && next.value! <= 2100));
      // "gold rose $12 to $1,800": after a verb of change, a second number more than ten times the first is the
      // level reached, not the end of a range ("rose 5 to 10 percent" stays a range).
      const levelAfterChange = hv > 10 * lv && lv > 0 && CHANGE_VERB_BEFORE_RE.test(text.slice(Math.max(from, start - 40), start));
      if (hv > lv && !yearish && !levelAfterChange) {
        low = lv;
        high = hv;
        value = null;
        end = hend;
        rule = 'range';
        rest = text.slice(end, Math.min(to, end + 80));
      } else if (yearish) {
        return null; // "2014-2015"
      }
    }
  }

  // Unit after.
  let about: string | null = null;
  let aboutKey: string | null = null;
  let actor: string | null = null;
  let place: string | null = null;
  let counted = false;
  let unitPhrase: string | null = null;
  let attributive = false;
  let oneOf = false;
  let ownPart = false;
  if (core.kind === 'multitude') {
    // "hundreds of thousands of", "tens of millions", "dozens of warships".
    const mm = /^[ \t]+of[ \t]+(thousands|millions|billions)(?![\p{L}])/iu.exec(rest);
    if (mm) {
      const f = MULTITUDES[mm[1]!.toLowerCase()]![0];
      low = low! * f;
      high = high! * f;
      end += mm[0].length;
      rest = text.slice(end, Math.min(to, end + 80));
    } else if (/^tens$/i.test(core.raw)) return null;
  }
  const symAfter = unit === null && core.kind === 'numeral' ? /^[ \t]?([$€£¥₽₴₹₪元])(?![\p{L}\p{N}]|[ \t]\d)/u.exec(rest) : null;
  if (symAfter) {
    unit = symAfter[1] === '元' ? 'CNY' : CURRENCY_SYMBOLS[symAfter[1]!]!;
    unitKind = 'money';
    end += symAfter[0].length;
    rule = 'money';
  } else if (unit === null) {
    const ofm = core.kind === 'multitude' || /dozen|hundred|thousand|million|billion/i.test(core.raw) ? /^[ \t]+of[ \t]+/i.exec(rest) : null;
    // "30 MUSD", "120 MEUR", "400 kEUR": a currency code with a scale prefix, as financial reports write it.
    const scaledCode = value !== null && value === core.value ? /^[ \t]?([Mk])(USD|EUR|GBP|AUD|CAD|CHF|JPY|CNY|SEK|NOK)(?![\p{L}])/u.exec(rest) : null;
    let um = scaledCode ? { info: { unit: scaledCode[2]!, kind: 'money' as const }, length: scaledCode[0].length } : matchUnit(rest, core.kind === 'numeral');
    if (scaledCode) value = value! * (scaledCode[1] === 'M' ? 1e6 : 1e3);
    // "1/16 of a US pint": a fraction of a unit.
    const fracOf = !um && /[/⁄]/.test(core.raw) ? /^[ \t]+of[ \t]+an?[ \t]+(?:US[ \t]+|U\.S\.[ \t]+|imperial[ \t]+)?/i.exec(rest) : null;
    if (fracOf) {
      um = matchUnit(rest.slice(fracOf[0].length - 1), false);
      if (um) um = { info: um.info, length: um.length + fracOf[0].length - 1 };
    }
    if (!um && ofm) {
      // "millions of tons", "thousands of dollars"
      um = matchUnit(rest.slice(ofm[0].length - 1), false);
      if (um) um = { info: um.info, length: um.length + ofm[0].length - 1 };
    }
    // "50 billion won" is money (a thousand or more); "of the 12, 5 won" is a verb.
    if (!um && value !== null && value >= 1000 && /^[ \t]+won(?![\p{L}])/u.test(rest)) um = { info: { unit: 'KRW', kind: 'money' }, length: rest.indexOf('won') + 3 };
    if (um) {
      // Money words after a currency sign ("$5 dollars") count once; otherwise take the unit.
      unit = um.info.unit;
      unitKind = um.info.kind;
      // "361 million pounds" is money; "200 pounds" of weight stays a mass.
      if (unit === 'pound' && value !== null && value >= 1e5) {
        unit = 'GBP';
        unitKind = 'money';
      }
      end += um.length;
      if (rule === 'numeral' || rule === 'words') rule = um.info.kind === 'money' ? 'money' : um.info.kind === 'percent' ? 'percent' : 'unit';
    }
  } else {
    // "$5 billion dollars": swallow a redundant currency word.
    const um = matchUnit(rest, false);
    if (um && um.info.kind === 'money') end += um.length;
  }
  rest = text.slice(end, Math.min(to, end + 80));
  if (unitKind === 'money' && value !== null && value === core.value && core.kind === 'numeral') {
    // "75 USD million": a scale word after the currency.
    const sm = /^[ \t]+(million|billion|trillion|bn|mn)(?![\p{L}])/iu.exec(rest);
    if (sm) {
      value *= NUMERAL_SCALES[sm[1]!.toLowerCase()]!;
      end += sm[0].length;
      rest = text.slice(end, Math.min(to, end + 80));
    }
  }
  if (unitKind === 'money' && value !== null && Number.isInteger(value) && value === core.value && !nested) {
    // "15 dollars 50", "3 dollars and 50 cents", "thirteen dollars and forty-five cents": one amount in a
    // currency and its hundredths.
    const gm = /^[ \t]+(?:and[ \t]+)?/i.exec(rest);
    const mi = gm ? coreAt(cores, ci, end + gm[0].length) : -1;
    const minor = mi >= 0 && cores[mi]!.start === end + gm![0].length ? cores[mi] : undefined;
    if (minor && minor.value !== null && Number.isInteger(minor.value) && minor.value >= 1 && minor.value <= 99 && (minor.kind === 'words' || /^\d{1,2}$/.test(minor.raw))) {
      const after = text.slice(minor.end, Math.min(to, minor.end + 20));
      const cents = /^[ \t]*(?:cents?|pence|kopecks?|centimes?)(?![\p{L}])/iu.exec(after);
      if (cents || /^[ \t]*(?:[.,;:!?)]|$)/.test(after)) {
        value += minor.value / 100;
        end = minor.end + (cents ? cents[0].length : 0);
        rest = text.slice(end, Math.min(to, end + 80));
      }
    }
  }
  // (Not from percentage points or basis points: "by 0.5 percentage point to 4.4%" is a change and a level.)
  if (unitKind === 'percent' && unit === 'percent' && value !== null) {
    const pr = /^[ \t]*(?:-|–|to)[ \t]*(\d+(?:\.\d+)?)[ \t]?(%|percent|per cent)(?![\p{L}])/iu.exec(rest);
    if (pr && parseFloat(pr[1]!) > value) {
      low = value;
      high = parseFloat(pr[1]!);
      value = null;
      end += pr[0].length;
      rule = 'range';
      rest = text.slice(end, Math.min(to, end + 80));
    }
  }

  // "from 450 sq ft up to 900 sq ft", "between 5 km and 8 km": a range with the unit written twice.
  if (unit !== null && value !== null && unitKind !== 'count' && unitKind !== 'money' && core.kind === 'numeral') {
    const lead = text.slice(Math.max(from, start - 60), start);
    const fromish = /(?:^|[^\p{L}])(?:from|between)[ \t]+$/iu.test(lead) && !CHANGE_BEFORE_FROM_RE.test(lead);
    const gm = fromish ? /^[ \t]+(?:to|up[ \t]+to|and)[ \t]+/i.exec(rest) : null;
    const next = gm ? cores.find((c) => c.start === end + gm[0].length) : undefined;
    if (next && next.kind === 'numeral' && next.value !== null && next.value > value) {
      const um2 = matchUnit(text.slice(next.end, Math.min(to, next.end + 40)), true);
      if (um2 && um2.info.unit === unit) {
        low = value;
        high = next.value;
        value = null;
        end = next.end + um2.length;
        rule = 'range';
        rest = text.slice(end, Math.min(to, end + 80));
      }
    }
  }

  const tokens = unit === null || unitKind === 'money' || unitKind === 'percent' ? tok() : null;

  if (unit === null && tokens) {
    // Hyphenated count adjective: "a 30-nation alliance".
    let i = tokensFrom(tokens, end);
    let skipOf = 0;
    if (core.kind === 'multitude' || /^(?:[ \t]+of[ \t]+)/.test(rest)) {
      const om = /^[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?/i.exec(rest);
      if (om && (core.kind === 'multitude' || /dozen|hundred|thousand|million|billion/i.test(core.raw) || (value !== null && core.value !== null && value >= core.value * 1000))) {
        skipOf = om[0].length;
        i = tokensFrom(tokens, end + skipOf);
      }
    }
    // "one of the best speakers", "one of Airbnb's earliest investments": one of a plural.
    let possessor: string | null = null;
    let whole = 0;
    // "five of the three-ton satellites", "two of Russia's warships": a part of a plural (below 1,000).
    // ("1,351 of its troops": larger parts too, written with a thousands separator or in words; not "2014 of the".)
    const partOf = value !== null && value === core.value && Number.isInteger(value) && value >= 2 && (value < 1000 || /\d,\d{3}/.test(core.raw) || core.kind === 'words');
    if (skipOf === 0 && (/^one$/i.test(core.raw) || partOf)) {
      const om = /^[ \t]+of[ \t]+(?:the|my|his|her|its|their|our|your|these|those)[ \t]+/i.exec(rest);
      // "two of Russia's warships", "four of the company's biggest plants": a possessor before the plural.
      const pm = /^[ \t]+of[ \t]+(?:the[ \t]+(?=\p{Ll}))?([\p{L}][\p{L}-]*)['’]s[ \t]+(?!\d)/u.exec(rest) ?? (om ? null : /^[ \t]+of[ \t]+(\p{Lu}[\p{L}-]*)['’]s[ \t]+/u.exec(rest));
      // "20 of 30 passes": "of" and a number, with no determiner (only with a whole, below).
      const bm = om || pm ? null : /^[ \t]+of[ \t]+(?=\d)/.exec(rest);
      const lead = pm ?? om ?? bm;
      // "three of the 10 largest banks", "five of its 12 ministers": the whole is a larger number; the part
      // counts what the whole counts.
      if (lead) {
        // ("five of its last 6 games", "3 of the top 10 banks": one lower-case word may stand before the whole.)
        // ("12 of the country's 16 regions": or a possessor.)
        const ord = om ? /^\p{Ll}+(?:['’]s)?[ \t]+(?=\d)/u.exec(text.slice(end + lead[0].length, Math.min(to, end + lead[0].length + 20))) : null;
        const at = end + lead[0].length + (ord ? ord[0].length : 0);
        const wi = coreAt(cores, ci, at);
        const w = wi >= 0 ? cores[wi]! : undefined;
        if (w && w.start === at && w.value !== null && w.value > value! && !/^\d{4}$/.test(w.raw) && /^[ \t]+\p{L}/u.test(text.slice(w.end, w.end + 2))) whole = w.end - end - lead[0].length;
      }
      if (lead && (whole > 0 || !bm) && ((/^one$/i.test(core.raw) && !bm) || pluralNounAhead(tokens, text, end + lead[0].length + (whole ? whole : -1), to))) {
        skipOf = lead[0].length + whole;
        oneOf = true;
        // "1,351 of its troops killed", "35 of their soldiers": a count out of the possessor's own forces or
        // people claims a number as much as "1,351 troops" does (not "one of its", not a part of a stated whole).
        ownPart = value! >= 2 && whole === 0 && !!om && /^[ \t]+of[ \t]+(?:its|their|his|her|our)[ \t]/i.test(om[0]);
        possessor = pm && whole === 0 ? pm[1]!.toLowerCase() : null;
        i = tokensFrom(tokens, end + skipOf);
      }
    }
    // "a 100,000-strong force", "100,000-plus troops", "30-odd years": a suffix that qualifies the number;
    // what follows is what is counted.
    const suffix = skipOf === 0 ? /^-(?:strong|plus|odd)(?=[ \t]+\p{L})[ \t]+/u.exec(rest) : null;
    if (suffix) {
      skipOf = suffix[0].length;
      i = tokensFrom(tokens, end + skipOf);
    }
    const t0 = tokens[i];
    const hy = suffix || /^-(?:strong|plus|odd)(?![\p{L}])/u.test(rest) ? null : /^-([\p{Ll}]+)(?![\p{L}-])/u.exec(rest);
    // "four-cylinder engine", "three-point range" (not "one-sided", "two-faced").
    const hyWords = hy && core.kind === 'words' && value !== null && value > 1 && !/(?:ed|ing|ly|th|ths|thirds?|quarters?|halves|plus|way|time|pound)$/.test(hy[1]!);
    const shared = sharedUnitAhead(text, to, cores, end);
    if (shared) {
      // "a 7- or 8-inch screen", "four-, five- and six-cylinder engines": the unit of the last number.
      unit = shared.unit;
      unitKind = shared.kind;
      end += 1;
      rule = shared.kind === 'count' ? 'count' : 'unit';
      attributive = shared.kind === 'count';
    } else if (hy && core.kind === 'words' && !hyWords && !/(?:thirds?|quarters?|halves|th|ths)$/.test(hy[1]!) && !(value === 1 && /(?:year|month|week|day|hour|minute)$/.test(hy[1]!))) {
      // "a four-way summit", "one-party rule", "a two-sided deal": a word number inside a compound adjective
      // counts nothing ("one-year" and "two-thirds" go on as units and fractions).
      return null;
    } else if (hy && (core.kind === 'numeral' || hyWords)) {
      // An attributive count describes what follows ("a 30-nation alliance" is an alliance, not a
      // number of nations someone claims): a figure with unit `nation`, but nothing for the ledger.
      unit = hy[1]!;
      unitKind = 'count';
      end += hy[0].length;
      rule = 'count';
      attributive = true;
    } else if (core.kind === 'multitude' && /^(?:dozens|tens|hundreds|thousands|millions|billions)$/i.test(core.raw) && skipOf === 0 && !/^[ \t]+(?:more|fewer|other)(?![\p{L}])/iu.test(rest)) {
      // "hundreds of thousands face starvation", "dozens killed": a multitude counts a noun only after "of"
      // ("thousands of people") or "more" ("thousands more troops"); a word right after it is the verb.
    } else if (t0 && t0.start - (end + skipOf) <= 2 && t0.start >= end) {
      const np = countedNoun(tokens, i);
      if (np) {
        const [first, head, coordinated] = np;
        let headTok = tokens[head]!;
        let headLemma = lemmaOf(headTok);
        const firstTok = tokens[first]!;
        // "a 12 page report", "a 3 cylinder engine": a singular noun after a number above one, before
        // another singular noun, is an attributive count of that first noun.
        const singular = (t: PosToken) => t.pos === 'NOUN' && lemmaOf(t) === t.text.toLowerCase() && !/s$/i.test(t.text);
        const attributiveNoun = head > first && value !== null && value > 1 && value < 1000 && Number.isInteger(value) && singular(firstTok) && singular(headTok);
        if (attributiveNoun) {
          headTok = firstTok;
          headLemma = lemmaOf(firstTok);
        }
        // "left 3 dead and 12 wounded": a participle of harm alone, read as a noun, counts people.
        const harmed = head === first && !oneOf && headTok.text.toLowerCase() in PERSON_FATES && tokens[head + 1]?.pos !== 'NOUN' ? PERSON_FATES[headTok.text.toLowerCase()]! : null;
        if (harmed) headLemma = 'people';
        // The unit is the head noun, singular ("two telephone calls": `call`); `unitPhrase` keeps the
        // modifiers lower-cased and lemmatised ("telephone call", "large contract", "european country"),
        // as quantity annotations name it.
        unit = headLemma;
        // Coordinated modifiers stay in the phrase without the conjunction ("russian belarusian troop").
        unitPhrase = [...(possessor ? [possessor] : []), ...(attributiveNoun ? [] : modifierWords(tokens, first, head)), headLemma].join(' ');
        // One of a plural only: "one of the students", not "one of the team".
        if (oneOf && (lemmaOf(headTok) === headTok.text.toLowerCase() || attributiveNoun)) return null;
        if (oneOf && !ownPart) attributive = true;
        // "517 rushing yards", "50 previous years": a unit of measure keeps its own name.
        // "three quarters of voters", "two thirds of the vote": a fraction in words, not a count of quarters.
        if (head === first && core.kind === 'words' && /^(?:halves|thirds|quarters|fifths|tenths)$/i.test(headTok.text) && tokens[head + 1]?.text.toLowerCase() === 'of') return null;
        // "12 consecutive quarters": a quarter of a year is a unit of time, as the benchmark's vocabulary lists it.
        const measure = /^\p{Ll}/u.test(headTok.text) ? (UNIT_SURFACES.find(([surface]) => surface === headTok.text)?.[1] ?? (headTok.text === 'quarters' && tokens[head + 1]?.text.toLowerCase() !== 'of' ? { unit: 'quarter', kind: 'time' as const } : undefined)) : undefined;
        if (measure && measure.kind !== 'count' && !attributiveNoun) {
          unit = measure.unit;
          unitPhrase = null;
        }
        if (attributiveNoun) {
          attributive = true;
          unitPhrase = null;
        }
        unitKind = measure && measure.kind !== 'count' ? measure.kind : 'count';
        // "65 snaps of man coverage", "2 million doses of vaccine": a plural count of a bare noun phrase (no
        // determiner, lower case) is named with it, without "of"; "35 sections of the region" is not.
        const plural = isPluralNoun(headTok) || (headTok.pos === 'VERB' && /[^s]s$/.test(headTok.text) && headLemma !== headTok.text.toLowerCase());
        if (!measure && !attributiveNoun && !oneOf && plural && tokens[head + 1]?.text === 'of' && /^\p{Ll}/u.test(tokens[head + 2]?.text ?? '') && ['NOUN', 'ADJ'].includes(tokens[head + 2]!.pos)) {
          const np2 = countedNoun(tokens, head + 2);
          const h2 = np2 ? tokens[np2[1]]! : undefined;
          if (np2 && h2 && h2.pos === 'NOUN' && np2[1] - np2[0] <= 1 && tokens.slice(np2[0], np2[1] + 1).every((t) => /^[\p{Ll}-]/u.test(t.text))) {
            unitPhrase = [unitPhrase ?? headLemma, ...modifierWords(tokens, np2[0], np2[1]), lemmaOf(h2)].join(' ');
          }
        }
        counted = true;
        rule = rule === 'range' ? 'range' : core.kind === 'multitude' ? 'multitude' : 'count';
        let aboutEnd = headTok.end;
        let fate: string | null = null;
        let k = head + 1;
        // "13,000 people killed", "14,000 dead".
        const nt = tokens[k];
        if (nt && nt.text.toLowerCase() in PERSON_FATES && (PERSON_NOUNS.has(headTok.text.toLowerCase()) || headLemma === 'person')) {
          fate = PERSON_FATES[nt.text.toLowerCase()]!;
          aboutEnd = nt.end;
          k++;
        } else if (nt && /^(have|had|has|were|was|are|been)$/i.test(nt.text)) {
          // "14,000 people have been killed"
          let k2 = k;
          while (k2 < tokens.length && k2 < k + 3 && /^(have|had|has|were|was|are|been|reportedly|already)$/i.test(tokens[k2]!.text)) k2++;
          const ft = tokens[k2];
          if (ft && ft.text.toLowerCase() in PERSON_FATES && PERSON_NOUNS.has(headTok.text.toLowerCase())) fate = PERSON_FATES[ft.text.toLowerCase()]!;
        }
        if (!fate) {
          // "killed more than 14,000 people"
          const pw = prevWord(text, startOfQualifier(text, from, start), from);
          if (pw && pw.word.toLowerCase() in FATE_VERBS && PERSON_NOUNS.has(headTok.text.toLowerCase())) fate = FATE_VERBS[pw.word.toLowerCase()]!;
        }
        if (headTok.text.toLowerCase() === 'dead' || headLemma === 'death' || headLemma === 'fatality') fate = 'killed';
        if (harmed) fate = harmed;
        // Actor from a nationality modifier (none when two are coordinated: "Russian and Belarusian troops").
        for (let q = first; q < head; q++) {
          const lw = tokens[q]!.text.toLowerCase();
          if (lw in ACTORS) actor = actor !== null && coordinated && ACTORS[lw] !== actor ? null : ACTORS[lw]!;
          if (coordinated && actor === null && q > first) break;
        }
        // Place: a chain of place phrases after the counted noun.
        const pp = placePhrase(tokens, k, text);
        if (pp) {
          place = text.slice(pp[0], pp[1]);
          aboutEnd = pp[1];
        }
        about = text.slice(tokens[first]!.start, aboutEnd);
        aboutKey = aboutKeyFor(headLemma, fate);
        if (!actor && aboutKey && MILITARY_KEYS.has(aboutKey)) actor = clauseActor(text, from, start, tokens);
        // The figure's own span ends at the counted noun (and its participle when there is one).
        // (A part of a counted whole ends at its own number: the whole is a figure of its own.)
        if (whole === 0) end = fate && nt && nt.text.toLowerCase() in PERSON_FATES ? nt.end : headTok.end;
      } else if (/^[ \t]+who(?![\p{L}])/iu.test(rest) && value !== null && value >= 2) {
        // "95,800 who have been unemployed": people.
        unit = 'people';
        unitKind = 'count';
        counted = true;
        aboutKey = 'person';
        rule = 'count';
      }
    }
  } else if (tokens && (unitKind === 'money' || unitKind === 'percent')) {
    // "$200 million worth of anti-armor missiles", "10 percent of the vote", "$1bn in aid".
    const om = /^[ \t]+(?:worth[ \t]+of|of|in|for)[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?/i.exec(rest);
    if (om) {
      const i = tokensFrom(tokens, end + om[0].length);
      const np = countedNoun(tokens, i);
      if (np) {
        const headTok = tokens[np[1]]!;
        about = text.slice(tokens[np[0]]!.start, headTok.end);
        aboutKey = aboutKeyFor(lemmaOf(headTok), null);
      }
    }
  }

  // (Not after "3, ": "3, 150 and 200 goals" may be a spaced thousand.)
  if (unit === null && value !== null && !nested && (core.kind === 'numeral' || core.kind === 'words') && !/\d,[ \t]*$/.test(text.slice(Math.max(from, start - 4), start))) {
    // "140 Italian and 250 Polish troops", "two or three days", "5 senior and 9 junior officials": a number
    // coordinated with a figure shares its unit (a modifier of its own goes into the phrase).
    const cm = /^[ \t]+(?:(\p{Lu}\p{Ll}+|\p{Ll}+)[ \t]+)?(?:or|and)[ \t]+$/u;
    const ni = coreAt(cores, ci, end + 1);
    const next = ni >= 0 ? cores[ni]! : undefined;
    const gap = next ? text.slice(end, next.start) : '';
    const gm = next && next.start - end < 40 ? cm.exec(gap) : null;
    const modTok = gm?.[1] ? tok()[tokensFrom(tok(), end + gap.indexOf(gm[1]))] : undefined;
    // A next number followed at once by another conjunction and a number ("5 and 6 and 7") can take no unit of
    // its own, so it is not built (a long list would otherwise be built twice).
    const bareNext = next !== undefined && /^[ \t]+(?:and|or)[ \t]+\d/.test(text.slice(next.end, Math.min(to, next.end + 12)));
    if (next && gm && !bareNext && next.value !== null && (!gm[1] || (modTok && (modTok.pos === 'ADJ' || modTok.pos === 'PROPN') && modTok.text === gm[1]))) {
      const nd = buildDraft(text, from, to, next, cores, ni, tok, phones, true);
      if (nd && nd.unit !== null && nd.value !== null && nd.unitKind !== 'age' && (!gm[1] || nd.unitPhrase !== null) && nd.rule !== 'carried') {
        unit = nd.unit;
        unitKind = nd.unitKind;
        unitPhrase = gm[1] ? `${modTok!.pos === 'ADJ' ? modTok!.lemma : gm[1].toLowerCase()} ${nd.unit}` : nd.unitPhrase;
        if (gm[1]) end += gap.indexOf(gm[1]) + gm[1].length;
        counted = nd.unitKind === 'count';
        aboutKey = nd.aboutKey;
        actor = gm[1] ? ACTORS[gm[1].toLowerCase()] ?? null : nd.actor;
        rule = nd.unitKind === 'count' ? 'count' : 'unit';
      }
    }
  }
  if (unit === null && value === null && rule === 'range' && core.kind === 'numeral' && high !== null && high <= 120 && AGE_WORD_BEFORE_RE.test(text.slice(Math.max(from, start - 20), start))) {
    // "women aged 25 to 54", "aged between 18 and 30": a range of ages.
    unit = 'year of age';
    unitKind = 'age';
  }
  if (unit === null && !counted && (value !== null || (core.kind === 'multitude' && low !== null)) && !negative) {
    // "killing more than 13,000", "14,000 have been killed", "dozens killed": a bare number a verb of harm counts is people.
    const vb = FATE_BEFORE_RE.exec(text.slice(Math.max(from, startOfQualifier(text, from, start) - 20), startOfQualifier(text, from, start)));
    const pa = vb ? null : FATE_AFTER_RE.exec(text.slice(end, Math.min(to, end + 40)));
    const isYear = value !== null && /^\d{4}$/.test(core.raw) && value >= 1800 && value <= 2199;
    if ((vb || pa) && (value ?? low!) >= 2 && !isYear && !/^[ \t]*[-–%/]/.test(text.slice(end, end + 3))) {
      unit = 'people';
      unitKind = 'count';
      counted = true;
      aboutKey = FATE_KEYS[(vb ? vb[1]! : (pa![1] ?? pa![2])!).toLowerCase().replace(/(?:ed|ing|s|e)$/, '')] ?? 'killed';
      rule = 'count';
    } else if (core.kind === 'numeral' && /^\d{1,3}$/.test(core.raw) && (value ?? high ?? 200) <= 120 && (AGE_WORD_BEFORE_RE.test(text.slice(Math.max(from, start - 20), start)) || (AGE_WHO_BEFORE_RE.test(text.slice(Math.max(from, start - 20), start)) && /^[ \t]*(?:[,.;)]|$)/.test(text.slice(end, end + 2))))) {
      // "aged 45", "at the age of 87", "women aged 25 to 54", "Maria, who was 10,": an age.
      unit = 'year of age';
      unitKind = 'age';
      rule = rule === 'range' ? 'range' : 'unit';
    } else if (core.kind === 'numeral' && /^\d{1,2}$/.test(core.raw) && value !== null && value >= 1 && AGE_BEFORE_RE.test(text.slice(Math.max(from, start - 40), start)) && /^,[ \t]/.test(text.slice(end, end + 2))) {
      // "Polina Nesterova, 20, a student": an age set off by commas after a name.
      const name = /([\p{Lu}][\p{L}'’-]+),[ \t]*$/u.exec(text.slice(Math.max(from, start - 40), start))![1]!;
      if (!(name.toLowerCase() in ACTORS) && !MONTH_AFTER_RE.test(name) && !NOT_A_NAME_RE.test(name)) {
        unit = 'year of age';
        unitKind = 'age';
        rule = 'unit';
      }
    }
  }

  // Word numbers need a unit or a counted noun; so does "one". "forty-fifth" is an ordinal.
  if (core.kind === 'words') {
    // "net-zero", "number-one": a word number joined to a word before it is part of a compound.
    if (text[core.start - 1] === '-' && isLetter(text[core.start - 2])) return null;
    // "half a percentage point", "half a century" (a unit of measure); "in the first half a team scored" is no count.
    if (/^half[ \t]+an?$/i.test(core.raw) && (unit === null || unitKind === 'count')) return null;
    if (/(?:quarters?|thirds?)[ \t]+of[ \t]+an?$/i.test(core.raw) && (unit === null || unitKind === 'count')) return null;
    if (/^-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)(?![\p{L}])/iu.test(text.slice(core.end, core.end + 12))) return null;
    if (value === null && low === null) {
      // "a"/"an"/"half" alone: only "at least a month", "about a week".
      if (!/^(a|an)$/i.test(core.raw) || unit === null || unitKind !== 'time') return null;
      // ("up to a very dark day" is no duration: no adverb between "a" and the unit.)
      if (text.slice(core.end, end).split(/[ \t]+/).some((w) => DEGREE_ADVERBS.has(w.toLowerCase()) || /ly$/i.test(w))) return null;
      if (!qualifierBefore(text, core.start, from)) return null;
      value = 1;
    }
    if (unit === null) return null;
    const lw0 = prevWord(text, start, from)?.word.toLowerCase();
    if (lw0 && LABEL_WORDS.has(lw0)) return null;
    if (/^one$/i.test(core.raw)) {
      const pw = prevWord(text, start, from);
      // ("said that one of the computers": "one of" a plural is a count whatever stands before it.)
      if (pw && ONE_PRONOUN_BEFORE.has(pw.word.toLowerCase()) && !oneOf) return null;
      if (!oneOf && /^[ \t]+of(?![\p{L}])/iu.test(text.slice(core.end, core.end + 5))) return null;
      if (unit === 'day' && !qualifierBefore(text, core.start, from)) return null; // "one day" is mostly "some day"
    }
  }
  if (core.kind === 'multitude' && unit === null) return null;

  // Years, labels and model numbers.
  const qual = qualifierBefore(text, start, from);
  if (core.kind === 'numeral' && unit === null || (core.kind === 'numeral' && (unitKind === 'count' || counted) && !qual)) {
    const prepBefore = YEAR_PREP_RE.test(text.slice(Math.max(from, start - 12), start));
    // "by 2120": a later year only after a preposition.
    const isYear = /^\d{4}$/.test(core.raw) && core.value! >= 1800 && core.value! <= (prepBefore && unit === null ? 2199 : 2099) && value === core.value;
    if (isYear && (!qual || !counted || prepBefore)) return null;
    // "Dak Prescott (4)": a bare number in brackets after a name is a shirt number or a reference.
    if (unit === null && text[core.start - 1] === '(' && text[core.end] === ')' && /\p{Lu}[\p{L}'’.-]*[ \t]+\($/u.test(text.slice(Math.max(from, core.start - 30), core.start))) return null;
  }
  if (core.kind === 'numeral' && unitKind !== 'money' && unitKind !== 'percent') {
    const pw = prevWord(text, start, from);
    if (pw && !qual) {
      const lw = pw.word.toLowerCase();
      if (LABEL_WORDS.has(lw) || LABEL_WORDS.has(lw.replace(/\.$/, ''))) return null;
      // "Boeing 737", "Minsk 2", "Windows 10": a capitalised name right before a bare small number.
      // ("Boeing 737 Max jets": a longer number too, when a capitalised word follows it.)
      if ((unit === null || (unitKind === 'count' && (/^\d{1,2}$/.test(core.raw) || (/^\d{3,4}$/.test(core.raw) && /^[ \t]+\p{Lu}/u.test(text.slice(core.end, core.end + 3)))))) && /^\p{Lu}|^\p{Ll}+\p{Lu}/u.test(pw.word) && !(lw in ACTORS) && !MONTH_AFTER_RE.test(pw.word) && /^[ \t]+$/.test(text.slice(pw.start + pw.word.length, start)) && pw.start > from) return null;
    }
  }

  let qualifier: string | null = null;
  if (qual && !between) {
    qualifier = qual[0];
    start = qual[1];
  }
  if (between && rule === 'range') {
    const bi = text.slice(Math.max(from, start - 12), start).toLowerCase().lastIndexOf('between');
    if (bi >= 0) start = Math.max(from, start - 12) + bi;
  }

  // A paired conversion in brackets: "75 km (50 miles)", "10.5 million Australian dollars ($7.5 million)".
  let converted: Figure['converted'] = null;
  const cm = /^[ \t]*\([ \t]*(?:about|around|approx\.?|approximately|roughly|some|nearly|almost|over|more than)?[ \t]*/i.exec(text.slice(end, Math.min(to, end + 30)));
  if (cm && unit !== null && unitKind !== 'count' && !nested) {
    const innerStart = end + cm[0].length;
    const close = text.indexOf(')', innerStart);
    if (close > innerStart && close - innerStart < 40) {
      const inner = cores.find((c) => c.start >= end && c.start < close);
      if (inner) {
        const sub = buildDraft(text, Math.max(end, innerStart - 5), close, inner, [inner], 0, () => [], [], true);
        if (sub && sub.unit !== null && sub.end <= close && /^[ \t]*$/.test(text.slice(sub.end, close))) {
          converted = { text: text.slice(sub.start, sub.end), value: sub.value, low: sub.low, high: sub.high, unit: sub.unit };
          end = close + 1;
        }
      }
    }
  }

  // Compound units: "$5 per share", "3 percent a year", "2 million tonnes per year", "$80/barrel".
  let pu: { unit: string; length: number } | null = null;
  if (unit !== null && unitKind !== 'time' && unitKind !== 'age') {
    const pm = PER_RE.exec(text.slice(end, Math.min(to, end + 30)));
    // (A count takes "a"/"an" only before a unit of time: "1,000 cars a day", not "3 cars a person".)
    if (pm && !(pm[1]!.toLowerCase() !== 'per' && unitKind === 'count' && !/^(?:year|day|month|week|hour|minute|second)$/i.test(pm[2]!))) {
      const denom = pm[2]!.toLowerCase();
      unit = `${unit} per ${PER_NAMES[denom] ?? denom}`;
      if (unitPhrase !== null) unitPhrase = `${unitPhrase} per ${PER_NAMES[denom] ?? denom}`;
      end += pm[0].length;
    } else if (unitKind !== 'count' && unitKind !== 'percent' && unitKind !== 'money' && (pu = perUnitAhead(text.slice(end, Math.min(to, end + 40))))) {
      // "50 metres per millisecond", "20 km/ms": a measure per any unit of measure.
      unit = `${unit} per ${pu.unit}`;
      end += pu.length;
    } else {
      // "34,500 metric tons of copper a year": the rate follows what is measured (the span stays on the amount).
      const om = unitKind !== 'count' && unitKind !== 'percent' && unitKind !== 'money' ? OF_RATE_RE.exec(text.slice(end, Math.min(to, end + 60))) : null;
      if (om) unit = `${unit} per ${om[1]!.toLowerCase()}`;
      else {
        // "200 calories per serving", "3 goals per match": "per" and any singular noun (a participle may stand
        // between: "per insured patient").
        const gm = /^[ \t]+per[ \t]+(?:\p{Ll}{2,}ed[ \t]+)?(\p{Ll}{3,})(?![\p{L}\p{N}-])/u.exec(text.slice(end, Math.min(to, end + 40)));
        // "116 euros per megawatt hour": a unit of measure after "per" keeps its own name.
        const pw = /^[ \t]+per(?=[ \t]+\p{L})/u.exec(text.slice(end, Math.min(to, end + 6)));
        const mu = pw ? matchUnit(text.slice(end + pw[0].length, Math.min(to, end + 60)), false) : null;
        const nt = gm ? tok()[tokensFrom(tok(), end + gm[0].length - gm[1]!.length)] : undefined;
        if (pw && mu && mu.info.kind !== 'money' && mu.info.kind !== 'percent') {
          unit = `${unit} per ${mu.info.unit}`;
          if (unitPhrase !== null) unitPhrase = `${unitPhrase} per ${mu.info.unit}`;
          end += pw[0].length + mu.length;
        } else if (gm && nt && nt.text === gm[1] && ['NOUN', 'VERB', 'ADJ'].includes(nt.pos) && !/[^s]s$/.test(nt.text)) {
          unit = `${unit} per ${gm[1]}`;
          if (unitPhrase !== null) unitPhrase = `${unitPhrase} per ${gm[1]}`;
          end += gm[0].length;
        }
      }
    }
  }

  if (negative) {
    if (value !== null) value = -value;
    else if (low !== null) low = -low;
  }

  return {
    start,
    end,
    value,
    low,
    high,
    qualifier,
    unit,
    unitKind,
    about,
    unitPhrase: unitPhrase !== null && unitPhrase !== unit ? unitPhrase : null,
    // A rate ("100 soldiers a day") is not a number of the things it counts: no ledger key.
    aboutKey: unitKind === 'age' || unitKind === 'time' || unitKind === null || attributive || (unitKind === 'count' && unit !== null && / per /.test(unit)) ? null : aboutKey ?? (unitKind === 'count' ? unit : null),
    actor,
    place,
    converted,
    rule,
  };
}

// A verb of harm right before a bare number, or a passive one after it ("14,000 have been killed").
const FATE_BEFORE_RE = /(?:^|[^\p{L}])(kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es|e)|evacuat(?:ed|ing|es|e)|displac(?:ed|ing|es|e)|detain(?:ed|ing|s)?|arrest(?:ed|ing|s)?)(?:[ \t]+(?:at[ \t]+least|more[ \t]+than|about|some|nearly|almost|over|around|up[ \t]+to))?[ \t]+$/iu;
const FATE_AFTER_RE = /^[ \t]+(?:(?:were|have|has|had|are)[ \t]+(?:been[ \t]+)?(?:reportedly[ \t]+)?(killed|wounded|injured|evacuated|displaced|detained|arrested|missing)|(killed|dead|wounded|injured|missing))(?![\p{L}])/iu;
const FATE_KEYS: Record<string, string> = {
  kill: 'killed', wound: 'wounded', injur: 'wounded', evacuat: 'evacuated', displac: 'displaced', detain: 'detained', arrest: 'detained', miss: 'missing',
};
// A capitalised name and a comma right before a number ("Oleksandr Kopov, 60,").
const AGE_WORD_BEFORE_RE = /(?:^|[^\p{L}])(?:aged|age[ \t]+of|at[ \t]+age|ages)(?:[ \t]+between)?[ \t]+$/iu;
const AGE_WHO_BEFORE_RE = /(?:^|[^\p{L}])who[ \t]+(?:is|was)[ \t]+(?:now[ \t]+|then[ \t]+|only[ \t]+|just[ \t]+)?$/iu;
const AGE_BEFORE_RE = /(?:\p{Lu}[\p{L}'’.-]+|\p{Ll}+)[ \t]+\p{Lu}[\p{Ll}'’-]+,[ \t]*$/u;

// ("12 cents per diluted share": a participle between "per" and the unit is not part of it.)
const PER_RE = /^(?:[ \t-]+|[ \t]*(?=\/))(per|a|an|each|\/)(?:[ \t-]+|(?<=\/)[ \t]*)(?:(?<=per[ \t]+)\p{Ll}{2,}ed[ \t]+)?(?!(?:year|month|week|day)s?[ \t]+(?:earlier|ago|later|before|after))(share|dozen|year|day|month|week|hour|annum|person|capita|barrel|tonne|ton|kilogram|kg|litre|liter|gallon|head|unit|ounce|pound|minute|second|km|kilometre|kilometer|mile|square (?:foot|feet|metre|meter|mile|kilometre|kilometer)|sq\.? ?ft|century|decade|game|household|mmbtu|gram|gramme)(?![\p{L}])/iu;
/** "per millisecond", "/ms": a unit of measure after "per" or a slash (not money, counts or percent). */
function perUnitAhead(rest: string): { unit: string; length: number } | null {
  const m = /^[ \t]*(?:per[ \t]+|\/[ \t]*)/i.exec(rest);
  if (!m) return null;
  const um = matchUnit(rest.slice(m[0].length), true);
  if (!um || um.info.kind === 'money' || um.info.kind === 'percent' || um.info.kind === 'age' || um.info.kind === 'count') return null;
  // Only the singular or plural unit, not a compound that already names its own rate ("km/h").
  if (/ per |\//.test(um.info.unit)) return null;
  return { unit: um.info.unit, length: m[0].length + um.length };
}

const OF_RATE_RE = /^[ \t]+of[ \t]+(?:[\p{Ll}-]+[ \t]+){1,3}(?:a|per|each)[ \t]+(year|day|month|week|hour)(?![\p{L}])/u;
const PER_NAMES: Record<string, string> = {
  annum: 'year', ton: 'tonne', kilogram: 'kg', liter: 'litre', kilometre: 'km', kilometer: 'km', 'square feet': 'square foot', 'sq ft': 'square foot',
  'sq. ft': 'square foot', 'sqft': 'square foot', mmbtu: 'MMBtu', gram: 'g', gramme: 'g', 'square meter': 'm2', 'square metre': 'm2', 'square kilometre': 'km2', 'square kilometer': 'km2',
};

const MILITARY_KEYS = new Set(['troop', 'fighter', 'tank', 'warship', 'aircraft', 'missile', 'drone', 'helicopter', 'vehicle', 'battalion']);

function startOfQualifier(text: string, from: number, start: number): number {
  const q = qualifierBefore(text, start, from);
  return q ? q[1] : start;
}

function placePhrase(tokens: PosToken[], k: number, text: string): [number, number] | null {
  const t = tokens[k];
  if (!t || !PLACE_PREPOSITIONS.has(t.text.toLowerCase())) return null;
  let j = k + 1;
  let last = -1;
  for (; j < tokens.length && j < k + 12; j++) {
    const u = tokens[j]!;
    const lw = u.text.toLowerCase();
    if (u.pos === 'NUM' || MONTH_AFTER_RE.test(u.text) || /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|weeks|month|months|year|years)$/i.test(lw)) break;
    if (u.pos === 'DET' || u.pos === 'ADJ' || u.pos === 'NOUN' || u.pos === 'PROPN' || (u.pos === 'PRON' && /^(its|their|his|her|our)$/.test(lw)) || lw === 'with' || lw === 'of' || lw === 'the' || lw === '-') {
      if (u.pos === 'NOUN' || u.pos === 'PROPN') last = j;
      continue;
    }
    break;
  }
  if (last < 0) return null;
  void text;
  return [t.start, tokens[last]!.end];
}

/** The nearest actor (country, alliance) that is the subject of a verb before the figure, in the same clause. */
function clauseActor(text: string, from: number, start: number, tokens: PosToken[]): string | null {
  const base = Math.max(from, start - 300);
  const clause = text.slice(base, start);
  let cut = 0;
  for (const m of clause.matchAll(CLAUSE_BREAK_RE)) cut = m.index + m[0].length;
  const lo = base + cut;
  const end = tokensFrom(tokens, start);
  for (let i = end - 1; i >= 0 && i >= end - 40 && tokens[i]!.start >= lo; i--) {
    const t = tokens[i]!;
    let lw = t.text.toLowerCase();
    if (lw === 'states' && i > 0 && tokens[i - 1]!.text.toLowerCase() === 'united') lw = 'united states';
    if (!(lw in ACTORS) || t.pos === 'ADJ') continue;
    let n = i + 1;
    while (n < end && (tokens[n]!.pos === 'AUX' || tokens[n]!.pos === 'ADV' || tokens[n]!.pos === 'PART')) n++;
    const verbAfter = n < end && tokens[n]!.pos === 'VERB';
    const auxAfter = n - 1 > i && (tokens[n - 1]!.pos === 'AUX' || tokens[n - 1]!.lemma === 'have');
    if (verbAfter || auxAfter || (i + 1 < end && tokens[i + 1]!.lemma === 'have')) return ACTORS[lw]!;
  }
  return null;
}

interface SortedContext {
  quotes: Quote[];
  mentions: EntityMention[];
  entities: LocalEntity[];
}

interface Cue {
  start: number;
  end: number;
  cue: string;
}

/** First index in a list sorted by `start` whose start is >= pos. */
function lowerBound(list: Array<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function findCues(text: string, s: Sentence): Cue[] {
  const out: Cue[] = [];
  const sText = text.slice(s.start, s.end);
  for (const m of sText.matchAll(CUE_RE)) {
    const cs = s.start + m.index;
    const ce = cs + m[0].length;
    const cue = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    if (/^puts?$/.test(cue) && !/^[ \t]+the[ \t]+(?:number|figure|toll)/i.test(text.slice(ce, ce + 20))) continue;
    // "Russia gave a total of 1,351", "gives the death toll as": a figure given, not a gift.
    if (/^giv|^gave$/.test(cue) && !/^[ \t]+(?:a[ \t]+(?:total|figure|toll|death[ \t]+toll|tally|count|number)|the[ \t]+(?:total|figure|toll|death[ \t]+toll|tally|count|number)|an[ \t]+estimate)\b/i.test(text.slice(ce, ce + 24))) continue;
    out.push({ start: cs, end: ce, cue });
  }
  return out;
}

function entityName(key: string | undefined, context: SortedContext): string | null {
  if (!key) return null;
  return context.entities.find((e) => e.key === key)?.name ?? null;
}

/** Mentions whose start lies in [lo, hi). */
function mentionsIn(context: SortedContext, lo: number, hi: number): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = lowerBound(context.mentions, lo); i < context.mentions.length && context.mentions[i]!.start < hi; i++) out.push(context.mentions[i]!);
  return out;
}

// Claimants are looked for this far from the figure, so a long line costs no more than a short one.
const CLAIM_WINDOW = 300;

/** Who claims the figure: the speaker of the quote it stands in, else the source named in its sentence. */
/** Words that make a phrase without a name a source that can claim a figure ("Ukrainian intelligence", "local officials", "US estimates"). */
const SOURCE_WORDS = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'ministry', 'government', 'authority', 'authorities', 'agency',
  'intelligence', 'estimate', 'estimates', 'report', 'reports', 'statistics', 'data', 'tally', 'count', 'census', 'survey', 'poll',
  'analysis', 'study', 'source', 'sources', 'responders', 'survivor', 'survivors', 'witness', 'witnesses', 'resident', 'residents',
  'people', 'analyst', 'analysts', 'expert', 'experts', 'media', 'police', 'army', 'military', 'force', 'forces', 'command', 'office',
  'administration', 'department', 'council', 'committee', 'commission', 'service', 'prosecutor', 'prosecutors', 'governor', 'mayor',
  'minister', 'president', 'leader', 'leaders', 'chief', 'head', 'commander', 'general', 'ambassador', 'envoy', 'diplomat', 'diplomats',
  'representative', 'lawmaker', 'lawmakers', 'senator', 'organisation', 'organization', 'group', 'company', 'firm', 'bank', 'union',
  'newspaper', 'outlet', 'network', 'journalist', 'reporter', 'correspondent', 'doctor', 'doctors', 'hospital', 'monitor', 'monitors',
  'mission', 'observers', 'operator', 'secretary', 'adviser', 'advisor', 'aide', 'staff', 'team', 'activist', 'activists', 'party',
  'delegation', 'embassy', 'fund', 'institute', 'watchdog', 'regulator', 'charity', 'separatists', 'rebels', 'figures', 'assessment',
  'producer', 'maker', 'manufacturer', 'exporter', 'importer', 'supplier', 'carrier', 'airline', 'insurer', 'lender', 'utility',
  'retailer', 'provider', 'platform', 'centre', 'center', 'court', 'judge', 'tribunal', 'presidency', 'investigation', 'inquiry',
  'filing', 'testimony', 'documents', 'records', 'accountant', 'lawyer', 'lawyers', 'attorney', 'association', 'opposition',
  'members', 'allies', 'partners', 'neighbours', 'neighbors', 'countries', 'nations', 'states', 'officers', 'gazette', 'journal',
  'alliance', 'coalition', 'federation', 'ministries', 'results', 'researchers', 'scientists', 'economists', 'forecast', 'projections',
]);

/**
 * A claimant is kept when it can claim: a name the text marks as an entity (when names were recognised), or a phrase holding a word for a
 * source ("Local officials", "Ukrainian intelligence"); not a phrase that only looks like a subject ("Immediate
 * worries", "Biden-Putin meeting", "Amid"), nor a tweet's headline. A headline in capitals glued before it
 * ("THE LATEST RUSSIAN MILITARY BUILDUP Ukraine") comes off.
 */
const LEADING_TIME_RE = new RegExp(
  `^(?:(?:last|this|next|earlier|later|late|early)\\s+(?:week|month|year|weekend|night|spring|summer|autumn|fall|winter|${DAYS}|${MONTHS})|yesterday|today|(?:on|in)\\s+(?:${DAYS}|${MONTHS}))\\s*,?\\s+(?:the\\s+)?`,
  'i',
);
/** "Russia's foreign spy agency this week": the time phrase after a source is not part of it either. */
const TRAILING_TIME_RE = new RegExp(`\\s+(?:(?:this|last|earlier\\s+this)\\s+(?:week|month|year|weekend)|on\\s+${DAYS}|${DAYS}|yesterday|today)$`, 'i');
const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'de', 'du', 'la', 'von', 'van', 'der', 'al', 'bin', 'da', 'do', 'dos', 'del', 'y', 'e', 'le']);

/** A word for a source, in the singular or the plural ("ministers", "agencies", "spokesmen"). */
function isSourceWord(w: string): boolean {
  return SOURCE_WORDS.has(w) || SOURCE_WORDS.has(w.replace(/ies$/, 'y')) || SOURCE_WORDS.has(w.replace(/men$/, 'man')) || SOURCE_WORDS.has(w.replace(/s$/, ''));
}

function plausibleClaimant(c: Claimant | null, names: ReadonlySet<string> | null): Claimant | null {
  if (!c) return null;
  if (/https?:|@|\s[—–]\s|\n/.test(c.name)) return null;
  const caps = /^(?:(?:THE|[\p{Lu}]{2,})\s+){2,}(?=\p{Lu}\p{Ll}|\p{Lu}\.)/u.exec(c.name);
  // "Last week the Russian foreign ministry": the time phrase is not part of the source.
  const name = (caps ? c.name.slice(caps[0].length) : c.name).replace(LEADING_TIME_RE, '').replace(TRAILING_TIME_RE, '');
  if (!name) return null;
  const words = name
    .split(/[\s/–—-]+/u)
    .map((w) => w.replace(/['’]s$/u, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  const source = words.some((w) => isSourceWord(w.toLowerCase()));
  // A phrase with words of its own ("Biden-Putin meeting", "shooting in Kiev's Independence Square") claims only as a source.
  if (!c.entity && words.some((w) => /^\p{Ll}/u.test(w) && !FUNCTION_WORDS.has(w))) return source ? { ...c, name } : null;
  // A recognised name (or, without recognised names, any capitalised subject: there is nothing else to go on).
  if (c.entity || !names || [...names].some((n) => name.includes(n))) return name === c.name ? c : { ...c, name };
  return source ? { ...c, name } : null;
}

const NAMING_CUE_RE = /^(?:dubbed|nicknamed|named|labell?ed|branded|known\s+as)$/i;
// "Biden has approved more than $15 billion in weapons": a quote stage cue that reports an act, not a claim; the
// figure is the outlet's report of the act.
const ACT_CUE_RE = /^(?:approv|sign|order|releas|vot|allocat|authori[sz]|sen[dt]|deliver|deploy|transferr?|dismiss|expel|arrest|detain|appoint)\w*$/i;

function findClaimant(text: string, s: Sentence, d: Draft, context: SortedContext, cues: Cue[]): Claimant | null {
  const qi = lowerBound(context.quotes, d.start + 1);
  for (let i = qi - 1; i >= 0 && i >= qi - 20; i--) {
    const q = context.quotes[i]!;
    // "… files from offshore companies, dubbed the Pandora Papers": a name given, not a source that claims.
    if (q.cue && NAMING_CUE_RE.test(text.slice(q.cue[0], q.cue[1]))) continue;
    if (q.cue && q.kind !== 'direct' && ACT_CUE_RE.test(text.slice(q.cue[0], q.cue[1]).trim().split(/\s+/).pop() ?? '') && q.start <= d.start && d.end <= q.end) break;
    if (q.start <= d.start && d.end <= q.end && q.speaker) {
      const sp = q.speaker;
      if (!sp.mention) return { name: sp.name, entity: sp.entity };
      // The speaker's words must be a whole name standing alone ("Western" in "the Western military alliance said" is not).
      const whole = wholeName(text, sp.mention[0], sp.mention[1], context, sp.entity);
      // The quote stage named a phrase whose name is only a part ("a spokesman for Ukraine's border forces"): the phrase.
      if (whole && !sp.entity && sp.name !== whole.name && sp.name.length > whole.name.length && sp.name.includes(whole.name) && /\p{Ll}/u.test(sp.name.replace(whole.name, ''))) {
        return { name: sp.name, entity: null };
      }
      if (whole) return sp.entity && !whole.entity ? { name: sp.name, entity: sp.entity } : whole;
      // "he said", "the company said": words that refer to a person or organisation the quote stage named.
      const words = text.slice(sp.mention[0], sp.mention[1]);
      // "according to Ukrainian intelligence": a described source the quote stage named as a phrase.
      // "a top Ukrainian security official said": a described source too (kept when it holds a word for a source).
      if (!whole && !sp.entity && /\s\p{Ll}/u.test(sp.name) && sp.name.length <= 80 && !/^(?:the|a|an)\s/i.test(sp.name)) return { name: sp.name, entity: null };
      if (/^(?:(?:the|a|an)\s.+|he|she|they|it|him|her|them)$/i.test(words) && sp.name.toLowerCase() !== words.toLowerCase() && (sp.entity || /^\p{Lu}/u.test(sp.name))) {
        return { name: sp.name, entity: sp.entity };
      }
      // "data from grid operator Gascade showed": the named source ends the words that attribute the statement.
      if (sp.entity && words.length > sp.name.length && words.endsWith(' ' + sp.name)) return { name: sp.name, entity: sp.entity };
      // "Mr Rogozin said": a titled surname of the person the quote stage named.
      const titled = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(words);
      if (titled && sp.name.endsWith(' ' + titled[1]!)) return { name: sp.name, entity: sp.entity };
      break;
    }
  }
  let beforeCue: Cue | null = null;
  let afterCue: Cue | null = null;
  const ci = lowerBound(cues, d.start);
  for (let i = ci - 1; i >= 0; i--) {
    const c = cues[i]!;
    if (c.end <= d.start) {
      if (c.end >= d.start - CLAIM_WINDOW) beforeCue = c;
      break;
    }
  }
  for (let i = ci; i < cues.length; i++) {
    const c = cues[i]!;
    if (c.start >= d.end) {
      if (c.start <= d.end + CLAIM_WINDOW) afterCue = c;
      break;
    }
  }
  // A cue after the figure claims it when it closes the figure's clause ("…, the UN says."), not when it
  // opens a clause of its own ("…, although Moscow says it has no plans").
  if (afterCue && !claimsBefore(text, d.end, afterCue, s.end)) afterCue = null;
  // "Russia recorded 115,000 deaths, according to official statistics": the source named by "according to" claims.
  const order = afterCue?.cue === 'according to' ? [afterCue, beforeCue] : [beforeCue, afterCue];
  for (const cue of order) {
    if (!cue) continue;
    const who =
      cue.cue === 'according to'
        ? subjectAfter(text, cue.end, s.end, context, false, true)
        : subjectBefore(text, cue.start, s.start, cue === afterCue ? d.end : s.start, context) ?? subjectAfter(text, cue.end, s.end, context, true);
    if (who) return who;
  }
  return null;
}

const CLAUSE_OPENER_RE = /(?:^|[\s,;(—–-])(?:although|though|while|whereas|but|because|yet|even if|if|when)\s+[^,;]*$/i;

/** Whether a cue after a figure reports the words before it: no conjunction opens a new clause before the cue's subject, and the cue has no content of its own after it. */
function claimsBefore(text: string, figureEnd: number, cue: Cue, sentenceEnd: number): boolean {
  const between = text.slice(figureEnd, cue.start);
  if (CLAUSE_OPENER_RE.test(between)) return false;
  if (cue.cue === 'according to') return true;
  // "…, Moscow says it has no plans", "…, the UN said that …": the cue's own content follows.
  const after = text.slice(cue.end, Math.min(sentenceEnd, cue.end + 120));
  const clause = /^[^.;:!?,]*/.exec(after)![0];
  if (/^\s*that\b/i.test(clause)) return false;
  const words = clause.trim().split(/\s+/).filter((w) => w.length > 0);
  // "said on Friday", "said in a statement", "told reporters", "says": the clause ends soon.
  if (words.length <= 3) return true;
  return /^(?:on|in|at|late|early|last|this|earlier|later|to|told|from|during|after)$/i.test(words[0]!) && !/\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might)\b/i.test(clause);
}

function mentionClaimant(m: EntityMention, context: SortedContext): Claimant {
  const name = entityName(m.entity, context) ?? m.text;
  return { name, entity: m.entity ?? null };
}

// Lower-case words that may follow a claimant's name before its cue ("Russia has said", "NATO officials said").
const AFTER_NAME = new Set([
  'has', 'have', 'had', 'also', 'further', 'previously', 'again', 'then', 'earlier', 'later', 'reportedly', 'is', 'was', 'were', 'are',
  'will', 'would', 'could', 'may', 'might', 'had', 'officials', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'ministry',
  'government', 'authorities', 'sources', 'officers', 'itself', 'on', 'in', 'last', 'this', 'late', 'early', 'publicly', 'repeatedly',
  ...ATTRIBUTION_CUES.map((c) => c.split(' ')[0]!),
]);

// A word that ends a sentence (not an initial or a title: "U.S.", "Mr.", "Gen.").
const SENTENCE_END_WORD_RE = /^(?!(?:\p{Lu}\.)+$|(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Jr|Sr|Prof|Capt|Maj|Adm|Rev|No|Co|Corp|Inc|Ltd)\.$)[\p{L}'’-]+\.$/u;
const NAME_WORD_RE = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * The whole name around [a, b): the entity mention overlapping it (its entity's name and key), else the
 * run of capitalised words it stands in. Null when that name only modifies a following noun
 * ("the Western military alliance said"), or is no name.
 */
function wholeName(text: string, a: number, b: number, context: SortedContext, entity: string | null = null): Claimant | null {
  let best: EntityMention | null = null;
  let bestOverlap = 0;
  for (let i = Math.max(0, lowerBound(context.mentions, a) - 3); i < context.mentions.length && context.mentions[i]!.start < b; i++) {
    const m = context.mentions[i]!;
    const overlap = Math.min(b, m.end) - Math.max(a, m.start);
    // The speaker's own entity, when the attribution holds others ("Pedro Pina, head of YouTube in … the Middle East").
    if (entity && overlap > 0 && m.entity === entity) {
      best = m;
      break;
    }
    if (overlap > bestOverlap) {
      best = m;
      bestOverlap = overlap;
    }
  }
  let start = best ? Math.min(a, best.start) : a;
  let end = best ? Math.max(b, best.end) : b;
  // Widen over capitalised words joined by single spaces ("United" of "United States"); leftwards only
  // without a mention (a mention's left edge is right: "Chief Executive Klaus Schmidt" is a title).
  for (let n = 0; n < 6 && !best; n++) {
    const m = /(?:^|[ \t])(\p{Lu}[\p{L}'’.-]*) $/u.exec(text.slice(Math.max(0, start - 40), start));
    if (!m || CAP_STOP.has(m[1]!) || NOT_A_NAME_RE.test(m[1]!) || SENTENCE_END_WORD_RE.test(m[1]!)) break;
    start -= m[1]!.length + 1;
  }
  for (let n = 0; n < 6; n++) {
    const m = /^ (\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(end, end + 40));
    if (!m || NOT_A_NAME_RE.test(m[1]!)) break;
    end += m[0].length;
  }
  const next = /^[ \t]+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(end, end + 40));
  if (next && !AFTER_NAME.has(next[1]!)) return null;
  if (best && best.start === start && best.end === end) return mentionClaimant(best, context);
  let words = text.slice(start, end).split(/[ \t]+/);
  // "Tuesday. The ministry": a name does not run over the end of a sentence.
  for (let i = words.length - 2; i >= 0; i--) {
    if (SENTENCE_END_WORD_RE.test(words[i]!)) {
      words = words.slice(i + 1);
      break;
    }
  }
  words = words.filter((w, i) => !(i === 0 && CAP_STOP.has(w)));
  if (best?.entity) return { name: entityName(best.entity, context) ?? words.join(' '), entity: best.entity };
  if (words.length === 0 || !words.every((w) => NAME_WORD_RE.test(w) || /^(of|the)$/.test(w))) return null;
  const name = words.join(' ').replace(/['’]s$/, '').replace(/[.,]$/, '');
  if (!name || CAP_STOP.has(name) || NOT_A_NAME_RE.test(name)) return null;
  // A name that covers a whole mention is that mention's entity.
  const m = mentionsIn(context, start, end).find((x) => x.end <= end && x.entity && x.end - x.start === name.length);
  return { name: m ? entityName(m.entity, context) ?? name : name, entity: m?.entity ?? null };
}

// Words that may stand between a subject and its cue ("Russia has also said", "officials reportedly said").
const SUBJECT_TAIL_RE = new RegExp(
  `(?:[ \\t]+(?:has|have|had|also|further|previously|again|then|earlier|later|reportedly|publicly|repeatedly|is|was|were|are|will|would|could|may|might|itself|themselves|now|already|still|not|never|recently|separately|subsequently|initially|originally|officially|privately|first|late|this|last|on|in|early|week|month|year|${DAYS}))*[ \\t]*$`,
  'i',
);
// Where a clause (and so a subject) can begin.
const CLAUSE_START_RE = /[,;:(—–"“”«»]|\s-\s|\.\s+(?=\p{Lu})|\b(?:that|which|who|whom|whose|and|but|while|as|because|although|though|when|where|after|before|if)\s/giu;
const PRONOUN_SUBJECT_RE = /^(?:he|she|they|it|we|i|you|who|which|that|one)$/i;
// Nouns that stand for a name before them ("NATO officials said" is claimed by NATO).
const NAME_STAND_IN = new Set(['official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'government', 'authorities', 'sources', 'officers']);

/** Characters before a cue searched for its subject. */
const SUBJECT_WINDOW = 100;

/**
 * The subject of a cue: the words from the start of its clause to the cue ("federal prosecutors in New York said",
 * "…, a top Ukrainian security official said"). A name that ends the subject is the claimant; a described source
 * is kept as a phrase; a pronoun or a relative clause ("which he said") names nobody here.
 */
function subjectBefore(text: string, cueStart: number, sStart: number, floor: number, context: SortedContext): Claimant | null {
  const lo = Math.max(sStart, floor, cueStart - SUBJECT_WINDOW);
  const window = text.slice(lo, cueStart);
  const tail = SUBJECT_TAIL_RE.exec(window)!;
  // Brackets closed before the cue are no clause break ("Human Rights Watch (HRW) in its report … documented").
  const masked = window.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  const segEnd = lo + tail.index;
  let segStart = lo;
  for (const m of masked.slice(0, tail.index).matchAll(CLAUSE_START_RE)) segStart = lo + m.index + m[0].length;
  // "Moscow and Washington said": two names joined by "and" are one subject.
  const joined = /(?:^|[\s,;(])((?:\p{Lu}[\p{L}'’.-]*[ \t]+)+)and[ \t]+$/u.exec(text.slice(lo, segStart));
  if (joined && /^[ \t]*(?:the[ \t]+)?\p{Lu}/u.test(text.slice(segStart, segEnd))) segStart = lo + joined.index + joined[0].indexOf(joined[1]!);
  const seg = text.slice(segStart, segEnd).trim();
  // A subject read from the start of its clause (not from where the window cut a longer clause).
  const cut = segStart === lo && lo > sStart && lo > floor;
  if (seg.length > 0 && !cut) {
    const a = segEnd - text.slice(segStart, segEnd).trimStart().length;
    const words = seg.split(/[ \t]+/);
    const last = words[words.length - 1]!;
    // "Prime Minister Denys Shmyhal, who tweeted …": the relative pronoun stands for the name before it.
    if (words.length === 1 && /^who$/i.test(last)) {
      const before = mentionsIn(context, lo, segStart).filter((m) => /^[ \t]*,[ \t]*who\b/i.test(text.slice(m.end, segEnd)));
      return before.length > 0 ? wholeName(text, before[before.length - 1]!.start, before[before.length - 1]!.end, context) : null;
    }
    if (PRONOUN_SUBJECT_RE.test(last) || (words.length === 1 && PRONOUN_SUBJECT_RE.test(words[0]!))) return null;
    // "In what many observers say is an attempt …, Moscow has amassed …": a subject does not open with a preposition.
    if (/^(?:in|on|at|after|before|during|for|with|from|under|amid|despite|since)$/i.test(words[0]!) && !/^\p{Lu}/u.test(words[1] ?? '')) return null;
    // "… and was reported to …": no subject before the cue.
    if (/^(?:and|or|but|nor|of|to|in|on|at|by|for|with|from|as|than|the|a|an|its|his|her|their|our)$/i.test(last)) return null;
    const inSeg = mentionsIn(context, a, segEnd).filter((m) => m.end <= segEnd);
    // "Human Rights Watch (HRW) in its report published on Wednesday documented": a name opening the subject,
    // then a phrase of place, time or medium.
    const opening = inSeg[0];
    if (
      opening &&
      /^(?:the[ \t]+)?$/i.test(text.slice(a, opening.start)) &&
      /^[ \t]*(?:\([^()]*\)[ \t]*)?(?:in|on|at|during|after|before|through|via|with)[ \t]/i.test(text.slice(opening.end, segEnd))
    ) {
      return wholeName(text, opening.start, opening.end, context);
    }
    const ending = inSeg.find((m) => m.end === segEnd || (m.end < segEnd && NAME_STAND_IN.has(text.slice(m.end, segEnd).trim())));
    // "federal prosecutors in New York said": a name after a preposition belongs to the phrase, not the subject;
    // so does the second of two names joined by "and" ("Moscow and Washington said").
    const object = ending !== undefined && /(?:^|[ \t])(?:in|of|for|at|from|near|on|with|to|by|inside|outside|across|over|and|&)[ \t]+(?:the[ \t]+)?$/i.test(text.slice(a, ending.start));
    if (ending && !object) return wholeName(text, ending.start, ending.end, context);
    if (words.length <= 9 && words.includes('and') && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|the|of)$/i.test(w))) {
      return { name: seg.replace(/^the[ \t]+/i, '').replace(/[ \t]+/g, ' '), entity: null };
    }
    // "Pentagon officials said" without a recognised name: the capitalised words before the noun, as below.
    const standIn = NAME_STAND_IN.has(last) && words.length > 1 && words.slice(0, -1).every((w) => /^\p{Lu}/u.test(w));
    if ((object || /^\p{Ll}/u.test(last)) && !standIn && words.length <= 9) {
      const phrase = seg.replace(/^(?:the|a|an)[ \t]+/i, '');
      // "the company", "the ministry": a description that only points back names nobody by itself.
      const content = phrase.split(/[ \t]+/);
      if (content.length < 2 && !/\p{Lu}/u.test(phrase)) return null;
      return { name: phrase.replace(/[ \t]+/g, ' '), entity: null };
    }
    // "plantation owners interviewed by Reuters said": too long a phrase to name, and not the name inside it.
    if (object) return null;
  }
  const mentions = mentionsIn(context, lo, cueStart).filter((m) => m.end <= cueStart);
  if (mentions.length > 0) {
    const m = mentions[mentions.length - 1]!;
    const between = text.slice(m.end, cueStart);
    if (!/[.;:!?]/.test(between) && between.length <= 50) {
      const who = wholeName(text, m.start, m.end, context);
      if (who) return who;
    }
  }
  const cm = /((?:\p{Lu}[\p{L}'’.-]*)(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?\p{Lu}[\p{L}'’.-]*)*)(?:[ \t]+(?:officials?|spokes(?:man|woman|person)|sources|authorities|ministry|government))?(?:[ \t]*,[^,.;]{0,50},)?[ \t]+(?:(?:has|have|had|also|further|previously|again|then|earlier|later|reportedly)[ \t]+)*$/u.exec(window);
  if (!cm) return null;
  const a = lo + cm.index;
  return wholeName(text, a, a + cm[1]!.length, context);
}

function subjectAfter(text: string, cueEnd: number, sEnd: number, context: SortedContext, inverted = false, described = false): Claimant | null {
  const hi = Math.min(sEnd, cueEnd + 60);
  const m = mentionsIn(context, cueEnd, cueEnd + (inverted ? 4 : 21)).find((x) => x.end <= hi);
  if (m) return wholeName(text, m.start, m.end, context);
  const window = text.slice(cueEnd, hi);
  const cm = (inverted ? /^[ \t]+((?:\p{Lu}[\p{L}'’.-]*)(?:[ \t]+\p{Lu}[\p{L}'’.-]*)*)/u : /^[ \t]+(?:the[ \t]+|a[ \t]+)?((?:\p{Lu}[\p{L}'’.-]*)(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?\p{Lu}[\p{L}'’.-]*)*)/u).exec(window);
  if (!cm) {
    // "according to official statistics published Thursday", "according to local media": a described source.
    const dm = described ? /^[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?((?:[\p{Ll}\p{Lu}][\p{L}'’-]*[ \t]+){0,3}?[\p{Ll}][\p{L}'’-]*)(?=[ \t]+(?:published|released|issued|cited|quoted|seen|obtained|on|in|at|from|by|for|that|which|who|as|and|\p{Ll}+ed)\b|[ \t]*[,.;:)]|[ \t]*$)/u.exec(window) : null;
    return dm ? { name: dm[1]!.replace(/[ \t]+/g, ' '), entity: null } : null;
  }
  const a = cueEnd + cm.index + cm[0].length - cm[1]!.length;
  return wholeName(text, a, a + cm[1]!.replace(/[.,]$/, '').length, context);
}

export const figuresStage: Stage = {
  name: 'figures',
  needs: ['sentences', 'tokens', 'entities', 'quotes'],
  adds: ['figures'],
  run(doc: Doc) {
    doc.layers.figures = extractFigures(doc.text, layer(doc, 'sentences'), {
      quotes: layer(doc, 'quotes'),
      mentions: doc.layers.mentions ?? [],
      entities: layer(doc, 'entities'),
    });
  },
};
