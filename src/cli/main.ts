/**
 * The sitrep command line: a thin shell over the library.
 * Progress goes to stderr, results to stdout. Exit status: 0 all good; 1 some inputs failed but the
 * rest was done; 2 usage error.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { SitrepError } from '../errors.js';
import { commands, type Command } from './commands.js';

const GLOBAL_HELP = `sitrep — turn a pile or a stream of news articles into a sourced situation picture

Usage: sitrep <command> [options]

Commands:
${'{commands}'}

Every command takes --db FILE (default ./sitrep.db, or $SITREP_DB) and --help.
Exit status: 0 all good; 1 some inputs failed but the rest was done; 2 usage error.`;

function globalHelp(): string {
  const rows = Object.values(commands).map((c) => `  ${c.name.padEnd(10)} ${c.summary}`);
  return GLOBAL_HELP.replace('{commands}', rows.join('\n'));
}

export function commandHelp(c: Command): string {
  const opts = Object.entries(c.options).map(([name, o]) => {
    const flag = `--${name}${o.type === 'string' ? ` ${o.arg ?? 'VALUE'}` : ''}`;
    return `  ${flag.padEnd(24)} ${o.help}`;
  });
  return `Usage: sitrep ${c.name} ${c.usage}\n\n${c.description}\n\nOptions:\n${opts.join('\n')}\n  ${'--db FILE'.padEnd(24)} database file (default ./sitrep.db or $SITREP_DB)\n  ${'--help'.padEnd(24)} show this help`;
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const target = name === 'help' ? rest[0] : undefined;
    if (target && commands[target]) process.stdout.write(commandHelp(commands[target]!) + '\n');
    else process.stdout.write(globalHelp() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write('sitrep 0.1.0\n');
    return 0;
  }
  const cmd = commands[name];
  if (!cmd) {
    process.stderr.write(`sitrep: unknown command "${name}"\n\n${globalHelp()}\n`);
    return 2;
  }
  const options: ParseArgsConfig['options'] = { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } };
  for (const [k, o] of Object.entries(cmd.options)) options[k] = { type: o.type, ...(o.short ? { short: o.short } : {}) };
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (err) {
    process.stderr.write(`sitrep ${name}: ${(err as Error).message}\n\n${commandHelp(cmd)}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(commandHelp(cmd) + '\n');
    return 0;
  }
  const db = (parsed.values.db as string | undefined) ?? env.SITREP_DB ?? './sitrep.db';
  try {
    return await cmd.run({ db, values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals, env });
  } catch (err) {
    if (err instanceof SitrepError) {
      process.stderr.write(`sitrep ${name}: ${err.message}\n`);
      return err.exitCode;
    }
    throw err;
  }
}
