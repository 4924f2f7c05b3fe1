/**
 * Detectors propose time expressions; refiners (refiners.ts) decide among them.
 *
 * - `rules`: the project's own patterns (rules.ts), run over the whole text.
 * - `chrono`: chrono-node (default mode, not forwardDate), run sentence by sentence. Only its results that
 *   contain a digit are kept (explicit dates and clock times); words like "Friday" or "last week" are left to
 *   the rules, which resolve them by tense and at the granularity the text supports.
 */
import * as chrono from 'chrono-node';
import type { TimeType } from '../../doc/types.js';
import { fmtDay, fmtMonth, fmtYear, type RefDate } from './calendar.js';
import { weekday } from './resolve.js';
import { RULES, type Rule, type RuleContext } from './rules.js';

export interface Proposal {
  start: number;
  end: number;
  text: string;
  type: TimeType;
  value: string;
  mod?: string;
  /** `times/<detector>/<rule>`. */
  source: string;
  /** Higher wins among proposals of equal span. */
  priority: number;
}

export interface DetectContext extends RuleContext {
  sentences: [number, number][];
}

export type Detector = (ctx: DetectContext) => Proposal[];

export function ruleDetector(rules: readonly Rule[] = RULES): Detector {
  return (ctx) => {
    const out: Proposal[] = [];
    for (const rule of rules) {
      const re = new RegExp(rule.pattern.source, rule.pattern.flags);
      let m: RegExpExecArray | null;
      while ((m = re.exec(ctx.text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const start = m.index;
        const end = start + m[0].length;
        const res = rule.resolve(m, ctx, start, end);
        if (!res) continue;
        out.push({
          start,
          end,
          text: m[0],
          type: res.type ?? rule.type,
          value: res.value,
          ...(res.mod ? { mod: res.mod } : {}),
          source: `times/${rule.name}`,
          priority: 2,
        });
      }
    }
    return out;
  };
}

const CLOCK = /\d:\d\d|\d\s*(?:a\.?m\b|p\.?m\b)|o'clock|noon|midnight/i;
const EXPLICIT = /\d:\d\d|\d\s*(?:a\.?m\b|p\.?m\b)|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|[A-Za-z]{3}/;
const RELATIVE = /\b(?:within|ago|later|earlier|after|before|from now|hours?|days?|weeks?|months?|years?|minutes?|next|last|this)\b/i;

/** Longest input handed to chrono at once; longer sentences are skipped by this detector. */
const CHRONO_MAX = 2000;

export const chronoDetector: Detector = (ctx) => {
  const out: Proposal[] = [];
  const ref = ctx.ref;
  const instant = ref ? new Date(Date.UTC(ref.y, (ref.m ?? 7) - 1, ref.d ?? 1, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  for (const [s, e] of ctx.sentences) {
    if (e - s > CHRONO_MAX) continue;
    const chunk = ctx.text.slice(s, e);
    if (!/\d/.test(chunk)) continue;
    let results: chrono.ParsedResult[];
    try {
      results = chrono.parse(chunk, { instant, timezone: 0 }, { forwardDate: false });
    } catch {
      continue;
    }
    for (const res of results) {
      if (!/\d/.test(res.text) || res.end) continue; // ranges are left to the rules, piece by piece
      // Keep explicit dates and clock times; relative phrases ("within 24 hours", "2 days ago") are the rules' job.
      if (!EXPLICIT.test(res.text) || RELATIVE.test(res.text)) continue;
      let v = chronoValue(res, ref);
      if (v && res.start.isCertain('weekday') && !res.start.isCertain('day')) {
        // A weekday: the rules' resolution (by tense) decides which one.
        const wd = res.start.get('weekday') || 7;
        const day = weekday(ref, wd, ctx.tense(s + res.index, s + res.index + res.text.length), null);
        if (day.startsWith('X')) continue;
        v = { ...v, value: v.type === 'TIME' ? `${day}${v.value.slice(10)}` : day };
      }
      if (!v) continue;
      // "Jan. 1, 1990 at 1": an hour without a clock sign is not a time.

      // chrono includes a leading preposition ("on Jan. 21", "at 5 p.m."): TimeML spans leave it out.
      let text = (v.type === 'DATE' ? res.text.replace(/\s+at\s+\d{1,2}$/, '') : res.text).trimEnd();
      let start = s + res.index;
      const lead = /^(?:on|at|in|since|from|by|until|till|of)\s+/i.exec(text);
      if (lead) {
        text = text.slice(lead[0].length);
        start += lead[0].length;
      }
      // chrono stops inside "p.m." at times: take the rest of the abbreviation.
      const tail = /^(?:\.m\.|m\.|\.m)/i.exec(ctx.text.slice(start + text.length, start + text.length + 3));
      if (tail && /\d\s*[ap]$/i.test(text)) text += tail[0];
      out.push({ start, end: start + text.length, text, type: v.type, value: v.value, source: 'times/chrono', priority: 1 });
    }
  }
  return out;
};

function chronoValue(res: chrono.ParsedResult, ref: RefDate | null): { value: string; type: TimeType } | null {
  const c = res.start;
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (y === null || m === null || d === null) return null;
  const yearKnown = c.isCertain('year') || ref !== null;
  if (!yearKnown) return null;
  if (c.isCertain('hour') && CLOCK.test(res.text)) {
    const hh = String(c.get('hour') ?? 0).padStart(2, '0');
    const mm = String(c.get('minute') ?? 0).padStart(2, '0');
    if (!c.isCertain('day') && !ref) return null;
    return { value: `${fmtDay({ y, m, d })}T${hh}:${mm}`, type: 'TIME' };
  }
  if (c.isCertain('day')) return { value: fmtDay({ y, m, d }), type: 'DATE' };
  if (c.isCertain('month')) return { value: fmtMonth(y, m), type: 'DATE' };
  if (c.isCertain('year')) return { value: fmtYear(y), type: 'DATE' };
  return null;
}

export const DEFAULT_DETECTORS: readonly Detector[] = [ruleDetector(), chronoDetector];
