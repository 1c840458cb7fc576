// Measures the mission checks on a labelled folder in the evaluation-corpus format:
// clauses.jsonl (each clause judged alone, wrapped in a one-article draft) and whole agreements
// (*.md with *.expected.json). Prints precision and recall per mission rule, and the mismatches.
// Usage: npm run eval -- [folder] [--split dev|test|all]   (run `npm run build` first; reads
// out/server/src/core). The folder defaults to ../shared/corpus beside the project.
//
// `--split test` scores the held-out part of clauses.jsonl (split "test", by source treaty). It
// prints figures and counts of failures by kind (the clause's category, and whether the check
// missed or over-fired), never the clauses themselves: that part is there to tell whether a change
// generalises to wording nobody studied, and reading it clause by clause would make it one more
// part to tune on. `--split dev` (the default) names each failing clause.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let split = 'dev';
const positional = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--split') split = args[++i] ?? '';
  else if (a.startsWith('--split=')) split = a.slice('--split='.length);
  else if (a === '--help' || a === '-h') {
    console.log('usage: npm run eval -- [folder] [--split dev|test|all]\n  folder: clauses.jsonl and/or *.md + *.expected.json (default ../shared/corpus)');
    process.exit(0);
  } else positional.push(a);
}
if (!['dev', 'test', 'all'].includes(split)) {
  console.error(`eval: --split must be dev, test or all (got "${split}")`);
  process.exit(2);
}
const defaultFolder = path.resolve(root, '..', 'shared', 'corpus');
const folder = positional[0] ?? (fs.existsSync(defaultFolder) ? defaultFolder : undefined);
if (!folder) {
  console.error(
    `eval: no corpus folder given, and ${defaultFolder} does not exist.\n` +
      'usage: npm run eval -- <folder with clauses.jsonl and/or *.md + *.expected.json> [--split dev|test|all]\n' +
      'The labelled corpus lives in ../shared/corpus beside the project (CI places it there).',
  );
  process.exit(2);
}
if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
  console.error(`eval: "${folder}" is not a folder (give the folder with clauses.jsonl and/or *.md + *.expected.json)`);
  process.exit(2);
}
const corePath = path.join(root, 'out/server/src/core/index.js');
if (!fs.existsSync(corePath)) {
  console.error('out/server/src/core/index.js is missing: run `npm run build` first.');
  process.exit(2);
}
const { analyze } = await import(pathToFileURL(corePath).href);
const { draftFacts } = await import(pathToFileURL(path.join(root, 'out/server/src/core/language/facts.js')).href);

const RULES = {
  A: 'over-restricted-dissemination',
  B: 'missing-privacy-act-handling',
  C: 'classified-without-formal-terms',
};

/** Counters for one rule and one confidence group. */
function counter() {
  return { tp: 0, fp: 0, fn: 0, tn: 0, fps: [], fns: [], kinds: new Map() };
}
function add(c, expected, fired, id, kind = '') {
  if (expected && fired) c.tp++;
  else if (!expected && fired) (c.fp++, c.fps.push(id), count(c, `false finding on a ${kind}`));
  else if (expected && !fired) (c.fn++, c.fns.push(id), count(c, `missed on a ${kind}`));
  else c.tn++;
}
function count(c, key) {
  c.kinds.set(key, (c.kinds.get(key) ?? 0) + 1);
}
/** Whether failures are printed clause by clause (dev) or only counted by kind (held-out test). */
const blind = split === 'test';
const pct = (n, d) => (d === 0 ? '  n/a' : (n / d).toFixed(2).padStart(5));

function table(title, groups) {
  console.log(`\n${title}`);
  console.log('rule                                   precision  recall   tp  fp  fn  tn');
  for (const [key, c] of Object.entries(groups)) {
    const name = `${key} ${RULES[key]}`.padEnd(38);
    console.log(`${name} ${pct(c.tp, c.tp + c.fp)}    ${pct(c.tp, c.tp + c.fn)}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)} ${String(c.tn).padStart(3)}`);
  }
  for (const [key, c] of Object.entries(groups)) {
    if (blindTable) {
      const kinds = [...c.kinds].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      if (kinds.length) console.log(`  ${key} failures by kind: ${kinds.map(([k, n]) => `${n} ${k}`).join('; ')}`);
      continue;
    }
    if (c.fps.length) console.log(`  ${key} false positives: ${c.fps.join(', ')}`);
    if (c.fns.length) console.log(`  ${key} missed: ${c.fns.join(', ')}`);
  }
}
let blindTable = false;

let failed = false;
const clausesFile = path.join(folder, 'clauses.jsonl');
if (fs.existsSync(clausesFile)) {
  const main = { A: counter(), B: counter(), C: counter() };
  const low = { A: counter(), B: counter(), C: counter() };
  let n = 0;
  let nLow = 0;
  const started = performance.now();
  for (const line of fs.readFileSync(clausesFile, 'utf8').split(/\r?\n/)) {
    if (!line.trim()) continue;
    const item = JSON.parse(line);
    if (split !== 'all' && (item.split ?? 'dev') !== split) continue;
    const text = String(item.text ?? '');
    const draft = `## Article 1\n\n${text}\n`;
    const result = analyze(draft);
    const fired = new Set(result.findings.map((f) => f.ruleId));
    const facts = draftFacts(result.model);
    // Why check B went wrong, by kind: personal data seen or not, handling seen or not.
    const why = {
      A: '',
      B: `${facts.personal.length ? 'personal data seen' : 'no personal data seen'}, ${facts.privacyPresent ? 'handling seen' : 'no handling seen'}`,
      C: `${facts.classified.length ? 'classified material seen' : 'no classified material seen'}, ${facts.classifiedFormal ? 'formal terms seen' : 'no formal terms seen'}`,
    };
    const labels = item.labels ?? {};
    const expected = {
      A: labels.over_restrictive_dissemination === true,
      B: item.shares_personal_data === true && labels.privacy_handling_present === false,
      C: labels.classified_formal_terms === false,
    };
    const group = item.confidence === 'low' ? low : main;
    if (item.confidence === 'low') nLow++;
    else n++;
    for (const k of Object.keys(RULES)) add(group[k], expected[k], fired.has(RULES[k]), item.id, `${item.category ?? 'uncategorised'} clause${why[k] ? ` (${why[k]})` : ''}`);
  }
  blindTable = blind;
  table(`Clauses, split ${split} (high and medium confidence, ${n} clauses; each alone in a one-article draft)`, main);
  if (nLow) table(`Clauses, split ${split} (low confidence, ${nLow} clauses; scored separately)`, low);
  blindTable = false;
  console.log(`  (${(performance.now() - started).toFixed(0)} ms for ${n + nLow} clauses)`);
  for (const c of Object.values(main)) if (c.fp || c.fn) failed = true;
}

const docs = fs.readdirSync(folder).filter((f) => f.endsWith('.expected.json')).sort();
if (docs.length) {
  const whole = { A: counter(), B: counter(), C: counter() };
  const keys = { A: 'A_over_restrictive_dissemination', B: 'B_missing_privacy_act_handling', C: 'C_classified_without_formal_terms' };
  const rows = [];
  for (const f of docs) {
    const exp = JSON.parse(fs.readFileSync(path.join(folder, f), 'utf8'));
    const mdName = exp.file ?? f.replace(/\.expected\.json$/, '.md');
    const mdPath = path.join(folder, path.basename(mdName));
    if (!fs.existsSync(mdPath)) continue;
    const findings = analyze(fs.readFileSync(mdPath, 'utf8')).findings;
    const id = path.basename(mdPath, '.md');
    const cells = [];
    for (const k of Object.keys(RULES)) {
      const expected = exp.expected?.[keys[k]]?.flag === true;
      const hits = findings.filter((x) => x.ruleId === RULES[k]);
      add(whole[k], expected, hits.length > 0, id);
      const lines = hits.map((h) => h.range.start.line + 1).join(',');
      cells.push(`${k}:${expected ? 'flag' : 'no'}/${hits.length ? `fired@${lines}` : 'silent'}${expected === hits.length > 0 ? '' : ' MISMATCH'}`);
    }
    rows.push(`  ${id.padEnd(36)} ${cells.join('  ')}`);
  }
  table(`Whole agreements (${rows.length}; expected verdict vs finding)`, whole);
  for (const r of rows) console.log(r);
  for (const c of Object.values(whole)) if (c.fp || c.fn) failed = true;
}
process.exitCode = failed ? 1 : 0;
