/**
 * Train the named-entity recogniser on CoNLL-2003 English.
 *
 *   node dist/scripts/train-ner.js [--train FILE] [--dev FILE] [--out DIR] [--epochs N] [--seed N] [--seeds K] [--train-only]
 *
 * Trains on eng.train and picks the number of epochs with the best PER/LOC/ORG F1 on eng.testa;
 * then trains the final model for that many epochs on eng.train + eng.testa (eng.train alone with
 * `--train-only`), K times with different shuffling seeds (`--seeds K`, default 3), averages the K
 * weight vectors and writes them, pruned
 * and quantised weights to models/ner/weights.tsv.gz. Word resources
 * (clusters, casing, gazetteer) are read from the output folder when present; build them first
 * with `node dist/scripts/ner/resources.js`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readConll } from '../src/analyze/entities/ner/conll.js';
import { loadResources, saveWeights } from '../src/analyze/entities/ner/store.js';
import { LinearModel } from '../src/analyze/entities/ner/model.js';
import { Trainer, evaluate, rng } from './ner/perceptron.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const trainPath = arg('train', join(root, '..', 'shared', 'benchmarks', 'conll2003', 'eng.train'));
const devPath = arg('dev', join(root, '..', 'shared', 'benchmarks', 'conll2003', 'eng.testa'));
const outDir = arg('out', join(root, 'models', 'ner'));
const epochs = Number(arg('epochs', '12'));
const seed = Number(arg('seed', '1'));
const minCount = Number(arg('min-count', '2'));
const scale = Number(arg('scale', '10'));
const seeds = Number(arg('seeds', '3'));

const t0 = Date.now();
const sha = createHash('sha256').update(readFileSync(trainPath)).digest('hex');
console.error(`train ${trainPath} (${statSync(trainPath).size} bytes, sha256 ${sha})`);
mkdirSync(outDir, { recursive: true });
const resources = loadResources(outDir);
console.error(
  `resources: clusters ${resources.clusters?.size ?? 0}, casing ${resources.casing?.size ?? 0}, gazetteer ${resources.gazetteer?.size ?? 0}`,
);
const trainDocs = readConll(trainPath);
const devDocs = readConll(devPath);
const trainer = new Trainer(resources);
const examples = trainer.examples(trainDocs, minCount);
console.error(`${examples.length} sentences, ${trainer.index.size} features (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

/** Train for `epochs` passes over `docs`; `each` sees the averaged model after every pass. */
function train(
  t: Trainer,
  docs: ReturnType<typeof readConll>,
  exs: typeof examples,
  epochCount: number,
  each: (e: number, errors: number) => void,
  shuffleSeed = seed,
): void {
  const random = rng(shuffleSeed);
  const byDoc: (typeof examples)[] = docs.map(() => []);
  for (const ex of exs) byDoc[ex.doc]!.push(ex);
  const order = byDoc.map((_, i) => i);
  for (let e = 1; e <= epochCount; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    each(e, t.epoch(byDoc, order));
  }
}

let best: { f1: number; epoch: number; weights: Float64Array } | null = null;
train(trainer, trainDocs, examples, epochs, (e, errors) => {
  const model = trainer.averaged();
  const { main, all } = evaluate(model, devDocs);
  const m = main.micro();
  console.error(
    `epoch ${e}: train errors ${errors}; dev PER/LOC/ORG F1 ${m.f1.toFixed(4)} (P ${m.precision.toFixed(4)} R ${m.recall.toFixed(4)}), all four ${all.micro().f1.toFixed(4)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
  if (!best || m.f1 > best.f1) best = { f1: m.f1, epoch: e, weights: model.weights as Float64Array };
});
const selected = best! as { f1: number; epoch: number; weights: Float64Array };
let final: LinearModel;
if (process.argv.includes('--train-only') && seeds === 1) {
  // Features first seen after the best epoch keep zero weights.
  const padded = new Float64Array(trainer.index.size * trainer.nc);
  padded.set(selected.weights.subarray(0, Math.min(selected.weights.length, padded.length)));
  final = new LinearModel(trainer.classes, trainer.index, padded, resources);
} else {
  // The number of epochs chosen on eng.testa; the final model is trained on eng.train + eng.testa
  // (eng.train alone with --train-only), once per seed, and the weights of the runs are averaged.
  const finalDocs = process.argv.includes('--train-only') ? trainDocs : [...trainDocs, ...devDocs];
  const index = new Map<string, number>();
  let sum = new Float64Array(0);
  for (let k = 0; k < seeds; k++) {
    const finalTrainer = new Trainer(resources);
    const finalExamples = finalTrainer.examples(finalDocs, minCount);
    train(
      finalTrainer,
      finalDocs,
      finalExamples,
      selected.epoch,
      (e, errors) => {
        console.error(`final model, seed ${seed + k}, epoch ${e}: train errors ${errors} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      },
      seed + k,
    );
    const m = finalTrainer.averaged();
    for (const feat of m.index.keys()) if (!index.has(feat)) index.set(feat, index.size);
    const next = new Float64Array(index.size * m.nc);
    next.set(sum);
    sum = next;
    for (const [feat, row] of m.index) {
      const to = index.get(feat)! * m.nc;
      for (let c = 0; c < m.nc; c++) sum[to + c]! += m.weights[row * m.nc + c]! / seeds;
    }
  }
  final = new LinearModel(trainer.classes, index, sum, resources);
}
const written = saveWeights(outDir, final, scale);
// Check the written model as the runtime will load it.
const { loadModel } = await import('../src/analyze/entities/ner/store.js');
const loaded = loadModel(outDir);
const dev = evaluate(loaded, devDocs).main.micro();
const seconds = (Date.now() - t0) / 1000;
console.error(
  `best epoch ${selected.epoch} (dev F1 ${selected.f1.toFixed(4)}); wrote ${written} features to ${outDir}; dev F1 of the written model ${dev.f1.toFixed(4)}`,
);
console.log(
  JSON.stringify({ trainSha256: sha, trainBytes: statSync(trainPath).size, bestEpoch: selected.epoch, devF1: selected.f1, writtenDevF1: dev.f1, features: written, seconds }),
);
