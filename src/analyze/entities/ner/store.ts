/**
 * Model files of the recogniser (all gzip-compressed text, each under 2 MB):
 *
 * - `weights.tsv.gz`: a JSON header line `{"format":1,"classes":[...],"scale":S}`, then one line per
 *   feature: the feature, a tab, and `class:weight` pairs (weights quantised to integers, divided
 *   by S at load time; zero weights left out).
 * - `clusters.tsv.gz`: `word<TAB>path` (word clusters learnt from unlabelled news text).
 * - `casing.tsv.gz`: `word<TAB>bucket` (how often the word is capitalised mid-sentence).
 * - `gazetteer.tsv.gz`: `label<TAB>phrase` (lowercased phrases; labels like `LOC` or `PER-first`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Resources } from './features.js';
import { LinearModel } from './model.js';

function readGzText(path: string): string {
  return gunzipSync(readFileSync(path)).toString('utf8');
}

function writeGzText(path: string, text: string): void {
  writeFileSync(path, gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
}

function readPairs(path: string): [string, string][] {
  if (!existsSync(path)) return [];
  const out: [string, string][] = [];
  for (const line of readGzText(path).split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    out.push([line.slice(0, tab), line.slice(tab + 1)]);
  }
  return out;
}

export function loadResources(dir: string): Resources {
  const res: Resources = {};
  const clusters = readPairs(join(dir, 'clusters.tsv.gz'));
  if (clusters.length > 0) res.clusters = new Map(clusters);
  const casing = readPairs(join(dir, 'casing.tsv.gz'));
  if (casing.length > 0) res.casing = new Map(casing);
  const gaz = readPairs(join(dir, 'gazetteer.tsv.gz'));
  if (gaz.length > 0) setGazetteer(res, gaz);
  return res;
}

/** Install `label, phrase` pairs as the gazetteer of `res`. */
export function setGazetteer(res: Resources, pairs: readonly [string, string][]): void {
  const map = new Map<string, string[]>();
  const heads = new Set<string>();
  let maxLen = 1;
  for (const [label, phrase] of pairs) {
    const key = phrase.toLowerCase();
    const labels = map.get(key);
    if (labels) {
      if (!labels.includes(label)) labels.push(label);
    } else map.set(key, [label]);
    const words = key.split(' ');
    const len = words.length;
    if (len > 1) heads.add(words[0]!);
    if (len > maxLen) maxLen = len;
  }
  res.gazetteer = map;
  res.gazetteerMaxLen = Math.min(maxLen, 6);
  res.gazetteerHeads = heads;
}

export function saveResources(dir: string, res: Resources): void {
  if (res.clusters) writeGzText(join(dir, 'clusters.tsv.gz'), [...res.clusters].map(([w, c]) => `${w}\t${c}`).join('\n') + '\n');
  if (res.casing) writeGzText(join(dir, 'casing.tsv.gz'), [...res.casing].map(([w, c]) => `${w}\t${c}`).join('\n') + '\n');
  if (res.gazetteer) {
    const lines: string[] = [];
    for (const [phrase, labels] of res.gazetteer) for (const l of labels) lines.push(`${l}\t${phrase}`);
    writeGzText(join(dir, 'gazetteer.tsv.gz'), lines.join('\n') + '\n');
  }
}

/**
 * Write weights, quantised as round(w * scale); features whose weights all round to zero are
 * left out. Returns the number of features written.
 */
export function saveWeights(dir: string, model: LinearModel, scale: number): number {
  const nc = model.nc;
  const lines: string[] = [JSON.stringify({ format: 1, classes: model.classes, scale })];
  let written = 0;
  for (const [feat, row] of model.index) {
    const parts: string[] = [];
    for (let c = 0; c < nc; c++) {
      const q = Math.round(model.weights[row * nc + c]! * scale);
      if (q !== 0) parts.push(`${c}:${q}`);
    }
    if (parts.length === 0) continue;
    if (feat.includes('\t') || feat.includes('\n')) continue;
    lines.push(`${feat}\t${parts.join(' ')}`);
    written++;
  }
  writeGzText(join(dir, 'weights.tsv.gz'), lines.join('\n') + '\n');
  return written;
}

export function loadModel(dir: string): LinearModel {
  const text = readGzText(join(dir, 'weights.tsv.gz'));
  let nl = text.indexOf('\n');
  const header = JSON.parse(text.slice(0, nl)) as { format: number; classes: string[]; scale: number };
  if (header.format !== 1) throw new Error(`ner: unknown model format ${String(header.format)}`);
  const nc = header.classes.length;
  // Count lines to size the weight array.
  let lines = 0;
  for (let i = nl + 1; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  const weights = new Float32Array(lines * nc);
  const index = new Map<string, number>();
  const inv = 1 / header.scale;
  let pos = nl + 1;
  let row = 0;
  while (pos < text.length) {
    nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const tab = text.indexOf('\t', pos);
    if (tab > pos && tab < nl) {
      index.set(text.slice(pos, tab), row);
      const base = row * nc;
      for (const pair of text.slice(tab + 1, nl).split(' ')) {
        const colon = pair.indexOf(':');
        weights[base + Number(pair.slice(0, colon))] = Number(pair.slice(colon + 1)) * inv;
      }
      row++;
    }
    pos = nl + 1;
  }
  return new LinearModel(header.classes, index, weights, loadResources(dir));
}
