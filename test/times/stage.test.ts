import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docFromText } from '../../src/doc/doc.js';
import { Pipeline } from '../../src/pipeline/stage.js';
import { sentencesStage } from '../../src/analyze/sentences/index.js';
import { sentenceDates, timesStage } from '../../src/analyze/times/index.js';

const TEXT = [
  'Russia massed troops near the border last month.',
  'Blinken met Lavrov in Geneva on Friday.',
  'The talks will resume next week.',
  'NATO has 8,500 troops on alert.',
].join(' ');

test('times stage: resolves against the publication date', () => {
  const doc = docFromText(TEXT, { meta: { published: { date: '2022-01-24', precision: 'day', method: 'metadata' } } });
  new Pipeline([sentencesStage, timesStage]).run(doc, { referenceDate: '2000-01-01' });
  const got = (doc.layers.times ?? []).map((t) => [t.text, t.type, t.value, t.source.split('/')[0]]);
  assert.deepEqual(got, [
    ['last month', 'DATE', '2021-12', 'times'],
    ['Friday', 'DATE', '2022-01-21', 'times'],
    ['next week', 'DATE', '2022-W05', 'times'],
  ]);
  for (const t of doc.layers.times ?? []) assert.equal(doc.text.slice(t.start, t.end), t.text);
  // Per sentence: its first day- or month-precision date, else the publication date.
  assert.deepEqual(sentenceDates(doc), ['2021-12', '2022-01-21', '2022-01-24', '2022-01-24']);
});

test('sentence dates: a date after the publication date does not date the sentence', () => {
  const text = 'Russia has massed 100,000 troops, a prelude to an invasion next month. They met on Wednesday. Talks resume on Feb. 3.';
  const doc = docFromText(text, { meta: { published: { date: '2022-01-20', precision: 'day', method: 'metadata' } } });
  new Pipeline([sentencesStage, timesStage]).run(doc, { referenceDate: null });
  assert.deepEqual((doc.layers.times ?? []).map((t) => t.value), ['2022-02', '2022-01-19', '2022-02-03']);
  assert.deepEqual(sentenceDates(doc), ['2022-01-20', '2022-01-19', '2022-01-20']);
});

test('times stage: falls back to the context reference date, and sentence dates to null', () => {
  const doc = docFromText('They met on Friday. Nothing else happened.');
  new Pipeline([sentencesStage, timesStage]).run(doc, { referenceDate: '2022-01-24' });
  assert.deepEqual((doc.layers.times ?? []).map((t) => t.value), ['2022-01-21']);
  assert.deepEqual(sentenceDates(doc), ['2022-01-21', null]);
});

test('times stage: declares what it needs and adds', () => {
  assert.deepEqual([timesStage.name, [...timesStage.needs], [...timesStage.adds]], ['times', ['sentences', 'tokens'], ['times']]);
  assert.throws(() => new Pipeline([timesStage]));
});
