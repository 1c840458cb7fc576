// Prints the drafting-hygiene findings of each real agreement beside the clone (../shared), with
// the line each stands on, for a person to read and judge; the judgements are kept in
// test/realtext/expected/<name>.json, which test/realtext/hygiene.test.ts holds the rules to.
//
//   npm run build && node scripts/realtext-findings.mjs [--all]
//
// --all prints every finding, not only those that differ from the judged ones.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { analyze } = await import(pathToFileURL(path.join(root, 'out', 'server', 'src', 'core', 'index.js')).href);
const { realAgreements, missingRealText, hygieneRules } = await import(pathToFileURL(path.join(root, 'out', 'test', 'helpers', 'real-agreements.js')).href);
const all = process.argv.includes('--all');
if (missingRealText()) {
  console.log(missingRealText());
  process.exit(0);
}
const perRule = {};
let judgedRight = 0;
let total = 0;
for (const a of realAgreements()) {
  const file = path.join(root, 'test', 'realtext', 'expected', `${a.name}.json`);
  const judged = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).hygiene : undefined;
  const lines = a.text.split(/\r\n|\n|\r/);
  const found = analyze(a.text).findings.filter((f) => hygieneRules.has(f.ruleId));
  for (const f of found) {
    total++;
    perRule[f.ruleId] = (perRule[f.ruleId] ?? 0) + 1;
    const line = f.range.start.line + 1;
    const ok = judged?.some((j) => j.rule === f.ruleId && j.line === line);
    if (ok) judgedRight++;
    if (all || !ok) console.log(`${a.name}:${line} ${f.ruleId}${judged ? (ok ? ' [judged right]' : ' [NOT JUDGED]') : ''}\n  ${f.message}\n  > ${lines[f.range.start.line].trim().slice(0, 160)}`);
  }
  if (judged) for (const j of judged) if (!found.some((f) => f.ruleId === j.rule && f.range.start.line + 1 === j.line)) console.log(`${a.name}:${j.line} ${j.rule} judged right but no longer reported`);
}
console.log(`\n${total} hygiene findings on ${realAgreements().length} real agreements (${JSON.stringify(perRule)}); ${judgedRight} of them judged right`);
