/**
 * Per-stage analysis time on real articles (one thread, CPU time).
 *
 *   node dist/bench/stages.js [--corpus FILE] [--limit N]
 *
 * Reads the first N articles of the corpus (default 500 of ../shared/corpora/ukraine-media-csli.jsonl.gz),
 * builds and cleans them, then runs each stage of the default pipeline and reports ms per article and
 * articles per second of one core for each.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDoc } from '../src/ingest/build.js';
import { readInputs, type InputItem } from '../src/ingest/readers.js';
import { defaultStages } from '../src/pipeline/default.js';
import { exactKey, signature } from '../src/link/duplicates/minhash.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(root, '..', 'shared', 'corpora', 'ukraine-media-csli.jsonl.gz') },
    limit: { type: 'string', default: '500' },
  },
});
const limit = Number(values.limit);
const items: InputItem[] = [];
for await (const ev of readInputs([values.corpus!])) {
  if (ev.ok === true) items.push(ev);
  if (items.length >= limit) break;
}
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const times = new Map<string, number>();
const errors = new Map<string, number>();
const firstError = new Map<string, string>();
const add = (k: string, ms: number) => times.set(k, (times.get(k) ?? 0) + ms);
// Warm up (model loading is not per-article work).
const warm = buildDoc(items[0]!, { clean: true, useCallerId: false });
if ('doc' in warm) for (const s of defaultStages()) s.run(warm.doc, { referenceDate: null });

let chars = 0;
for (const item of items) {
  let t = cpu();
  const built = buildDoc(item, { clean: true, useCallerId: false });
  add('read+clean+meta', cpu() - t);
  if ('error' in built) continue;
  chars += built.doc.text.length;
  for (const s of defaultStages()) {
    t = cpu();
    try {
      s.run(built.doc, { referenceDate: null });
    } catch (err) {
      errors.set(s.name, (errors.get(s.name) ?? 0) + 1);
      if (!firstError.has(s.name)) firstError.set(s.name, `${item.path}:${item.record}: ${(err as Error).message}`);
    }
    add(s.name, cpu() - t);
  }
  t = cpu();
  exactKey(built.doc.text);
  signature(built.doc.text);
  add('minhash', cpu() - t);
}
let total = 0;
console.log(`${items.length} articles, ${(chars / items.length).toFixed(0)} characters on average\n`);
console.log('| step | ms per article | articles/s (one core) |');
console.log('|---|---|---|');
for (const [k, ms] of times) {
  total += ms;
  console.log(`| ${k} | ${(ms / items.length).toFixed(2)} | ${((1000 * items.length) / ms).toFixed(0)} |`);
}
console.log(`| **all** | ${(total / items.length).toFixed(2)} | ${((1000 * items.length) / total).toFixed(0)} |`);
for (const [k, n] of errors) console.log(`\nstage ${k} failed on ${n} article(s); first: ${firstError.get(k)}`);
