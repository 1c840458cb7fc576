/**
 * The extension-host test runner: VS Code (or code-server, through scripts/editors/code-standin.mjs)
 * loads this file with `require` and calls `run()`. It runs the mocha suites next to it and reports
 * passed / failed / skipped; a skipped test names the feature that is not in this build yet.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { skipped } from './helpers.js';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const dir = path.join(__dirname, 'suite');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
      const result = { passed: stats.passes, failed: stats.failures, skipped: stats.pending, skips: skipped };
      console.log(`AGREEMENT_LINT_SUITE_RESULT ${JSON.stringify(result)}`);
      console.log(`vscode suite: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`);
      const file = process.env['AGREEMENT_LINT_SUITE_RESULTS'];
      if (file) fs.writeFileSync(file, JSON.stringify(result, null, 2));
      if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
      else resolve();
    });
  });
}
