/**
 * Writes kept raw ranges into a TextBuilder with whitespace normalised: runs of spaces, tabs and
 * non-breaking spaces become one space, zero-width characters go, ends are trimmed, paragraphs are
 * joined by exactly "\n\n". Every clean character maps back to raw (copied, or replaced in place of
 * the raw range it stands for).
 */
import { TextBuilder } from '../doc/offsets.js';

const WS = /[\t \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u0085\v\f]+|[\u200B-\u200D\u2060\uFEFF]+/g;

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
    WS.lastIndex = start;
    let pos = start;
    let m: RegExpExecArray | null;
    while ((m = WS.exec(raw)) !== null && m.index < end) {
      const ws = m.index;
      const we = Math.min(ws + m[0].length, end);
      if (ws > pos) this.text(pos, ws);
      const zeroWidth = m[0].charCodeAt(0) >= 0x200b && m[0].charCodeAt(0) <= 0x2060 || m[0].charCodeAt(0) === 0xfeff;
      if (!zeroWidth && this.inParagraph && !this.pendingSpace) this.pendingSpace = [ws, we];
      pos = we;
      if (we >= end) break;
    }
    if (pos < end) this.text(pos, end);
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
      else b.replace(' ', s, e);
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
