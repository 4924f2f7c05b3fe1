import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync, mkdirSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sitrep, sitrepAsync, syntheticArticle } from '../helpers/cli.js';
import { repoRoot, tempDir } from '../helpers/tmp.js';

const seeds = join(repoRoot, 'samples', 'seed-articles');

test('ingest the demo corpus, re-ingest changes nothing, export the contract shape', () => {
  const dir = tempDir();
  const db = join(dir, 'demo.db');
  const first = sitrep(['ingest', seeds, '--db', db, '--json']);
  assert.equal(first.status, 0, first.stderr);
  const s1 = JSON.parse(first.stdout);
  assert.equal(s1.ingested, 3);
  assert.deepEqual(s1.failed, []);
  const second = sitrep(['ingest', seeds, '--db', db, '--json']);
  assert.equal(second.status, 0, second.stderr);
  const s2 = JSON.parse(second.stdout);
  assert.equal(s2.ingested, 0);
  assert.equal(s2.unchanged, 3);

  const exp = sitrep(['export', '--db', db]);
  assert.equal(exp.status, 0, exp.stderr);
  const docs = exp.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(docs.length, 3);
  for (const d of docs) {
    for (const k of ['id', 'input', 'url', 'outlet', 'credit', 'title', 'published', 'language', 'text', 'removed', 'duplicate_of', 'sentences', 'entities', 'quotes', 'figures', 'times']) {
      assert.ok(k in d, `export has ${k}`);
    }
    assert.equal(d.language, 'en');
    assert.match(d.id, /^[0-9a-f]{16}$/);
    for (const [s, e] of d.sentences) assert.ok(s >= 0 && e <= d.text.length && s < e);
  }
  const byFile = Object.fromEntries(docs.map((d) => [d.input.path.split('/').pop(), d]));
  const a = byFile['000_4da746a2a32fd8cb.txt'];
  assert.equal(a.title, 'Moscow Bidens threats against Russia not to help reduce rising tensions');
  assert.deepEqual(a.published, { date: '2022-01-20', precision: 'day', method: a.published.method });
  assert.equal(a.url, 'https://www.presstv.ir/Detail/2022/01/20/675168/Russia-US-Biden-Putin-Ukraine-tensions-');
  assert.equal(a.outlet, 'presstv.ir');
  assert.ok(a.text.startsWith('Last month, the Russian government'));
  // Every quote and figure carries the resolved date of its sentence ("on Wednesday" in an article of Thursday 2022-01-20).
  const missiles = a.figures.find((f: { text: string }) => f.text.includes('three unnamed sources'));
  assert.equal(missiles?.date, '2022-01-19');
  // The opening sentence ("Last month, the Russian government made demands …, calling on …") is dated December 2021.
  for (const q of a.quotes) assert.match(q.date, q.text.startsWith('the Western military alliance') ? /^2021-12$/ : /^2022-01-(19|20)$/);
  const b = byFile['001_69c200a02ad8e96a.txt'];
  assert.equal(b.credit, 'VOA');
  for (const junk of ['[ad_1]', '[ad_2]', 'Source link']) {
    assert.ok(!b.text.includes(junk), `001 text has no ${junk}`);
    assert.ok(b.removed.some((r: string) => r.includes(junk)), `001 removed has ${junk}`);
  }
  const c = byFile['004_e60cc5e03952772e.txt'];
  assert.ok(!c.text.includes('Mikhail Tereshchenko/TASS/Sipa U'));
  assert.ok(c.removed.some((r: string) => r.includes('Mikhail Tereshchenko/TASS/Sipa U')));
  assert.ok(!c.text.startsWith('Putin threatens America if Ukraine allowed to join NATO'), 'repeated title removed');
  assert.ok(c.text.includes('“One hundred percent, because for Russia this is a question of life or death,” he said.'));
  assert.ok(/Post/.test(c.credit ?? ''), `004 credit: ${c.credit}`);
  // Roles are attributes of the person, not part of the name.
  const peskov = b.entities.find((e: { name: string }) => e.name === 'Dmitry Peskov');
  assert.ok(peskov, JSON.stringify(b.entities.map((e: { name: string }) => e.name)));
  assert.match(peskov.attributes.role ?? '', /spokesman/i);
  assert.equal(peskov.type, 'PERSON');
  assert.match(peskov.id ?? '', /^ent_/);
});

test('search: results as JSON, and a bad query exits 2 without a stack trace', () => {
  const dir = tempDir();
  const db = join(dir, 's.db');
  assert.equal(sitrep(['ingest', seeds, '--db', db, '--quiet']).status, 0);
  const r = sitrep(['search', 'Peskov', '--db', db, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const hits = JSON.parse(r.stdout);
  assert.ok(hits.length >= 1);
  for (const h of hits) for (const k of ['id', 'title', 'score', 'snippet']) assert.ok(k in h);
  const bad = sitrep(['search', '"unclosed', '--db', db, '--json']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /not valid FTS5 syntax/);
  assert.doesNotMatch(bad.stderr, /\bat .*\.js:\d+/);
  const none = sitrep(['search', 'zzzznotaword', '--db', db, '--json']);
  assert.equal(none.status, 0);
  assert.deepEqual(JSON.parse(none.stdout), []);
  const nodb = sitrep(['search', 'x', '--db', join(dir, 'missing.db')]);
  assert.equal(nodb.status, 2);
  assert.match(nodb.stderr, /no database/);
});

test('bad input folder: clear failures, the rest ingested, exit 1', () => {
  const dir = tempDir();
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  cpSync(join(seeds, '001_69c200a02ad8e96a.txt'), join(inputs, 'good.txt'));
  writeFileSync(join(inputs, 'empty.txt'), '');
  writeFileSync(join(inputs, 'broken.jsonl'), '{"title":"One","text":"The council met on Monday to discuss the budget for schools."}\nnot json\n');
  writeFileSync(join(inputs, 'nohtml.html'), '<html><body><nav>Home</nav><script>alert(1)</script></body></html>');
  writeFileSync(join(inputs, 'legacy.txt'), Buffer.from('Caf\xe9 owners in Kharkiv said prices rose \x93sharply\x94 this week.', 'latin1'));
  const db = join(dir, 'bad.db');
  const r = sitrep(['ingest', inputs, '--db', db, '--json']);
  assert.equal(r.status, 1, r.stderr);
  const s = JSON.parse(r.stdout);
  const failed = s.failed.map((f: { path: string; record: number | null; error: string }) => `${f.path.split('/').pop()}${f.record !== null ? ':' + f.record : ''} ${f.error}`);
  assert.ok(failed.some((f: string) => /^empty\.txt empty file/.test(f)), failed.join('\n'));
  assert.ok(failed.some((f: string) => /^broken\.jsonl:2 invalid JSON/.test(f)), failed.join('\n'));
  assert.ok(failed.some((f: string) => /^nohtml\.html .*no article text/.test(f)), failed.join('\n'));
  assert.equal(s.ingested, 3, 'good.txt, the good JSONL line and the legacy-encoded file');
  const exp = sitrep(['export', '--db', db]).stdout.trim().split('\n').map((l) => JSON.parse(l));
  const legacy = exp.find((d) => d.input.path.endsWith('legacy.txt'));
  assert.ok(legacy.text.includes('Café owners') && legacy.text.includes('“sharply”'), legacy.text);
  // Failures are kept in the database too.
  const conn = new Database(db, { readonly: true });
  assert.ok((conn.prepare('SELECT COUNT(*) AS n FROM failures').get() as { n: number }).n >= 3);
  conn.close();
});

test('kill -9 during an ingest, then the same command finishes the job: nothing lost or doubled', async () => {
  const dir = tempDir();
  const file = join(dir, 'many.jsonl');
  const N = 800;
  writeFileSync(file, Array.from({ length: N }, (_, i) => JSON.stringify(syntheticArticle(i + 1))).join('\n') + '\n');
  const db = join(dir, 'kill.db');
  const child = sitrepAsync(['ingest', file, '--db', db, '--quiet']);
  // Wait until some documents are committed, then kill without warning.
  const started = Date.now();
  let seen = 0;
  while (Date.now() - started < 60_000) {
    await new Promise((r) => setTimeout(r, 50));
    if (!existsSync(db)) continue;
    try {
      const c = new Database(db, { readonly: true, fileMustExist: true });
      seen = (c.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
      c.close();
    } catch {
      continue;
    }
    if (seen > 0) break;
  }
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  assert.ok(seen > 0 && seen < N, `killed mid-way (saw ${seen} of ${N})`);
  const r = sitrep(['ingest', file, '--db', db, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const s = JSON.parse(r.stdout);
  assert.equal(s.ingested + s.unchanged, N);
  assert.ok(s.unchanged >= seen);
  const c = new Database(db, { readonly: true });
  assert.equal((c.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check, 'ok');
  assert.equal((c.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n, N);
  assert.equal((c.prepare('SELECT COUNT(DISTINCT input_record) AS n FROM documents').get() as { n: number }).n, N);
  assert.equal((c.prepare("SELECT COUNT(*) AS n FROM documents_fts WHERE documents_fts MATCH 'Report'").get() as { n: number }).n, N);
  const layerless = c.prepare("SELECT COUNT(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM layers l WHERE l.doc = d.id AND l.name = 'sentences')").get() as { n: number };
  assert.equal(layerless.n, 0, 'every document has its layers');
  // Corpus identities cover every document (replayed from the stored layers after the kill if needed).
  const through = c.prepare("SELECT value FROM corpus_state WHERE key = 'identities_through'").get() as { value: string };
  const maxSeq = c.prepare('SELECT MAX(seq) AS m FROM documents').get() as { m: number };
  assert.equal(Number(through.value), maxSeq.m);
  c.close();
});

test('analyze --no-clean: offsets index the input text itself; JSONL in, JSONL out in order', () => {
  const input = [
    { id: 'one', text: '[ad_1]\nKremlin spokesman Dmitry Peskov said on Thursday that talks would go on.', date: '2022-01-27' },
    { id: 'two', text: 'Second record.  Extra   spaces stay.' },
  ];
  const r = sitrep(['analyze', '-', '--no-clean', '--date', '2022-01-28'], { input: input.map((x) => JSON.stringify(x)).join('\n') + '\n' });
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(out.map((d) => d.id), ['one', 'two']);
  assert.equal(out[0].text, input[0]!.text);
  assert.equal(out[1].text, input[1]!.text);
  assert.deepEqual(out[0].removed, []);
  assert.equal(out[0].published.date, '2022-01-27');
  assert.equal(out[1].published.date, '2022-01-28');
  for (const d of out) for (const [s, e] of d.sentences) assert.ok(d.text.slice(s, e).trim().length > 0);
  assert.equal(out[0].duplicate_of, null);
  const cleaned = sitrep(['analyze', '-'], { input: JSON.stringify(input[0]) + '\n' });
  const c = JSON.parse(cleaned.stdout.trim());
  assert.ok(!c.text.includes('[ad_1]'));
  assert.ok(c.removed.includes('[ad_1]'));
});

test('every command has truthful --help; unknown commands and options exit 2', () => {
  for (const cmd of ['ingest', 'analyze', 'export', 'search', 'stats']) {
    const r = sitrep([cmd, '--help']);
    assert.equal(r.status, 0, cmd);
    assert.match(r.stdout, new RegExp(`Usage: sitrep ${cmd}`));
    assert.match(r.stdout, /--db FILE/);
  }
  assert.equal(sitrep(['frobnicate']).status, 2);
  assert.equal(sitrep(['ingest', '--no-such-option', 'x']).status, 2);
  assert.equal(sitrep(['ingest']).status, 2);
  const top = sitrep(['--help']);
  assert.equal(top.status, 0);
  assert.match(top.stdout, /ingest/);
});

test('SITREP_DB names the default database', () => {
  const dir = tempDir();
  const db = join(dir, 'env.db');
  const r = sitrep(['ingest', join(seeds, '000_4da746a2a32fd8cb.txt'), '--quiet'], { env: { SITREP_DB: db } });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(existsSync(db));
  const s = JSON.parse(sitrep(['stats', '--json'], { env: { SITREP_DB: db } }).stdout);
  assert.equal(s.documents, 1);
  void readFileSync;
});

test('export: one entity per corpus identity in a document, its spellings as aliases', () => {
  const dir = tempDir();
  const file = join(dir, 'a.txt');
  writeFileSync(file, 'Title: Aid\n\nThe United States sent aid to Kyiv on Monday. The US said more would follow. America will not stop, U.S. officials said.\n');
  const db = join(dir, 'e.db');
  assert.equal(sitrep(['ingest', file, '--db', db]).status, 0);
  const doc = JSON.parse(sitrep(['export', '--db', db]).stdout.trim().split('\n')[0]!) as { entities: { id: string; name: string; aliases: string[]; mentions: [number, number][] }[] };
  const ids = doc.entities.map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length, JSON.stringify(doc.entities));
  const us = doc.entities.find((e) => e.name === 'United States')!;
  assert.deepEqual([...us.aliases].sort(), ['America', 'U.S.', 'US']);
  assert.equal(us.mentions.length, 4);
  assert.deepEqual(us.mentions, [...us.mentions].sort((a, b) => a[0] - b[0]));
});
