/**
 * `--playbook <file>`: team playbooks named on the command line, read and validated with the
 * core's `parsePlaybook`. A playbook with a problem stops the run before any draft is reviewed
 * (exit status 2), with the problem's file, line and column: a check the team relies on must not
 * be skipped silently in CI.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatConfigProblem, parsePlaybook, type Playbook } from '../core/index.js';
import { CliError } from './files.js';

/** Reads the playbook files given with `--playbook`, in order; throws a CliError naming the first problem. */
export function readPlaybookFiles(files: readonly string[], cwd: string, display: (file: string) => string): Playbook[] {
  return files.map((f) => {
    const file = path.resolve(cwd, f);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new CliError(`--playbook: cannot read "${display(file)}"${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
    }
    const { playbook, problems } = parsePlaybook(text, file, { display: display(file) });
    if (!playbook || problems.length) {
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''} in that file)` : '';
      throw new CliError(`${formatConfigProblem(problems[0] ?? { file: display(file), message: 'the playbook could not be read' })}${more}`);
    }
    return playbook;
  });
}
