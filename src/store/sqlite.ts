/**
 * The SQLite store: one file, WAL journal, versioned migrations, one transaction per batch of
 * whole documents (a document and all its annotations are written together or not at all).
 * Every query is parameterised.
 */
import Database from 'better-sqlite3';
import { OffsetMap } from '../doc/offsets.js';
import type { Doc, LayerName, Layers, Message, Removed } from '../doc/types.js';
import { SitrepError } from '../errors.js';
import {
  bandKeys,
  signatureFromBuffer,
  signatureToBuffer,
  verdict,
  type Signature,
} from '../link/duplicates/minhash.js';
import { migrations } from './migrations.js';

export interface StoredDocInfo {
  id: string;
  seq: number;
  contentHash: string;
}

export interface WriteExtras {
  inputKey: string;
  contentHash: string;
  exactKey: string;
  signature: Signature;
  analysis: string;
}

export interface WriteResult {
  status: 'new' | 'updated';
  /** Ingestion sequence number of the document. */
  seq: number;
  duplicateOf: string | null;
  similarity: number | null;
}

export interface SearchOptions {
  limit?: number;
  outlet?: string | null;
  from?: string | null;
  to?: string | null;
}

export interface SearchHit {
  id: string;
  title: string | null;
  score: number;
  snippet: string;
  outlet: string | null;
  date: string | null;
  url: string | null;
}

export interface DocRow {
  seq: number;
  id: string;
  input_path: string;
  input_record: number | null;
  url: string | null;
  outlet: string | null;
  credit: string | null;
  title: string | null;
  published_date: string | null;
  published_precision: string | null;
  published_method: string | null;
  language: string | null;
  raw: string;
  text: string;
  offsets: string;
  removed: string;
  messages: string;
  duplicate_of: string | null;
  duplicate_jaccard: number | null;
}

const MAX_CANDIDATES = 200;

/**
 * Layers not stored: tokens are many small objects (about 30 KB of JSON per article) and are
 * recomputed exactly from the text by `splitText` when a tool needs them.
 */
export const TRANSIENT_LAYERS = new Set(['tokens']);

export class SqliteStore {
  readonly db: Database.Database;
  readonly path: string;

  constructor(path: string, opts: { readonly?: boolean } = {}) {
    this.path = path;
    try {
      this.db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
    } catch (err) {
      throw new SitrepError(`cannot open database ${path}: ${(err as Error).message}`, 2);
    }
    if (!opts.readonly) {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
    }
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    if (!opts.readonly) this.migrate();
    else if (this.version() < migrations[migrations.length - 1]!.version) {
      throw new SitrepError(`database ${path} is not a sitrep database or needs migration (open it once for writing)`, 2);
    }
  }

  private statements = new Map<string, Database.Statement>();
  /** A prepared statement, prepared once per connection. */
  private stmt(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  version(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  private migrate(): void {
    const current = this.version();
    const latest = migrations[migrations.length - 1]!.version;
    if (current > latest) {
      throw new SitrepError(`database ${this.path} has schema version ${current}, newer than this sitrep (${latest})`, 2);
    }
    for (const m of migrations) {
      if (m.version <= current) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db.pragma(`user_version = ${m.version}`);
      })();
    }
  }

  close(): void {
    this.db.close();
  }

  /** Run `fn` in one transaction (all or nothing). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  getInfo(id: string): StoredDocInfo | null {
    const row = this.stmt('SELECT id, seq, content_hash AS contentHash FROM documents WHERE id = ?').get(id) as
      | StoredDocInfo
      | undefined;
    return row ?? null;
  }

  /** Write (insert or replace) one document with its layers, its MinHash and its duplicate link. Call inside a transaction. */
  writeDoc(doc: Doc, x: WriteExtras): WriteResult {
    const existing = this.getInfo(doc.id);
    const now = new Date().toISOString();
    const fields = {
      id: doc.id,
      input_path: doc.input.path,
      input_record: doc.input.record,
      input_key: x.inputKey,
      content_hash: x.contentHash,
      exact_key: x.exactKey,
      url: doc.meta.url,
      outlet: doc.meta.outlet,
      credit: doc.meta.credit,
      title: doc.meta.title,
      published_date: doc.meta.published.date,
      published_precision: doc.meta.published.precision,
      published_method: doc.meta.published.method,
      language: doc.meta.language,
      raw: doc.raw,
      text: doc.text,
      offsets: JSON.stringify(doc.offsets.toJSON()),
      removed: JSON.stringify(doc.removed),
      messages: JSON.stringify(doc.messages),
      analysis: x.analysis,
      ingested_at: now,
    };
    if (existing) {
      this
        .stmt(
          `UPDATE documents SET input_path=@input_path, input_record=@input_record, input_key=@input_key,
             content_hash=@content_hash, exact_key=@exact_key, url=@url, outlet=@outlet, credit=@credit, title=@title,
             published_date=@published_date, published_precision=@published_precision, published_method=@published_method,
             language=@language, raw=@raw, text=@text, offsets=@offsets, removed=@removed, messages=@messages,
             analysis=@analysis, ingested_at=@ingested_at, duplicate_of=NULL, duplicate_jaccard=NULL
           WHERE id=@id`,
        )
        .run(fields);
      this.stmt('DELETE FROM layers WHERE doc = ?').run(doc.id);
      this.stmt('DELETE FROM minhash WHERE doc = ?').run(doc.id);
      this.stmt('DELETE FROM minhash_bands WHERE doc = ?').run(doc.id);
    } else {
      this
        .stmt(
          `INSERT INTO documents (id, input_path, input_record, input_key, content_hash, exact_key, url, outlet, credit, title,
             published_date, published_precision, published_method, language, raw, text, offsets, removed, messages,
             analysis, ingested_at)
           VALUES (@id, @input_path, @input_record, @input_key, @content_hash, @exact_key, @url, @outlet, @credit, @title,
             @published_date, @published_precision, @published_method, @language, @raw, @text, @offsets, @removed, @messages,
             @analysis, @ingested_at)`,
        )
        .run(fields);
    }
    const insLayer = this.stmt('INSERT INTO layers (doc, name, data) VALUES (?, ?, ?)');
    for (const [name, data] of Object.entries(doc.layers)) {
      if (data !== undefined && !TRANSIENT_LAYERS.has(name)) insLayer.run(doc.id, name, JSON.stringify(data));
    }
    const dup = this.linkDuplicate(doc, x);
    this.stmt('INSERT INTO minhash (doc, size, mins) VALUES (?, ?, ?)').run(doc.id, x.signature.size, signatureToBuffer(x.signature));
    const insBand = this.stmt('INSERT OR IGNORE INTO minhash_bands (band, doc) VALUES (?, ?)');
    if (x.signature.size > 0) for (const key of bandKeys(x.signature)) insBand.run(key, doc.id);
    this.stmt('DELETE FROM failures WHERE path = ? AND record = ?').run(doc.input.path, doc.input.record ?? 0);
    const seq = existing ? existing.seq : (this.stmt('SELECT seq FROM documents WHERE id = ?').get(doc.id) as { seq: number }).seq;
    return { status: existing ? 'updated' : 'new', seq, duplicateOf: dup.root, similarity: dup.similarity };
  }

  /**
   * Find the earliest copy of `doc` among stored documents (exact text first, then MinHash
   * near-duplicates) and point the group at its earliest member: earliest publication date, then
   * earliest ingested. Every member of a group points straight at the group's root.
   */
  private linkDuplicate(doc: Doc, x: WriteExtras): { root: string | null; similarity: number | null } {
    type Cand = { id: string; duplicate_of: string | null };
    let match: Cand | undefined;
    let similarity: number | null = null;
    if (x.exactKey.length > 0) {
      match = this
        .stmt('SELECT id, duplicate_of FROM documents WHERE exact_key = ? AND id != ? ORDER BY seq LIMIT 1')
        .get(x.exactKey, doc.id) as Cand | undefined;
      if (match) similarity = 1;
    }
    if (!match && x.signature.size > 0) {
      const keys = bandKeys(x.signature);
      const rows = this
        .stmt(
          `SELECT doc, COUNT(*) AS hits FROM minhash_bands WHERE band IN (${keys.map(() => '?').join(',')}) AND doc != ?
           GROUP BY doc ORDER BY hits DESC LIMIT ${MAX_CANDIDATES}`,
        )
        .all(...keys, doc.id) as { doc: string; hits: number }[];
      let best = 0;
      const getSig = this.stmt('SELECT size, mins FROM minhash WHERE doc = ?');
      for (const r of rows) {
        const s = getSig.get(r.doc) as { size: number; mins: Buffer } | undefined;
        if (!s) continue;
        const v = verdict(x.signature, signatureFromBuffer(s.mins, s.size));
        if (v.duplicate && v.jaccard > best) {
          best = v.jaccard;
          match = this.stmt('SELECT id, duplicate_of FROM documents WHERE id = ?').get(r.doc) as Cand;
        }
      }
      if (match) similarity = best;
    }
    if (!match) return { root: null, similarity: null };
    const rootId = match.duplicate_of ?? match.id;
    const root = this.stmt('SELECT id, published_date, seq FROM documents WHERE id = ?').get(rootId) as
      | { id: string; published_date: string | null; seq: number }
      | undefined;
    if (!root) return { root: null, similarity: null };
    const mine = doc.meta.published.date;
    const earlier = mine !== null && (root.published_date === null || mine.slice(0, 10) < root.published_date.slice(0, 10));
    if (earlier) {
      // The new document is the earliest copy: the group now points at it.
      this
        .stmt('UPDATE documents SET duplicate_of = ? WHERE (id = ? OR duplicate_of = ?) AND id != ?')
        .run(doc.id, root.id, root.id, doc.id);
      return { root: null, similarity };
    }
    this.stmt('UPDATE documents SET duplicate_of = ?, duplicate_jaccard = ? WHERE id = ?').run(root.id, similarity, doc.id);
    return { root: root.id, similarity };
  }

  recordFailure(path: string, record: number | null, error: string): void {
    this
      .stmt(
        `INSERT INTO failures (path, record, error, at) VALUES (?, ?, ?, ?)
         ON CONFLICT(path, record) DO UPDATE SET error = excluded.error, at = excluded.at`,
      )
      .run(path, record ?? 0, error, new Date().toISOString());
  }

  /** Documents in ingestion order. */
  *iterateRows(): Generator<DocRow> {
    const stmt = this.db.prepare('SELECT * FROM documents ORDER BY seq');
    for (const row of stmt.iterate()) yield row as DocRow;
  }

  getRow(id: string): DocRow | null {
    return (this.stmt('SELECT * FROM documents WHERE id = ?').get(id) as DocRow | undefined) ?? null;
  }

  layersOf(id: string): Partial<Layers> {
    const rows = this.stmt('SELECT name, data FROM layers WHERE doc = ?').all(id) as { name: string; data: string }[];
    const out: Partial<Layers> = {};
    for (const r of rows) (out as Record<string, unknown>)[r.name] = JSON.parse(r.data);
    return out;
  }

  /** All stored values of one layer, with their document ids, in ingestion order. */
  *iterateLayer<K extends LayerName>(name: K): Generator<{ doc: string; data: Layers[K] }> {
    const stmt = this.db.prepare(
      'SELECT l.doc AS doc, l.data AS data FROM layers l JOIN documents d ON d.id = l.doc WHERE l.name = ? ORDER BY d.seq',
    );
    for (const r of stmt.iterate(name) as Iterable<{ doc: string; data: string }>) {
      yield { doc: r.doc, data: JSON.parse(r.data) as Layers[K] };
    }
  }

  /** Rebuild a Doc from its stored row and layers. */
  rowToDoc(row: DocRow): Doc {
    return {
      id: row.id,
      input: { path: row.input_path, record: row.input_record },
      raw: row.raw,
      text: row.text,
      offsets: OffsetMap.fromJSON(JSON.parse(row.offsets) as number[][]),
      meta: {
        title: row.title,
        url: row.url,
        outlet: row.outlet,
        credit: row.credit,
        published: {
          date: row.published_date,
          precision: row.published_precision as Doc['meta']['published']['precision'],
          method: row.published_method,
        },
        language: row.language,
      },
      removed: JSON.parse(row.removed) as Removed[],
      layers: this.layersOf(row.id),
      messages: JSON.parse(row.messages) as Message[],
    };
  }

  /** Full-text search with bm25 ranking (title weighted 3×) and snippets. */
  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    const where: string[] = ['documents_fts MATCH @q'];
    const params: Record<string, unknown> = { q: query, limit: Math.max(1, Math.min(opts.limit ?? 20, 1000)) };
    if (opts.outlet) {
      where.push('d.outlet = @outlet');
      params.outlet = opts.outlet;
    }
    if (opts.from) {
      where.push('d.published_date >= @from');
      params.from = opts.from;
    }
    if (opts.to) {
      where.push('d.published_date <= @to');
      params.to = opts.to + '\uffff';
    }
    const sql = `SELECT d.id AS id, d.title AS title, d.outlet AS outlet, d.published_date AS date, d.url AS url,
        -bm25(documents_fts, 3.0, 1.0) AS score,
        snippet(documents_fts, 1, '[', ']', '…', 24) AS snippet
      FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
      WHERE ${where.join(' AND ')}
      ORDER BY bm25(documents_fts, 3.0, 1.0) LIMIT @limit`;
    try {
      return this.db.prepare(sql).all(params) as SearchHit[];
    } catch (err) {
      const msg = (err as Error).message;
      if (/fts5|syntax error|no such column|unterminated|unknown special query/i.test(msg)) {
        throw new SitrepError(
          `search: the query ${JSON.stringify(query)} is not valid FTS5 syntax (${msg}). ` +
            'Quote phrases with double quotes, use AND/OR/NOT in capitals, and put words with punctuation in quotes.',
          2,
        );
      }
      throw err;
    }
  }

  stats(): Record<string, unknown> {
    const one = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    const outlets = this.db
      .prepare("SELECT COALESCE(outlet, '(none)') AS outlet, COUNT(*) AS n FROM documents GROUP BY outlet ORDER BY n DESC")
      .all() as { outlet: string; n: number }[];
    const range = this.db
      .prepare('SELECT MIN(published_date) AS first, MAX(published_date) AS last FROM documents')
      .get() as { first: string | null; last: string | null };
    return {
      documents: one('SELECT COUNT(*) AS n FROM documents'),
      duplicates: one('SELECT COUNT(*) AS n FROM documents WHERE duplicate_of IS NOT NULL'),
      duplicate_groups: one('SELECT COUNT(DISTINCT duplicate_of) AS n FROM documents WHERE duplicate_of IS NOT NULL'),
      failures: one('SELECT COUNT(*) AS n FROM failures'),
      undated: one('SELECT COUNT(*) AS n FROM documents WHERE published_date IS NULL'),
      first_date: range.first,
      last_date: range.last,
      outlets: Object.fromEntries(outlets.map((o) => [o.outlet, o.n])),
      schema_version: this.version(),
    };
  }
}
