/** Filling placeholders from the front matter, with defaults and visible blanks. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFrontMatter } from '../../../server/src/core/model.js';
import { definedPartyTerms, fillTemplate, instrumentName } from '../../../server/src/core/templates/fill.js';
import type { ClauseTemplate } from '../../../server/src/core/templates/types.js';

function template(body: string, defaults?: Record<string, string>): ClauseTemplate {
  const t: ClauseTemplate = { id: 't', title: 'T', version: '1', fixes: [], placeholders: [], kind: 'clause', body, origin: 'test' };
  if (defaults) t.defaults = defaults;
  return t;
}

const fm = readFrontMatter(`---
title: Memorandum of Understanding on Screening
type: memorandum of understanding
partner: the Republic of Freedonia
parties:
  - name: Government of the United States of America
    short: the United States
  - name: Ministry of the Interior of Freedonia
    short: the Ministry
handling: TLP:GREEN
effective_date: 1 March 2027
---
`);

test('parties, partner, handling and the instrument fill from the front matter', () => {
  const out = fillTemplate(template('{{PARTY A}} and {{PARTY B}} share with {{PARTNER}} under {{INSTRUMENT}}, marked {{HANDLING}}.'), fm);
  assert.equal(out, 'The United States and the Ministry share with the Republic of Freedonia under this Memorandum of Understanding, marked TLP:GREEN.');
});

test('any front-matter key fills a placeholder of the same name', () => {
  assert.equal(fillTemplate(template('From {{EFFECTIVE DATE}}.'), fm), 'From 1 March 2027.');
});

test('a value the draft lacks takes a neutral default, capitalised at the start of a sentence', () => {
  const empty = readFrontMatter('');
  const out = fillTemplate(template('{{RECEIVING PARTY}} may use it and {{PROVIDING PARTY}} agrees under {{INSTRUMENT}}.'), empty);
  assert.equal(out, 'The receiving Party may use it and the providing Party agrees under this Agreement.');
});

test('no handling label is invented: a bare {{HANDLING}} stays a visible blank where the draft has none', () => {
  assert.equal(fillTemplate(template('It is marked {{HANDLING}}.'), readFrontMatter('')), 'It is marked [HANDLING].');
});

test('a {{#NAME}} section is kept where the draft gives NAME a value, and left out where it does not', () => {
  const t = template('Use it for the purposes of {{INSTRUMENT}}.{{#HANDLING}} Handle it as {{HANDLING}} requires.{{/HANDLING}}');
  assert.equal(fillTemplate(t, fm), 'Use it for the purposes of this Memorandum of Understanding. Handle it as TLP:GREEN requires.');
  assert.equal(fillTemplate(t, readFrontMatter('')), 'Use it for the purposes of this Agreement.');
  // A value given by the caller counts as the draft's; a template default does not.
  assert.equal(fillTemplate(t, readFrontMatter(''), { HANDLING: 'TLP:RED' }), 'Use it for the purposes of this Agreement. Handle it as TLP:RED requires.');
  assert.equal(fillTemplate(template(t.body, { HANDLING: 'TLP:CLEAR' }), readFrontMatter('')), 'Use it for the purposes of this Agreement.');
});

test('the template defaults come before the built-in ones but after the draft', () => {
  const t = template('Because {{JUSTIFICATION}}; marked {{HANDLING}}.', { JUSTIFICATION: 'it is needed', HANDLING: 'TLP:RED' });
  assert.equal(fillTemplate(t, readFrontMatter('')), 'Because it is needed; marked TLP:RED.');
  assert.equal(fillTemplate(t, fm), 'Because it is needed; marked TLP:GREEN.');
});

test('a placeholder nothing can fill stays visible as [NAME]', () => {
  assert.equal(fillTemplate(template('Signed at {{PLACE OF SIGNATURE}}.'), fm), 'Signed at [PLACE OF SIGNATURE].');
});

test('values given by the caller win, and list labels count as a sentence start', () => {
  assert.equal(fillTemplate(template('## Article {{NUMBER}} — X\n\n1. {{RECEIVING PARTY}} shall.'), fm, { NUMBER: '7' }), '## Article 7 — X\n\n1. The receiving Party shall.');
});

test('the line ends of the draft are used', () => {
  assert.equal(fillTemplate(template('One.\n\nTwo.'), fm, {}, '\r\n'), 'One.\r\n\r\nTwo.');
});

test('the party terms are capitalised only where the draft defines them', () => {
  assert.deepEqual(definedPartyTerms('2. "Receiving Party" means the Party that receives information.'), { 'RECEIVING PARTY': 'the Receiving Party' });
  assert.deepEqual(definedPartyTerms('“Providing Party” means ...'), { 'PROVIDING PARTY': 'the Providing Party' });
  assert.deepEqual(definedPartyTerms('The receiving Party shall ...'), {});
});

test('the instrument is named from the type or the title', () => {
  assert.equal(instrumentName(readFrontMatter('---\ntype: arrangement\n---\n')), 'this Arrangement');
  assert.equal(instrumentName(readFrontMatter('---\ntitle: Agreement on Exchange\n---\n')), 'this Agreement');
  assert.equal(instrumentName(readFrontMatter('---\ntype: MOU\n---\n')), 'this Memorandum of Understanding');
  assert.equal(instrumentName(readFrontMatter('---\ntitle: Screening\n---\n')), undefined);
});

test("the draft's own words for the two sides and for itself fill the role placeholders", async () => {
  const { draftWordsOf } = await import('../../../server/src/core/templates/fill.js');
  const { analyze } = await import('../../../server/src/core/index.js');
  const words = (text: string) => draftWordsOf(analyze(text).model);
  // A mutual-assistance text: "the requesting State" and "the requested State", "this Convention".
  const mla = `# Convention on Assistance\n\n## Article 1\n\nThe requesting State shall say why it asks. The requested State shall answer under this Convention.\n\n## Article 2\n\nThe requested State may ask the requesting State for more detail under this Convention.\n`;
  assert.deepEqual(words(mla), { 'RECEIVING PARTY': 'the requesting State', 'PROVIDING PARTY': 'the requested State', INSTRUMENT: 'this Convention' });
  // Capitalised but undefined: the adjective in lower case, so no undefined term is added.
  const tax = `# Agreement\n\n## Article 1\n\nThe Applicant Party may ask. The Requested Party shall reply to the Applicant Party. The Requested Party may refuse.\n`;
  assert.deepEqual(words(tax), { 'RECEIVING PARTY': 'the applicant Party', 'PROVIDING PARTY': 'the requested Party' });
  // Defined terms win over more frequent undefined phrases.
  const defined = `# Agreement\n\n## Article 1 — Definitions\n\n1. "Originating Party" means the Party that releases information.\n2. "Recipient Party" means the Party to which it is released.\n\n## Article 2\n\nThe requesting Party and the requesting Party and the requested Party and the requested Party.\n`;
  assert.deepEqual(words(defined), { 'RECEIVING PARTY': 'the Recipient Party', 'PROVIDING PARTY': 'the Originating Party' });
  // A phrase used once is no evidence of the draft's usage.
  assert.deepEqual(words(`# Agreement\n\n## Article 1\n\nThe receiving Party shall protect it.\n`), {});
});

test("a fix cached with an unchanged section follows the draft's role words when another section changes them", async () => {
  const { analyze, createAnalyzer } = await import('../../../server/src/core/index.js');
  // Article 2's restriction is fixed with the balanced clause, which names the providing side in
  // the draft's own words: "the providing Party" (said three times) over "the originating Party"
  // (twice). Editing Article 1 leaves "the providing Party" twice, and the tie goes to
  // "originating" (alphabetical). Article 2 is unchanged, so its findings come from the cache: the
  // fix must still be the one a fresh analysis writes.
  const text = (article1: string) =>
    `## Article 1 — Contacts\n\n${article1}\n\n## Article 2 — Use\n\nInformation received shall not be passed to any other agency without the prior written consent of the providing Party in each case.\n\n` +
    `Neither Party downgrades the information without the consent of the originating Party.\n\n## Article 3 — Downgrading\n\nNeither Party downgrades the information without the consent of the originating Party. The providing Party names a contact.\n`;
  const before = text('Each Party notifies the providing Party of a point of contact.');
  const after = text('Each Party notifies the other Party of a point of contact.');
  const fixText = (findings: readonly { ruleId: string; fixes?: readonly { edits: readonly { newText: string }[] }[] }[]) =>
    findings.filter((f) => f.ruleId === 'over-restricted-dissemination').flatMap((f) => f.fixes ?? []).flatMap((x) => x.edits.map((e) => e.newText)).join('\n');
  const analyzer = createAnalyzer();
  assert.match(fixText(analyzer.analyze(before).findings), /consent of the providing Party/);
  const fresh = fixText(analyze(after).findings);
  assert.match(fresh, /consent of the originating Party/, 'the tie goes to the other role word');
  assert.equal(fixText(analyzer.analyze(after).findings), fresh);
});
