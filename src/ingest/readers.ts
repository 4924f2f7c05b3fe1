/**
 * Readers: files and folders to input items.
 *
 * `readInputs(paths)` walks files and folders (recursively, in sorted order) and yields one item per
 * article (a whole .txt/.html file, or one record of a .json/.jsonl/.csv file) or one failure per
 * input that could not be read. It never throws for bad input: a broken line, a truncated gzip or an
 * unreadable file becomes a failure and the walk goes on. Line- and row-based formats are streamed,
 * so memory stays flat however large the file; whole-file formats have a size limit.
 */
import { createReadStream } from 'node:fs';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { createGunzip, gunzipSync } from 'node:zlib';
import type { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import type { RawMeta } from '../doc/types.js';
import { BinaryInputError, decodeBytes, looksBinary } from './decode.js';
import { CsvError, CsvParser } from './csv.js';

export type Format = 'txt' | 'html' | 'json' | 'jsonl' | 'csv';

export interface InputItem {
  ok: true;
  /** Path as shown to the user (relative to the working directory when inside it). */
  path: string;
  /** Resolved real path: part of the stable id. */
  realPath: string;
  record: number | null;
  format: Format;
  /** Text body (txt and records) or HTML source (html). */
  body: string;
  meta: RawMeta;
  warnings: string[];
}

export interface InputFailure {
  ok: false;
  path: string;
  record: number | null;
  error: string;
}

export interface InputSkip {
  ok: 'skipped';
  path: string;
  reason: string;
}

export type InputEvent = InputItem | InputFailure | InputSkip;

export interface ReadOptions {
  /** Largest single-document file (txt, html, json), bytes after decompression. */
  maxFileBytes: number;
  /** Longest line or record in streamed formats, characters. */
  maxRecordChars: number;
  /** Working directory for display paths. */
  cwd: string;
  /** Called as input bytes are consumed (on-disk bytes, so compressed for gzip): done, total, current path. */
  onBytes?: (done: number, total: number, path: string) => void;
}

export const defaultReadOptions: ReadOptions = {
  maxFileBytes: 16 * 1024 * 1024,
  maxRecordChars: 16 * 1024 * 1024,
  cwd: process.cwd(),
};

const EXTENSIONS: Record<string, Format> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.tsv': 'csv',
};

/** Format from a file name (`.gz` stripped), or null when the extension is not known. */
export function formatOf(name: string): { format: Format | null; gzip: boolean } {
  let n = name.toLowerCase();
  const gzip = n.endsWith('.gz');
  if (gzip) n = n.slice(0, -3);
  return { format: EXTENSIONS[extname(n)] ?? null, gzip };
}

function sniffFormat(text: string): Format {
  const head = text.slice(0, 2048).trimStart();
  if (/^<(!doctype html|html|head|body|article|div|p)\b/i.test(head)) return 'html';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    const firstLine = head.split('\n', 1)[0]!.trim();
    return firstLine.endsWith('}') && head.includes('\n{') ? 'jsonl' : 'json';
  }
  return 'txt';
}

function displayPath(p: string, cwd: string): string {
  const rel = relative(cwd, p);
  return rel && !rel.startsWith('..') ? rel : p;
}

function errorText(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (unreadable)';
    case 'EISDIR':
      return 'is a folder';
    case 'Z_BUF_ERROR':
      return 'truncated gzip file (unexpected end of compressed data)';
    case 'Z_DATA_ERROR':
      return `corrupt gzip data (${e.message})`;
  }
  if (e instanceof Error) {
    if (/unexpected end of file/i.test(e.message)) return 'truncated gzip file (unexpected end of compressed data)';
    return e.message;
  }
  return String(err);
}

/** Files under the given paths, in order; failures for paths that cannot be walked. */
async function* walk(
  paths: string[],
  opts: ReadOptions,
): AsyncGenerator<{ file: string; explicit: boolean } | InputFailure | InputSkip> {
  const seen = new Set<string>();
  async function* visit(p: string, explicit: boolean): AsyncGenerator<{ file: string; explicit: boolean } | InputFailure | InputSkip> {
    const shown = displayPath(p, opts.cwd);
    let st;
    try {
      st = await stat(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        // A link whose target is gone is a dangling link, not a missing file.
        const isLink = await lstat(p).then((l) => l.isSymbolicLink(), () => false);
        yield { ok: false, path: shown, record: null, error: isLink ? 'dangling symbolic link' : 'no such file or folder' };
        return;
      }
      if (code === 'ELOOP') {
        yield { ok: false, path: shown, record: null, error: 'symbolic link loop' };
        return;
      }
      yield { ok: false, path: shown, record: null, error: errorText(err) };
      return;
    }
    let real: string;
    try {
      real = await realpath(p);
    } catch (err) {
      yield { ok: false, path: shown, record: null, error: errorText(err) };
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    if (st.isDirectory()) {
      let entries: string[];
      try {
        entries = (await readdir(p)).sort();
      } catch (err) {
        yield { ok: false, path: shown, record: null, error: errorText(err) };
        return;
      }
      for (const name of entries) {
        if (name.startsWith('.')) continue; // hidden files and folders (.git, .DS_Store)
        yield* visit(join(p, name), false);
      }
      return;
    }
    if (!st.isFile()) {
      yield { ok: false, path: shown, record: null, error: 'not a regular file' };
      return;
    }
    yield { file: p, explicit };
  }
  for (const p of paths) yield* visit(resolve(opts.cwd, p), true);
}

/** Read every input under `paths`. */
export async function* readInputs(paths: string[], options: Partial<ReadOptions> = {}): AsyncGenerator<InputEvent> {
  const opts = { ...defaultReadOptions, ...options };
  let total = 0;
  if (opts.onBytes) {
    // A first walk for the total size, so progress can show an ETA.
    for await (const w of walk(paths, opts)) {
      if ('file' in w) total += await stat(w.file).then((s) => s.size, () => 0);
    }
  }
  let done = 0;
  for await (const w of walk(paths, opts)) {
    if (!('file' in w)) {
      yield w;
      continue;
    }
    const size = opts.onBytes ? await stat(w.file).then((s) => s.size, () => 0) : 0;
    const before = done;
    const fileOpts: ReadOptions = opts.onBytes
      ? { ...opts, onBytes: (d: number) => opts.onBytes!(before + Math.min(d, size), total, w.file) }
      : opts;
    yield* readFile(w.file, w.explicit, fileOpts);
    done = before + size;
    opts.onBytes?.(done, total, w.file);
  }
}

async function readHead(file: string, n: number): Promise<Uint8Array> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

export async function* readFile(file: string, explicit: boolean, opts: ReadOptions): AsyncGenerator<InputEvent> {
  const shown = displayPath(file, opts.cwd);
  const real = await realpath(file).catch(() => file);
  let { format, gzip } = formatOf(basename(file));
  let head: Uint8Array;
  try {
    head = await readHead(file, 4096);
  } catch (err) {
    yield { ok: false, path: shown, record: null, error: errorText(err) };
    return;
  }
  const isGzipBytes = head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
  if (gzip && !isGzipBytes) {
    yield { ok: false, path: shown, record: null, error: head.length === 0 ? 'empty file' : 'not gzip data (bad magic bytes)' };
    return;
  }
  gzip = gzip || isGzipBytes;
  if (format === null) {
    if (!explicit && !gzip && looksBinary(head)) {
      yield { ok: 'skipped', path: shown, reason: 'not a supported format (binary)' };
      return;
    }
    if (!explicit) {
      const ext = extname(file).toLowerCase();
      if (ext && ext !== '.gz') {
        yield { ok: 'skipped', path: shown, reason: `not a supported format (${ext})` };
        return;
      }
    }
  }
  const base = { path: shown, realPath: real };
  try {
    if (format === 'jsonl' || format === 'csv') {
      yield* readStreamed(file, format, gzip, base, opts);
      return;
    }
    const bytes = await readWhole(file, gzip, opts.maxFileBytes);
    if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
      yield { ok: false, path: shown, record: null, error: 'empty file' };
      return;
    }
    let decoded;
    try {
      decoded = decodeBytes(bytes, { html: format === 'html' || (format === null && /^\s*</.test(Buffer.from(bytes.subarray(0, 64)).toString('latin1'))) });
    } catch (err) {
      if (err instanceof BinaryInputError) {
        yield { ok: false, path: shown, record: null, error: err.message };
        return;
      }
      throw err;
    }
    const warnings = decoded.warning ? [decoded.warning] : [];
    const fmt = format ?? sniffFormat(decoded.text);
    if (fmt === 'jsonl' || fmt === 'csv') {
      // Sniffed a streamed format inside a file with an unknown name: parse the text we have.
      yield* parseLinesText(decoded.text, fmt, base, opts, warnings);
      return;
    }
    if (fmt === 'json') {
      yield* parseJsonText(decoded.text, base, warnings);
      return;
    }
    yield { ok: true, ...base, record: null, format: fmt, body: decoded.text, meta: {}, warnings };
  } catch (err) {
    yield { ok: false, path: shown, record: null, error: errorText(err) };
  }
}

class SizeLimitError extends Error {}

/** Streaming Windows-1252 decoder (Node's TextDecoder treats the label as Latin-1). */
function legacyDecoder(): { decode(b?: Uint8Array, o?: { stream?: boolean }): string } {
  const d = iconv.getDecoder('win1252');
  return { decode: (b) => (b ? d.write(Buffer.from(b)) : (d.end() ?? '')) };
}

async function readWhole(file: string, gzip: boolean, max: number): Promise<Uint8Array> {
  const st = await stat(file);
  if (!gzip && st.size > max) {
    throw new SizeLimitError(
      `file is ${(st.size / 1048576).toFixed(1)} MB; a single-article file is limited to ${(max / 1048576).toFixed(0)} MB (put many articles in JSONL or CSV, which are streamed)`,
    );
  }
  const chunks: Buffer[] = [];
  let total = 0;
  const stream: Readable = gzip ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
  for await (const chunk of stream) {
    total += (chunk as Buffer).length;
    if (total > max) {
      stream.destroy();
      throw new SizeLimitError(
        `decompressed size exceeds the ${(max / 1048576).toFixed(0)} MB limit for a single-article file`,
      );
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

type Base = { path: string; realPath: string };

/** Map a JSON/CSV record's fields to an input item (or a failure). */
export function recordToItem(
  rec: Record<string, unknown>,
  base: Base,
  record: number | null,
  format: Format,
  warnings: string[],
): InputItem | InputFailure {
  const pick = (...names: string[]): string | null => {
    for (const n of names) {
      const v = rec[n];
      if (typeof v === 'string' && v.trim() !== '') return v;
      if (typeof v === 'number' && n !== 'text') return String(v);
    }
    return null;
  };
  const body = pick('text', 'body', 'content', 'article', 'maintext');
  const html = body === null ? pick('html', 'raw_html') : null;
  if (body === null && html === null) {
    return { ok: false, path: base.path, record, error: 'record has no text (fields text, body or content)' };
  }
  const meta: RawMeta = {
    title: pick('title', 'headline'),
    date: pick('date', 'published', 'publish_date', 'date_publish', 'pubdate', 'published_at'),
    url: pick('url', 'link'),
    outlet: pick('outlet', 'source', 'domain', 'site', 'publisher'),
    language: pick('language', 'lang'),
    id: pick('id'),
  };
  return { ok: true, ...base, record, format: html !== null ? 'html' : format, body: (body ?? html)!, meta, warnings };
}

function* parseJsonText(text: string, base: Base, warnings: string[]): Generator<InputEvent> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    yield { ok: false, path: base.path, record: null, error: `invalid JSON: ${(err as Error).message}` };
    return;
  }
  const list = Array.isArray(value) ? value : [value];
  let i = 0;
  for (const rec of list) {
    i++;
    const record = Array.isArray(value) ? i : null;
    if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
      yield { ok: false, path: base.path, record, error: 'JSON record is not an object' };
      continue;
    }
    yield recordToItem(rec as Record<string, unknown>, base, record, 'txt', warnings);
  }
}

function* parseLinesText(text: string, format: 'jsonl' | 'csv', base: Base, opts: ReadOptions, warnings: string[]): Generator<InputEvent> {
  if (format === 'jsonl') {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const ev = jsonlLine(lines[i]!, i + 1, base, opts, warnings);
      if (ev) yield ev;
    }
    return;
  }
  const parser = new CsvParser(opts.maxRecordChars);
  const state = { header: null as string[] | null };
  try {
    for (const row of [...parser.push(text), ...parser.end()]) {
      const ev = csvRow(row.fields, row.line, state, base, warnings);
      if (ev) yield ev;
    }
  } catch (err) {
    yield csvFailure(err, base);
  }
}

function jsonlLine(line: string, no: number, base: Base, opts: ReadOptions, warnings: string[]): InputEvent | null {
  const t = line.trim();
  if (t === '') return null;
  if (t.length > opts.maxRecordChars) {
    return { ok: false, path: base.path, record: no, error: `line longer than ${opts.maxRecordChars} characters` };
  }
  let rec: unknown;
  try {
    rec = JSON.parse(t);
  } catch (err) {
    return { ok: false, path: base.path, record: no, error: `invalid JSON on line ${no}: ${(err as Error).message}` };
  }
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
    return { ok: false, path: base.path, record: no, error: `line ${no} is not a JSON object` };
  }
  return recordToItem(rec as Record<string, unknown>, base, no, 'txt', warnings);
}

function csvRow(
  fields: string[],
  line: number,
  state: { header: string[] | null },
  base: Base,
  warnings: string[],
): InputEvent | null {
  if (state.header === null) {
    state.header = fields.map((f) => f.replace(/^\uFEFF/, '').trim().toLowerCase());
    return null;
  }
  const rec: Record<string, unknown> = {};
  state.header.forEach((h, i) => {
    if (h) rec[h] = fields[i] ?? '';
  });
  if (fields.length !== state.header.length) {
    const ev = recordToItem(rec, base, line, 'txt', warnings);
    if (ev.ok) ev.warnings = [...ev.warnings, `row has ${fields.length} fields, header has ${state.header.length}`];
    return ev;
  }
  return recordToItem(rec, base, line, 'txt', warnings);
}

function csvFailure(err: unknown, base: Base): InputFailure {
  if (err instanceof CsvError) {
    return { ok: false, path: base.path, record: err.line, error: `${err.message}; rows from line ${err.line} on were not read` };
  }
  return { ok: false, path: base.path, record: null, error: errorText(err) };
}

/** Stream a JSONL or CSV file (optionally gzip) line by line with bounded memory. */
async function* readStreamed(
  file: string,
  format: 'jsonl' | 'csv',
  gzip: boolean,
  base: Base,
  opts: ReadOptions,
): AsyncGenerator<InputEvent> {
  const raw = createReadStream(file, { highWaterMark: 256 * 1024 });
  const stream: Readable = gzip ? raw.pipe(createGunzip()) : raw;
  // Propagate read errors of the file to the gunzip stream, so the loop below sees them.
  if (gzip) raw.on('error', (e) => stream.destroy(e));
  let decoder: { decode(b?: Uint8Array, o?: { stream?: boolean }): string } | null = null;
  const warnings: string[] = [];
  let pending = '';
  let lineNo = 0;
  let skippingLong = false;
  let any = false;
  let rowsSeen = false;
  const parser = format === 'csv' ? new CsvParser(opts.maxRecordChars) : null;
  const state = { header: null as string[] | null };
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      opts.onBytes?.(raw.bytesRead, 0, file);
      if (!decoder) {
        if (looksBinary(buf.subarray(0, 8192))) {
          yield { ok: false, path: base.path, record: null, error: 'binary file (NUL or control bytes), not text' };
          stream.destroy();
          return;
        }
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, Math.max(0, buf.length - 4)));
          decoder = new TextDecoder('utf-8');
        } catch {
          decoder = legacyDecoder();
          warnings.push('not valid UTF-8: decoded as Windows-1252');
        }
      }
      const text = decoder.decode(buf, { stream: true });
      if (text.length > 0) any = true;
      if (parser) {
        for (const row of parser.push(text)) {
          const ev = csvRow(row.fields, row.line, state, base, warnings);
          if (ev) {
            rowsSeen = true;
            yield ev;
          }
        }
        continue;
      }
      // JSONL: split on newlines, keeping the unfinished tail; lines over the limit are skipped whole.
      let start = 0;
      for (;;) {
        const nl = text.indexOf('\n', start);
        if (nl < 0) {
          if (!skippingLong) {
            pending += text.slice(start);
            if (pending.length > opts.maxRecordChars) {
              lineNo++;
              yield { ok: false, path: base.path, record: lineNo, error: `line longer than ${opts.maxRecordChars} characters` };
              pending = '';
              skippingLong = true;
            }
          }
          break;
        }
        if (skippingLong) {
          skippingLong = false;
          pending = '';
        } else {
          const line = pending + text.slice(start, nl);
          pending = '';
          lineNo++;
          const ev = jsonlLine(line, lineNo, base, opts, warnings);
          if (ev) yield ev;
        }
        start = nl + 1;
      }
    }
    if (parser) {
      const tail = decoder ? decoder.decode() : '';
      const rows = [...(tail ? parser.push(tail) : []), ...parser.end()];
      for (const row of rows) {
        const ev = csvRow(row.fields, row.line, state, base, warnings);
        if (ev) {
          rowsSeen = true;
          yield ev;
        }
      }
    } else {
      const line = pending + (decoder ? decoder.decode() : '');
      if (!skippingLong && line.trim() !== '') {
        lineNo++;
        const ev = jsonlLine(line, lineNo, base, opts, warnings);
        if (ev) yield ev;
      }
    }
    if (!any) yield { ok: false, path: base.path, record: null, error: 'empty file' };
    else if (format === 'csv' && state.header === null) yield { ok: false, path: base.path, record: null, error: 'CSV has no header row' };
    else if (format === 'csv' && !rowsSeen) yield { ok: false, path: base.path, record: null, error: 'CSV has a header row but no records' };
  } catch (err) {
    if (parser) yield csvFailure(err, base);
    else yield { ok: false, path: base.path, record: lineNo > 0 ? lineNo + 1 : null, error: errorText(err) };
  }
}

/** Parse text already in memory (standard input) as the given format, or a sniffed one. */
export function* parseText(text: string, format: Format | null, path: string, options: Partial<ReadOptions> = {}): Generator<InputEvent> {
  const opts = { ...defaultReadOptions, ...options };
  const base = { path, realPath: path };
  if (text.trim() === '') {
    yield { ok: false, path, record: null, error: 'empty input' };
    return;
  }
  const fmt = format ?? sniffFormat(text);
  if (fmt === 'jsonl' || fmt === 'csv') yield* parseLinesText(text, fmt, base, opts, []);
  else if (fmt === 'json') yield* parseJsonText(text, base, []);
  else yield { ok: true, ...base, record: null, format: fmt, body: text, meta: {}, warnings: [] };
}
