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

/** What travels in `diagnostic.data`: the fixes, valid only for this document version. */
export interface DiagnosticData {
  version: number;
  fixes: Fix[];
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A finding as an LSP diagnostic for `uri` at document `version`. */
export function toDiagnostic(finding: Finding, uri: string, version: number, docsBaseUri: string): Diagnostic {
  const data: DiagnosticData = { version, fixes: finding.fixes };
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: severities[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(docsBaseUri, finding.ruleId) },
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
  if (!d || typeof d.version !== 'number' || !Array.isArray(d.fixes)) return undefined;
  return d as DiagnosticData;
}

/** A quick-fix code action applying `fix` to the document at `version`. */
export function fixAction(fix: Fix, diagnostic: Diagnostic, doc: OptionalVersionedTextDocumentIdentifier, preferred: boolean): CodeAction {
  const action = CodeAction.create(fix.title, { documentChanges: [TextDocumentEdit.create(doc, fix.edits)] }, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  if (preferred) action.isPreferred = true;
  return action;
}
