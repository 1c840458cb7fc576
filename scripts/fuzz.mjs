// Fuzzes the analysis core: runs the property tests of test/property/ with many cases.
//
//   npm run fuzz -- [--cases 100000] [--minutes 45] [--seed N] [--workers 2]
//
// The cases are split over the properties by weight and over worker threads (one seed each:
// seed, seed+1, ...). The run stops at the time limit; it prints the number of cases run, the seed
// and the time, and exits 1 on any failure (with the counterexample and the seed and path to
// replay it) or when the time limit cut it short of the requested number of cases.
// Build first (npm run build); `npm run fuzz` does.
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const propertiesModule = pathToFileURL(path.join(root, 'out', 'test', 'property', 'properties.js')).href;

if (isMainThread) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log('Usage: npm run fuzz -- [--cases 100000] [--minutes 45] [--seed N] [--workers 2]');
    process.exit(0);
  }
  // Every argument is an option name followed by its number; anything else is a mistake, not a run.
  for (let i = 0; i < args.length; i += 2) {
    if (!['--cases', '--minutes', '--seed', '--workers'].includes(args[i])) {
      console.error(`fuzz: unknown option "${args[i]}" (see --help)`);
      process.exit(2);
    }
  }
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
  };
  const cases = opt('cases', 100_000);
  const minutes = opt('minutes', 45);
  const seed = opt('seed', Math.floor(Math.random() * 0x7fffffff));
  const workers = Math.max(1, opt('workers', Math.min(2, os.availableParallelism?.() ?? os.cpus().length)));
  if (![cases, minutes, seed, workers].every(Number.isFinite)) {
    console.error('fuzz: --cases, --minutes, --seed and --workers take numbers');
    process.exit(2);
  }
  const { properties } = await import(propertiesModule);
  const active = properties.filter((p) => !p.skip);
  for (const p of properties) if (p.skip) console.log(`fuzz: skipped "${p.name}": ${p.skip}`);
  // The requested cases go to the properties that must hold; a todo property (known bugs) also runs,
  // with a small extra share, and is reported without failing the run.
  const totalWeight = active.filter((p) => !p.todo).reduce((s, p) => s + p.weight, 0);
  const deadline = Date.now() + minutes * 60_000;
  console.log(`fuzz: ${cases} cases over ${active.length} properties in ${workers} worker(s), seed ${seed}, time limit ${minutes} min`);
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const share = Math.ceil(cases / workers);
      const plan = active.map((p) => ({ name: p.name, runs: Math.max(1, Math.ceil(((p.todo ? share * 0.02 : share) * p.weight) / totalWeight)) }));
      return new Promise((resolve, reject) => {
        const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { seed: seed + w, plan, deadline, propertiesModule } });
        worker.on('message', resolve);
        worker.on('error', reject);
        worker.on('exit', (code) => code !== 0 && reject(new Error(`worker ${w} exited with ${code}`)));
      });
    }),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const byName = new Map();
  let ran = 0;
  let ranTodo = 0;
  const failures = [];
  const known = [];
  const todo = new Set(active.filter((p) => p.todo).map((p) => p.name));
  for (const r of results) {
    for (const p of r) {
      if (todo.has(p.name)) ranTodo += p.numRuns;
      else ran += p.numRuns;
      byName.set(p.name, (byName.get(p.name) ?? 0) + p.numRuns);
      if (p.failed && todo.has(p.name)) known.push(p);
      else if (p.failed) failures.push(p);
    }
  }
  for (const [name, n] of byName) console.log(`  ${String(n).padStart(7)}  ${todo.has(name) ? '(todo) ' : ''}${name}`);
  console.log(`fuzz: ${ran} cases in ${seconds} s, seed ${seed}, ${failures.length} failure(s)${ranTodo ? ` (and ${ranTodo} cases of todo properties)` : ''}`);
  for (const f of known) console.log(`\nKNOWN (todo, does not fail the run): ${f.name}\n${f.report}`);
  for (const f of failures) console.error(`\nFAILED: ${f.name}\n${f.report}`);
  if (failures.length) process.exit(1);
  if (ran < cases) {
    console.error(`fuzz: the run stopped after ${ran} of ${cases} cases (the time limit); raise --minutes`);
    process.exit(1);
  }
} else {
  const fc = (await import('fast-check')).default;
  const { properties } = await import(workerData.propertiesModule);
  const out = [];
  for (const step of workerData.plan) {
    const p = properties.find((x) => x.name === step.name);
    const left = workerData.deadline - Date.now();
    if (left <= 0) {
      out.push({ name: step.name, numRuns: 0, failed: false });
      continue;
    }
    const details = fc.check(p.property(), { numRuns: step.runs, seed: workerData.seed, interruptAfterTimeLimit: left, includeErrorInReport: true });
    out.push({
      name: step.name,
      numRuns: details.numRuns,
      failed: details.failed,
      report: details.failed ? fc.defaultReportMessage(details) : undefined,
    });
  }
  parentPort.postMessage(out);
}
