import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureScope, type PlaceInSentence } from '../../src/link/figures/scope.js';
import { buildLedger, type FigureRecord } from '../../src/link/figures/index.js';
import { extractFigures } from '../../src/analyze/figures/index.js';

/** The scope of the first figure of `sentence`, with the places given as [name, wide]. */
function scopeOf(sentence: string, date: string | null, places: [string, boolean][] = []): string | null {
  const f = extractFigures(sentence).find((x) => x.aboutKey);
  assert.ok(f, `no figure with a key in: ${sentence}`);
  const ps: PlaceInSentence[] = places.map(([name, wide]) => {
    const at = sentence.indexOf(name);
    assert.ok(at >= 0, name);
    return { name, wide, start: at, end: at + name.length };
  });
  return figureScope({ text: sentence, start: 0 }, { start: f.start, end: f.end, aboutKey: f.aboutKey!, actor: f.actor ?? null }, date, ps)?.key ?? null;
}

test('scope: tallies since 2014 and since the invasion; "since the war began" by the article date', () => {
  assert.equal(scopeOf('The conflict has killed more than 14,000 people since 2014.', '2022-01-20'), 'since-2014');
  assert.equal(scopeOf('More than 14,000 people have been killed in nearly eight years of fighting there.', '2022-01-20'), 'since-2014');
  assert.equal(scopeOf('At least 2,345 civilians have been killed since the Russian invasion began.', '2022-04-10'), 'since-invasion');
  assert.equal(scopeOf('At least 2,345 civilians have been killed since Russia invaded on February 24.', '2022-04-10'), 'since-invasion');
  assert.equal(scopeOf('More than 13,000 people have been killed since the war began.', '2021-12-01'), 'since-2014');
  assert.equal(scopeOf('More than 3,000 civilians have been killed since the war began.', '2022-05-01'), 'since-invasion');
  // No stretch of time named: no scope.
  assert.equal(scopeOf('The war has killed 3,000 people.', '2022-05-01'), null);
});

test('scope: a casualty count is placed by the city after a locative word, not by a country or a speaker', () => {
  assert.equal(scopeOf('At least 52 people were killed in a missile strike on the railway station in Kramatorsk.', '2022-04-09', [['Kramatorsk', false]]), 'at:Kramatorsk');
  assert.equal(scopeOf('At least 52 people were killed in the city of Kramatorsk in eastern Ukraine.', '2022-04-09', [['Kramatorsk', false], ['Ukraine', true]]), 'at:Kramatorsk');
  // A country is too wide; a capital that speaks is no place of the incident.
  assert.equal(scopeOf('Five people were killed in Ukraine on Monday.', '2022-04-09', [['Ukraine', true]]), null);
  assert.equal(scopeOf('Kyiv says 30 soldiers were killed overnight.', '2022-04-09', [['Kyiv', false]]), null);
  // Nearest of two places.
  assert.equal(
    scopeOf('After talks in Istanbul, officials said 12 people were killed in Mykolaiv.', '2022-03-29', [['Istanbul', false], ['Mykolaiv', false]]),
    'at:Mykolaiv',
  );
  // "on" places only after an attack; a platform is no place.
  assert.equal(scopeOf('Two people were killed in a missile strike on Kyiv.', '2022-04-28', [['Kyiv', false]]), 'at:Kyiv');
  assert.equal(scopeOf('The governor wrote on Telegram that three people were killed.', '2022-04-28', [['Telegram', false]]), null);
  // Forces are placed where they are, not where they are near, nor in their own country.
  assert.equal(scopeOf('Russia has massed 100,000 troops near Voronezh.', '2022-01-20', [['Voronezh', false]]), null);
  assert.equal(scopeOf('Russia has moved 30,000 troops to Belarus for drills.', '2022-02-03', [['Belarus', true]]), 'in:Belarus');
  assert.equal(scopeOf('Russia has 100,000 troops near the border with Ukraine.', '2022-01-20', [['Ukraine', true]]), null);
  assert.equal(scopeOf('Russia keeps 1,500 troops in Russia’s west.', '2022-01-20', [['Russia', true]]), null);
  // The place must follow the troops in their own clause.
  assert.equal(
    scopeOf('Ukraine says Russia has deployed nearly 100,000 soldiers near its border, while Russia says Ukraine has sent 125,000 troops to the Donbass.', '2022-01-20', [['Donbass', false]]),
    null,
  );
  // Other counts are not placed.
  assert.equal(scopeOf('Russia has 500 tanks in Belarus.', '2022-02-03', [['Belarus', true]]), null);
  // A neighbour named with its adjective; a place before the forces in a "where" clause; the forces of joint drills.
  assert.equal(scopeOf('Russia has deployed 30,000 troops to neighbouring Belarus.', '2022-02-03', [['Belarus', true]]), 'in:Belarus');
  assert.equal(scopeOf('Russia has deployed 30,000 troops to its allied neighbor Belarus.', '2022-02-03', [['Belarus', true]]), 'in:Belarus');
  assert.equal(
    scopeOf('Tensions rose over drills in Belarus, where Washington says Moscow is preparing to send 30,000 troops.', '2022-01-28', [['Belarus', true]]),
    'in:Belarus',
  );
  assert.equal(
    scopeOf('Russia and Belarus have launched joint military exercises, with 30,000 Russian troops taking part.', '2022-02-10', [['Belarus', true]]),
    'in:Belarus',
  );
  // Without drills, a country joined by "and" places nothing; forces massed near a border stay unplaced.
  assert.equal(scopeOf('Russia and Belarus said 30,000 Russian troops were ready.', '2022-02-10', [['Belarus', true]]), null);
  assert.equal(
    scopeOf('Russia has 100,000 troops near the border with Ukraine and holds drills with Belarus.', '2022-02-10', [['Belarus', true], ['Ukraine', true]]),
    null,
  );
  // Forces said to be massed along a border first, or a place that owns a number, do not place.
  assert.equal(
    scopeOf('Russia has amassed 150,000 troops along its border and deployed troops into allied Belarus.', '2022-02-16', [['Belarus', true]]),
    null,
  );
  assert.equal(scopeOf('Ukraine could lose 15,000 troops compared to Russia’s 4,000.', '2022-02-16', [['Russia', true]]), null);
  // A "where" clause about a place far before, or closed by a full stop, does not place.
  assert.equal(scopeOf('He spoke in Minsk. Where 30,000 troops go is unclear.', '2022-02-10', [['Minsk', false]]), null);
});

function rec(document: string, date: string, sentence: string, scope: ReturnType<typeof figureScope>): FigureRecord {
  const f = extractFigures(sentence).find((x) => x.aboutKey)!;
  return { figure: f, document, outlet: `${document}.example`, date, scope };
}

test('ledger: tallies of different scopes are apart; a growing tally is compared only within days', () => {
  const since2014 = { key: 'since-2014', label: 'since 2014', window: null };
  const sinceInvasion = { key: 'since-invasion', label: 'since the invasion', window: 3 };
  const groups = buildLedger([
    rec('a', '2022-01-20', 'The war has killed 13,000 people since 2014.', since2014),
    rec('b', '2022-02-10', 'More than 14,000 people have been killed since 2014.', since2014),
    rec('c', '2022-03-10', 'The UN says 549 civilians have been killed since the invasion.', sinceInvasion),
    rec('d', '2022-04-10', 'The UN says 1,842 civilians have been killed since the invasion.', sinceInvasion),
  ]);
  const byScope = new Map(groups.map((g) => [g.scope, g]));
  assert.equal(byScope.get('since-2014')!.figures.length, 2);
  assert.equal(byScope.get('since-2014')!.disagree, true, '13,000 and more than 14,000 disagree');
  assert.match(byScope.get('since-2014')!.about, /since 2014/);
  // 549 in March and 1,842 in April: the count grew; not a disagreement.
  assert.equal(byScope.get('since-invasion')!.figures.length, 2);
  assert.equal(byScope.get('since-invasion')!.disagree, false);
  // Two counts of the same days that differ do disagree.
  const same = buildLedger([
    rec('e', '2022-04-10', 'The UN says 1,842 civilians have been killed since the invasion.', sinceInvasion),
    rec('f', '2022-04-11', 'Kyiv says 4,000 civilians have been killed since the invasion.', sinceInvasion),
  ]);
  assert.equal(same.length, 1);
  assert.equal(same[0]!.disagree, true);
});

test('ledger: one incident counted by several outlets is a group of its own', () => {
  const at = { key: 'at:Kramatorsk', label: 'in Kramatorsk', window: 3 };
  const groups = buildLedger([
    rec('a', '2022-04-08', 'At least 50 people were killed in Kramatorsk.', at),
    rec('b', '2022-04-09', 'At least 52 people were killed in Kramatorsk.', at),
    rec('c', '2022-04-13', '57 people were killed in Kramatorsk.', at),
    rec('d', '2022-04-09', 'Two people were killed in a strike on a bakery.', null),
  ]);
  const k = groups.find((g) => g.scope === 'at:Kramatorsk')!;
  assert.equal(k.figures.length, 3);
  assert.match(k.about, /in Kramatorsk/);
  // 50+ and 52+ agree; 57 four days later is not compared with them.
  assert.equal(k.disagree, false);
  assert.equal(groups.find((g) => g.scope === null)!.figures.length, 1);
  // Another strike on the same city weeks later is another incident.
  const two = buildLedger([
    rec('a', '2022-03-18', 'Two people were killed in Kramatorsk.', at),
    rec('b', '2022-04-08', 'At least 50 people were killed in Kramatorsk.', at),
    rec('c', '2022-04-09', 'At least 52 people were killed in Kramatorsk.', at),
  ]);
  assert.deepEqual(two.map((g) => g.figures.map((f) => f.value)).sort((x, y) => x.length - y.length), [[2], [50, 52]]);
  assert.ok(two.every((g) => !g.disagree));
});

test('ledger: labels say the key and the place once', () => {
  const inPoland = { key: 'in:Poland', label: 'in Poland', window: null };
  const g = buildLedger([
    rec('a', '2022-02-02', 'The US will send 1,700 troops to Poland.', inPoland),
    rec('b', '2022-02-03', 'The US will send 1,700 troops to Poland.', inPoland),
  ]);
  assert.equal(g.length, 1);
  assert.doesNotMatch(g[0]!.about, /Poland.*Poland/);
  assert.match(g[0]!.about, /Poland/);
  const soldiers = buildLedger([
    rec('a', '2022-02-02', 'Ukraine has 250,000 Ukrainian soldiers.', null),
    rec('b', '2022-02-03', 'Ukraine has 250,000 Ukrainian soldiers.', null),
  ]);
  assert.doesNotMatch(soldiers[0]!.about, /soldiers troop/);
});

test('ledger: casualty counts of no stated scope are compared only within days; forces whatever their dates', () => {
  const spread = buildLedger([
    rec('a', '2022-03-01', 'Russia says 20 Ukrainian soldiers were killed in the shelling.', null),
    rec('b', '2022-04-20', 'Russia says at least 40 Ukrainian soldiers were killed in the shelling.', null),
  ]);
  assert.equal(spread.length, 1);
  assert.equal(spread[0]!.disagree, false, 'counts seven weeks apart are of different events');
  const sameDays = buildLedger([
    rec('a', '2022-03-01', 'Russia says 20 Ukrainian soldiers were killed in the shelling.', null),
    rec('b', '2022-03-02', 'Russia says at least 40 Ukrainian soldiers were killed in the shelling.', null),
  ]);
  assert.equal(sameDays[0]!.disagree, true);
  const troops = buildLedger([
    rec('a', '2021-11-20', 'Russia has massed 90,000 troops near the border.', null),
    rec('b', '2022-02-10', 'Russia has massed 130,000 troops near the border.', null),
  ]);
  assert.equal(troops[0]!.disagree, true);
});
