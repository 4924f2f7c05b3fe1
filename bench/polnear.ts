/**
 * PolNeAR benchmark for quotes and speakers.
 *
 *   node dist/bench/polnear.js [DIR] [--md FILE] [--limit N] [--show N] [--no-entities] [--dump FILE]
 *
 * --no-entities runs without the entity stages (empty mentions and entities layers), to measure the
 * quote stage's own speaker detection. --show N prints N missed and spurious contents. --dump FILE writes
 * one JSON line per gold attribution and per unmatched prediction (texts of content, cue and source, with
 * the matched prediction's), for error analysis on the training and development splits. --no-filter turns the
 * learned candidate filter off, --threshold X moves its decision threshold. A last line scores quotes continuing an
 * earlier quote of the same speaker as fragments of it (see scoreJoined).
 * DIR is a PolNeAR compartment with `text/` and `attributions/` (default: the test split under
 * ../shared/benchmarks/polnear/data/test, relative to the repository root). Texts annotated by
 * several annotators are scored against one annotation: the first file in name order.
 *
 * Matching (see docs/benchmarks/polnear.md):
 *  - content overlap: a predicted quote and a gold content match when they share at least one
 *    character (discontinuous gold contents count by their fragments); pairs are matched one to one,
 *    greedily, largest shared length first;
 *  - content exact: the predicted span equals the gold content's extent after trimming whitespace,
 *    quotation marks and punctuation at both ends; one to one;
 *  - source (matched): scored on the overlap-matched pairs only; a source is correct when the
 *    predicted speaker mention shares a character with the gold source. Precision over matched
 *    pairs whose prediction has a speaker mention, recall over matched pairs whose gold has a source;
 *  - source (all): the same correct sources, with precision over all predicted quotes with a speaker
 *    mention and recall over all gold attributions with a source (end to end);
 *  - cue (matched) and cue (all): the same with the cue span.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docFromText } from '../src/doc/doc.js';
import type { Doc, Quote } from '../src/doc/types.js';
import { sentencesStage } from '../src/analyze/sentences/index.js';
import { findQuotes } from '../src/analyze/quotes/index.js';
import type { Stage } from '../src/pipeline/stage.js';

/**
 * Entity stages when the tree has them (mentions, then entities); otherwise stages giving empty
 * layers, so quotes fall back on their own speaker detection.
 */
async function optionalStages(): Promise<Stage[]> {
  if (noEntities) return [emptyStage('mentions'), emptyStage('entities')];
  const load = async (rel: string, name: string): Promise<Stage | null> => {
    try {
      const mod = (await import(new URL(rel, import.meta.url).href)) as Record<string, unknown>;
      const st = mod[name] as Stage | undefined;
      return st && typeof st.run === 'function' ? st : null;
    } catch {
      return null;
    }
  };
  const mentions = (await load('../src/analyze/entities/ner/index.js', 'mentionsStage')) ?? emptyStage('mentions');
  const entities = (await load('../src/analyze/entities/resolve.js', 'entitiesStage')) ?? emptyStage('entities');
  return [mentions, entities];
}

function emptyStage(layer: 'mentions' | 'entities'): Stage {
  return { name: `empty-${layer}`, needs: [], adds: [layer], run: (doc) => void (doc.layers[layer] = []) };
}

type Frag = [number, number];
interface Gold {
  content: Frag[];
  source: Frag[] | null;
  cue: Frag[] | null;
}

const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const valued = new Set(['--md', '--limit', '--show', '--dump', '--threshold']);
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && valued.has(args[i - 1]!)));
const dir = positional[0] ?? join(root, '..', 'shared', 'benchmarks', 'polnear', 'data', 'test');
const mdOut = flag('--md');
const limit = Number(flag('--limit') ?? Infinity);
const show = Number(flag('--show') ?? 0);
const noEntities = args.includes('--no-entities');
const dumpOut = flag('--dump');
const filterOpts = { filter: !args.includes('--no-filter'), ...(flag('--threshold') !== undefined ? { threshold: Number(flag('--threshold')) } : {}) };
const dumped: string[] = [];

/** Parse a brat .ann file into attributions (Attribution relations with their spans). */
export function parseAnn(ann: string): Gold[] {
  const spans = new Map<string, { type: string; frags: Frag[] }>();
  const rels: string[][] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (cols[0]?.startsWith('T') && cols[1]) {
      const [type, ...rest] = cols[1].split(' ');
      const frags = rest
        .join(' ')
        .split(';')
        .map((p) => p.trim().split(' ').map(Number) as Frag)
        .filter((f) => f.length === 2 && Number.isFinite(f[0]) && Number.isFinite(f[1]));
      spans.set(cols[0], { type: type!, frags });
    } else if (cols[0]?.startsWith('E') && cols[1]) {
      rels.push(cols[1].split(' '));
    }
  }
  const out: Gold[] = [];
  for (const rel of rels) {
    const g: Gold = { content: [], source: null, cue: null };
    for (const arg of rel) {
      const [role, id] = arg.split(':');
      const sp = id ? spans.get(id) : undefined;
      if (!role || !sp) continue;
      if (role.startsWith('Content')) g.content.push(...sp.frags);
      else if (role === 'Source') g.source = [...(g.source ?? []), ...sp.frags];
      else if (role === 'Cue') g.cue = [...(g.cue ?? []), ...sp.frags];
    }
    if (g.content.length > 0) out.push(g);
  }
  return out;
}

function overlap(a: Frag, frags: Frag[]): number {
  let n = 0;
  for (const f of frags) n += Math.max(0, Math.min(a[1], f[1]) - Math.max(a[0], f[0]));
  return n;
}

const TRIM = /[\s"“”„«»'‘’.,;:!?—–\-()]/;
function norm(text: string, s: number, e: number): string {
  while (s < e && TRIM.test(text[s]!)) s++;
  while (e > s && TRIM.test(text[e - 1]!)) e--;
  return `${s}:${e}`;
}

interface Counts {
  gold: number;
  pred: number;
  overlapTP: number;
  exactTP: number;
  goldSrc: number;
  predSrc: number;
  srcTP: number;
  goldCue: number;
  predCue: number;
  cueTP: number;
  /** Matched pairs where the gold has a source / the prediction has a speaker mention / both. */
  mGoldSrc: number;
  mPredSrc: number;
  mGoldCue: number;
  mPredCue: number;
}

function score(text: string, gold: Gold[], pred: Quote[], c: Counts, misses: string[], name = ''): void {
  c.gold += gold.length;
  c.pred += pred.length;
  c.goldSrc += gold.filter((g) => g.source).length;
  c.goldCue += gold.filter((g) => g.cue).length;
  c.predSrc += pred.filter((p) => p.speaker?.mention).length;
  c.predCue += pred.filter((p) => p.cue).length;
  // Overlap matching, one to one, largest shared length first.
  const pairs: [number, number, number][] = [];
  pred.forEach((p, i) =>
    gold.forEach((g, j) => {
      const o = overlap([p.start, p.end], g.content);
      if (o > 0) pairs.push([o, i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    c.overlapTP++;
    const p = pred[i]!;
    const g = gold[j]!;
    if (g.source && p.speaker?.mention && overlap(p.speaker.mention, g.source) > 0) c.srcTP++;
    if (g.cue && p.cue && overlap(p.cue, g.cue) > 0) c.cueTP++;
    if (g.source) c.mGoldSrc++;
    if (p.speaker?.mention) c.mPredSrc++;
    if (g.cue) c.mGoldCue++;
    if (p.cue) c.mPredCue++;
  }
  if (dumpOut) {
    const fr = (f: Frag[] | null) => (f ? f.map(([a, b]) => text.slice(a, b)).join(' … ') : null);
    const sp = (s: [number, number] | null | undefined) => (s ? text.slice(s[0], s[1]) : null);
    const pairOf = new Map<number, number>();
    {
      const uP = new Set<number>();
      const uG = new Set<number>();
      for (const [, i, j] of pairs) {
        if (uP.has(i) || uG.has(j)) continue;
        uP.add(i);
        uG.add(j);
        pairOf.set(j, i);
      }
    }
    gold.forEach((g, j) => {
      const i = pairOf.get(j);
      const p = i === undefined ? undefined : pred[i];
      const s0 = Math.min(...g.content.map((f) => f[0]));
      const sent0 = Math.max(text.lastIndexOf('\n', s0) + 1, s0 - 300);
      dumped.push(JSON.stringify({
        doc: name, type: 'gold', matched: !!p, content: fr(g.content), cue: fr(g.cue), source: fr(g.source),
        srcOk: !!(p && g.source && p.speaker?.mention && overlap(p.speaker.mention, g.source) > 0),
        pContent: p?.text.slice(0, 300) ?? null, pSource: sp(p?.speaker?.mention), pCue: sp(p?.cue), pRule: p?.source ?? null,
        context: text.slice(sent0, Math.max(...g.content.map((f) => f[1])) + 80),
        cueAt: g.cue?.[0]?.[0] ?? null,
        cueTaken: !p && !!g.cue && pred.some((x) => x.cue && overlap(x.cue, g.cue!) > 0),
      }));
    });
    const matchedP = new Set(pairOf.values());
    pred.forEach((p, i) => {
      if (matchedP.has(i)) return;
      dumped.push(JSON.stringify({ doc: name, type: 'spurious', pContent: p.text.slice(0, 300), pSource: sp(p.speaker?.mention), pCue: sp(p.cue), pRule: p.source }));
    });
  }
  // Exact matching on trimmed extents.
  const goldKeys = new Map<string, number>();
  for (const g of gold) {
    const s = Math.min(...g.content.map((f) => f[0]));
    const e = Math.max(...g.content.map((f) => f[1]));
    const k = norm(text, s, e);
    goldKeys.set(k, (goldKeys.get(k) ?? 0) + 1);
  }
  for (const p of pred) {
    const k = norm(text, p.start, p.end);
    const n = goldKeys.get(k) ?? 0;
    if (n > 0) {
      c.exactTP++;
      goldKeys.set(k, n - 1);
    }
  }
  if (misses.length < show) {
    gold.forEach((g, j) => {
      if (!usedG.has(j)) misses.push(`FN  ${text.slice(g.content[0]![0], g.content[g.content.length - 1]![1]).slice(0, 160)}`);
    });
    pred.forEach((p, i) => {
      if (!usedP.has(i)) misses.push(`FP  [${p.kind}] ${p.text.slice(0, 160)}`);
    });
  }
}

/** Rules of quotes that continue an earlier quote of the same speaker (split quotes, quotes over paragraphs). */
const CONTINUING = new Set(['quotes/split', 'quotes/continued-paragraph', 'quotes/continued-speaker']);

/**
 * Content overlap and end-to-end source with continuations joined: a quote continuing an earlier one (same speaker
 * mention) is scored as one more fragment of it, as PolNeAR annotates "“A,” he said. “B.”" as one attribution with
 * a discontinuous content. Counts into `j`: [matched, predicted, source correct, predicted with a speaker mention].
 */
function scoreJoined(gold: Gold[], pred: Quote[], j: number[]): void {
  const groups: { frags: Frag[]; q: Quote }[] = [];
  const byMention = new Map<string, number>();
  for (const p of pred) {
    const key = p.speaker?.mention ? `${p.speaker.mention[0]}:${p.speaker.mention[1]}` : '';
    const at = key ? byMention.get(key) : undefined;
    if (at !== undefined && CONTINUING.has(p.source)) groups[at]!.frags.push([p.start, p.end]);
    else {
      groups.push({ frags: [[p.start, p.end]], q: p });
      if (key) byMention.set(key, groups.length - 1);
    }
  }
  const pairs: [number, number, number][] = [];
  groups.forEach((g, i) =>
    gold.forEach((gd, k) => {
      let o = 0;
      for (const f of g.frags) o += overlap(f, gd.content);
      if (o > 0) pairs.push([o, i, k]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  j[1]! += groups.length;
  j[3]! += groups.filter((g) => g.q.speaker?.mention).length;
  for (const [, i, k] of pairs) {
    if (usedP.has(i) || usedG.has(k)) continue;
    usedP.add(i);
    usedG.add(k);
    j[0]! += 1;
    const m = groups[i]!.q.speaker?.mention;
    if (gold[k]!.source && m && overlap(m, gold[k]!.source!) > 0) j[2]! += 1;
  }
}

function f1(tp: number, p: number, g: number): { p: number; r: number; f: number } {
  const pr = p ? tp / p : 0;
  const rc = g ? tp / g : 0;
  return { p: pr, r: rc, f: pr + rc ? (2 * pr * rc) / (pr + rc) : 0 };
}

async function main(): Promise<void> {
  const annDir = join(dir, 'attributions');
  const textDir = join(dir, 'text');
  const chosen = new Map<string, string>();
  for (const f of readdirSync(annDir).filter((x) => x.endsWith('.ann')).sort()) {
    const base = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!chosen.has(base)) chosen.set(base, f);
  }
  const stages = [sentencesStage, ...(await optionalStages())];
  const c: Counts = {
    gold: 0, pred: 0, overlapTP: 0, exactTP: 0, goldSrc: 0, predSrc: 0, srcTP: 0, goldCue: 0, predCue: 0, cueTP: 0,
    mGoldSrc: 0, mPredSrc: 0, mGoldCue: 0, mPredCue: 0,
  };
  const misses: string[] = [];
  const joined = [0, 0, 0, 0];
  let n = 0;
  const t0 = Date.now();
  for (const [base, annFile] of chosen) {
    if (n >= limit) break;
    n++;
    const text = readFileSync(join(textDir, base + '.txt'), 'utf8');
    const gold = parseAnn(readFileSync(join(annDir, annFile), 'utf8'));
    const doc: Doc = docFromText(text);
    for (const st of stages) st.run(doc, { referenceDate: null });
    const quotes = findQuotes(doc, filterOpts);
    score(text, gold, quotes, c, misses, base);
    scoreJoined(gold, quotes, joined);
  }
  const ms = Date.now() - t0;
  const rows = [
    ['content overlap', f1(c.overlapTP, c.pred, c.gold)],
    ['content exact', f1(c.exactTP, c.pred, c.gold)],
    ['source (matched)', f1(c.srcTP, c.mPredSrc, c.mGoldSrc)],
    ['cue (matched)', f1(c.cueTP, c.mPredCue, c.mGoldCue)],
    ['source (all)', f1(c.srcTP, c.predSrc, c.goldSrc)],
    ['cue (all)', f1(c.cueTP, c.predCue, c.goldCue)],
  ] as const;
  const fmt = (x: number) => x.toFixed(3);
  const stageNames = stages.map((s) => s.name).join(' + ');
  console.log(`PolNeAR ${dir.split(/[\\/]/).slice(-1)[0]}: ${n} texts, ${c.gold} gold attributions, ${c.pred} predicted; stages ${stageNames}; ${ms} ms`);
  console.log(`counts: content overlap ${c.overlapTP} matched of ${c.pred} predicted / ${c.gold} gold; source ${c.srcTP} right of ${c.mPredSrc} matched predictions with a speaker mention / ${c.mGoldSrc} matched gold with a source (all: ${c.predSrc} / ${c.goldSrc})`);
  console.log('measure             P      R      F1');
  for (const [name, s] of rows) console.log(`${name.padEnd(18)}  ${fmt(s.p)}  ${fmt(s.r)}  ${fmt(s.f)}`);
  const jo = f1(joined[0]!, joined[1]!, c.gold);
  const js = f1(joined[2]!, joined[3]!, c.goldSrc);
  console.log(`continuations joined (${joined[1]} predictions): content overlap P ${fmt(jo.p)} R ${fmt(jo.r)} F1 ${fmt(jo.f)}; source (all) P ${fmt(js.p)} R ${fmt(js.r)} F1 ${fmt(js.f)}`);
  if (show) console.log(misses.slice(0, show).join('\n'));
  if (dumpOut) writeFileSync(dumpOut, dumped.join('\n') + '\n');
  if (mdOut) {
    const md = [
      `| measure | precision | recall | F1 |`,
      `|---|---|---|---|`,
      ...rows.map(([name, s]) => `| ${name} | ${fmt(s.p)} | ${fmt(s.r)} | ${fmt(s.f)} |`),
      `| content overlap, continuations joined | ${fmt(jo.p)} | ${fmt(jo.r)} | ${fmt(jo.f)} |`,
      `| source (all), continuations joined | ${fmt(js.p)} | ${fmt(js.r)} | ${fmt(js.f)} |`,
      '',
      `${n} texts, ${c.gold} gold attributions (${c.goldSrc} with a source, ${c.goldCue} with a cue), ${c.pred} predicted ` +
        `(${c.predSrc} with a speaker mention, ${c.predCue} with a cue). Stages: ${stageNames}. ` +
        `${ms} ms on ${cpus().length} cores.`,
      '',
    ].join('\n');
    writeFileSync(mdOut, md);
  }
}

void main();
