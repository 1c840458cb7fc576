/** Entry point of the `agreement-lint` command, and of its worker threads (see cli/parallel.ts). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runCli, type CliIo } from '../cli/cli.js';
import { cliWorkerSetup, sendStderrToMain } from '../cli/parallel.js';
import { packageRoot, packageVersion } from './package-root.js';
import { compilePatternsAtOnce } from '../node/regexp-tier.js';

// The readings' patterns compiled to machine code on first use, not interpreted first (node/regexp-tier.ts).
compilePatternsAtOnce();

const io: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  docsBaseUri: pathToFileURL(path.join(packageRoot(), 'docs', 'rules')).href + '/',
  version: packageVersion(),
  // This file (or the bundle it is part of) also runs the worker threads.
  workerScript: fileURLToPath(import.meta.url),
};

// V8 collects garbage partly on helper threads. When the CLI reviews drafts on every core, those
// threads compete with the review threads for the same cores: over 500 drafts on two cores the run
// took about 11 s with them and about 9 s without, and one thread is as fast either way
// (docs/performance.md, figure g). The flag can only be given when node starts (set later, V8
// aborts), so the command starts node again with it, once, and passes on its exit code.
const GC_FLAG = '--single-threaded-gc';

const worker = cliWorkerSetup();
if (!worker && !process.execArgv.includes(GC_FLAG) && process.argv[1]) {
  // Not the inspector flags: the child would try to listen on the port this process holds.
  const child = spawnSync(process.execPath, [...process.execArgv.filter((a) => !a.startsWith('--inspect')), GC_FLAG, process.argv[1], ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (child.error) runHere(); // Could not start node again: review in this process as it is.
  else if (child.signal) process.kill(process.pid, child.signal);
  else process.exitCode = child.status ?? 2;
} else runHere();

function runHere(): void {
  if (worker) {
    // A worker of a parallel run: the same options as the main thread; it prints nothing itself.
    void runCli(worker.argv, { ...io, cwd: worker.cwd, stdout: () => {}, stderr: sendStderrToMain, workerScript: undefined });
  } else {
    // Let stdout drain before exiting (large JSON or SARIF output into a pipe): set the code, do not exit.
    void runCli(process.argv.slice(2), io).then((code) => {
      process.exitCode = code;
    });
  }
}
