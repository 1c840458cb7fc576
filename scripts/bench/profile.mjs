// Where the analysis time goes: profiles `analyze` (cold) or an incremental analyzer's re-analysis
// after one-character edits, on a generated draft, and prints the functions with the most self
// time, and the time by file.
//
//   node scripts/bench/profile.mjs [--size 1000000] [--runs 5] [--mode cold|edit] [--top 30]
//
// "edit" mode needs createAnalyzer() in the core; it times re-analysis after an edit inside one
// clause, which is what the server does on a keystroke.
import fs from 'node:fs';
import inspector from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { clauseOffsets, generateDraft } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '5' },
    mode: { type: 'string', default: 'cold' },
    top: { type: 'string', default: '30' },
    save: { type: 'string' },
  },
});
const core = await import(path.join(root, 'out/server/src/core/index.js'));
const text = generateDraft(Number(values.size), 1);
const runs = Number(values.runs);

let step;
if (values.mode === 'edit') {
  if (typeof core.createAnalyzer !== 'function') {
    console.error('profile: this core has no createAnalyzer(); use --mode cold');
    process.exit(2);
  }
  const analyzer = core.createAnalyzer();
  const call = (t) => (typeof analyzer.analyze === 'function' ? analyzer.analyze(t) : analyzer(t));
  call(text);
  const clauses = clauseOffsets(text);
  const c = clauses[Math.floor(clauses.length / 2)];
  let i = 0;
  step = () => {
    const at = c.start + 5 + (i % 10);
    const edited = i % 2 === 0 ? text.slice(0, at) + 'x' + text.slice(at) : text;
    i++;
    return call(edited);
  };
} else {
  step = () => core.analyze(text);
}

for (let i = 0; i < 2; i++) step(); // Warm-up.
const session = new inspector.Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const t0 = performance.now();
for (let i = 0; i < runs; i++) step();
const wall = (performance.now() - t0) / runs;
const { profile } = await session.post('Profiler.stop');
session.disconnect();
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
