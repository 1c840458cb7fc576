/**
 * Building fixes from templates: the one place that turns a template into edits of a draft.
 * Rules ask for fixes by template id; they never embed clause text.
 *
 * Every fix keeps the draft consistent: an inserted article takes the number of its place and the
 * articles after it are renumbered with every cross-reference to them; inserted paragraphs continue
 * the numbering of their article; a replaced clause keeps its own label; line ends follow the
 * draft (CRLF stays CRLF). With `asTrackedChanges`, each edit is proposed as CriticMarkup instead.
 */
import { sectionWithEdits, type AgreementModel, type Clause, type Section } from '../model.js';
import type { Span, SpanEdit, SpanFix } from '../types.js';
import { scanCriticMarkup } from '../criticmarkup.js';
import { collapse, sentences } from '../language/sentences.js';
import { draftWordsOf, fillTemplate, lineEndOf } from './fill.js';
import { formatNumber, fromRoman, numberWrittenAgain, numberedHeading, renumberEdits, type HeadingStyle, type NumberedHeading } from './renumber.js';
import type { ClauseTemplate, TemplateLibrary } from './types.js';
import { markerLineBefore, provenanceMarker, type MarkedClause } from './provenance.js';
import { forgetWithReadings } from '../language/memo.js';

/** Defined terms too general to impose on template wording ("party", "agreement"). */
const genericTerms = new Set(['party', 'parties', 'agreement', 'arrangement', 'memorandum', 'government', 'state', 'states', 'annex', 'article', 'section']);

/** Options that shape fixes. */
export interface FixOptions {
  /** Propose every fix as CriticMarkup (a tracked change) instead of editing the text. */
  asTrackedChanges?: boolean;
}

/**
 * The fix builders a rule may use. Each returns undefined when the template is missing, or when
 * the fix cannot be written cleanly (as each says; in tracked mode, inside an open tracked change).
 */
export interface FixKit {
  /**
   * What the fixes read from the whole draft besides the front matter (its line end, the party
   * terms it defines); cached section findings are reused only while this stays the same.
   */
  readonly documentKey: string;
  /**
   * Replaces a clause with a filled template body, keeping the clause's own label ("1.", "(a)").
   * With `within` (a span of `clause.text`), only the sentences that span touches are replaced when
   * the clause says more than that and the template is one paragraph: the clause's other sentences
   * (a security-agreement reference, a definition, a privacy term) are not the problem and stay.
   * Undefined when the text to replace holds a definition of a term (its uses would lose it), or,
   * for a tracked change, tracked changes or comments of its own (CriticMarkup does not nest).
   */
  replaceClause(clause: Clause, templateId: string, title?: string, within?: Span, extra?: Readonly<Record<string, string>>): SpanFix | undefined;
  /**
   * Whether a clause already holds a template's text as its fix would write it (the draft's
   * defined terms for its information aside): so that a second clause is not given a second copy.
   */
  holdsTemplate(clause: Clause, templateId: string): boolean;
  /**
   * Whether a section holds every paragraph of a template's text (its heading aside), each in one
   * of its clauses, as `holdsTemplate` reads a clause: an article inserted from the template, with
   * its paragraphs numbered in the draft's style.
   */
  holdsArticle(section: Section, templateId: string): boolean;
  /**
   * Inserts a whole article from a template where such an article belongs: before the final
   * provisions (entry into force, termination, signature) when the draft has them, else after the
   * last article; later articles and the references to them are renumbered. An annex template
   * (its heading starts with "Annex") goes at the end with the next free annex letter.
   */
  insertArticle(templateId: string, title?: string): SpanFix | undefined;
  /** Inserts element templates at the end of an existing section, continuing its paragraph numbering. */
  insertIntoSection(section: Section, templateIds: readonly string[], title?: string): SpanFix | undefined;
  /**
   * Records a restriction as an accepted high-value exception, with its justification, after the
   * clause. Undefined for a tracked change inside an open tracked change or comment.
   */
  recordException(clause: Clause, ruleId: string): SpanFix | undefined;
  /**
   * Replaces a span with text: a suggestion unless the caller knows the change is safe and
   * mechanical (`kind` `fix`). Undefined for a tracked change that cannot be written: the span
   * holds, or lies inside, tracked changes or a comment (CriticMarkup does not nest).
   */
  replace(span: Span, newText: string, title: string, kind?: SpanFix['kind']): SpanFix | undefined;
  /** A template body with its placeholders filled from the front matter. */
  fill(template: ClauseTemplate, extra?: Readonly<Record<string, string>>): string;
  /**
   * Rewrites a marked clause (see provenance.ts) with the library's version of its template,
   * filled with `values` (recovered from the text) before the draft's own values, and the marker
   * updated to that version: "restore the approved text" and "upgrade to version X".
   */
  rewriteMarked(marked: MarkedClause, values: Readonly<Record<string, string>>, title: string): SpanFix | undefined;
}

/** Titles of the articles (or sections) that close a draft; a new article goes before them. */
const finalProvisions =
  /\b(?:final (?:provisions?|clauses?)|entry into (?:force|effect)|effective date|commencement|duration|termination|amendments?|signatures?|in witness|authentic texts?|depositary)\b/i;

/** Paragraphs that open the signature block at the end of the last article. */
const signatureBlock = /^[ \t]*(?:\*\*|__)?(?:in witness whereof|done (?:at|in)\b|signed (?:at|in)\b|for the government of)/i;


/** An opening or closing CriticMarkup mark. */
const criticMark = /\{(?:\+\+|--|~~|>>|==)|(?:\+\+|--|~~|<<|==)\}/;

/** A label at the start of a clause, as the model reads it: "1.", "5.2", "(a)", "a)", "(iv)". */
const clauseLabel = /^[ \t]*(?:\((?:[0-9]{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\)|[0-9]{1,3}(?:\.[0-9]{1,3})*\.?(?=[ \t])|(?:[a-z]{1,2}|[ivx]{1,5})\))[ \t]+/i;

const defaultStyle: HeadingStyle = { lead: '## Article ', numerals: 'arabic', sep: ' — ', word: 'article' };

/** How the paragraphs of an article are numbered, and the next number. */
interface ParagraphStyle {
  /** `list` "5.", `paren` "(5)", `dotted` "7.5", `none` unnumbered. */
  kind: 'list' | 'paren' | 'dotted' | 'none';
  next: number;
  /** For `list`: "." or ")". For `dotted`: the article number before the dot. */
  mark: string;
}

/** Creates the fix builders for one model. */
export function createFixKit(model: AgreementModel, library: TemplateLibrary, options: FixOptions = {}): FixKit {
  const text = model.text;
  const eol = lineEndOf(text);
  const tracked = !!options.asTrackedChanges;

  /** One edit as a change or, in tracked mode, as CriticMarkup. */
  // CriticMarkup inside the front matter would break its YAML: edits there are never tracked.
  const inFrontMatter = (span: Span) => !!model.frontMatter.span && span.start >= model.frontMatter.span.start && span.end <= model.frontMatter.span.end;
  const change = (span: Span, newText: string): SpanEdit => {
    if (!tracked || inFrontMatter(span)) return { ...span, newText };
    const old = text.slice(span.start, span.end);
    const markup = old === '' ? `{++${newText}++}` : newText === '' ? `{--${old}--}` : `{~~${old}~>${newText}~~}`;
    return { ...span, newText: markup };
  };
  // Every fix built from a template rewrites the draft (a standard clause, an inserted article, a
  // renumbering): a suggestion, applied only when a person chooses it. `replace` says its own kind.
  const fix = (title: string, edits: SpanEdit[], kind: SpanFix['kind'] = 'suggestion'): SpanFix => ({ title: tracked ? `${title} (as a tracked change)` : title, edits, kind });

  /**
   * Inserts whole paragraphs after `at` (which ends a paragraph). In tracked mode each paragraph's
   * text is marked as an addition after its heading or list marker, so that headings and numbered
   * paragraphs stay what they are and the accepted reading is the inserted text.
   */
  const insertBlock = (at: number, block: string): SpanEdit => {
    let inner = block.replace(/\r\n|\r|\n/g, eol);
    if (tracked) {
      inner = inner
        .split(/((?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n))/)
        .map((part, i) => {
          if (i % 2 === 1 || part.trim() === '') return part;
          // A provenance marker is no text of the draft: written plainly, before the tracked addition.
          const mark = /^[ \t]*<!--[ \t]*clause:[^\r\n]*-->[ \t]*(?:\r\n|\r|\n)/.exec(part);
          if (mark) part = part.slice(mark[0].length);
          const m = /^([ \t]*(?:#{1,6}[ \t]+|(?:[-*+]|[0-9]{1,3}[.)])[ \t]+|\([0-9a-z]{1,6}\)[ \t]+|[0-9]{1,3}\.[0-9]{1,3}\.?[ \t]+)?)([\s\S]*)$/i.exec(part)!;
          return `${mark ? mark[0] : ''}${m[1]}{++${m[2]}++}`;
        })
        .join('');
    }
    // Normally `at` ends a paragraph. At the very start of the draft (after a byte-order mark) the
    // block needs no blank line before it but one after it, or the next heading would run on from
    // its last paragraph.
    const pos = at === 0 && text.charCodeAt(0) === 0xfeff ? 1 : at;
    const lead = text.slice(0, pos).trim() === '' ? '' : `${eol}${eol}`;
    const tail = pos < text.length && !/[\r\n]/.test(text[pos]!) ? `${eol}${eol}` : '';
    return { start: pos, end: pos, newText: `${lead}${inner}${tail}` };
  };

  // Read when a fix is built (fixes are lazy): it scans the whole draft's text.
  let terms: Record<string, string> | undefined;
  // Standard wording uses the draft's own defined terms: where the draft defines "Information" or
  // "Personal Data", the template's "information" or "personal data" is written as defined, so an
  // inserted clause keeps the draft's terms in use and reads consistently.
  const aligned = model.terms
    .map((t) => t.term)
    .filter((t) => /[A-Z]/.test(t) && t.length > 2 && t.toLowerCase() !== t && !genericTerms.has(t.toLowerCase()))
    .sort((a, b) => b.length - a.length);
  const alignTerms = termAligner(aligned);
  const fill = (t: ClauseTemplate, extra: Readonly<Record<string, string>> = {}) =>
    alignTerms(fillTemplate(t, model.frontMatter, { ...(terms ??= draftWordsOf(model)), ...extra }, eol));

  /**
   * The standard wording keeps the defined term by which the replaced text speaks of its
   * information ("Screening Information"), so the definition stays in use.
   */
  const keepSubjectTerm = (body: string, replaced: Span) => {
    const subject = model.terms.find((d) => /\s(?:information|data)$/i.test(d.term) && d.uses.some((u) => u.start >= replaced.start && u.end <= replaced.end));
    if (!subject) return body;
    const noun = /(information|data)$/i.exec(subject.term)![1]!.toLowerCase();
    return body.replace(new RegExp(`(?<!(?:classified|personal|sensitive|other|such|the following)\\s)(?<![A-Z]\\p{L}*\\s)(?<![\\p{L}\\p{N}_-])[${noun[0]}${noun[0]!.toUpperCase()}]${noun.slice(1)}(?![\\p{L}\\p{N}_-])`, 'gu'), subject.term);
  };

  /**
   * The source span of the whole sentences of `clause` that `within` touches, when the clause has
   * other sentences too; undefined when they make up the whole clause, or when the span would hold
   * or cut through tracked changes or comments.
   */
  const sentencesToReplace = (clause: Clause, within: Span): Span | undefined => {
    const all = sentences(clause.text);
    const hit = all.filter((x) => x.end > within.start && x.start < within.end);
    if (hit.length === 0 || hit.length === all.length) return undefined;
    let a = hit[0]!.start;
    const b = hit[hit.length - 1]!.end;
    // A sub-paragraph's own label ("(a) ") may open its reading text: it stays.
    for (let m = clauseLabel.exec(clause.text.slice(a, b)); m && m[0].length > 0 && a + m[0].length < b; m = clauseLabel.exec(clause.text.slice(a, b))) a += m[0].length;
    if (clause.text.slice(0, a).trim() === '' && clause.text.slice(b).trim() === '') return undefined;
    const span = clause.sourceSpan(a, b);
    if (text.slice(span.start, span.end) !== clause.text.slice(a, b)) return undefined;
    // The span must not lie inside tracked changes or a comment.
    return insideMark(span.start) ? undefined : span;
  };

  /**
   * Whether `offset` lies inside a tracked change or comment as the draft's annotations are read
   * (`scanCriticMarkup`: a mark runs from its opening to the first closing of its kind), or after
   * an opening that no mark takes (a fix's own closing would take it), or after a substitution
   * written without its "~>" (a fix's own "~>" would complete it). A stray closing ("~~}" with no
   * opening) closes nothing. Marks are read twice, as the model reads them: across the section
   * (its annotations) and within the clause (its accepted reading), where a mark that the section
   * reads across paragraphs is no mark, and an opening it took may be open.
   */
  const insideMark = (offset: number) => {
    // The section the offset is in, or at the end of: the end of a draft without a final line
    // break belongs to its last section. Only that section is read, as the incremental analysis
    // assumes of every fix (a mark left open in an earlier section changed this answer in a full
    // analysis only).
    const section =
      model.sections.find((x) => x.span.start <= offset && offset < x.span.end) ?? model.sections.find((x) => x.span.start < offset && offset === x.span.end);
    if (openAt(section?.span.start ?? 0, section?.span.end ?? text.length, offset)) return true;
    const clause = section?.clauses.find((c) => c.span.start <= offset && offset <= c.span.end);
    return !!clause && openAt(clause.span.start, clause.span.end, offset);
  };

  /** Whether `offset` is inside a mark, or after an opening no mark takes, of the text `[from, to)`. */
  const openAt = (from: number, to: number, offset: number) => {
    const before = text.slice(from, offset);
    if (/\{~~(?:(?!~>)[\s\S])*?~~\}/.test(before)) return true;
    const marks = scanCriticMarkup(text.slice(from, to));
    const at = offset - from;
    if (marks.some((m) => m.span.start < at && at < m.span.end)) return true;
    for (const o of before.matchAll(/\{(?:\+\+|--|~~|>>|==)/g)) if (!marks.some((m) => m.span.start <= o.index! && o.index! < m.span.end)) return true;
    return false;
  };

  /**
   * Where to insert at `at`: before a suppression comment that ends the text there. Such a comment
   * speaks of the line after it (the next heading), and must keep speaking of it.
   */
  const beforeSuppression = (at: number) => {
    const from = model.sections.find((x) => x.span.start < at && at <= x.span.end)?.span.start ?? 0;
    // One comment, the last: an earlier one in the same section is not "before" this place.
    const closing = /<!--[ \t]*agreement-lint-disable-next-line\b(?:(?!-->)[^])*-->[ \t]*$/.exec(text.slice(from, at));
    return closing ? trimBack(from + closing.index, from) : at;
  };

  /**
   * The edit that records `t` as the source of the clause starting at `start`: the marker already
   * on the line before the clause is rewritten; else a marker line goes before the clause's line,
   * with the line's indentation (and a quote's ">"). Undefined where the clause's line holds other
   * text before it (a marker there would cut a paragraph). Never a tracked change: a marker is no
   * text of the draft.
   */
  const markClause = (start: number, t: ClauseTemplate): SpanEdit | undefined => {
    // A byte-order mark stays first: the draft's first line starts after it (and a clause cached
    // with its section reads the same with or without one before it).
    let lineStart = model.index.lineStart(model.index.lineOf(start));
    if (lineStart === 0 && text.charCodeAt(0) === 0xfeff && start > 0) lineStart = 1;
    const prefix = text.slice(lineStart, start);
    if (!/^[ \t>]*(?:(?:[-*+]|[0-9]{1,9}[.)])[ \t]+)*(?:\((?:[0-9]{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\)[ \t]+|[0-9]{1,3}(?:\.[0-9]{1,3})*\.?[ \t]+|(?:[a-z]{1,2}|[ivx]{1,5})\)[ \t]+)?$/i.test(prefix)) return undefined;
    const from = model.sections.find((x) => x.span.start <= lineStart && lineStart <= x.span.end)?.span.start ?? 0;
    const before = markerLineBefore.exec(text.slice(from, lineStart));
    if (before) {
      const at = from + before.index + before[0].indexOf(before[1]!);
      return { start: at, end: at + before[1]!.length, newText: provenanceMarker(t) };
    }
    const indent = /^[ \t>]*/.exec(prefix)![0];
    return { start: lineStart, end: lineStart, newText: `${indent}${provenanceMarker(t)}${eol}` };
  };
  /** A filled article or annex with its provenance marker as the first line after its heading. */
  const markAfterHeading = (article: string, t: ClauseTemplate) => article.replace(/^([^\r\n]*)(\r\n|\r|\n)+/, (_m, heading: string) => `${heading}${eol}${eol}${provenanceMarker(t)}${eol}`);

  /** The edits of a replaced clause, with the marker of its template before it. */
  const withMark = (clauseStart: number, t: ClauseTemplate, edits: SpanEdit[]): SpanEdit[] => {
    const mark = markClause(clauseStart, t);
    if (!mark) return edits;
    // Inserted where the replacement starts: one edit, the marker line first.
    const same = edits.find((e) => e.start === mark.start && mark.start === mark.end);
    if (same) return edits.map((e) => (e === same ? { ...e, newText: mark.newText + e.newText } : e));
    return [mark, ...edits];
  };

  /** A clause inside a list item: further paragraphs of the template stay in the item. */
  const indentForItem = (start: number, own: RegExpExecArray | null, body: string) => {
    const lineStart = model.index.lineStart(model.index.lineOf(start));
    const prefix = text.slice(lineStart, start);
    if (!/^[ \t]*(?:[-*+]|\d+[.)])[ \t]/.test(prefix)) return body;
    const indent = ' '.repeat(prefix.replace(/\t/g, '    ').length - (own ? own[0].length : 0));
    return body.replace(/(\r\n|\r|\n)(?=[^\r\n])/g, `$1${indent}`);
  };

  /** The offset just after the last non-blank character before `offset`. */
  const trimBack = (offset: number, floor = 0) => {
    let at = offset;
    while (at > floor && /\s/.test(text[at - 1]!)) at--;
    return at;
  };

  // `keepSubjectTerm` may have written a defined term ("Screening Information") for a template's
  // "information": `holdsTemplate` reads such terms back as the plain noun, case aside. The
  // template's own wording, read so, is filled once per kit.
  // Read only when a fix asks: nothing is added to building the kit on every keystroke.
  let subjectTerms: (readonly [string, string])[] | undefined;
  const plainWording = (s: string) => {
    subjectTerms ??= model.terms.flatMap((d) => {
      const m = /\s(information|data)$/i.exec(d.term);
      return m ? [[d.term.toLowerCase(), m[1]!.toLowerCase()] as const] : [];
    });
    let out = collapse(s.toLowerCase());
    for (const [term, noun] of subjectTerms) out = out.split(term).join(noun);
    return out;
  };
  const heldBodies = new Map<string, string>();
  const heldParagraphs = new Map<string, string[]>();

  const kit: FixKit = {
    // The section findings cached with their fixes are kept only while the words their fixes are
    // filled with stay the same: the draft's role words and self-name (counted per section, so
    // this costs a merge of counts, not a scan of the draft) and its defined terms.
    documentKey: `${eol}\u0000${JSON.stringify((terms ??= draftWordsOf(model)))}\u0000${aligned.join('\u0001')}`,
    fill,
    replace: (span, newText, title, kind = 'suggestion') => {
      if (inFrontMatter(span)) return { title, edits: [change(span, newText)], kind };
      if (tracked && (criticMark.test(text.slice(span.start, span.end)) || insideMark(span.start))) return undefined;
      return fix(title, [change(span, newText)], kind);
    },

    replaceClause(clause, templateId, title, within, extra) {
      const t = library.get(templateId);
      if (!t) return undefined;
      const source = text.slice(clause.span.start, clause.span.end);
      const own = clause.labels.length ? clauseLabel.exec(source) : null;
      const start = clause.span.start + (own ? own[0].length : 0);
      let body = fill(t, extra).trim().replace(clauseLabel, '');
      const part = within && !/\r|\n/.test(body) ? sentencesToReplace(clause, within) : undefined;
      // Replacing a definition would leave every use of its term undefined: no such fix.
      const region = part ?? { start, end: clause.span.end };
      if (model.terms.some((t) => t.definitions.some((d) => d.span.start < region.end && d.span.end > region.start))) return undefined;
      // CriticMarkup does not nest: text that holds tracked changes or comments cannot be proposed
      // for replacement as a tracked change.
      if (tracked && (criticMark.test(text.slice(region.start, region.end)) || insideMark(region.start))) return undefined;
      if (part) {
        return fix(title ?? `Replace the restriction in ${clause.citation} with the standard clause "${t.title}"`, [change(part, keepSubjectTerm(body, part))]);
      }
      body = keepSubjectTerm(body, clause.span);
      return fix(title ?? `Replace ${clause.citation} with the standard clause "${t.title}"`, withMark(clause.span.start, t, [change({ start, end: clause.span.end }, indentForItem(start, own, body))]));
    },

    rewriteMarked(marked, values, title) {
      const t = library.get(marked.templateId);
      const first = marked.clauses[0];
      const last = marked.clauses[marked.clauses.length - 1];
      if (!t || !first || !last) return undefined;
      const markerEdit = { start: marked.span.start, end: marked.span.end, newText: provenanceMarker(t) };
      if (t.kind === 'article') {
        // The paragraphs after the marker, up to the end of the article, are written again.
        const section = marked.section;
        const number = section.number ?? '';
        const filled = fill(t, { ...values, NUMBER: number, ANNEX: number });
        const rest = filled.replace(/^[ \t]*#{1,6}[ \t][^\r\n]*(?:\r\n|\r|\n)+/, '').trim();
        const paragraphs = /^#{1,6}[ \t]+(?:annex|appendix|schedule|attachment)\b/i.test(t.body) ? rest : restyleParagraphs(rest, paragraphStyleOf(section), number);
        const end = trimBack(section.span.end, first.span.start);
        if (tracked && (criticMark.test(text.slice(first.span.start, end)) || insideMark(first.span.start))) return undefined;
        const lineStart = model.index.lineStart(model.index.lineOf(first.span.start));
        return fix(title, [markerEdit, change({ start: lineStart, end }, paragraphs)]);
      }
      const source = text.slice(first.span.start, first.span.end);
      const own = first.labels.length ? clauseLabel.exec(source) : null;
      const start = first.span.start + (own ? own[0].length : 0);
      const body = fill(t, values).trim().replace(clauseLabel, '');
      if (tracked && (criticMark.test(text.slice(start, last.span.end)) || insideMark(start))) return undefined;
      return fix(title, [markerEdit, change({ start, end: last.span.end }, indentForItem(start, own, body))]);
    },

    holdsTemplate(clause, templateId) {
      let body = heldBodies.get(templateId);
      if (body === undefined) {
        const t = library.get(templateId);
        body = t ? plainWording(fill(t).trim().replace(clauseLabel, '')) : '';
        heldBodies.set(templateId, body);
      }
      return body.length > 0 && plainWording(clause.text).includes(body);
    },

    holdsArticle(section, templateId) {
      let parts = heldParagraphs.get(templateId);
      if (parts === undefined) {
        const t = library.get(templateId);
        parts = t
          ? fill(t, { NUMBER: '1' })
              .split(/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)|(?:\r\n|\r|\n)(?=[ \t]*(?:\([0-9a-z]{1,6}\)|[0-9]{1,3}[.)])[ \t])/i)
              .filter((p) => !/^[ \t]*#/.test(p))
              .map((p) => plainWording(p.trim().replace(clauseLabel, '')))
              .filter((p) => p.length > 0)
          : [];
        heldParagraphs.set(templateId, parts);
      }
      if (parts.length === 0) return false;
      const texts = section.clauses.map((c) => plainWording(c.text));
      return parts.every((p) => texts.some((x) => x.includes(p)));
    },

    insertArticle(templateId, title) {
      const t = library.get(templateId);
      if (!t) return undefined;
      const firstLine = /^[^\n]*/.exec(t.body)![0];
      if (/^#{1,6}[ \t]+(?:annex|appendix|schedule|attachment)\b/i.test(firstLine)) return insertAnnex(t, title);
      const sections = model.sections;
      const units = articleUnits(model);
      // Where the draft's articles are not all read as sections of their own (Articles under "###"
      // in a Part or Chapter that the model does not yet cut out), no place for a new article can
      // be trusted: no fix, rather than a new "Chapter" where an Article belongs.
      if (!units) return undefined;
      const firstArticle = sections.findIndex((_s, i) => units[i]);
      // The body's articles and the Parts or Chapters that hold them, not those of an annex or protocol.
      const inBody = (i: number) => !inInstrument(sections[i]!);
      let slot = firstArticle < 0 ? -1 : sections.findIndex((s, i) => i >= firstArticle && inBody(i) && (s.kind === 'article' || s.kind === 'other') && finalProvisions.test(s.title ?? s.heading?.text ?? ''));
      // The first article of a Part or Chapter: the new article goes before that Part, at the end
      // of the one before, rather than as the first article under the Part's heading.
      while (slot > firstArticle && sections[slot - 1] === parentOf(sections, slot)) slot--;
      const numbered = sections.map((s, i) => (units[i] ? numberedHeading(model, s) : undefined));
      let at: number;
      let value: number;
      let shifted: NumberedHeading[] = [];
      let styleFrom: NumberedHeading | undefined;
      const before = (i: number) => numbered.slice(0, i).filter((h): h is NumberedHeading => !!h);
      if (slot >= 0) {
        at = trimBack(sections[slot]!.span.start);
        // A Part or Chapter of final provisions: the new article takes the number of its first article.
        const ownAt = units[slot] ? slot : numbered.findIndex((h, i) => i > slot && !!h);
        if (!units[slot] && ownAt < 0 && units.some(Boolean)) return undefined;
        const own = ownAt >= 0 ? numbered[ownAt] : undefined;
        const previous = before(slot).pop();
        // A number missing right before this place ("Article 2", then "Article 4"): the new article
        // takes it, and nothing is renumbered (taking "4", it would carry the gap, and a comment
        // that excused the gap for the next heading would no longer reach it).
        const previousOfOwn = own && before(slot).filter((h) => family(h) === family(own)).pop();
        const fillsGap = !!own && !!previousOfOwn && previousOfOwn.value + 1 < own.value;
        value = own ? (fillsGap ? previousOfOwn!.value + 1 : own.value) : (previous?.value ?? 0) + 1;
        // Where the numbering already repeats or runs back ("Article 4" twice), no number reads
        // right for the new article: taking this article's number, it would repeat one that does
        // not move with the renumbering (and that repeat may be one the draft has suppressed).
        if (own && before(slot).some((h) => family(h) === family(own) && h.value >= value)) return undefined;
        // Only the articles of the inserted one's own sequence move up: "Article IV" is not counted
        // with "Article 5", nor "Section 7" with either.
        shifted = own && !fillsGap ? numbered.slice(slot).filter((h): h is NumberedHeading => !!h && h.value >= value && family(h) === family(own)) : [];
        // An article whose number is written again in a way that cannot move with it would read
        // as misnumbered after the renumbering: no fix.
        if (shifted.some((h) => numberWrittenAgain(h.section) === null)) return undefined;
        styleFrom = own ?? previous;
      } else {
        const lastArticle = units.lastIndexOf(true);
        const previous = before(sections.length).pop();
        value = (previous?.value ?? units.filter(Boolean).length) + 1;
        styleFrom = previous;
        if (lastArticle >= 0) {
          const last = sections[lastArticle]!;
          at = trimBack(last.span.end, last.span.start);
          // A signature block written inside the last article stays at the very end.
          const sig = last.clauses.find((c) => signatureBlock.test(text.slice(c.span.start, c.span.end)));
          if (sig) at = trimBack(sig.span.start, last.span.start);
        } else {
          const annex = sections.findIndex((s) => s.kind === 'annex');
          at = trimBack(annex >= 0 ? sections[annex]!.span.start : text.length);
        }
      }
      at = beforeSuppression(at);
      const style = styleFrom?.style ?? defaultStyle;
      const number = formatNumber(value, style.numerals);
      const filled = fill(t, { NUMBER: number });
      const { heading, rest } = splitHeading(filled, t.title);
      const sep = style.sep.trim() || style.sep === ' ' ? style.sep : ' — ';
      const paragraphs = styleFrom ? restyleParagraphs(rest, paragraphStyleOf(styleFrom.section), number) : rest;
      const article = `${style.lead}${number}${sep}${heading}${eol}${eol}${provenanceMarker(t)}${eol}${paragraphs}`;
      // A paragraph label that follows its article ("3.1" in Article 3) is changed plainly even in
      // tracked mode: written as a tracked change it would no longer read as a label.
      if (tracked && insideMark(at)) return undefined;
      const renumbering = renumberEdits(model, shifted);
      // Nor may a renumbering written as a tracked change fall inside an open mark: its own "~~}"
      // would close the mark early (a comment after it would then be read as open).
      if (tracked && renumbering.some((e) => !e.label && insideMark(e.start))) return undefined;
      const edits = [insertBlock(at, article), ...renumbering.map((e) => (e.label ? { start: e.start, end: e.end, newText: e.newText } : change(e, e.newText)))];
      const firstAnnex = sections.find((s) => s.kind === 'annex');
      const where = slot >= 0 ? `before ${sections[slot]!.label}` : firstArticle >= 0 ? 'after the last article' : firstAnnex ? `before ${firstAnnex.label}` : 'at the end';
      const renumbered = shifted.length === 0 ? '' : shifted.length === 1 ? `; renumbers ${shifted[0]!.section.label} and the references to it` : `; renumbers the ${shifted.length} articles after it and the references to them`;
      return fix(title ?? `Insert the standard article "${t.title}" as ${labelWord(style)} ${number} (${where}${renumbered})`, edits.sort((a, b) => a.start - b.start));
    },

    insertIntoSection(section, templateIds, title) {
      const ts = templateIds.map((id) => library.get(id)).filter((t): t is ClauseTemplate => !!t);
      if (ts.length === 0) return undefined;
      const at = beforeSuppression(trimBack(section.span.end, section.span.start));
      if (tracked && insideMark(at)) return undefined;
      const bodies = ts.map((t) => fill(t).trim().replace(clauseLabel, ''));
      const marks = ts.map((t) => `${provenanceMarker(t)}${eol}`);
      // Numbered on from the article's own numbering when the new paragraphs read that way, else
      // unnumbered; none when even that would change how the article's paragraphs read.
      const numbered = paragraphStyleOf(section);
      for (const style of numbered.kind === 'none' ? [numbered] : [numbered, { kind: 'none' as const, next: 1, mark: '' }]) {
        const edit = insertBlock(at, bodies.map((b, i) => `${marks[i]}${paragraphLabel(style, style.next + i)}${b}`).join(eol + eol));
        if (readsAsPlanned(section, edit, style, bodies.length)) return fix(title ?? `Add to ${section.label}: ${ts.map((t) => shortTitle(t)).join('; ')}`, [edit]);
      }
      return undefined;
    },

    recordException(clause, _ruleId) {
      const t = library.get('high-value-exception');
      if (!t) return undefined;
      const at = trimBack(clause.span.end, clause.span.start);
      if (tracked && insideMark(at)) return undefined;
      const sentence = fill(t).trim().replace(/\s*[\r\n]+\s*/g, ' ');
      return fix(`Record ${clause.citation} as a high-value exception (review the justification)`, [change({ start: at, end: at }, ` ${sentence}`)]);
    },
  };

  function insertAnnex(t: ClauseTemplate, title: string | undefined): SpanFix | undefined {
    const annexes = model.sections.filter((s) => s.kind === 'annex');
    const last = annexes[annexes.length - 1]?.number;
    const letter = nextAnnexNumber(last);
    const body = markAfterHeading(fill(t, { ANNEX: letter }), t);
    const at = trimBack(text.length);
    if (tracked && insideMark(at)) return undefined;
    return fix(title ?? `Insert the standard annex "${t.title}" as Annex ${letter} at the end`, [insertBlock(at, body)]);
  }

  /**
   * Whether `section` with `edit` (paragraphs added at its end) reads as planned: its own
   * paragraphs keep their labels, and the `count` new ones are top-level paragraphs numbered on in
   * `style`, or unlabelled ones. The model reads a paragraph's label from its context (a "2." after
   * a blockquote, a lettered list, an unclosed mark), which a numbering of its own cannot foresee.
   * Kept per section and edit, so an unchanged section is read again only when it changes.
   */
  function readsAsPlanned(section: Section, edit: SpanEdit, style: ParagraphStyle, count: number): boolean {
    const after = sectionWithEdits(section, [edit]);
    const labels = (cs: readonly { labels: string[]; label?: string | undefined; labelSpan?: Span | undefined }[]) => cs.map((c) => `${c.labels.join('.')}|${c.label ?? ''}|${c.labelSpan ? 1 : 0}`);
    if (!after || after.clauses.length !== section.clauses.length + count) return false;
    const now = labels(after.clauses);
    if (!labels(section.clauses).every((l, i) => now[i] === l)) return false;
    // An unnumbered paragraph carries on the paragraph before it (no label of its own).
    for (let i = 0; i < count; i++) {
      const c = after.clauses[section.clauses.length + i]!;
      if (!(style.kind === 'none' ? c.label === undefined : c.label === String(style.next + i) && c.labels.length === 1 && !!c.labelSpan)) return false;
    }
    return true;
  }

  /** The paragraph numbering of a section, read from its last top-level numbered paragraph. */
  function paragraphStyleOf(section: Section): ParagraphStyle {
    // The paragraphs the numbering check counts: those with a written label of their own.
    const top = section.clauses.filter((c) => c.labels.length === 1 && c.label !== undefined && !!c.labelSpan && /^[0-9]+$/.test(c.label));
    const last = top[top.length - 1];
    if (!last) return { kind: 'none', next: 1, mark: '' };
    // "## Article 2" then "2. ...": the article's number written again, not a paragraph (as the
    // numbering check reads it); numbered paragraphs after it would start a sequence at 2.
    if (top.length === 1 && section.number !== undefined && last.labels[0] === section.number && section.clauses[0]?.label === section.number) return { kind: 'none', next: 1, mark: '' };
    // Numbering that already repeats or skips ("1, 3, 2") has no next number: a continuation would
    // repeat or skip one again. The new paragraphs go unnumbered; the numbering check reports the rest.
    if (top.some((c, i) => i > 0 && Number(c.labels[0]) !== Number(top[i - 1]!.labels[0]) + 1)) return { kind: 'none', next: 1, mark: '' };
    const n = Number(last.labels[0]);
    const lineStart = model.index.lineStart(model.index.lineOf(last.span.start));
    const line = text.slice(lineStart, last.span.start + 12);
    const dotted = /^[ \t]*(?:[-*+][ \t]+)?([0-9]+)\.([0-9]+)\.?[ \t]/.exec(line);
    if (dotted) return { kind: 'dotted', next: Number(dotted[2]) + 1, mark: dotted[1]! };
    if (/^[ \t]*(?:[-*+][ \t]+)?\([0-9]+\)[ \t]/.test(line)) return { kind: 'paren', next: n + 1, mark: '' };
    const list = /^[ \t]*[0-9]+([.)])[ \t]/.exec(line);
    return { kind: 'list', next: n + 1, mark: list?.[1] ?? '.' };
  }

  return kit;
}

/** The container of `sections[i]`: the model's `parent` where it gives one, else the nearest section before it with a shallower heading. */
function parentOf(sections: readonly Section[], i: number): Section | undefined {
  const s = sections[i]!;
  if ('parent' in s) return (s as { parent?: Section }).parent;
  const depth = s.heading?.depth;
  if (depth === undefined) return undefined;
  for (let j = i - 1; j >= 0; j--) {
    const d = sections[j]!.heading?.depth;
    if (sections[j]!.kind === 'title') return undefined;
    if (d !== undefined && d < depth) return sections[j];
  }
  return undefined;
}

/** Whether a section belongs to an annex, appendix or protocol (the model's `instrument`, or an annex above it). */
function inInstrument(s: Section): boolean {
  for (let p: Section | undefined = s; p; p = (p as { parent?: Section }).parent) if (p.kind === 'annex') return true;
  return (s as { instrument?: Section }).instrument !== undefined;
}

/** Words of headings that hold articles rather than being one. */
const containerWords = /^(?:chapter|part|title)$/i;

/**
 * Which sections are the draft's articles (its own, not an annex's or protocol's): article
 * sections that hold no deeper sections and are not a Part, Chapter or Title. Undefined when the
 * draft writes Articles under deeper headings that are not sections of their own, or has Parts or
 * Chapters but no articles read: then where an article goes cannot be known.
 */
function articleUnits(model: AgreementModel): boolean[] | undefined {
  const sections = model.sections;
  const sectionHeadings = new Set(sections.flatMap((s) => (s.heading ? [s.heading.span.start] : [])));
  if (model.headings.some((h) => h.depth >= 3 && !sectionHeadings.has(h.span.start) && /^(?:article|art\.)\s+(?:[0-9]+|[ivxlcdm]+)\b/i.test(h.text))) return undefined;
  const units = sections.map((s, i) => {
    if (s.kind !== 'article' || inInstrument(s)) return false;
    if ((s as { container?: boolean }).container) return false;
    const next = sections[i + 1];
    if (s.heading && next?.heading && next.heading.depth > s.heading.depth) return false;
    return !containerWords.test(/^[A-Za-z]+/.exec(s.heading?.text ?? '')?.[0] ?? '');
  });
  const containers = sections.some((s) => s.kind === 'article' && containerWords.test(/^[A-Za-z]+/.exec(s.heading?.text ?? '')?.[0] ?? ''));
  if (containers && !units.some(Boolean)) return undefined;
  return units;
}

/** The numbering sequence of a heading: its kind of numerals and its label word ("Art." and a bare number count as Article). */
function family(h: NumberedHeading): string {
  const word = h.style.word === '' || h.style.word.startsWith('art') ? 'article' : h.style.word;
  return `${h.style.numerals === 'arabic' ? 'arabic' : 'roman'}|${word}`;
}

/** Fix titles name an element by what follows the colon ("Privacy element: retention" -> "retention"). */
function shortTitle(t: ClauseTemplate): string {
  const i = t.title.indexOf(':');
  return i >= 0 ? t.title.slice(i + 1).trim() : t.title;
}

function paragraphLabel(style: ParagraphStyle, n: number): string {
  switch (style.kind) {
    case 'list':
      return `${n}${style.mark} `;
    case 'paren':
      return `(${n}) `;
    case 'dotted':
      return `${style.mark}.${n} `;
    default:
      return '';
  }
}

/** Renumbers a template's "1." paragraphs in the draft's paragraph style ("(1)", "7.1"). */
function restyleParagraphs(body: string, style: ParagraphStyle, articleNumber: string): string {
  if (style.kind === 'list' || style.kind === 'none' || (style.kind === 'dotted' && !/^[0-9]+$/.test(articleNumber))) return body;
  return body.replace(/(^|[\r\n])([0-9]+)\.[ \t]+/g, (_m, lead: string, n: string) => `${lead}${style.kind === 'paren' ? `(${n}) ` : `${articleNumber}.${n} `}`);
}

/** Cuts a filled article template into its heading title and the rest. */
function splitHeading(filled: string, fallbackTitle: string): { heading: string; rest: string } {
  const m = /^#{1,6}[ \t]+([^\r\n]*)[\r\n]+/.exec(filled);
  if (!m) return { heading: fallbackTitle, rest: filled.trim() };
  const title = m[1]!
    .replace(/^(?:(?:article|art\.|section|§)[ \t]*(?:[0-9]+|[ivxlcdm]+|\[NUMBER\])|[0-9]+|\[NUMBER\])(?![0-9a-z])[ \t]*[.:—–-]*[ \t]*/i, '')
    .trim();
  return { heading: title || fallbackTitle, rest: filled.slice(m[0].length).trim() };
}

function labelWord(style: HeadingStyle): string {
  const w = style.word;
  return w === '' || w.startsWith('art') ? 'Article' : w === '§' ? 'Section' : w.charAt(0).toUpperCase() + w.slice(1);
}

/** The annex number after `last`: B after A, 3 after 2, IV after III; A for a first annex. */
export function nextAnnexNumber(last: string | undefined): string {
  if (!last) return 'A';
  if (/^[0-9]+$/.test(last)) return String(Number(last) + 1);
  const r = fromRoman(last);
  if (r > 0 && last.length > 1) return formatNumber(r + 1, last === last.toUpperCase() ? 'roman' : 'roman-lower');
  if (/^[A-Ya-y]$/.test(last)) return String.fromCharCode(last.charCodeAt(0) + 1);
  return 'A';
}

/** The last aligner made: kept while the draft's defined terms stay the same (as while typing). */
let lastAligner: { key: string; align: (body: string) => string } | undefined;
forgetWithReadings(() => (lastAligner = undefined));

/**
 * Writes each of `aligned` (the draft's defined terms, longest first) as defined wherever a body
 * has it in lower case. The patterns and the bodies already aligned are kept from one analysis to
 * the next while the terms are the same, so that fixes rebuilt on a keystroke do not compile a
 * pattern per term again.
 */
function termAligner(aligned: readonly string[]): (body: string) => string {
  const key = aligned.join('\u0000');
  if (lastAligner?.key === key) return lastAligner.align;
  // Each term's pattern is compiled only when a body holds the term's first word in lower case,
  // which the pattern needs: a draft with hundreds of defined terms (the joined real treaties)
  // spent 90-120 ms of its first open compiling and running patterns that could not match.
  let patterns: { first: string; term: string; re?: RegExp }[] | undefined;
  const done = new Map<string, string>();
  const align = (body: string) => {
    const hit = done.get(body);
    if (hit !== undefined) return hit;
    patterns ??= aligned.map((term) => ({ first: term.toLowerCase().split(' ')[0]!, term }));
    let out = body;
    for (const p of patterns) {
      if (!out.includes(p.first)) continue;
      p.re ??= new RegExp(`(?<![\\p{L}\\p{N}_-])${p.term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}_-])`, 'gu');
      out = out.replace(p.re, p.term);
    }
    if (done.size >= 500) done.clear();
    done.set(body, out);
    return out;
  };
  lastAligner = { key, align };
  return align;
}
