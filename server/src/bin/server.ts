/**
 * Entry point of the language server for any LSP editor: `agreement-lint-server --stdio`
 * (or `--node-ipc` when VS Code starts it). The transport is chosen from the arguments.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node.js';
import { startServer } from '../lsp/server.js';
import { packageVersion, packageRoot } from './package-root.js';
import { garbageCollector } from './collector.js';
import { registerTestHooks, serverRules, warmUpEnded } from './test-hooks.js';
import { twoThreadColdParser } from '../node/cold-parse.js';

const argv = process.argv.slice(2);
if (argv.includes('--version')) {
  process.stdout.write(`${packageVersion()}\n`);
  process.exit(0);
}
if (!argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.stderr.write('agreement-lint-server: choose a transport: --stdio (for most editors) or --node-ipc.\n');
  process.exit(2);
}

// Each keystroke in a long draft leaves a few megabytes of garbage (the new text of the whole draft
// among it). By default V8 lets the heap grow up to about four times what is live before a full
// collection, so a server for a 1 MB draft climbed past 300 MB while typing; grown by at most twice
// what is live it stays near 200 MB at about the same speed (docs/performance.md, figure e). The
// flag is read by V8 each time it sizes the heap, so setting it here, before any draft is read,
// takes effect; it works the same whichever editor starts the server.
v8.setFlagsFromString('--heap-growing-percent=100');
// A full collection the server runs once the user pauses (see collectGarbage in lsp/server.ts).
const gc = garbageCollector();

const connection = createConnection(ProposedFeatures.all);
startServer(connection, {
  docsBaseUri: pathToFileURL(path.join(packageRoot(), 'docs', 'rules')).href + '/',
  version: packageVersion(),
  rules: serverRules(),
  ...(gc ? { collectGarbage: gc } : {}),
  // The idle warm-up of the keystroke path (lsp/warm-up.ts); AGREEMENT_LINT_WARM_UP=0 turns it off,
  // as the benchmark does to measure what it buys.
  warmUp: process.env.AGREEMENT_LINT_WARM_UP !== '0',
  onWarmUpEnd: warmUpEnded,
  // The first open of a long draft can parse its sections on two threads (node/cold-parse.ts; the
  // worker is its own small bundle, next to this one). Off unless AGREEMENT_LINT_TWO_THREADS=1: on a
  // quiet two-core machine it made the first open slower, not faster (docs/performance.md).
  ...(process.env.AGREEMENT_LINT_TWO_THREADS !== '1' ? {} : { coldParse: twoThreadColdParser(path.join(path.dirname(fileURLToPath(import.meta.url)), 'cold-parse-worker.cjs')).coldParse }),
});
registerTestHooks(connection);

