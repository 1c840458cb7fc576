// One of the timed tasks a, b, c of the benchmark, alone in its own process (run.mjs starts one
// process per task): prints, as JSON, the wall and CPU times of each measured run at each size.
//
//   node scripts/bench/task.mjs a|b|c [--quick] [--dir <folder>] [--round k --rounds n]
//
// run.mjs runs each task in n rounds, a, b, c, a, b, c, ..., so that a slow spell of the machine
// falls on all three alike; round k times its share (a third, with three rounds) of the runs, on
// drafts of its own seeds.
//
// With --dir, it times the Markdown files of the folder instead of the generated drafts (each file
// as it is, warmed up and timed again and again; c empties its memos before each run).
//
// Each task runs alone so that none pays for another's garbage or shares its JIT state: timed in
// one process, one after the other, each task was slowed by the heap the others left behind, and
// unequally (docs/performance.md, "How a, b and c are timed").
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { generateDraft } from './generate.mjs';
import { SIZES, reps, warm } from './sizes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values, positionals } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, dir: { type: 'string' }, round: { type: 'string', default: '0' }, rounds: { type: 'string', default: '1' } },
  allowPositionals: true,
});
const round = Number(values.round);
const rounds = Number(values.rounds);
/** This round's share of `n` timed runs. */
const share = (n) => Math.ceil(n / rounds);
const task = positionals[0];
const quick = values.quick;

// Only the task's own code is loaded. `before` runs ahead of each run, untimed.
let run;
let before = () => {};
if (task === 'a') {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const processor = unified().use(remarkParse);
  run = (t) => processor.parse(t);
} else if (task === 'b') {
  const { lint } = await import('markdownlint/sync');
  run = (t) => lint({ strings: { draft: t } });
} else if (task === 'c') {
  const { analyze } = await import(path.join(root, 'out/server/src/core/index.js'));
  const { forgetReadings } = await import(path.join(root, 'out/server/src/core/language/memo.js'));
  before = forgetReadings;
  run = (t) => analyze(t);
} else {
  console.error('bench task: say a, b or c');
  process.exit(2);
}

/** Wall and CPU times of runs `w` to `w + n - 1` of `run` on `textFor(i)`, after `w` untimed warm-up runs. */
function measure(textFor, w, n) {
  const times = [];
  const cpu = [];
  for (let i = 0; i < w + n; i++) {
    const text = textFor(i);
    before();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run(text);
    const dt = performance.now() - t0;
    const dc = process.cpuUsage(c0);
    if (i >= w) {
      times.push(dt);
      cpu.push((dc.user + dc.system) / 1000);
    }
  }
  return { times, cpu };
}

const out = {};
if (values.dir) {
  // Real drafts: each file as it is, read the same number of times by the three tasks. The files
  // take turns, from the warm-up on, so that each is timed on code the others warmed up as well.
  const files = draftFiles(values.dir);
  const texts = files.map((f) => fs.readFileSync(path.join(values.dir, f), 'utf8'));
  const turns = quick ? { w: 2, n: 3 } : { w: 40, n: share(30) };
  const all = measure((i) => texts[i % texts.length], turns.w * texts.length, turns.n * texts.length);
  files.forEach((f, k) => {
    const pick = (xs) => xs.filter((_, i) => i % texts.length === k);
    out[f] = { times: pick(all.times), cpu: pick(all.cpu) };
  });
} else {
  for (const [size, chars] of Object.entries(SIZES)) {
    // Every run reads a draft of this size that the process has not seen before (another seed), and
    // c starts each run with its memos of clause readings empty: the generated drafts share many
    // clause texts, and the memos would answer those from one draft to the next instead of reading
    // them cold (over half of the lookups, on the 10 KB drafts). The three tasks read the same drafts.
    out[size] = measure((i) => generateDraft(chars, 100 + 1000 * round + i), warm(quick)[size], share(reps(quick)[size]));
  }
}
process.stdout.write(JSON.stringify(out));

/** The Markdown files of a folder (not its README), in name order. */
function draftFiles(dir) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
    .sort();
}
