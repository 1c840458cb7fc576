/** Template validation: each problem names the file and the field. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatTemplateProblem, parseTemplate, parseTemplates } from '../../../server/src/core/templates/parse.js';

const good = `---
id: notice-clause
title: Notice clause
version: 1.2.0
kind: clause
fixes: [missing-safeguarding]
placeholders: [PARTNER, HANDLING]
---
Notices about {{HANDLING}} go to {{ PARTNER }}.
`;

/** The template text with one front-matter line replaced (or removed with an empty string). */
function withField(field: string, line: string): string {
  return good.replace(new RegExp(`^${field}:.*\\n`, 'm'), line ? `${line}\n` : '');
}

test('a well-formed template is read with its fields and body', () => {
  const r = parseTemplate(good, 'clauses/notice.md');
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.template, {
    id: 'notice-clause',
    title: 'Notice clause',
    version: '1.2.0',
    fixes: ['missing-safeguarding'],
    placeholders: ['PARTNER', 'HANDLING'],
    kind: 'clause',
    body: 'Notices about {{HANDLING}} go to {{ PARTNER }}.',
    origin: 'clauses/notice.md',
  });
});

test('a CRLF template file reads the same, with LF line ends in the body', () => {
  const crlf = good.replace(/\n/g, '\r\n').replace('{{ PARTNER }}.', '{{ PARTNER }}.\r\n\r\nSecond paragraph.');
  const r = parseTemplate(crlf, 'x.md');
  assert.deepEqual(r.problems, []);
  assert.equal(r.template!.body, 'Notices about {{HANDLING}} go to {{ PARTNER }}.\n\nSecond paragraph.');
});

const broken: [name: string, text: string, field: string | undefined, message: RegExp][] = [
  ['missing id', withField('id', ''), 'id', /required field "id" is missing/],
  ['id not kebab-case', withField('id', 'id: Notice Clause'), 'id', /kebab-case/],
  ['missing title', withField('title', ''), 'title', /"title" is missing/],
  ['version not a version', withField('version', 'version: soon'), 'version', /should be a version/],
  ['unknown kind', withField('kind', 'kind: paragraph'), 'kind', /one of article, clause or element/],
  ['element kind without element', withField('kind', 'kind: element'), 'element', /needs the field "element"/],
  ['fixes not a list', withField('fixes', 'fixes: missing-safeguarding'), 'fixes', /should be a list of rule ids/],
  ['fixes item not an id', withField('fixes', 'fixes: [Missing Safeguarding]'), 'fixes', /Item 1 of the field "fixes"/],
  ['placeholder in lower case', withField('placeholders', 'placeholders: [partner, HANDLING]'), 'placeholders', /Item 1 of the field "placeholders"/],
  ['placeholder used but not declared', withField('placeholders', 'placeholders: [PARTNER]'), 'placeholders', /uses \{\{HANDLING\}\} but the field "placeholders" does not declare it/],
  ['placeholder declared but not used', withField('placeholders', 'placeholders: [PARTNER, HANDLING, DATE]'), 'placeholders', /declares \{\{DATE\}\} but the body never uses it/],
  ['unknown field', good.replace('kind: clause', 'kind: clause\nauthor: someone'), 'author', /Unknown field "author"/],
  ['defaults for an undeclared placeholder', good.replace('kind: clause', 'kind: clause\ndefaults:\n  DATE: today'), 'defaults', /does not declare/],
  ['defaults not a mapping', good.replace('kind: clause', 'kind: clause\ndefaults: [a]'), 'defaults', /should be a mapping/],
  ['empty body', good.replace(/---\n[^-]*$/, '---\n\n'), 'body', /no body/],
  ['invalid YAML', good.replace('title: Notice clause', 'title: [unclosed'), undefined, /not valid YAML/],
  ['no front matter', 'Just a clause.\n', undefined, /must start with front matter/],
  ['front matter never closed', '---\nid: x\ntitle: y\n', undefined, /never closed/],
];

for (const [name, text, field, message] of broken) {
  test(`a template with ${name} is refused, naming the file and the field`, () => {
    const r = parseTemplate(text, '.agreement-lint/clauses/notice.md');
    assert.equal(r.template, undefined, 'no template is returned');
    const p = r.problems.find((x) => message.test(x.message));
    assert.ok(p, `expected a problem matching ${message}; got ${JSON.stringify(r.problems)}`);
    assert.equal(p.origin, '.agreement-lint/clauses/notice.md');
    assert.equal(p.field, field);
    const line = formatTemplateProblem(p);
    assert.ok(line.startsWith('.agreement-lint/clauses/notice.md'), line);
    if (field) assert.match(line, new RegExp(`field "${field}"`));
  });
}

test('a problem on a field gives the line of the field in the file', () => {
  const r = parseTemplate(withField('kind', 'kind: paragraph'), 'a.md');
  assert.equal(r.problems[0]!.line, 5);
  assert.equal(formatTemplateProblem(r.problems[0]!).split(':')[0], 'a.md (field "kind", line 5)');
});

test('two files with the same id: the second is refused and names the first', () => {
  const r = parseTemplates([
    { origin: 'one.md', text: good },
    { origin: 'two.md', text: good.replace('Notice clause', 'Another') },
    { origin: 'bad.md', text: 'no front matter' },
  ]);
  assert.deepEqual(r.templates.map((t) => t.origin), ['one.md']);
  assert.equal(r.problems.length, 2);
  assert.equal(r.problems[0]!.origin, 'two.md');
  assert.equal(r.problems[0]!.field, 'id');
  assert.match(r.problems[0]!.message, /already used by one\.md/);
  assert.equal(r.problems[1]!.origin, 'bad.md');
});

test('optional sections: declared, closed with their own name, not nested', () => {
  const body = (b: string) => good.replace('Notices about {{HANDLING}} go to {{ PARTNER }}.', b);
  assert.deepEqual(parseTemplate(body('Notices go to {{PARTNER}}.{{#HANDLING}} Marked {{HANDLING}}.{{/HANDLING}}'), 'c.md').problems, []);
  const problems = (b: string) => parseTemplate(body(b), 'c.md').problems.map((p) => p.message).join('\n');
  assert.match(problems('{{PARTNER}} {{#HANDLING}} marked {{HANDLING}}.'), /\{\{#HANDLING\}\} is never closed/);
  assert.match(problems('{{PARTNER}} {{HANDLING}}{{/HANDLING}}'), /closes the section \{\{\/HANDLING\}\} where no section is open/);
  assert.match(problems('{{#PARTNER}}{{#HANDLING}}{{HANDLING}}{{/HANDLING}}{{/PARTNER}}'), /opens inside the section \{\{#PARTNER\}\}/);
  assert.match(problems('{{PARTNER}} {{HANDLING}}{{#SEAL}}x{{/SEAL}}'), /does not declare it/);
});
