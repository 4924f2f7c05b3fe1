import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLedger, filterLedger, figureInterval, type FigureRecord, type LedgerGroup } from '../../src/link/figures/index.js';
import { extractFigures } from '../../src/analyze/figures/index.js';

function records(items: Array<[string, string, string]>): FigureRecord[] {
  return items.flatMap(([document, outlet, sentence]) =>
    extractFigures(sentence).map((figure) => ({ figure, document, outlet, date: '2022-01-20' })),
  );
}

test('ledger: 100,000 / 130,000 / 175,000 troops from three documents form one disagreeing group', () => {
  const groups = buildLedger(records([
    ['d1', 'presstv.ir', 'Russia has deployed nearly 100,000 soldiers near its border.'],
    ['d2', 'voanews.com', 'Russia has massed 130,000 troops near Ukraine.'],
    ['d3', 'nypost.com', 'Russia has amassed as many as 175,000 troops on its western border.'],
  ]));
  assert.equal(groups.length, 1);
  const g = groups[0]!;
  assert.equal(g.aboutKey, 'troop');
  assert.equal(g.actor, 'Russia');
  assert.equal(g.disagree, true);
  assert.deepEqual(g.figures.map((f) => [f.document, f.value, f.outlet]), [['d1', 100000, 'presstv.ir'], ['d2', 130000, 'voanews.com'], ['d3', 175000, 'nypost.com']]);
  assert.deepEqual(g.spread && [g.spread.min, g.spread.max], [100000, 175000]);
});

test('ledger: 100,000 / nearly 100,000 / 98,000 agree; an overlapping range agrees', () => {
  const groups = buildLedger(records([
    ['d1', 'a', 'Russia has 100,000 troops near the border.'],
    ['d2', 'b', 'Russia has nearly 100,000 troops near the border.'],
    ['d3', 'c', 'Russia has 98,000 troops near the border.'],
    ['d4', 'd', 'Russia has between 90,000 and 110,000 troops near the border.'],
  ]));
  assert.equal(groups.length, 1);
  assert.equal(groups[0]!.figures.length, 4);
  assert.equal(groups[0]!.disagree, false);
});

test('ledger: different actors and different things are not compared', () => {
  const since2014 = { key: 'since-2014', label: 'since 2014', window: null };
  const groups = buildLedger(
    records([
      ['d1', 'a', 'Russia has 100,000 troops near the border.'],
      ['d2', 'b', 'Ukraine has sent 125,000 troops to the Donbas.'],
      ['d3', 'c', 'The war has killed 13,000 people since 2014.'],
      ['d4', 'd', '14,000 people have been killed since 2014.'],
      ['d5', 'e', 'Talks should end within two weeks.'],
    ]).map((r) => (r.figure.aboutKey === 'killed' ? { ...r, scope: since2014 } : r)),
  );
  const keys = groups.map((g) => [g.aboutKey, g.actor, g.figures.length, g.disagree]).sort();
  assert.deepEqual(keys, [['killed', null, 2, true], ['troop', 'Russia', 1, false], ['troop', 'Ukraine', 1, false]].sort());
});

test('ledger: a group with neither actor nor scope, or a large one on no common scale, is a mix: listed, not compared', () => {
  // "people killed" with no tally, place or actor: counts of different events.
  const bare = buildLedger(records([
    ['d1', 'a', 'The war has killed 13,000 people.'],
    ['d2', 'b', 'The strike killed 40 people.'],
  ]));
  assert.deepEqual(bare.map((g) => [g.aboutKey, g.mixed, g.disagree]), [['killed', true, false]]);
  // Russian troops from 50 to 150,000: seven figures, most far off the median.
  const spread = buildLedger(records([
    ['d1', 'a', 'Russia has 50 troops at the base.'],
    ['d2', 'b', 'Russia has 400 troops at the base.'],
    ['d3', 'c', 'Russia has 2,000 troops at the base.'],
    ['d4', 'd', 'Russia has 9,000 troops at the base.'],
    ['d5', 'e', 'Russia has 40,000 troops at the base.'],
    ['d6', 'f', 'Russia has 150,000 troops at the base.'],
  ]));
  assert.deepEqual(spread.map((g) => [g.figures.length, g.mixed, g.disagree]), [[6, true, false]]);
  // Mixes are listed after the groups of one quantity.
  const both = buildLedger([
    ...records([
      ['d1', 'a', 'The war has killed 13,000 people.'],
      ['d2', 'b', 'The strike killed 40 people.'],
      ['d3', 'c', 'A flood killed 300 people.'],
    ]),
    ...records([
      ['d4', 'd', 'Russia has 100,000 troops near the border.'],
      ['d5', 'e', 'Russia has 175,000 troops near the border.'],
    ]),
  ]);
  assert.deepEqual(both.map((g) => [g.aboutKey, g.mixed]), [['troop', false], ['killed', true]]);
});

test('ledger: --about filter matches by words, singular or plural, and by key', () => {
  const groups = buildLedger(records([
    ['d1', 'a', 'Russia has 100,000 troops near the border.'],
    ['d3', 'c', 'The war has killed 13,000 people since 2014.'],
  ]));
  assert.deepEqual(filterLedger(groups, 'troops').map((g) => g.aboutKey), ['troop']);
  assert.deepEqual(filterLedger(groups, 'soldiers').map((g) => g.aboutKey), ['troop']);
  assert.deepEqual(filterLedger(groups, 'killed').map((g) => g.aboutKey), ['killed']);
  assert.deepEqual(filterLedger(groups, 'tanks'), []);
});

test('ledger: --about lists groups whose own label holds the words before groups that only mention them', () => {
  const group = (about: string, aboutKey: string, actor: string | null, texts: string[]): LedgerGroup => ({
    about,
    aboutKey,
    unit: null,
    actor,
    scope: null,
    disagree: false,
    mixed: false,
    outliers: 0,
    spread: null,
    figures: texts.map((text, i) => ({ value: i + 1, low: null, high: null, text, qualifier: null, claimant: null, outlet: null, date: null, document: `d${i}` })),
  });
  // Larger groups come first in the ledger; the one that only mentions the words in a figure's text is larger.
  const groups = [
    group('people killed', 'killed', null, ['30 people near Russian troops', '12 people', '4 people']),
    group('Russian troops', 'troop', 'Russia', ['100,000 Russian troops']),
    group('tanks', 'tank', null, ['40 tanks']),
  ];
  assert.deepEqual(filterLedger(groups, 'Russian troops').map((g) => g.about), ['Russian troops', 'people killed']);
  assert.deepEqual(filterLedger(groups, 'people').map((g) => g.about), ['people killed']);
});

test('ledger: intervals follow qualifiers', () => {
  const table: Array<[Parameters<typeof figureInterval>[0], [number, number] | null]> = [
    [{ value: 100, low: null, high: null, qualifier: null }, [97.5, 102.5]],
    [{ value: 100, low: null, high: null, qualifier: 'nearly' }, [90, 102.5]],
    [{ value: 100, low: null, high: null, qualifier: 'more than' }, [97.5, 130]],
    [{ value: 100, low: null, high: null, qualifier: 'as many as' }, [70, 102.5]],
    [{ value: null, low: 10, high: 20, qualifier: null }, [10, 20]],
    [{ value: null, low: null, high: null, qualifier: null }, null],
  ];
  for (const [f, want] of table) {
    const got = figureInterval(f);
    if (want === null) assert.equal(got, null);
    else assert.deepEqual(got!.map((x) => Math.round(x * 1000) / 1000), want);
  }
});

test('ledger: a figure far off the median is listed but not compared', () => {
  const agree = buildLedger(records([
    ['d1', 'a', 'Russia has 100,000 troops near the border.'],
    ['d2', 'b', 'Russia has 98,000 troops near the border.'],
    ['d3', 'c', 'Russia has 102,000 troops near the border.'],
    ['d4', 'd', 'Russia has 2,000 troops in Transnistria.'],
  ]));
  assert.deepEqual(agree.map((g) => [g.figures.length, g.outliers, g.disagree]), [[4, 1, false]]);
  const disagree = buildLedger(records([
    ['d1', 'a', 'Russia has 100,000 troops near the border.'],
    ['d2', 'b', 'Russia has 175,000 troops near the border.'],
    ['d3', 'c', 'Russia has 2,000 troops in Transnistria.'],
  ]));
  // Two figures near each other are too few to set a third aside: all three are compared.
  assert.deepEqual(disagree.map((g) => [g.figures.length, g.outliers, g.disagree]), [[3, 0, true]]);
});

test('ledger: figures scattered over many scales are all compared', () => {
  const groups = buildLedger(records([
    ['d1', 'a', 'Russia has lost 50 troops in the fighting.'],
    ['d2', 'b', 'Russia has lost 3,500 troops in the fighting.'],
    ['d3', 'c', 'Russia has lost 4,500 troops in the fighting.'],
    ['d4', 'd', 'Russia has lost 15,000 troops in the fighting.'],
  ]));
  assert.deepEqual(groups.map((g) => [g.figures.length, g.outliers, g.disagree]), [[4, 0, true]]);
});
