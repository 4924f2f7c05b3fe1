/**
 * Train the named-entity recogniser on CoNLL-2003 English.
 *
 *   node dist/scripts/train-ner.js [--train FILE] [--dev FILE] [--out DIR] [--epochs N] [--seed N]
 *
 * Trains on eng.train, picks the epoch with the best PER/LOC/ORG F1 on eng.testa and writes the
 * averaged, pruned and quantised weights to models/ner/weights.tsv.gz. Word resources
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

const random = rng(seed);
const byDoc: (typeof examples)[] = trainDocs.map(() => []);
for (const ex of examples) byDoc[ex.doc]!.push(ex);
const order = byDoc.map((_, i) => i);
let best: { f1: number; epoch: number; weights: Float64Array } | null = null;
for (let e = 1; e <= epochs; e++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const errors = trainer.epoch(byDoc, order);
  const model = trainer.averaged();
  const { main, all } = evaluate(model, devDocs);
  const m = main.micro();
  console.error(
    `epoch ${e}: train errors ${errors}; dev PER/LOC/ORG F1 ${m.f1.toFixed(4)} (P ${m.precision.toFixed(4)} R ${m.recall.toFixed(4)}), all four ${all.micro().f1.toFixed(4)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
  if (!best || m.f1 > best.f1) best = { f1: m.f1, epoch: e, weights: model.weights as Float64Array };
}
// Features first seen after the best epoch keep zero weights.
const padded = new Float64Array(trainer.index.size * trainer.nc);
padded.set(best!.weights.subarray(0, Math.min(best!.weights.length, padded.length)));
const final = new LinearModel(trainer.classes, trainer.index, padded, resources);
const written = saveWeights(outDir, final, scale);
// Check the written model as the runtime will load it.
const { loadModel } = await import('../src/analyze/entities/ner/store.js');
const loaded = loadModel(outDir);
const dev = evaluate(loaded, devDocs).main.micro();
const seconds = (Date.now() - t0) / 1000;
console.error(`best epoch ${best!.epoch}; wrote ${written} features to ${outDir}; dev F1 of the written model ${dev.f1.toFixed(4)}`);
console.log(JSON.stringify({ trainSha256: sha, trainBytes: statSync(trainPath).size, bestEpoch: best!.epoch, devF1: dev.f1, features: written, seconds }));
