/**
 * `agreement-lint clauses FILE...`: the standard clauses of each draft that carry a provenance
 * marker, with the template, the version, where they stand and their status (approved, drifted,
 * outdated, unknown). Always exit code 0 once the drafts are read, 2 on a usage or I/O error: the
 * list is information, not a verdict (the clause-provenance rule gives the findings).
 */
import path from 'node:path';
import { buildModel, createLibrary, markedClauses, type MarkedClause } from '../core/index.js';
import { CliError, MAX_BYTES, collectFiles, readDraft } from './files.js';
import { CliConfigs, displayPath } from './config.js';
import type { CliIo } from './cli.js';
import { parseFlags, templateFlags } from './flags.js';

const usage = `Usage: agreement-lint clauses [options] <files or folders...>

Lists the standard clauses of each draft that carry a provenance marker
(<!-- clause: id@version -->): the template and version, where the clause stands,
and its status against the clause library the draft is reviewed with (built-in
templates, the template folders of its configuration, and --templates folders):
  approved   the text reads as that version of the template (placeholders filled)
  drifted    the text was changed from that version
  outdated   the library holds a newer version of the template
  unknown    the library has no such template, or only an older version

Options:
  -f, --format <text|json>  output format (default: text)
      --templates <dir>     also use the clause templates (*.md) in <dir>; may be repeated
  -h, --help                show this help

Exit status: 0 when the drafts were read, 2 on a usage or I/O error.
`;

/** One clause as listed (JSON output). */
interface ListedClause {
  template: string;
  version: string;
  status: MarkedClause['status'];
  citation: string;
  /** 0-based line and UTF-16 character, as in the findings' JSON. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  title?: string;
  libraryVersion?: string;
  approved?: { by: string; date: string };
}

/** Runs `agreement-lint clauses` with the arguments after the word `clauses`; resolves with the exit code. */
export async function runClauses(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    {
    format: { type: 'string', short: 'f', default: 'text' },
    templates: { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', short: 'h', default: false },
  },
    'agreement-lint clauses --help',
  );
  if (values.help) {
    io.stdout(usage);
    return 0;
  }
  const format = values.format!;
  if (format !== 'text' && format !== 'json') throw new CliError(`unknown format "${format}" for clauses; use text or json`);
  if (positionals.length === 0) throw new CliError('clauses: no files or folders given (see agreement-lint clauses --help)');
  const templateDirs = templateFlags(values.templates, io.cwd);
  // Each draft's templates as the review reads them: its configuration's folders, then --templates.
  const configs = new CliConfigs(io.cwd, { rules: {}, templateDirs }, (line) => io.stderr(`agreement-lint: warning: ${line.replace(/^The clause template /, 'clause template ')}\n`));
  const files = collectFiles(positionals.map((p) => path.resolve(io.cwd, p)), configs.accept);
  const libraries = files.map((file) => createLibrary(configs.forFile(file).templates));
  const problems = configs.problems();
  if (problems.length > 0) {
    for (const p of problems) io.stderr(`agreement-lint: ${p}\n`);
    io.stderr(`agreement-lint: the configuration has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} (above); no draft was read. See docs/configuration.md.\n`);
    return 2;
  }
  const out: { path: string; clauses: ListedClause[] }[] = [];
  for (const [i, file] of files.entries()) {
    const library = libraries[i]!;
    const draft = readDraft(file, MAX_BYTES);
    const model = buildModel(draft.text);
    const clauses = markedClauses(model, library).map((c): ListedClause => {
      const listed: ListedClause = { template: c.templateId, version: c.version, status: c.status, citation: c.citation, range: model.index.range(c.span) };
      if (c.template) {
        listed.title = c.template.title;
        listed.libraryVersion = c.template.version;
        if (c.template.approved) listed.approved = c.template.approved;
      }
      return listed;
    });
    out.push({ path: shown(file, io.cwd), clauses });
  }
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ version: 1, files: out })}\n`);
    return 0;
  }
  for (const f of out) {
    if (f.clauses.length === 0) {
      io.stdout(`${f.path}: no clause carries a provenance marker\n`);
      continue;
    }
    for (const c of f.clauses) {
      const where = `${f.path}:${c.range.start.line + 1}:${c.range.start.character + 1}`;
      const extra =
        c.status === 'outdated'
          ? ` (the library holds ${c.libraryVersion})`
          : c.status === 'unknown'
            ? c.libraryVersion
              ? ` (the library holds only ${c.libraryVersion})`
              : ' (not in the library)'
            : c.approved && c.status === 'approved'
              ? ` (approved by ${c.approved.by} on ${c.approved.date})`
              : '';
      io.stdout(`${where} ${c.status} ${c.template}@${c.version} ${c.citation}${c.title ? ` "${c.title}"` : ''}${extra}\n`);
    }
  }
  return 0;
}

function shown(file: string, cwd: string): string {
  return displayPath(file, cwd);
}
