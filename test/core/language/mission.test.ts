/**
 * The mission checks end to end: the bundled example draft raises the three mission findings, and
 * the evaluation command reads a folder in the corpus format and scores clauses and agreements.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../../server/src/core/index.js';
import { repoRoot } from '../../helpers/paths.js';

test('the example draft raises the three mission findings where they belong', () => {
  const text = fs.readFileSync(path.join(repoRoot, 'examples', 'screening-information.agreement.md'), 'utf8');
  const { findings } = analyze(text);
  const line = (n: number) => text.split('\n')[n]!;
  const over = findings.filter((f) => f.ruleId === 'over-restricted-dissemination');
  assert.ok(over.some((f) => /^Article 3\(1\) /.test(f.message) && /^1\. /.test(line(f.range.start.line).trimStart())), 'Article 3(1) is over-restrictive');
  assert.equal(findings.filter((f) => f.ruleId === 'missing-privacy-act-handling').length, 1);
  assert.equal(findings.filter((f) => f.ruleId === 'classified-without-formal-terms').length, 1);
});

test('npm run eval scores a folder in the corpus format', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agreement-lint-eval-'));
  try {
    const clauses = [
      { id: 'c1', text: 'Information received shall not be disclosed to any other agency.', confidence: 'high', shares_personal_data: false, labels: { over_restrictive_dissemination: true, privacy_handling_present: false, classified_formal_terms: 'n/a' } },
      { id: 'c2', text: 'The Parties shall exchange fingerprints of suspects.', confidence: 'high', shares_personal_data: true, labels: { over_restrictive_dissemination: 'n/a', privacy_handling_present: false, classified_formal_terms: 'n/a' } },
      { id: 'c3', text: 'The Parties may exchange classified information.', confidence: 'medium', shares_personal_data: false, labels: { over_restrictive_dissemination: 'n/a', privacy_handling_present: false, classified_formal_terms: false } },
      { id: 'c4', text: 'Each Party shall designate a contact point.', confidence: 'low', shares_personal_data: false, labels: { over_restrictive_dissemination: true, privacy_handling_present: false, classified_formal_terms: 'n/a' } },
    ];
    fs.writeFileSync(path.join(dir, 'clauses.jsonl'), clauses.map((c) => JSON.stringify(c)).join('\n') + '\n');
    fs.writeFileSync(path.join(dir, 'agreement-x.md'), '# Test Arrangement\n\n## Article 1\n\nThe Parties shall exchange threat reports, and each shall protect them from public disclosure.\n');
    const flag = (f: boolean) => ({ flag: f });
    fs.writeFileSync(path.join(dir, 'agreement-x.expected.json'), JSON.stringify({ file: 'agreement-x.md', expected: { A_over_restrictive_dissemination: flag(false), B_missing_privacy_act_handling: flag(false), C_classified_without_formal_terms: flag(false) } }));
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'eval.mjs'), dir], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /A over-restricted-dissemination\s+1\.00\s+1\.00\s+1\s+0\s+0\s+2/);
    assert.match(r.stdout, /B missing-privacy-act-handling\s+1\.00\s+1\.00\s+1\s+0\s+0\s+2/);
    assert.match(r.stdout, /C classified-without-formal-terms\s+1\.00\s+1\.00\s+1\s+0\s+0\s+2/);
    assert.match(r.stdout, /low confidence, 1 clauses/);
    assert.match(r.stdout, /A missed: c4/);
    assert.match(r.stdout, /agreement-x\s+A:no\/silent\s+B:no\/silent\s+C:no\/silent/);

    // The held-out part: figures and failure counts by kind, never the clauses' ids.
    const held = [
      { id: 'h1', split: 'test', category: 'dissemination', text: 'Each Party shall designate a contact point.', confidence: 'high', shares_personal_data: false, labels: { over_restrictive_dissemination: true, privacy_handling_present: false, classified_formal_terms: 'n/a' } },
      { id: 'h2', split: 'test', category: 'neutral', text: 'Information received shall not be disclosed to any other agency.', confidence: 'high', shares_personal_data: false, labels: { over_restrictive_dissemination: false, privacy_handling_present: false, classified_formal_terms: 'n/a' } },
    ];
    fs.appendFileSync(path.join(dir, 'clauses.jsonl'), held.map((c) => JSON.stringify(c)).join('\n') + '\n');
    const t = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'eval.mjs'), dir, '--split', 'test'], { encoding: 'utf8' });
    assert.match(t.stdout, /split test \(high and medium confidence, 2 clauses/);
    assert.match(t.stdout, /A over-restricted-dissemination\s+0\.00\s+0\.00\s+0\s+1\s+1\s+0/);
    assert.match(t.stdout, /A failures by kind: 1 false finding on a neutral clause; 1 missed on a dissemination clause/);
    assert.doesNotMatch(t.stdout, /\bh1\b|\bh2\b/);
    // The default part is dev: clauses without a split are dev, the held-out ones are left out.
    const d = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'eval.mjs'), dir], { encoding: 'utf8' });
    assert.match(d.stdout, /split dev \(high and medium confidence, 3 clauses/);
    const bad = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'eval.mjs'), dir, '--split', 'holdout'], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--split must be dev, test or all/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
