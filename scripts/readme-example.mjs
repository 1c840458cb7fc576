// Regenerates the "Example output" block of README.md from a real run of the CLI on examples/.
// A test fails when the README is out of date.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const r = spawnSync(process.execPath, ['bin/agreement-lint.cjs', '--quiet', 'examples/'], { encoding: 'utf8' });
const block = '<!-- example-output:start -->\n```text\n$ npx agreement-lint examples/\n' + r.stdout + '```\n<!-- example-output:end -->';
const readme = fs.readFileSync('README.md', 'utf8');
const next = readme.replace(/<!-- example-output:start -->[\s\S]*?<!-- example-output:end -->/, block);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md example output is out of date: run `node scripts/readme-example.mjs`');
    process.exit(1);
  }
} else if (next !== readme) {
  fs.writeFileSync('README.md', next);
  console.log('README.md example output updated');
}
