import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { docFromText } from '../../src/doc/doc.js';
import type { Doc } from '../../src/doc/types.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { exactKey, signature, verdict } from '../../src/link/duplicates/minhash.js';
import { SitrepError } from '../../src/errors.js';
import { migrations } from '../../src/store/migrations.js';
import { tempDir } from '../helpers/tmp.js';

const STORY = [
  'Russian Foreign Minister Sergei Lavrov said on Thursday that the American response to Moscow’s security demands left little room for optimism.',
  'He said officials would present proposals to President Vladimir Putin, and that the Kremlin would decide soon how to react.',
  'The United States and its allies have rejected the main demands, calling them unacceptable, while offering talks on arms control.',
  'NATO said it was increasing its presence in the Baltic region and that the United States had placed thousands of troops on high alert.',
  'Officials from Ukraine, Russia, France and Germany held talks in Paris and agreed to meet again in Berlin in two weeks.',
  'Ukraine’s foreign minister said Kyiv was not planning any offensive action and expected diplomacy to continue.',
].join('\n\n');

const OTHER = [
  'Heavy rain flooded several districts of the capital overnight, and the city council opened emergency shelters in three schools.',
  'The weather service expects more storms on the coast before the weekend, with winds strong enough to close the harbour.',
  'Farmers in the region said the harvest had already suffered from a dry summer and feared further losses.',
].join('\n\n');

function doc(id: string, text: string, date: string | null, outlet = 'example.org', title = `Title ${id}`): Doc {
  return docFromText(text, {
    id,
    input: { path: `${id}.txt`, record: null },
    meta: { title, outlet, published: { date, precision: date ? 'day' : null, method: date ? 'metadata' : null } },
  });
}

function write(store: SqliteStore, d: Doc, hash = 'h') {
  return store.transaction(() =>
    store.writeDoc(d, { inputKey: d.id, contentHash: hash, exactKey: exactKey(d.text), signature: signature(d.text), analysis: 'test' }),
  );
}

test('MinHash: copies, trimmed copies and different stories', () => {
  const a = signature(STORY);
  assert.equal(verdict(a, signature(STORY)).jaccard, 1);
  const withJunk = verdict(a, signature(`[ad_1]\n\n${STORY}\n\nSource link\n\nLeave a Reply`));
  assert.ok(withJunk.duplicate, `junk around a copy: ${JSON.stringify(withJunk)}`);
  const trimmed = STORY.split('\n\n').slice(0, 4).join('\n\n');
  const t = verdict(a, signature(trimmed));
  assert.ok(t.duplicate && t.containment > 0.8, `trimmed copy: ${JSON.stringify(t)}`);
  const other = verdict(a, signature(OTHER));
  assert.ok(!other.duplicate && other.jaccard < 0.1, `different story: ${JSON.stringify(other)}`);
  // One shared sentence does not make two articles copies.
  const shared = verdict(a, signature(`${OTHER}\n\n${STORY.split('\n\n')[0]}`));
  assert.ok(!shared.duplicate, `one shared sentence: ${JSON.stringify(shared)}`);
});

test('duplicates point at the earliest copy; the group moves to an earlier one', () => {
  const store = new SqliteStore(join(tempDir(), 'dup.db'));
  assert.equal(write(store, doc('a', STORY, '2022-01-28')).duplicateOf, null);
  assert.equal(write(store, doc('b', OTHER, '2022-01-28')).duplicateOf, null);
  assert.equal(write(store, doc('c', STORY.replace(/\n\n/g, '\n'), '2022-01-29')).duplicateOf, 'a', 'exact copy (same words)');
  const trimmed = STORY.split('\n\n').slice(0, 5).join('\n\n') + '\n\nRead more: subscribe to our newsletter.';
  assert.equal(write(store, doc('d', trimmed, '2022-01-30')).duplicateOf, 'a', 'near copy');
  // An earlier copy arrives later: the whole group points at it.
  assert.equal(write(store, doc('e', STORY, '2022-01-27')).duplicateOf, null);
  const dupOf = (id: string) => store.getRow(id)!.duplicate_of;
  assert.deepEqual(['a', 'b', 'c', 'd', 'e'].map(dupOf), ['e', null, 'e', 'e', null]);
  store.close();
});

test('search: bm25 ranking, snippets, filters, and a clear error for bad syntax', () => {
  const path = join(tempDir(), 'search.db');
  const store = new SqliteStore(path);
  write(store, doc('a', STORY, '2022-01-28', 'tass.com', 'Lavrov sees little room for optimism'));
  write(store, doc('b', OTHER, '2022-02-03', 'bbc.co.uk', 'Floods in the capital'));
  write(store, doc('c', `${OTHER}\n\nLavrov was not mentioned by the council.`, '2022-03-01', 'bbc.co.uk', 'Council update'));
  const hits = store.search('Lavrov');
  assert.deepEqual(hits.map((h) => h.id), ['a', 'c']);
  assert.ok(hits[0]!.score > hits[1]!.score);
  assert.match(hits[0]!.snippet, /\[Lavrov\]/);
  assert.deepEqual(store.search('Lavrov', { outlet: 'bbc.co.uk' }).map((h) => h.id), ['c']);
  assert.deepEqual(store.search('Lavrov', { from: '2022-02-01' }).map((h) => h.id), ['c']);
  assert.deepEqual(store.search('Lavrov', { to: '2022-01-31' }).map((h) => h.id), ['a']);
  assert.deepEqual(store.search('"room for optimism"').map((h) => h.id), ['a']);
  assert.deepEqual(store.search('nothingmatchesthis'), []);
  for (const bad of ['"unclosed', 'AND', 'a OR', 'NEAR(', 'x:y']) {
    assert.throws(() => store.search(bad), (e: unknown) => e instanceof SitrepError && e.exitCode === 2, bad);
  }
  store.close();
  // Reopening runs no migration twice and keeps everything.
  const again = new SqliteStore(path);
  assert.equal(again.stats().documents, 3);
  assert.equal(again.version(), migrations[migrations.length - 1]!.version);
  again.close();
});

test('a changed document replaces its layers and search entries', () => {
  const store = new SqliteStore(join(tempDir(), 'upd.db'));
  const d1 = doc('a', STORY, '2022-01-28');
  d1.layers.sentences = [{ start: 0, end: 10, paragraph: 0, source: 'test' }];
  assert.equal(write(store, d1, 'h1').status, 'new');
  const d2 = doc('a', OTHER, '2022-01-28');
  d2.layers.sentences = [];
  assert.equal(write(store, d2, 'h2').status, 'updated');
  assert.equal(store.stats().documents, 1);
  assert.deepEqual(store.search('Lavrov'), []);
  assert.deepEqual(store.search('harvest').map((h) => h.id), ['a']);
  assert.deepEqual(store.layersOf('a').sentences, []);
  assert.equal(store.getInfo('a')!.contentHash, 'h2');
  store.close();
});
