/**
 * Standard clauses as snippets: every template of the library filled for one draft, for editor
 * completion and the "Insert standard clause..." command. An article snippet is numbered as the
 * article after the one the cursor is in; an annex snippet gets the next free annex letter.
 */
import type { AgreementModel } from '../model.js';
import { draftWordsOf, fillTemplate, lineEndOf } from './fill.js';
import { nextAnnexNumber } from './fixkit.js';
import { formatNumber, fromRoman, numberedHeading, renumberEdits } from './renumber.js';
import type { SpanEdit } from '../types.js';
import type { ClauseTemplate, TemplateLibrary } from './types.js';
import { provenanceMarker } from './provenance.js';

/** One standard clause, filled for a draft. */
export interface TemplateSnippet {
  id: string;
  title: string;
  kind: ClauseTemplate['kind'];
  element?: string;
  description?: string;
  version: string;
  /** `built-in`, or the file of a team template. */
  origin: string;
  /** Rule ids whose findings it fixes. */
  fixes: string[];
  /**
   * The body with its placeholders filled, in the draft's line ends, with its provenance marker
   * (`marker`): the first line after the heading of an article or annex, else the line before the
   * clause.
   */
  text: string;
  /** The provenance marker, `<!-- clause: id@version -->` (see provenance.ts). */
  marker: string;
  /**
   * For an article inserted before later articles: the edits that renumber those articles and the
   * references to them (in offsets of the draft), to apply with the text.
   */
  edits?: SpanEdit[];
}

/** The library's templates filled for `model`, with the cursor at `offset` (for article numbers). */
export function templateSnippets(model: AgreementModel, library: TemplateLibrary, offset = model.text.length): TemplateSnippet[] {
  const eol = lineEndOf(model.text);
  const articles = model.sections.filter((s) => s.kind === 'article');
  // The article the cursor is in; at the very start of an article's heading, the one before it.
  const here = [...articles].reverse().find((s) => s.span.start < offset);
  const current = here?.number;
  const roman = current !== undefined && !/^[0-9]+$/.test(current) && fromRoman(current) > 0;
  const value = current === undefined ? 0 : roman ? fromRoman(current) : Number.parseInt(current, 10) || 0;
  const number = formatNumber(value + 1, roman ? (current === current!.toUpperCase() ? 'roman' : 'roman-lower') : 'arabic');
  const annexes = model.sections.filter((s) => s.kind === 'annex');
  const annex = nextAnnexNumber(annexes[annexes.length - 1]?.number);
  const terms = draftWordsOf(model);
  // Articles after the cursor move up by one when a numbered article is inserted before them.
  const later = model.sections
    .filter((x) => x.span.start >= offset)
    .map((x) => numberedHeading(model, x))
    .filter((h): h is NonNullable<typeof h> => !!h && h.value >= value + 1);
  const renumber = later.length ? renumberEdits(model, later) : [];
  return library.all().map((t) => {
    const s: TemplateSnippet = {
      id: t.id,
      title: t.title,
      kind: t.kind,
      version: t.version,
      origin: t.origin,
      fixes: t.fixes,
      text: withMarker(t, fillTemplate(t, model.frontMatter, { ...terms, NUMBER: number, ANNEX: annex }, eol), eol),
      marker: provenanceMarker(t),
    };
    if (t.element !== undefined) s.element = t.element;
    if (t.description !== undefined) s.description = t.description;
    if (renumber.length && t.kind === 'article' && !/^#{1,6}[ \t]+(?:annex|appendix|schedule|attachment)\b/i.test(t.body)) s.edits = renumber;
    return s;
  });
}

/** The filled text with its marker: after the heading of an article or annex, else before the text. */
function withMarker(t: ClauseTemplate, filled: string, eol: string): string {
  const marker = provenanceMarker(t);
  const heading = /^(#{1,6}[ \t][^\r\n]*)(?:\r\n|\r|\n)+/.exec(filled);
  if (heading) return `${heading[1]}${eol}${eol}${marker}${eol}${filled.slice(heading[0].length)}`;
  return `${marker}${eol}${filled}`;
}
