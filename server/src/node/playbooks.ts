/**
 * Playbooks from disk. Which files are a draft's playbooks is decided by the configuration
 * (config.ts: `.agreement-lint/playbooks/*.{yaml,yml}` beside each configuration level, and the
 * `playbooks:` key); this module reads those files and hands each to the core's pure parser.
 */
import fs from 'node:fs';
import { parsePlaybook } from '../core/playbooks/parse.js';
import type { Playbook } from '../core/playbooks/types.js';
import type { ConfigProblem } from '../core/problems.js';

/** A parsed playbook. */
export type LoadedPlaybook = Playbook;

/** The playbooks of a draft and the problems found reading them. */
export interface LoadedPlaybooks {
  playbooks: LoadedPlaybook[];
  problems: ConfigProblem[];
}

/**
 * Reads each playbook file and parses it with the core's pure parser (the file's absolute path is
 * its origin, which findings link to; `shown` names it in problems). An unreadable file is a
 * problem naming it; the others are still read.
 */
export function loadPlaybookFiles(files: readonly { path: string; shown: string }[]): LoadedPlaybooks {
  const playbooks: LoadedPlaybook[] = [];
  const problems: ConfigProblem[] = [];
  for (const f of files) {
    let text: string;
    try {
      text = fs.readFileSync(f.path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      problems.push({ file: f.shown, message: `The playbook cannot be read (${code === 'EISDIR' ? 'it is a folder' : code}); a playbook is a readable YAML file.` });
      continue;
    }
    const r = parsePlaybook(text, f.path, { display: f.shown });
    if (r.playbook) playbooks.push(r.playbook);
    problems.push(...r.problems);
  }
  return { playbooks, problems };
}

/**
 * Playbook files read once until `invalidate` (the server keeps one loader; the CLI one per run), so
 * that a draft reviewed on every keystroke does not read its playbooks again.
 */
export class PlaybookFiles {
  private readonly byFile = new Map<string, LoadedPlaybooks>();

  constructor(private readonly shownAs: (file: string) => string = (f) => f) {}

  /** The playbooks of `files` (absolute paths), in order, and their problems. */
  load(files: readonly string[]): LoadedPlaybooks {
    const out: LoadedPlaybooks = { playbooks: [], problems: [] };
    for (const file of files) {
      let loaded = this.byFile.get(file);
      if (!loaded) {
        loaded = loadPlaybookFiles([{ path: file, shown: this.shownAs(file) }]);
        this.byFile.set(file, loaded);
      }
      out.playbooks.push(...loaded.playbooks);
      out.problems.push(...loaded.problems);
    }
    return out;
  }

  /** Every playbook read since the last `invalidate`. */
  all(): LoadedPlaybook[] {
    return [...this.byFile.values()].flatMap((l) => l.playbooks);
  }

  /** Every playbook file read since the last `invalidate`, by absolute path, with its problems. */
  filesRead(): Map<string, ConfigProblem[]> {
    return new Map([...this.byFile].map(([file, loaded]) => [file, loaded.problems]));
  }

  invalidate(): void {
    this.byFile.clear();
  }
}
