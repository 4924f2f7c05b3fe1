import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotedSpans } from '../../src/analyze/quotes/marks.js';
import { docFromText } from '../../src/doc/doc.js';
import { loadPipeline } from '../../src/pipeline/registry.js';

test('a quotation over paragraphs whose line breaks were lost is split at each reopened paragraph', () => {
  const text =
    '"Prices will rise," he said. "Costs have persisted and continue to weigh on every supplier in the region. "Unfortunately there is no end in sight for the coming year. "However, if prices fall, customers will see it." The minister said the rise was steep.';
  const spans = findQuotedSpans(text).map((s) => ({ text: text.slice(s.start, s.end), unclosed: s.unclosed, continues: s.continues }));
  assert.deepEqual(spans, [
    { text: 'Prices will rise,', unclosed: false, continues: -1 },
    { text: 'Costs have persisted and continue to weigh on every supplier in the region.', unclosed: true, continues: -1 },
    { text: 'Unfortunately there is no end in sight for the coming year.', unclosed: true, continues: 1 },
    { text: 'However, if prices fall, customers will see it.', unclosed: false, continues: 2 },
  ]);
});

test('ordinary closing marks after a full stop are not read as lost breaks', () => {
  const cases = [
    '"We will not retreat. We will hold the line." Then he left the room.',
    'He called it "a disaster." "Nobody wanted this," she added.',
  ];
  for (const text of cases) {
    const spans = findQuotedSpans(text);
    assert.ok(spans.every((s) => !s.unclosed && s.continues === -1), text);
  }
});

test('every part of such a quotation keeps its speaker, and the next sentence is not attributed to it', async () => {
  const text =
    'Chief executive John French said there was no sign of prices falling. "This will mean higher bills," he said. "Costs have persisted and continue to weigh on every supplier in the region. "Unfortunately there is no end in sight for the coming year. "However, if prices fall, customers will see it." School principal Paddy McCabe said the rise in prices had doubled his bills.';
  const doc = docFromText(text);
  await (await loadPipeline('default')).run(doc, { referenceDate: null });
  const got = (doc.layers.quotes ?? []).map((q) => [q.text.split(/\s+/).slice(0, 2).join(' '), q.speaker?.name ?? null]);
  assert.deepEqual(got, [
    ['there was', 'John French'],
    ['This will', 'John French'],
    ['Costs have', 'John French'],
    ['Unfortunately there', 'John French'],
    ['However, if', 'John French'],
    ['the rise', 'Paddy McCabe'],
  ]);
});

test('an unclosed quotation holding its own attribution ends before it', async () => {
  const cases: [string, [string, string | null][]][] = [
    ['Kuleba spoke in Kyiv. “We are ready for any scenario, Kuleba said on Wednesday. Other officials were calm.', [['We are ready for any scenario', 'Kuleba']]],
    [
      'Biden warned Putin. “President Biden said there was a clear possibility that the Russians could invade in FebruaryWhite House spokeswoman Emily Horne said.',
      [['President Biden said there was a clear possibility that the Russians could invade in February', 'Emily Horne']],
    ],
    ['Foreign Minister Dmytro Kuleba met the envoys. “There was no opposition from the Ukrainian sideSaid Mr. Kuleba.', [['There was no opposition from the Ukrainian side', 'Dmytro Kuleba']]],
    ['““We are just starting a completely new aid package,” he said.', [['We are just starting a completely new aid package', null]]],
  ];
  for (const [text, want] of cases) {
    const doc = docFromText(text);
    await (await loadPipeline('default')).run(doc, { referenceDate: null });
    const got = (doc.layers.quotes ?? []).map((q) => [q.text.replace(/[,.]$/, ''), q.speaker && q.speaker.name !== 'he' ? q.speaker.name : null]);
    assert.deepEqual(got, want, text);
  }
  // The doubled mark is one opening mark of two characters.
  const spans = findQuotedSpans('““We are here,” he said.');
  assert.deepEqual(spans.map((s) => [s.open, s.start, s.unclosed]), [[0, 2, false]]);
});
