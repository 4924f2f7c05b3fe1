/**
 * Persistence of the corpus-wide identity index. The index lives in memory while documents are
 * written; after each batch, the rows that changed are written in the same transaction as the
 * batch's documents, so identities and documents never disagree after a crash.
 */
import type { EntityType } from '../doc/types.js';
import { IdentityIndex, type IdentityRows } from '../link/identities/index.js';
import type { SqliteStore } from './sqlite.js';

export class IdentityStore {
  private written = new Map<string, string>();
  private writtenEvidence = new Map<string, string>();
  readonly index: IdentityIndex;

  constructor(private readonly store: SqliteStore) {
    const rows = loadIdentityRows(store);
    this.index = rows.identities.length > 0 ? IdentityIndex.fromRows(rows) : new IdentityIndex();
    for (const r of rows.identities) this.written.set(r.id, JSON.stringify(r));
    for (const e of rows.evidence) this.writtenEvidence.set(evidenceKey(e), JSON.stringify(e));
  }

  /** Write the identities that changed since the last save. Call inside the batch's transaction. */
  save(): void {
    const rows = this.index.toRows();
    const db = this.store.db;
    const up = db.prepare(
      `INSERT INTO identity (id, name, type, aliases, mentions, documents, key, merged_into)
       VALUES (@id, @name, @type, @aliases, @mentions, @documents, @key, @merged_into)
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases,
         mentions = excluded.mentions, documents = excluded.documents, key = excluded.key, merged_into = excluded.merged_into`,
    );
    for (const r of rows.identities) {
      const json = JSON.stringify(r);
      if (this.written.get(r.id) === json) continue;
      up.run({ ...r, aliases: JSON.stringify(r.aliases) });
      this.written.set(r.id, json);
    }
    const ev = db.prepare(
      `INSERT INTO identity_evidence (identity, rule, name, matched, count, first_document)
       VALUES (@identity, @rule, @name, @matched, @count, @first_document)
       ON CONFLICT(identity, rule, name, matched) DO UPDATE SET count = excluded.count`,
    );
    for (const e of rows.evidence) {
      const k = evidenceKey(e);
      const json = JSON.stringify(e);
      if (this.writtenEvidence.get(k) === json) continue;
      ev.run({ ...e, matched: e.matched ?? '' });
      this.writtenEvidence.set(k, json);
    }
  }
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
