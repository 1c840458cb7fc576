/**
 * The editor features, one pure module each: they read the agreement model and answer in LSP's
 * shapes, with every position made by the model's LineIndex. The LSP adapter only delegates.
 */
export * from './types.js';
export { documentSymbols } from './symbols.js';
export { foldingRanges } from './folding.js';
export { hover } from './hover.js';
export { disseminationReadings, readingsAt, type ClauseReadingReport } from './readings.js';
export { definition } from './definition.js';
export { references } from './references.js';
export { prepareRename, rename, NOT_A_TERM } from './rename.js';
export { completions } from './completion.js';
export { findingCountLenses } from './codelens.js';
export { semanticTokens, semanticTokensLegend } from './semantic.js';
export { documentHighlights, DocumentHighlightKind, type DocumentHighlight } from './highlights.js';
