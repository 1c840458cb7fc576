/** The one module that turns core findings into LSP diagnostics and code actions. */
import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  TextDocumentEdit,
  type Diagnostic,
  type OptionalVersionedTextDocumentIdentifier,
} from 'vscode-languageserver';
import { ruleDocsUrl, type Finding, type Fix, type Severity } from '../core/index.js';

/** The `source` of every diagnostic this server publishes. */
export const SOURCE = 'agreement-lint';

/** The code-action kind of "fix all". */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.agreementLint`;

/**
 * What travels in `diagnostic.data`: the document version and the finding's place in that
 * version's findings. The fixes themselves stay in the server, which looks them up when the editor
 * asks for code actions: they can be long (whole clauses), and sending them with every publication
 * would cost each keystroke in a long draft.
 */
export interface DiagnosticData {
  version: number;
  index: number;
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A finding as an LSP diagnostic for `uri` at document `version`. */
export function toDiagnostic(finding: Finding, index: number, uri: string, version: number, docsBaseUri: string): Diagnostic {
  const data: DiagnosticData = { version, index };
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: severities[finding.severity],
    code: finding.ruleId,
    // A team playbook's finding links to the playbook file; a built-in rule's to its page.
    codeDescription: { href: finding.docsUri ?? ruleDocsUrl(docsBaseUri, finding.ruleId) },
    source: SOURCE,
    message: finding.message,
    data,
  };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri, range: r.range }, message: r.message }));
  }
  return diagnostic;
}

/** Reads the data of a diagnostic this server published, if it is ours and well formed. */
export function diagnosticData(diagnostic: Diagnostic): DiagnosticData | undefined {
  if (diagnostic.source !== SOURCE) return undefined;
  const d = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (!d || typeof d.version !== 'number' || typeof d.index !== 'number') return undefined;
  return d as DiagnosticData;
}

/**
 * The fixes of a diagnostic this server published for `findings` (the analysis of one version of
 * the document), or none when the diagnostic does not belong to that analysis.
 */
export function fixesOf(diagnostic: Diagnostic, findings: { version: number; findings: readonly Finding[] }): readonly Fix[] {
  const data = diagnosticData(diagnostic);
  if (!data || data.version !== findings.version) return [];
  const finding = findings.findings[data.index];
  // The editor sends the diagnostic back as it was published; anything else is not ours to fix.
  if (!finding || finding.ruleId !== diagnostic.code || finding.message !== diagnostic.message) return [];
  return finding.fixes;
}

/** A quick-fix code action applying `fix` to the document at `version`. */
export function fixAction(fix: Fix, diagnostic: Diagnostic, doc: OptionalVersionedTextDocumentIdentifier, preferred: boolean): CodeAction {
  const action = CodeAction.create(fix.title, { documentChanges: [TextDocumentEdit.create(doc, fix.edits)] }, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  if (preferred) action.isPreferred = true;
  return action;
}
