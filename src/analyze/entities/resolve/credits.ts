/**
 * Ranges of the text that are photo or agency credits and bylines: a name there is the
 * photographer's or the reporter's, not a person of the story.
 *
 * Rules (each range records the rule that found it):
 * - `credit-line`: a line that starts with a credit marker (or a short line with one) ("Photo:", "Getty Images", "(AP Photo/…") or of the
 *   shape `Name/AGENCY[/AGENCY]` ("Mikhail Tereshchenko/TASS/Sipa U");
 * - `credit-inline`: the same shape, "Photo: …" or a parenthesised credit inside a longer line;
 * - `byline`: a short line that starts "By …", "Reporting by …"; and the wire trailer
 *   "Reporting by …; Editing by …" anywhere.
 * All patterns use bounded repetition only, so a long hostile line costs linear time.
 */
import { escapeRe, lexicon } from './lexicon.js';

export interface CreditRange {
  start: number;
  end: number;
  rule: 'credit-line' | 'credit-inline' | 'byline';
}

const SHORT_LINE = 200;
const NAME = "\\p{Lu}[\\p{L}'’.-]{0,30}";

let inlineRe: RegExp | null = null;
function inlinePattern(): RegExp {
  if (inlineRe) return inlineRe;
  const agencies = lexicon().agencyList.map(escapeRe).join('|');
  // "First Last/AGENCY" optionally "/AGENCY" or " via AGENCY" again; or "(… Photo …)" / "(Photo by …)".
  const slash = `(?:${NAME}(?: ${NAME}){0,3} ?\\/ ?(?:${agencies})(?:(?: ?\\/ ?| via )[\\p{L} .-]{1,25})?)`;
  const paren = `\\((?:[^()\\n]{0,60}?\\b(?:Photo|Photograph|Picture|Image)\\b[^()\\n]{0,80}|[^()\\n]{0,60}\\/(?:${agencies})[^()\\n]{0,40})\\)`;
  // "REUTERS/Valentyn Ogirenko/File Photo".
  const agencyFirst = `(?:\\b(?:${agencies}) ?\\/ ?${NAME}(?: ${NAME}){0,3}(?: ?\\/ ?[\\p{L} .-]{1,25})?)`;
  const labelled = `(?:Photo|Photograph|Picture|Image|Credit)s?: [^\\n()]{1,80}`;
  inlineRe = new RegExp(`${paren}|${labelled}|${agencyFirst}|${slash}`, 'gu');
  return inlineRe;
}

const TRAILER = /(?:Additional reporting|Reporting|Writing|Editing) by [^;.\n]{1,120}(?:; ?(?:[Aa]dditional reporting|[Ww]riting|[Ee]diting) by [^;.\n]{1,120}){0,4}/g;

/** "— Julia Horowitz contributed reporting.", "CNN's Annie Grayer and Ali Zaslav contributed to this report." */
const CONTRIBUTED = /(?:[A-Z][\w'’.-]{0,30},?[ \t]+(?:and[ \t]+)?){1,8}contributed[ \t]+(?:reporting|to[ \t]+(?:this|the)[ \t]+(?:report|story|article))/g;

/** "Associated Press writers Vladimir Isachenkov in Moscow and Lorne Cook in Brussels contributed." */
const WRITERS_CONTRIBUTED = /\b(?:Associated Press|AP|Reuters|AFP|CNN|BBC)(?:'s)?[ \t]+(?:writers?|reporters?|correspondents?|journalists?|staff)[ \t]+[^.\n]{1,300}?[ \t]contributed(?:[ \t]+(?:reporting|to[ \t]+(?:this|the)[ \t]+(?:report|story|article)))?(?=[ \t]*(?:\.|\n|$))/g;

function isCreditLine(line: string): boolean {
  const lex = lexicon();
  if (lex.lineMarkers.some((m) => line.startsWith(m) || (line.length <= 80 && line.includes(m)))) return true;
  const parts = line.split('/').map((p) => p.trim());
  if (parts.length >= 2 && parts.length <= 5 && parts.every((p) => p.length > 0 && p.length <= 40)) {
    return parts.slice(1).some((p) => lex.agencies.has(p) || [...lex.agencies].some((a) => p.startsWith(a + ' ')));
  }
  return false;
}

function isBylineLine(line: string): boolean {
  const lex = lexicon();
  if (line.length > 100) return false;
  const marker = lex.bylineMarkers.find((m) => line.startsWith(m));
  if (marker === undefined) return false;
  // The rest is names: capitalised words, commas, "and", a handle or an address.
  const words = line.slice(marker.length).split(/[\s,|;]+/).filter((w) => w.length > 0);
  return words.length > 0 && words.every((w) => /^[\p{Lu}@]/u.test(w) || ['and', 'in', 'for', 'the', 'on', '-', '—'].includes(w));
}

/** Credit and byline ranges of `text`, in text order (may overlap). */
export function findCredits(text: string): CreditRange[] {
  const out: CreditRange[] = [];
  const lineRe = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text)) !== null) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (line.length === 0) continue;
    const start = m.index + lead;
    const end = start + line.length;
    if (line.length <= SHORT_LINE && isCreditLine(line)) out.push({ start, end, rule: 'credit-line' });
    else if (isBylineLine(line)) out.push({ start, end, rule: 'byline' });
  }
  const re = inlinePattern();
  re.lastIndex = 0;
  while ((m = re.exec(text)) !== null) {
    out.push({ start: m.index, end: m.index + m[0].length, rule: 'credit-inline' });
    if (m[0].length === 0) re.lastIndex++;
  }
  TRAILER.lastIndex = 0;
  while ((m = TRAILER.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length, rule: 'byline' });
  CONTRIBUTED.lastIndex = 0;
  while ((m = CONTRIBUTED.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length, rule: 'byline' });
  WRITERS_CONTRIBUTED.lastIndex = 0;
  while ((m = WRITERS_CONTRIBUTED.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length, rule: 'byline' });
  return out.sort((a, b) => a.start - b.start);
}
