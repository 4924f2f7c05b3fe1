import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docFromText } from '../../src/doc/doc.js';
import { loadPipeline } from '../../src/pipeline/registry.js';

async function claimants(text: string): Promise<[string, string | null][]> {
  const doc = docFromText(text);
  await (await loadPipeline('default')).run(doc, { referenceDate: null });
  return (doc.layers.figures ?? []).map((f) => [f.text, f.claimant?.name ?? null]);
}

test('a figure in a statement by "the company", "he" or a described speaker is claimed by who they stand for', async () => {
  assert.deepEqual(
    await claimants('The food group Nestlé raised its prices this year. Consumers in North America took the hardest hit, with an 8.5% rise in prices, the company said.'),
    [['8.5%', 'Nestlé']],
  );
  assert.deepEqual(
    await claimants('Defence Minister Oleksii Reznikov spoke in Kyiv. "Russia has 127,000 troops near our borders," he said.'),
    [['127,000 troops', 'Oleksii Reznikov']],
  );
  assert.deepEqual(
    await claimants('One million Ukrainians have since returned, according to a spokesman for Ukraine’s border forces.'),
    [['One million Ukrainians', 'spokesman for Ukraine’s border forces']],
  );
  // Nobody named: no claimant in the layer (the ledger shows the outlet).
  assert.deepEqual(await claimants('About 55,000 customers will be affected.'), [['About 55,000 customers', null]]);
});

test('a described source claims the figure: "according to Ukrainian intelligence", "the Ukrainian Defence Ministry"', async () => {
  assert.deepEqual(
    await claimants('Russia has massed nearly 100,000 Russian troops near the border, according to Ukrainian intelligence.'),
    [['nearly 100,000 Russian troops', 'Ukrainian intelligence']],
  );
  assert.deepEqual(
    await claimants('According to the Ukrainian Defence Ministry, Russia has 127,000 troops near the border.'),
    [['127,000 troops', 'Ukrainian Defence Ministry']],
  );
});

test('"put the Russian force at about 130,000": the number counts what the estimate named', async () => {
  const doc = docFromText('Defence Minister Oleksii Reznikov told parliament the threat was real, putting the Russian force at about 130,000. Officials put the death toll at 300.');
  await (await loadPipeline('default')).run(doc, { referenceDate: null });
  assert.deepEqual(
    (doc.layers.figures ?? []).map((f) => [f.text, f.value, f.unit, f.aboutKey, f.actor]),
    [
      ['about 130,000', 130000, 'troop', 'troop', 'Russia'],
      ['300', 300, 'people', 'killed', null],
    ],
  );
  // A number after "at" with no estimate before it is left alone.
  const other = docFromText('The meeting started at 10 and the market closed at 300.');
  await (await loadPipeline('default')).run(other, { referenceDate: null });
  assert.ok((other.layers.figures ?? []).every((f) => f.aboutKey !== 'troop' && f.aboutKey !== 'killed'));
});
