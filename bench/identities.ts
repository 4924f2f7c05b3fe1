/**
 * Corpus-wide identities on a real corpus: speed of in-document resolution and of the identity
 * index, the identities with the most documents and their aliases, and a random sample of merges
 * (decisions that joined two different names) for checking by hand.
 *
 *   node dist/bench/identities.js [--corpus FILE.jsonl.gz] [--extract ner|caps] [--limit N]
 *                                 [--sample 30] [--seed 7] [--top 25] [--md OUT.md]
 *
 * The corpus defaults to ../shared/corpora/ukraine-media-csli.jsonl.gz (relative to the repository
 * root), read as a gzip stream line by line. Mentions come from the NER stage (`ner`, the default)
 * or from a capitalised-word-sequence heuristic (`caps`, no model needed).
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { docFromText } from '../src/doc/doc.js';
import type { Doc, EntityMention, EntityType, LocalEntity } from '../src/doc/types.js';
import { resolveEntities } from '../src/analyze/entities/resolve.js';
import { IdentityIndex, type EvidenceRow } from '../src/link/identities/index.js';
import { splitText } from '../src/analyze/sentences/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function arg(name: string, dflt: string | null = null): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1]! : dflt;
}

const corpus = arg('corpus', `${root}../shared/corpora/ukraine-media-csli.jsonl.gz`)!;
const extract = arg('extract', 'ner')!;
const limit = Number(arg('limit', '0'));
const sampleSize = Number(arg('sample', '30'));
const seed = Number(arg('seed', '7'));
const top = Number(arg('top', '25'));
const md = arg('md');

// --- capitalised-sequence heuristic --------------------------------------------------------
const STOP = new Set(
  ('The A An In On At But And Or As By For With From To Of If When While After Before This That These Those It Its He She ' +
    'They We I You His Her Their Our My Your There Here What Who Why How Where Which Some Many Most Much More All Any Each ' +
    'Other Such No Not Yes Also Still Yet So Then Now Earlier Later Last Next First Second Third New Meanwhile However ' +
    'According Under Over Since Until Despite Although Though Because Both Several One Two Three Four Five Six Seven ' +
    'Eight Nine Ten Mr Mrs Ms Dr Read Watch Click Photo Video Image Source Share Advertisement Related').split(' '),
);
const ORG_WORDS = /\b(?:Ministry|Council|Party|Union|Bank|Agency|Department|Organi[sz]ation|Forces|Army|Committee|Commission|Parliament|News|Times|Post|Company|Corporation|Group|Institute|University|Service|Office|Assembly|Court|Fund|Alliance|Association|Network|Television|TV|Radio|Press|Guard|Navy|Command|Inc|Ltd|Corp|Airlines|Gazprom|Kremlin|Pentagon|NATO|House|Duma|Rada|Senate|Congress)\b/;
const PLACES = new Set(
  ('Moscow Kyiv Kiev Washington London Paris Berlin Beijing Brussels Geneva Vienna Minsk Kharkiv Kharkov Mariupol Donetsk ' +
    'Luhansk Lugansk Odesa Odessa Lviv Crimea Donbas Donbass Europe Asia Africa Sevastopol Kherson Bucha Irpin Mykolaiv ' +
    'Zaporizhzhia Warsaw Tbilisi Ankara Istanbul Tokyo Tehran Damascus Russia Ukraine Belarus Poland Germany France Italy ' +
    'Spain China Japan India Iran Iraq Syria Turkey Georgia Moldova Romania Hungary Lithuania Latvia Estonia Finland ' +
    'Sweden Norway Denmark Britain England America US U.S. USA UK U.K. Canada Mexico Brazil Israel Egypt Kazakhstan ' +
    'Armenia Azerbaijan Serbia Croatia Greece Bulgaria Slovakia Czech Austria Switzerland Netherlands Belgium Australia ' +
    'Transnistria Chernihiv Sumy Dnipro Mykolaiv Kramatorsk Sloviansk Severodonetsk Lysychansk Bakhmut Melitopol Belgorod ' +
    'Kursk Rostov Crimean Black Sea Baltic Venezuela Cuba Nigeria Africa Pakistan Afghanistan Kabul Taiwan Korea').split(' '),
);
const ROLE_START = /^(?:President|Prime|Minister|Foreign|Defen[cs]e|Secretary|Chancellor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Gen\.?|General|Senator|Sen\.|Rep\.|Governor|Mayor|Ambassador|Spokesman|Spokeswoman|Pope|King|Queen|Prince)$/;

function capsMentions(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  const re = /\p{Lu}[\p{L}'’.-]{0,30}(?:[ \t](?:(?:of|de|von|van|der|al|bin|the)[ \t])?\p{Lu}[\p{L}'’.-]{0,30}){0,5}/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let s = m.index;
    let words = m[0].split(/[ \t]/);
    while (words.length > 0 && STOP.has(words[0]!.replace(/[.'’]+$/, ''))) {
      s += words[0]!.length + 1;
      words = words.slice(1);
    }
    if (words.length === 0) continue;
    const str = words.join(' ').replace(/[.,]+$/, '');
    if (str.length < 2) continue;
    let type: EntityType;
    const last = words[words.length - 1]!.replace(/['’]s$/, '');
    if (PLACES.has(str.replace(/['’]s$/, '')) || (words.length === 1 && PLACES.has(last))) type = 'PLACE';
    else if (ORG_WORDS.test(str)) type = 'ORG';
    else if (words.length >= 2 || ROLE_START.test(text.slice(Math.max(0, s - 12), s).trim().split(' ').pop() ?? '')) type = 'PERSON';
    else type = 'OTHER';
    out.push({ start: s, end: s + str.length, type, text: str, source: 'bench/caps' });
  }
  return out;
}

// --- run ---------------------------------------------------------------------------------------
type Recognize = (doc: Doc) => void;

async function nerRecognizer(): Promise<Recognize> {
  const path = '../src/analyze/entities/ner/index.js';
  const mod = (await import(path)) as { recognizeDoc(text: string, tokens: Doc['layers']['tokens']): EntityMention[] };
  return (doc) => {
    const { sentences, tokens } = splitText(doc.text);
    doc.layers.sentences = sentences;
    doc.layers.tokens = tokens;
    doc.layers.mentions = mod.recognizeDoc(doc.text, tokens);
  };
}

function rng(s: number): () => number {
  let x = s >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

async function main(): Promise<void> {
  const recognize: Recognize = extract === 'ner' ? await nerRecognizer() : (doc) => void (doc.layers.mentions = capsMentions(doc.text));
  const index = new IdentityIndex();
  let docs = 0;
  let chars = 0;
  let mentions = 0;
  let locals = 0;
  let tExtract = 0;
  let tResolve = 0;
  let tIndex: number;
  const perDoc: [string, LocalEntity[]][] = [];
  const lines = createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity });
  const t0 = performance.now();
  for await (const line of lines) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as { text?: string; url?: string };
    const text = rec.text ?? '';
    const doc = docFromText(text, { id: `csli:${docs}` });
    let t = performance.now();
    recognize(doc);
    tExtract += performance.now() - t;
    mentions += doc.layers.mentions?.length ?? 0;
    t = performance.now();
    const entities: LocalEntity[] = resolveEntities(doc);
    tResolve += performance.now() - t;
    locals += entities.length;
    perDoc.push([doc.id, entities]);
    docs++;
    chars += text.length;
    if (docs % 2000 === 0) process.stderr.write(`${docs} documents, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    if (limit > 0 && docs >= limit) break;
  }
  // The index runs as a second pass over the entities kept in memory, so its time is its own.
  const ti = performance.now();
  const ci = process.cpuUsage();
  for (const [id, entities] of perDoc) index.add(id, entities);
  tIndex = performance.now() - ti;
  const cpuIndex = process.cpuUsage(ci);
  const tTotal = performance.now() - t0;
  const t = performance.now();
  const rows = index.toRows();
  const back = IdentityIndex.fromRows(JSON.parse(JSON.stringify(rows)) as typeof rows);
  const tRows = performance.now() - t;
  if (back.size !== index.size) throw new Error('fromRows lost identities');

  const evidence = index.evidenceRows();
  const byRule = new Map<string, { decisions: number; kinds: number }>([['exact', { decisions: index.exactCount, kinds: 0 }]]);
  for (const e of evidence) {
    const r = byRule.get(e.rule) ?? { decisions: 0, kinds: 0 };
    r.decisions += e.count;
    r.kinds++;
    byRule.set(e.rule, r);
  }
  const merges = evidence.filter((e) => e.rule !== 'new' && e.rule !== 'exact' && e.matched !== null && e.name !== e.matched);
  const rand = rng(seed);
  const pool = [...merges].sort((a, b) => (a.identity + a.name + a.rule).localeCompare(b.identity + b.name + b.rule));
  const sample: EvidenceRow[] = [];
  while (sample.length < Math.min(sampleSize, pool.length)) {
    const i = Math.floor(rand() * pool.length);
    sample.push(pool.splice(i, 1)[0]!);
  }
  const list = index.list();
  const out: string[] = [];
  const w = (s = '') => out.push(s);
  w(`corpus: ${corpus.replace(root, '').replace(/^\.\.\//, '../')}, mentions by: ${extract}`);
  w(`documents ${docs}, characters ${chars}, mentions ${mentions}, in-document entities ${locals}, identities ${index.size}`);
  w();
  w('| step | seconds | per document (ms) |');
  w('|---|---:|---:|');
  w(`| mention extraction (${extract}${extract === 'ner' ? ', with sentence split' : ''}) | ${(tExtract / 1000).toFixed(1)} | ${(tExtract / docs).toFixed(3)} |`);
  w(`| in-document resolution (resolveEntities) | ${(tResolve / 1000).toFixed(1)} | ${(tResolve / docs).toFixed(3)} |`);
  w(`| identity index (IdentityIndex.add), wall | ${(tIndex / 1000).toFixed(2)} | ${(tIndex / docs).toFixed(3)} |`);
  const cpuMs = (cpuIndex.user + cpuIndex.system) / 1000;
  w(`| identity index, CPU time of the process (user+system, incl. GC threads) | ${(cpuMs / 1000).toFixed(2)} | ${(cpuMs / docs).toFixed(3)} |`);
  w(`| toRows + JSON round trip + fromRows | ${(tRows / 1000).toFixed(2)} | |`);
  w(`| whole run (incl. reading, gunzip, JSON) | ${(tTotal / 1000).toFixed(1)} | |`);
  w();
  w('| rule | decisions | distinct (identity, name, matched) kept as evidence |');
  w('|---|---:|---:|');
  for (const [rule, r] of [...byRule.entries()].sort((a, b) => b[1].decisions - a[1].decisions)) w(`| ${rule} | ${r.decisions} | ${r.kinds} |`);
  w();
  w(`Top ${top} identities by documents:`);
  w();
  w('| id | type | name | documents | mentions | aliases (most used first, up to 8) |');
  w('|---|---|---|---:|---:|---|');
  for (const v of list.slice(0, top)) w(`| ${v.id} | ${v.type} | ${v.name} | ${v.documents} | ${v.mentions} | ${v.aliases.slice(0, 8).join('; ')} |`);
  w();
  const persons = list.filter((v) => v.type === 'PERSON').slice(0, top);
  w(`Top ${top} PERSON identities:`);
  w();
  w('| id | name | documents | aliases (up to 8) |');
  w('|---|---|---:|---|');
  for (const v of persons) w(`| ${v.id} | ${v.name} | ${v.documents} | ${v.aliases.slice(0, 8).join('; ')} |`);
  w();
  w(`Random sample of ${sample.length} merges (seed ${seed}; merges = decisions joining a different name, ${merges.length} distinct):`);
  w();
  w('| # | rule | name | joined | identity name | type | count |');
  w('|---:|---|---|---|---|---|---:|');
  sample.forEach((e, i) => {
    const v = index.get(e.identity)!;
    w(`| ${i + 1} | ${e.rule} | ${e.name} | ${e.matched} | ${v.name} | ${v.type} | ${e.count} |`);
  });
  const text = out.join('\n');
  console.log(text);
  if (md) {
    writeFileSync(md, text + '\n');
    process.stderr.write(`wrote ${md}\n`);
  }
  process.stderr.write(`cpus ${cpus().length}, node ${process.version}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
