/**
 * A playbook finding's diagnostic links to the playbook file. (The server receives playbooks from
 * the team configuration; until that is loaded, this checks the one conversion every diagnostic
 * goes through, with a finding from a real analysis.)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, parsePlaybook } from '../../server/src/core/index.js';
import { toDiagnostic } from '../../server/src/lsp/convert.js';

test('codeDescription.href is the playbook file for a playbook finding, the rule page otherwise', () => {
  const { playbook } = parsePlaybook("kind: wording\nmessage: m\nwording:\n  - pattern: 'under no circumstances'\n", '/team/.agreement-lint/playbooks/bars.yaml');
  assert.ok(playbook);
  const text = '# Arrangement\n\n## Article 1 — Use\n\n1. It shall be kept under no circumstances [PARTNER].\n';
  const findings = analyze(text, { playbooks: [playbook] }).findings;
  const mine = findings.findIndex((f) => f.ruleId === 'playbook/bars');
  const other = findings.findIndex((f) => f.ruleId === 'leftover-placeholder');
  assert.ok(mine >= 0 && other >= 0);
  const d = toDiagnostic(findings[mine]!, mine, 'file:///d.agreement.md', 1, 'file:///ext/docs/rules/');
  assert.equal(d.code, 'playbook/bars');
  assert.deepEqual(d.codeDescription, { href: 'file:///team/.agreement-lint/playbooks/bars.yaml' });
  const o = toDiagnostic(findings[other]!, other, 'file:///d.agreement.md', 1, 'file:///ext/docs/rules/');
  assert.deepEqual(o.codeDescription, { href: 'file:///ext/docs/rules/leftover-placeholder.md' });
});
