import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readInputs, type InputEvent, type InputItem, type InputFailure } from '../../src/ingest/readers.js';
import { CsvParser } from '../../src/ingest/csv.js';
import { decodeBytes } from '../../src/ingest/decode.js';
import { tempDir } from '../helpers/tmp.js';

async function collect(paths: string[], cwd: string): Promise<InputEvent[]> {
  const out: InputEvent[] = [];
  for await (const ev of readInputs(paths, { cwd })) out.push(ev);
  return out;
}
const items = (evs: InputEvent[]) => evs.filter((e): e is InputItem => e.ok === true);
const fails = (evs: InputEvent[]) => evs.filter((e): e is InputFailure => e.ok === false);

test('every format, also gzipped, with record fields', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), 'Title line\n\nBody of the article.\n');
  writeFileSync(join(dir, 'b.json'), JSON.stringify({ title: 'B', body: 'Body B.', url: 'https://x.org/b', source: 'x.org' }));
  writeFileSync(join(dir, 'c.json'), JSON.stringify([{ title: 'C1', text: 'Body C1.' }, { title: 'C2', content: 'Body C2.' }]));
  writeFileSync(join(dir, 'd.jsonl'), '{"title":"D1","text":"Body D1.","date":"2022-01-20"}\n\n{"title":"D2","text":"Body D2."}\n');
  writeFileSync(join(dir, 'e.csv'), 'title,text,outlet\n"E1","Body, with comma\nand a newline ""quoted""",tass.com\nE2,Body E2.,bbc.com\n');
  writeFileSync(join(dir, 'f.jsonl.gz'), gzipSync('{"title":"F1","text":"Body F1."}\n'));
  writeFileSync(join(dir, 'g.html'), '<html><head><title>G</title></head><body><article><p>Body G paragraph.</p></article></body></html>');
  const evs = await collect([dir], dir);
  assert.deepEqual(fails(evs), []);
  const got = items(evs).map((i) => [i.path, i.record, i.format, i.meta.title ?? null]);
  assert.deepEqual(got, [
    ['a.txt', null, 'txt', null],
    ['b.json', null, 'txt', 'B'],
    ['c.json', 1, 'txt', 'C1'],
    ['c.json', 2, 'txt', 'C2'],
    ['d.jsonl', 1, 'txt', 'D1'],
    ['d.jsonl', 3, 'txt', 'D2'],
    ['e.csv', 2, 'txt', 'E1'],
    ['e.csv', 4, 'txt', 'E2'],
    ['f.jsonl.gz', 1, 'txt', 'F1'],
    ['g.html', null, 'html', null],
  ]);
  const e1 = items(evs).find((i) => i.meta.title === 'E1')!;
  assert.equal(e1.body, 'Body, with comma\nand a newline "quoted"');
  assert.equal(e1.meta.outlet, 'tass.com');
  const b = items(evs).find((i) => i.meta.title === 'B')!;
  assert.equal(b.meta.outlet, 'x.org');
  assert.equal(b.meta.url, 'https://x.org/b');
});

test('bad inputs each give one clear failure and the rest is read', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
  writeFileSync(join(dir, 'mixed.jsonl'), '{"title":"ok1","text":"Good one."}\n{"title": broken\n{"title":"ok2","text":"Good two."}\n');
  writeFileSync(join(dir, 'unbalanced.csv'), 'title,text\nok,Good row.\nbad,"never closed\nmore,text\n');
  const lines = Array.from({ length: 4000 }, (_, i) => JSON.stringify({ title: `T${i}`, text: `Body number ${i * 7919}.` }));
  const gz = gzipSync(lines.join('\n') + '\n');
  writeFileSync(join(dir, 'truncated.jsonl.gz'), gz.subarray(0, Math.floor(gz.length / 2)));
  writeFileSync(join(dir, 'norecord.json'), '{"title":"no text here"}');
  writeFileSync(join(dir, 'invalid.json'), '{"title": "x", ');
  symlinkSync(join(dir, 'missing-target.txt'), join(dir, 'dangling.txt'));
  writeFileSync(join(dir, 'good.txt'), 'A good article body.');
  writeFileSync(join(dir, 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
  const unreadable = join(dir, 'unreadable.txt');
  writeFileSync(unreadable, 'secret');
  chmodSync(unreadable, 0o000);
  const evs = await collect([dir, join(dir, 'does-not-exist')], dir);
  const f = fails(evs).map((x) => `${x.path}${x.record !== null ? ':' + x.record : ''} ${x.error}`);
  const has = (re: RegExp) => assert.ok(f.some((l) => re.test(l)), `expected a failure matching ${re}; got\n${f.join('\n')}`);
  has(/^empty\.txt empty file/);
  has(/^binary\.txt binary file/);
  has(/^mixed\.jsonl:2 invalid JSON on line 2/);
  has(/^unbalanced\.csv:3 unbalanced quote/);
  has(/^truncated\.jsonl\.gz(:\d+)? truncated gzip/);
  has(/^norecord\.json record has no text/);
  has(/^invalid\.json invalid JSON/);
  has(/^dangling\.txt dangling symbolic link/);
  has(/does-not-exist no such file or folder/);
  // Root can read anything; elsewhere the unreadable file must fail.
  if (process.getuid?.() !== 0) has(/^unreadable\.txt permission denied/);
  const titles = items(evs).map((i) => i.meta.title ?? i.path);
  assert.ok(titles.includes('ok1') && titles.includes('ok2'), 'good JSONL lines around a broken one are read');
  assert.ok(titles.includes('ok'), 'CSV rows before the unbalanced quote are read');
  assert.ok(titles.includes('good.txt'));
  assert.ok(items(evs).filter((i) => i.path === 'truncated.jsonl.gz').length > 10, 'records before the truncation are read');
  assert.ok(evs.some((e) => e.ok === 'skipped' && e.path === 'picture.png'));
});

test('a JSONL line over the size limit fails alone', async () => {
  const dir = tempDir();
  const big = JSON.stringify({ title: 'big', text: 'x'.repeat(5000) });
  writeFileSync(join(dir, 'big.jsonl'), `{"title":"a","text":"A."}\n${big}\n{"title":"b","text":"B."}\n`);
  const evs: InputEvent[] = [];
  for await (const ev of readInputs([dir], { cwd: dir, maxRecordChars: 1000 })) evs.push(ev);
  assert.deepEqual(items(evs).map((i) => i.meta.title), ['a', 'b']);
  assert.match(fails(evs)[0]!.error, /longer than 1000/);
  assert.equal(fails(evs)[0]!.record, 2);
});

test('a single-article file over the size limit is refused with the reason', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'huge.txt'), 'word '.repeat(300_000));
  const evs: InputEvent[] = [];
  for await (const ev of readInputs([dir], { cwd: dir, maxFileBytes: 1024 * 1024 })) evs.push(ev);
  assert.equal(items(evs).length, 0);
  assert.match(fails(evs)[0]!.error, /limited to 1 MB/);
});

test('CSV parser: quotes, doubled quotes, CRLF, chunk boundaries', () => {
  const src = 'a,b\r\n"x ""y""",2\r\n"multi\r\nline",3\r\n';
  for (const size of [1, 2, 3, 5, 100]) {
    const p = new CsvParser();
    const rows = [];
    for (let i = 0; i < src.length; i += size) rows.push(...p.push(src.slice(i, i + size)));
    rows.push(...p.end());
    assert.deepEqual(
      rows.map((r) => r.fields),
      [['a', 'b'], ['x "y"', '2'], ['multi\nline', '3']],
      `chunk size ${size}`,
    );
  }
});

test('decoding: UTF-8, BOMs, legacy Windows-1252 with a warning, broken bytes replaced', () => {
  assert.equal(decodeBytes(Buffer.from('Kyiv – “quote”', 'utf8')).text, 'Kyiv – “quote”');
  assert.equal(decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x41])).text, 'A');
  assert.equal(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi', 'utf16le')])).text, 'Hi');
  const legacy = decodeBytes(Buffer.from([0x93, 0x51, 0x75, 0x6f, 0x74, 0x65, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9]));
  assert.equal(legacy.text, '“Quote” café');
  assert.equal(legacy.encoding, 'windows-1252');
  assert.match(legacy.warning!, /Windows-1252/);
  const mostly = decodeBytes(Buffer.concat([Buffer.from('Zelenskyy – Київ – '.repeat(5), 'utf8'), Buffer.from([0xff]), Buffer.from(' end')]));
  assert.equal(mostly.encoding, 'utf-8');
  assert.match(mostly.warning!, /replaced/);
  assert.ok(mostly.text.includes('\ufffd'));
  assert.throws(() => decodeBytes(Buffer.from([1, 2, 0, 0, 5])), /binary/);
  // A page that declares its charset is decoded with it (windows-1251: Cyrillic).
  const page = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>'), Buffer.from([0xca, 0xe8, 0xe5, 0xe2]), Buffer.from('</p></body></html>')]);
  const cyr = decodeBytes(page, { html: true });
  assert.equal(cyr.encoding, 'windows-1251');
  assert.ok(cyr.text.includes('Киев'), cyr.text);
});
