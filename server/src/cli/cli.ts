/**
 * The `agreement-lint` command: reviews drafts with the same core as the language server.
 * Exit codes: 0 no error-severity finding, 1 at least one, 2 a usage or I/O error.
 */
import os from 'node:os';
import path from 'node:path';
import { analyze, applyEdits, disseminationReadings, createFixVerifier, verifiedFixRound, type Finding, type FixKind } from '../core/index.js';
import { CliConfigs, displayPath, printConfig } from './config.js';
import { formatJson, formatSarif, formatText, type FileReport } from './format.js';
import { CliError, MAX_BYTES, collectFiles, readDraft, writeDraft } from './files.js';

/** How many rounds of fixes `--fix` applies at most to one file. */
const MAX_FIX_PASSES = 10;
import { cliWorkerSetup, defaultJobs, mapFiles } from './parallel.js';
import { runClauses } from './clauses.js';
import { readPlaybookFiles } from './playbooks.js';
import { runReport } from './report.js';
import { parseFlags, ruleFlags, templateFlags } from './flags.js';

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  cwd: string;
  docsBaseUri: string;
  version: string;
  /** The script that runs this CLI; with it, drafts are reviewed on several threads (see parallel.ts). */
  workerScript?: string;
}

const usage = `Usage: agreement-lint [options] <files or folders...>
       agreement-lint clauses [options] <files or folders...>
       agreement-lint report [--format html|md] [-o <file>] <file>   (see report --help)

Reviews agreement drafts (folders are searched for *.agreement.md). The second form
lists the standard clauses of each draft and their status (see clauses --help); the third
writes a review report of one draft (see report --help).

Options:
  -f, --format <text|json|sarif>  output format (default: text)
      --explain                   also show how each clause that restricts use or
                                  dissemination was read (act, whose act, recipients kept
                                  out, condition, subject, exceptions, verdict), whether
                                  or not it was reported
      --fix                       apply the safe, mechanical fixes (the first of each finding,
                                  repeating while fixes remain, at most 10 rounds) and save
                                  the file once; suggestions are not applied
      --fix-suggestions           apply the suggestions too (standard clauses, inserted
                                  articles and elements, renumbering, corrected references);
                                  implies --fix. Every fix and suggestion is applied only when
                                  the draft, read again, has no new finding and reads the same
                                  outside its edits
  -j, --jobs <n>                  review on n threads (default: 1, and 1 more for every 4 MB
                                  of drafts, up to the number of CPUs); the output is the same
                                  for any n
      --max-size <kilobytes>      refuse drafts larger than this (default: 32768, that is 32 MB)
      --playbook <file>           also run the team playbook in <file> (YAML, see
                                  docs/playbooks.md); may be repeated
      --rule <id=severity>        set a rule's severity (error, warning, information, hint, off);
                                  may be repeated; a playbook's id is playbook/<name>
      --templates <dir>           also use the clause templates (*.md) in <dir>, overriding
                                  built-in and configured templates of the same id; may be
                                  repeated
      --print-config <file>       print the configuration that applies to <file>, with where
                                  each value came from (a configuration file, a flag or the
                                  default); with --format json, as JSON
  -q, --quiet                     print no summary line on stderr
  -h, --help                      show this help
  -v, --version                   show the version

Each draft's configuration comes from the .agreement-lint.yaml (.yml, .json) files of its
folder and the folders above it, up to the repository root; --rule and --templates apply on
top (see docs/configuration.md).

Exit status: 0 no error-severity finding, 1 some error-severity finding, 2 usage or I/O error,
or a problem in a configuration file.
`;

/** Runs the CLI and resolves with its exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`agreement-lint: ${e.message}\n`);
      return 2;
    }
    io.stderr(`agreement-lint: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  // `agreement-lint clauses FILE...`: the standard clauses of a draft and their status (clauses.ts).
  if (argv[0] === 'clauses') return runClauses(argv.slice(1), io);
  // `agreement-lint report FILE`: the review report (cli/report.ts).
  if (argv[0] === 'report') return runReport(argv.slice(1), io);
  const { values, positionals } = parseFlags(
    argv,
    {
    format: { type: 'string', short: 'f', default: 'text' },
    fix: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
    'fix-suggestions': { type: 'boolean', default: false },
    jobs: { type: 'string', short: 'j' },
    'max-size': { type: 'string' },
    rule: { type: 'string', multiple: true, default: [] },
    playbook: { type: 'string', multiple: true, default: [] },
    templates: { type: 'string', multiple: true, default: [] },
    'print-config': { type: 'string' },
    quiet: { type: 'boolean', short: 'q', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    version: { type: 'boolean', short: 'v', default: false },
  },
    '--help',
  );
  if (values.help) {
    io.stdout(usage);
    return 0;
  }
  if (values.version) {
    io.stdout(`${io.version}\n`);
    return 0;
  }
  const format = values.format!;
  // `--fix` applies safe fixes; `--fix-suggestions` (alone or with `--fix`) applies suggestions too.
  const fixing = values.fix || values['fix-suggestions'];
  const kinds: FixKind[] = values['fix-suggestions'] ? ['fix', 'suggestion'] : ['fix'];
  if (!['text', 'json', 'sarif'].includes(format)) throw new CliError(`unknown format "${format}"; use text, json or sarif`);
  if (positionals.length === 0 && values['print-config'] === undefined) throw new CliError('no files or folders given (see --help)');

  const rules = ruleFlags(values.rule);

  const maxSize = values['max-size'];
  const maxKB = maxSize === undefined ? MAX_BYTES / 1024 : /^[0-9]+$/.test(maxSize) ? Number(maxSize) : NaN;
  if (!(maxKB > 0)) throw new CliError(`--max-size takes a number of kilobytes above 0; got "${maxSize}"`);
  const maxBytes = maxKB * 1024;
  const jobsGiven = values.jobs === undefined ? undefined : /^[0-9]+$/.test(values.jobs) ? Number(values.jobs) : NaN;
  if (jobsGiven !== undefined && !(jobsGiven >= 1)) throw new CliError(`--jobs takes a number of threads, 1 or more; got "${values.jobs}"`);
  // Each draft's configuration (files found from its folder upward), with --rule and the
  // --templates folders on top; a broken configuration file ends the run with exit status 2.
  const templateDirs = templateFlags(values.templates, io.cwd);
  const worker = !!cliWorkerSetup();
  const configs = new CliConfigs(io.cwd, { rules, templateDirs }, (line) => {
    if (!worker) io.stderr(`agreement-lint: warning: ${line.replace(/^The clause template /, 'clause template ')}\n`);
  });
  if (values['print-config'] !== undefined) {
    if (format === 'sarif') throw new CliError('--print-config prints text or json, not sarif');
    const printed = printConfig(configs, values['print-config'], io.cwd, format);
    io.stdout(printed.output);
    for (const p of printed.problems) io.stderr(`agreement-lint: ${p}\n`);
    return printed.problems.length > 0 ? 2 : 0;
  }
  // Playbooks named with --playbook run on every draft, after those of its configuration.
  const flagPlaybooks = readPlaybookFiles(values.playbook ?? [], io.cwd, (f) => displayPath(f, io.cwd));
  const files = collectFiles(positionals.map((p) => path.resolve(io.cwd, p)), configs.accept);
  configs.loadPlaybooks(files);
  const configProblems = configs.problems();
  if (configProblems.length > 0) {
    for (const p of configProblems) io.stderr(`agreement-lint: ${p}\n`);
    io.stderr(`agreement-lint: the configuration has ${configProblems.length === 1 ? 'a problem' : `${configProblems.length} problems`} (above); no draft was reviewed. See docs/configuration.md.\n`);
    return 2;
  }
  // A worker thread never starts workers of its own, so it need not size the input.
  const jobs = jobsGiven ?? (cliWorkerSetup() ? 1 : defaultJobs(os.availableParallelism(), files));
  const reports: FileReport[] = [];
  /** One line for each file that could not be read or written; the other files are still reviewed. */
  const fileErrors: string[] = [];
  let fixed = 0;
  const failedRules = new Set<string>();
  // Reviews one file; it may run on a worker thread, so it returns what it did instead of recording it.
  const reviewFile = (file: string): { report: FileReport; fixed: number } | { error: string } => {
    try {
      return reviewReadable(file);
    } catch (e) {
      // A file that cannot be read (binary, not UTF-8, too large) or written back by --fix: said
      // once, and the run goes on, so that one stray file does not hide every other draft's findings.
      if (e instanceof CliError) return { error: e.message };
      throw e;
    }
  };
  const reviewReadable = (file: string): { report: FileReport; fixed: number } => {
    let fixedHere = 0;
    const draft = readDraft(file, maxBytes);
    const shown = displayPath(file, io.cwd);
    const draftConfig = configs.forFile(file);
    // A rule that throws is skipped and named once; its error text may quote the draft, so it is not shown.
    const options = {
      rules: draftConfig.rules,
      templates: draftConfig.templates,
      handlingCaveats: draftConfig.handlingCaveats,
      playbooks: [...draftConfig.playbooks, ...flagPlaybooks],
      // SARIF reports the findings a justified suppression silences, marked as suppressed.
      keepSuppressed: format === 'sarif',
      onRuleError: (ruleId: string) => {
        if (failedRules.has(ruleId)) return;
        failedRules.add(ruleId);
        io.stderr(`agreement-lint: rule ${ruleId} failed on ${shown} and was skipped; the other rules' findings are reported\n`);
      },
    };
    let result = analyze(draft.text, options);
    if (fixing) {
      // Fixes that overlap (two articles inserted at one place) wait for the next pass, as in
      // ESLint; a bounded number of passes, and the file is written once, atomically. Each fix is
      // applied only when the draft read again with it has no new finding and reads the same
      // outside its edits (verify.ts); a round whose fixes clash together applies its first only.
      let text = draft.text;
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        if (!result.findings.some((f) => f.fixes.some((x) => kinds.includes(x.kind)))) break;
        const verifier = createFixVerifier(text, options);
        const round = verifiedFixRound(text, result.findings, kinds, verifier);
        if (round.applied === 0) break;
        const next = applyEdits(text, round.edits);
        if (next === text) break;
        text = next;
        fixedHere += round.applied;
        result = analyze(text, options);
      }
      if (text !== draft.text) writeDraft(draft, text);
    }
    // Plain findings, so that what is kept until the output is written does not hold on to the
    // draft's model (fixes are built when first read; the text output has no use for them).
    const withFixes = format !== 'text';
    const findings = result.findings.map((f): Finding => {
      const plain: Finding = { ruleId: f.ruleId, severity: f.severity, message: f.message, range: f.range, fixes: withFixes ? f.fixes : [] };
      if (f.related) plain.related = f.related;
      if (f.docsUri !== undefined) plain.docsUri = f.docsUri;
      return plain;
    });
    const report: FileReport = { path: shown, findings };
    if (result.suppressed?.length) {
      report.suppressed = result.suppressed.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, range: f.range, fixes: f.fixes, justification: f.suppression.justification }));
    }
    if (values.explain) {
      // Plain data, as the findings: the readings of the draft as last analysed.
      report.readings = disseminationReadings(result.model).map((r) => ({
        citation: r.citation,
        range: r.range,
        text: r.text,
        readings: r.readings.map(({ acts, actor, recipients, condition, purpose, subject, exceptions, quote, verdict, why, kind }) => ({ acts, actor, recipients, condition, ...(purpose ? { purpose } : {}), subject, exceptions, quote, verdict, why, ...(kind ? { kind } : {}) })),
      }));
    }
    return { report, fixed: fixedHere };
  };
  const spawn = io.workerScript ? { script: io.workerScript, argv, cwd: io.cwd, stderr: io.stderr } : undefined;
  for (const r of await mapFiles(files, jobs, reviewFile, spawn)) {
    if ('error' in r) {
      fileErrors.push(r.error);
      continue;
    }
    reports.push(r.report);
    fixed += r.fixed;
  }

  // Only when something was reviewed: one unreadable file named alone gives its one line, no more.
  if (reports.length > 0 || fileErrors.length === 0) {
    if (format === 'json') io.stdout(formatJson(reports));
    else if (format === 'sarif') io.stdout(formatSarif(reports, io.docsBaseUri, io.version, [...configs.playbooksRead(), ...flagPlaybooks]));
    else io.stdout(formatText(reports));
  }
  for (const e of fileErrors) io.stderr(`agreement-lint: ${e}\n`);

  const all = reports.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const count = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : /x$/.test(w) ? 'es' : 's'}`;
  if (!values.quiet && format === 'text' && reports.length > 0) {
    io.stderr(
      `${count(all.length, 'finding')} (${count(errors, 'error')}) in ${count(reports.length, 'file')}` +
        (fixing ? `; ${count(fixed, 'fix')} applied` : '') +
        (fileErrors.length ? `; ${count(fileErrors.length, 'file')} not reviewed (see above)` : '') +
        '\n',
    );
  }
  // A file that could not be read is an I/O error, which outranks the findings' severities.
  if (fileErrors.length > 0) return 2;
  return errors > 0 ? 1 : 0;
}
