/** The agreement model on drafts the team wrote: each part, and the hard characters. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, buildModel, LineIndex } from '../../../server/src/core/index.js';
import { only } from '../../helpers/rule-tester.js';

const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

test('sections, labels and citations in every numbering style', () => {
  const text = [
    '# Memorandum on Border Data',
    '',
    '## Preamble',
    '',
    'The participants agree.',
    '',
    '## Article 5 — Use of Information',
    '',
    '1. Information may be used.',
    '2. Uses include:',
    '   (a) screening;',
    '   (b) investigation:',
    '      (i) of travel;',
    '      (ii) of finance.',
    '',
    '## 6. Retention',
    '',
    '6.1 Records are kept.',
    '6.2 Records are deleted.',
    '',
    '## Section 7',
    '',
    'a) first',
    'b) second',
    '',
    '## Annex A — Contact Points',
    '',
    'Offices.',
    '',
  ].join('\n');
  const m = buildModel(text);
  assert.deepEqual(m.sections.map((s) => s.label), ['the title', 'the Preamble', 'Article 5', 'Article 6', 'Section 7', 'Annex A']);
  assert.deepEqual(m.sections.map((s) => s.kind), ['title', 'preamble', 'article', 'article', 'article', 'annex']);
  assert.equal(m.sections[2]!.title, 'Use of Information');
  assert.deepEqual(m.clauses.map((c) => c.citation), [
    'the Preamble',
    'Article 5(1)',
    'Article 5(2)',
    'Article 5(2)(a)',
    'Article 5(2)(b)',
    'Article 5(2)(b)(i)',
    'Article 5(2)(b)(ii)',
    'Article 6(1)',
    'Article 6(2)',
    'Section 7(a)',
    'Section 7(b)',
    'Annex A',
  ]);
  const ii = m.clauses.find((c) => c.citation === 'Article 5(2)(b)(ii)')!;
  assert.equal(ii.label, 'ii');
  assert.equal(slice(text, ii.labelSpan!), 'ii');
  const six2 = m.clauses.find((c) => c.citation === 'Article 6(2)')!;
  assert.equal(slice(text, six2.labelSpan!), '2', 'the label span of "6.2" covers the part kept');
});

test('clause text reads CriticMarkup as accepted and maps back to the source', () => {
  const text = '## Article 1\n\n1. Data is {--never--}{++only++} shared {~~freely~>on request~~}.{>>why?<<}\n';
  const m = buildModel(text);
  const c = m.clauses[0]!;
  assert.equal(c.text, 'Data is only shared on request.', 'the list marker is not part of the text; the label is');
  assert.equal(c.label, '1');
  const at = c.text.indexOf('on request');
  assert.equal(slice(text, c.sourceSpan(at, at + 10)), 'on request');
  assert.deepEqual(m.annotations.map((a) => a.kind), ['deletion', 'addition', 'substitution', 'comment']);
});

test('defined terms in four styles, with uses, plurals and acronyms', () => {
  const text = [
    '## Article 1 — Definitions',
    '',
    '1. "Personal Data" means information about a person.',
    '2. **Competent Authority** means the office each Party names.',
    '',
    '- Transfer Request: a request to pass information on.',
    '',
    '## Article 2 — Use',
    '',
    'The ministry (the "Central Office") and the Designated Unit ("DU") act. A Competent Authority',
    'handles Personal Data and answers Transfer Requests. The Central Office informs the DU.',
    '',
  ].join('\n');
  const m = buildModel(text);
  const byName = Object.fromEntries(m.terms.map((t) => [t.term, t]));
  // `the Designated Unit ("DU")` defines "DU" inline, as `("Commission")` does in older treaties.
  assert.deepEqual(Object.keys(byName).sort(), ['Central Office', 'Competent Authority', 'DU', 'Personal Data', 'Transfer Request']);
  assert.deepEqual(byName['DU']!.uses.map((u) => slice(text, u)), ['DU']);
  assert.equal(byName['Personal Data']!.style, 'means');
  assert.equal(byName['Competent Authority']!.style, 'bold');
  assert.equal(byName['Transfer Request']!.style, 'list');
  assert.equal(byName['Central Office']!.style, 'inline');
  assert.equal(slice(text, byName['Competent Authority']!.span), 'Competent Authority');
  assert.deepEqual(byName['Transfer Request']!.uses.map((u) => slice(text, u)), ['Transfer Requests']);
  assert.deepEqual(byName['Central Office']!.uses.map((u) => slice(text, u)), ['Central Office']);
  assert.ok(m.knownNames.has('Designated Unit'));
  // The definition span covers the whole defining clause.
  assert.match(slice(text, byName['Personal Data']!.definition), /^"Personal Data" means information about a person\.$/);
});

test('a use of a term starts a word; a shorter term inside a longer form that continues a word still counts', () => {
  const text = [
    '## Article 1 — Definitions',
    '',
    '1. "Data" means information exchanged under this Arrangement.',
    '2. "Personal Data" means Data about a person.',
    '',
    '## Article 2 — Use',
    '',
    'The SubPersonal Data and the Personal-Data are no uses of Personal Data; x-Data, Data_1 and ΩData are none of the shorter term, 𝐀Data neither, but (Data) is.',
    '',
  ].join('\n');
  const m = buildModel(text);
  const uses = (term: string) => m.terms.find((t) => t.term === term)!.uses.map((u) => `${slice(text, u)}@${u.start}`);
  const at = (s: string, from = 0) => text.indexOf(s, from);
  const article2 = at('## Article 2');
  // "SubPersonal Data" continues a word, so "Personal Data" is not used there, but its "Data" is.
  assert.deepEqual(uses('Personal Data'), [`Personal Data@${at('of Personal Data', article2) + 3}`]);
  assert.deepEqual(
    uses('Data').filter((u) => Number(u.split('@')[1]) > article2),
    [`Data@${at('Personal Data and', article2) + 9}`, `Data@${at('(Data)', article2) + 1}`],
  );
});

test('cross-references with targets, labels, lists and other instruments', () => {
  const text = [
    '## Article 1',
    '',
    '1. One.',
    '2. Two:',
    '   (a) a;',
    '   (b) b.',
    '',
    '## Article 2',
    '',
    '1. See Article 1(2)(b), paragraph 1 of Article 1, Articles 1 and 2, Annex A, and paragraph 2.',
    '2. Article 9 of the Convention and Article 1 of this Agreement.',
    '',
    '## Annex A',
    '',
    'Text.',
    '',
  ].join('\n');
  const m = buildModel(text);
  const rows = m.references.map((r) => [r.text, r.kind, r.number, r.labels.join(','), r.target?.label ?? '-', r.targetClause?.citation ?? '-', r.internal, !!r.relative]);
  assert.deepEqual(rows, [
    ['Article 1(2)(b)', 'article', '1', '2,b', 'Article 1', 'Article 1(2)(b)', true, false],
    ['paragraph 1 of Article 1', 'article', '1', '1', 'Article 1', 'Article 1(1)', true, false],
    ['Articles 1', 'article', '1', '', 'Article 1', '-', true, false],
    ['2', 'article', '2', '', 'Article 2', '-', true, false],
    ['Annex A', 'annex', 'A', '', 'Annex A', '-', true, false],
    ['paragraph 2', 'article', '2', '2', 'Article 2', 'Article 2(2)', true, true],
    ['Article 9 of the Convention', 'article', '9', '', '-', '-', false, false],
    ['Article 1 of this Agreement', 'article', '1', '', 'Article 1', '-', true, false],
  ]);
  const first = m.references[0]!;
  assert.equal(slice(text, first.numberSpan), '1');
  assert.equal(slice(text, first.span), 'Article 1(2)(b)');
});

test('placeholders and markings', () => {
  const text = 'Shared as TLP:AMBER+STRICT or SECRET//REL TO USA, NLD, and NOFORN; on [DATE] with [insert name]; fee TBD. A secret is a word.\n';
  const m = buildModel(text);
  assert.deepEqual(m.markings.map((x) => [x.kind, x.text, slice(text, x.span)]), [
    ['tlp', 'TLP:AMBER+STRICT', 'TLP:AMBER+STRICT'],
    ['classification', 'SECRET', 'SECRET'],
    ['caveat', 'REL TO USA, NLD', 'REL TO USA, NLD'],
    ['caveat', 'NOFORN', 'NOFORN'],
  ]);
  assert.deepEqual(m.placeholders.map((p) => p.text), ['[DATE]', '[insert name]', 'TBD']);
  assert.equal(m.placeholders[0]!.name, 'DATE');
});

test('suppressions: next line, blocks per rule, file level, several rules, and no effect without a reason', () => {
  const text = [
    '<!-- agreement-lint-disable-next-line leftover-placeholder -- set at signature -->',
    'Done on [DATE].',
    '',
    'Fee [FEE].',
    '',
    '<!-- agreement-lint-disable leftover-placeholder, unresolved-comment -- negotiated text -->',
    'Place [PLACE]. {>>ok<<}',
    '<!-- agreement-lint-enable leftover-placeholder -->',
    'Seal [SEAL]. {>>still off<<}',
    '',
    '<!-- agreement-lint-disable-next-line leftover-placeholder -->',
    'Term [TERM].',
    '',
  ].join('\n');
  const found = analyze(text, { rules: { ...only('leftover-placeholder'), 'unresolved-comment': 'information', 'unjustified-suppression': 'warning' } }).findings;
  assert.deepEqual(
    found.map((f) => `${f.range.start.line + 1} ${f.ruleId}`),
    ['4 leftover-placeholder', '9 leftover-placeholder', '11 unjustified-suppression', '12 leftover-placeholder'],
  );
  const m = buildModel(text);
  assert.deepEqual(m.suppressions.map((s) => [s.directive, s.rules.join('+'), s.effective]), [
    ['disable-next-line', 'leftover-placeholder', true],
    ['disable', 'leftover-placeholder+unresolved-comment', true],
    ['enable', 'leftover-placeholder', false],
    ['disable-next-line', 'leftover-placeholder', false],
  ]);
  const fileLevel = '<!-- agreement-lint-disable-file leftover-placeholder -- template text -->\n\nOn [DATE].\n\nAt [PLACE].\n';
  assert.deepEqual(analyze(fileLevel, { rules: only('leftover-placeholder') }).findings, []);
});

test('positions: CRLF, BOM, tabs and astral characters', () => {
  const text = '\uFEFF---\r\ntitle: T\r\n---\r\n## Article 1\r\n\r\n1.\tThe 𝒜 Receiving Party\tshall act on [DATE].\r\n';
  const m = buildModel(text);
  assert.equal(m.frontMatter.title, 'T');
  assert.equal(m.sections[0]!.label, 'Article 1');
  const p = m.placeholders[0]!;
  const index = new LineIndex(text);
  // Line 5 (0-based): "1.\tThe 𝒜 Receiving Party\tshall act on [DATE]." — the tab is one unit, 𝒜 is two.
  assert.deepEqual(index.range(p.span), { start: { line: 5, character: 39 }, end: { line: 5, character: 45 } });
  assert.equal(text.slice(index.offset({ line: 5, character: 39 }), index.offset({ line: 5, character: 45 })), '[DATE]');
  // An offset inside the surrogate pair or the CRLF never splits it.
  const astral = text.indexOf('𝒜');
  assert.deepEqual(index.position(astral + 1), index.position(astral));
  const cr = text.indexOf('\r\n');
  assert.deepEqual(index.position(cr + 1), index.position(cr));
  assert.equal(m.clauses[0]!.text, 'The 𝒜 Receiving Party\tshall act on [DATE].');
  assert.equal(m.clauses[0]!.label, '1');
});

test('malformed front matter: a diagnostic at the YAML error, never a crash', () => {
  const cases: [string, number, RegExp, number?][] = [
    // An unclosed quote is shown at its opening quote, not at the end of the YAML.
    ['---\ntitle: "unclosed\nparties: []\n---\nText.\n', 1, /not valid YAML/, 7],
    ['---\ntitle: A\ntitle: B\n---\nText.\n', 2, /not valid YAML/],
    ['---\r\nparties: [a, b\r\n---\r\nText.\r\n', 1, /not valid YAML/, 9],
    ['\uFEFF---\nparties: 3\n---\nText.\n', 1, /"parties" should be a list/],
    ['---\n- a list\n---\nText.\n', 1, /must be a YAML mapping/],
    ['---\ntitle: never closed\n\nText.\n', 0, /never closed/],
  ];
  for (const [text, line, message, column] of cases) {
    const f = analyze(text, { rules: only('invalid-front-matter') }).findings;
    assert.ok(f.length >= 1, `no finding for ${JSON.stringify(text)}`);
    assert.equal(f[0]!.range.start.line, line, `line for ${JSON.stringify(text)}`);
    assert.match(f[0]!.message, message);
    if (column !== undefined) assert.equal(f[0]!.range.start.character, column, `column for ${JSON.stringify(text)}`);
  }
  const m = buildModel('---\nparties:\n  - {name: Republic of Freedonia, short: Freedonia}\nextra: kept\n---\n');
  assert.deepEqual(m.frontMatter.parties, [{ name: 'Republic of Freedonia', short: 'Freedonia' }]);
  assert.equal(m.frontMatter.data['extra'], 'kept');
});

test('one finding per missing part or undefined phrase, with the other places as related locations', () => {
  const text = '## Article 1\n\n1. See Article 7, Article 7 and Article 7.\n2. The parties protect the records. The Shared Records are data, and Shared Records are kept.\n';
  const found = analyze(text, { rules: { ...only('broken-cross-reference'), 'undefined-term': 'warning' } }).findings;
  assert.deepEqual(found.map((f) => [f.ruleId, f.range.start.line, f.related?.length ?? 0]), [
    ['broken-cross-reference', 2, 2],
    ['undefined-term', 3, 1],
  ]);
  assert.deepEqual(found[0]!.related!.map((r) => r.range.start.character), [18, 32]);
});
