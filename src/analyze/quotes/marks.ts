/**
 * Quotation marks in scraped text: straight or curly, pointing the right way or not, closed or not.
 *
 * Marks are paired within a paragraph (one line of the clean text) by alternation: the first mark
 * opens, the next closes, whatever its shape, so “wrong-way“ marks pair up too. A closing-looking
 * mark outside any quote (word” followed by a space) is a stray and ignored. A quote left open
 * runs to the end of its paragraph; when the next paragraph starts with an opening mark, it
 * continues the same quotation (newspaper style for quotes over several paragraphs). Where the line
 * breaks were lost, a mark after a full stop and a space, before a capital, while a quotation is open,
 * is read the same way: the open quotation ends at that sentence and the mark opens its continuation.
 */

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph end when the quote is left open. */
  close: number;
  /** Offset just after the closing mark (equal to `close` when the quote is left open). */
  after: number;
  /** Content range (inside the marks). */
  start: number;
  end: number;
  /** True when no closing mark was found in the paragraph. */
  unclosed: boolean;
  /** Index of the paragraph (line) it stands in. */
  line: number;
  /** True when the quote opens at the start of its paragraph. */
  paragraphInitial: boolean;
  /** Index of the quoted span it continues (quote left open in the previous paragraph), or -1. */
  continues: number;
}

/** Quotation marks; two apostrophes ('') stand for a double mark in some newspaper archives. */
const MARK = /''|["“”„‟«»]/g;
const CLOSERS = new Set(['”', '»']);

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/** Find quoted spans in `text` (paragraphs are lines). */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const lineRe = /[^\n]+/g;
  let m: RegExpExecArray | null;
  let line = -1;
  let prevUnclosed = -1;
  while ((m = lineRe.exec(text)) !== null) {
    const lineStart = m.index;
    const lineEnd = lineStart + m[0].length;
    if (!/\S/.test(m[0])) continue;
    line++;
    const firstNonSpace = lineStart + m[0].search(/\S/);
    let openAt = -1;
    let openLen = 1;
    let carried = prevUnclosed;
    let lostBreak: { open: number; from: number } | null = null;
    prevUnclosed = -1;
    MARK.lastIndex = 0;
    let k: RegExpExecArray | null;
    while ((k = MARK.exec(m[0])) !== null) {
      const at = lineStart + k.index;
      const ch = k[0];
      const len = ch.length;
      const before = text[at - 1];
      const after = text[at + len];
      if (openAt < 0) {
        // "““We are …": a doubled opening mark is one mark (of two characters).
        if (len === 1 && text[at + 1] === ch && !CLOSERS.has(ch) && /\S/.test(text[at + 2] ?? '')) {
          openAt = at;
          openLen = 2;
          MARK.lastIndex = k.index + 2;
          continue;
        }
        // A closing-shaped mark glued to the word before and followed by space/punctuation is a stray.
        const looksClosing = !isSpace(before) && (isSpace(after) || /[.,;:!?)]/.test(after ?? ''));
        if ((CLOSERS.has(ch) || ch === '"') && looksClosing && at !== firstNonSpace) continue;
        if (isSpace(after) && at + len >= lineEnd) continue; // a lone mark at the end of a line
        openAt = at;
        openLen = len;
      } else if (
        !CLOSERS.has(ch) &&
        isSpace(before) &&
        /[\p{Lu}\p{N}]/u.test(after ?? '') &&
        /[.!?…]\s+$/.test(text.slice(Math.max(openAt + openLen, at - 4), at)) &&
        at - openAt > 40
      ) {
        // “… supplier costs. “Unfortunately, …”: a mark after a full stop, before a capital, opens a new
        // paragraph of the same quotation whose line break was lost; the quotation open so far ends here.
        let end = at;
        while (end > openAt + 1 && isSpace(text[end - 1])) end--;
        if (push(openAt, openLen, end, end, true)) lostBreak = { open: at, from: spans.length - 1 };
        openAt = at;
        openLen = len;
      } else {
        push(openAt, openLen, at, at + len, false);
        openAt = -1;
      }
    }
    if (openAt >= 0) {
      let end = lineEnd;
      while (end > openAt + 1 && /\s/.test(text[end - 1]!)) end--;
      if (push(openAt, openLen, end, end, true)) prevUnclosed = spans.length - 1;
    }
    /** Record a span unless it is empty (two marks in a row); returns whether it was kept. */
    function push(open: number, len: number, close: number, after: number, unclosed: boolean): boolean {
      if (!/\S/.test(text.slice(open + len, close))) return false;
      const paragraphInitial = open === firstNonSpace;
      const continues = paragraphInitial && carried >= 0 ? carried : lostBreak && lostBreak.open === open ? lostBreak.from : -1;
      carried = -1;
      spans.push({ open, close, after, start: open + len, end: close, unclosed, line, paragraphInitial, continues });
      return true;
    }
  }
  return spans;
}

/** A quotation opening in single marks: at a line start, or after a colon or comma and a space. */
const SINGLE_UTTERANCE = /(?:^|[:,.!?][ \t]+)['‘](?=\p{Lu})/gmu;
/** The same in double marks. */
const DOUBLE_UTTERANCE = /(?:^|[:,.!?][ \t]+)["“](?=\p{Lu})/gmu;
const SINGLE = /['‘’]/g;

/**
 * Text for quotation finding in which single marks used as quotation marks (British style: "Mr Mahon said: 'I used
 * to think "perfect storm" was a cliche …'") are read as double ones and the double marks nested inside them as
 * single ones; every other character is kept, so offsets do not change. Used only when quotations open in single
 * marks at least twice, more often than in double marks and more often than there are pairs of double marks
 * (American text nests single marks inside double ones); otherwise the text is returned as it is. A single mark
 * opens at the start of a word and closes at the end of one (after punctuation, or before a space, punctuation or the
 * line end); apostrophes inside words ("Mahon's", "don't") do neither.
 */
export function britishQuotes(text: string): string {
  const singles = text.match(SINGLE_UTTERANCE)?.length ?? 0;
  if (singles < 2 || singles <= (text.match(DOUBLE_UTTERANCE)?.length ?? 0) || singles <= (text.match(MARK)?.length ?? 0) / 2) return text;
  const out = text.split('');
  const lineRe = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text)) !== null) {
    const base = m.index;
    const line = m[0];
    let open = -1;
    SINGLE.lastIndex = 0;
    let k: RegExpExecArray | null;
    while ((k = SINGLE.exec(line)) !== null) {
      const i = k.index;
      const before = line[i - 1];
      const after = line[i + 1];
      const wordStart = (before === undefined || /[\s(\[—–:"“-]/.test(before)) && !!after && /[\p{L}"“…]/u.test(after);
      const wordEnd = !!before && /[\p{L}\p{N}.,!?…;:)"”-]/u.test(before) &&
        (after === undefined || /[\s.,;:!?)\]—–-]/.test(after)) &&
        (/[.,!?…]/.test(before) || after === undefined || !/^\s+\p{Ll}/u.test(line.slice(i + 1, i + 3)) || (open >= 0 && i - open < 60));
      if (open < 0 && wordStart) {
        open = i;
        out[base + i] = '“';
      } else if (open >= 0 && wordStart && /[.!?…]\s+$/.test(line.slice(Math.max(0, i - 4), i)) && /\p{Lu}/u.test(after ?? '')) {
        // "… right now. 'It is perhaps …": a paragraph of the same quotation whose line break was lost (its
        // predecessor left open, in newspaper style); read as an opening mark, as for double marks.
        for (let x = open + 1; x < i; x++) {
          if (line[x] === '"' || line[x] === '“') out[base + x] = '‘';
          else if (line[x] === '”') out[base + x] = '’';
        }
        open = i;
        out[base + i] = '“';
      } else if (open >= 0 && wordEnd) {
        for (let x = open + 1; x < i; x++) {
          if (line[x] === '"' || line[x] === '“') out[base + x] = '‘';
          else if (line[x] === '”') out[base + x] = '’';
        }
        out[base + i] = '”';
        open = -1;
      }
    }
    // Left open to the end of the paragraph: double marks after the opening mark are nested.
    if (open >= 0) {
      for (let x = open + 1; x < line.length; x++) {
        if (line[x] === '"' || line[x] === '“') out[base + x] = '‘';
        else if (line[x] === '”') out[base + x] = '’';
      }
    }
  }
  return out.join('');
}
