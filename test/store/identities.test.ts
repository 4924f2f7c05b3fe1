import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { docFromText } from '../../src/doc/doc.js';
import type { Doc, LocalEntity } from '../../src/doc/types.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { IdentityStore, loadIdentityRows } from '../../src/store/identities.js';
import { IdentityIndex } from '../../src/link/identities/index.js';
import { exactKey, signature } from '../../src/link/duplicates/minhash.js';
import { tempDir } from '../helpers/tmp.js';

function entity(key: string, name: string, mentions: number): LocalEntity {
  const spans = Array.from({ length: mentions }, (_, i) => [i * 10, i * 10 + 5] as [number, number]);
  return { key, name, type: 'PERSON', mentions: spans as LocalEntity['mentions'], aliases: [], attributes: {}, id: null, source: 'test' };
}

function doc(id: string, text: string, entities: LocalEntity[]): Doc {
  const d = docFromText(text, {
    id,
    input: { path: `${id}.txt`, record: null },
    meta: { title: id, outlet: 'example.org', published: { date: '2022-01-28', precision: 'day', method: 'metadata' } },
  });
  d.layers.entities = entities;
  return d;
}

function put(store: SqliteStore, ids: IdentityStore, d: Doc, save: boolean): void {
  store.transaction(() => {
    ids.write(d, { inputKey: d.id, contentHash: d.text, exactKey: exactKey(d.text), signature: signature(d.text), analysis: 'test' });
    if (save) ids.save();
  });
}

/** Identity counts as (name, mentions, documents), for identities that still count something. */
function counts(rows: ReturnType<typeof loadIdentityRows>): string[] {
  return rows.identities
    .filter((r) => r.merged_into === null && (r.mentions > 0 || r.documents > 0))
    .map((r) => `${r.name} ${r.mentions} ${r.documents}`)
    .sort();
}

/** The identities as a fresh index would build them from the stored entity layers, in ingestion order. */
function rebuilt(store: SqliteStore): string[] {
  const index = new IdentityIndex();
  const rows = store.db
    .prepare("SELECT d.id AS id, l.data AS data FROM documents d JOIN layers l ON l.doc = d.id AND l.name = 'entities' ORDER BY d.seq")
    .all() as { id: string; data: string }[];
  for (const r of rows) index.add(r.id, JSON.parse(r.data) as LocalEntity[]);
  return counts(index.toRows());
}

const TEXT_A = 'Kremlin spokesman Dmitry Peskov spoke to reporters in Moscow on Friday about the talks.';
const TEXT_A2 = 'Foreign Minister Sergei Lavrov spoke to reporters in Moscow on Friday about the talks and the letter.';
const TEXT_B = 'Sergei Lavrov met his counterpart in Geneva, where the two men talked for ninety minutes.';

test('a changed document, then a crash before the identity index is saved: reopening repairs the counts', () => {
  const path = join(tempDir(), 'ids.db');
  let store = new SqliteStore(path);
  let ids = new IdentityStore(store);
  put(store, ids, doc('a', TEXT_A, [entity('e0', 'Dmitry Peskov', 2)]), false);
  put(store, ids, doc('b', TEXT_B, [entity('e0', 'Sergei Lavrov', 1)]), true);
  assert.deepEqual(counts(loadIdentityRows(store)), ['Dmitry Peskov 2 1', 'Sergei Lavrov 1 1']);
  // Document a changes: Peskov is gone, Lavrov is named three times. The document is committed, the
  // index is not saved (the process is killed before its next save).
  put(store, ids, doc('a', TEXT_A2, [entity('e0', 'Sergei Lavrov', 3)]), false);
  const pending = store.db.prepare('SELECT doc FROM identity_pending').all() as { doc: string }[];
  assert.deepEqual(pending.map((p) => p.doc), ['a'], 'the old version is recorded with the change');
  assert.deepEqual(counts(loadIdentityRows(store)), ['Dmitry Peskov 2 1', 'Sergei Lavrov 1 1'], 'saved index is stale');
  store.close();

  store = new SqliteStore(path);
  ids = new IdentityStore(store);
  const after = counts(loadIdentityRows(store));
  assert.deepEqual(after, ['Sergei Lavrov 4 2']);
  assert.deepEqual(after, rebuilt(store));
  assert.equal((store.db.prepare('SELECT COUNT(*) AS n FROM identity_pending').get() as { n: number }).n, 0);
  // Opening again changes nothing.
  store.close();
  store = new SqliteStore(path);
  ids = new IdentityStore(store);
  assert.deepEqual(counts(loadIdentityRows(store)), ['Sergei Lavrov 4 2']);
  store.close();
});

test('a change saved normally leaves nothing pending; a document new since the save is replayed once', () => {
  const path = join(tempDir(), 'ids2.db');
  let store = new SqliteStore(path);
  let ids = new IdentityStore(store);
  put(store, ids, doc('a', TEXT_A, [entity('e0', 'Dmitry Peskov', 2)]), true);
  put(store, ids, doc('a', TEXT_A2, [entity('e0', 'Sergei Lavrov', 3)]), true);
  assert.equal((store.db.prepare('SELECT COUNT(*) AS n FROM identity_pending').get() as { n: number }).n, 0);
  assert.deepEqual(counts(loadIdentityRows(store)), ['Sergei Lavrov 3 1']);
  // A new document and then its change, both after the last save, then a crash: not recorded as
  // pending (the saved index never counted it); the replay adds its current version once.
  put(store, ids, doc('b', TEXT_B, [entity('e0', 'Sergei Lavrov', 1)]), false);
  put(store, ids, doc('b', TEXT_B + ' They met again.', [entity('e0', 'Dmitry Peskov', 1)]), false);
  assert.equal((store.db.prepare('SELECT COUNT(*) AS n FROM identity_pending').get() as { n: number }).n, 0);
  store.close();
  store = new SqliteStore(path);
  ids = new IdentityStore(store);
  const after = counts(loadIdentityRows(store));
  assert.deepEqual(after, ['Dmitry Peskov 1 1', 'Sergei Lavrov 3 1']);
  assert.deepEqual(after, rebuilt(store));
  store.close();
  const c = new Database(path, { readonly: true });
  assert.equal((c.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check, 'ok');
  c.close();
});
