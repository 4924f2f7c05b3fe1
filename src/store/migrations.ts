/**
 * Versioned schema. Each migration runs once, in its own transaction, and bumps `user_version`.
 * Add new tables in new migrations at the end; never edit one that has shipped.
 *
 * Layout: `documents` holds one row per article (text, metadata, offsets map, removed junk);
 * `layers` holds each annotation layer of a document as JSON (stand-off spans), so new layers
 * need no schema change; corpus-level tables (duplicates' MinHash bands, identities, …) hang off
 * documents by id and are rebuilt from the layers when needed.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'documents, layers, search, duplicates, failures',
    sql: `
      CREATE TABLE documents (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        input_path TEXT NOT NULL,
        input_record INTEGER,
        input_key TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        exact_key TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        credit TEXT,
        title TEXT,
        published_date TEXT,
        published_precision TEXT,
        published_method TEXT,
        language TEXT,
        raw TEXT NOT NULL,
        text TEXT NOT NULL,
        offsets TEXT NOT NULL,
        removed TEXT NOT NULL,
        messages TEXT NOT NULL,
        duplicate_of TEXT,
        duplicate_jaccard REAL,
        analysis TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX documents_exact ON documents(exact_key);
      CREATE INDEX documents_outlet ON documents(outlet);
      CREATE INDEX documents_date ON documents(published_date);
      CREATE INDEX documents_dup ON documents(duplicate_of);

      CREATE TABLE layers (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (doc, name)
      ) WITHOUT ROWID;

      CREATE TABLE minhash (
        doc TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        size INTEGER NOT NULL,
        mins BLOB NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE minhash_bands (
        band INTEGER NOT NULL,
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        PRIMARY KEY (band, doc)
      ) WITHOUT ROWID;
      CREATE INDEX minhash_bands_doc ON minhash_bands(doc);

      CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
      CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      END;
      CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;

      CREATE TABLE failures (
        path TEXT NOT NULL,
        record INTEGER NOT NULL,
        error TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (path, record)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    name: 'corpus-wide identities and the evidence of their merges',
    sql: `
      CREATE TABLE identity (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        aliases TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        documents INTEGER NOT NULL,
        key TEXT NOT NULL,
        merged_into TEXT
      ) WITHOUT ROWID;
      CREATE INDEX identity_type ON identity(type);
      CREATE TABLE identity_evidence (
        identity TEXT NOT NULL,
        rule TEXT NOT NULL,
        name TEXT NOT NULL,
        matched TEXT NOT NULL,
        count INTEGER NOT NULL,
        first_document TEXT NOT NULL,
        PRIMARY KEY (identity, rule, name, matched)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 3,
    name: 'corpus state: how far corpus-level tables are up to date',
    sql: `
      CREATE TABLE corpus_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 4,
    name: 'changed documents the saved identity index still counts in their old version',
    sql: `
      CREATE TABLE identity_pending (
        doc TEXT PRIMARY KEY,
        old_entities TEXT NOT NULL
      ) WITHOUT ROWID;
    `,
  },
];
