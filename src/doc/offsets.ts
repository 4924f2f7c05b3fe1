/**
 * Map from offsets in a derived (clean) text back to offsets in the raw text it was made from.
 *
 * The clean text is built left to right out of segments: either copied from the raw text
 * (`copy`), or written anew in place of a raw range (`replace`, e.g. a paragraph break for a run
 * of blank lines, or the NFC form of a decomposed character). A copied segment maps offset by
 * offset; a replaced one maps every offset inside it to the start of the raw range it replaced
 * (and its end to the raw range's end).
 */

export interface Segment {
  /** Start in the clean text. */
  clean: number;
  /** Start in the raw text. */
  raw: number;
  /** Length in the clean text. */
  length: number;
  /** Length of the raw range it stands for (equal to `length` for copies). */
  rawLength: number;
  copied: boolean;
}

export class OffsetMap {
  readonly segments: readonly Segment[];
  constructor(segments: Segment[]) {
    this.segments = segments;
  }

  /** Identity map over a text of the given length. */
  static identity(length: number): OffsetMap {
    return new OffsetMap(length > 0 ? [{ clean: 0, raw: 0, length, rawLength: length, copied: true }] : []);
  }

  /** Raw offset for a clean offset (0..clean length inclusive). */
  toRaw(offset: number): number {
    const segs = this.segments;
    if (segs.length === 0) return 0;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid]!.clean <= offset) lo = mid;
      else hi = mid - 1;
    }
    const s = segs[lo]!;
    const d = offset - s.clean;
    if (s.copied) return s.raw + Math.min(d, s.length);
    return d >= s.length ? s.raw + s.rawLength : s.raw;
  }

  /** Raw span for a clean span. */
  spanToRaw(start: number, end: number): [number, number] {
    if (end <= start) {
      const r = this.toRaw(start);
      return [r, r];
    }
    // The end maps as the end of the last character, so a replaced segment covers its whole raw range.
    const last = this.toRaw(end - 1);
    const seg = this.segmentAt(end - 1);
    const rawEnd = seg && !seg.copied ? seg.raw + seg.rawLength : last + 1;
    return [this.toRaw(start), rawEnd];
  }

  private segmentAt(offset: number): Segment | undefined {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid]!.clean <= offset) lo = mid;
      else hi = mid - 1;
    }
    return segs[lo];
  }

  toJSON(): number[][] {
    return this.segments.map((s) => [s.clean, s.raw, s.length, s.rawLength, s.copied ? 1 : 0]);
  }

  static fromJSON(rows: number[][]): OffsetMap {
    return new OffsetMap(
      rows.map(([clean, raw, length, rawLength, copied]) => ({
        clean: clean!,
        raw: raw!,
        length: length!,
        rawLength: rawLength!,
        copied: copied === 1,
      })),
    );
  }
}

/** Builds a clean text and its offset map together, so the two never drift apart. */
export class TextBuilder {
  private parts: string[] = [];
  private segments: Segment[] = [];
  private length = 0;

  constructor(private readonly raw: string) {}

  /** Copy raw[start, end) into the clean text. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    const last = this.segments[this.segments.length - 1];
    if (last && last.copied && last.raw + last.rawLength === start && last.clean + last.length === this.length) {
      last.length += end - start;
      last.rawLength += end - start;
    } else {
      this.segments.push({ clean: this.length, raw: start, length: end - start, rawLength: end - start, copied: true });
    }
    this.parts.push(this.raw.slice(start, end));
    this.length += end - start;
  }

  /** Write `text` in the clean text in place of raw[start, end) (which may be empty). */
  replace(text: string, start: number, end: number): void {
    if (text.length === 0) return;
    this.segments.push({ clean: this.length, raw: start, length: text.length, rawLength: end - start, copied: false });
    this.parts.push(text);
    this.length += text.length;
  }

  /** Copy raw[start, end), writing characters whose NFC form differs as replacements. */
  copyNormalized(start: number, end: number): void {
    const piece = this.raw.slice(start, end);
    const nfc = piece.normalize('NFC');
    if (nfc === piece) {
      this.copy(start, end);
      return;
    }
    // Work grapheme-cluster-ish: split at code points that are not combining marks.
    const re = /[^\p{M}][\p{M}]*|[\p{M}]+/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(piece)) !== null) {
      const s = start + m.index;
      const e = s + m[0].length;
      const n = m[0].normalize('NFC');
      if (n === m[0]) this.copy(s, e);
      else this.replace(n, s, e);
    }
  }

  build(): { text: string; offsets: OffsetMap } {
    return { text: this.parts.join(''), offsets: new OffsetMap(this.segments) };
  }
}
