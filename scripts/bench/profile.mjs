// Where the analysis time goes: profiles `analyze` (cold) or an incremental analyzer's re-analysis
// after one-character edits, on a generated draft, and prints the functions with the most self
// time, and the time by file.
//
//   node scripts/bench/profile.mjs [--size 1000000] [--runs 5] [--mode cold|edit|server] [--top 30]
//                                  [--lines <part of a file path>] [--inclusive] [--save profile.cpuprofile]
//                                  [--varied] [--file <draft>] [--playbook <file>]...
//
// --lines also prints the hottest source lines of the matching files (of the compiled JS in out/);
// --inclusive the time under each of the project's functions (itself and what it calls).
//
// "cold" mode analyses a new generated draft of the size each run (another seed), with the memos
// of clause readings emptied first, as the bench does: the generated drafts share many clause
// texts, and the memos would answer those from one draft to the next.
//
// "edit" mode needs createAnalyzer() in the core; it times re-analysis after each character typed
// forward into one clause (every text new), which is what the server does on a keystroke. "server" mode runs the real server
// (bin/agreement-lint-server.cjs, with node --cpu-prof) over stdio, opens the draft, sends --runs
// one-character edits one after the other, and profiles the whole server process.
//
// --playbook (cold and edit modes, repeatable) runs the analysis with team playbooks, to measure
// what they cost (docs/playbooks.md).
import fs from 'node:fs';
import inspector from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import os from 'node:os';
import { clauseOffsets as repeatingOffsets, generateDraft as repeatingDraft } from './generate.mjs';
import { generateVariedDraft, variedClauseOffsets } from './varied.mjs';
import { fileUri, startServer } from './lsp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '5' },
    mode: { type: 'string', default: 'cold' },
    top: { type: 'string', default: '30' },
    save: { type: 'string' },
    lines: { type: 'string' },
    inclusive: { type: 'boolean', default: false },
    varied: { type: 'boolean', default: false },
    file: { type: 'string' },
    playbook: { type: 'string', multiple: true, default: [] },
  },
});
const core = await import(path.join(root, 'out/server/src/core/index.js'));
// --varied: the drafts of varied.mjs, in which no sentence repeats, instead of generate.mjs's.
const generateDraft = values.varied ? generateVariedDraft : repeatingDraft;
const clauseOffsets = values.varied ? variedClauseOffsets : repeatingOffsets;
// --file: a draft from disk (each cold run reads the same text, its memos emptied first).
const generated = (size, seed) => (values.file ? fs.readFileSync(values.file, 'utf8') : generateDraft(size, seed));
const text = generated(Number(values.size), 1);
const runs = Number(values.runs);
const playbooks = values.playbook.map((f) => {
  const { playbook, problems } = core.parsePlaybook(fs.readFileSync(f, 'utf8'), path.resolve(f));
  if (!playbook) {
    console.error(`profile: ${problems.map(core.formatConfigProblem).join('\n')}`);
    process.exit(2);
  }
  return playbook;
});
const options = playbooks.length ? { playbooks } : {};

let step;
let profile;
let wall;
if (values.mode === 'server') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agreement-lint-profile-'));
  // The same server, bundled without minifying so that the profile names the functions.
  const { build } = await import('esbuild');
  const script = path.join(root, 'out', 'bench', 'server.cjs');
  // The server, and its cold-parse worker next to it as in dist/ (the worker writes a profile of its own).
  const bundle = (entry, outfile) =>
    build({
      entryPoints: [path.join(root, entry)],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'warning',
      define: { 'import.meta.url': '__agreementLintImportMetaUrl' },
      banner: { js: "const __agreementLintImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
    });
  await bundle('server/src/bin/cold-parse-worker.ts', path.join(root, 'out', 'bench', 'cold-parse-worker.cjs'));
  await bundle('server/src/bin/server.ts', script);
  const server = startServer(root, { debounceMs: 0, include: [], rules: {} }, ['--cpu-prof', '--cpu-prof-dir', dir], script);
  await server.initialize(fileUri(dir));
  const uri = fileUri(path.join(dir, 'draft.agreement.md'));
  const published = (v) => server.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === v);
  let version = 1;
  let done = published(version);
  server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'agreement', version, text } });
  await done;
  const c = clauseOffsets(text)[Math.floor(clauseOffsets(text).length / 2)];
  const before = text.slice(0, c.start);
  const line = (before.match(/\n/g) ?? []).length;
  const character = c.start - (before.lastIndexOf('\n') + 1) + 5;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) {
    const pos = { line, character };
    const change = i % 2 === 0 ? { range: { start: pos, end: pos }, text: 'x' } : { range: { start: pos, end: { line, character: character + 1 } }, text: '' };
    done = published(++version);
    server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await done;
  }
  wall = (performance.now() - t0) / runs;
  await server.shutdown();
  // The server's own thread: the first profile written (a cold-parse worker writes its own).
  const file = fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort()[0];
  if (!file) {
    console.error('profile: the server wrote no profile');
    process.exit(1);
  }
  profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('(the server profile covers its whole life: start, open and the edits)');
} else {
  if (values.mode === 'edit') {
    if (typeof core.createAnalyzer !== 'function') {
      console.error('profile: this core has no createAnalyzer(); use --mode cold');
      process.exit(2);
    }
    const analyzer = core.createAnalyzer(options);
    analyzer.analyze(text);
    const clauses = clauseOffsets(text);
    const c = clauses[Math.floor(clauses.length / 2)];
    // Typing forward in one clause: every keystroke makes a text the analyzer has not seen, as a
    // user's do (going back and forth between two texts would time the memos of clause readings).
    const typed = ' and, where the Participants so decide in writing, for any further purpose they name';
    let current = text;
    let at = c.start + 5;
    let i = 0;
    step = () => {
      current = current.slice(0, at) + typed[i % typed.length] + current.slice(at);
      at++;
      i++;
      return analyzer.analyze(current);
    };
  } else {
    // A new draft each run (another seed), and no clause readings kept from the last, as in the
    // bench: otherwise the profile would time the clause memos rather than a cold analysis.
    const { forgetReadings } = await import(path.join(root, 'out/server/src/core/language/memo.js'));
    const drafts = Array.from({ length: runs + 2 }, (_, i) => generated(Number(values.size), 100 + i));
    let i = 0;
    step = () => {
      forgetReadings();
      return core.analyze(drafts[i++], options);
    };
  }
  for (let i = 0; i < 2; i++) step(); // Warm-up.
  const session = new inspector.Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) step();
  wall = (performance.now() - t0) / runs;
  ({ profile } = await session.post('Profiler.stop'));
  session.disconnect();
}
if (values.save) fs.writeFileSync(values.save, JSON.stringify(profile));

// Self time per node from the samples.
const dt = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
}
const byFunction = new Map();
const byFile = new Map();
let total = 0;
for (const node of profile.nodes) {
  const self = dt.get(node.id) ?? 0;
  if (!self) continue;
  total += self;
  const f = node.callFrame;
  const file = f.url ? f.url.replace(/^file:\/\//, '').replace(root + '/', '') : `(${f.functionName || 'native'})`;
  const key = `${f.functionName || '(anonymous)'}  ${file}:${f.lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + self);
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];
  const fileKey = pkg ? `node_modules/${pkg}` : file;
  byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + self);
}
const top = Number(values.top);
console.log(`${values.mode} analysis of ${text.length} chars: ${wall.toFixed(1)} ms a run (${runs} runs, profiled)`);
console.log(`\nself time by function (ms a run, % of samples):`);
for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${(v / runs).toFixed(1).padStart(8)}  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
}
console.log(`\nself time by file or package:`);
for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`${(v / runs).toFixed(1).padStart(8)}  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
}

if (values.inclusive) {
  // Time under each function (itself and what it calls), counted once per sample even when the
  // function is on the stack more than once.
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const under = new Map();
  for (const [id, self] of dt) {
    const seen = new Set();
    for (let n = nodes.get(id); n; n = parent.get(n.id)) {
      const f = n.callFrame;
      if (!f.url) continue;
      const key = `${f.functionName || '(anonymous)'}  ${f.url.replace(/^file:\/\//, '').replace(root + '/', '')}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      under.set(key, (under.get(key) ?? 0) + self);
    }
  }
  // The project's functions, and the entries of the two parsers it calls (remark's and parse-english's).
  const shown = (k) => (!k.includes('node_modules/') && !k.includes('scripts/bench/')) || /^fromMarkdown .*mdast-util-from-markdown\/|^parse .*parse-latin\/lib\/index\.js/.test(k);
  console.log(`\ntime under each function of the project, and under the parsers' entries (ms a run, % of samples):`);
  for (const [k, v] of [...under].filter(([k]) => shown(k)).sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(v / runs).toFixed(1).padStart(8)}  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  }
}

if (values.lines) {
  const ticks = new Map();
  let all = 0;
  for (const node of profile.nodes) {
    for (const t of node.positionTicks ?? []) all += t.ticks;
    if (!node.callFrame.url.includes(values.lines)) continue;
    for (const t of node.positionTicks ?? []) {
      const key = `${node.callFrame.url.replace(/^file:\/\//, '').replace(root + '/', '')}:${t.line}`;
      ticks.set(key, (ticks.get(key) ?? 0) + t.ticks);
    }
  }
  console.log(`\nhottest lines in files matching "${values.lines}" (% of all samples):`);
  for (const [k, v] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    const [file, line] = [k.slice(0, k.lastIndexOf(':')), Number(k.slice(k.lastIndexOf(':') + 1))];
    const src = fs.readFileSync(path.join(root, file), 'utf8').split('\n')[line - 1]?.trim().slice(0, 110);
    console.log(`${((100 * v) / all).toFixed(1).padStart(6)}%  ${k}  ${src}`);
  }
}
