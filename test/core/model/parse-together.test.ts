/**
 * Read cold, neighbouring sections are parsed together (model.ts, `parseTogether`); an edited
 * section is parsed alone. Both must give the same section data, or an incremental analysis would
 * differ from a full one. Each draft here is modelled both ways: cold, and with a cache that
 * already holds another draft's sections (so that every section is parsed alone).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { buildModel, createAnalyzer, ModelCache, type AgreementModel } from '../../../server/src/core/index.js';
import { sectionWithEdits } from '../../../server/src/core/model.js';
import { anyInputArb } from '../../property/arbitraries.js';

/** Everything a section's parse gives, functions left out, sets and maps as arrays. */
function sectionData(m: AgreementModel): string {
  return JSON.stringify(
    m.sections.map((s) => s.data),
    (_, v: unknown) => (v instanceof Set || v instanceof Map ? [...v] : typeof v === 'function' ? undefined : v),
  );
}

function bothWays(text: string): { together: string; alone: string } {
  const cache = new ModelCache();
  buildModel('# Another draft\n\nOf one paragraph.\n', cache);
  return { together: sectionData(buildModel(text)), alone: sectionData(buildModel(text, cache)) };
}

test('sections parsed together give the same data as each parsed alone', () => {
  const article = (n: number) => `## Article ${n} — Topic\n\n1. The Parties shall exchange information under Article ${n + 1}.\n2. It is kept for [DATE].\n\n`;
  const text = `# Arrangement\n\n${Array.from({ length: 30 }, (_, i) => article(i + 1)).join('')}`;
  const { together, alone } = bothWays(text);
  assert.equal(together, alone);
  assert.ok(JSON.parse(together).length === 31);
});

test('where a block takes in the next heading, or a link definition could reach another section, each is parsed alone and reads the same', () => {
  const shapes = [
    '# T\n\n<div>\n## Article 1\n\nText.\n',
    '# T\n\n- item\n  # Article 1\n\nText.\n',
    '# T\n\n[x]: https://example.invalid\n\n## Article 1\n\nSee [x].\n',
    '# T\n\n> quote\n## Article 1\n\nText.\n',
    '# T\n\n```\nunclosed\n## Article 1\n\nText.\n',
    '# T\n\n- a\n\n## Article 1\n\n- b\n\n\n## Article 2\n\nText\n===\n',
    '# T\r\n\r\n## Article 1\r\n\r\nText.\r## Article 2\rMore.',
  ];
  for (const text of shapes) {
    const { together, alone } = bothWays(text);
    assert.equal(together, alone, JSON.stringify(text));
  }
});

test('generated and mangled drafts read the same with sections parsed together or alone', () => {
  fc.assert(
    fc.property(anyInputArb(), (text) => {
      const { together, alone } = bothWays(text);
      assert.equal(together, alone);
    }),
    { numRuns: 400, seed: 20261126 },
  );
});

test('read cold, a section repeated word for word shares the data of its first occurrence', () => {
  const article = '## Article 1 — Topic\n\n1. The Parties shall exchange information.\n\n';
  const analyzer = createAnalyzer();
  analyzer.analyze(`# Arrangement\n\n${article.repeat(50)}`);
  assert.equal(analyzer.stats.sectionsParsed, 2);
  assert.equal(analyzer.stats.sectionsReused, 49);
});

/**
 * A section with an edit is read as a draft of its own (`sectionWithEdits`); when the edited text
 * is still one section without front matter, only that section is parsed and its facts are read
 * when first asked for. Either way it must read as the whole model of the edited text would.
 */
function asAlone(section: AgreementModel['sections'][number], at: number, newText: string): { fast: string; full: string } {
  const edit = { start: at, end: at, newText };
  const after = sectionWithEdits(section, [edit]);
  const base = section.span.start;
  const own = section.data.text.slice(0, at - base) + newText + section.data.text.slice(at - base);
  const full = buildModel(own).sections.find((x) => x.kind === section.kind && x.label === section.label);
  const show = (s: typeof after) =>
    JSON.stringify(
      s && { kind: s.kind, label: s.label, span: s.span, clauses: s.clauses.map((c) => [c.span, c.labels, c.label, c.labelSpan, c.citation, c.text]), data: s.data },
      (_, v: unknown) => (v instanceof Set || v instanceof Map ? [...v] : typeof v === 'function' ? undefined : v),
    );
  return { fast: show(after), full: show(full) };
}

test('a section with an edit reads as the model of the edited text does, facts included', () => {
  const text = '# Arrangement\n\n## Article 1 — Use\n\n1. "Personal Data" means data on persons.\n2. See Article 2 and [DATE].\n\n## Article 2\n\nText.\n';
  const m = buildModel(text);
  const article = m.sections[1]!;
  const end = article.span.end - 1;
  for (const newText of ['\n3. The Parties shall delete Personal Data under Article 1.\n', '\n## Article 9\n\nA new heading.\n', '\n- a list item\n', '']) {
    const { fast, full } = asAlone(article, end, newText);
    assert.equal(fast, full, JSON.stringify(newText));
  }
  // Front matter or a byte order mark at the start of the edited text: read as a whole model.
  const title = m.sections[0]!;
  for (const newText of ['---\ntitle: x\n---\n', '\ufeff']) {
    const { fast, full } = asAlone(title, title.span.start, newText);
    assert.equal(fast, full, JSON.stringify(newText));
  }
});

test('generated and mangled sections with an edit read as the model of the edited text does', () => {
  fc.assert(
    fc.property(anyInputArb(), fc.nat(), fc.constantFrom('\n\n1. Inserted.\n', '\n(a) more\n', '\n## Article 77\n', 'x', '\n\n'), (text, pick, newText) => {
      const m = buildModel(text);
      const section = m.sections[pick % m.sections.length]!;
      const at = section.span.start + (pick % (section.span.end - section.span.start + 1));
      const { fast, full } = asAlone(section, at, newText);
      assert.equal(fast, full);
    }),
    { numRuns: 300, seed: 20261127 },
  );
});
