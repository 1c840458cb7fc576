/**
 * The agreement model: what the rules read. A draft is cut into sections (front matter, then one
 * section per top-level heading: the title, the preamble, each Article and each Annex); each
 * section is parsed by remark on its own, so an edit inside one Article re-parses that Article
 * only (see `ModelCache`). Document-level facts (parties, definitions, references) are then
 * recombined from the sections.
 */
import type { Root, RootContent, List, ListItem, Paragraph } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { parseDocument, isMap } from 'yaml';
import { defuseForParser } from './parse-guard.js';
import { LineIndex } from './positions.js';
import type { Span } from './types.js';
import { move, shift } from './spans.js';
import { acceptedText, scanCriticMarkup, spanToSource, type Annotation, type AcceptedText } from './criticmarkup.js';
import { sectionFacts, type SectionFacts } from './facts.js';
import { assembleTerms } from './terms.js';
import { assembleReferences } from './references.js';
import type { Marking, Placeholder } from './markings.js';
import { assembleSuppressions, type Suppression } from './suppressions.js';

/** A problem found while reading the front matter. */
export interface FrontMatterProblem {
  message: string;
  span: Span;
}

/** A party to the agreement, from the front matter. */
export interface Party {
  name: string;
  short: string;
}

/** The YAML front matter: its raw values, and the known keys read into typed fields. */
export interface FrontMatter {
  /** Span of the whole block including the `---` fences, if the draft has one. */
  span?: Span;
  /** Every key as written; unknown keys are kept. */
  data: Record<string, unknown>;
  parties: Party[];
  /** `data` categories, lower-cased (for example `biographic`, `biometric`). */
  dataCategories: string[];
  classification?: string;
  handling?: string;
  partner?: string;
  type?: string;
  title?: string;
  problems: FrontMatterProblem[];
}

/** A text run of the draft (outside code and HTML), with its exact span in the source. */
export interface TextRun {
  span: Span;
  /** The source slice, which may contain Markdown escapes. */
  raw: string;
}

/** What kind of unit a section is. */
export type SectionKind = 'title' | 'preamble' | 'article' | 'annex' | 'other';

/** A heading of the draft. */
export interface HeadingInfo {
  depth: number;
  text: string;
  span: Span;
}

/**
 * A clause: one paragraph, list item paragraph or labelled sub-paragraph, with its labels and its
 * citation ("Article 5(2)(a)").
 */
export interface Clause {
  span: Span;
  /** The text as a reader sees it with every proposed change accepted (see `acceptedText`). */
  text: string;
  /** Source span of the text span `[start, end)` of `text`. */
  sourceSpan(start: number, end: number): Span;
  /** Labels from the outermost to the innermost, without punctuation: ["2", "a"]. */
  labels: string[];
  citation: string;
  section: Section;
  /** The clause's own label as written ("2", "a", "iv"), when it opens with one. */
  label?: string;
  /** Source span of the own label's number or letter ("2" in "2." or "a" in "(a)"). */
  labelSpan?: Span;
  /** The numbering style of the own label, read from the sequence it stands in ("i" after "h" is a letter). */
  labelStyle?: LabelStyle;
}

/** A top-level unit of the draft: the title block, the preamble, an Article, an Annex. */
export interface Section {
  kind: SectionKind;
  span: Span;
  heading?: HeadingInfo;
  /** Number or letter as written ("5", "V", "A"), for articles and annexes. */
  number?: string;
  /** Heading text after the number ("Use of Information"). */
  title?: string;
  /** How the draft cites it: "Article 5", "Annex A", "Section 3", "the Preamble". */
  label: string;
  clauses: Clause[];
  headings: HeadingInfo[];
  textRuns: TextRun[];
  /** The parsed section, position-independent; add `span.start` to its node offsets. */
  data: SectionData;
  /**
   * The section whose heading encloses this one (a Part or Chapter holding Articles, an Annex
   * holding its own Articles), by heading level; undefined at the top. Set for each model.
   */
  parent?: Section;
  /**
   * The companion instrument the section belongs to (an Annex, Appendix, Protocol, Note or Letter
   * that holds it, or is it); undefined for the body of the agreement. Set for each model.
   */
  instrument?: Section;
  /** Whether sections of a deeper heading level follow inside this one (a Part, a Chapter, an Annex with Articles). */
  container?: boolean;
}

/** A cross-reference in the text: "Article 5", "paragraph 2 of Article 5", "Article 5(2)(a)", "Annex A". */
export interface Reference {
  span: Span;
  /** Span of the number or letter of the referenced section ("5" in "Article 5"). */
  numberSpan: Span;
  kind: 'article' | 'annex' | 'section';
  /** The section number or letter as written. */
  number: string;
  /** Paragraph labels inside the target, outermost first (["2", "a"]). */
  labels: string[];
  /** The section it resolves to, if the draft has one. */
  target?: Section;
  /** The clause of `target` that `labels` resolve to, when there are labels and it exists. */
  targetClause?: Clause;
  /** The text of the reference as written ("paragraph 2 of Article 5"). */
  text: string;
  /** True when it points into this draft; false for a reference to another instrument. */
  internal: boolean;
  /**
   * True when the reference may point outside the draft and nothing can tell (it is then also
   * `internal: false`): no rule reports it and no fix rewrites it.
   */
  uncertain?: boolean;
  /** The section it was written in. */
  from: Section;
  /**
   * True for a paragraph of the section it stands in ("paragraph 3", "paragraph 3 of this
   * Article"); `number` is then that section's number and `numberSpan` the paragraph label.
   */
  relative?: boolean;
}

/** A defined term: where it is defined and where it is used. */
export interface DefinedTerm {
  term: string;
  /** Span of the term at its definition. */
  span: Span;
  /** Span of the whole definition clause. */
  definition: Span;
  uses: Span[];
  /** How it was defined: `means` ("X" means), `bold` (**X** means), `list` (X: in a definitions article), `inline` ((the "X")). */
  style: 'means' | 'bold' | 'list' | 'inline';
  /** Every definition site when the term is defined more than once (the first is `span`). */
  definitions: { span: Span; definition: Span }[];
  /** Acronyms given with the definition ("PD"); their uses count as uses of the term. */
  aliases: string[];
}

/** The agreement model of one draft. */
export interface AgreementModel {
  /** Cross-references (filled by the references pass). */
  references: Reference[];
  /** Defined terms (filled by the definitions pass). */
  terms: DefinedTerm[];
  text: string;
  index: LineIndex;
  frontMatter: FrontMatter;
  sections: Section[];
  /** Every heading with its plain text and span. */
  headings: HeadingInfo[];
  /** Every run of prose text in reading order. */
  textRuns: TextRun[];
  /** Every clause in reading order. */
  clauses: Clause[];
  annotations: Annotation[];
  /** Drafting placeholders: `[PARTNER]`, `[insert date]`, TBD. */
  placeholders: Placeholder[];
  /** Handling and classification markings: TLP labels, classification levels, caveats. */
  markings: Marking[];
  /** `agreement-lint-disable...` comments. */
  suppressions: Suppression[];
  /** Capitalised phrases, acronyms and names this draft introduces without defining them (acronym expansions). */
  knownNames: Set<string>;
}

/**
 * What parsing one section's text yields, with offsets relative to the section's start, so that
 * it stays valid wherever the section moves. Cached by text.
 */
export interface SectionData {
  text: string;
  kind: SectionKind;
  heading?: HeadingInfo;
  number?: string;
  title?: string;
  label: string;
  /**
   * The blocks an editor can fold (lists, list items, code, tables, quotes, HTML comments), read
   * from the parse. The parse tree itself is not kept: the model holds what the checks and
   * features need (the trees of a 1 MB draft held about 5 MB more).
   */
  foldable: FoldableBlock[];
  headings: HeadingInfo[];
  textRuns: TextRun[];
  clauses: { span: Span; labels: string[]; reading: AcceptedText; label?: string; labelSpan?: Span; labelStyle?: LabelStyle }[];
  annotations: Annotation[];
  /** Definitions, references, names, markings and comments found in this section (section-relative spans). */
  facts: SectionFacts;
}

/** A block of a section that folds in an editor, at section-relative offsets. */
export interface FoldableBlock {
  kind: 'list' | 'listItem' | 'code' | 'table' | 'blockquote' | 'comment';
  span: Span;
}

const processor = unified().use(remarkParse);

/** Counters that show how much work the cache saved; read by tests and the benchmark. */
export interface ModelStats {
  sectionsParsed: number;
  sectionsReused: number;
}

/**
 * Keeps parsed sections between analyses of the same document. Sections are keyed by their exact
 * text, so an unchanged Article is never parsed twice, wherever it moved to.
 *
 * A model built with a cache stays valid until the next model is built with the same cache: the
 * sections of the next draft that are also in this one are the same objects, moved to their new
 * offsets in place (see `rebase`), so that the objects that refer to them stay valid without being
 * rebuilt. Keep the results (findings, ranges) of a model, not the model, across builds.
 */
export class ModelCache {
  /**
   * How a draft read cold (an empty cache) has its sections parsed: `parseSectionsCold` unless the
   * adapter gives another way that returns the same data (the server parses half of a long draft
   * on a worker thread, server/src/node/cold-parse.ts).
   */
  constructor(readonly coldParse: ColdParser = parseSectionsCold) {}
  private data = new Map<string, SectionData>();
  private nextData = new Map<string, SectionData>();
  // The last placement of each section data; reused when the section is at the same offset again.
  private placed = new Map<SectionData, Section>();
  private nextPlaced = new Map<SectionData, Section>();
  // The section data of the last model, in order, to compare the next draft's sections with: most
  // are the same as one there, in the same order. Comparing two strings is a byte comparison, much
  // cheaper than hashing the text of every section of the draft for a map lookup on each keystroke.
  private order: SectionData[] = [];
  private orderIndex = new Map<SectionData, number>();
  private cursor = 0;
  private nextOrder: SectionData[] = [];
  readonly stats: ModelStats = { sectionsParsed: 0, sectionsReused: 0 };
  // The last front matter read, with the source it was read from (up to its closing fence).
  private lastFrontMatter: { source: string; frontMatter: FrontMatter } | undefined;

  /**
   * The front matter of `text`: read again only when the block changed. It depends on nothing after
   * the line break that ends its closing fence, so an edit in the body reuses the last reading.
   */
  frontMatter(text: string): FrontMatter {
    const last = this.lastFrontMatter;
    if (last && text.length > last.source.length && text.startsWith(last.source)) return last.frontMatter;
    const frontMatter = readFrontMatter(text);
    const end = frontMatter.span?.end;
    // Kept only for a closed block whose fence line ends in "\n": then the text after it cannot
    // change it (after a lone "\r", a "\n" typed next would join the fence's line break).
    const source = end !== undefined && end < text.length && text.charCodeAt(end - 1) === 10 ? text.slice(0, end) : '';
    // The block is read from the text it spans only when it ends with its closing fence line.
    const closed = /[\r\n](?:---|\.\.\.)[ \t]*\r?\n$/.test(source);
    this.lastFrontMatter = closed ? { source: detach(source), frontMatter } : undefined;
    return frontMatter;
  }

  /** Whether the cache holds no section yet (every model has one): the next model reads every section cold. */
  get empty(): boolean {
    return this.order.length === 0;
  }

  /** The section for `text` placed at `start`, parsed now (or `parsed`, when given) or reused. */
  section(text: string, start: number, parsed?: SectionData): Section {
    let d = this.inOrder(text);
    if (!d) {
      d = this.data.get(text) ?? this.nextData.get(text);
      const at = d && this.orderIndex.get(d);
      if (at !== undefined) this.cursor = at + 1;
    }
    if (d) this.stats.sectionsReused++;
    else {
      // Parse a copy: `text` is a slice of the whole draft, and whatever the parse keeps of it
      // would keep this version of the draft alive for as long as the section stays cached (about
      // 2 MB for each edited Article of a 1 MB draft, measured by npm run bench).
      d = parsed ?? parseSection(detach(text));
      this.stats.sectionsParsed++;
    }
    // Keyed by the section's own copy of its text, whose hash is computed once and kept.
    this.nextData.set(d.text, d);
    this.nextOrder.push(d);
    // The section of the last model with this text moves to its new place (most of a draft moves
    // by a character or two on each keystroke); a second section with the same text in this draft
    // gets its own placement.
    const before = this.nextPlaced.has(d) ? undefined : this.placed.get(d);
    let s: Section;
    if (before) {
      rebase(before, start);
      s = before;
    } else s = place(d, start);
    if (!this.nextPlaced.has(d)) this.nextPlaced.set(d, s);
    return s;
  }

  /** The next section data of the last model, or the one after it, when its text is `text`. */
  private inOrder(text: string): SectionData | undefined {
    for (let k = this.cursor; k < this.cursor + 2 && k < this.order.length; k++) {
      const d = this.order[k]!;
      if (d.text.length === text.length && d.text === text) {
        this.cursor = k + 1;
        return d;
      }
    }
    return undefined;
  }

  /** Forgets sections not used by the last model built. */
  sweep(): void {
    this.data = this.nextData;
    this.nextData = new Map();
    this.placed = this.nextPlaced;
    this.nextPlaced = new Map();
    this.order = this.nextOrder;
    this.nextOrder = [];
    this.orderIndex = new Map(this.order.map((d, i) => [d, i]));
    this.cursor = 0;
  }
}

// Sections as they would read after edits, by the section's parsed data and the edits (see below).
const editedSections = new WeakMap<SectionData, Map<string, Section | null>>();

/**
 * How `section` reads with `edits` (each inside it) applied, parsed on its own as any section is:
 * the section of the edited text with the same kind and label, or undefined. Fixes use it to check
 * that paragraphs are labelled as planned, since a label's reading depends on its context. Kept per
 * section data and edits, so a keystroke elsewhere in the draft does not parse the section again.
 */
export function sectionWithEdits(section: Section, edits: readonly (Span & { newText: string })[]): Section | undefined {
  const base = section.span.start;
  const key = edits.map((e) => `${e.start - base}:${e.end - base}:${e.newText}`).join('\u0000');
  let known = editedSections.get(section.data);
  if (!known) editedSections.set(section.data, (known = new Map()));
  const hit = known.get(key);
  if (hit !== undefined) return hit ?? undefined;
  let result: Section | null = null;
  if (edits.every((e) => e.start >= base && e.end <= section.span.end)) {
    let own = section.data.text;
    for (const e of [...edits].sort((a, b) => b.start - a.start)) own = own.slice(0, e.start - base) + e.newText + own.slice(e.end - base);
    result = readAlone(own).find((x) => x.kind === section.kind && x.label === section.label) ?? null;
  }
  if (known.size > 64) known.clear();
  known.set(key, result);
  return result ?? undefined;
}

/**
 * The sections of `text` read as a draft of its own, as `buildModel(text).sections` would give
 * them. A section's text with an edit is most often still one section and opens with no front
 * matter; then only the section is parsed, and its facts (definitions, references, names) wait
 * until something reads them: the fixes that ask (about 10 % of the CLI's time with fixes in its
 * output, when each fix built a whole model) read the clauses' labels only.
 */
function readAlone(text: string): Section[] {
  const cuts = splitSections(text, 0);
  if (cuts.length > 1 || text.charCodeAt(0) === 0xfeff || readFrontMatter(text).span) return buildModel(text).sections;
  return [place(parseSection(text, undefined, false), 0)];
}

/** A copy of `s` that shares no memory with the string it was sliced from. */
function detach(s: string): string {
  return (' ' + s).slice(1);
}

/** Parses `text` into an agreement model. Never throws on any input string. */
export function buildModel(text: string, cache = new ModelCache()): AgreementModel {
  const index = new LineIndex(text);
  const frontMatter = cache.frontMatter(text);
  const bodyStart = frontMatter.span ? frontMatter.span.end : text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const cuts = splitSections(text, bodyStart);
  const starts: number[] = [];
  const texts: string[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i]!;
    const end = i + 1 < cuts.length ? cuts[i + 1]! : text.length;
    if (end > start || i === 0) {
      starts.push(start);
      texts.push(text.slice(start, end));
    }
  }
  // Read cold, neighbouring sections are parsed together (see `parseTogether`), in one go.
  const parsed = cache.empty ? cache.coldParse(texts) : undefined;
  const sections: Section[] = [];
  for (let i = 0; i < texts.length; i++) sections.push(cache.section(texts[i]!, starts[i]!, parsed?.[i]));
  cache.sweep();
  nest(sections);
  const model: AgreementModel = {
    references: [],
    terms: [],
    placeholders: [],
    markings: [],
    suppressions: [],
    knownNames: new Set(),
    text,
    index,
    frontMatter,
    sections,
    headings: [],
    textRuns: [],
    clauses: [],
    annotations: [],
  };
  // Plain loops: the draft-wide arrays are rebuilt on every keystroke, and `flatMap` over hundreds
  // of sections was a measurable share of one. A section placed at the same offset as before keeps
  // its shifted annotations, placeholders and markings.
  for (const s of sections) {
    for (const h of s.headings) model.headings.push(h);
    for (const r of s.textRuns) model.textRuns.push(r);
    for (const c of s.clauses) model.clauses.push(c);
    const placed = placedFacts(s);
    for (const a of placed.annotations) model.annotations.push(a);
    for (const p of placed.placeholders) model.placeholders.push(p);
    for (const m of placed.markings) model.markings.push(m);
    for (const n of s.data.facts.knownNames) model.knownNames.add(n);
  }
  model.terms = assembleTerms(model);
  model.references = assembleReferences(model);
  model.suppressions = assembleSuppressions(model);
  return model;
}

/**
 * Sets each section's `parent`, `instrument` and `container` from the heading levels: a section
 * sits inside the nearest section before it whose heading is of a higher level (a smaller depth),
 * the title excepted. Sections are reused between builds, so every field is set anew.
 */
function nest(sections: readonly Section[]): void {
  const open: Section[] = [];
  for (const s of sections) {
    const depth = s.heading?.depth;
    if (depth === undefined || s.kind === 'title') {
      open.length = 0;
      s.parent = undefined;
    } else {
      while (open.length && open[open.length - 1]!.heading!.depth >= depth) open.pop();
      s.parent = open[open.length - 1];
    }
    s.container = false;
    if (s.parent) s.parent.container = true;
    s.instrument = s.kind === 'annex' ? s : s.parent?.instrument;
    if (depth !== undefined && s.kind !== 'title') open.push(s);
  }
}

/** A placed section's annotations, placeholders and markings at their offsets in the draft. */
interface PlacedFacts {
  annotations: Annotation[];
  placeholders: Placeholder[];
  markings: Marking[];
}

const placedFactsCache = new WeakMap<Section, PlacedFacts & { at: number }>();

function placedFacts(s: Section): PlacedFacts {
  const at = s.span.start;
  let placed = placedFactsCache.get(s);
  if (!placed) {
    const f = s.data.facts;
    placed = {
      at,
      annotations: s.data.annotations.map((a) => ({ ...a, span: shift(a.span, at) })),
      placeholders: f.placeholders.map((p) => ({ ...p, span: shift(p.span, at) })),
      markings: f.markings.map((m) => ({ ...m, span: shift(m.span, at) })),
    };
    placedFactsCache.set(s, placed);
  } else if (placed.at !== at) {
    // The section moved (see `rebase`): its facts follow it.
    const by = at - placed.at;
    for (const a of placed.annotations) move(a.span, by);
    for (const p of placed.placeholders) move(p.span, by);
    for (const m of placed.markings) move(m.span, by);
    placed.at = at;
  }
  return placed;
}

/**
 * Moves a placed section to `start`, in place: its span, headings, text runs and clauses. Every
 * span moved here is owned by the section (`place` made it), so none is moved twice.
 */
function rebase(s: Section, start: number): void {
  const by = start - s.span.start;
  if (by === 0) return;
  move(s.span, by);
  if (s.heading) move(s.heading.span, by);
  for (const h of s.headings) move(h.span, by);
  for (const r of s.textRuns) move(r.span, by);
  for (const c of s.clauses) {
    move(c.span, by);
    if (c.labelSpan) move(c.labelSpan, by);
  }
}

/** Places position-independent section data at `start` in the draft. */
function place(d: SectionData, start: number): Section {
  const section: Section = {
    kind: d.kind,
    span: { start, end: start + d.text.length },
    label: d.label,
    clauses: [],
    headings: d.headings.map((h) => ({ ...h, span: shift(h.span, start) })),
    textRuns: d.textRuns.map((r) => ({ span: shift(r.span, start), raw: r.raw })),
    data: d,
    // Set for each model by `nest`; a section read alone stands at the top of its own draft.
    parent: undefined,
    instrument: undefined,
    container: false,
  };
  if (d.heading) section.heading = { ...d.heading, span: shift(d.heading.span, start) };
  if (d.number !== undefined) section.number = d.number;
  if (d.title !== undefined) section.title = d.title;
  section.clauses = d.clauses.map((c) => {
    const clause: Clause = {
      span: shift(c.span, start),
      text: c.reading.text,
      // Read from the section's current place: a section moves in place (see `rebase`).
      sourceSpan: (a: number, b: number) => shift(spanToSource(c.reading, a, b), section.span.start + c.span.start),
      labels: c.labels,
      citation: cite(section, c.labels),
      section,
    };
    if (c.label !== undefined) clause.label = c.label;
    if (c.labelStyle !== undefined) clause.labelStyle = c.labelStyle;
    if (c.labelSpan) clause.labelSpan = shift(c.labelSpan, start);
    return clause;
  });
  return section;
}

/**
 * Offsets where sections start: the body start, then each `#` or `##` heading outside code and
 * HTML comments. It runs over the whole draft on every keystroke, so it reads character codes and
 * allocates nothing per line.
 */
export function splitSections(text: string, bodyStart: number): number[] {
  const cuts = [bodyStart];
  const n = text.length;
  // Inside a fenced code block: its character (` or ~) and the length of its opening fence.
  let fenceChar = 0;
  let fenceLength = 0;
  // The next line break characters at or after the current line start (-1: none left).
  let nextLf = text.indexOf('\n', bodyStart);
  let nextCr = text.indexOf('\r', bodyStart);
  let lineStart = bodyStart;
  while (lineStart < n) {
    if (nextLf >= 0 && nextLf < lineStart) nextLf = text.indexOf('\n', lineStart);
    if (nextCr >= 0 && nextCr < lineStart) nextCr = text.indexOf('\r', lineStart);
    // The line is [lineStart, end); the next one starts at `next` (a CRLF is one line break).
    const end = nextCr < 0 ? (nextLf < 0 ? n : nextLf) : nextLf < 0 ? nextCr : Math.min(nextLf, nextCr);
    const next = end < n && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    let i = lineStart;
    while (i < end && i - lineStart < 3 && text.charCodeAt(i) === 32) i++;
    const c = i < end ? text.charCodeAt(i) : -1;
    if (fenceLength > 0) {
      // A closing fence: the same character, at least as many, then only spaces or tabs.
      let j = i;
      while (j < end && text.charCodeAt(j) === fenceChar) j++;
      if (c === fenceChar && j - i >= fenceLength && onlyBlanks(text, j, end)) fenceLength = 0;
    } else if (c === 96 /* ` */ || c === 126 /* ~ */) {
      let j = i;
      while (j < end && text.charCodeAt(j) === c) j++;
      if (j - i >= 3) {
        fenceChar = c;
        fenceLength = j - i;
      }
    } else if (c === 60 /* < */ && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', lineStart);
      if (close < 0) break; // The comment never closes: no heading after it counts.
      if (close >= end) {
        // The comment ends on the line that holds "-->"; the next line is read again.
        const lf = text.indexOf('\n', close);
        const cr = text.indexOf('\r', close);
        const closeEnd = cr < 0 ? (lf < 0 ? n : lf) : lf < 0 ? cr : Math.min(lf, cr);
        lineStart = closeEnd < n && text.charCodeAt(closeEnd) === 13 && text.charCodeAt(closeEnd + 1) === 10 ? closeEnd + 2 : closeEnd + 1;
        continue;
      }
    } else if (c === 35 /* # */ && lineStart > bodyStart) {
      let j = i + 1;
      while (j < n && j - i < 6 && text.charCodeAt(j) === 35) j++;
      const after = j < n ? text.charCodeAt(j) : -1;
      if (after === -1 || after === 32 || after === 9 || after === 10 || after === 13) {
        // "#" and "##" always start a section; a deeper heading only when it names a unit of the
        // agreement ("### Article 3" under a Chapter, "#### Article 12" under a Section of a Part).
        if (j - i <= 2) cuts.push(lineStart);
        else {
          structuralStart.lastIndex = j;
          if (structuralStart.test(text)) cuts.push(lineStart);
        }
      }
    }
    lineStart = next;
  }
  return cuts;
}

/**
 * What a heading of level 3 or deeper must start with to begin a section of its own: the word of a
 * unit of the agreement and its number ("Article 12", "Section 2", "Chapter IV", "Annex 3"). Tested
 * sticky at the heading's text, so the scan allocates nothing.
 */
const structuralHeading =
  /^(?:(?:article|art\.|section|§|chapter|part|title|annex|appendix|schedule|attachment|exhibit|protocol|note|letter)\s+(?:no\.\s*)?(?:[0-9]+[a-z]?|[ivxlcdm]+|[a-z])\b|(?:annex|appendix|schedule|protocol)\b)/i;
const structuralStart =
  /[ \t]*(?:(?:article|art\.|section|§|chapter|part|title|annex|appendix|schedule|attachment|exhibit|protocol|note|letter)\s+(?:no\.\s*)?(?:[0-9]+[a-z]?|[ivxlcdm]+|[a-z])\b|(?:annex|appendix|schedule|protocol)\b)/iy;

function onlyBlanks(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

const articleHeading =
  /^(?:(?<word>article|art\.|section|§|chapter|part|title|clause|mou section)\s+(?<num>[0-9]+[a-z]?|[ivxlcdm]+)\b|(?<bare>[0-9]+)\.?(?=\s|$))[\s.:—–-]*(?<title>.*)$/i;
// The number of an annex is a numeral or one letter ("Annex 3", "Annex IV", "Annex B"), never the
// first word of its title ("Annex Concerning Visits").
const annexHeading =
  /^(?<word>annex|appendix|schedule|attachment|exhibit|protocol|note|letter)\b(?:\s+(?:no\.\s*)?(?<num>[0-9]+[a-z]?|[ivxlcdm]+|[a-z])(?![\p{L}\p{N}]))?[\s.:—–-]*(?<title>.*)$/iu;
/** Companion instruments that only a heading below the title introduces ("# Protocol on …" is the title). */
const companionWords = new Set(['protocol', 'note', 'letter']);

/**
 * Sections shorter than this are parsed together with their neighbours when a draft is read cold,
 * up to this many characters at a time (see `parseTogether`).
 */
const TOGETHER_CHARS = 8000;

/**
 * The section data of each of `texts` (the consecutive sections of a draft), or undefined for the
 * ones left to `parseSection`. Each call of the parser costs about 25 µs before it reads a
 * character (micromark combines its constructs and remark sets up its compiler again), which a
 * real agreement of 20 short Articles pays 20 times; its time also grows faster than the text, so
 * a whole long draft at once costs more than its sections one by one. So neighbouring sections
 * are parsed together, up to `TOGETHER_CHARS` at a time, and the tree is cut at the sections'
 * headings. The result must be what `parseSection` gives for each section on its own, as the
 * incremental analysis parses an edited section alone; a run of sections is parsed together only
 * where nothing can reach from one into the next:
 * - no "]:" in them (a link definition in one would make links of references in the others);
 * - no text the parse guard changes (a count of brackets or a deep nesting that parse-guard.ts
 *   defuses in each section alone);
 * - every heading that starts a section starts a block of the tree at the document level, right
 *   after the blocks of the section before (an HTML block or a list that takes the heading line in
 *   would otherwise be cut in two); a section joins the one before only after a blank line and with
 *   its heading at the start of the line (`joinable`), so such a parse is seldom wasted.
 * Otherwise each of those sections is parsed alone. So is a section with a block quote, a nested
 * list, an HTML block or many brackets (`shareable`), and a section whose text came before in the
 * draft is not parsed again.
 */
/**
 * Parses the sections of a draft read cold: what `ModelCache` does with an empty cache. An entry
 * may be undefined (the cache then parses that section alone, or reuses an earlier one of the same
 * text), and an entry may be the data of any section of the same text: a section's data depends on
 * its text alone.
 */
export type ColdParser = (texts: readonly string[]) => readonly (SectionData | undefined)[];

/** The default `ColdParser`: short neighbouring sections parsed together (`parseTogether`). */
export function parseSectionsCold(texts: readonly string[]): (SectionData | undefined)[] {
  return parseTogether(texts);
}

/**
 * Every section of `texts` parsed, as the cache would read them cold (a repeated text is parsed
 * once): the work a cold parser hands to another thread, whose data crosses as a structured clone
 * (section data is plain data: see `AcceptedText`).
 */
export function parseSectionsFully(texts: readonly string[]): SectionData[] {
  const together = parseTogether(texts);
  const byText = new Map<string, SectionData>();
  return texts.map((t, i) => {
    let d = together[i] ?? byText.get(t);
    if (!d) d = parseSection(detach(t));
    if (!byText.has(t)) byText.set(t, d);
    return d;
  });
}

function parseTogether(texts: readonly string[]): (SectionData | undefined)[] {
  const out: (SectionData | undefined)[] = new Array(texts.length);
  // A section whose text came before in the draft is not parsed again: the cache hands out the
  // first one's data (a draft of many identical sections took ten times longer without this).
  const seen = new Set<string>();
  let i = 0;
  while (i < texts.length) {
    let j = i;
    let length = 0;
    while (
      j < texts.length &&
      length + texts[j]!.length <= TOGETHER_CHARS &&
      !seen.has(texts[j]!) &&
      shareable(texts[j]!) &&
      (j === i || joinable(texts[j - 1]!, texts[j]!))
    ) {
      seen.add(texts[j]!);
      length += texts[j++]!.length;
    }
    if (j - i < 2) {
      // One section alone (or a repeated one): the cache parses it, or reuses the earlier one.
      if (j === i) seen.add(texts[i]!);
      i = Math.max(j, i + 1);
      continue;
    }
    const group = texts.slice(i, j);
    const data = parseGroup(group);
    if (data) for (let k = 0; k < data.length; k++) out[i + k] = data[k];
    i = j;
  }
  return out;
}

/**
 * A line of a block quote, or a list item inside another: micromark's time for these grows with
 * the length of the text parsed at once (sections of nested lists took twice as long parsed
 * 8,000 characters at a time as one by one; of plain paragraphs, 0.8 times; of a flat list, the
 * same), so a section that has them is parsed alone.
 */
const nestedBlocks = /^(?:[ ]{0,3}>|[ \t]+(?:[-*+]|[0-9]{1,9}[.)])(?:[ \t]|$))/m;

/** Brackets a section may have and still share a parse (the parser's time for them grows faster than their number). */
const SHARED_BRACKETS = 64;

/**
 * Whether a section may be parsed with others: it has no block quote or nested list, no line that
 * opens an HTML block (an unclosed `<pre>` runs to the end of the text parsed), and few brackets.
 */
function shareable(text: string): boolean {
  if (nestedBlocks.test(text) || /^[ ]{0,3}</m.test(text)) return false;
  let brackets = 0;
  for (let at = text.indexOf('['); at >= 0; at = text.indexOf('[', at + 1)) if (++brackets > SHARED_BRACKETS) return false;
  return true;
}

/**
 * Whether a section may share a parse with the one before it, judged before parsing: the one
 * before ends with a blank line and this one's heading starts its line. Otherwise a block of the
 * section before may take the heading in (an HTML block runs to a blank line, a list item takes an
 * indented line), and the shared parse would be wasted; `parseGroup` still checks the tree.
 */
function joinable(before: string, section: string): boolean {
  return section.charCodeAt(0) === 35 /* # */ && /(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)$/.test(before);
}

/** The sections of `group` parsed in one parse, or undefined where that would not be the same (see `parseTogether`). */
function parseGroup(group: readonly string[]): SectionData[] | undefined {
  // A new string (join copies), which keeps no version of the whole draft alive.
  const joined = group.join('');
  if (joined.includes(']:') || defuseForParser(joined) !== joined) return undefined;
  const root = processor.parse(joined) as Root;
  const children = root.children;
  const result: SectionData[] = [];
  let c = 0;
  let start = 0;
  for (let k = 0; k < group.length; k++) {
    const end = start + group[k]!.length;
    const first = c;
    while (c < children.length && (children[c]!.position?.start.offset ?? -1) < end) {
      const at = children[c]!.position;
      if (!at || at.end.offset === undefined || at.end.offset > end) return undefined;
      c++;
    }
    // The next section's heading must open a block at its very start.
    if (k + 1 < group.length && (c >= children.length || children[c]!.position?.start.offset !== end)) return undefined;
    const own = children.slice(first, c);
    const lines = start === 0 ? 0 : own[0]!.position!.start.line - 1;
    for (const node of own) rebaseNode(node, start, lines);
    // The section's tree; its root has no position of its own (nothing reads the root's).
    result.push(parseSection(joined.slice(start, end), { type: 'root', children: own }));
    start = end;
  }
  return result;
}

/** Moves a node of a tree parsed from a longer text to the section that starts `offset` characters and `lines` lines into it. */
function rebaseNode(node: RootContent, offset: number, lines: number): void {
  const at = node.position;
  if (at) {
    if (at.start.offset !== undefined) at.start.offset -= offset;
    if (at.end.offset !== undefined) at.end.offset -= offset;
    at.start.line -= lines;
    at.end.line -= lines;
  }
  if ('children' in node) for (const child of node.children) rebaseNode(child as RootContent, offset, lines);
}

/**
 * Parses one section's text (or reads `root`, its tree parsed with its neighbours); every offset
 * in the result is relative to the section start.
 */
function parseSection(text: string, root: Root = processor.parse(defuseForParser(text)) as Root, withFacts = true): SectionData {
  // Same-length text, so every offset stays valid; see parse-guard.ts for the shapes it defuses.
  const d: SectionData = {
    text,
    kind: 'other',
    label: 'the opening text',
    foldable: [],
    headings: [],
    textRuns: [],
    clauses: [],
    annotations: scanCriticMarkup(text),
    facts: undefined as unknown as SectionFacts,
  };
  const first = root.children[0];
  // Read as accepted, so a heading renumbered as a tracked change ("Article {~~5~>6~~}") is still an article.
  const headingText = first && first.type === 'heading' ? acceptedText(plainText(first)).text.trim() : '';
  // A heading of level 3 or deeper starts a section only when it names a unit (see `splitSections`).
  if (first && first.type === 'heading' && (first.depth <= 2 || structuralHeading.test(headingText))) {
    d.heading = { depth: first.depth, text: headingText, span: spanOf(first)! };
    let a = articleHeading.exec(headingText);
    let x = annexHeading.exec(headingText);
    if (x && companionWords.has(x.groups!['word']!.toLowerCase()) && (first.depth === 1 || (x.groups!['word']!.toLowerCase() !== 'protocol' && !x.groups!['num']))) x = null;
    if (first.depth > 2 && a?.groups!['bare']) a = null;
    if (/^preamble\b/i.test(headingText)) {
      d.kind = 'preamble';
      d.label = 'the Preamble';
    } else if (x) {
      d.kind = 'annex';
      if (x.groups!['num']) d.number = x.groups!['num'];
      if (x.groups!['title']?.trim()) d.title = x.groups!['title'].trim();
      const word = capitalise(x.groups!['word']!.toLowerCase());
      d.label = d.number ? `${word} ${d.number}` : word;
    } else if (a) {
      d.kind = 'article';
      d.number = (a.groups!['num'] ?? a.groups!['bare'])!;
      if (a.groups!['title']?.trim()) d.title = a.groups!['title'].trim();
      const word = a.groups!['word']?.toLowerCase();
      const w = !word || word === 'art.' ? 'Article' : word === '§' ? 'Section' : word === 'mou section' ? 'MOU Section' : capitalise(word);
      d.label = `${w} ${d.number}`;
    } else if (first.depth === 1) {
      d.kind = 'title';
      d.label = 'the title';
    } else {
      d.label = `"${headingText}"`;
    }
  }
  const raws: RawClause[] = [];
  for (const node of root.children) collect(node, d, raws, 0);
  resolveLabels(d, raws);
  // CriticMarkup written in code ("`{>>like this<<}`") is an example, not an annotation.
  const code: Span[] = [];
  const walk = (n: RootContent | Root) => {
    if (n.type !== 'root') {
      const kind = n.type === 'html' ? (n.value.startsWith('<!--') ? 'comment' : undefined) : foldableKinds.has(n.type) ? (n.type as FoldableBlock['kind']) : undefined;
      const sp = kind ? spanOf(n) : undefined;
      if (kind && sp) d.foldable.push({ kind, span: sp });
    }
    if (n.type === 'code' || n.type === 'inlineCode' || n.type === 'html') {
      const sp = spanOf(n);
      if (sp) code.push(sp);
    } else if ('children' in n) for (const c of n.children) walk(c as RootContent);
  };
  walk(root);
  if (code.length) d.annotations = d.annotations.filter((a) => !code.some((c) => a.span.start < c.end && c.start < a.span.end));
  if (withFacts) d.facts = sectionFacts(d, root);
  else {
    // Read when first asked for, from a parse of its own: the tree is not kept for it.
    Object.defineProperty(d, 'facts', {
      configurable: true,
      enumerable: true,
      get: () => {
        const facts = parseSection(text).facts;
        Object.defineProperty(d, 'facts', { value: facts, configurable: true, enumerable: true, writable: true });
        return facts;
      },
    });
  }
  return d;
}

const foldableKinds = new Set(['list', 'listItem', 'code', 'table', 'blockquote']);

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Span of an mdast node, if it has offsets. */
export function spanOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } | undefined }): Span | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? undefined : { start: s, end: e };
}

/** The plain text of a node, as a reader sees it. */
export function plainText(node: RootContent | Root): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html' && node.type !== 'yaml') return node.value;
  if ('children' in node) return node.children.map((c) => plainText(c as RootContent)).join('');
  return '';
}

// A label at the start of a clause: "1.", "5.2", "(a)", "a)", "(iv)", "(2)".
// Also the tight forms of converted texts, "5.Available" and "a.Visits" (but not "e.g." or "U.S."),
// and a label alone on its line ("(4)" above its sub-paragraphs "(a)", "(b)").
const labelPattern =
  /^[ \t]*(?:(?:\((?<p>[0-9]{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\)|(?<n>[0-9]{1,3}(?:\.[0-9]{1,3})*)\.?(?=[ \t])|(?<l>[a-z]{1,2}|[ivx]{1,5})\))(?:[ \t]+|(?=[\r\n]|$))|(?<t>[0-9]{1,3})\.(?=[A-Z])|(?<d>[a-z])\.(?![a-z]\.)(?=[ \t]*[a-z"“„‘«]))/i;

/** A clause before its labels are resolved: its own label (if any) and its list depth. */
interface RawClause {
  span: Span;
  label?: string;
  labelSpan?: Span;
  depth: number;
  raw: string;
  /** The label is a list item's number (not written in the paragraph's text). */
  list?: boolean;
  /** The label is a number in parentheses ("(2)"). */
  paren?: boolean;
}

function collect(node: RootContent, d: SectionData, out: RawClause[], depth: number): void {
  if (node.type === 'heading') {
    const span = spanOf(node);
    if (span) d.headings.push({ depth: node.depth, text: plainText(node).trim(), span });
    collectText(node, d);
    return;
  }
  if (node.type === 'list') {
    const list = node as List;
    // The numbers as the drafter wrote them (Markdown would renumber "1. 2. 2." as 1, 2, 3),
    // except in a list numbered "1. 1. 1.", which asks Markdown to count.
    const written = list.children.map((item) => {
      const at = spanOf(item)?.start;
      const m = at === undefined ? null : /^[ \t]*([0-9]{1,9})[.)]/.exec(d.text.slice(at, at + 16));
      return m ? { text: String(Number(m[1])), span: { start: at! + m[0].length - 1 - m[1]!.length, end: at! + m[0].length - 1 } } : undefined;
    });
    const counting = written.length > 1 && written.every((w) => w?.text === written[0]?.text);
    list.children.forEach((item, i) => {
      if (!list.ordered) return collectItem(item, d, out, depth + 1, undefined);
      const w = written[i];
      collectItem(item, d, out, depth + 1, w && !counting ? w : { text: String((list.start ?? 1) + i) });
    });
    return;
  }
  if (node.type === 'paragraph') {
    collectParagraph(node, d, out, depth, undefined);
    return;
  }
  if (node.type === 'blockquote' || node.type === 'footnoteDefinition') {
    for (const c of node.children) collect(c as RootContent, d, out, depth);
    return;
  }
  if (node.type === 'table') collectText(node, d);
}

function collectItem(item: ListItem, d: SectionData, out: RawClause[], depth: number, label: { text: string; span?: Span } | undefined): void {
  item.children.forEach((child, i) => {
    if (child.type === 'paragraph') collectParagraph(child, d, out, depth, i === 0 ? label : undefined);
    else collect(child as RootContent, d, out, depth);
  });
}

/**
 * Adds a paragraph as one raw clause, or as several when lines inside it start with labels such
 * as "(a)". `label` is the list item's number when the paragraph opens an ordered list item.
 */
function collectParagraph(p: Paragraph, d: SectionData, out: RawClause[], depth: number, label: { text: string; span?: Span } | undefined): void {
  collectText(p, d);
  const span = spanOf(p);
  if (!span) return;
  const source = d.text.slice(span.start, span.end);
  const cuts = [0];
  const re = /\r\n|\n|\r/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) {
    const next = m.index + m[0].length;
    if (next < source.length && labelPattern.test(source.slice(next, next + 16))) cuts.push(next);
  }
  cuts.forEach((from, i) => {
    const to = i + 1 < cuts.length ? trimEnd(source, cuts[i + 1]!) : source.length;
    const raw = source.slice(from, to);
    const lm = labelPattern.exec(raw);
    const clause: RawClause = { span: { start: span.start + from, end: span.start + to }, depth, raw };
    if (lm && i === 0 && label && label.span) {
      // A numbered item whose text opens with a sub-paragraph ("2." then "(a) …" with no lead-in):
      // the item's number is a paragraph of its own, which the sub-paragraph belongs to; the same
      // number written twice ("2. (2) …") is one paragraph.
      const own = (lm.groups!['p'] ?? lm.groups!['n'] ?? lm.groups!['l'] ?? lm.groups!['t'] ?? lm.groups!['d'])!;
      if (own !== label.text && !/^[0-9]/.test(own)) out.push({ span: { ...label.span }, depth, raw: '', label: label.text, labelSpan: label.span, list: true });
    }
    if (lm) {
      const own = (lm.groups!['p'] ?? lm.groups!['n'] ?? lm.groups!['l'] ?? lm.groups!['t'] ?? lm.groups!['d'])!;
      const at = span.start + from + lm[0].indexOf(own, lm[0].search(/\S/));
      clause.label = own;
      clause.labelSpan = { start: at, end: at + own.length };
      if (lm.groups!['p'] !== undefined && /^[0-9]/.test(own)) clause.paren = true;
    } else if (i === 0 && label) {
      clause.label = label.text;
      if (label.span) clause.labelSpan = label.span;
      clause.list = true;
    }
    out.push(clause);
  });
}

function trimEnd(s: string, at: number): number {
  let i = at;
  while (i > 0 && (s[i - 1] === '\n' || s[i - 1] === '\r')) i--;
  return i;
}

/**
 * The numbering style of a label: `number` ("1.", "5.2", a list item), `paren` ("(1)", which real
 * agreements use as their paragraph numbers or as a level below "(a)"), `letter`, `roman` and
 * `upper` ("A.").
 */
export type LabelStyle = 'number' | 'paren' | 'letter' | 'roman' | 'upper';

/** The Roman numeral after `label` ("i" → "ii", "iv" → "v"), lower case. */
function nextRoman(label: string): string {
  const table: [number, string][] = [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let v = 0;
  const digits: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  for (let k = 0; k < label.length; k++) {
    const d = digits[label[k]!]!;
    const after = digits[label[k + 1] ?? ''] ?? 0;
    v += d < after ? -d : d;
  }
  let n = v + 1;
  let out = '';
  for (const [value, numeral] of table) while (n >= value) (out += numeral), (n -= value);
  return out;
}

/**
 * The style of the label of `raws[k]`. A label that is both a letter and a Roman numeral ("i",
 * "v", "x") is decided by the sequence it stands in: "(i)" followed by "(ii)" is Roman and followed
 * by "(j)" a letter, whichever of the two comes first among the labels after it (looking no further
 * than the same label written again); without either, "(i)" right after "(h)" is a letter, as is
 * "(v)" after "(u)", and "(v)" after "(iv)" is Roman.
 */
function styleAt(raws: readonly RawClause[], k: number, lastLetter: string | undefined, lastRoman: string | undefined): LabelStyle {
  const r = raws[k]!;
  const label = r.label!;
  if (/^[0-9]/.test(label)) return r.paren ? 'paren' : 'number';
  const lower = label.toLowerCase();
  if (label !== lower) return /^[IVXLC]{2,}$/.test(label) ? 'roman' : 'upper';
  if (!/^[ivxlc]+$/.test(label)) return 'letter';
  if (label.length > 1) return 'roman';
  if (label === 'l' || label === 'c') return 'letter';
  const romanNext = nextRoman(label);
  const letterNext = String.fromCharCode(label.charCodeAt(0) + 1);
  for (let j = k + 1, seen = 0; j < raws.length && seen < 12; j++) {
    const next = raws[j]!.label;
    if (next === undefined) continue;
    seen++;
    if (next === romanNext) return 'roman';
    if (next === letterNext) return 'letter';
    if (next === label || /^[0-9]/.test(next)) break;
  }
  if (lastLetter && lastLetter.charCodeAt(0) + 1 === label.charCodeAt(0)) return 'letter';
  if (lastRoman && nextRoman(lastRoman) === label) return 'roman';
  if (label === 'i') return 'roman';
  return lastLetter ? 'letter' : 'roman';
}

/**
 * Resolves each raw clause's label path. Labels nest by style (number, letter, roman) and by list
 * depth, so "1." then "a)" then "(i)" read as 1(a)(i) whether the draft nests lists or not; a
 * numbered list nested in a numbered item ("3. … as follows:" then indented "1.", "2.") holds
 * sub-paragraphs of that item.
 */
function resolveLabels(d: SectionData, raws: RawClause[]): void {
  const stack: { depth: number; label: string; style: LabelStyle; list: boolean }[] = [];
  for (let k = 0; k < raws.length; k++) {
    const r = raws[k]!;
    let style: LabelStyle | undefined;
    if (r.label !== undefined) {
      let label = r.label;
      const dotted = label.split('.');
      if (dotted.length > 1) label = dotted[0] === d.number ? dotted.slice(1).join('.') : dotted[dotted.length - 1]!;
      let lastLetter: string | undefined;
      let lastRoman: string | undefined;
      for (let i = stack.length - 1; i >= 0 && (lastLetter === undefined || lastRoman === undefined); i--) {
        if (stack[i]!.style === 'letter') lastLetter ??= stack[i]!.label;
        else if (stack[i]!.style === 'roman') lastRoman ??= stack[i]!.label;
      }
      style = styleAt(raws, k, lastLetter, lastRoman);
      // The same style at the same list depth is a sibling; at a deeper list depth, a child.
      let at = -1;
      for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.style === style && stack[i]!.depth === r.depth) at = i;
      // A list item numbered right under a number written in the text (a list that restarted after
      // a tight "5.Item" line) is a sibling; under a numbered list item it is a sub-paragraph.
      const top = stack[stack.length - 1];
      if (at < 0 && top && top.style === style && style === 'number' && r.depth > top.depth && !top.list) at = stack.length - 1;
      if (at < 0) {
        const deeper = stack.findIndex((e) => e.style === style && e.depth > r.depth);
        const shallower = stack.some((e) => e.style === style && e.depth < r.depth);
        if (deeper >= 0 && !shallower) at = deeper;
      }
      if (at >= 0) stack.length = at;
      stack.push({ depth: r.depth, label, style, list: r.list === true });
    }
    const c: SectionData['clauses'][number] = { span: r.span, labels: stack.map((e) => e.label), reading: acceptedText(r.raw) };
    if (r.label !== undefined) {
      c.label = stack[stack.length - 1]!.label;
      c.labelStyle = style!;
      if (r.labelSpan) {
        // For a dotted label ("5.2") the span covers the part kept ("2").
        const full = d.text.slice(r.labelSpan.start, r.labelSpan.end);
        const at = full.lastIndexOf(c.label);
        c.labelSpan = at >= 0 ? { start: r.labelSpan.start + at, end: r.labelSpan.start + at + c.label.length } : r.labelSpan;
      }
    }
    d.clauses.push(c);
  }
}

/** "Article 5(2)(a)", "Annex A(3)", or the section label alone. */
export function cite(section: { label: string }, labels: readonly string[]): string {
  return labels.length ? `${section.label}${labels.map((l) => `(${l})`).join('')}` : section.label;
}

function collectText(node: RootContent, d: SectionData): void {
  if (node.type === 'text') {
    const span = spanOf(node);
    if (span) d.textRuns.push({ span, raw: d.text.slice(span.start, span.end) });
    return;
  }
  if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'yaml') return;
  if ('children' in node) for (const child of node.children) collectText(child as RootContent, d);
}

/** Reads the front matter block at the top of the draft, if there is one. */
export function readFrontMatter(text: string): FrontMatter {
  const fm: FrontMatter = { data: {}, parties: [], dataCategories: [], problems: [] };
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = /^---[ \t]*(?:\r\n|\n|\r)/.exec(text.slice(bom, bom + 8));
  if (!open) return fm;
  const bodyStart = bom + open[0].length;
  const close = /(?:^|\r\n|\n|\r)(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)/g;
  close.lastIndex = bodyStart - 1 >= bom ? bodyStart - (text[bodyStart - 1] === '\n' || text[bodyStart - 1] === '\r' ? 1 : 0) : bodyStart;
  const c = close.exec(text);
  if (!c) {
    fm.problems.push({
      message: 'The front matter opened with "---" is never closed; add a line "---" after the last key.',
      span: { start: bom, end: bom + 3 },
    });
    fm.span = { start: bom, end: bom + open[0].length };
    return fm;
  }
  const yamlEnd = c.index;
  fm.span = { start: bom, end: c.index + c[0].length };
  const doc = parseDocument(text.slice(bodyStart, yamlEnd), { prettyErrors: false, uniqueKeys: true });
  const yamlText = text.slice(bodyStart, yamlEnd);
  for (const err of doc.errors) {
    let [s, e] = err.pos;
    // An unclosed quote or bracket is reported at the end of the YAML; point at its opening instead.
    if (s >= yamlText.trimEnd().length - 1) {
      const opener = /closing "quote/.test(err.message) ? '"' : /closing 'quote/.test(err.message) ? "'" : /\]/.test(err.message) ? '[' : /\}/.test(err.message) ? '{' : undefined;
      const at = opener ? yamlText.lastIndexOf(opener) : -1;
      if (at >= 0) {
        s = at;
        const eol = yamlText.slice(at).search(/\r|\n|$/);
        e = at + Math.max(1, eol);
      }
    }
    fm.problems.push({
      message: `The front matter is not valid YAML: ${err.message.split('\n')[0]}.`,
      span: { start: bodyStart + s, end: Math.min(yamlEnd, bodyStart + Math.max(e, s + 1)) },
    });
  }
  if (doc.errors.length > 0) return fm;
  if (doc.contents !== null && !isMap(doc.contents)) {
    fm.problems.push({
      message: 'The front matter must be a YAML mapping of keys to values (for example "title: ...").',
      span: { start: bodyStart, end: Math.max(bodyStart + 1, yamlEnd) },
    });
    return fm;
  }
  let data: Record<string, unknown> | null;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown> | null;
  } catch (e) {
    fm.problems.push({ message: `The front matter cannot be read: ${(e as Error).message}.`, span: { start: bodyStart, end: Math.max(bodyStart + 1, yamlEnd) } });
    return fm;
  }
  fm.data = data ?? {};
  const keySpan = (key: string): Span => {
    const node = isMap(doc.contents) ? doc.contents.items.find((p) => (p.key as { value?: unknown })?.value === key) : undefined;
    const range = (node?.value as { range?: number[] } | undefined)?.range ?? (node?.key as { range?: number[] } | undefined)?.range;
    return range ? { start: bodyStart + range[0]!, end: bodyStart + Math.max(range[1]!, range[0]! + 1) } : { start: bodyStart, end: bodyStart + 1 };
  };
  const str = (key: keyof FrontMatter & string, expected: string) => {
    const v = fm.data[key];
    if (v === undefined || v === null) return;
    if (typeof v === 'string' || typeof v === 'number') (fm as unknown as Record<string, unknown>)[key] = String(v);
    else fm.problems.push({ message: `The front-matter key "${key}" should be ${expected}; it was ignored.`, span: keySpan(key) });
  };
  str('title', 'text');
  str('partner', 'the partner\'s name');
  str('type', 'agreement, arrangement or memorandum');
  str('classification', 'a classification level such as UNCLASSIFIED or SECRET');
  str('handling', 'a handling marking such as TLP:AMBER');
  const parties = fm.data['parties'];
  if (Array.isArray(parties)) {
    for (const p of parties) {
      if (typeof p === 'string') fm.parties.push({ name: p, short: p });
      else if (p && typeof p === 'object') {
        const o = p as Record<string, unknown>;
        const name = typeof o['name'] === 'string' ? o['name'] : undefined;
        const short = typeof o['short'] === 'string' ? o['short'] : undefined;
        if (name || short) fm.parties.push({ name: name ?? short!, short: short ?? name! });
      }
    }
  } else if (parties !== undefined && parties !== null) {
    fm.problems.push({ message: 'The front-matter key "parties" should be a list of parties, each with a name and a short name; it was ignored.', span: keySpan('parties') });
  }
  const data2 = fm.data['data'];
  if (Array.isArray(data2)) fm.dataCategories = data2.filter((d): d is string => typeof d === 'string').map((d) => d.toLowerCase());
  else if (typeof data2 === 'string') fm.dataCategories = data2.split(/[,;]/).map((d) => d.trim().toLowerCase()).filter(Boolean);
  else if (data2 !== undefined && data2 !== null) {
    fm.problems.push({ message: 'The front-matter key "data" should be a list of data categories (for example biographic, biometric); it was ignored.', span: keySpan('data') });
  }
  return fm;
}
