import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docFromText } from '../../src/doc/doc.js';
import { loadPipeline } from '../../src/pipeline/registry.js';

async function claimants(text: string): Promise<[string, string | null][]> {
  const doc = docFromText(text);
  await (await loadPipeline('default')).run(doc, { referenceDate: null });
  return (doc.layers.figures ?? []).map((f) => [f.text, f.claimant?.name ?? null]);
}

test('a figure in a quotation continued after "Mr Rogozin added:" is claimed by the person the quote stage named', async () => {
  assert.deepEqual(
    await claimants('Dmitry Rogozin heads the space agency. Mr Rogozin continued with his threats, adding: “If you block cooperation with us, who will save the station? “There is also the option of dropping the 500-ton structure on India.”'),
    [['500-ton', 'Dmitry Rogozin']],
  );
});

test('a figure after the quotation of "Mr Rogozin" closes is not his', async () => {
  assert.deepEqual(
    await claimants('Dmitry Rogozin heads the space agency. Mr Rogozin continued with his threats, adding: “If you block cooperation with us, who will save the station?” The station weighs about 420 tonnes.'),
    [['about 420 tonnes', null]],
  );
});
