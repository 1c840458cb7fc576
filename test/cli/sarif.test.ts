/**
 * SARIF output against the SARIF 2.1.0 JSON Schema (the schema shipped by @microsoft/jest-sarif,
 * pinned as a devDependency), and suppressed findings reported as suppressed in the source with
 * their justification rather than dropped; the text and JSON outputs still leave them out.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import AjvModule from 'ajv';
import { cliBin, examplesDir, repoRoot } from '../helpers/paths.js';
import { tempDir } from '../helpers/tmp.js';

function run(args: string[], cwd = repoRoot) {
  const r = spawnSync(process.execPath, [cliBin, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The SARIF 2.1.0 schema (a draft-04 schema: its `id` is read as `$id`, its meta-schema not fetched;
 * one of its patterns, for language tags, is not valid with the `u` flag, so patterns are compiled without it).
 */
function sarifValidator() {
  const require = createRequire(import.meta.url);
  const file = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const { $schema: _meta, id, ...rest } = schema;
  const Ajv = (AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule;
  const ajv = new (Ajv as unknown as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } })({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
  return ajv.compile({ $id: id, ...rest });
}

const draft = `# Arrangement

## Article 1 — Exchange

1. The Parties shall exchange information on known or suspected terrorists.

<!-- agreement-lint-disable-next-line leftover-placeholder -- the date is written in at signature -->
This Arrangement enters into force on [DATE].

Notices go to [PARTNER].
`;

describe('SARIF output', () => {
  test('valid against the SARIF 2.1.0 schema, on the example and on a draft with suppressions', () => {
    const validate = sarifValidator();
    const dir = tempDir('agreement-lint-sarif');
    fs.writeFileSync(path.join(dir, 's.agreement.md'), draft);
    for (const args of [['--format', 'sarif', examplesDir], ['--format', 'sarif', 's.agreement.md']]) {
      const r = run(args, args[2] === examplesDir ? repoRoot : dir);
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
      const log = JSON.parse(r.stdout);
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
    }
    // The schema does reject what it should: a result with an unknown suppression kind.
    const log = JSON.parse(run(['--format', 'sarif', 's.agreement.md'], dir).stdout);
    log.runs[0].results[0].suppressions = [{ kind: 'somewhere' }];
    assert.equal(validate(log), false);
  });

  test('a suppressed finding is reported as suppressed in the source, with its justification', () => {
    const dir = tempDir('agreement-lint-sarif');
    fs.writeFileSync(path.join(dir, 's.agreement.md'), draft);
    const log = JSON.parse(run(['--format', 'sarif', 's.agreement.md'], dir).stdout);
    const results = log.runs[0].results as { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[]; suppressions?: { kind: string; justification: string }[] }[];
    const placeholders = results.filter((r) => r.ruleId === 'leftover-placeholder');
    assert.deepEqual(placeholders.map((r) => r.locations[0]!.physicalLocation.region.startLine), [8, 10]);
    assert.deepEqual(placeholders[0]!.suppressions, [{ kind: 'inSource', justification: 'the date is written in at signature' }]);
    assert.equal(placeholders[1]!.suppressions, undefined);
    // Text and JSON show what the editor shows: the suppressed finding is not there.
    const text = run(['s.agreement.md'], dir).stdout;
    assert.doesNotMatch(text, /:8:\d+ warning leftover-placeholder/);
    assert.match(text, /:10:\d+ warning leftover-placeholder/);
    const json = JSON.parse(run(['--format', 'json', 's.agreement.md'], dir).stdout);
    assert.deepEqual(json.files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'leftover-placeholder').map((f: { range: { start: { line: number } } }) => f.range.start.line), [9]);
  });
});
