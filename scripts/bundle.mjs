// Bundles the client, the server and the CLI with esbuild into dist/ (CommonJS, Node 20).
// The client keeps `vscode` external; nothing else is external, so the .vsix needs no node_modules.
import { build } from 'esbuild';

const production = process.env.NODE_ENV !== 'development';
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'inline',
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
  // ESM sources read import.meta.url; in a CommonJS bundle it comes from __filename.
  define: { 'import.meta.url': '__agreementLintImportMetaUrl' },
  banner: { js: "const __agreementLintImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/bin/server.ts'], outfile: 'dist/server.cjs' }),
  // The server's cold-parse worker thread (server/src/node/cold-parse.ts), loaded next to it.
  build({ ...common, entryPoints: ['server/src/bin/cold-parse-worker.ts'], outfile: 'dist/cold-parse-worker.cjs' }),
  build({ ...common, entryPoints: ['server/src/bin/cli.ts'], outfile: 'dist/cli.cjs' }),
]);
