/**
 * The reviewer's requests (issue 19), for any LSP client:
 *
 * - `agreementLint/review`, params `{ uri }`: the draft's `Review` (checklists, provisions, flows,
 *   conflicts, suppressions, summary; see core/review/types.ts and docs/review.md), or null when
 *   the document is not an open draft (or is beyond the size limit).
 * - `agreementLint/reviewReport`, params `{ uri, format: 'html' | 'md' }`: the review report as a
 *   string (the same as `agreement-lint report`), or null for a non-draft.
 *
 * A review is built on request, never per keystroke, from the document's current text with the
 * options of its last review (its team configuration, settings, templates and playbooks), so it
 * agrees with the diagnostics; a document the server has not reviewed (not a draft, excluded, too
 * large, or not yet reviewed since it was opened) gets null. The handlers delegate to the core;
 * nothing of the draft is logged.
 */
import path from 'node:path';
import { LSPErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { renderReport, reviewDraft, REVIEW_REPORT_REQUEST, REVIEW_REQUEST, type AnalyzeOptions, type DraftReview, type Review, type Rule } from '../core/index.js';
import { uriToPath } from './scope.js';

/** What the handlers need from the server. */
export interface ReviewDeps {
  documents: TextDocuments<TextDocument>;
  /** The options of the document's last review, or undefined when the server does not review it. */
  optionsFor(uri: string): AnalyzeOptions | undefined;
  rules?: readonly Rule[];
  version: string;
}

/** Registers `agreementLint/review` and `agreementLint/reviewReport` on the connection. */
export function registerReviewRequests(connection: Connection, deps: ReviewDeps): void {
  connection.onRequest(REVIEW_REQUEST, (params: { uri?: unknown } | null): Review | null => {
    const draft = review(deps, params?.uri);
    return draft?.review ?? null;
  });
  connection.onRequest(REVIEW_REPORT_REQUEST, (params: { uri?: unknown; format?: unknown } | null): string | null => {
    const format = params?.format ?? 'html';
    if (format !== 'html' && format !== 'md') throw new ResponseError(LSPErrorCodes.RequestFailed, `The report format must be "html" or "md", not ${JSON.stringify(String(format)).slice(0, 40)}.`);
    const uri = params?.uri;
    const draft = review(deps, uri);
    if (!draft) return null;
    const file = typeof uri === 'string' ? uriToPath(uri) : undefined;
    return renderReport(draft, format, { source: file ? path.basename(file) : String(uri), version: deps.version });
  });
}

/** The review of an open draft, or undefined for anything else. */
function review(deps: ReviewDeps, uri: unknown): DraftReview | undefined {
  if (typeof uri !== 'string') throw new ResponseError(LSPErrorCodes.RequestFailed, 'The request needs the "uri" of an open document.');
  const doc = deps.documents.get(uri);
  const options = deps.optionsFor(uri);
  if (!doc || !options) return undefined;
  const text = doc.getText();
  try {
    return reviewDraft(text, { ...options, onRuleError: undefined }, deps.rules);
  } catch {
    // The error's text may quote the draft: only that it failed is said.
    throw new ResponseError(LSPErrorCodes.RequestFailed, 'The review of this draft failed; the findings in the Problems panel are still valid.');
  }
}
