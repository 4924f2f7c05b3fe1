/**
 * Writes kept raw ranges into a TextBuilder with whitespace normalised: runs of spaces, tabs and
 * non-breaking spaces become one space, zero-width characters go, ends are trimmed, paragraphs are
 * joined by exactly "\n\n". Every clean character maps back to raw (copied, or replaced in place of
 * the raw range it stands for).
 */
import { TextBuilder } from '../doc/offsets.js';

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x2060 || c === 0xfeff || c === 0x85 || c === 11 || c === 12;
}

/** True when raw[s, e) holds some white space that is not zero-width. */
function hasVisibleSpace(raw: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = raw.charCodeAt(i);
    if (!((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff)) return true;
  }
  return false;
}

export class ParagraphEmitter {
  readonly builder: TextBuilder;
  private pendingSpace: [number, number] | null = null;
  private pendingSep: number | null = null;
  private inParagraph = false;
  private lastRawEnd = 0;
  private wroteAny = false;
  private nfc = true;

  constructor(private readonly raw: string) {
    this.builder = new TextBuilder(raw);
  }

  /** Start a paragraph; `nfc` says whether its raw text is already NFC (then copies need no check). */
  startParagraph(nfc: boolean): void {
    this.nfc = nfc;
    this.inParagraph = false;
    this.pendingSpace = null;
    if (this.wroteAny) this.pendingSep = this.lastRawEnd;
  }

  /** Continue the current paragraph on the next line (a hard-wrapped line): the line break becomes a space. */
  continueParagraph(nfc: boolean): void {
    this.nfc = this.nfc && nfc;
    if (this.wroteAny && this.inParagraph) this.pendingSpace = [this.lastRawEnd, this.lastRawEnd];
  }

  /** Mark a gap (removed piece) inside the paragraph: words on both sides must not be glued. */
  gap(start: number, end: number): void {
    if (!this.inParagraph || this.pendingSpace) return;
    const before = this.raw.charCodeAt(start - 1);
    const after = this.raw.charCodeAt(end);
    if (isSpaceCode(before) || isSpaceCode(after)) return;
    this.pendingSpace = [start, end];
  }

  /** Write raw[start, end) (within one line). */
  range(start: number, end: number): void {
    const raw = this.raw;
    let s = start;
    let e = end;
    while (s < e && isWs(raw.charCodeAt(s))) s++;
    while (e > s && isWs(raw.charCodeAt(e - 1))) e--;
    if (s > start && this.inParagraph && !this.pendingSpace && hasVisibleSpace(raw, start, s)) this.pendingSpace = [start, s];
    if (s < e) {
      // Single spaces are copied as they are; other white-space runs are written as one space.
      let pos = s;
      for (let i = s; i < e; i++) {
        const c = raw.charCodeAt(i);
        if (!isWs(c)) continue;
        let j = i + 1;
        while (j < e && isWs(raw.charCodeAt(j))) j++;
        if (j - i === 1 && c === 32) continue;
        if (i > pos) this.text(pos, i);
        if (this.inParagraph && !this.pendingSpace && hasVisibleSpace(raw, i, j)) this.pendingSpace = [i, j];
        pos = j;
        i = j - 1;
      }
      if (pos < e) this.text(pos, e);
    }
    if (e < end && this.inParagraph && !this.pendingSpace && hasVisibleSpace(raw, e, end)) this.pendingSpace = [e, end];
  }

  private text(start: number, end: number): void {
    const b = this.builder;
    if (this.pendingSep !== null) {
      b.replace('\n\n', this.pendingSep, start);
      this.pendingSep = null;
    }
    if (this.pendingSpace) {
      const [s, e] = this.pendingSpace;
      if (e - s === 1 && this.raw.charCodeAt(s) === 32) b.copy(s, e);
      else b.replace(' ', s, e > s ? e : start);
      this.pendingSpace = null;
    }
    if (this.nfc) b.copy(start, end);
    else b.copyNormalized(start, end);
    this.inParagraph = true;
    this.wroteAny = true;
    this.lastRawEnd = end;
  }
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || Number.isNaN(c);
}
