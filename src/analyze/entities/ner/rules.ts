/**
 * Rules applied after the statistical model, as data: each rule has a name and a reason, and
 * removes or retypes spans the model proposed (it never adds one; `org-head` may widen a span by the one
 * word the model took for a title). `explainRules` tells which rule removed what.
 */

export interface RawSpan {
  start: number;
  end: number;
  /** CoNLL type: PER, LOC, ORG, MISC. */
  type: string;
}

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'jan.', 'feb', 'feb.', 'mar', 'mar.', 'apr', 'apr.', 'jun', 'jun.', 'jul', 'jul.', 'aug', 'aug.',
  'sep', 'sep.', 'sept', 'sept.', 'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.',
];
export const WEEKDAYS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'mon.', 'tue', 'tue.', 'tues.', 'wed', 'wed.', 'thu', 'thu.', 'thurs.', 'fri', 'fri.', 'sat', 'sat.', 'sun', 'sun.',
];

/** Words that open a photo or video credit; the names after them are credits, not people in the story. */
export const CREDIT_CUES = ['photo', 'photos', 'photograph', 'image', 'images', 'picture', 'video', 'credit', 'file photo'];

/** Agencies that appear in credit lines ("Mikhail Tereshchenko/TASS/Sipa U"). */
export const PHOTO_AGENCIES = [
  'afp', 'ap', 'reuters', 'tass', 'sipa', 'getty', 'getty images', 'epa', 'efe', 'ria novosti', 'sputnik', 'anadolu',
  'shutterstock', 'xinhua', 'zuma', 'abaca', 'pool', 'ukrinform', 'unian', 'bloomberg', 'dpa', 'imago', 'alamy',
];

export interface Rule {
  name: string;
  reason: string;
  /** Returns the spans to keep (the rule may also retype them). */
  apply(words: readonly string[], spans: RawSpan[]): RawSpan[];
}

const monthOrDay = new Set([...MONTHS, ...WEEKDAYS]);
const agencies = new Set(PHOTO_AGENCIES);
const creditCues = new Set(CREDIT_CUES);

function lowerWords(words: readonly string[], s: RawSpan): string {
  return words.slice(s.start, s.end).join(' ').toLowerCase();
}

/** Last words that make a name an organisation, never a person ("General Services Administration"). */
const ORG_HEADS = new Set([
  'administration', 'agency', 'service', 'services', 'department', 'ministry', 'committee', 'commission', 'council', 'office',
  'bureau', 'institute', 'university', 'company', 'corporation', 'corp', 'corp.', 'bank', 'fund', 'authority', 'association',
  'organisation', 'organization', 'party', 'union', 'court', 'foundation', 'board', 'assembly', 'parliament', 'federation',
  'alliance', 'army', 'navy', 'police', 'airlines', 'inc', 'inc.', 'ltd', 'ltd.', 'group', 'centre', 'center',
]);
/** Words that begin an organisation's name and that the model reads as a title before a person ("General"). */
const ORG_OPENERS = new Set(['general', 'national', 'federal', 'central', 'state', 'royal', 'supreme', 'international']);

export const RULES: Rule[] = [
  {
    name: 'not-calendar',
    reason: 'month and weekday names are times, not named entities',
    apply(words, spans) {
      return spans.filter((s) => {
        for (let i = s.start; i < s.end; i++) if (!monthOrDay.has(words[i]!.toLowerCase())) return true;
        return false;
      });
    },
  },
  {
    name: 'slash-credit',
    reason: 'a name joined by slashes to an agency ("Mikhail Tereshchenko/TASS/Sipa U") is a photo credit',
    apply(words, spans) {
      // Find runs of tokens joined by "/" that contain an agency name.
      const credit = new Uint8Array(words.length);
      for (let i = 0; i < words.length; i++) {
        if (words[i] !== '/') continue;
        // The pieces either side of the slash, up to another separator.
        let a = i - 1;
        while (a >= 0 && /^[\p{Lu}][\p{L}.'-]*$/u.test(words[a]!) && i - a <= 4) a--;
        let b = i + 1;
        while (b < words.length && /^[\p{Lu}][\p{L}.'-]*$/u.test(words[b]!) && b - i <= 4) b++;
        const left = words.slice(a + 1, i).join(' ').toLowerCase();
        const right = words.slice(i + 1, b).join(' ').toLowerCase();
        if (agencies.has(left) || agencies.has(right) || agencies.has(right.split(' ')[0]!)) {
          for (let k = a + 1; k < b; k++) credit[k] = 1;
        }
      }
      return spans.filter((s) => !(credit[s.start] && credit[s.end - 1]));
    },
  },
  {
    name: 'org-head',
    reason: 'a "person" whose last word is an organisation\'s ("Services Administration") is an organisation; a word the model took for a title before it ("General") is part of its name',
    apply(words, spans) {
      return spans.map((s) => {
        if (s.type !== 'PER' || s.end - s.start < 2 || !ORG_HEADS.has(words[s.end - 1]!.toLowerCase())) return s;
        const opener = s.start > 0 && ORG_OPENERS.has(words[s.start - 1]!.toLowerCase()) && /^\p{Lu}/u.test(words[s.start - 1]!);
        const taken = opener && spans.some((o) => o !== s && o.start <= s.start - 1 && s.start - 1 < o.end);
        return { start: opener && !taken ? s.start - 1 : s.start, end: s.end, type: 'ORG' };
      });
    },
  },
  {
    name: 'credit-line',
    reason: 'names after "Photo:" / "Photo by" are credits, not people in the story',
    apply(words, spans) {
      if (words.length === 0) return spans;
      let i = 0;
      if (words[0] === '(' || words[0] === '[') i = 1;
      const first = words[i]?.toLowerCase() ?? '';
      if (!creditCues.has(first)) return spans;
      const next = words[i + 1]?.toLowerCase();
      if (next !== ':' && next !== 'by' && next !== 'credit' && next !== '-') return spans;
      return spans.filter((s) => s.type !== 'PER' && !agencies.has(lowerWords(words, s)));
    },
  },
];

export function applyRules(words: readonly string[], spans: RawSpan[]): RawSpan[] {
  let out = spans;
  for (const r of RULES) out = r.apply(words, out);
  return out;
}

/** The spans each rule removed, by rule name (for debugging the rules). */
export function explainRules(words: readonly string[], spans: RawSpan[]): { rule: string; reason: string; removed: RawSpan[] }[] {
  const report: { rule: string; reason: string; removed: RawSpan[] }[] = [];
  let out = spans;
  for (const r of RULES) {
    const kept = r.apply(words, out);
    const removed = out.filter((s) => !kept.includes(s));
    if (removed.length > 0) report.push({ rule: r.name, reason: r.reason, removed });
    out = kept;
  }
  return report;
}
