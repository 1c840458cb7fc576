/**
 * The flags every subcommand of the CLI reads the same way: `--rule id=severity` (built-in rules
 * and playbook checks) and `--templates <dir>`. One reading, so that a review, `clauses` and
 * `report` accept and refuse the same values with the same messages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Parsed<O extends NonNullable<ParseArgsConfig['options']>> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>>;
import { parseSeveritySettings, type SeveritySetting } from '../core/index.js';
import { displayPath } from './config.js';
import { CliError } from './files.js';

/**
 * The arguments of a command, read strictly with node's parseArgs; a mistake becomes a CliError
 * (exit status 2) whose one line says where the help is (`help`: "--help", "report --help" ...).
 */
export function parseFlags<O extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: O, help: string): Parsed<O> {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (e) {
    throw new CliError(`${(e as Error).message.split('\n')[0]} (see ${help})`);
  }
}

/** The severities given with `--rule`; throws a CliError naming the first bad value. */
export function ruleFlags(values: readonly string[] | undefined): Record<string, SeveritySetting> {
  const ruleSettings: Record<string, string> = {};
  for (const r of values ?? []) {
    const m = /^([a-z0-9-]+|playbook\/[a-z0-9]+(?:-[a-z0-9]+)*)=([a-z]+)$/.exec(r);
    if (!m) throw new CliError(`--rule takes id=severity, for example leftover-placeholder=off; got "${r}"`);
    ruleSettings[m[1]!] = m[2]!;
  }
  // A playbook's rule id (playbook/<name>) is checked for its severity only: which playbooks exist
  // depends on each draft's configuration.
  const playbookRules = Object.fromEntries(Object.entries(ruleSettings).filter(([id]) => id.startsWith('playbook/')));
  for (const [id, level] of Object.entries(playbookRules)) {
    if (!['error', 'warning', 'information', 'hint', 'off'].includes(level)) throw new CliError(`--rule gives rule "${id}" the severity "${level}"; use error, warning, information, hint or off.`);
    delete ruleSettings[id];
  }
  const parsed = parseSeveritySettings(ruleSettings);
  if (parsed.problems.length) throw new CliError(parsed.problems[0]!.replace('The "rules" setting', '--rule').replace(/; it was ignored\.$/, '; nothing was reviewed.'));
  return { ...parsed.rules, ...(playbookRules as Record<string, SeveritySetting>) };
}

/** The folders given with `--templates`, made absolute; throws a CliError for one that does not exist. */
export function templateFlags(values: readonly string[] | undefined, cwd: string): string[] {
  const dirs = (values ?? []).map((d) => path.resolve(cwd, d));
  for (const d of dirs) if (!fs.existsSync(d)) throw new CliError(`--templates: no such folder "${displayPath(d, cwd)}"`);
  return dirs;
}
