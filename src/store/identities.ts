/**
 * Persistence of the corpus-wide identity index. The index lives in memory while documents are
 * written; after each batch, the rows that changed are written in the same transaction as the
 * batch's documents, so identities and documents never disagree after a crash.
 */
import type { EntityType } from '../doc/types.js';
import { IdentityIndex, type IdentityRows } from '../link/identities/index.js';
import type { Doc } from '../doc/types.js';
import type { SqliteStore, WriteExtras, WriteResult } from './sqlite.js';

/**
 * The identity index is corpus-level data derived from the documents' entity layers, in ingestion
 * order. It is saved (all rows, one transaction) every so often and at the end of an ingest, with the
 * ingestion sequence number it covers; after a crash the documents stored since are replayed from
 * their layers, so the index always ends up as if every document had been added once, in order.
 */
export class IdentityStore {
  readonly index: IdentityIndex;
  /** Highest document `seq` the index has taken in. */
  private through: number;
  /** Highest document `seq` the saved index covers. */
  private savedThrough: number;

  constructor(private readonly store: SqliteStore) {
    const rows = loadIdentityRows(store);
    this.index = rows.identities.length > 0 ? IdentityIndex.fromRows(rows) : new IdentityIndex();
    this.through = identitiesThrough(store);
    this.savedThrough = this.through;
    this.catchUp();
  }

  /**
   * Bring the saved index up to the stored documents after a crash between saves: documents changed
   * since the save first take back what their old version added (recorded in `identity_pending` in
   * the same transaction as the change) and add their current entities; documents stored since the
   * save are added in ingestion order.
   */
  private catchUp(): void {
    const pending = this.store.db
      .prepare(
        `SELECT p.doc AS id, p.old_entities AS old, d.seq AS seq, l.data AS data FROM identity_pending p
         JOIN documents d ON d.id = p.doc LEFT JOIN layers l ON l.doc = p.doc AND l.name = 'entities' ORDER BY d.seq`,
      )
      .all() as { id: string; old: string; seq: number; data: string | null }[];
    for (const p of pending) {
      this.index.withdraw(JSON.parse(p.old) as Parameters<IdentityIndex['withdraw']>[0]);
      // A document stored after the save is added with the others below.
      if (p.seq <= this.through && p.data !== null) this.index.add(p.id, JSON.parse(p.data) as Parameters<IdentityIndex['add']>[1]);
    }
    const rows = this.store.db
      .prepare(
        `SELECT d.seq AS seq, d.id AS id, l.data AS data FROM documents d JOIN layers l ON l.doc = d.id AND l.name = 'entities'
         WHERE d.seq > ? ORDER BY d.seq`,
      )
      .all(this.through) as { seq: number; id: string; data: string }[];
    for (const r of rows) {
      this.index.add(r.id, JSON.parse(r.data) as Parameters<IdentityIndex['add']>[1]);
      this.through = r.seq;
    }
    if (rows.length > 0 || pending.length > 0) this.store.transaction(() => this.save());
  }

  /**
   * Write one analysed document with its entities taken into the index (sets their ids); a changed
   * document first takes back what its old version added. Call inside a transaction.
   */
  write(doc: Doc, x: WriteExtras): WriteResult {
    const stored = this.store.getInfo(doc.id);
    if (stored) this.withdraw(stored, this.store.layersOf(doc.id).entities ?? []);
    this.add(doc.id, doc.layers.entities ?? []);
    const res = this.store.writeDoc(doc, x);
    this.covered(res.seq);
    return res;
  }

  /** Take in one document's entities (sets their ids), before the document is written. */
  add(docId: string, entities: Parameters<IdentityIndex['add']>[1]): void {
    this.index.add(docId, entities);
  }

  /**
   * Take back what a stored document's entities added, before it is written again with new content.
   * Call inside the transaction that writes the new version: when the saved index counts the old
   * version, the old entities are recorded so that a crash before the next save can be repaired.
   */
  withdraw(doc: { id: string; seq: number }, entities: Parameters<IdentityIndex['withdraw']>[0]): void {
    this.index.withdraw(entities);
    if (doc.seq <= this.savedThrough) {
      this.store.db
        .prepare('INSERT OR IGNORE INTO identity_pending (doc, old_entities) VALUES (?, ?)')
        .run(doc.id, JSON.stringify(entities));
    }
  }

  /** The document with ingestion number `seq` has been written with its entities taken in. */
  covered(seq: number): void {
    if (seq > this.through) this.through = seq;
  }

  /** Write every identity and the sequence number covered. Call inside a transaction. */
  save(): void {
    const rows = this.index.toRows();
    const db = this.store.db;
    db.prepare('DELETE FROM identity').run();
    db.prepare('DELETE FROM identity_evidence').run();
    const ins = db.prepare(
      `INSERT INTO identity (id, name, type, aliases, mentions, documents, key, merged_into)
       VALUES (@id, @name, @type, @aliases, @mentions, @documents, @key, @merged_into)`,
    );
    for (const r of rows.identities) ins.run({ ...r, aliases: JSON.stringify(r.aliases) });
    const ev = db.prepare(
      `INSERT INTO identity_evidence (identity, rule, name, matched, count, first_document)
       VALUES (@identity, @rule, @name, @matched, @count, @first_document)
       ON CONFLICT(identity, rule, name, matched) DO UPDATE SET count = excluded.count`,
    );
    for (const e of rows.evidence) ev.run({ ...e, matched: e.matched ?? '' });
    db.prepare(
      `INSERT INTO corpus_state (key, value) VALUES ('identities_through', ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
    ).run(String(this.through));
    db.prepare('DELETE FROM identity_pending').run();
    this.savedThrough = this.through;
  }
}

function identitiesThrough(store: SqliteStore): number {
  const row = store.db.prepare("SELECT value FROM corpus_state WHERE key = 'identities_through'").get() as { value: string } | undefined;
  return row ? Number(row.value) : 0;
}

function evidenceKey(e: { identity: string; rule: string; name: string; matched: string | null }): string {
  return `${e.identity}\u0000${e.rule}\u0000${e.name}\u0000${e.matched ?? ''}`;
}

export function loadIdentityRows(store: SqliteStore): IdentityRows {
  const identities = (store.db.prepare('SELECT * FROM identity').all() as Record<string, unknown>[]).map((r) => ({
    id: r.id as string,
    name: r.name as string,
    type: r.type as EntityType,
    aliases: JSON.parse(r.aliases as string) as [string, number][],
    mentions: r.mentions as number,
    documents: r.documents as number,
    key: r.key as string,
    merged_into: (r.merged_into as string | null) ?? null,
  }));
  const evidence = (store.db.prepare('SELECT * FROM identity_evidence').all() as Record<string, unknown>[]).map((e) => ({
    identity: e.identity as string,
    rule: e.rule as IdentityRows['evidence'][number]['rule'],
    name: e.name as string,
    matched: (e.matched as string) === '' ? null : (e.matched as string),
    count: e.count as number,
    first_document: e.first_document as string,
  }));
  return { identities, evidence };
}

/** The identity index as stored (read-only use: export, entities, quotes). */
export function loadIdentityIndex(store: SqliteStore): IdentityIndex {
  const rows = loadIdentityRows(store);
  return rows.identities.length > 0 ? IdentityIndex.fromRows(rows) : new IdentityIndex();
}
