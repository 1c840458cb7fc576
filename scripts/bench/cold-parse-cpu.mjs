// CPU time of each thread while all of a draft's sections are parsed cold (the step of the first
// open that the cold-parse worker shares, server/src/node/cold-parse.ts): on one thread, with a worker kept
// warm, and with a worker started for each parse (as the server does after two idle seconds).
// Read from /proc/self/task/*/stat (Linux; 10 ms ticks), so that a busy machine, where the wall
// clock is not worth reading, still shows what each thread did. Needs `npm run build`.
//
//   node scripts/bench/cold-parse-cpu.mjs <draft>... [--runs 6]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '6' } } });
const model = await import(path.join(root, 'out/server/src/core/model.js'));
const { twoThreadColdParser } = await import(path.join(root, 'out/server/src/node/cold-parse.js'));
const script = path.join(root, 'dist/cold-parse-worker.cjs');
const sleep = (t) => new Promise((r) => setTimeout(r, t));
const threads = () => {
  const out = new Map();
  for (const tid of fs.readdirSync('/proc/self/task')) {
    try {
      const st = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(f[11]) + Number(f[12])) * 10);
    } catch {
      // The thread ended.
    }
  }
  return out;
};
const spent = (a, b) => {
  const r = { main: 0, others: 0 };
  for (const [tid, cpu] of b) r[tid === String(process.pid) ? 'main' : 'others'] += cpu - (a.get(tid) ?? 0);
  return r;
};
const warm = twoThreadColdParser(script, 100_000, 600_000);
const fresh = twoThreadColdParser(script, 100_000, 1);
const runs = Number(values.runs);
for (const file of positionals) {
  const text = fs.readFileSync(file, 'utf8');
  const texts = model.buildModel(text).sections.map((s) => text.slice(s.span.start, s.span.end));
  const sum = {};
  for (let i = 0; i <= runs; i++) {
    // Each way parses every section: what a cold parser leaves undefined, the model's cache parses
    // alone on the server's thread (ModelCache.section), so that is done here too.
    const all = (parsed) => model.parseSectionsFully(texts.filter((_, j) => !parsed[j]));
    for (const [k, parse] of [['one thread', () => all(model.parseSectionsCold(texts))], ['warm worker', () => all(warm.coldParse(texts))], ['new worker', () => all(fresh.coldParse(texts))]]) {
      await sleep(300);
      const a = threads();
      const t0 = performance.now();
      parse();
      const wall = performance.now() - t0;
      await sleep(150);
      const d = spent(a, threads());
      if (i === 0) continue; // warm-up
      sum[k] ??= { main: 0, others: 0, wall: 0 };
      sum[k].main += d.main / runs;
      sum[k].others += d.others / runs;
      sum[k].wall += wall / runs;
    }
  }
  console.log(`${path.basename(file)} (${texts.length} sections; load ${os.loadavg()[0].toFixed(2)}): CPU ms of the server's thread / of all other threads (GC helpers, the worker), and wall ms, a parse`);
  for (const [k, v] of Object.entries(sum)) console.log(`  ${k.padEnd(12)} ${v.main.toFixed(0).padStart(5)} / ${v.others.toFixed(0).padStart(5)}   wall ${v.wall.toFixed(0)}`);
  console.log(`  runs the worker parsed: warm ${warm.shared.chunks} of ${warm.shared.ofChunks}, new ${fresh.shared.chunks} of ${fresh.shared.ofChunks}`);
}
await warm.close();
await fresh.close();
