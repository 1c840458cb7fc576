/** Entry point of the `agreement-lint` command. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../cli/cli.js';
import { packageRoot, packageVersion } from './package-root.js';

const code = runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  docsBaseUri: pathToFileURL(path.join(packageRoot(), 'docs', 'rules')).href + '/',
  version: packageVersion(),
});
// Let stdout drain before exiting (large JSON or SARIF output into a pipe).
process.exitCode = code;
