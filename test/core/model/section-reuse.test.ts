/**
 * ModelCache matches a draft's sections with the last model's sections in order, and falls back to
 * a lookup by text. These tests reorder, repeat, insert and delete Articles and check that every
 * model built with the cache equals one built from scratch, and that unchanged sections are reused.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, buildModel, createAnalyzer, ModelCache, type AgreementModel } from '../../../server/src/core/index.js';

const article = (n: number, body: string) => `\n## Article ${n}\n\n1. ${body}\n2. Article ${n === 1 ? 2 : 1} applies.\n`;
const head = '# Arrangement on Screening Cooperation\n';

function shape(m: AgreementModel) {
  return {
    sections: m.sections.map((s) => ({ kind: s.kind, span: s.span, label: s.label, headings: s.headings, textRuns: s.textRuns })),
    clauses: m.clauses.map((c) => ({ span: c.span, text: c.text, citation: c.citation, section: c.section.span, labelSpan: c.labelSpan, source: c.sourceSpan(0, c.text.length) })),
    references: m.references.map((r) => ({ span: r.span, target: r.target?.span, targetClause: r.targetClause?.span })),
    terms: m.terms,
    annotations: m.annotations,
    placeholders: m.placeholders,
    markings: m.markings,
  };
}

const a = article(1, 'The participants shall share records [TBD].');
const b = article(2, 'Each participant shall keep records secure.');
const c = article(3, 'The participants shall review this Arrangement.');
// Paragraph 2 skipped: a numbering finding that belongs to the section it stands in.
const skip = '\n## Article 9\n\n1. The participants shall meet.\n3. The participants shall report.\n';
const drafts = [
  head + a + b + c,
  head + a + skip + b + c,
  head + skip + a + b + c,
  head + a + b + c + skip,
  head + b + a + c, // two Articles swapped
  head + a + a + c, // the same Article twice
  head + a + c, // one deleted
  head + a + b + b + b + c, // one repeated
  head + c + b + a, // reversed
  head + a + b.replace('secure', 'safe') + c, // one edited
  head + a + b + c,
  head,
];

test('models built with the cache equal models built from scratch, whatever the order of sections', () => {
  const cache = new ModelCache();
  for (const text of [...drafts, ...drafts.slice().reverse()]) {
    assert.deepEqual(shape(buildModel(text, cache)), shape(buildModel(text)));
  }
});

test('unchanged sections are reused after a swap, and only an edited one is parsed again', () => {
  const cache = new ModelCache();
  buildModel(drafts[0]!, cache);
  const parsed = cache.stats.sectionsParsed;
  buildModel(head + b + a + c, cache);
  assert.equal(cache.stats.sectionsParsed, parsed, 'a swap parses nothing');
  buildModel(drafts[0]!, cache);
  buildModel(head + a + b.replace('secure', 'safe') + c, cache);
  assert.equal(cache.stats.sectionsParsed, parsed + 1, 'an edit parses the edited Article only');
});

test('incremental findings equal a full analysis across the reorderings', () => {
  const analyzer = createAnalyzer();
  let numbering = 0;
  for (const text of [...drafts, ...drafts.slice().reverse()]) {
    const findings = analyzer.analyze(text).findings;
    assert.deepEqual(findings, analyze(text).findings);
    numbering += findings.filter((f) => f.ruleId === 'duplicate-or-skipped-number').length;
  }
  assert.ok(numbering >= 6, 'the skipped paragraph is reported wherever its Article stands');
});

test('a section that moves is the same object, moved in place, and what refers to it follows', () => {
  const cache = new ModelCache();
  const first = buildModel(head + a + b + c, cache);
  const moved = buildModel('# Arrangement on Screening Cooperation, revised\n' + a + b + c, cache);
  assert.equal(moved.sections[1], first.sections[1], 'Article 1 keeps its object');
  assert.equal(moved.references.find((r) => r.from === moved.sections[1])!.target, moved.sections[2]);
  assert.deepEqual(shape(moved), shape(buildModel('# Arrangement on Screening Cooperation, revised\n' + a + b + c)));
});

test('the front matter is read again only when it changes, and a line break typed after its fence counts', () => {
  const cache = new ModelCache();
  const fm = '---\npartner: the Republic of Freedonia\n---\n';
  const one = buildModel(fm + head + a, cache);
  assert.equal(buildModel(fm + head + a + b, cache).frontMatter, one.frontMatter, 'a body edit reuses the reading');
  const changed = buildModel(fm.replace('Freedonia', 'Sylvania') + head + a, cache);
  assert.equal(changed.frontMatter.partner, 'the Republic of Sylvania');
  // A fence that ends in a lone CR, then an LF typed after it: the fence's line break is now CRLF.
  const cr = '---\rpartner: Freedonia\r---\r';
  buildModel(cr + 'x' + head, cache);
  for (const text of [cr + '\n' + head, cr + '\nx', fm + '\n', fm.slice(0, -1), fm]) {
    assert.deepEqual(buildModel(text, cache).frontMatter, buildModel(text).frontMatter, JSON.stringify(text));
  }
});
