import type { EntityType } from '../doc/types.js';
import { SitrepError } from '../errors.js';
import { ENTITY_TYPES, figuresLedger, ledgerValues, listEntities, listQuotes } from '../query/index.js';
import { dateOption, intOption, withStore, type Command } from './commands.js';

const out = (s: string) => process.stdout.write(s);
const QUOTE_KINDS = ['direct', 'partial', 'indirect'];
/** Groups with more figures than this are shown by value unless --list is given. */
const LIST_UP_TO = 12;

const entitiesCmd: Command = {
  name: 'entities',
  summary: 'people, organisations and places across the corpus, one identity each',
  usage: '[--type T] [--json]',
  description:
    'Lists corpus-wide identities (spelling variants and transliterations merged) with their aliases and how many\n' +
    'mentions and documents name them, most documents first.',
  options: {
    type: { type: 'string', arg: 'T', help: 'PERSON, ORG, PLACE or OTHER' },
    json: { type: 'boolean', help: 'print a JSON array of {id, name, type, aliases, mentions, documents}' },
    limit: { type: 'string', arg: 'N', help: 'at most N identities (text output; default 100)' },
  },
  async run({ db, values }) {
    let type: EntityType | null = null;
    if (typeof values.type === 'string') {
      const t = values.type.toUpperCase() as EntityType;
      if (!ENTITY_TYPES.includes(t)) throw new SitrepError(`--type must be one of ${ENTITY_TYPES.join(', ')}`, 2);
      type = t;
    }
    return withStore(db, async (store) => {
      const list = listEntities(store, { type });
      if (values.json) out(JSON.stringify(list) + '\n');
      else {
        const limit = intOption(values.limit, 'limit', 100);
        for (const e of list.slice(0, limit)) {
          out(`${String(e.documents).padStart(6)} docs ${String(e.mentions).padStart(7)} mentions  ${e.type.padEnd(6)} ${e.name}${e.aliases.length ? `  (also: ${e.aliases.slice(0, 6).join('; ')})` : ''}\n`);
        }
        if (list.length === 0) out('no entities\n');
      }
      return 0;
    });
  },
};

const quotesCmd: Command = {
  name: 'quotes',
  summary: 'who said what, and when: statements with speaker, date, outlet and article',
  usage: '[--speaker NAME] [--from D] [--to D] [--kind K] [--speech] [--json]',
  description:
    'Lists statements (direct, partial and indirect quotes) in ingestion order. --speaker matches the speaker\n' +
    "identity's name or any of its spellings (Zelensky finds Zelenskyy), or the words of an unlinked attribution.",
  options: {
    speaker: { type: 'string', arg: 'NAME', help: 'only statements by this speaker' },
    from: { type: 'string', arg: 'DATE', help: 'only articles published on or after DATE' },
    to: { type: 'string', arg: 'DATE', help: 'only articles published on or before DATE' },
    kind: { type: 'string', arg: 'K', help: 'only these kinds: direct, partial, indirect (comma-separated)' },
    speech: { type: 'boolean', help: 'only words said or written: leave out stances and actions ("backed the plan", "voted")' },
    json: { type: 'boolean', help: 'print a JSON array of {document, date, outlet, speaker: {name, entity}, text, kind, stance}' },
  },
  async run({ db, values }) {
    let kinds: string[] | null = null;
    if (typeof values.kind === 'string') {
      kinds = values.kind.split(',').map((k) => k.trim().toLowerCase()).filter(Boolean);
      const bad = kinds.filter((k) => !QUOTE_KINDS.includes(k));
      if (bad.length || kinds.length === 0) throw new SitrepError(`--kind takes ${QUOTE_KINDS.join(', ')} (comma-separated), not "${values.kind}"`, 2);
    }
    const from = dateOption(values.from, 'from');
    const to = dateOption(values.to, 'to');
    if (from && to && from > to) throw new SitrepError(`--from ${from} is after --to ${to}`, 2);
    return withStore(db, async (store) => {
      const list = listQuotes(store, {
        speaker: typeof values.speaker === 'string' ? values.speaker : null,
        from,
        to,
        kinds,
        speechOnly: values.speech === true,
      });
      if (values.json) out(JSON.stringify(list.map(({ document, date, outlet, speaker, text, kind, stance }) => ({ document, date, outlet, speaker, text, kind, stance }))) + '\n');
      else {
        for (const q of list) {
          out(`${q.date ?? '----------'}  ${(q.outlet ?? '-').padEnd(18)} ${(q.speaker?.name ?? '(unattributed)').padEnd(24)} ${q.kind.padEnd(8)} ${q.text.replace(/\s+/g, ' ')}\n`);
        }
        if (list.length === 0) out('no statements\n');
      }
      return 0;
    });
  },
};

const figuresCmd: Command = {
  name: 'figures',
  summary: 'the figures ledger: comparable figures side by side, disagreements flagged',
  usage: '[--about TEXT] [--json] [--all] [--list]',
  description:
    'Groups figures about the same thing (Russian troops near the border; people killed in the east) from all\n' +
    'articles, with value, claimant, outlet and date, and flags groups whose figures disagree beyond rounding.\n' +
    'A growing tally (killed since the invasion), one incident and a casualty count of no stated scope are\n' +
    'compared only among figures stated within three days of each other. A group whose figures are on no common\n' +
    'scale (many different things counted under one word: "people", "countries") is marked mixed, listed after\n' +
    'the others and not compared.\n' +
    'Copies of an article are counted once. A group of more than 12 figures is shown by value (how often each\n' +
    'value was stated, by how many outlets, first and last date, by whom); --list shows every figure.',
  options: {
    about: { type: 'string', arg: 'TEXT', help: 'only groups about TEXT (e.g. "troops", "killed")' },
    json: { type: 'boolean', help: 'print a JSON array of {about, unit, scope, disagree, mixed, figures: [...]}' },
    all: { type: 'boolean', help: 'text output: also groups with a single figure' },
    list: { type: 'boolean', help: 'text output: every figure of every group, not only the values of large groups' },
  },
  async run({ db, values }) {
    return withStore(db, async (store) => {
      const groups = figuresLedger(store, { about: typeof values.about === 'string' ? values.about : null });
      if (values.json) out(JSON.stringify(groups) + '\n');
      else {
        const shown = values.all ? groups : groups.filter((g) => g.figures.length > 1);
        for (const g of shown) {
          const outlets = new Set(g.figures.map((f) => f.outlet).filter(Boolean)).size;
          const far = g.outliers ? `; ${g.outliers} more than 4x off the median, not compared` : '';
          out(`\n${g.disagree ? 'DISAGREE' : g.mixed ? 'mixed   ' : 'agree   '}  ${g.about}${g.unit ? ` [${g.unit}]` : ''}  (${g.figures.length} figures, ${outlets} outlets${far})\n`);
          if (values.list || g.figures.length <= LIST_UP_TO) {
            for (const f of g.figures) {
              out(`    ${f.text.padEnd(36).slice(0, 36)} ${(f.claimant?.name ?? '-').padEnd(22).slice(0, 22)} ${(f.outlet ?? '-').padEnd(18).slice(0, 18)} ${f.date ?? '----------'}\n`);
            }
            continue;
          }
          // A large group: each stated value once, with how often, by how many outlets, and when.
          for (const v of ledgerValues(g)) {
            const when = v.first ? (v.first === v.last ? v.first : `${v.first}..${v.last}`) : '';
            const who = v.claimants.slice(0, 3).join('; ') + (v.claimants.length > 3 ? `; +${v.claimants.length - 3}` : '');
            out(`    ${v.value.padStart(21)}  ${String(v.figures).padStart(4)}x  ${String(v.outlets.length).padStart(2)} outlets  ${when.padEnd(22)} ${who}\n`);
          }
        }
        if (shown.length === 0) out('no comparable figures\n');
      }
      return 0;
    });
  },
};

export const corpusCommands: Record<string, Command> = { entities: entitiesCmd, quotes: quotesCmd, figures: figuresCmd };
