/** Small helpers for spans (offsets into the draft); positions are converted in positions.ts only. */
import type { Span } from './types.js';

/** `span` moved by `by` characters, as a new span. */
export function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

/** Moves `span` by `by` characters, in place (for spans owned by a section that moved). */
export function move(span: Span, by: number): void {
  span.start += by;
  span.end += by;
}
