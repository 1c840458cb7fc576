// `npm run bench`: the performance figures of docs/performance.md, measured in one run on the same
// generated drafts. Reads the built outputs (out/ and dist/), so build first (npm run bench does).
//
//   node scripts/bench/run.mjs [--out results.json] [--quick] [--only abc,de,f,g,h,p] [--drafts <folder>]
//                              [--treaties <folder>]
//
// --quick runs fewer repetitions and edits (for trying the script out; its figures are not the
// reported ones). --only picks the groups to run: "abc" (parse, markdownlint, cold analysis),
// "de" (keystroke latency and memory through the server), "f" (server start), "g" (CLI), "h"
// (the server on drafts that do not repeat themselves: a varied 1 MB draft and the real treaties of
// --treaties, by default ../shared/treaties, joined into one; see nonrepeating.mjs) and "p"
// (playbook patterns in linear time, scripts/bench/playbooks.mjs).
// --drafts also times a, b and c on the Markdown files of a folder (real agreements, say), each
// file as it is; its figures are printed and kept apart from the generated drafts' (no targets).
import { spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { lint as markdownlint } from 'markdownlint/sync';
import { clauseOffsets, generateDraft } from './generate.mjs';
import { fileUri, residentMb, startServer } from './lsp.mjs';
import { SIZES, warm } from './sizes.mjs';
import { benchNonRepeating } from './nonrepeating.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: args } = parseArgs({
  options: {
    out: { type: 'string' },
    quick: { type: 'boolean', default: false },
    only: { type: 'string', default: 'abc,de,f,g,h,p' },
    drafts: { type: 'string' },
    treaties: { type: 'string' },
  },
});
const groups = new Set(args.only.split(','));
if (args.drafts !== undefined) {
  if (!fs.existsSync(args.drafts) || !fs.statSync(args.drafts).isDirectory()) {
    console.error(`bench: --drafts ${args.drafts}: no such folder`);
    process.exit(2);
  }
  groups.add('real');
}
const quick = args.quick;

for (const f of ['out/server/src/core/index.js', 'dist/server.cjs', 'dist/cli.cjs']) {
  if (!fs.existsSync(path.join(root, f))) {
    console.error(`bench: ${f} is missing; run "npm run build" first (npm run bench does).`);
    process.exit(2);
  }
}
const { analyze } = await import(path.join(root, 'out/server/src/core/index.js'));

// ---------------------------------------------------------------------------------------------
// Helpers

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const round = (x, digits = 1) => (x === undefined || x === null || Number.isNaN(x) ? null : Number(x.toFixed(digits)));
const ms = (x) => (x === null || x === undefined ? 'n/a' : `${x.toFixed(1)} ms`);
const now = () => performance.now();
const sleep = (t) => new Promise((r) => setTimeout(r, t));

function machine() {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  let commit = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Not a git checkout.
  }
  return {
    nproc: os.availableParallelism(),
    cpu: model,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    memoryMb: Math.round(os.totalmem() / 2 ** 20),
    commit,
    // Other work on the machine makes wall times noisy; the load is recorded with the figures.
    loadAverageAtStart: os.loadavg().map((x) => round(x, 2)),
  };
}

const results = { date: new Date().toISOString(), machine: machine(), quick, drafts: {}, figures: {}, ratios: {}, targets: {} };
console.log(`Agreement Lint benchmark — ${results.date}`);
console.log(`machine: ${results.machine.nproc} CPUs, ${results.machine.cpu}, node ${results.machine.node}${results.machine.commit ? `, commit ${results.machine.commit}` : ''}${quick ? ' (QUICK RUN: figures not for reporting)' : ''}`);

const drafts = Object.fromEntries(Object.entries(SIZES).map(([k, n]) => [k, generateDraft(n, 1)]));
for (const [k, t] of Object.entries(drafts)) {
  results.drafts[k] = { chars: t.length, articles: (t.match(/^## Article /gm) ?? []).length, paragraphs: clauseOffsets(t).length };
}
console.log(`drafts: ${Object.entries(results.drafts).map(([k, d]) => `${k} = ${d.chars} chars, ${d.articles} articles, ${d.paragraphs} paragraphs`).join('; ')}`);

// ---------------------------------------------------------------------------------------------
// a, b, c: bare remark parse, markdownlint default rules, our full cold analysis.

if (groups.has('abc')) {
  console.log('\n[a] remark parse   [b] markdownlint (default rules)   [c] agreement-lint cold analysis (median ms)');
  console.log('    each task in its own process, on the same new drafts (see docs/performance.md)');
  // One process per task, one after the other (never two at once on the machine).
  const measured = runTasks([]);
  for (const [size, text] of Object.entries(drafts)) {
    const [a, b, c] = ['a', 'b', 'c'].map((k) => median(measured[k][size].times));
    const [ca, cb, cc] = ['a', 'b', 'c'].map((k) => median(measured[k][size].cpu));
    const issues = markdownlint({ strings: { draft: text } }).draft.length;
    const findings = analyze(text).findings.length;
    const runs = measured.c[size].times.length;
    results.figures[size] = {
      a: round(a, 2),
      b: round(b, 2),
      c: round(c, 2),
      cpu: { a: round(ca, 2), b: round(cb, 2), c: round(cc, 2) },
      reps: runs,
      warmUp: warm(quick)[size],
      markdownlintIssues: issues,
      findings,
    };
    results.ratios[size] = { 'c/a': round(c / a, 3), 'c/b': round(c / b, 3), cpu: { 'c/a': round(cc / ca, 3), 'c/b': round(cc / cb, 3) } };
    console.log(
      `${size.padEnd(6)} a ${ms(a).padStart(10)}   b ${ms(b).padStart(10)}   c ${ms(c).padStart(10)}   c/a ${(c / a).toFixed(2)}   c/b ${(c / b).toFixed(2)}   (${findings} findings; markdownlint ${issues} issues; ${runs} runs)`,
    );
    console.log(`${''.padEnd(6)} CPU: a ${ms(ca)}, b ${ms(cb)}, c ${ms(cc)}; c/a ${(cc / ca).toFixed(2)}, c/b ${(cc / cb).toFixed(2)}`);
  }
}

/** Runs task.mjs for each of a, b and c, one process after the other; `extra` are its further arguments. */
function runTasks(extra) {
  // In rounds, a, b, c, a, b, c, ...: the machine's speed drifts (other tenants of the host), and
  // timed one after the other in a single round, a slow spell could fall on one task only.
  const rounds = quick ? 1 : 3;
  const measured = {};
  for (let round = 0; round < rounds; round++) {
    for (const task of ['a', 'b', 'c']) {
      const args = [path.join(root, 'scripts/bench/task.mjs'), task, ...(quick ? ['--quick'] : []), '--round', String(round), '--rounds', String(rounds), ...extra];
      const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (r.status !== 0) throw new Error(`bench: task ${task} failed (${r.status}): ${r.stderr}`);
      const got = JSON.parse(r.stdout);
      measured[task] ??= {};
      for (const [key, { times, cpu }] of Object.entries(got)) {
        const m = (measured[task][key] ??= { times: [], cpu: [] });
        m.times.push(...times);
        m.cpu.push(...cpu);
      }
    }
  }
  return measured;
}

// ---------------------------------------------------------------------------------------------
// The same three tasks on the drafts of a folder (--drafts): real text, not generated.

if (groups.has('real')) {
  const folder = path.resolve(args.drafts);
  console.log(`\n[a, b, c] on the Markdown files of ${folder} (median ms; each file as it is, the memos emptied before each c)`);
  const measured = runTasks(['--dir', folder]);
  const files = Object.keys(measured.c);
  if (files.length === 0) console.log('   (no Markdown files there)');
  results.real = { folder, files: {} };
  const sums = { a: 0, b: 0, c: 0 };
  for (const file of files) {
    const text = fs.readFileSync(path.join(folder, file), 'utf8');
    const [a, b, c] = ['a', 'b', 'c'].map((k) => median(measured[k][file].times));
    sums.a += a;
    sums.b += b;
    sums.c += c;
    const findings = analyze(text).findings.length;
    results.real.files[file] = { chars: text.length, a: round(a, 2), b: round(b, 2), c: round(c, 2), 'c/a': round(c / a, 3), 'c/b': round(c / b, 3), findings };
    console.log(`${file.padEnd(44)} ${String(Math.round(text.length / 1000)).padStart(5)} KB   a ${ms(a).padStart(9)}   b ${ms(b).padStart(9)}   c ${ms(c).padStart(9)}   c/a ${(c / a).toFixed(2)}   c/b ${(c / b).toFixed(2)}   (${findings} finding${findings === 1 ? '' : 's'})`);
  }
  if (files.length > 1) {
    results.real.total = { a: round(sums.a, 2), b: round(sums.b, 2), c: round(sums.c, 2), 'c/a': round(sums.c / sums.a, 3), 'c/b': round(sums.c / sums.b, 3) };
    console.log(`${'all files (sum of the medians)'.padEnd(54)}   a ${ms(sums.a).padStart(9)}   b ${ms(sums.b).padStart(9)}   c ${ms(sums.c).padStart(9)}   c/a ${(sums.c / sums.a).toFixed(2)}   c/b ${(sums.c / sums.b).toFixed(2)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// d, e: keystroke latency and resident memory through the real server over stdio.

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'agreement-lint-bench-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const benchSettings = { debounceMs: 0, include: [], rules: {} };

/** Keeps a mirror of the document so that edits can be sent as LSP ranges. */
class Doc {
  constructor(text) {
    this.text = text;
    this.version = 1;
  }
  position(offset) {
    const before = this.text.lastIndexOf('\n', offset - 1);
    let line = 0;
    for (let i = this.text.indexOf('\n'); i >= 0 && i < offset; i = this.text.indexOf('\n', i + 1)) line++;
    return { line, character: offset - (before + 1) };
  }
}

if (groups.has('de')) {
  console.log('\n[d] keystroke latency and [e] resident memory, 1 MB draft through the server over stdio (debounceMs 0)');
  const text = drafts['1MB'];
  const file = path.join(tmp, 'large.agreement.md');
  fs.writeFileSync(file, text);
  const uri = fileUri(file);
  const server = startServer(root, benchSettings);
  await server.initialize(fileUri(tmp));
  const doc = new Doc(text);
  const published = [];
  const isOurs = (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri;
  const waitVersion = (v) => server.waitFor((m) => {
    if (!isOurs(m)) return false;
    published.push({ version: m.params.version, latest: doc.version });
    return m.params.version === v;
  });

  let t0 = now();
  let done = waitVersion(1);
  server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'agreement', version: 1, text } });
  await done;
  const openMs = now() - t0;
  // Resident memory one second after the work, and once the server has been idle long enough for
  // V8 to give back the heap it grew for garbage (its memory reducer starts about 8 s after the
  // last full collection): the first is what the server holds while the user works, the second what
  // it keeps. Growth is judged on what it keeps; a leak shows there.
  const settle = async () => {
    await sleep(1000);
    const busy = residentMb(server.pid);
    let kept = busy;
    for (let i = 0; i < 14; i++) {
      await sleep(1000);
      kept = residentMb(server.pid);
    }
    return { busy, kept };
  };
  const open = await settle();
  const rssOpen = open.kept;
  console.log(`open (first full analysis) ${ms(openMs)}; resident memory after open ${open.busy?.toFixed(1)} MB at 1 s, ${rssOpen?.toFixed(1)} MB at 15 s`);

  // Clause positions spread over the draft: a few for the timed edits, more for the bulk edits.
  const clauses = clauseOffsets(text);
  const at = (fraction) => {
    const c = clauses[Math.min(clauses.length - 1, Math.floor(fraction * clauses.length))];
    // The middle of the clause, at a word boundary.
    const mid = text.lastIndexOf(' ', Math.floor((c.start + c.end) / 2));
    return mid > c.start ? mid : c.start;
  };
  const typed = ' without undue delay';

  /**
   * Types `n` characters of `typed` at `offset`, then deletes them again, one character an edit.
   * With `timed`, each edit waits for its own diagnostics and the latency is recorded.
   */
  async function keystrokes(offset, n, timed, latencies, burst = 1) {
    const base = doc.position(offset);
    const edits = [];
    for (let i = 0; i < n; i++) edits.push({ at: base.character + i, insert: typed[i % typed.length] });
    for (let i = n - 1; i >= 0; i--) edits.push({ at: base.character + i, remove: true });
    for (let i = 0; i < edits.length; i += burst) {
      const group = edits.slice(i, i + burst);
      let wait;
      const start = now();
      for (const e of group) {
        doc.version++;
        const pos = { line: base.line, character: e.at };
        const change = e.remove
          ? { range: { start: pos, end: { line: base.line, character: e.at + 1 } }, text: '' }
          : { range: { start: pos, end: pos }, text: e.insert };
        const o = offset + (e.at - base.character);
        doc.text = e.remove ? doc.text.slice(0, o) + doc.text.slice(o + 1) : doc.text.slice(0, o) + e.insert + doc.text.slice(o);
        if (e === group[group.length - 1]) wait = waitVersion(doc.version);
        server.notify('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
      }
      await wait;
      if (timed) latencies.push(now() - start);
    }
    return edits.length;
  }

  let edits = 0;
  // Warm-up: 20 keystrokes in one clause, not timed.
  edits += await keystrokes(at(0.42), 10, false, []);
  // d: 200 timed keystrokes, 40 in each of five clauses spread over the draft.
  const fractions = quick ? [0.1, 0.9] : [0.05, 0.3, 0.5, 0.7, 0.95];
  const perClause = quick ? 10 : 20;
  const latencies = [];
  const staleBefore = published.length;
  for (const f of fractions) edits += await keystrokes(at(f), perClause, true, latencies);
  const stale = published.slice(staleBefore).filter((p) => p.version !== p.latest).length;
  const dMedian = median(latencies);
  const dP95 = percentile(latencies, 95);
  console.log(`d  ${latencies.length} keystrokes: median ${ms(dMedian)}, p95 ${ms(dP95)}, max ${ms(Math.max(...latencies))}; stale publishes ${stale}`);

  // e: more keystrokes, in bursts of ten sent back to back (as fast typing arrives), to 1,000.
  const total = quick ? 200 : 1000;
  let k = 0;
  let peak = 0;
  while (edits < total) {
    const n = Math.min(5, (total - edits) / 2);
    edits += await keystrokes(at(((k++ * 0.137) % 0.9) + 0.05), n, false, [], 10);
    peak = Math.max(peak, residentMb(server.pid) ?? 0);
  }
  if (doc.text !== text) throw new Error('bench: the edits did not restore the draft');
  const after = await settle();
  const rssAfter = after.kept;
  const growth = rssOpen && rssAfter ? (rssAfter - rssOpen) / rssOpen : null;
  console.log(
    `e  resident memory: after open ${rssOpen?.toFixed(1)} MB, after ${edits} edits ${rssAfter?.toFixed(1)} MB (growth ${(growth * 100).toFixed(1)} %), both once idle 15 s; ` +
      `while typing: peak ${peak.toFixed(1)} MB, ${after.busy?.toFixed(1)} MB 1 s after the last edit`,
  );
  await server.shutdown();
  results.figures.keystroke = {
    draft: '1MB',
    edits: latencies.length,
    medianMs: round(dMedian, 2),
    p95Ms: round(dP95, 2),
    maxMs: round(Math.max(...latencies), 2),
    stalePublishes: stale,
    openMs: round(openMs),
  };
  results.figures.memory = {
    afterOpenMb: round(rssOpen),
    afterEditsMb: round(rssAfter),
    edits,
    growth: round(growth, 4),
    measuredAfterIdleS: 15,
    afterOpenAt1sMb: round(open.busy),
    afterEditsAt1sMb: round(after.busy),
    peakWhileTypingMb: round(peak),
  };
}

// ---------------------------------------------------------------------------------------------
// f: server start (process spawn) to the first diagnostics of the 10 KB draft.

if (groups.has('f')) {
  console.log('\n[f] server start to first diagnostics, 10 KB draft');
  const text = drafts['10KB'];
  const file = path.join(tmp, 'small.agreement.md');
  fs.writeFileSync(file, text);
  const uri = fileUri(file);
  const times = [];
  const runs = quick ? 2 : 7;
  for (let i = 0; i < runs + 1; i++) {
    const t0 = now();
    const server = startServer(root, benchSettings);
    await server.initialize(fileUri(tmp));
    const done = server.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === 1);
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'agreement', version: 1, text } });
    await done;
    const dt = now() - t0;
    if (i > 0) times.push(dt); // The first start warms the file cache.
    await server.shutdown();
  }
  const f = median(times);
  results.figures.serverStart = { draft: '10KB', medianMs: round(f), runs: times.length, allMs: times.map((x) => round(x)) };
  console.log(`f  median ${ms(f)} over ${times.length} starts (${times.map((x) => x.toFixed(0)).join(', ')})`);
}

// ---------------------------------------------------------------------------------------------
// g: the CLI over 500 drafts of 20 KB, default parallelism and one worker.

if (groups.has('g')) {
  const count = quick ? 100 : 500;
  console.log(`\n[g] CLI over ${count} drafts of 20 KB (json output to a file)`);
  const dir = path.join(tmp, 'drafts');
  fs.mkdirSync(dir);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const t = generateDraft(20_000, 1000 + i);
    bytes += t.length;
    fs.writeFileSync(path.join(dir, `draft-${String(i).padStart(3, '0')}.agreement.md`), t);
  }
  const runCli = (extra) => {
    const outFile = path.join(tmp, `cli-${extra.length ? 'one' : 'default'}.json`);
    const fd = fs.openSync(outFile, 'w');
    const t0 = now();
    const r = spawnSync(process.execPath, ['bin/agreement-lint.cjs', '--format', 'json', ...extra, dir], { cwd: root, stdio: ['ignore', fd, 'pipe'] });
    const dt = now() - t0;
    fs.closeSync(fd);
    if (r.status !== 0 && r.status !== 1) throw new Error(`bench: the CLI failed (${r.status}): ${r.stderr}`);
    return { ms: dt, hash: createHash('sha256').update(fs.readFileSync(outFile)).digest('hex') };
  };
  const help = spawnSync(process.execPath, ['bin/agreement-lint.cjs', '--help'], { cwd: root, encoding: 'utf8' }).stdout;
  const hasJobs = help.includes('--jobs');
  const one = hasJobs ? ['--jobs', '1'] : [];
  if (!hasJobs) console.log('   (this CLI has no --jobs option: "one worker" is the same command)');
  // How many threads the default gives these drafts (the CLI sizes it by the input since 26 November 2026).
  const parallel = await import(path.join(root, 'out/server/src/cli/parallel.js')).catch(() => ({}));
  const defaultThreads = parallel.threadsFor ? parallel.threadsFor(os.availableParallelism(), bytes) : os.availableParallelism();
  console.log(`   the default gives ${(bytes / 1024 / 1024).toFixed(1)} MB of drafts ${defaultThreads} thread${defaultThreads === 1 ? '' : 's'} on ${os.availableParallelism()} CPUs`);
  if (defaultThreads === 1) console.log('   (so "default" and "one worker" time the same command here)');
  const runs = quick ? 1 : 3;
  const times = { default: [], one: [] };
  const hashes = new Set();
  runCli([]);
  runCli(one); // Warm-up: file cache and code cache.
  for (let i = 0; i < runs; i++) {
    for (const k of i % 2 ? ['one', 'default'] : ['default', 'one']) {
      const r = runCli(k === 'one' ? one : []);
      times[k].push(r.ms);
      hashes.add(r.hash);
    }
  }
  const gDefault = median(times.default);
  const gOne = median(times.one);
  results.figures.cli = {
    drafts: count,
    totalChars: bytes,
    defaultMs: round(gDefault),
    oneWorkerMs: round(gOne),
    speedup: round(gOne / gDefault, 2),
    sameOutput: hashes.size === 1,
    defaultThreads,
    hasJobsOption: hasJobs,
    runs,
  };
  console.log(
    `g  default ${ms(gDefault)}, one worker ${ms(gOne)}: ${(gOne / gDefault).toFixed(2)}x; ${(gDefault / count).toFixed(1)} ms a draft; output identical: ${hashes.size === 1}`,
  );
}

// ---------------------------------------------------------------------------------------------
// h: the server on drafts that do not repeat themselves (issue 20's targets).

if (groups.has('h')) {
  const treaties = path.resolve(args.treaties ?? path.join(root, '..', 'shared', 'treaties'));
  console.log(`\n[h] the server over stdio on drafts that do not repeat themselves (debounceMs 0; load average ${os.loadavg().map((x) => x.toFixed(2)).join(', ')})`);
  const h = await benchNonRepeating({ root, quick, treaties: fs.existsSync(treaties) ? treaties : undefined, log: (line) => console.log(`   ${line}`) });
  results.figures.nonRepeating = h.figures;
  Object.assign(results.targets, h.targets);
}

// ---------------------------------------------------------------------------------------------
// p: playbook patterns run in linear time (scripts/bench/playbooks.mjs).

if (groups.has('p')) {
  const { benchPlaybooks } = await import('./playbooks.mjs');
  results.figures.playbooks = await benchPlaybooks({ quick });
}

// ---------------------------------------------------------------------------------------------
// Ratios and targets.

const fig = results.figures;
if (fig['1MB'] && fig.keystroke) results.ratios['d/a'] = round(fig.keystroke.medianMs / fig['1MB'].a, 3);
const t = results.targets;
const check = (name, ok, detail) => {
  if (ok === undefined) return;
  t[name] = { met: ok, detail };
};
for (const size of Object.keys(SIZES)) {
  const r = results.ratios[size];
  if (r) {
    check(`c/a <= 1.25 (${size})`, r['c/a'] <= 1.25, `c/a = ${r['c/a']}`);
    check(`c <= b (${size})`, r['c/b'] <= 1, `c/b = ${r['c/b']}`);
  }
}
if (fig.keystroke) {
  check('d median <= 30 ms', fig.keystroke.medianMs <= 30, `${fig.keystroke.medianMs} ms`);
  check('d p95 <= 60 ms', fig.keystroke.p95Ms <= 60, `${fig.keystroke.p95Ms} ms`);
}
if (fig.memory) {
  check('e <= 200 MB', Math.max(fig.memory.afterOpenMb, fig.memory.afterEditsMb) <= 200, `${fig.memory.afterOpenMb} / ${fig.memory.afterEditsMb} MB`);
  check('e growth < 10 %', fig.memory.growth < 0.1, `${round(fig.memory.growth * 100)} %`);
}
if (fig.serverStart) check('f <= 500 ms', fig.serverStart.medianMs <= 500, `${fig.serverStart.medianMs} ms`);
if (fig.cli) check('g >= 1.6x one worker', fig.cli.speedup >= 1.6 && fig.cli.sameOutput, `${fig.cli.speedup}x, same output: ${fig.cli.sameOutput}`);

if (Object.keys(results.ratios).length > 0) {
  console.log('\nratios:', Object.entries(results.ratios).map(([k, v]) => (typeof v === 'object' ? `${k} c/a ${v['c/a']} c/b ${v['c/b']} (CPU ${v.cpu['c/a']}, ${v.cpu['c/b']})` : `${k} ${v}`)).join('; '));
}
if (Object.keys(t).length > 0) {
  console.log('targets:');
  for (const [name, { met, detail }] of Object.entries(t)) console.log(`  ${met ? 'met    ' : 'NOT met'}  ${name}  (${detail})`);
}

results.machine.loadAverageAtEnd = os.loadavg().map((x) => round(x, 2));
console.log(`load average (1, 5, 15 min): at start ${results.machine.loadAverageAtStart.join(', ')}; at end ${results.machine.loadAverageAtEnd.join(', ')} on ${results.machine.nproc} CPUs`);

if (args.out) {
  fs.writeFileSync(path.resolve(args.out), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nresults written to ${args.out}`);
}
