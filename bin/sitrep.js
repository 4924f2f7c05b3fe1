#!/usr/bin/env node
import { main } from '../dist/src/cli/main.js';

// A closed pipe (sitrep export | head) ends the output quietly.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`sitrep: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 70;
  },
);
