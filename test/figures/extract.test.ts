import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractFigures, figuresStage } from '../../src/analyze/figures/index.js';
import { docFromText } from '../../src/doc/doc.js';
import { sentencesStage } from '../../src/analyze/sentences/index.js';
import type { Figure, Quote } from '../../src/doc/types.js';

type Expect = Partial<Pick<Figure, 'text' | 'value' | 'low' | 'high' | 'qualifier' | 'unit' | 'aboutKey' | 'actor'>> & { claimant?: string | null };

function pick(f: Figure, e: Expect): Expect {
  const out: Expect = {};
  for (const k of Object.keys(e) as Array<keyof Expect>) {
    if (k === 'claimant') out.claimant = f.claimant?.name ?? null;
    else (out as Record<string, unknown>)[k] = f[k] ?? null;
  }
  return out;
}

// Sentences written for these tests in the style of the seed articles.
const CASES: Array<[string, Expect[]]> = [
  ['Washington says Moscow has moved nearly 100,000 soldiers near its border.', [
    { text: 'nearly 100,000 soldiers', value: 100000, qualifier: 'nearly', unit: 'soldier', aboutKey: 'troop', actor: 'Russia', claimant: 'Washington' },
  ]],
  ['Moscow claims Kyiv has sent half of its army, or 125,000 troops, to the east.', [
    { text: '125,000 troops', value: 125000, qualifier: null, unit: 'troop', aboutKey: 'troop', actor: 'Ukraine', claimant: 'Moscow' },
  ]],
  ['Russia has gathered as many as 175,000 troops on its western frontier.', [
    { text: 'as many as 175,000 troops', value: 175000, qualifier: 'as many as', unit: 'troop', actor: 'Russia' },
  ]],
  ['The Pentagon said the US had put 8,500 troops on alert.', [
    { text: '8,500 troops', value: 8500, unit: 'troop', actor: 'United States', claimant: 'Pentagon' },
  ]],
  ['The US will ship $200 million worth of missiles.', [{ text: '$200 million', value: 2e8, unit: 'USD', aboutKey: 'missile' }]],
  ['“One hundred percent, it is life or death,” he said.', [{ text: 'One hundred percent', value: 100, unit: 'percent' }]],
  ['The talks should bring results within two weeks.', [{ text: 'two weeks', value: 2, unit: 'week', aboutKey: null }]],
  ['Results came within two weeksHe said.', [{ text: 'two weeks', value: 2, unit: 'week' }]],
  ['Moscow had heard such warnings for at least a month.', [{ text: 'at least a month', value: 1, qualifier: 'at least', unit: 'month' }]],
  ['The war has killed 13,000 people since 2014, the UN says.', [{ text: '13,000 people', value: 13000, aboutKey: 'killed', claimant: 'UN' }]],
  ['More than 14,000 people have been killed since 2014, according to Kyiv.', [
    { text: 'More than 14,000 people', value: 14000, qualifier: 'more than', aboutKey: 'killed', claimant: 'Kyiv' },
  ]],
  ['Some 14,000 people killed in the Donbas since 2014.', [{ text: 'Some 14,000 people killed', value: 14000, qualifier: 'some', aboutKey: 'killed' }]],
  ['Between 8,000 and 10,000 soldiers were seen.', [{ text: 'Between 8,000 and 10,000 soldiers', value: null, low: 8000, high: 10000, aboutKey: 'troop' }]],
  ['It fielded 8,000-10,000 troops.', [{ text: '8,000-10,000 troops', value: null, low: 8000, high: 10000 }]],
  ['Hundreds of thousands of people fled.', [{ value: null, low: 1e5, high: 1e6, unit: 'people' }]],
  ['Tens of thousands of refugees crossed.', [{ value: null, low: 1e4, high: 1e5, aboutKey: 'refugee' }]],
  ['Dozens of warships sailed.', [{ text: 'Dozens of warships', low: 12, high: 120, aboutKey: 'warship' }]],
  ['A dozen tanks moved in.', [{ text: 'A dozen tanks', value: 12, aboutKey: 'tank' }]],
  ['The fund holds €1.5bn.', [{ text: '€1.5bn', value: 1.5e9, unit: 'EUR' }]],
  ['It was worth 200 million dollars.', [{ text: '200 million dollars', value: 2e8, unit: 'USD' }]],
  ['Prices rose 7.5% in a year.', [{ text: '7.5%', value: 7.5, unit: 'percent' }]],
  ['The column stretched 75 km (50 miles) along the road.', [{ text: '75 km (50 miles)', value: 75, unit: 'km' }]],
  ['Shelling went on for eight hours.', [{ text: 'eight hours', value: 8, unit: 'hour' }]],
  ['In the last 24 hours the army moved.', [{ text: '24 hours', value: 24, unit: 'hour' }]],
  ['A 43-year-old man was detained.', [{ text: '43-year-old', value: 43, unit: 'year of age', aboutKey: null }]],
  ['Almost 2,000 civilians died, roughly 30 percent of them children.', [
    { text: 'Almost 2,000 civilians died', value: 2000, qualifier: 'almost', aboutKey: 'killed' },
    { text: 'roughly 30 percent', value: 30, qualifier: 'roughly', unit: 'percent' },
  ]],
  ['Exports supply 4% to 5% of the energy.', [{ text: '4% to 5%', value: null, low: 4, high: 5, unit: 'percent' }]],
  ['The walls were eight to 10 feet tall.', [{ text: 'eight to 10 feet', value: null, low: 8, high: 10, unit: 'foot' }]],
  ['Millions of tons of grain are stuck.', [{ text: 'Millions of tons', low: 1e6, high: 1e7, unit: 'ton' }]],
  ['Shares rose to $5 per share, or 3 percent a year.', [
    { text: '$5 per share', value: 5, unit: 'USD per share' },
    { text: '3 percent a year', value: 3, unit: 'percent per year' },
  ]],
  ['Sales grew to $1.17 billion a year earlier.', [{ text: '$1.17 billion', value: 1.17e9, unit: 'USD' }]],
  ['The note is worth 10 € and C$ 9.', [{ text: '10 €', value: 10, unit: 'EUR' }, { text: 'C$ 9', value: 9, unit: 'CAD' }]],
  ['It paid 361 million pounds for a 200 pounds parcel.', [{ value: 3.61e8, unit: 'GBP' }, { value: 200, unit: 'pound' }]],
  ['A bond of 7 3/4 % was sold.', [{ text: '7 3/4 %', value: 7.75, unit: 'percent' }]],
  ['Up to 3,000 Russian paratroopers landed.', [{ value: 3000, qualifier: 'up to', actor: 'Russia' }]],
  ['Fewer than 500 Ukrainian soldiers remain.', [{ value: 500, qualifier: 'fewer than', actor: 'Ukraine', aboutKey: 'troop' }]],
];

const NEGATIVES: string[] = [
  'Tensions have grown since 2014.',
  'The summit was held on January 20, 2022.',
  'On 21 January the ministers met again.',
  'The talks began at 10:30 and ended at 5 p.m.',
  'Russia deployed Su-35 fighters and S-400 batteries.',
  'Ukraine asked for F-16 jets.',
  'COVID-19 rules were lifted; Covid-19 cases fell.',
  'It was the third round and the 2nd meeting, on the 21st.',
  'Under Article 5 and Resolution 2202 the allies must act.',
  'Call +7 495 123-45-67 for details.',
  'No one expected it, and one of them left.',
  'The Minsk-2 accords and the MH17 report were discussed.',
  'In 2014-2015 the fighting was fierce.',
  'He was the number one target.',
  'The report is dated 2022-01-20 and ID 4x4 was cited.',
];

for (const [sentence, expected] of CASES) {
  test(`figures: ${sentence}`, () => {
    const got = extractFigures(sentence);
    assert.equal(got.length, expected.length, `figures found: ${JSON.stringify(got.map((f) => f.text))}`);
    expected.forEach((e, i) => assert.deepEqual(pick(got[i]!, e), e));
    for (const f of got) assert.equal(sentence.slice(f.start, f.end), f.text);
  });
}

for (const sentence of NEGATIVES) {
  test(`no figure: ${sentence}`, () => {
    assert.deepEqual(extractFigures(sentence).map((f) => f.text), []);
  });
}

test('figures: claimant is the speaker of the quote the figure stands in', () => {
  const text = '“We see 100,000 troops there,” Blinken said, while others say 130,000 troops.';
  const q: Quote = { start: 1, end: 28, text: 'We see 100,000 troops there,', kind: 'direct', speaker: { name: 'Antony Blinken', entity: 'e1', mention: [31, 38] }, cue: [39, 43], source: 'quotes/test' };
  const got = extractFigures(text, undefined, { quotes: [q] });
  assert.deepEqual(got.map((f) => [f.text, f.claimant?.name ?? null]), [['100,000 troops', 'Antony Blinken'], ['130,000 troops', null]]);
});

test('figures: claimant is taken from entity mentions when present', () => {
  const text = 'Ukraine\'s defence minister Oleksii Reznikov said Russia had 127,000 troops ready.';
  const s = text.indexOf('Oleksii');
  const got = extractFigures(text, undefined, {
    mentions: [{ start: s, end: s + 'Oleksii Reznikov'.length, type: 'PERSON', text: 'Oleksii Reznikov', entity: 'e3', source: 'test' }],
    entities: [{ key: 'e3', name: 'Oleksii Reznikov', type: 'PERSON', mentions: [[s, s + 16]], aliases: [], attributes: {}, id: null, source: 'test' }],
  });
  assert.equal(got.length, 1);
  assert.deepEqual(got[0]!.claimant, { name: 'Oleksii Reznikov', entity: 'e3' });
});

test('figures: nobody named gives a null claimant', () => {
  const got = extractFigures('There are 100,000 troops at the border.');
  assert.equal(got.length, 1);
  assert.equal(got[0]!.claimant, null);
});

test('figures stage runs in a pipeline and indexes the clean text', () => {
  const doc = docFromText('Russia has 100,000 troops there. Since 2014, 13,000 people have been killed.');
  sentencesStage.run(doc, { referenceDate: null });
  doc.layers.entities = [];
  doc.layers.quotes = [];
  figuresStage.run(doc, { referenceDate: null });
  const figs = doc.layers.figures!;
  assert.deepEqual(figs.map((f) => [f.text, f.value, f.aboutKey]), [['100,000 troops', 100000, 'troop'], ['13,000 people', 13000, 'killed']]);
  for (const f of figs) assert.equal(doc.text.slice(f.start, f.end), f.text);
});

test('figures: the seed articles give the troop figures they state', () => {
  const dir = new URL('../../../samples/seed-articles/', import.meta.url);
  const names = ['000_4da746a2a32fd8cb.txt', '001_69c200a02ad8e96a.txt', '004_e60cc5e03952772e.txt'];
  const troops = names.flatMap((n) => extractFigures(readFileSync(new URL(n, dir), 'utf8')).filter((f) => f.aboutKey === 'troop').map((f) => f.value));
  for (const v of [100000, 125000, 8500, 175000]) assert.ok(troops.includes(v), `troop figure ${v} in ${JSON.stringify(troops)}`);
  const all = names.flatMap((n) => extractFigures(readFileSync(new URL(n, dir), 'utf8')));
  assert.ok(!all.some((f) => f.value === 2014 || f.value === 2022), 'no year is a figure');
});

test('figures: a 1 MB line without spaces or with many numbers stays fast', () => {
  const hostile = ['1'.repeat(1_000_000), '1,'.repeat(500_000), '12-'.repeat(330_000), 'one '.repeat(250_000)];
  for (const h of hostile) {
    const t = Date.now();
    extractFigures(h);
    assert.ok(Date.now() - t < 15000, `took ${Date.now() - t} ms`);
  }
});
