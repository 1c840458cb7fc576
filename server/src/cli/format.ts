/** Output formats of the CLI: compiler-style text, the documented JSON, and SARIF 2.1.0. */
import { ruleDocsUrl, rules, type Finding, type Playbook, type Range, type Severity } from '../core/index.js';

/** The findings of one file, with the path as shown to the user. */
export interface FileReport {
  path: string;
  findings: Finding[];
  /** With `--explain`: how each clause that restricts use or dissemination was read. */
  readings?: ExplainedClause[];
  /** For SARIF: the findings a justified suppression comment silences, with its justification. */
  suppressed?: (Finding & { justification: string })[];
}

/** One clause's dissemination readings, as `--explain` reports them. */
export interface ExplainedClause {
  citation: string;
  range: Range;
  /** The readings laid out for a person, one element a line. */
  text: string;
  readings: Record<string, unknown>[];
}

/** `path:line:col severity ruleId message`, 1-based for humans, one finding a line. */
export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const { line, character } = f.range.start;
      lines.push(`${r.path}:${line + 1}:${character + 1} ${f.severity} ${f.ruleId} ${f.message.replace(/\s*\n\s*/g, ' ')}`);
    }
    for (const c of r.readings ?? []) {
      const { line, character } = c.range.start;
      const [title, ...rest] = c.text.split('\n');
      lines.push(`${r.path}:${line + 1}:${character + 1} reading ${title}`);
      for (const l of rest) lines.push(`    ${l.replace(/^\s+/, l.startsWith('  ') ? '' : '')}`.replace(/^    (?=Dissemination reading)/, '  '));
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** The JSON format, exactly as documented in the README (version 1). */
export function formatJson(reports: readonly FileReport[]): string {
  const out = {
    version: 1,
    files: reports.map((r) => ({
      path: r.path,
      findings: r.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        range: f.range,
        // Only a team playbook's finding has it: the playbook file to read for the reason.
        ...(f.docsUri !== undefined ? { docsUri: f.docsUri } : {}),
        fixes: f.fixes.map((x) => ({ title: x.title, kind: x.kind, edits: x.edits.map((e) => ({ range: e.range, newText: e.newText })) })),
      })),
      ...(r.readings ? { readings: r.readings.map((c) => ({ citation: c.citation, range: c.range, readings: c.readings })) } : {}),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** A file's findings and suppressed findings, in the order of the draft. */
function inOrder(r: FileReport): (Finding | (Finding & { justification: string }))[] {
  if (!r.suppressed?.length) return r.findings;
  return [...r.findings, ...r.suppressed].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

const sarifLevels: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * SARIF 2.1.0: one run, every rule with its help URI, results with 1-based UTF-16 regions. The
 * team playbooks that reported something are rules too, after the built-in ones, each with its
 * file as help URI (from the findings' `docsUri`; `playbooks` gives their titles).
 */
export function formatSarif(reports: readonly FileReport[], docsBaseUri: string, version: string, playbooks: readonly Playbook[] = []): string {
  const descriptors = rules.map((r) => ({
    id: r.meta.id,
    name: r.meta.id,
    shortDescription: { text: r.meta.title },
    helpUri: ruleDocsUrl(docsBaseUri, r.meta.id),
    defaultConfiguration: { level: sarifLevels[r.meta.defaultSeverity] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.meta.id, i]));
  const titled = new Map(playbooks.map((p) => [p.ruleId, p]));
  for (const f of reports.flatMap((r) => r.findings)) {
    if (ruleIndex.has(f.ruleId) || f.docsUri === undefined) continue;
    const pb = titled.get(f.ruleId);
    ruleIndex.set(f.ruleId, descriptors.length);
    descriptors.push({
      id: f.ruleId,
      name: f.ruleId,
      shortDescription: { text: pb?.description ?? `Team playbook ${f.ruleId.replace(/^playbook\//, '')}` },
      helpUri: f.docsUri,
      defaultConfiguration: { level: sarifLevels[pb?.severity ?? f.severity] },
    });
  }
  const toUri = (p: string) => p.split('\\').join('/').split('/').map(encodeURIComponent).join('/');
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'agreement-lint',
            version,
            informationUri: ruleDocsUrl(docsBaseUri, 'README').replace(/README\.md$/, ''),
            rules: descriptors,
          },
        },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((r) =>
          inOrder(r).map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
            level: sarifLevels[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(r.path) },
                  region: {
                    startLine: f.range.start.line + 1,
                    startColumn: f.range.start.character + 1,
                    endLine: f.range.end.line + 1,
                    endColumn: f.range.end.character + 1,
                  },
                },
              },
            ],
            ...(f.fixes.length
              ? {
                  fixes: f.fixes.map((x) => ({
                    description: { text: x.title },
                    // SARIF has no kind of fix: a property bag says whether it is safe (`fix`) or a `suggestion`.
                    properties: { kind: x.kind },
                    artifactChanges: [
                      {
                        artifactLocation: { uri: toUri(r.path) },
                        replacements: x.edits.map((e) => ({
                          deletedRegion: {
                            startLine: e.range.start.line + 1,
                            startColumn: e.range.start.character + 1,
                            endLine: e.range.end.line + 1,
                            endColumn: e.range.end.character + 1,
                          },
                          insertedContent: { text: e.newText },
                        })),
                      },
                    ],
                  })),
                }
              : {}),
            // A suppressed finding is reported as suppressed in the source, with the reason given there.
            ...('justification' in f ? { suppressions: [{ kind: 'inSource', justification: f.justification }] } : {}),
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
