import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rows } from '../helpers/quote-rows.js';

test('quoted words followed by "by" and a name are that name\'s ("slammed as an “absolute joke” by the mayor")', () => {
  assert.deepEqual(rows('Germany offered helmets, a move slammed as an “absolute joke” by the mayor of Kyiv.').filter((r) => r[3] === 'quotes/quoted-by-agent'), [
    ['an “absolute joke”', 'the mayor of Kyiv', 'slammed', 'quotes/quoted-by-agent'],
  ]);
  assert.deepEqual(rows('The offer, called “an insult” by union leaders, was rejected.'), [['“an insult”', 'union leaders', 'called', 'quotes/quoted-by-agent']]);
  // "by any measure" names nobody; words not in marks are not taken.
  assert.ok(rows('The offer, called “an insult” by any measure, was rejected.').every((r) => r[1] !== 'any measure'));
  assert.ok(rows('The offer, called an insult by union leaders, was rejected.').every((r) => r[3] !== 'quotes/quoted-by-agent'));
});
