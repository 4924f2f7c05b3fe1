import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextBuilder, OffsetMap } from '../../src/doc/offsets.js';

test('copied segments map offset by offset', () => {
  const raw = 'junk\nHello world.\n\n\n\nSecond para.';
  const b = new TextBuilder(raw);
  b.copy(5, 17); // "Hello world."
  b.replace('\n\n', 17, 21);
  b.copy(21, raw.length);
  const { text, offsets } = b.build();
  assert.equal(text, 'Hello world.\n\nSecond para.');
  const i = text.indexOf('Second');
  assert.equal(raw.slice(offsets.toRaw(i), offsets.toRaw(i) + 6), 'Second');
  assert.deepEqual(offsets.spanToRaw(0, 5), [5, 10]);
  assert.deepEqual(offsets.spanToRaw(12, 14), [17, 21]);
  const back = OffsetMap.fromJSON(offsets.toJSON());
  assert.equal(back.toRaw(i), offsets.toRaw(i));
});

test('NFC normalisation replaces only the changed characters', () => {
  const raw = 'Cafe\u0301 Kyiv';
  const b = new TextBuilder(raw);
  b.copyNormalized(0, raw.length);
  const { text, offsets } = b.build();
  assert.equal(text, 'Caf\u00e9 Kyiv');
  const k = text.indexOf('Kyiv');
  assert.equal(raw.slice(offsets.toRaw(k), offsets.toRaw(k) + 4), 'Kyiv');
  assert.deepEqual(offsets.spanToRaw(3, 4), [3, 5]);
});
