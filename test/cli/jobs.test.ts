/** The CLI on several threads (`--jobs`): the same output, fixes and errors as on one thread. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { cliBin } from '../helpers/paths.js';
import { tempDir } from '../helpers/tmp.js';
import { BYTES_PER_EXTRA_THREAD, threadsFor } from '../../server/src/cli/parallel.js';

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, [cliBin, ...args], { cwd, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** With the test hooks on, the workers review every file and the CLI says so on stderr. */
const hooks = { ...process.env, AGREEMENT_LINT_TEST_HOOKS: '1' };

function withoutHookLine(stderr: string): string {
  return stderr.replace(/^agreement-lint: test hooks: .*\n/m, '');
}

/** A folder of drafts that differ, so that a mix-up of results between files would show. */
function drafts(count: number): string {
  const dir = tempDir('agreement-lint-jobs');
  for (let i = 0; i < count; i++) {
    const blanks = Array.from({ length: (i % 4) + 1 }, (_, k) => `Item ${k} is due on [DATE].`).join(' ');
    const text = `---\npartner: Partner Number ${i}\n---\n# Arrangement ${i}\n\n${'Plain words. '.repeat(i % 7)}${blanks} Notices go to [PARTNER].\n`;
    fs.writeFileSync(path.join(dir, `d${String(i).padStart(2, '0')}.agreement.md`), text);
  }
  return dir;
}

describe('agreement-lint --jobs', () => {
  test('JSON and text output are the same with one and with several threads', () => {
    const dir = drafts(24);
    for (const format of ['json', 'text']) {
      const one = run(['--format', format, '--jobs', '1', '.'], dir);
      const three = run(['--format', format, '--jobs', '3', '.'], dir);
      const byDefault = run(['--format', format, '.'], dir);
      assert.equal(one.code, 0, one.stderr);
      assert.equal(three.code, 0, three.stderr);
      assert.ok(one.stdout.length > 0);
      assert.equal(three.stdout, one.stdout);
      assert.equal(byDefault.stdout, one.stdout);
      assert.equal(three.stderr, one.stderr);
    }
    // With the test hooks on, the main thread leaves every file to the workers and counts them.
    const hooked = run(['--format', 'json', '--jobs', '3', '.'], dir, { ...process.env, AGREEMENT_LINT_TEST_HOOKS: '1' });
    assert.equal(hooked.stdout, run(['--format', 'json', '--jobs', '1', '.'], dir).stdout);
    assert.match(hooked.stderr, /test hooks: 24 of 24 files reviewed on worker threads/);
    const parsed = JSON.parse(run(['--format', 'json', '--jobs', '2', '.'], dir).stdout);
    assert.deepEqual(
      parsed.files.map((f: { path: string }) => f.path),
      Array.from({ length: 24 }, (_, i) => `d${String(i).padStart(2, '0')}.agreement.md`),
    );
    // Draft i has (i % 4) + 1 [DATE] blanks and one [PARTNER]: results stayed with their files.
    parsed.files.forEach((f: { findings: unknown[] }, i: number) => assert.equal(f.findings.length, (i % 4) + 2));
  });

  test('--fix on several threads writes the same files as on one thread', () => {
    const a = drafts(12);
    const b = drafts(12);
    const ra = run(['--fix', '--jobs', '1', '.'], a);
    const rb = run(['--fix', '--jobs', '3', '.'], b, hooks);
    assert.equal(rb.code, ra.code);
    assert.match(ra.stderr, /12 fixes applied/);
    assert.match(rb.stderr, /test hooks: 12 of 12 files reviewed on worker threads/);
    assert.equal(withoutHookLine(rb.stderr), ra.stderr);
    for (const name of fs.readdirSync(a)) {
      assert.equal(fs.readFileSync(path.join(b, name), 'utf8'), fs.readFileSync(path.join(a, name), 'utf8'), name);
    }
  });

  test('an unreadable draft among many is named in one line, and the others are still reviewed', () => {
    const dir = drafts(10);
    fs.writeFileSync(path.join(dir, 'd05.agreement.md'), Buffer.from([0x23, 0x00, 0x01]));
    const all = run(['--jobs', '1', '.'], drafts(10));
    const one = run(['--jobs', '1', '.'], dir);
    const three = run(['--jobs', '3', '.'], dir, hooks);
    assert.equal(one.code, 2);
    assert.equal(three.code, 2);
    // Every other draft's findings, the same as without the stray file but for its own lines.
    assert.ok(one.stdout.length > 0);
    assert.equal(one.stdout, all.stdout.split('\n').filter((l) => !l.startsWith('d05.')).join('\n'));
    assert.equal(three.stdout, one.stdout);
    assert.match(three.stderr, /test hooks: 10 of 10 files reviewed on worker threads/);
    assert.equal(one.stderr.split('\n').filter((l) => /NUL bytes/.test(l)).length, 1);
    assert.match(one.stderr, /^agreement-lint: .*d05\.agreement\.md.*NUL bytes/m);
    assert.match(one.stderr, /in 9 files; 1 file not reviewed \(see above\)/);
    assert.equal(withoutHookLine(three.stderr), one.stderr);
    // JSON: the nine readable files, and still exit 2.
    const json = run(['--format', 'json', '--jobs', '1', '.'], dir);
    assert.equal(json.code, 2);
    assert.equal(JSON.parse(json.stdout).files.length, 9);
  });

  test('by default, one thread more for every 4 MB of drafts, up to the number of CPUs', () => {
    const mb = 1024 * 1024;
    const table: [cpus: number, bytes: number, threads: number][] = [
      [8, 0, 1],
      [8, 2 * mb, 1],
      [8, 4 * mb - 1, 1],
      [8, 4 * mb, 2],
      [2, 10 * mb, 2],
      [8, 10 * mb, 3],
      [4, 100 * mb, 4],
      [1, 100 * mb, 1],
    ];
    for (const [cpus, bytes, threads] of table) assert.equal(threadsFor(cpus, bytes), threads, `${cpus} CPUs, ${bytes} bytes`);
    assert.equal(BYTES_PER_EXTRA_THREAD, 4 * mb);
  });

  test('without --jobs, a small folder is reviewed on one thread and a large one on several', { skip: os.availableParallelism() < 2 && 'one CPU' }, () => {
    // With the test hooks on, a run that starts workers says how many files they reviewed.
    const small = drafts(6);
    const r = run(['--format', 'json', '.'], small, hooks);
    assert.equal(JSON.parse(r.stdout).files.length, 6, r.stderr);
    assert.doesNotMatch(r.stderr, /test hooks/);
    // Two drafts of over 2 MB each: mostly a code block, which costs little to review.
    const large = tempDir('agreement-lint-jobs');
    const block = '```text\n' + 'x'.repeat(79).concat('\n').repeat(27_000) + '```\n';
    for (const name of ['a', 'b']) fs.writeFileSync(path.join(large, `${name}.agreement.md`), `# Arrangement ${name}\n\nNotices go to [PARTNER].\n\n${block}`);
    const big = run(['--format', 'json', '.'], large, hooks);
    assert.equal(JSON.parse(big.stdout).files.length, 2, big.stderr);
    assert.match(big.stderr, /test hooks: 2 of 2 files reviewed on worker threads/);
  });

  test('--jobs must be a whole number of 1 or more', () => {
    const dir = drafts(1);
    for (const bad of ['0', 'two', '-1']) {
      const r = run([`--jobs=${bad}`, '.'], dir);
      assert.equal(r.code, 2, bad);
      assert.match(r.stderr, /--jobs takes a number of threads/);
    }
  });
});
