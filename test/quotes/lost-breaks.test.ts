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
