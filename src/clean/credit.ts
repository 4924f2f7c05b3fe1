/**
 * The credited origin of an article ("Source: VOA", "With Post wires", "WASHINGTON (AP) —", "/TASS/",
 * "Reporting by …; Editing by …") and photo credit lines ("Mikhail Tereshchenko/TASS/Sipa USA").
 */
import { CREDIT_AGENCIES, CREDIT_NORMAL, DATELINE_AGENCIES } from './rules.js';

/** Normal form of a credited origin: known agencies by their short name, others as written. */
export function normalizeCredit(raw: string): string | null {
  let s = raw
    .trim()
    .replace(/^[([]+|[)\].,;:]+$/g, '')
    .trim();
  s = s.replace(/^(?:the|by)\s+/i, '').trim();
  // A URL credits its site: "https://www.example.com/a/b" → "example.com".
  const url = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4})(?:[/?#]\S{0,2000})?$/i.exec(s);
  if (url && /^(?:https?:|www\.)/i.test(s)) return url[1]!.toLowerCase();
  if (!s || s.length > 60) return null;
  const known = CREDIT_NORMAL[s.toLowerCase()];
  if (known) return known;
  // "AP News", "Reuters staff": the agency name first.
  const first = s.split(/\s+/)[0]!.toLowerCase();
  if (/\bwires?$/i.test(s)) return s.replace(/\bwire$/i, 'wires');
  const byFirst = CREDIT_NORMAL[first];
  if (byFirst && s.split(/\s+/).length <= 2 && byFirst !== 'wires') return byFirst;
  return s;
}

const KNOWN_CREDIT_WORDS = Object.keys(CREDIT_NORMAL)
  .filter((k) => !k.includes(' ') && k !== 'wires')
  .map((k) => k.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&'))
  .join('|');

const KNOWN_VALUES = new Set(Object.values(CREDIT_NORMAL));

const BARE_AGENCY = new RegExp(`^\\(?((?:${KNOWN_CREDIT_WORDS})(?:\\s?\\/\\s?(?:${KNOWN_CREDIT_WORDS})){0,2})\\)?\\.?$`, 'i');
const SOURCE_LINE = /^\(?(?:Source|Sources|SOURCE|SOURCES|Credit|Via)\s?:\s?([^\s].{0,59}?)\s?\)?\.?$/;
const WITH_LINE = /^\(?(?:[—–-]\s?)?With ((?:the )?[\p{Lu}][\p{L}\p{N} .&'’-]{0,50}?|wires|agencies|wire services)\)?\.?$/u;
const DASH_LINE = /^[—–-]{1,2}\s?((?:The )?[\p{Lu}][\p{L}\p{N} .&'’-]{0,40}?)\.?$/u;
const PUBLISHED_LINE =
  /^\(?(?:This (?:story|article|report|piece|post|content)\s(?:was|is|has been)\s(?:originally\s|first\s)?|Originally\s|First\s)(?:published|posted|appeared|produced|written|reported)\s(?:by|on|in|at)\s(?:the\s)?(.{2,80}?)(?:\s(?:and|on)\s(?:is|has been)\s(?:republished|reproduced|reprinted).{0,120})?\)?\.?$/i;
const CONTRIBUTED = /^(?:_{2,}\s?)?(.{2,120}?)\s(?:contributed(?: to)? (?:to )?(?:this|the) (?:report|story|article)|contributed reporting)(?:\s(?:from|in)\s.{1,80})?\.?$/i;
const POST_APPEARED = /^The post .{1,300} appeared first on (.{2,80}?)\.?$/;
const REPORTING_EDITING = /^\(?(?:Reporting|Additional reporting|Writing|Compiled|Reporting and writing) by\b.{1,300}\b(?:Editing|editing) by\b.{1,200}$/;

export interface CreditLine {
  /** The credited origin, or null when the line is a credit line without a known origin. */
  credit: string | null;
  /** Strength: explicit origin lines (2) outrank "contributed" and "Reporting by" lines (1). */
  strength: 1 | 2;
}

/** If a whole (trimmed) line is a credit-only line, what it credits. */
export function creditLine(line: string): CreditLine | null {
  if (line.length > 400) return null;
  let m: RegExpExecArray | null;
  if (line.length <= 70) {
    if ((m = SOURCE_LINE.exec(line)) && !/^link$/i.test(m[1]!)) {
      const c = normalizeCredit(m[1]!);
      if (c && c.split(/\s+/).length <= 6) return { credit: c, strength: 2 };
    }
    if ((m = WITH_LINE.exec(line)) && m[1]!.split(/\s+/).length <= 5) {
      const c = normalizeCredit(m[1]!);
      if (c && (KNOWN_VALUES.has(c) || /\b(?:wires|agencies|wire services|reports)$/i.test(c))) return { credit: c, strength: 2 };
    }
    if ((m = DASH_LINE.exec(line)) && m[1]!.split(/\s+/).length <= 4) {
      const c = normalizeCredit(m[1]!);
      if (c && KNOWN_VALUES.has(c)) return { credit: c, strength: 2 };
    }
    if ((m = BARE_AGENCY.exec(line))) {
      const c = normalizeCredit(m[1]!);
      if (c) return { credit: c, strength: 2 };
    }
  }
  if ((m = PUBLISHED_LINE.exec(line))) {
    const c = normalizeCredit(m[1]!);
    if (c) return { credit: c, strength: 2 };
  }
  if ((m = CONTRIBUTED.exec(line))) {
    const who = m[1]!.replace(/^(?:The\s)/, '');
    const agency = agencyPrefix(who);
    if (agency) return { credit: agency, strength: 1 };
    return null;
  }
  if (REPORTING_EDITING.test(line)) return { credit: 'Reuters', strength: 1 };
  if ((m = POST_APPEARED.exec(line))) return { credit: normalizeCredit(m[1]!), strength: 1 };
  return null;
}

/** The known agency a phrase starts with ("Associated Press writers …" → "AP"), or null. */
function agencyPrefix(s: string): string | null {
  const lower = s.toLowerCase();
  let best: string | null = null;
  let bestLen = 0;
  for (const key of Object.keys(CREDIT_NORMAL)) {
    if (key.length > bestLen && lower.startsWith(key) && !/[\p{L}]/u.test(lower.charAt(key.length))) {
      best = CREDIT_NORMAL[key]!;
      bestLen = key.length;
    }
  }
  return best === 'wires' ? null : best;
}

const DATELINE = new RegExp(
  `^(?:[\\p{Lu}][^()\\n]{0,80}?\\s?)?\\((${DATELINE_AGENCIES})\\)(?:\\s?[—–-]{1,2}|\\s?[\\p{Lu}])`,
  'u',
);
const TASS_DATELINE = /^[^\n/]{0,80}?\/\s?TASS\s?\/|^\/\s?TASS\s?\//;

/** Credit named in the dateline at the start of a paragraph ("TBILISI, Georgia (AP) —", "MOSCOW, Jan 20. /TASS/."). */
export function datelineCredit(paragraph: string): string | null {
  const head = paragraph.slice(0, 160);
  const m = DATELINE.exec(head);
  if (m) return normalizeCredit(m[1]!);
  if (TASS_DATELINE.test(head)) return 'TASS';
  return null;
}

const INLINE_SOURCE = /\((?:Source|Sources)\s?:\s?([^()\n]{1,40})\)/g;

/** "(Source: AFP)" inside a paragraph. */
export function inlineSourceCredit(paragraph: string): string | null {
  if (paragraph.indexOf('ource') < 0) return null;
  INLINE_SOURCE.lastIndex = 0;
  let last: string | null = null;
  let m: RegExpExecArray | null;
  while ((m = INLINE_SOURCE.exec(paragraph)) !== null) last = m[1]!;
  return last ? normalizeCredit(last) : null;
}

const LOWER_OK = new Set(['via', 'by', 'de', 'da', 'di', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'and', 'of', 'the', 'for', 'la', 'le', 'du', 'dos', 'do']);
const AGENCIES_LOWER = CREDIT_AGENCIES.map((a) => a.toLowerCase());

function isAgency(seg: string): boolean {
  const s = seg.toLowerCase().replace(/\s+via\s+.*$/, '');
  if (!s) return false;
  for (const a of AGENCIES_LOWER) {
    if (s === a || s.startsWith(a + ' ') || (s.length >= 4 && a.startsWith(s))) return true;
  }
  return false;
}

function nameLikeWords(seg: string, maxWords: number): boolean {
  const words = seg.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > maxWords) return false;
  for (const w of words) {
    if (/^[\p{Lu}\p{N}(]/u.test(w)) continue;
    if (LOWER_OK.has(w.toLowerCase()) && /^\p{Ll}/u.test(w)) continue;
    if (/^(?:i[A-Z]|dpa|ddp)/.test(w)) continue;
    return false;
  }
  return true;
}

/** True for a line that is only a photo credit ("Sergei Guneyev/POOL/TASS/Sipa US", "(AP Photo/Name)"). */
export function isPhotoCreditLine(line: string): boolean {
  if (line.length < 2 || line.length > 160) return false;
  const s = line.replace(/^\(\s?/, '').replace(/\s?\)\.?$/, '').trim();
  if (/^(?:Photos?|Photograph|Image|Picture|Foto)s?\s?(?:by\b|:|credit\b|courtesy\b)/i.test(s) && s.split(/\s+/).length <= 16) {
    return !/[.!?]\s\p{Lu}/u.test(s);
  }
  if (/[.!?]$/.test(s) && !/\b[A-Z]\.$/.test(s)) return false;
  if (s.includes('/')) {
    const segs = s.split('/').map((x) => x.trim());
    if (segs.some((x) => !x)) return false;
    if (!segs.every((x) => nameLikeWords(x, 6))) return false;
    return segs.some(isAgency) || segs.length >= 3;
  }
  if (/\b(?:via Getty Images|Getty Images|Shutterstock|via AP|via Reuters|via REUTERS|via AFP|AP Photo)$/.test(s)) {
    return nameLikeWords(s, 10);
  }
  return false;
}
