/** Entry point of the `agreement-lint` command, and of its worker threads (see cli/parallel.ts). */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runCli, type CliIo } from '../cli/cli.js';
import { cliWorkerSetup, sendStderrToMain } from '../cli/parallel.js';
import { packageRoot, packageVersion } from './package-root.js';

const io: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  docsBaseUri: pathToFileURL(path.join(packageRoot(), 'docs', 'rules')).href + '/',
  version: packageVersion(),
  // This file (or the bundle it is part of) also runs the worker threads.
  workerScript: fileURLToPath(import.meta.url),
};

const worker = cliWorkerSetup();
if (worker) {
  // A worker of a parallel run: the same options as the main thread; it prints nothing itself.
  void runCli(worker.argv, { ...io, cwd: worker.cwd, stdout: () => {}, stderr: sendStderrToMain, workerScript: undefined });
} else {
  // Let stdout drain before exiting (large JSON or SARIF output into a pipe): set the code, do not exit.
  void runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
