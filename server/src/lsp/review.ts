/**
 * The reviewer's requests (issue 19), for any LSP client:
 *
 * - `agreementLint/review`, params `{ uri }`: the draft's `Review` (checklists, provisions, flows,
 *   conflicts, suppressions, summary; see core/review/types.ts and docs/review.md), or null when
 *   the document is not an open draft (or is beyond the size limit).
 * - `agreementLint/reviewReport`, params `{ uri, format: 'html' | 'md' }`: the review report as a
 *   string (the same as `agreement-lint report`), or null for a non-draft.
 *
 * A review is built on request from the document's current text with its settings and team
 * templates, never per keystroke. The handlers delegate to the core; nothing of the draft is logged.
 */
import path from 'node:path';
import { LSPErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { renderReport, reviewDraft, REVIEW_REPORT_REQUEST, REVIEW_REQUEST, type AnalyzeOptions, type ClauseTemplate, type DraftReview, type Review, type Rule } from '../core/index.js';
import { isAgreementDocument, matchesInclude, uriToPath } from './scope.js';
import type { Settings } from './settings.js';

/** What the handlers need from the server. */
export interface ReviewDeps {
  documents: TextDocuments<TextDocument>;
  getSettings(uri: string): Promise<Settings>;
  templatesFor(uri: string): readonly ClauseTemplate[];
  workspaceFolders(): readonly string[];
  rules?: readonly Rule[];
  version: string;
}

/** Registers `agreementLint/review` and `agreementLint/reviewReport` on the connection. */
export function registerReviewRequests(connection: Connection, deps: ReviewDeps): void {
  connection.onRequest(REVIEW_REQUEST, async (params: { uri?: unknown } | null): Promise<Review | null> => {
    const draft = await review(deps, params?.uri);
    return draft?.review ?? null;
  });
  connection.onRequest(REVIEW_REPORT_REQUEST, async (params: { uri?: unknown; format?: unknown } | null): Promise<string | null> => {
    const format = params?.format ?? 'html';
    if (format !== 'html' && format !== 'md') throw new ResponseError(LSPErrorCodes.RequestFailed, `The report format must be "html" or "md", not ${JSON.stringify(String(format)).slice(0, 40)}.`);
    const uri = params?.uri;
    const draft = await review(deps, uri);
    if (!draft) return null;
    const file = typeof uri === 'string' ? uriToPath(uri) : undefined;
    return renderReport(draft, format, { source: file ? path.basename(file) : String(uri), version: deps.version });
  });
}

/** The review of an open draft, or undefined for anything else. */
async function review(deps: ReviewDeps, uri: unknown): Promise<DraftReview | undefined> {
  if (typeof uri !== 'string') throw new ResponseError(LSPErrorCodes.RequestFailed, 'The request needs the "uri" of an open document.');
  if (!deps.documents.get(uri)) return undefined;
  const settings = await deps.getSettings(uri);
  const doc = deps.documents.get(uri);
  if (!doc) return undefined;
  if (!isAgreementDocument(uri, doc.languageId) && !matchesInclude(uri, settings.include, deps.workspaceFolders())) return undefined;
  const text = doc.getText();
  const limit = settings.maxFileSizeKB * 1024;
  if (text.length * 3 > limit && Buffer.byteLength(text, 'utf8') > limit) return undefined;
  const options: AnalyzeOptions = { rules: settings.rules, templates: deps.templatesFor(uri), fixesAsTrackedChanges: settings.fixesAsTrackedChanges, handlingCaveats: settings.handlingCaveats };
  try {
    return reviewDraft(text, options, deps.rules);
  } catch {
    // The error's text may quote the draft: only that it failed is said.
    throw new ResponseError(LSPErrorCodes.RequestFailed, 'The review of this draft failed; the findings in the Problems panel are still valid.');
  }
}
