/** File-system side of the CLI: finding drafts, reading them safely, writing fixes atomically. */
import fs from 'node:fs';
import path from 'node:path';

/** A user-facing error that ends the CLI with exit code 2 and one line on stderr. */
export class CliError extends Error {}

const skipDirs = new Set(['node_modules', '.git', '.hg', '.svn']);

/**
 * Expands files and folders into the list of drafts to review, sorted, without duplicates. Without
 * `accept`, folders give their `*.agreement.md` files and named files are all kept; with it, folders
 * give the Markdown files it accepts (`named` false) and named files are kept if it accepts them
 * (`named` true).
 */
export function collectFiles(inputs: readonly string[], accept?: (file: string, named: boolean) => boolean): string[] {
  const found = new Set<string>();
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      throw new CliError(`cannot read ${input}: no such file or folder`);
    }
    if (stat.isDirectory()) walk(input, found, accept);
    else if (!accept || accept(path.normalize(input), true)) found.add(path.normalize(input));
  }
  return [...found].sort();
}

function walk(dir: string, found: Set<string>, accept?: (file: string, named: boolean) => boolean): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new CliError(`cannot read folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skipDirs.has(entry.name)) walk(full, found, accept);
    } else if (entry.isFile() && (accept ? /\.(md|markdown)$/i.test(entry.name) && accept(path.normalize(full), false) : /\.agreement\.md$/i.test(entry.name))) {
      found.add(path.normalize(full));
    }
  }
}

/** A draft as read from disk: its text (without BOM) and what is needed to write it back. */
export interface Draft {
  path: string;
  text: string;
  bom: boolean;
  mtimeMs: number;
  bytes: Buffer;
}

/** The largest draft the CLI reads; beyond it a file is refused with a clear message. */
export const MAX_BYTES = 32 * 1024 * 1024;

/** Reads a draft as UTF-8 text, refusing binary files and invalid UTF-8 with a clear message. */
export function readDraft(file: string, maxBytes = MAX_BYTES): Draft {
  let bytes: Buffer;
  let mtimeMs: number;
  try {
    const stat = fs.statSync(file);
    if (stat.size > maxBytes) throw new CliError(`${file}: the file is ${Math.ceil(stat.size / 1024)} KB, larger than the ${Math.floor(maxBytes / 1024)} KB a draft may be (see --max-size)`);
    bytes = fs.readFileSync(file);
    mtimeMs = stat.mtimeMs;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  if (bytes.includes(0)) throw new CliError(`${file}: the file contains NUL bytes; it looks binary, not a Markdown draft`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError(`${file}: the file is not valid UTF-8 text; save it as UTF-8 and try again`);
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { path: file, text: bom ? text.slice(1) : text, bom, mtimeMs, bytes };
}

/**
 * Writes a fixed draft atomically (a temporary file beside it, then rename), keeping its mode and
 * BOM, and refusing when the file changed on disk since it was read.
 */
export function writeDraft(draft: Draft, newText: string): void {
  let current: Buffer;
  let mode: number;
  try {
    current = fs.readFileSync(draft.path);
    mode = fs.statSync(draft.path).mode;
  } catch (e) {
    throw new CliError(`cannot re-read ${draft.path} before writing: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  if (!current.equals(draft.bytes)) throw new CliError(`${draft.path} changed on disk while it was being fixed; nothing was written`);
  const dir = path.dirname(draft.path);
  const tmp = path.join(dir, `.${path.basename(draft.path)}.${process.pid}.agreement-lint.tmp`);
  try {
    fs.writeFileSync(tmp, (draft.bom ? '\uFEFF' : '') + newText, { mode });
    fs.renameSync(tmp, draft.path);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing more can be done; the original file is untouched.
    }
    throw new CliError(`cannot write ${draft.path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}
