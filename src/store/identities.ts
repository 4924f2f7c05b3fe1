/**
 * Persistence of the corpus-wide identity index. The index lives in memory while documents are
 * written; after each batch, the rows that changed are written in the same transaction as the
 * batch's documents, so identities and documents never disagree after a crash.
 */
import type { EntityType } from '../doc/types.js';
import { IdentityIndex, type IdentityRows } from '../link/identities/index.js';
import type { SqliteStore } from './sqlite.js';

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

  constructor(private readonly store: SqliteStore) {
    const rows = loadIdentityRows(store);
    this.index = rows.identities.length > 0 ? IdentityIndex.fromRows(rows) : new IdentityIndex();
    this.through = identitiesThrough(store);
    this.catchUp();
  }

  /** Add the entities of documents stored after the last save (a crash between saves). */
  private catchUp(): void {
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
    if (rows.length > 0) this.store.transaction(() => this.save());
  }

  /** Take in one document's entities (sets their ids), before the document is written. */
  add(docId: string, entities: Parameters<IdentityIndex['add']>[1]): void {
    this.index.add(docId, entities);
  }

  /** Take back what a stored document's entities added, before it is written again with new content. */
  withdraw(entities: Parameters<IdentityIndex['withdraw']>[0]): void {
    this.index.withdraw(entities);
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
