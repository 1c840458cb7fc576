// Bench p: playbook patterns run in linear time. A team writes its own patterns; with a
// backtracking engine (JavaScript's RegExp), a pattern such as (a+)+b takes time exponential in
// the length of a line that almost matches, and one such pattern would stall the server on every
// keystroke. Playbooks run on re2js (RE2): here each pathological pattern is timed on one line of
// growing length, and through a full analysis of a generated draft with and without a playbook of
// such patterns. Time per MB stays flat as the text doubles; the backtracking engine's time
// doubles with each character added, shown on lines of 18 to 26 characters only.
//
//   node scripts/bench/playbooks.mjs [--quick]     (after npm run build; also group "p" of npm run bench)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clauseOffsets, generateDraft } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The pathological patterns, each with the text its long line repeats and the character that
 * completes a match. A line without that character is a near miss (RE2 may see at once that it
 * cannot match); with it at the end, the engine has to run through the whole line.
 */
export const PATTERNS = [
  ['(a+)+b', 'a', 'b'],
  ['(x*)*y', 'x', 'y'],
  ['(a|aa)*c', 'a', 'c'],
  ['(\\w+\\s?)+;', 'w ', ';'],
  ['[ab]*a[ab]{20}c', 'ab', 'c'],
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 2) => Number(x.toFixed(d));

function time(fn, reps) {
  const times = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Runs bench p; prints as it goes and returns the figures. */
export async function benchPlaybooks({ quick = false, log = console.log } = {}) {
  const core = await import(path.join(root, 'out/server/src/core/index.js'));
  const { compilePattern, matchesOf } = await import(path.join(root, 'out/server/src/core/playbooks/patterns.js'));
  const sizes = quick ? [131_072, 262_144, 524_288] : [131_072, 262_144, 524_288, 1_048_576, 2_097_152];
  const reps = quick ? 2 : 5;
  const figures = { patterns: {}, analysis: {}, backtracking: {} };

  log('\n[p] playbook patterns on re2js, on one line of n characters (median ms, and ms per MB): a near miss, and a match');
  log('    that only the last character completes (the playbook evaluator tests first, then finds the matches\' places)');
  for (const [source, unit, last] of PATTERNS) {
    const re = compilePattern({ source, ignoreCase: false });
    for (const shape of ['near miss', 'match']) {
      const row = {};
      for (const n of sizes) {
        const body = unit.repeat(Math.ceil(n / unit.length)).slice(0, n - 1);
        const line = shape === 'match' ? body + last : body + unit[0];
        let count = 0;
        const ms = time(() => {
          count = 0;
          if (re.test(line)) for (const _ of matchesOf(re, line)) count++;
        }, reps);
        row[n] = { ms: round(ms), msPerMB: round((ms * 1_048_576) / n), matches: count };
      }
      (figures.patterns[source] ??= {})[shape] = row;
      log(`    ${source.padEnd(16)} ${shape.padEnd(9)} ${sizes.map((n) => `${(n / 1024).toFixed(0)} KB ${row[n].ms.toFixed(1)} (${row[n].msPerMB.toFixed(1)}/MB)`).join('  ')}`);
    }
  }

  // Through the analysis: a generated draft, without playbooks, with the two example team
  // playbooks, and with a playbook of every pattern above. Those patterns match short stretches of
  // ordinary words ("ab" in "about", "ac" in "each") thousands of times: that run measures the cost
  // of thousands of findings more than the cost of matching.
  const load = (file, text) => {
    const { playbook, problems } = core.parsePlaybook(text ?? fs.readFileSync(file, 'utf8'), file);
    if (!playbook) throw new Error(`bench p: ${problems.map(core.formatConfigProblem).join('; ')}`);
    return playbook;
  };
  const teamDir = path.join(root, 'examples/team/.agreement-lint/playbooks');
  const team = fs.readdirSync(teamDir).filter((f) => f.endsWith('.yaml')).sort().map((f) => load(path.join(teamDir, f)));
  const pathological = [load('/bench/pathological.yaml', `name: pathological\nkind: wording\nmessage: m\nwording:\n${PATTERNS.map(([p]) => `  - pattern: '${p}'\n    ignoreCase: false\n`).join('')}`)];
  log('    full cold analysis of a generated draft: without playbooks, with the two example team playbooks, with the five patterns above (median ms; findings)');
  for (const n of quick ? [100_000] : [100_000, 1_000_000]) {
    const text = generateDraft(n, 7);
    const runs = { none: [], team, pathological };
    for (let i = 0; i < (quick ? 1 : 3); i++) for (const playbooks of Object.values(runs)) core.analyze(text, { playbooks });
    const row = {};
    for (const [k, playbooks] of Object.entries(runs)) {
      row[k] = { ms: round(time(() => core.analyze(text, { playbooks }), quick ? 1 : 5)), findings: core.analyze(text, { playbooks }).findings.length };
    }
    figures.analysis[n] = row;
    log(`    ${(n / 1000).toFixed(0).padStart(5)} KB  none ${row.none.ms.toFixed(1)} ms (${row.none.findings})   team ${row.team.ms.toFixed(1)} ms (${row.team.findings})   five patterns ${row.pathological.ms.toFixed(1)} ms (${row.pathological.findings})`);
  }

  // A keystroke: two incremental analyzers of the 1 MB draft, one without playbooks and one with
  // the example team playbooks, given the same one-character edits in turn (so that the machine's
  // drifts fall on both), at five places from the start to the end of the draft.
  {
    const text = generateDraft(quick ? 100_000 : 1_000_000, 1);
    const clauses = clauseOffsets(text);
    const places = [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => clauses[Math.floor(clauses.length * f)]);
    const kinds = { none: [], team, wording: team.filter((p) => p.check.kind === 'wording') };
    const analyzers = Object.fromEntries(Object.entries(kinds).map(([k, playbooks]) => [k, core.createAnalyzer({ playbooks })]));
    const times = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
    for (const a of Object.values(analyzers)) a.analyze(text);
    const edits = quick ? 40 : 240;
    for (let r = 0; r < edits; r++) {
      const c = places[r % 5];
      const at = c.start + 5 + (r % 10);
      const edited = r % 2 === 0 ? text.slice(0, at) + 'x' + text.slice(at) : text;
      const order = Object.keys(kinds);
      if (r % 2) order.reverse();
      for (const k of order) {
        const t0 = performance.now();
        analyzers[k].analyze(edited);
        if (r >= edits / 6) times[k].push(performance.now() - t0);
      }
    }
    const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
    figures.keystroke = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, { medianMs: round(median(xs)), p95Ms: round(p95(xs)), edits: xs.length }]));
    const ks = figures.keystroke;
    log(
      `    re-analysis after a one-character edit, ${(text.length / 1e6).toFixed(1)} MB draft (median, p95): none ${ks.none.medianMs} ms, ${ks.none.p95Ms} ms; ` +
        `wording playbook ${ks.wording.medianMs} ms, ${ks.wording.p95Ms} ms (${(ks.wording.medianMs / ks.none.medianMs).toFixed(3)}x); ` +
        `both example playbooks ${ks.team.medianMs} ms, ${ks.team.p95Ms} ms (${(ks.team.medianMs / ks.none.medianMs).toFixed(3)}x)`,
    );
  }

  // The same first pattern on JavaScript's backtracking RegExp, on short lines only.
  const js = /(a+)+b/;
  const lengths = quick ? [18, 20, 22] : [18, 20, 22, 24, 26];
  for (const n of lengths) figures.backtracking[n] = round(time(() => js.test('a'.repeat(n)), 1));
  log(`    for contrast, (a+)+b on JavaScript's RegExp: ${lengths.map((n) => `${n} chars ${figures.backtracking[n].toFixed(1)} ms`).join(', ')}`);
  return figures;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchPlaybooks({ quick: process.argv.includes('--quick') });
}
