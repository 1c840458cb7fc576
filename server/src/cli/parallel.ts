/**
 * Reviews many drafts on several cores. The main thread reviews files itself and hands files to
 * `jobs - 1` worker threads as they ask for them; results are kept by file index, so the output
 * is in the same order, and the same, whatever the number of workers.
 *
 * A worker runs the same CLI entry with the same arguments (see `cliWorkerSetup`), so it reads the
 * options exactly as the main thread did; its run stops in `mapFiles`, which then serves files
 * from the main thread instead of walking the list, and it never prints anything.
 */
import fs from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { CliError } from './files.js';

const WORKER_KIND = 'agreement-lint-cli-worker';

/** What a worker is started with. */
export interface CliWorkerSetup {
  kind: typeof WORKER_KIND;
  argv: string[];
  cwd: string;
  files: string[];
}

/** How to start workers: the entry script that runs the CLI, and the arguments of this run. */
export interface WorkerSpawn {
  script: string;
  argv: readonly string[];
  cwd: string;
  /** Where the workers' messages for the user go (see `sendStderrToMain`). */
  stderr(s: string): void;
}

/** The setup when this thread is a CLI worker, else undefined. */
export function cliWorkerSetup(): CliWorkerSetup | undefined {
  if (isMainThread) return undefined;
  const data = workerData as Partial<CliWorkerSetup> | undefined;
  return data?.kind === WORKER_KIND ? (data as CliWorkerSetup) : undefined;
}

type Outcome<R> = { ok: true; value: R } | { ok: false; message: string; cli: boolean };
type FromWorker<R> = { ready: true } | { stderr: string } | { index: number; outcome: Outcome<R> };

/**
 * Drafts (in bytes) that one more thread must have to review before it saves time. Each thread is
 * a V8 isolate of its own that compiles the analysis again: over drafts of 20 KB on two cores, a
 * second thread made 100 drafts (2 MB) about 10 % slower, broke even at about 150 and saved 5 %
 * at 200 and 20 % at 500 (docs/performance.md, figure g).
 */
export const BYTES_PER_EXTRA_THREAD = 4 * 1024 * 1024;

/** The default number of threads: one, and one more for every `BYTES_PER_EXTRA_THREAD` of input, up to `cpus`. */
export function threadsFor(cpus: number, totalBytes: number): number {
  return Math.max(1, Math.min(cpus, 1 + Math.floor(totalBytes / BYTES_PER_EXTRA_THREAD)));
}

/** `threadsFor` the files' total size (a file that cannot be read counts nothing; reading it reports it). */
export function defaultJobs(cpus: number, files: readonly string[]): number {
  const enough = (cpus - 1) * BYTES_PER_EXTRA_THREAD;
  let bytes = 0;
  for (const f of files) {
    if (bytes >= enough) break;
    try {
      bytes += fs.statSync(f).size;
    } catch {
      // Counted as nothing here; the review of the file reports the problem.
    }
  }
  return threadsFor(cpus, bytes);
}

/** In a worker: passes a message for the user to the main thread, which prints it. */
export function sendStderrToMain(s: string): void {
  parentPort?.postMessage({ stderr: s } satisfies FromWorker<never>);
}

function attempt<R>(work: () => R): Outcome<R> {
  try {
    return { ok: true, value: work() };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e), cli: e instanceof CliError };
  }
}

/**
 * `work` applied to every file, in file order. With `jobs` above 1 and a `spawn`, up to `jobs - 1`
 * workers share the files with this thread. An error thrown for a file is thrown again here (the
 * first one in file order) once every file is done; `work` must not depend on the order in which
 * files are processed. `R` must survive a structured clone.
 */
export async function mapFiles<R>(files: readonly string[], jobs: number, work: (file: string) => R, spawn?: WorkerSpawn): Promise<R[]> {
  const setup = cliWorkerSetup();
  if (setup) return serve(setup, work);
  const workers = spawn ? Math.min(jobs - 1, files.length - 1) : 0;
  if (workers < 1) return files.map((f) => work(f));

  const outcomes: (Outcome<R> | undefined)[] = new Array(files.length);
  const queue = files.map((_, i) => i);
  let done = 0;
  let settle: () => void = () => {};
  const allDone = new Promise<void>((resolve) => (settle = resolve));
  const record = (index: number, outcome: Outcome<R>) => {
    if (outcomes[index]) return;
    outcomes[index] = outcome;
    if (++done === files.length) settle();
  };
  const pool: Worker[] = [];
  // TEST-ONLY (see bin/test-hooks.ts): the main thread leaves every file to the workers and says
  // how many they reviewed, so that a test can tell that the workers really did the work.
  const testHooks = process.env['AGREEMENT_LINT_TEST_HOOKS'] === '1';
  let onWorkers = 0;

  for (let k = 0; k < workers; k++) {
    const setupData: CliWorkerSetup = { kind: WORKER_KIND, argv: [...spawn!.argv], cwd: spawn!.cwd, files: [...files] };
    let worker: Worker;
    try {
      worker = new Worker(spawn!.script, { workerData: setupData, stdout: true, stderr: true });
    } catch {
      break; // No worker threads here: this thread does all the work.
    }
    pool.push(worker);
    const inFlight = new Set<number>();
    // Two files in flight, so that a worker never waits for the main thread to hand it the next.
    const feed = () => {
      while (inFlight.size < 2 && queue.length > 0) {
        const index = queue.shift()!;
        inFlight.add(index);
        worker.postMessage(index);
      }
    };
    worker.on('message', (m: FromWorker<R>) => {
      if ('stderr' in m) {
        spawn!.stderr(m.stderr);
        return;
      }
      if ('index' in m) {
        inFlight.delete(m.index);
        if (!outcomes[m.index]) onWorkers++;
        record(m.index, m.outcome);
      }
      feed();
    });
    // A worker that fails or ends gives its files back; the main thread reviews them.
    const giveBack = () => {
      for (const index of inFlight) if (!outcomes[index]) queue.unshift(index);
      inFlight.clear();
      if (queue.length > 0) void drain();
    };
    worker.on('error', giveBack);
    worker.on('exit', giveBack);
  }

  let draining = false;
  const drain = async () => {
    if (draining) return;
    draining = true;
    while (queue.length > 0) {
      const index = queue.shift()!;
      record(index, attempt(() => work(files[index]!)));
      // Let the workers' messages in between files.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    draining = false;
  };
  if (!testHooks) await drain();
  await allDone;
  for (const w of pool) void w.terminate();
  if (testHooks) spawn!.stderr(`agreement-lint: test hooks: ${onWorkers} of ${files.length} files reviewed on worker threads\n`);

  return outcomes.map((o) => {
    if (o!.ok) return o!.value;
    throw o!.cli ? new CliError(o!.message) : new Error(o!.message);
  });
}

/** In a worker: reviews the files the main thread sends, until it is terminated. */
function serve<R>(setup: CliWorkerSetup, work: (file: string) => R): Promise<R[]> {
  const port = parentPort!;
  port.on('message', (index: number) => {
    const outcome = attempt(() => work(setup.files[index]!));
    port.postMessage({ index, outcome } satisfies FromWorker<R>);
  });
  port.postMessage({ ready: true } satisfies FromWorker<R>);
  return new Promise<R[]>(() => {});
}
