/** The reviewer's view of a draft (issue 19): the review model, its flows, and the report. */
export * from './types.js';
export { buildReview, reviewDraft, reportFinding, readingSentence, placeOf, type DraftReview, type ReportFinding } from './build.js';
export { draftFlows, flowConflicts, type RawFlow, type RawConflict } from './flows.js';
export { renderReport, REVIEW_REPORT_REQUEST, type ReportFormat, type ReportOptions } from './report.js';
