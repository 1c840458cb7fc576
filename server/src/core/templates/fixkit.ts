/**
 * Building fixes from templates: the one place that turns a template into edits of a draft.
 * Rules ask for fixes by template id; they never embed clause text.
 */
import type { AgreementModel, Clause, Section } from '../model.js';
import type { Span, SpanFix } from '../types.js';
import type { ClauseTemplate, TemplateLibrary } from './types.js';

/** Options that shape fixes. */
export interface FixOptions {
  /** Propose every fix as CriticMarkup (a tracked change) instead of editing the text. */
  asTrackedChanges?: boolean;
}

/** The fix builders a rule may use. Each returns undefined when the template is missing. */
export interface FixKit {
  /** Replaces a clause with a filled template body. */
  replaceClause(clause: Clause, templateId: string, title?: string): SpanFix | undefined;
  /** Inserts a whole article from a template where such an article belongs. */
  insertArticle(templateId: string, title?: string): SpanFix | undefined;
  /** Inserts element templates at the end of an existing section. */
  insertIntoSection(section: Section, templateIds: readonly string[], title?: string): SpanFix | undefined;
  /** Records a restriction as an accepted high-value exception, with a justification to write. */
  recordException(clause: Clause, ruleId: string): SpanFix | undefined;
  /** Replaces a span with text. */
  replace(span: Span, newText: string, title: string): SpanFix;
  /** A template body with its placeholders filled from the front matter. */
  fill(template: ClauseTemplate, extra?: Readonly<Record<string, string>>): string;
}

/** Creates the fix builders for one model. */
export function createFixKit(model: AgreementModel, library: TemplateLibrary, options: FixOptions = {}): FixKit {
  const eol = /\r\n/.test(model.text) ? '\r\n' : '\n';
  const edit = (span: Span, newText: string, title: string): SpanFix => {
    const old = model.text.slice(span.start, span.end);
    if (!options.asTrackedChanges) return { title, edits: [{ ...span, newText }] };
    const tracked = old === '' ? `{++${newText}++}` : newText === '' ? `{--${old}--}` : `{~~${old}~>${newText}~~}`;
    return { title: `${title} (as a tracked change)`, edits: [{ ...span, newText: tracked }] };
  };
  const kit: FixKit = {
    fill(template, extra = {}) {
      const fm = model.frontMatter;
      const values: Record<string, string | undefined> = {
        PARTNER: fm.partner,
        HANDLING: fm.handling,
        TITLE: fm.title,
        'PARTY A': fm.parties[0]?.short,
        'PARTY B': fm.parties[1]?.short,
        ...extra,
      };
      const body = template.body.replace(/\{\{\s*([A-Z][A-Z0-9 _-]*)\s*\}\}/g, (_m, name: string) => values[name.trim()] ?? `[${name.trim()}]`);
      return body.replace(/\r?\n/g, eol);
    },
    replace: edit,
    replaceClause(clause, templateId, title) {
      const t = library.get(templateId);
      if (!t) return undefined;
      return edit(clause.span, kit.fill(t).trim(), title ?? `Replace ${clause.citation} with the standard clause "${t.title}"`);
    },
    insertArticle(templateId, title) {
      const t = library.get(templateId);
      if (!t) return undefined;
      const at = model.text.length;
      const lead = model.text.endsWith('\n') ? eol : eol + eol;
      return edit({ start: at, end: at }, `${lead}${kit.fill(t).trim()}${eol}`, title ?? `Insert the standard article "${t.title}"`);
    },
    insertIntoSection(section, templateIds, title) {
      const ts = templateIds.map((id) => library.get(id)).filter((t): t is ClauseTemplate => !!t);
      if (ts.length === 0) return undefined;
      let at = section.span.end;
      while (at > section.span.start && /\s/.test(model.text[at - 1]!)) at--;
      const body = ts.map((t) => kit.fill(t).trim()).join(eol + eol);
      return edit({ start: at, end: at }, `${eol}${eol}${body}`, title ?? `Add to ${section.label}: ${ts.map((t) => t.title).join(', ')}`);
    },
    recordException(clause, ruleId) {
      const note = `<!-- agreement-lint-disable-next-line ${ruleId} -- high-value exception: [JUSTIFICATION] -->${eol}`;
      let at = clause.span.start;
      while (at > 0 && model.text[at - 1] !== '\n' && model.text[at - 1] !== '\r') at--;
      return edit({ start: at, end: at }, note, `Record ${clause.citation} as a high-value exception (write the justification)`);
    },
  };
  return kit;
}
