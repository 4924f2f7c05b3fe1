/**
 * The hand check: articles the rules were not written on, annotated by hand, run through the whole
 * ingest (readers, cleaning, default pipeline, identities) and compared with the annotations.
 *
 *   node dist/bench/handcheck.js [--corpus FILE.jsonl.gz] [--data DIR] [--md FILE] [--keep DB]
 *
 * Annotations are in bench/data/handcheck (see the comment at the top of each file):
 * - articles.tsv  which articles (by URL) of the CSLI corpus, and how they were drawn;
 * - quotes.tsv    every statement: kind, acceptable speaker names, a few words of its content;
 * - credits.tsv   names in credit lines, which must never speak nor be a PERSON;
 * - variants.tsv  spellings that must resolve to one identity;
 * - figures.tsv   figures with value, qualifier and unit ("*": not checked) and claimant;
 * - times.tsv     time expressions with their TIMEX3 value.
 *
 * The articles are read from ../shared at run time (never copied into the repository), written to a
 * temporary JSONL file and ingested into a temporary database with the default pipeline.
 */
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import type { Figure, LocalEntity, Quote, TimeExpression } from '../src/doc/types.js';
import { ingest } from '../src/ingest/ingest.js';
import { listEntities, listQuotes } from '../src/query/index.js';
import { SqliteStore } from '../src/store/sqlite.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function arg(name: string, dflt: string | null = null): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1]! : dflt;
}

const corpus = arg('corpus', join(root, '..', 'shared', 'corpora', 'ukraine-media-csli.jsonl.gz'))!;
const dataDir = arg('data', join(root, 'bench', 'data', 'handcheck'))!;
const mdOut = arg('md');
const keep = arg('keep');

function tsv(name: string): string[][] {
  return readFileSync(join(dataDir, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

/** Lower case, accents off, curly quotes straight: for names and anchors. */
function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Whether `name` contains one of the alternatives as whole words (folded). */
function nameMatches(name: string | null | undefined, alternatives: string[]): boolean {
  if (!name) return false;
  const hay = ` ${fold(name).replace(/[^\p{L}\p{N}.'-]+/gu, ' ')} `;
  return alternatives.some((a) => hay.includes(` ${fold(a).replace(/[^\p{L}\p{N}.'-]+/gu, ' ')} `));
}

/** Position of an anchor in the text, with folding that keeps offsets (one character for one). */
function locate(text: string, anchor: string, from = 0): number {
  const oneForOne = (s: string) => s.replace(/[‘’ʼ`´]/g, "'").replace(/[“”«»„]/g, '"').replace(/\s/g, ' ').toLowerCase();
  return oneForOne(text).indexOf(oneForOne(anchor), from);
}

const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 && b0 < a1;

// --- annotations ----------------------------------------------------------------------------------
const articles = tsv('articles.tsv').map(([key, outlet, url]) => ({ key: key!, outlet: outlet!, url: url! }));
const quoteGold = tsv('quotes.tsv').map(([key, kind, speaker, anchor]) => ({
  key: key!,
  kind: kind!,
  speakers: speaker === '-' ? [] : speaker!.split('|'),
  anchor: anchor!,
}));
const credits = tsv('credits.tsv').map(([key, name]) => ({ key: key!, name: name! }));
const variants = tsv('variants.tsv').map(([forms]) => forms!.split('|'));
const figureGold = tsv('figures.tsv').map(([key, anchor, value, qualifier, unit, claimant]) => ({
  key: key!,
  anchor: anchor!,
  value: value!,
  /** "-": none; "*": not checked. */
  qualifier: qualifier === '-' ? null : qualifier!,
  units: unit === '-' ? [] : unit!.split('|'),
  claimants: claimant!.split('|'),
}));
const timeGold = tsv('times.tsv').map(([key, anchor, value]) => ({ key: key!, anchor: anchor!, value: value! }));

// --- the articles, from the corpus ----------------------------------------------------------------
const wanted = new Map(articles.map((a) => [a.url, a]));
const work = mkdtempSync(join(tmpdir(), 'sitrep-handcheck-'));
const jsonl = join(work, 'articles.jsonl');
const found: string[] = [];
{
  const rl = createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { url?: string };
    if (r.url && wanted.has(r.url) && !found.some((l) => (JSON.parse(l) as { url: string }).url === r.url)) found.push(line);
  }
}
if (found.length !== articles.length) {
  const got = new Set(found.map((l) => (JSON.parse(l) as { url: string }).url));
  console.error(`missing from ${corpus}: ${articles.filter((a) => !got.has(a.url)).map((a) => a.url).join(', ')}`);
  process.exit(1);
}
writeFileSync(jsonl, found.join('\n') + '\n');

const dbPath = keep ?? join(work, 'handcheck.db');
const store = new SqliteStore(dbPath);
const t0 = Date.now();
const summary = await ingest(store, [jsonl], { pipeline: 'default', workers: 0 });
const ingestMs = Date.now() - t0;

interface DocView {
  id: string;
  text: string;
  outlet: string | null;
  quotes: Quote[];
  entities: LocalEntity[];
  figures: Figure[];
  times: TimeExpression[];
}
const docs = new Map<string, DocView>();
for (const a of articles) {
  const row = store.db.prepare('SELECT id, text, outlet FROM documents WHERE url = ?').get(a.url) as
    | { id: string; text: string; outlet: string | null }
    | undefined;
  if (!row) throw new Error(`not ingested: ${a.url} (${JSON.stringify(summary)})`);
  const layers = store.layersOf(row.id);
  docs.set(a.key, {
    id: row.id,
    text: row.text,
    outlet: row.outlet,
    quotes: (layers.quotes ?? []) as Quote[],
    entities: (layers.entities ?? []) as LocalEntity[],
    figures: (layers.figures ?? []) as Figure[],
    times: (layers.times ?? []) as TimeExpression[],
  });
}
const statements = listQuotes(store);
const canonicalSpeaker = new Map(statements.map((s) => [`${s.document}:${s.start}:${s.end}`, s.speaker?.name ?? null]));

const problems: string[] = [];
function anchorSpan(key: string, anchor: string): [number, number] | null {
  const d = docs.get(key)!;
  const at = locate(d.text, anchor);
  if (at < 0) {
    problems.push(`${key}: anchor not found in the clean text: "${anchor}"`);
    return null;
  }
  return [at, at + anchor.length];
}

// --- quotes ---------------------------------------------------------------------------------------
interface QuoteResult {
  key: string;
  kind: string;
  anchor: string;
  speakers: string[];
  found: boolean;
  kindRight: boolean;
  speakerRight: boolean;
  got: string;
}
const quoteResults: QuoteResult[] = [];
const explained = new Map<string, Set<Quote>>();
for (const g of quoteGold) {
  const d = docs.get(g.key)!;
  const span = anchorSpan(g.key, g.anchor);
  if (!span) continue;
  const hits = d.quotes.filter((q) => overlaps(q.start, q.end, span[0], span[1]));
  if (!explained.has(g.key)) explained.set(g.key, new Set());
  for (const h of hits) explained.get(g.key)!.add(h);
  if (g.kind === 'optional') continue;
  const names = (q: Quote) => [canonicalSpeaker.get(`${d.id}:${q.start}:${q.end}`) ?? null, q.speaker?.name ?? null];
  const right = hits.find((q) => names(q).some((n) => nameMatches(n, g.speakers)));
  const best = right ?? hits[0];
  quoteResults.push({
    key: g.key,
    kind: g.kind,
    anchor: g.anchor,
    speakers: g.speakers,
    found: hits.length > 0,
    kindRight: !!best && best.kind === g.kind,
    speakerRight: !!right,
    got: best ? `${best.kind}, speaker ${JSON.stringify(names(best)[0] ?? best.speaker?.name ?? null)}` : 'not found',
  });
}
const predicted = [...docs.entries()].flatMap(([key, d]) => d.quotes.map((q) => ({ key, q })));
const spurious = predicted.filter(({ key, q }) => !explained.get(key)?.has(q));

// --- credits, variants ----------------------------------------------------------------------------
const creditResults = credits.map((c) => {
  const d = docs.get(c.key)!;
  const asSpeaker = d.quotes.some((q) => nameMatches(q.speaker?.name, [c.name]));
  const asPerson = d.entities.some((e) => e.type === 'PERSON' && (nameMatches(e.name, [c.name]) || e.aliases.some((a) => nameMatches(a, [c.name]))));
  return { ...c, ok: !asSpeaker && !asPerson, asSpeaker, asPerson };
});
const identities = listEntities(store);
const variantResults = variants.map((forms) => {
  const idsOf = forms.map((f) => new Set(identities.filter((v) => [v.name, ...v.aliases].some((n) => fold(n) === fold(f))).map((v) => v.id)));
  const present = idsOf.map((s, i) => ({ form: forms[i]!, ids: s })).filter((x) => x.ids.size > 0);
  const common = present.length ? [...present[0]!.ids].filter((id) => present.every((p) => p.ids.has(id))) : [];
  const names = common.map((id) => identities.find((v) => v.id === id)!.name);
  return { forms, present: present.map((p) => p.form), merged: present.length >= 2 && common.length === 1, into: names.join(', ') };
});

// --- figures --------------------------------------------------------------------------------------
function valueText(f: Figure): string {
  return f.value !== null ? String(f.value) : f.low !== null || f.high !== null ? `${f.low}-${f.high}` : '?';
}
const figureResults = figureGold.map((g) => {
  const d = docs.get(g.key)!;
  const span = anchorSpan(g.key, g.anchor);
  const hit = span ? d.figures.find((f) => overlaps(f.start, f.end, span[0], span[1])) : undefined;
  if (!hit) return { gold: g, found: false, value: false, qualifier: false, unit: false, claimant: false, got: 'not found' };
  const claimantName = hit.claimant?.name ?? null;
  // "outlet" among the alternatives: no claimant (the ledger shows the outlet) is right too; names beside it are also right.
  const names = g.claimants.filter((c) => c !== 'outlet');
  const claimantOk =
    (g.claimants.includes('outlet') && (!claimantName || (d.outlet !== null && fold(claimantName) === fold(d.outlet)))) ||
    (names.length > 0 && nameMatches(claimantName, names));
  const unitOk = g.units[0] === '*' || (g.units.length === 0 ? !hit.unit : g.units.some((u) => fold(u) === fold(hit.unit ?? '')));
  return {
    gold: g,
    found: true,
    value: valueText(hit) === g.value,
    qualifier: g.qualifier === '*' || (hit.qualifier ?? null) === g.qualifier,
    unit: unitOk,
    claimant: claimantOk,
    got: `${valueText(hit)} ${hit.qualifier ?? '-'} ${hit.unit ?? '-'} (${hit.unitPhrase ?? hit.about ?? ''}) claimant ${claimantName ?? 'outlet'}`,
  };
});

// --- times ----------------------------------------------------------------------------------------
const timeResults = timeGold.map((g) => {
  const d = docs.get(g.key)!;
  const span = anchorSpan(g.key, g.anchor);
  const hit = span ? d.times.find((t) => overlaps(t.start, t.end, span[0], span[1])) : undefined;
  return { ...g, found: !!hit, right: !!hit && hit.value === g.value, got: hit ? `${hit.text} → ${hit.value}` : 'not found' };
});

store.close();
if (!keep) rmSync(work, { recursive: true, force: true });

// --- report ---------------------------------------------------------------------------------------
const pct = (a: number, b: number) => (b ? `${a}/${b} (${((100 * a) / b).toFixed(0)}%)` : '0/0');
const required = quoteResults.length;
const foundN = quoteResults.filter((r) => r.found).length;
const speakerN = quoteResults.filter((r) => r.speakerRight).length;
const kindN = quoteResults.filter((r) => r.found && r.kindRight).length;
const byKind = ['direct', 'partial', 'indirect'].map((k) => {
  const rs = quoteResults.filter((r) => r.kind === k);
  return `| ${k} | ${rs.length} | ${pct(rs.filter((r) => r.found).length, rs.length)} | ${pct(rs.filter((r) => r.speakerRight).length, rs.length)} |`;
});
const lines: string[] = [];
lines.push(`${articles.length} articles from ${new Set(articles.map((a) => a.outlet)).size} outlets, ingested in ${ingestMs} ms with the default pipeline.`);
lines.push('');
lines.push('| statements (annotated) | n | found | found with the right speaker |');
lines.push('|---|---|---|---|');
lines.push(...byKind);
lines.push(`| **all** | ${required} | ${pct(foundN, required)} | ${pct(speakerN, required)} |`);
lines.push('');
lines.push(
  `Speaker right on ${pct(speakerN, foundN)} of the statements found; kind as annotated on ${pct(kindN, foundN)}. ` +
    `Predicted quotes: ${predicted.length}, of which ${spurious.length} cover no annotated statement (optional ones included).`,
);
lines.push('');
lines.push(`| check | result |`);
lines.push('|---|---|');
lines.push(`| credit names never a speaker nor a PERSON | ${pct(creditResults.filter((c) => c.ok).length, creditResults.length)} |`);
lines.push(
  `| spelling groups resolved to one identity (of the groups with two or more spellings present) | ${pct(
    variantResults.filter((v) => v.merged).length,
    variantResults.filter((v) => v.present.length >= 2).length,
  )} |`,
);
lines.push(`| figures found | ${pct(figureResults.filter((f) => f.found).length, figureResults.length)} |`);
for (const k of ['value', 'qualifier', 'unit', 'claimant'] as const)
  lines.push(`| figures with the right ${k} | ${pct(figureResults.filter((f) => f[k]).length, figureResults.length)} |`);
lines.push(`| time expressions found | ${pct(timeResults.filter((t) => t.found).length, timeResults.length)} |`);
lines.push(`| time expressions resolved to the annotated value | ${pct(timeResults.filter((t) => t.right).length, timeResults.length)} |`);
lines.push('');
const misses = quoteResults.filter((r) => !r.speakerRight);
lines.push(`Statements missed or with a wrong speaker (${misses.length}):`);
lines.push('');
for (const r of misses) lines.push(`- ${r.key}: ${r.kind} "${r.anchor}…" (${r.speakers.join(' / ') || 'no speaker'}) → ${r.got}`);
lines.push('');
const kindMisses = quoteResults.filter((r) => r.found && !r.kindRight);
lines.push(`Statements found with another kind than annotated (${kindMisses.length}):`);
lines.push('');
for (const r of kindMisses) lines.push(`- ${r.key}: ${r.kind} "${r.anchor}…" → ${r.got}`);
lines.push('');
lines.push(`Predicted quotes covering no annotated statement (${spurious.length}):`);
lines.push('');
for (const { key, q } of spurious)
  lines.push(`- ${key}: ${q.kind} "${q.text.slice(0, 70).replace(/\s+/g, ' ')}${q.text.length > 70 ? '…' : ''}" speaker ${JSON.stringify(q.speaker?.name ?? null)} (${q.source})`);
lines.push('');
const vbad = variantResults.filter((v) => v.present.length >= 2 && !v.merged);
lines.push(`Spelling groups: ${variantResults.map((v) => `${v.forms.join('/')} → ${v.merged ? v.into : v.present.length < 2 ? `(only ${v.present.join(', ') || 'none'} present)` : 'NOT merged'}`).join('; ')}.`);
if (vbad.length) lines.push(`Not merged: ${vbad.map((v) => v.forms.join('/')).join('; ')}.`);
const cbad = creditResults.filter((c) => !c.ok);
if (cbad.length) lines.push(`Credits taken as people or speakers: ${cbad.map((c) => `${c.key} ${c.name}${c.asSpeaker ? ' (speaker)' : ''}${c.asPerson ? ' (PERSON)' : ''}`).join('; ')}.`);
lines.push('');
const fbad = figureResults.filter((f) => !(f.found && f.value && f.qualifier && f.unit && f.claimant));
lines.push(`Figures not fully right (${fbad.length}):`);
lines.push('');
for (const f of fbad)
  lines.push(
    `- ${f.gold.key}: "${f.gold.anchor}" expected ${f.gold.value} ${f.gold.qualifier ?? '-'} ${f.gold.units.join('/') || '-'} claimant ${f.gold.claimants.join('/')} → ${f.got}`,
  );
lines.push('');
const tbad = timeResults.filter((t) => !t.right);
lines.push(`Time expressions not resolved as annotated (${tbad.length}):`);
lines.push('');
for (const t of tbad) lines.push(`- ${t.key}: "${t.anchor}" expected ${t.value} → ${t.got}`);
if (problems.length) {
  lines.push('');
  lines.push('Annotation problems:');
  for (const p of problems) lines.push(`- ${p}`);
}
const out = lines.join('\n');
console.log(out);
if (mdOut) writeFileSync(mdOut, out + '\n');
if (problems.length) process.exitCode = 1;
