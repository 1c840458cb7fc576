/**
 * The node layer's configuration: discovery (which files, in which order, where the search stops),
 * precedence (nearest wins, extends beneath the file, flags and settings on top), and every kind of
 * broken configuration reported with file, line, column, what is wrong and what is allowed.
 * Each case builds a folder tree on disk and resolves a draft in it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ConfigLoader, matchesGlobs, resolveExtends, type ResolvedConfig } from '../../server/src/node/config.js';
import { describeConfig, reviewedByConfig, severities, withOverrides } from '../../server/src/node/effective.js';
import { formatConfigProblem } from '../../server/src/core/problems.js';
import { tempDir } from '../helpers/tmp.js';

/** Writes `files` (path → text; a path ending in "/" is a folder) under a new repository root. */
function tree(files: Record<string, string>): string {
  const root = tempDir('agreement-lint-config');
  fs.mkdirSync(path.join(root, '.git'));
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(root, rel);
    if (rel.endsWith('/')) fs.mkdirSync(p, { recursive: true });
    else {
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, text);
    }
  }
  return root;
}

function resolve(root: string, draft: string, stopAt?: string) {
  const loader = new ConfigLoader((f) => path.relative(root, f).split(path.sep).join('/') || '.');
  const r = loader.resolve(path.join(root, draft), stopAt ? { stopAt: path.join(root, stopAt) } : {});
  return { ...r, loader, rel: (p: string) => path.relative(root, p).split(path.sep).join('/') };
}

describe('discovery and precedence', () => {
  const rows: { name: string; files: Record<string, string>; draft: string; stopAt?: string; rules: Record<string, string>; files_applied: string[] }[] = [
    {
      name: 'no configuration: built-in defaults',
      files: { 'a.agreement.md': '' },
      draft: 'a.agreement.md',
      rules: {},
      files_applied: [],
    },
    {
      name: 'the nearest file wins rule by rule; farther files still apply to other rules',
      files: {
        '.agreement-lint.yaml': 'rules:\n  leftover-placeholder: error\n  unused-term: hint\n',
        'team/.agreement-lint.yaml': 'rules:\n  unused-term: off\n',
      },
      draft: 'team/drafts/a.agreement.md',
      rules: { 'leftover-placeholder': 'error', 'unused-term': 'off' },
      files_applied: ['.agreement-lint.yaml', 'team/.agreement-lint.yaml'],
    },
    {
      name: 'root: true stops the search',
      files: {
        '.agreement-lint.yaml': 'rules:\n  leftover-placeholder: error\n',
        'team/.agreement-lint.yml': 'root: true\nrules:\n  unused-term: off\n',
      },
      draft: 'team/a.agreement.md',
      rules: { 'unused-term': 'off' },
      files_applied: ['team/.agreement-lint.yml'],
    },
    {
      name: 'the workspace folder stops the search (server)',
      files: { '.agreement-lint.yaml': 'rules:\n  leftover-placeholder: error\n', 'ws/.agreement-lint.json': '{"rules": {"unused-term": "hint"}}' },
      draft: 'ws/sub/a.agreement.md',
      stopAt: 'ws',
      rules: { 'unused-term': 'hint' },
      files_applied: ['ws/.agreement-lint.json'],
    },
    {
      name: 'a folder with .git stops the search (CLI)',
      files: { 'repo/.git/': '', 'repo/x/.agreement-lint.yaml': 'rules: {unused-term: hint}\n', '.agreement-lint.yaml': 'rules: {leftover-placeholder: off}\n' },
      draft: 'repo/x/a.agreement.md',
      rules: { 'unused-term': 'hint' },
      files_applied: ['repo/x/.agreement-lint.yaml'],
    },
    {
      name: 'extends is applied beneath the file that names it; later entries over earlier ones',
      files: {
        'base.yaml': 'rules:\n  unused-term: hint\n  leftover-placeholder: hint\n  undefined-term: hint\n',
        'strict.json': '{"rules": {"leftover-placeholder": "error", "undefined-term": "error"}}',
        '.agreement-lint.yaml': 'extends: [./base.yaml, ./strict.json]\nrules:\n  undefined-term: information\n',
      },
      draft: 'a.agreement.md',
      rules: { 'unused-term': 'hint', 'leftover-placeholder': 'error', 'undefined-term': 'information' },
      files_applied: ['base.yaml', 'strict.json', '.agreement-lint.yaml'],
    },
    {
      name: 'extends of a package file, found in node_modules above the configuration',
      files: {
        'node_modules/@agency/standards/agreement-lint.yaml': 'rules:\n  unresolved-comment: error\n',
        'team/.agreement-lint.yaml': 'extends: "@agency/standards/agreement-lint.yaml"\n',
      },
      draft: 'team/a.agreement.md',
      rules: { 'unresolved-comment': 'error' },
      files_applied: ['node_modules/@agency/standards/agreement-lint.yaml', 'team/.agreement-lint.yaml'],
    },
    {
      name: 'extends of a package folder means its .agreement-lint.yaml',
      files: { 'node_modules/standards/.agreement-lint.yaml': 'rules: {unused-term: error}\n', '.agreement-lint.yaml': 'extends: standards\n' },
      draft: 'a.agreement.md',
      rules: { 'unused-term': 'error' },
      files_applied: ['node_modules/standards/.agreement-lint.yaml', '.agreement-lint.yaml'],
    },
    {
      name: 'in one folder, .yaml is read before .yml and .json (only the first)',
      files: { '.agreement-lint.yaml': 'rules: {unused-term: hint}\n', '.agreement-lint.json': '{"rules": {"unused-term": "error"}}' },
      draft: 'a.agreement.md',
      rules: { 'unused-term': 'hint' },
      files_applied: ['.agreement-lint.yaml'],
    },
    {
      name: 'a rule written as an object with severity and options; a playbook rule id',
      files: { '.agreement-lint.yaml': 'rules:\n  unused-term: {severity: error, options: {}}\n  playbook/no-sole-purpose: warning\n' },
      draft: 'a.agreement.md',
      rules: { 'unused-term': 'error', 'playbook/no-sole-purpose': 'warning' },
      files_applied: ['.agreement-lint.yaml'],
    },
    {
      name: 'an empty file is a valid empty configuration',
      files: { '.agreement-lint.yaml': '' },
      draft: 'a.agreement.md',
      rules: {},
      files_applied: ['.agreement-lint.yaml'],
    },
  ];
  for (const row of rows) {
    test(row.name, () => {
      const root = tree(row.files);
      const r = resolve(root, row.draft, row.stopAt);
      assert.deepEqual(r.problems.map(formatConfigProblem), []);
      assert.deepEqual(severities(r.config), row.rules);
      assert.deepEqual(r.config.files.map(r.rel), row.files_applied);
    });
  }

  test('each value records the file it came from', () => {
    const root = tree({ '.agreement-lint.yaml': 'rules: {leftover-placeholder: error}\nhandlingCaveats: [LES]\n', 'team/.agreement-lint.yaml': 'rules: {unused-term: off}\n' });
    const { config, rel } = resolve(root, 'team/a.agreement.md');
    assert.equal(rel(config.rules['leftover-placeholder']!.source), '.agreement-lint.yaml');
    assert.equal(rel(config.rules['unused-term']!.source), 'team/.agreement-lint.yaml');
    assert.equal(rel(config.handlingCaveats!.source), '.agreement-lint.yaml');
    assert.deepEqual(config.handlingCaveats!.value, ['LES']);
  });

  test('templates and playbooks: the conventional folders and the listed ones, farthest first, paths relative to their file', () => {
    const root = tree({
      '.agreement-lint/clauses/a.md': '',
      '.agreement-lint/playbooks/one.yaml': '',
      'shared/clauses/': '',
      'shared/playbooks/two.yml': '',
      'shared/playbooks/notes.txt': '',
      'team/.agreement-lint.yaml': 'templates: [../shared/clauses]\nplaybooks: [../shared/playbooks, extra.yaml]\n',
      'team/extra.yaml': '',
      'team/.agreement-lint/clauses/b.md': '',
    });
    const { config, rel, problems } = resolve(root, 'team/a.agreement.md');
    assert.deepEqual(problems, []);
    assert.deepEqual(
      config.templateDirs.map((t) => [rel(t.value), t.source === 'default' ? 'default' : rel(t.source)]),
      [
        ['.agreement-lint/clauses', 'default'],
        ['team/.agreement-lint/clauses', 'default'],
        ['shared/clauses', 'team/.agreement-lint.yaml'],
      ],
    );
    assert.deepEqual(config.playbookFiles.map((p) => rel(p.value)), ['.agreement-lint/playbooks/one.yaml', 'shared/playbooks/two.yml', 'team/extra.yaml']);
  });

  test('include and exclude are relative to the folder of the file that sets them; the nearest setting replaces a farther one', () => {
    const root = tree({
      '.agreement-lint.yaml': 'include: ["**/*.md"]\n',
      'team/.agreement-lint.yaml': 'include: ["drafts/**/*.md"]\nexclude: ["drafts/archive/**"]\n',
    });
    const { config } = resolve(root, 'team/drafts/x.md');
    const at = (p: string) => path.join(root, p);
    assert.equal(reviewedByConfig(at('team/drafts/x.md'), config), true);
    assert.equal(reviewedByConfig(at('team/drafts/archive/old.md'), config), false, 'excluded');
    assert.equal(reviewedByConfig(at('team/drafts/archive/old.agreement.md'), config), false, 'exclude wins over the name');
    assert.equal(reviewedByConfig(at('team/notes.md'), config), false, 'outside the team include');
    assert.equal(reviewedByConfig(at('team/notes.agreement.md'), config), true, 'drafts by name are always reviewed');
    assert.equal(matchesGlobs(at('elsewhere/drafts/x.md'), config.include), false, 'relative to team/, not anywhere');
  });

  test('flags or settings apply on top of the files: a rule set there wins, caveats are added', () => {
    const root = tree({ '.agreement-lint.yaml': 'rules: {leftover-placeholder: error, unused-term: hint}\nhandlingCaveats: [LES]\n' });
    const { config } = resolve(root, 'a.agreement.md');
    const on = withOverrides(config, { rules: { value: { 'unused-term': 'off' }, source: 'VS Code settings' }, handlingCaveats: { value: ['NOFORN'], source: 'VS Code settings' } });
    assert.deepEqual(severities(on), { 'leftover-placeholder': 'error', 'unused-term': 'off' });
    assert.deepEqual(on.handlingCaveats!.value, ['LES', 'NOFORN']);
    const d = describeConfig(path.join(root, 'a.agreement.md'), on, (p) => path.relative(root, p) || '.');
    assert.equal(d.rules['unused-term']!.source, 'VS Code settings');
    assert.equal(d.rules['leftover-placeholder']!.source, '.agreement-lint.yaml');
    assert.equal(d.rules['missing-safeguarding']!.source, 'default');
    assert.equal(d.handlingCaveats.source, '.agreement-lint.yaml + VS Code settings');
    assert.deepEqual(severities(config), { 'leftover-placeholder': 'error', 'unused-term': 'hint' }, 'the resolved configuration itself is unchanged');
  });

  test('resolveExtends says how to write a file next to the configuration when a bare name is not a package', () => {
    const root = tree({ 'base.yaml': '' });
    const r = resolveExtends('base.yaml', root);
    assert.equal(typeof r, 'object');
    assert.match((r as { why: string }).why, /write "\.\/base\.yaml"/);
  });
});

describe('broken configuration: file, line, column, what is wrong and what is allowed', () => {
  const rows: { name: string; file: string; text: string; extra?: Record<string, string>; where: string; message: RegExp }[] = [
    { name: 'invalid YAML', file: '.agreement-lint.yaml', text: 'rules:\n  unused-term: [error\n', where: '.agreement-lint.yaml:3:1', message: /^This is not valid YAML: / },
    { name: 'invalid JSON', file: '.agreement-lint.json', text: '{\n  "rules": {"unused-term": "error",}\n}\n', where: '.agreement-lint.json:2:', message: /^This is not valid JSON: / },
    { name: 'JSON with a comment (valid YAML, not JSON)', file: '.agreement-lint.json', text: '{\n  "rules": {} # comment\n}\n', where: '.agreement-lint.json:', message: /not valid JSON/ },
    { name: 'a duplicate key', file: '.agreement-lint.yaml', text: 'rules: {}\nrules: {}\n', where: '.agreement-lint.yaml:2:1', message: /not valid YAML: Map keys must be unique/ },
    { name: 'an unknown key', file: '.agreement-lint.yaml', text: 'rules: {}\nseverity: error\n', where: '.agreement-lint.yaml:2:1', message: /^"severity" is not a configuration key; the keys are root, extends, rules, include, exclude, handlingCaveats, templates, playbooks\./ },
    { name: 'an unknown rule id', file: '.agreement-lint.yaml', text: 'rules:\n  leftover-placeholders: error\n', where: '.agreement-lint.yaml:2:3', message: /^"leftover-placeholders" is not a rule\. The rules are broken-cross-reference, .*leftover-placeholder, .*; a playbook's checks are playbook\/<name>\./ },
    { name: 'a wrong severity', file: '.agreement-lint.yaml', text: 'rules:\n  unused-term: fatal\n', where: '.agreement-lint.yaml:2:16', message: /^"fatal" is not a severity for rule "unused-term"; use error, warning, information, hint or off\./ },
    { name: 'a wrong severity in the object form', file: '.agreement-lint.yaml', text: 'rules:\n  unused-term:\n    severity: warn\n', where: '.agreement-lint.yaml:3:15', message: /^"warn" is not a severity; use error, warning, information, hint or off\./ },
    { name: 'the object form without severity', file: '.agreement-lint.yaml', text: 'rules:\n  unused-term: {options: {}}\n', where: '.agreement-lint.yaml:2:16', message: /needs "severity"/ },
    { name: 'a severity given as a number', file: '.agreement-lint.json', text: '{"rules": {"unused-term": 2}}', where: '.agreement-lint.json:1:27', message: /must be a severity \(error, warning, information, hint or off\) or an object .*; it is the number 2\./ },
    { name: 'options for a rule that takes none', file: '.agreement-lint.yaml', text: 'rules:\n  unused-term:\n    severity: error\n    options: {minLength: 3}\n', where: '.agreement-lint.yaml:4:14', message: /^Rule "unused-term" takes no options/ },
    { name: 'a bad playbook rule id', file: '.agreement-lint.yaml', text: 'rules:\n  playbook/: off\n', where: '.agreement-lint.yaml:2:3', message: /not a valid playbook rule id/ },
    { name: 'include given as one text', file: '.agreement-lint.yaml', text: 'include: "drafts/**/*.md"\n', where: '.agreement-lint.yaml:1:10', message: /^"include" must be a list of glob patterns; it is the text "drafts\/\*\*\/\*\.md"\./ },
    { name: 'root given as a text', file: '.agreement-lint.yaml', text: 'root: yes please\n', where: '.agreement-lint.yaml:1:7', message: /^"root" must be true or false/ },
    {
      name: 'aliases that expand without bound',
      file: '.agreement-lint.yaml',
      text: `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`).join('\n')}\n`,
      where: '.agreement-lint.yaml:1:1',
      message: /cannot be read as a configuration: .*alias/i,
    },
    { name: 'a list instead of a mapping', file: '.agreement-lint.yaml', text: '- rules\n', where: '.agreement-lint.yaml:1:1', message: /is a mapping of keys .* this file holds a list/ },
    { name: 'extends of a missing file', file: '.agreement-lint.yaml', text: 'extends: ./nowhere.yaml\n', where: '.agreement-lint.yaml:1:10', message: /^"extends" names "\.\/nowhere\.yaml", which does not exist/ },
    { name: 'extends of a missing package', file: '.agreement-lint.yaml', text: 'extends: [missing-package/config.yaml]\n', where: '.agreement-lint.yaml:1:11', message: /not found in node_modules .* install the package/ },
    { name: 'a template folder that does not exist', file: '.agreement-lint.yaml', text: 'templates:\n  - clauses\n', where: '.agreement-lint.yaml:2:5', message: /^"templates" names "clauses", which is not a folder/ },
    { name: 'a playbook that does not exist', file: '.agreement-lint.yaml', text: 'playbooks: [pb.yaml]\n', where: '.agreement-lint.yaml:1:13', message: /^"playbooks" names "pb\.yaml", which does not exist/ },
    {
      name: 'an extends cycle',
      file: '.agreement-lint.yaml',
      text: 'extends: ./a.yaml\n',
      extra: { 'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'rules: {}\nextends: ./a.yaml\n' },
      where: 'b.yaml:2:10',
      message: /^"extends" makes a cycle \(\.agreement-lint\.yaml → a\.yaml → b\.yaml → a\.yaml\)|^"extends" makes a cycle \(a\.yaml → b\.yaml → a\.yaml\)/,
    },
    { name: 'a configuration that extends itself', file: '.agreement-lint.yaml', text: 'extends: ./.agreement-lint.yaml\n', where: '.agreement-lint.yaml:1:10', message: /makes a cycle/ },
  ];
  for (const row of rows) {
    test(row.name, () => {
      const root = tree({ [row.file]: row.text, ...(row.extra ?? {}) });
      const { problems } = resolve(root, 'a.agreement.md');
      assert.equal(problems.length, 1, `one problem: ${problems.map(formatConfigProblem).join(' | ')}`);
      const line = formatConfigProblem(problems[0]!);
      assert.ok(line.startsWith(row.where), `${line} starts with ${row.where}`);
      assert.match(problems[0]!.message, row.message);
    });
  }

  test('an unreadable configuration file (here a folder named like one) is reported without a place', () => {
    const root = tree({ '.agreement-lint.yaml/': '' });
    const { problems, config } = resolve(root, 'a.agreement.md');
    assert.equal(problems.length, 1);
    assert.equal(formatConfigProblem(problems[0]!), '.agreement-lint.yaml: The configuration file cannot be read (it is a folder); a configuration is a readable YAML or JSON file of at most 1 MB. The file is ignored until it is corrected.');
    assert.deepEqual(config.files, []);
  });

  test('a file with several mistakes reports each once', () => {
    const root = tree({ '.agreement-lint.yaml': 'rules:\n  nope: error\n  unused-term: loud\ninclude: 3\n' });
    const { problems } = resolve(root, 'a.agreement.md');
    assert.deepEqual(
      problems.map((p) => `${p.line}:${p.column}`),
      ['2:3', '3:16', '4:10'],
    );
  });

  test('the last valid content of a file stays in force while it is broken; a file never valid counts as absent', () => {
    const root = tree({ '.agreement-lint.yaml': 'rules: {leftover-placeholder: error}\n' });
    const file = path.join(root, '.agreement-lint.yaml');
    const loader = new ConfigLoader();
    const draft = path.join(root, 'a.agreement.md');
    assert.deepEqual(severities(loader.resolve(draft).config), { 'leftover-placeholder': 'error' });
    fs.writeFileSync(file, 'rules: {leftover-placeholder: eror}\n');
    loader.invalidate();
    const broken = loader.resolve(draft);
    assert.deepEqual(severities(broken.config), { 'leftover-placeholder': 'error' }, 'the last good configuration');
    assert.match(broken.problems[0]!.message, /The last valid content of this file stays in force until it is corrected\.$/);
    fs.writeFileSync(file, 'rules: {leftover-placeholder: off}\n');
    loader.invalidate();
    const fixed = loader.resolve(draft);
    assert.deepEqual(fixed.problems, []);
    assert.deepEqual(severities(fixed.config), { 'leftover-placeholder': 'off' });

    const other = new ConfigLoader();
    fs.writeFileSync(file, 'rules: [\n');
    const never: ResolvedConfig = other.resolve(draft).config;
    assert.deepEqual(never.files, [], 'never valid: ignored');
  });
});
