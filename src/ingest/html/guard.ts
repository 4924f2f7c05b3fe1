/**
 * Guards against hostile markup before it reaches the DOM parser.
 *
 * Parsing and Readability both slow down sharply with nesting depth (a page of 100,000 unclosed
 * `<div>` takes tens of seconds to parse). Real article pages nest to 30–60 levels. `limitNesting`
 * scans the markup once, in linear time, keeps a rough model of the open-element stack, and drops
 * the tags (never the text) of elements that would open deeper than `maxDepth`, with their matching
 * end tags. Pages within the limit are returned unchanged.
 */

const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'keygen', 'command', 'basefont', 'frame', 'isindex',
]);

/** Tags that separate text; when dropped they leave a <br>. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tr', 'td', 'th', 'ul', 'center', 'details', 'summary',
]);

/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** An open `X` implicitly closes an open element of one of these names right above it. */
const IMPLIED_CLOSE: Record<string, string[]> = {
  p: ['p'],
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  option: ['option'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
};

/** How far down the stack an end tag looks for its element. */
const CLOSE_SEARCH = 24;

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;
}

function readName(s: string, i: number): string {
  let j = i;
  while (j < s.length && isNameChar(s.charCodeAt(j))) j++;
  return s.slice(i, j).toLowerCase();
}

/** Maximum nesting depth used by the extractor (real pages stay far below it). */
export const MAX_DEPTH = 120;

export function limitNesting(html: string, maxDepth = MAX_DEPTH): { html: string; dropped: number } {
  const lower = html.toLowerCase();
  const stack: { name: string; kept: boolean }[] = [];
  let depth = 0;
  let dropped = 0;
  const out: string[] = [];
  let lastWasBreak = false;
  let copied = 0; // html[0, copied) has been handled in `out`
  const drop = (from: number, to: number, name: string): void => {
    const adjacent = from === copied && dropped > 0;
    out.push(html.slice(copied, from));
    // A dropped block tag still separates text: keep one line break for a run of them.
    if (BLOCK.has(name) && !(adjacent && lastWasBreak)) {
      out.push('<br>');
      lastWasBreak = true;
    } else if (!adjacent) lastWasBreak = false;
    copied = to;
    dropped++;
  };
  let i = 0;
  const n = html.length;
  // Position of the next '>' at or after the current '<' (cached: re-scanning for every stray '<'
  // would be quadratic).
  let nextGt = -1;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0 || lt + 1 >= n) break;
    const c = html.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      if (html.startsWith('<!--', lt)) {
        const end = html.indexOf('-->', lt + 4);
        i = end < 0 ? n : end + 3;
      } else {
        const end = html.indexOf('>', lt + 2);
        i = end < 0 ? n : end + 1;
      }
      continue;
    }
    if (nextGt <= lt) nextGt = html.indexOf('>', lt + 1);
    const gt = nextGt;
    if (gt < 0) break;
    if (c === 47 /* / */) {
      const name = readName(html, lt + 2);
      i = gt + 1;
      if (name === '') continue;
      const stop = Math.max(0, stack.length - CLOSE_SEARCH);
      for (let k = stack.length - 1; k >= stop; k--) {
        if (stack[k]!.name !== name) continue;
        const matchKept = stack[k]!.kept;
        while (stack.length > k) if (stack.pop()!.kept) depth--;
        if (!matchKept) drop(lt, gt + 1, name);
        break;
      }
      continue;
    }
    if (!isNameChar(c) || c === 45 || c === 58 || c === 95) {
      i = lt + 1;
      continue;
    }
    const name = readName(html, lt + 1);
    i = gt + 1;
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, gt + 1);
      i = end < 0 ? n : end;
      continue;
    }
    if (VOID.has(name)) continue;
    const implied = IMPLIED_CLOSE[name];
    if (implied && stack.length > 0 && implied.includes(stack[stack.length - 1]!.name)) {
      if (stack.pop()!.kept) depth--;
    }
    if (depth >= maxDepth) {
      stack.push({ name, kept: false });
      drop(lt, gt + 1, name);
    } else {
      stack.push({ name, kept: true });
      depth++;
    }
  }
  if (dropped === 0) return { html, dropped: 0 };
  out.push(html.slice(copied));
  return { html: out.join(''), dropped };
}
