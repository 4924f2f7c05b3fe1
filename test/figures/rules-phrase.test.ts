import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from '../../src/analyze/figures/index.js';

type Got = { text: string; value: number | null; low: number | null; high: number | null; unit: string | null; unitPhrase: string | null };

function figuresOf(text: string): Got[] {
  return extractFigures(text).map((f) => ({ text: f.text, value: f.value, low: f.low, high: f.high, unit: f.unit, unitPhrase: f.unitPhrase ?? null }));
}
const one = (text: string, value: number | null, unit: string | null, extra: Partial<Got> = {}): Got => ({ text, value, low: null, high: null, unit, unitPhrase: null, ...extra });
const range = (text: string, low: number, high: number, unit: string | null, extra: Partial<Got> = {}): Got => ({ text, value: null, low, high, unit, unitPhrase: null, ...extra });

// General rules for the counted phrase and for reading values (round 9). Own sentences; each rule with
// cases it must leave alone.
export const CASES: Array<[string, string, Got[]]> = [
  // How far the counted phrase runs.
  ['a plural head ends the phrase before a lower-case word', 'Millions of Afghans face hunger and the two governments share the blame.', [
    range('Millions of Afghans', 1e6, 1e7, 'afghan'), one('two governments', 2, 'government'),
  ]],
  ['a plural that modifies stays in the phrase', 'Four human rights activists and 12 arms dealers were held.', [
    one('Four human rights activists', 4, 'activist', { unitPhrase: 'human rights activist' }),
    one('12 arms dealers', 12, 'dealer', { unitPhrase: 'arms dealer' }),
  ]],
  ['a capitalised word after a plural name continues it', 'Nine Champions League clubs objected.', [
    one('Nine Champions League clubs', 9, 'club', { unitPhrase: 'champions league club' }),
  ]],
  ['a hyphenated compound modifier stays whole', 'It offered two gas-only engine options and 30 battle-hardened units.', [
    one('two gas-only engine options', 2, 'option', { unitPhrase: 'gas-only engine option' }),
    one('30 battle-hardened units', 30, 'unit', { unitPhrase: 'battle-hardened unit' }),
  ]],
  ['a spaced dash is punctuation, not a compound', 'The three ministers - all from the south - met.', [one('three ministers', 3, 'minister')]],
  ['"or so" between the number and the phrase', 'Of the 300 or so scientists, 40 or so left.', [one('300 or so scientists', 300, 'scientist'), one('40', 40, null)]],
  ['crisis phrases keep their modifiers', 'Some 100,000 Russian troops and 1,000 more British troops massed.', [
    one('Some 100,000 Russian troops', 100000, 'troop', { unitPhrase: 'russian troop' }),
    one('1,000 more British troops', 1000, 'troop', { unitPhrase: 'more british troop' }),
  ]],
];

for (const [name, sentence, expected] of CASES) {
  test(`figures phrase rules: ${name}`, () => {
    assert.deepEqual(figuresOf(sentence), expected);
  });
}
