/** Reading playbook files: the playbook read from valid YAML, and each problem with its line, column and plain message. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, test } from 'node:test';
import { formatConfigProblem, parsePlaybook, playbookDocsUri } from '../../../server/src/core/index.js';
import { repoRoot } from '../../helpers/paths.js';

const origin = '/team/.agreement-lint/playbooks/pd-article.yaml';

describe('parsePlaybook: valid playbooks', () => {
  test('a required provision, with its name taken from the file and its defaults', () => {
    const { playbook, problems } = parsePlaybook('kind: required-provision\nmessage: Needs the article.\nwhen:\n  data: [biographic]\n  classification: SECRET\nrequire:\n  template: protection-of-personal-data\n', origin);
    assert.deepEqual(problems, []);
    assert.ok(playbook);
    assert.equal(playbook.name, 'pd-article');
    assert.equal(playbook.ruleId, 'playbook/pd-article');
    assert.equal(playbook.severity, 'warning');
    assert.equal(playbook.docsUri, 'file:///team/.agreement-lint/playbooks/pd-article.yaml');
    assert.deepEqual(playbook.when, { data: ['biographic'], classification: 'SECRET' });
    assert.deepEqual(playbook.check, { kind: 'required-provision', template: 'protection-of-personal-data' });
  });

  test('a wording playbook: patterns ignore case unless told, replacements are suggestions unless marked fix', () => {
    const { playbook, problems } = parsePlaybook(
      'name: bars\nkind: wording\nseverity: error\nmessage: Avoid {match}.\nwording:\n  - pattern: under no circumstances\n    replacement: except as provided\n  - pattern: TLP:WHITE\n    ignoreCase: false\n    replacement: TLP:CLEAR\n    replacementKind: fix\n',
      origin,
    );
    assert.deepEqual(problems, []);
    assert.equal(playbook?.ruleId, 'playbook/bars');
    assert.equal(playbook?.severity, 'error');
    assert.deepEqual(playbook?.check, {
      kind: 'wording',
      entries: [
        { pattern: { source: 'under no circumstances', ignoreCase: true }, replacement: 'except as provided', replacementKind: 'suggestion' },
        { pattern: { source: 'TLP:WHITE', ignoreCase: false }, replacement: 'TLP:CLEAR', replacementKind: 'fix' },
      ],
    });
  });

  test('a required field with a dotted path, values, pattern and placeholder', () => {
    const { playbook, problems } = parsePlaybook("kind: required-field\nmessage: Say who owns it.\nfield: review.owner\nvalues: [OGC, IA]\npattern: '^[A-Z]+$'\nplaceholder: '[OWNER]'\n", origin);
    assert.deepEqual(problems, []);
    assert.deepEqual(playbook?.check, { kind: 'required-field', field: 'review.owner', values: ['OGC', 'IA'], pattern: { source: '^[A-Z]+$', ignoreCase: true }, placeholder: '[OWNER]' });
  });

  test('the origin may be a URI, a POSIX or a Windows path; problems name the display path when given', () => {
    assert.equal(playbookDocsUri('file:///a/b.yaml'), 'file:///a/b.yaml');
    assert.equal(playbookDocsUri('/a/my team/b.yaml'), 'file:///a/my%20team/b.yaml');
    assert.equal(playbookDocsUri('C:\\team\\b.yaml'), 'file:///C:/team/b.yaml');
    const r = parsePlaybook('kind: wording\n', '/abs/x.yaml', { display: 'x.yaml' });
    assert.equal(r.problems[0]?.file, 'x.yaml');
  });

  test('a byte-order mark is read past, and positions still count it', () => {
    const r = parsePlaybook('\uFEFFkind: wording\nmessage: m\nwording:\n  - pattern: "a(?=b)"\n', origin);
    assert.equal(r.playbook, undefined);
    assert.equal(r.problems[0]?.line, 4);
    assert.equal(r.problems[0]?.column, 14);
    assert.equal(r.problems[0]?.start, 1 + 'kind: wording\nmessage: m\nwording:\n  - pattern: '.length);
  });
});

/** [what, playbook text, expected "line:col: message" lines (messages as patterns)] */
const problemCases: [string, string, [string, RegExp][]][] = [
  ['not YAML', 'kind: wording\nmessage: [unclosed\n', [['2:10', /not valid YAML/]]],
  ['empty file', '', [['1:1', /empty; it needs at least the keys "kind" and "message"/]]],
  ['a list, not a mapping', '- kind: wording\n', [['1:1', /must be a YAML mapping/]]],
  ['missing kind and message', 'severity: error\n', [['1:1', /needs the key "kind": required-provision, wording or required-field/], ['1:1', /needs the key "message"/]]],
  ['unknown kind', 'kind: wurding\nmessage: m\n', [['1:7', /"kind" is "wurding"; use one of: required-provision, wording, required-field/]]],
  ['unknown severity', 'kind: wording\nmessage: m\nseverity: loud\nwording:\n  - pattern: x\n', [['3:11', /"severity" is "loud"; use one of: error, warning, information, hint/]]],
  ['unknown top-level key', 'kind: wording\nmessage: m\ncolour: red\nwording:\n  - pattern: x\n', [['3:1', /unknown key "colour"; the keys allowed here are: name, description, kind/]]],
  ['a key of another kind', 'kind: wording\nmessage: m\nfield: handling\nwording:\n  - pattern: x\n', [['3:1', /"field" does not belong in a wording playbook/]]],
  ['a wording playbook without wording', 'kind: wording\nmessage: m\n', [['1:1', /needs the key "wording"/]]],
  ['empty wording list', 'kind: wording\nmessage: m\nwording: []\n', [['3:10', /"wording" is an empty list/]]],
  ['wording entry without pattern', 'kind: wording\nmessage: m\nwording:\n  - message: x\n', [['4:5', /"wording\[0\]" needs the key "pattern"/]]],
  ['name not kebab-case', 'name: My Check\nkind: wording\nmessage: m\nwording:\n  - pattern: x\n', [['1:7', /"name" is "My Check"; write it in kebab-case/]]],
  ['file stem not kebab-case and no name', 'kind: wording\nmessage: m\nwording:\n  - pattern: x\n', [['1:1', /no "name", and its file name "Bad Name" is not kebab-case.*name: bad-name/]]],
  ['require with neither template nor pattern', 'kind: required-provision\nmessage: m\nrequire: {}\n', [['3:10', /"require" needs "template", "pattern" or both/]]],
  ['when.classification not a level', 'kind: required-provision\nmessage: m\nwhen:\n  classification: SEKRET\nrequire:\n  template: x\n', [['4:19', /"when.classification" is "SEKRET"; use one of: UNCLASSIFIED, RESTRICTED, CONFIDENTIAL, SECRET, TOP SECRET/]]],
  ['when.data a string, not a list', 'kind: required-provision\nmessage: m\nwhen:\n  data: biographic\nrequire:\n  template: x\n', [['4:9', /"when.data" should be a list, not "biographic"/]]],
  ['field not a dotted path', 'kind: required-field\nmessage: m\nfield: "a..b"\n', [['3:8', /write a dotted path of front-matter keys/]]],
  ['a backreference', 'kind: wording\nmessage: m\nwording:\n  - pattern: "(a)\\\\1"\n', [['4:14', /not valid RE2 syntax.*Backreferences \(\\1\) are not supported/]]],
  ['a lookahead', 'kind: wording\nmessage: m\nwording:\n  - pattern: x\n  - pattern: "shall(?! not)"\n', [['5:14', /Lookahead and lookbehind .* are not supported/]]],
  ['a lookbehind in a required provision', "kind: required-provision\nmessage: m\nrequire:\n  pattern: '(?<=privacy )act'\n", [['4:12', /Lookahead and lookbehind/]]],
  ['an unclosed bracket in a field pattern', "kind: required-field\nmessage: m\nfield: handling\npattern: '[abc'\n", [['4:10', /missing closing \]/]]],
  ['a pattern matching empty text', "kind: wording\nmessage: m\nwording:\n  - pattern: 'x*'\n", [['4:14', /matches empty text/]]],
  ['schema and pattern problems together, in file order', "kind: wording\nmessage: m\nwording:\n  - pattern: '(?=a)'\n    colour: red\n", [['4:14', /Lookahead/], ['5:5', /unknown key "colour"/]]],
];

describe('parsePlaybook: problems name line, column, what is wrong and what is allowed', () => {
  for (const [what, text, expected] of problemCases) {
    test(what, () => {
      const file = what.startsWith('file stem') ? '/team/Bad Name.yaml' : origin;
      const { playbook, problems } = parsePlaybook(text, file);
      assert.equal(playbook, undefined, 'no playbook from a file with problems');
      assert.deepEqual(
        problems.map((p) => `${p.line}:${p.column}`),
        expected.map(([at]) => at),
        problems.map(formatConfigProblem).join('\n'),
      );
      problems.forEach((p, i) => assert.match(p.message, expected[i]![1]));
      for (const p of problems) assert.equal(formatConfigProblem(p), `${file}:${p.line}:${p.column}: ${p.message}`);
    });
  }
});

test('the generated validator is up to date with schemas/agreement-lint-playbook.schema.json', () => {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'gen-validators.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});
