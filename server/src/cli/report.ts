/**
 * `agreement-lint report FILE [--format html|md] [-o OUT]`: the review report of one draft (issue
 * 19), rendered by the core (core/review/report.ts) from the same analysis as the findings. HTML by
 * default: one self-contained file for reviewers who never open an editor; Markdown for a pull
 * request. Written to standard output, or atomically to OUT. The same draft always gives the same
 * bytes (no date unless `--date` gives one). Exit status: 0 written, 2 usage or I/O error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderReport, reviewDraft, type ReportFormat } from '../core/index.js';
import { CliConfigs, displayPath } from './config.js';
import { parseFlags, ruleFlags, templateFlags } from './flags.js';
import { CliError, MAX_BYTES, readDraft } from './files.js';
import type { CliIo } from './cli.js';

export const reportUsage = `Usage: agreement-lint report [options] <file>

Writes the review report of one draft: a summary (parties, data, classification, handling), the
privacy, classified and dissemination checklists (each element present with the clause that
supplies it, missing, or not applicable), the dissemination provisions with their readings, the
information flows and their conflicts, each finding with the clause as drafted beside the
proposed standard wording, and the suppressions with their justifications.

Options:
  -f, --format <html|md>   html (default): one self-contained file, readable without scripts and
                           printable to PDF; md: Markdown for a pull request
  -o, --output <file>      write the report to <file> instead of standard output
      --date <text>        print this date in the report (none by default, so the same draft
                           always gives the same report)
      --rule <id=severity> set a rule's severity, on top of the team configuration
                           (.agreement-lint.yaml) as for a review; may be repeated
      --templates <dir>    also use the clause templates (*.md) in <dir>; may be repeated
  -h, --help               show this help

Exit status: 0 the report was written, 2 usage or I/O error.
`;

/** Runs `report` with the arguments after the word "report"; resolves with the exit code. */
export async function runReport(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    {
    format: { type: 'string', short: 'f', default: 'html' },
    output: { type: 'string', short: 'o' },
    date: { type: 'string' },
    rule: { type: 'string', multiple: true, default: [] },
    templates: { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', short: 'h', default: false },
  },
    'agreement-lint report --help',
  );
  if (values.help) {
    io.stdout(reportUsage);
    return 0;
  }
  const format = values.format!;
  if (format !== 'html' && format !== 'md') throw new CliError(`unknown report format "${format}"; use html or md`);
  if (positionals.length !== 1) throw new CliError(positionals.length === 0 ? 'report needs one draft file (see report --help)' : 'report takes one draft file at a time (see report --help)');
  const rules = ruleFlags(values.rule);
  const templateDirs = templateFlags(values.templates, io.cwd);
  // The draft's team configuration, as for its review, with --rule and --templates on top.
  const configs = new CliConfigs(io.cwd, { rules, templateDirs }, (line) => io.stderr(`agreement-lint: warning: ${line.replace(/^The clause template /, 'clause template ')}\n`));

  const file = path.resolve(io.cwd, positionals[0]!);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new CliError(`cannot read ${positionals[0]}: no such file`);
  }
  if (!stat.isFile()) throw new CliError(`report takes a draft file, and ${positionals[0]} is not a file`);
  const draft = readDraft(file, MAX_BYTES);
  const shown = displayPath(file, io.cwd);
  configs.loadPlaybooks([file]);
  const problems = configs.problems();
  if (problems.length > 0) {
    for (const p of problems) io.stderr(`agreement-lint: ${p}\n`);
    throw new CliError(`the configuration has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} (above); no report was written. See docs/configuration.md.`);
  }
  const config = configs.forFile(file);
  const reviewed = reviewDraft(draft.text, {
    rules: config.rules,
    templates: config.templates,
    handlingCaveats: config.handlingCaveats,
    playbooks: config.playbooks,
    onRuleError: (ruleId) => io.stderr(`agreement-lint: rule ${ruleId} failed on ${shown} and was skipped; the report shows the other rules' findings\n`),
  });
  const report = renderReport(reviewed, format as ReportFormat, { source: shown, version: io.version, ...(values.date ? { date: values.date } : {}) });
  if (values.output === undefined) {
    io.stdout(report);
    return 0;
  }
  writeAtomically(path.resolve(io.cwd, values.output), report, values.output);
  return 0;
}

/** Writes through a temporary file beside the target and a rename, so a reader never sees half a report. */
function writeAtomically(target: string, text: string, shown: string): void {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.agreement-lint.tmp`);
  try {
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, target);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing more can be done.
    }
    throw new CliError(`cannot write ${shown}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}
