// A minimal LSP client over stdio for the benchmark: it spawns the real server binary, frames
// JSON-RPC messages by hand (so nothing but the server is measured) and answers the server's
// requests the way an editor would.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Starts `node [nodeArgs] bin/agreement-lint-server.cjs --stdio` in `root` (with `env` added to the environment) and returns a client. */
export function startServer(root, settings, nodeArgs = [], script = 'bin/agreement-lint-server.cjs', env = {}) {
  const child = spawn(process.execPath, [...nodeArgs, script, '--stdio'], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let buffer = Buffer.alloc(0);
  let nextId = 1;
  const pending = new Map();
  const waiters = new Set();
  const stderr = [];
  child.stderr.on('data', (d) => stderr.push(d));

  const send = (message) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };

  const onMessage = (m) => {
    if (m.id !== undefined && m.method === undefined) {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (p) m.error ? p.reject(new Error(m.error.message)) : p.resolve(m.result);
      return;
    }
    if (m.id !== undefined) {
      // A request from the server: answer configuration pulls with our settings, the rest with null.
      let result = null;
      if (m.method === 'workspace/configuration') {
        result = m.params.items.map((i) => (i.section === 'agreementLint' ? settings : null));
      }
      send({ id: m.id, result });
      return;
    }
    for (const w of [...waiters]) {
      if (w.test(m)) {
        waiters.delete(w);
        w.resolve(m);
      }
    }
  };

  child.stdout.on('data', (chunk) => {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: *(\d+)/i.exec(header)[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      buffer = buffer.subarray(headerEnd + 4 + length);
      onMessage(JSON.parse(body));
    }
  });

  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

  return {
    pid: child.pid,
    stderr: () => Buffer.concat(stderr).toString('utf8'),
    request(method, params) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        send({ id, method, params });
      });
    },
    notify(method, params) {
      send({ method, params });
    },
    /** Resolves with the first later notification for which `test` is true. */
    waitFor(test, timeoutMs = 600_000) {
      return new Promise((resolve, reject) => {
        const w = { test, resolve };
        waiters.add(w);
        const timer = setTimeout(() => {
          waiters.delete(w);
          reject(new Error('timed out waiting for the server'));
        }, timeoutMs);
        timer.unref();
        const done = w.resolve;
        w.resolve = (m) => {
          clearTimeout(timer);
          done(m);
        };
      });
    },
    async initialize(rootUri) {
      const result = await this.request('initialize', {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'bench' }],
        capabilities: {
          workspace: { configuration: true, workspaceFolders: true },
          textDocument: { publishDiagnostics: { versionSupport: true } },
        },
      });
      this.notify('initialized', {});
      return result;
    },
    async shutdown() {
      try {
        await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 5000))]);
        this.notify('exit', null);
      } catch {
        // The server may already be gone.
      }
      const timer = setTimeout(() => child.kill(), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resident memory of a process in MB, from /proc/<pid>/status (Linux only). */
export function residentMb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)[1]);
    return kb / 1024;
  } catch {
    return undefined;
  }
}

export function fileUri(p) {
  return pathToFileURL(p).href;
}
