import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures, type FigureContext } from '../../src/analyze/figures/index.js';
import type { EntityMention, EntityType, Figure, LocalEntity, Quote } from '../../src/doc/types.js';

type Unitish = Pick<Figure, 'text' | 'value' | 'unit' | 'aboutKey'> & { unitPhrase: string | null };

function unitsOf(text: string): Unitish[] {
  return extractFigures(text).map((f) => ({ text: f.text, value: f.value, unit: f.unit, unitPhrase: f.unitPhrase ?? null, aboutKey: f.aboutKey ?? null }));
}

// Sentences written for these tests. The unit is the counted head noun in the singular; `unitPhrase`
// keeps its lower-case modifiers when there are any.
const UNIT_CASES: Array<[string, Unitish[]]> = [
  ['Biden and Putin held two telephone calls in December.', [{ text: 'two telephone calls', value: 2, unit: 'call', unitPhrase: 'telephone call', aboutKey: 'call' }]],
  ['The army lost 126 fighter jets.', [{ text: '126 fighter jets', value: 126, unit: 'jet', unitPhrase: 'fighter jet', aboutKey: 'aircraft' }]],
  ['The firm won two large contracts.', [{ text: 'two large contracts', value: 2, unit: 'contract', unitPhrase: 'large contract', aboutKey: 'contract' }]],
  ['Moscow moved 100 battalion tactical groups.', [{ text: '100 battalion tactical groups', value: 100, unit: 'group', unitPhrase: 'battalion tactical group', aboutKey: 'group' }]],
  ['Some 5,000 soldiers arrived.', [{ text: 'Some 5,000 soldiers', value: 5000, unit: 'soldier', unitPhrase: null, aboutKey: 'troop' }]],
  ['Eight cabinet ministers resigned.', [{ text: 'Eight cabinet ministers', value: 8, unit: 'minister', unitPhrase: 'cabinet minister', aboutKey: 'minister' }]],
  // Attributive counts: a figure, but not a claim to compare in the ledger.
  ['The 30-nation alliance met in Brussels.', [{ text: '30-nation', value: 30, unit: 'nation', unitPhrase: null, aboutKey: null }]],
  ['The bank sold 30-year bonds.', [{ text: '30-year', value: 30, unit: 'year', unitPhrase: null, aboutKey: null }]],
  ['the bank sold 30 - year bonds .', [{ text: '30 - year', value: 30, unit: 'year', unitPhrase: null, aboutKey: null }]],
  ['prices rose 5 percent and then 10 - km further .', [
    { text: '5 percent', value: 5, unit: 'percent', unitPhrase: null, aboutKey: null },
    { text: '10 - km', value: 10, unit: 'km', unitPhrase: null, aboutKey: null },
  ]],
];

for (const [sentence, expected] of UNIT_CASES) {
  test(`figure units: ${sentence}`, () => {
    assert.deepEqual(unitsOf(sentence), expected);
  });
}

function mention(text: string, words: string, type: EntityType, entity?: string, from = 0): EntityMention {
  const start = text.indexOf(words, from);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length, type, text: words, ...(entity ? { entity } : {}), source: 'test' };
}

function entity(key: string, name: string, type: EntityType): LocalEntity {
  return { key, name, type, mentions: [], aliases: [], attributes: {}, id: null, source: 'test' };
}

const claimantOf = (text: string, context: FigureContext = {}) => extractFigures(text, undefined, context).map((f) => [f.text, f.claimant]);

test('claimants: a name that only modifies a noun is not the claimant', () => {
  const text = 'The 30-nation Western military alliance said it would send 300 troops.';
  const m = mention(text, 'Western', 'OTHER', 'e0');
  const q: Quote = { start: text.indexOf('it would'), end: text.length - 1, text: 'it would send 300 troops', kind: 'indirect', speaker: { name: 'Western', entity: 'e0', mention: [m.start, m.end] }, cue: null, source: 'test' };
  // The subject of "said" is the alliance the words describe, not the adjective "Western".
  const alliance = { name: '30-nation Western military alliance', entity: null };
  assert.deepEqual(claimantOf(text, { quotes: [q], mentions: [m], entities: [entity('e0', 'Western', 'OTHER')] }), [['30-nation', null], ['300 troops', alliance]]);
  // Without any annotations the capitalised word is not taken either.
  assert.deepEqual(claimantOf(text), [['30-nation', null], ['300 troops', alliance]]);
});

test('claimants: a partial mention is widened to the whole name', () => {
  const text = 'Russia has massed 100,000 troops, the United States said.';
  const m = mention(text, 'United', 'PLACE');
  assert.deepEqual(claimantOf(text, { mentions: [m] }), [['100,000 troops', { name: 'United States', entity: null }]]);
  assert.deepEqual(claimantOf(text), [['100,000 troops', { name: 'United States', entity: null }]]);
});

test('claimants: an entity mention gives the entity name and key', () => {
  const text = 'The United States said Russia has massed 100,000 troops.';
  const mentions = [mention(text, 'United States', 'PLACE', 'e1'), mention(text, 'Russia', 'PLACE', 'e2')];
  const entities = [entity('e1', 'United States of America', 'PLACE'), entity('e2', 'Russia', 'PLACE')];
  assert.deepEqual(claimantOf(text, { mentions, entities }), [['100,000 troops', { name: 'United States of America', entity: 'e1' }]]);
});

test('claimants: a quote speaker given by a partial mention is widened and keyed', () => {
  const text = 'United States officials said Russia has 100,000 troops there.';
  const mentions = [mention(text, 'United States', 'PLACE', 'e1')];
  const q: Quote = { start: text.indexOf('Russia'), end: text.length - 1, text: 'Russia has 100,000 troops there', kind: 'indirect', speaker: { name: 'United', entity: null, mention: [0, 6] }, cue: null, source: 'test' };
  assert.deepEqual(claimantOf(text, { quotes: [q], mentions, entities: [entity('e1', 'United States', 'PLACE')] }), [['100,000 troops', { name: 'United States', entity: 'e1' }]]);
});

test('claimants: names before officials or auxiliaries still count', () => {
  assert.deepEqual(claimantOf('Pentagon officials said 8,500 troops were on alert.'), [['8,500 troops', { name: 'Pentagon', entity: null }]]);
  assert.deepEqual(claimantOf('Kyiv has said 14,000 people were killed.'), [['14,000 people', { name: 'Kyiv', entity: null }]]);
});

// A conversion inside brackets once made the converted amount's own search start back inside the first
// amount ("£70m ($100m)"), so the same number was built again and again until the stack ran out.
test('conversions: a bracketed amount right after a scaled amount is built once', () => {
  const got = extractFigures('The minister secretly spent more than £70m ($100m) on a villa.');
  assert.deepEqual(got.map((f) => [f.text, f.value, f.unit, f.converted?.value ?? null, f.converted?.unit ?? null]), [['more than £70m ($100m)', 7e7, 'GBP', 1e8, 'USD']]);
});

test('conversions: nested brackets are read one level deep, without recursion', () => {
  const got = extractFigures('It cost £5m ($7m (€6m)) in all.');
  assert.deepEqual(got.map((f) => [f.text, f.converted?.text ?? null]), [['£5m', null], ['$7m (€6m)', '€6m']]);
  const deep = `It cost ${'£1m ($2m ('.repeat(20000)}${')'.repeat(40000)}.`;
  const t = Date.now();
  const figs = extractFigures(deep);
  assert.equal(figs.length, 40000);
  assert.ok(Date.now() - t < 15000, `took ${Date.now() - t} ms`);
});

const MORE_UNIT_CASES: Array<[string, Unitish[]]> = [
  ['The 20 most expensive restaurants raised prices.', [{ text: '20 most expensive restaurants', value: 20, unit: 'restaurant', unitPhrase: 'expensive restaurant', aboutKey: 'restaurant' }]],
  ['The mine can make 34,500 metric tons of copper a year.', [{ text: '34,500 metric tons', value: 34500, unit: 'tonne per year', unitPhrase: null, aboutKey: null }]],
  ['The mine made 500 tonnes of copper in 2021.', [{ text: '500 tonnes', value: 500, unit: 'tonne', unitPhrase: null, aboutKey: null }]],
];

for (const [sentence, expected] of MORE_UNIT_CASES) {
  test(`figure units: ${sentence}`, () => {
    assert.deepEqual(unitsOf(sentence), expected);
  });
}

test('claimants: a name does not run back over a sentence end the splitter missed', () => {
  const text = 'The talks ended on Tuesday. Defence Ministry officials said 300 troops left.';
  const got = extractFigures(text, [{ start: 0, end: text.length, paragraph: 0, source: 'test' }]);
  assert.deepEqual(got.map((f) => [f.text, f.claimant]), [['300 troops', { name: 'Defence Ministry', entity: null }]]);
  const title = 'Gas chief executive Klaus Berg said 300 jobs would go.';
  const m = mention(title, 'Klaus Berg', 'PERSON', 'e4');
  assert.deepEqual(claimantOf(title, { mentions: [m], entities: [entity('e4', 'Klaus Berg', 'PERSON')] }), [['300 jobs', { name: 'Klaus Berg', entity: 'e4' }]]);
});

const TOKENISED_CASES: Array<[string, Unitish[]]> = [
  // Thousands written with a spaced comma, as in tokenised text; other spaced commas separate numbers.
  ['capacity rose to around 80, 000 spectators .', [{ text: 'around 80, 000 spectators', value: 80000, unit: 'spectator', unitPhrase: null, aboutKey: 'spectator' }]],
  ['the total was 1, 000, 000 votes , then 5, 000 .', [
    { text: '1, 000, 000 votes', value: 1e6, unit: 'vote', unitPhrase: null, aboutKey: 'vote' },
    { text: '5, 000', value: 5000, unit: null, unitPhrase: null, aboutKey: null },
  ]],
  ['the scores were 3, 150 and 200 goals .', [
    { text: '3', value: 3, unit: null, unitPhrase: null, aboutKey: null },
    { text: '150', value: 150, unit: null, unitPhrase: null, aboutKey: null },
    { text: '200 goals', value: 200, unit: 'goal', unitPhrase: null, aboutKey: 'goal' },
  ]],
  // Plurals the lemmatiser does not know are made singular by regular endings; "news" is not a plural.
  ['the bank sold 12 eurobonds and 3 boxes .', [
    { text: '12 eurobonds', value: 12, unit: 'eurobond', unitPhrase: null, aboutKey: 'eurobond' },
    { text: '3 boxes', value: 3, unit: 'box', unitPhrase: null, aboutKey: 'box' },
  ]],
];

TOKENISED_CASES.push(['It cost 1.8M dollars and he ran 100m .', [
  { text: '1.8M dollars', value: 1.8e6, unit: 'USD', unitPhrase: null, aboutKey: null },
  { text: '100m', value: 100, unit: 'm', unitPhrase: null, aboutKey: null },
]]);

for (const [sentence, expected] of TOKENISED_CASES) {
  test(`figure units: ${sentence}`, () => {
    assert.deepEqual(unitsOf(sentence), expected);
  });
}

test('figures: a 1 MB line of spaced thousands stays fast', () => {
  const t = Date.now();
  extractFigures('1, 000'.repeat(170_000));
  extractFigures('1, 000, '.repeat(120_000));
  assert.ok(Date.now() - t < 15000, `took ${Date.now() - t} ms`);
});

test('claimants: a time phrase before or after a described speaker of the quote stage comes off', () => {
  const text = 'Russia’s foreign spy agency this week said Moscow had 92,000 troops near the border.';
  const speaker = { name: 'Russia’s foreign spy agency this week', entity: null, mention: [0, text.indexOf(' said')] as [number, number] };
  const q: Quote = { start: text.indexOf('Moscow'), end: text.length - 1, text: 'Moscow had 92,000 troops near the border', kind: 'indirect', speaker, cue: null, source: 'test' };
  assert.deepEqual(claimantOf(text, { quotes: [q] }), [['92,000 troops', { name: 'Russia’s foreign spy agency', entity: null }]]);
  const text2 = 'Last week the Russian foreign ministry said 300 diplomats would leave.';
  const speaker2 = { name: 'Last week the Russian foreign ministry', entity: null, mention: [0, text2.indexOf(' said')] as [number, number] };
  const q2: Quote = { start: text2.indexOf('300'), end: text2.length - 1, text: '300 diplomats would leave', kind: 'indirect', speaker: speaker2, cue: null, source: 'test' };
  assert.deepEqual(claimantOf(text2, { quotes: [q2] }), [['300 diplomats', { name: 'Russian foreign ministry', entity: null }]]);
});
