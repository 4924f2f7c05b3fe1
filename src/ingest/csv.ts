/**
 * Streaming CSV (RFC 4180): fields separated by commas (or the delimiter the header line uses:
 * comma, semicolon or tab), quoted fields may hold delimiters, newlines and doubled quotes.
 * Feed it chunks; it yields complete rows with the line number they start on. A quoted field that
 * is never closed is reported at the end with the line where it opened, and rows before it stand.
 */

export interface CsvRow {
  fields: string[];
  line: number;
}

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export class CsvParser {
  private field = '';
  private fields: string[] = [];
  private inQuotes = false;
  private quoteJustClosed = false;
  private line = 1;
  private rowLine = 1;
  private quoteLine = 0;
  delimiter: string | null = null;

  constructor(private readonly maxField = 8 * 1024 * 1024) {}

  /** Parse a chunk; returns the rows completed within it. */
  push(chunk: string): CsvRow[] {
    const rows: CsvRow[] = [];
    if (this.delimiter === null) {
      const firstLine = chunk.split('\n', 1)[0] ?? '';
      const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
      counts.sort((a, b) => b[1] - a[1]);
      this.delimiter = counts[0]![1] > 0 ? counts[0]![0] : ',';
    }
    const delim = this.delimiter;
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (this.inQuotes) {
        const q = chunk.indexOf('"', i);
        const end = q < 0 ? n : q;
        const piece = chunk.slice(i, end);
        this.field += piece;
        for (let k = 0; k < piece.length; k++) if (piece.charCodeAt(k) === 10) this.line++;
        if (this.field.length > this.maxField) {
          throw new CsvError(`quoted field longer than ${this.maxField} characters (unbalanced quote?)`, this.quoteLine);
        }
        if (q < 0) break;
        // A quote inside quotes: doubled quote or the closing quote.
        if (q + 1 < n) {
          if (chunk[q + 1] === '"') {
            this.field += '"';
            i = q + 2;
          } else {
            this.inQuotes = false;
            this.quoteJustClosed = true;
            i = q + 1;
          }
        } else {
          // Quote at the chunk's end: decide on the next chunk.
          this.inQuotes = false;
          this.quoteJustClosed = true;
          this.pendingQuote = true;
          i = q + 1;
        }
        continue;
      }
      const c = chunk[i]!;
      if (this.pendingQuote) {
        this.pendingQuote = false;
        if (c === '"') {
          // It was a doubled quote split across chunks.
          this.field += '"';
          this.inQuotes = true;
          this.quoteJustClosed = false;
          i++;
          continue;
        }
      }
      if (c === '"' && this.field.length === 0 && !this.quoteJustClosed) {
        this.inQuotes = true;
        this.quoteLine = this.line;
        i++;
      } else if (c === delim) {
        this.fields.push(this.field);
        this.field = '';
        this.quoteJustClosed = false;
        i++;
      } else if (c === '\n') {
        this.line++;
        this.endRow(rows);
        i++;
      } else if (c === '\r') {
        i++;
      } else {
        // Text after a closing quote, or a stray quote inside an unquoted field: keep it verbatim.
        const next = nextSpecial(chunk, i, delim);
        this.field += chunk.slice(i, next);
        if (this.field.length > this.maxField) throw new CsvError(`field longer than ${this.maxField} characters`, this.rowLine);
        i = next;
      }
    }
    return rows;
  }

  private pendingQuote = false;

  private endRow(rows: CsvRow[]): void {
    this.fields.push(this.field);
    for (let i = 0; i < this.fields.length; i++) {
      if (this.fields[i]!.includes('\r')) this.fields[i] = this.fields[i]!.replace(/\r\n?/g, '\n');
    }
    const fields = this.fields;
    this.fields = [];
    this.field = '';
    this.quoteJustClosed = false;
    const line = this.rowLine;
    this.rowLine = this.line;
    if (fields.length === 1 && fields[0] === '') return; // blank line
    rows.push({ fields, line });
  }

  /** Finish: returns the last row, or throws when a quoted field never closed. */
  end(): CsvRow[] {
    if (this.inQuotes) {
      throw new CsvError(`unbalanced quote: a quoted field opened on line ${this.quoteLine} never closes`, this.quoteLine);
    }
    const rows: CsvRow[] = [];
    if (this.field.length > 0 || this.fields.length > 0) this.endRow(rows);
    return rows;
  }
}

function nextSpecial(s: string, from: number, delim: string): number {
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === delim || c === '\n' || c === '\r') return i;
  }
  return s.length;
}
