/**
 * Entry point of the language server for any LSP editor: `agreement-lint-server --stdio`
 * (or `--node-ipc` when VS Code starts it). The transport is chosen from the arguments.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node.js';
import { startServer } from '../lsp/server.js';
import { packageVersion, packageRoot } from './package-root.js';
import { registerTestHooks, serverRules } from './test-hooks.js';

const argv = process.argv.slice(2);
if (argv.includes('--version')) {
  process.stdout.write(`${packageVersion()}\n`);
  process.exit(0);
}
if (!argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.stderr.write('agreement-lint-server: choose a transport: --stdio (for most editors) or --node-ipc.\n');
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);
startServer(connection, {
  docsBaseUri: pathToFileURL(path.join(packageRoot(), 'docs', 'rules')).href + '/',
  version: packageVersion(),
  rules: serverRules(),
});
registerTestHooks(connection);

