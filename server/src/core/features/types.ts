/**
 * What the editor features return. The shapes are those of LSP (so the adapter hands them on
 * unchanged) but declared here, because the core knows nothing of the LSP libraries. Ranges are
 * made from spans by the model's `LineIndex` only.
 */
import type { Range } from '../types.js';

/** LSP SymbolKind values the outline uses. */
export const SymbolKind = { File: 1, Module: 2, Namespace: 3, Package: 4, Object: 19, String: 15, Constant: 14, Key: 20 } as const;

/** An entry of the outline. */
export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: (typeof SymbolKind)[keyof typeof SymbolKind];
  range: Range;
  selectionRange: Range;
  children: DocumentSymbol[];
}

/** A foldable line range; `kind` is LSP's FoldingRangeKind. */
export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind?: 'comment' | 'imports' | 'region';
}

/** Markdown shown on hover, with the range it describes. */
export interface Hover {
  contents: { kind: 'markdown'; value: string };
  range: Range;
}

/** A place in the same draft (the adapter adds the document URI). */
export interface Target {
  range: Range;
}

/** A text edit in the same draft. */
export interface Edit {
  range: Range;
  newText: string;
}

/** The answer to "can this be renamed?": the range and current name, or why not. */
export type PrepareRenameResult = { range: Range; placeholder: string } | { error: string };

/** The answer to a rename: the edits, or why the new name was refused. */
export type RenameResult = { edits: Edit[] } | { error: string };

/** LSP CompletionItemKind values the completions use. */
export const CompletionItemKind = { Module: 9, Reference: 18, Constant: 21 } as const;

/** A completion proposal that replaces `range` by `newText`. */
export interface CompletionItem {
  label: string;
  kind: (typeof CompletionItemKind)[keyof typeof CompletionItemKind];
  detail?: string;
  documentation?: { kind: 'markdown'; value: string };
  filterText?: string;
  sortText?: string;
  textEdit: { range: Range; newText: string };
}

/** A code lens: a line of text above `range`; `command` is empty when it only informs. */
export interface CodeLens {
  range: Range;
  command: { title: string; command: string; arguments?: unknown[] };
}
