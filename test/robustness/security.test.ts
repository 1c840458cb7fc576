/**
 * Security and privacy: the server and the CLI open no network connection; document text never
 * reaches a log at the default level; the manifest says the truth about untrusted and virtual
 * workspaces; and no shipped code can run what a workspace contains.
 *
 * The network guard is a --require preload (written to a temporary folder) that replaces every
 * way Node has to reach the network (net/tls connect, dns, http/https requests, dgram, fetch) with
 * a function that records the call in a file and throws. The stdio pipes of the LSP transport are
 * not connections and stay untouched.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { cliBin, examplesDir, repoRoot } from '../helpers/paths.js';
import { LspClient } from '../helpers/lsp-client.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'agreement-lint-sec-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const attempts = path.join(tmp, 'network-attempts.log');
const preload = path.join(tmp, 'no-network.cjs');
fs.writeFileSync(
  preload,
  `'use strict';
const fs = require('fs');
const log = ${JSON.stringify(attempts)};
function refuse(what) {
  return function () {
    fs.appendFileSync(log, what + '\\n');
    throw new Error('network use refused by the test guard: ' + what);
  };
}
const net = require('net');
net.Socket.prototype.connect = refuse('net.Socket.connect');
net.connect = net.createConnection = refuse('net.connect');
const tls = require('tls');
tls.connect = refuse('tls.connect');
const dns = require('dns');
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) dns[k] = refuse('dns.' + k);
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6']) dns.promises[k] = refuse('dns.promises.' + k);
for (const m of ['http', 'https']) { const h = require(m); h.request = refuse(m + '.request'); h.get = refuse(m + '.get'); }
const dgram = require('dgram');
dgram.createSocket = refuse('dgram.createSocket');
globalThis.fetch = refuse('fetch');
`,
);

function attemptsSoFar(): string[] {
  return fs.existsSync(attempts) ? fs.readFileSync(attempts, 'utf8').split('\n').filter(Boolean) : [];
}

const marker = 'ZEBRA-SECRET-4417';
const draftWithMarker = `---
title: Arrangement ${marker}
partner: ${marker} Republic
parties:
  - {name: "the United States", short: "the United States"}
  - {name: "${marker}", short: "${marker}"}
---
# Arrangement on ${marker} [PARTNER]

## Article 1 — ${marker}

1. The Recipient shall not pass ${marker} information to any third party under any circumstances.
2. Names and dates of birth of ${marker} persons are exchanged. TBD
`;

describe('no network use', () => {
  test('the guard itself catches a connection attempt (so the tests below can fail)', () => {
    const r = spawnSync(process.execPath, ['--require', preload, '-e', "try { require('net').connect(9, '127.0.0.1') } catch {}; try { require('dns').lookup('localhost', () => {}) } catch {}"], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(attemptsSoFar(), ['net.connect', 'dns.lookup']);
    fs.rmSync(attempts, { force: true });
  });

  test('the CLI reviews, fixes and writes SARIF without opening a connection', () => {
    const file = path.join(tmp, 'net.agreement.md');
    fs.writeFileSync(file, draftWithMarker);
    for (const args of [['--format', 'sarif', file], ['--format', 'json', examplesDir], ['--fix', file], ['--help']]) {
      const r = spawnSync(process.execPath, ['--require', preload, cliBin, ...args], { encoding: 'utf8' });
      assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    }
    assert.deepEqual(attemptsSoFar(), []);
  });

  test('the language server serves a session over stdio without opening a connection', async () => {
    const client = new LspClient({ env: { NODE_OPTIONS: `--require ${preload}` } });
    try {
      await client.initialize();
      const uri = 'file:///ws/net.agreement.md';
      await client.open(uri, draftWithMarker);
      const diags = await client.diagnostics(uri, 1);
      assert.ok(diags.length > 0, 'the server really reviewed the draft');
      await client.request('textDocument/codeAction', { textDocument: { uri }, range: diags[0]!.range, context: { diagnostics: diags } });
      await client.change(uri, 2, [{ text: `${draftWithMarker}\n3. More [DATE].\n` }]);
      await client.diagnostics(uri, 2);
      await client.close(uri);
    } finally {
      assert.equal(await client.shutdown(), 0);
    }
    assert.deepEqual(attemptsSoFar(), []);
  });
});

describe('no document text in logs', () => {
  test('the server at the default level logs no document text, even with broken settings and a failing rule', async () => {
    const client = new LspClient({
      env: { AGREEMENT_LINT_TEST_HOOKS: '1' },
      settings: { include: 'x', rules: { 'leftover-placeholder': 'loud' } },
    });
    try {
      await client.initialize();
      const uri = 'file:///ws/private.agreement.md';
      await client.open(uri, draftWithMarker);
      const diags = await client.diagnostics(uri, 1);
      assert.ok(diags.some((d) => d.message.includes(marker)) || diags.length > 0, 'the draft was reviewed');
      await client.change(uri, 2, [{ text: draftWithMarker.replace('---\n#', `bad: [${marker}\n---\n#`) }]);
      await client.diagnostics(uri, 2);
      await client.close(uri);
      await client.waitFor(() => client.published.some((p) => p.uri === uri && p.diagnostics.length === 0), 'the clearing publication');
      assert.ok(client.messages.length > 0, 'the server did log (settings problems, the failing rule), so the check below looks at real output');
    } finally {
      await client.shutdown();
    }
    const logged = [...client.messages.map((m) => m.message), ...client.stderr].join('\n');
    assert.ok(!logged.includes(marker), `document text in the log:\n${logged}`);
  });

  test('the CLI prints document text only in its findings on stdout, never on stderr', () => {
    const file = path.join(tmp, 'private.agreement.md');
    fs.writeFileSync(file, draftWithMarker.replace('---\n#', `bad: [${marker}\n---\n#`));
    const r = spawnSync(process.execPath, [cliBin, file], { encoding: 'utf8' });
    assert.ok(r.status === 1 || r.status === 0, r.stderr);
    assert.ok(!r.stderr.includes(marker), r.stderr);
  });
});

describe('workspace trust and what runs', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    capabilities?: { untrustedWorkspaces?: { supported: boolean | string; description?: string; restrictedConfigurations?: string[] }; virtualWorkspaces?: { supported: boolean | string; description?: string } };
    contributes: { configuration: { properties: Record<string, { type?: string | string[]; scope?: string }> } };
  };

  test('the manifest declares untrusted and virtual workspace support, with a reason where limited', () => {
    const caps = pkg.capabilities;
    assert.ok(caps?.untrustedWorkspaces, 'untrustedWorkspaces is declared');
    assert.ok(caps.untrustedWorkspaces.supported === true || caps.untrustedWorkspaces.supported === 'limited');
    if (caps.untrustedWorkspaces.supported === 'limited') assert.ok(caps.untrustedWorkspaces.description, 'a limited support says why');
    assert.ok(caps.virtualWorkspaces, 'virtualWorkspaces is declared');
    if (caps.virtualWorkspaces.supported !== true) assert.ok(caps.virtualWorkspaces.description, 'a limited or missing support says why');
  });

  test('full support in untrusted workspaces is true: no setting names a program, path or module to run', () => {
    if (pkg.capabilities?.untrustedWorkspaces?.supported !== true) return;
    for (const [key, schema] of Object.entries(pkg.contributes.configuration.properties)) {
      assert.doesNotMatch(key, /(?:path|command|executable|program|module|script|runtime)s?$/i, `${key} could make the extension run workspace-chosen code; declare "limited" with restrictedConfigurations`);
      assert.notEqual(schema.scope, 'machine-overridable', key);
    }
  });

  test('no shipped code evaluates text, spawns processes or loads modules chosen at run time (templates are data)', () => {
    const roots = ['server/src', 'client/src'].map((d) => path.join(repoRoot, d));
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.ts')) files.push(p);
      }
    };
    roots.forEach(walk);
    assert.ok(files.length > 10);
    const forbidden: [RegExp, string][] = [
      [/\beval\s*\(/, 'eval'],
      [/\bnew\s+Function\s*\(/, 'new Function'],
      [/\bimport\s*\(\s*[^'"`\s]/, 'a dynamic import of a computed name'],
      [/\brequire\s*\(\s*[^'"`\s]/, 'a require of a computed name'],
      [/node:child_process|from\s+['"]child_process['"]/, 'child_process'],
      [/\bnode:vm\b|from\s+['"]vm['"]/, 'vm'],
      [/\bnode:(?:net|http|https|tls|dgram|dns)\b|from\s+['"](?:net|http|https|tls|dgram|dns)['"]/, 'a network module'],
      [/\bfetch\s*\(/, 'fetch'],
    ];
    // One file may use vm, to reach the garbage collector with a constant expression (see
    // server/src/bin/collector.ts); it must not evaluate anything else.
    const collector = path.join(repoRoot, 'server/src/bin/collector.ts');
    // And the CLI's entry may start node again, itself, with one V8 flag (see server/src/bin/cli.ts):
    // the program is this node (`process.execPath`) and the script is the one that is running.
    const cliEntry = path.join(repoRoot, 'server/src/bin/cli.ts');
    const allowed = new Map([
      [collector, new Set(['vm'])],
      [cliEntry, new Set(['child_process'])],
    ]);
    const vmCalls = [...fs.readFileSync(collector, 'utf8').matchAll(/\bvm\.(\w+)\(([^)]*)\)/g)];
    assert.deepEqual(vmCalls.map((m) => m[1]), ['runInNewContext'], 'collector.ts calls vm once');
    assert.match(vmCalls[0]![2]!, /^'[^']*'$/, 'and only with a string constant');
    const cliSource = fs.readFileSync(cliEntry, 'utf8');
    assert.deepEqual([...cliSource.matchAll(/import \{([^}]*)\} from 'node:child_process'/g)].map((m) => m[1]!.trim()), ['spawnSync'], 'cli.ts imports spawnSync alone');
    const spawns = [...cliSource.matchAll(/\bspawnSync\(([^,]*), \[(.*)\], \{/g)];
    assert.equal(spawns.length, 1, 'cli.ts starts one process');
    assert.equal(spawns[0]![1], 'process.execPath', 'the node that runs it');
    assert.match(spawns[0]![2]!, /^\.\.\.process\.execArgv\.filter\(.*\), GC_FLAG, process\.argv\[1\], \.\.\.process\.argv\.slice\(2\)$/, 'with its own script and arguments');
    assert.match(cliSource, /const GC_FLAG = '--single-threaded-gc';/);
    const found: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
      for (const [re, what] of forbidden) if (re.test(text) && !allowed.get(file)?.has(what)) found.push(`${path.relative(repoRoot, file)}: ${what}`);
    }
    assert.deepEqual(found, []);
  });
});
