/**
 * Running playbooks over drafts: each kind firing and not firing, `when` conditions, fixes (each
 * removes its finding, adds none, and passes the re-reading check), severity overrides, the rule
 * id and link, suppression, the incremental analyzer, and a pathological pattern on a 1 MB draft.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, applyEdits, createAnalyzer, createFixVerifier, parsePlaybook, parseSeveritySettings, type Finding, type Playbook } from '../../../server/src/core/index.js';
import { applies, classificationRank } from '../../../server/src/core/playbooks/evaluate.js';
import { readFrontMatter } from '../../../server/src/core/model.js';

function playbook(yaml: string, file = '/team/.agreement-lint/playbooks/check.yaml'): Playbook {
  const { playbook, problems } = parsePlaybook(yaml, file);
  assert.deepEqual(problems, []);
  return playbook!;
}

function draft(frontMatter: string, body: string): string {
  return `---\ntitle: Arrangement on Screening Information\n${frontMatter}---\n\n# Arrangement on Screening Information\n\n${body}`;
}

const article1 = '## Article 1 — Purpose\n\n1. The Parties shall exchange terrorism screening information.\n';
const finalArticle = '## Article 2 — Entry into Force\n\n1. This Arrangement enters into force on signature.\n';

function ofPlaybooks(text: string, playbooks: readonly Playbook[], rules: Record<string, 'off' | 'error' | 'warning' | 'information' | 'hint'> = {}): Finding[] {
  return analyze(text, { playbooks, rules }).findings.filter((f) => f.ruleId.startsWith('playbook/'));
}

/** Applies a finding's first fix of `kind`, checks the re-reading accepts it, and returns the new text. */
function applyFix(text: string, playbooks: readonly Playbook[], finding: Finding, kind: 'fix' | 'suggestion'): string {
  const fix = finding.fixes.find((f) => f.kind === kind);
  assert.ok(fix, `a ${kind} is offered: ${JSON.stringify(finding.fixes.map((f) => f.title))}`);
  assert.ok(createFixVerifier(text, { playbooks }).acceptsFix(fix), 'the re-reading check accepts it');
  return applyEdits(text, fix.edits);
}

const pdArticle = playbook(
  'name: pd-article\ndescription: Personal data needs our article\nkind: required-provision\nmessage: The draft exchanges personal data but has no data-protection article.\nwhen:\n  data: [biographic, biometric]\nrequire:\n  template: protection-of-personal-data\n',
);

describe('required provision', () => {
  test('fires when the front matter matches and no article holds the template; the fix inserts it and the finding goes', () => {
    const text = draft('partner: the Republic of Freedonia\ndata: [biographic]\n', article1 + '\n' + finalArticle);
    const found = ofPlaybooks(text, [pdArticle]);
    assert.equal(found.length, 1);
    const f = found[0]!;
    assert.equal(f.ruleId, 'playbook/pd-article');
    assert.equal(f.severity, 'warning');
    assert.equal(f.docsUri, 'file:///team/.agreement-lint/playbooks/check.yaml');
    assert.equal(f.message, 'The draft exchanges personal data but has no data-protection article.');
    assert.equal(f.range.start.line, 6, 'on the title heading');
    assert.ok(f.fixes.every((x) => x.kind === 'suggestion'), 'inserting an article is a suggestion');
    const fixed = applyFix(text, [pdArticle], f, 'suggestion');
    assert.match(fixed, /## Article 2 — Protection of Personal Data[\s\S]*## Article 3 — Entry into Force/);
    assert.deepEqual(ofPlaybooks(fixed, [pdArticle]), [], 'the inserted article satisfies the playbook');
  });

  test('does not fire when the front matter does not match', () => {
    assert.deepEqual(ofPlaybooks(draft('data: [financial-transactions]\n', article1), [pdArticle]), []);
    assert.deepEqual(ofPlaybooks(draft('', article1), [pdArticle]), []);
  });

  test('a clause or element template is held by one clause; a pattern by any paragraph', () => {
    const safeguarding = playbook('kind: required-provision\nmessage: The confidentiality clause is required.\nrequire:\n  template: safeguarding-confidentiality\n  pattern: protect(ed)? (it )?from (public|unauthori[sz]ed) disclosure\n');
    const text = draft('', article1);
    assert.equal(ofPlaybooks(text, [safeguarding]).length, 1);
    const withPattern = draft('', article1 + '2. Information received shall be protected from public disclosure.\n');
    assert.deepEqual(ofPlaybooks(withPattern, [safeguarding]), []);
    const fixed = applyFix(text, [safeguarding], ofPlaybooks(text, [safeguarding])[0]!, 'suggestion');
    assert.deepEqual(ofPlaybooks(fixed, [safeguarding]), [], 'the inserted template text is held');
  });

  test('an unknown template id is reported as such, with no fix', () => {
    const bad = playbook('kind: required-provision\nmessage: m\nrequire:\n  template: no-such-template\n');
    const found = ofPlaybooks(draft('', article1), [bad]);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /requires the clause template "no-such-template", which is neither built in nor among the team's templates/);
    assert.deepEqual(found[0]!.fixes, []);
  });
});

describe('when: conditions on the front matter', () => {
  const fm = (yaml: string) => readFrontMatter(`---\n${yaml}---\n`);
  const cases: [string, Parameters<typeof applies>[0], string, boolean][] = [
    ['no condition', undefined, '', true],
    ['partner in the list, "the" and case aside', { partner: ['Republic of Freedonia', 'Sylvania'] }, 'partner: the republic of  Freedonia\n', true],
    ['partner not in the list', { partner: ['Sylvania'] }, 'partner: the Republic of Freedonia\n', false],
    ['no partner given', { partner: ['Sylvania'] }, '', false],
    ['a party by short name', { party: ['Freedonia'] }, 'parties:\n  - name: Government of the Republic of Freedonia\n    short: Freedonia\n', true],
    ['data category listed', { data: ['Biometric'] }, 'data: [biographic, biometric]\n', true],
    ['data category absent', { data: ['biometric'] }, 'data: [financial]\n', false],
    ['classification above the level', { classification: 'CONFIDENTIAL' }, 'classification: SECRET\n', true],
    ['classification at the level, with caveats', { classification: 'SECRET' }, 'classification: SECRET//REL TO USA, FRE\n', true],
    ['classification below the level', { classification: 'SECRET' }, 'classification: CONFIDENTIAL\n', false],
    ['NATO and COSMIC levels rank as their level', { classification: 'TOP SECRET' }, 'classification: COSMIC TOP SECRET\n', true],
    ['an unranked classification meets no level', { classification: 'UNCLASSIFIED' }, 'classification: OFFICIAL\n', false],
    ['all conditions must hold', { data: ['biographic'], classification: 'SECRET' }, 'data: [biographic]\nclassification: CONFIDENTIAL\n', false],
  ];
  for (const [what, when, yaml, expected] of cases) test(what, () => assert.equal(applies(when, fm(yaml)), expected));
  test('the level order', () => {
    assert.deepEqual(['UNCLASSIFIED', 'RESTRICTED', 'NATO CONFIDENTIAL', 'SECRET', 'TOP SECRET//SCI', 'secret', 'Official', undefined].map(classificationRank), [0, 1, 2, 3, 4, 3, -1, -1]);
  });
});

const bars = playbook(
  "name: bars\nkind: wording\nmessage: '\"{match}\" makes the restriction absolute.'\nwording:\n  - pattern: under (no|any) circumstances\n    replacement: except as this Article provides\n  - pattern: TLP:WHITE\n    ignoreCase: false\n    replacement: TLP:CLEAR\n    replacementKind: fix\n    message: TLP 2.0 calls it TLP:CLEAR.\n  - pattern: 'for the (specific|particular) request of (\\w+)'\n    replacement: for the purposes of $2's request ($$)\n",
);

describe('wording', () => {
  test('each match is a finding on its own words, with its message; nothing where nothing matches', () => {
    const text = draft('', '## Article 1 — Use\n\n1. Information shall not be disseminated Under No Circumstances.\n2. Information marked TLP:WHITE or tlp:white may be shared.\n');
    const found = ofPlaybooks(text, [bars]);
    assert.deepEqual(
      found.map((f) => [f.range.start.line, f.range.start.character, f.range.end.character, f.message]),
      [
        [8, 41, 63, '"Under No Circumstances" makes the restriction absolute.'],
        [9, 22, 31, 'TLP 2.0 calls it TLP:CLEAR.'],
      ],
    );
    assert.deepEqual(ofPlaybooks(draft('', article1), [bars]), []);
  });

  test('a replacement is a suggestion unless marked fix; groups and $$ are filled in', () => {
    const text = draft('', '## Article 1 — Use\n\n1. Information marked TLP:WHITE is used only for the specific request of Freedonia, under no circumstances otherwise.\n');
    const found = ofPlaybooks(text, [bars]);
    assert.equal(found.length, 3);
    const [tlp, request, absolute] = found;
    assert.deepEqual(tlp!.fixes.map((f) => [f.kind, f.edits[0]!.newText]), [['fix', 'TLP:CLEAR']]);
    assert.deepEqual(request!.fixes.map((f) => [f.kind, f.edits[0]!.newText]), [['suggestion', "for the purposes of Freedonia's request ($)"]]);
    assert.deepEqual(absolute!.fixes.map((f) => [f.kind, f.edits[0]!.newText]), [['suggestion', 'except as this Article provides']]);
    const once = applyFix(text, [bars], tlp!, 'fix');
    assert.match(once, /marked TLP:CLEAR is used/);
    assert.equal(ofPlaybooks(once, [bars]).length, 2, 'the finding fixed is gone, the others stay');
    // A replacement that makes another rule report something is not offered: here, the clause
    // would still limit the information to one request, which the built-in rule then reports.
    const under = ofPlaybooks(once, [bars]).find((f) => f.message.includes('under no'))!;
    assert.equal(createFixVerifier(once, { playbooks: [bars] }).acceptsFix(under.fixes[0]!), false);
  });

  test('a match across emphasis is reported, but no replacement is offered for it', () => {
    const text = draft('', '## Article 1 — Use\n\n1. Information shall be shared under **no** circumstances.\n');
    const found = ofPlaybooks(text, [bars]);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.fixes, []);
  });

  test('when applies to wording too', () => {
    const scoped = playbook("kind: wording\nmessage: m\nwhen:\n  partner: [Sylvania]\nwording:\n  - pattern: screening\n");
    assert.equal(ofPlaybooks(draft('partner: Sylvania\n', article1), [scoped]).length, 1);
    assert.equal(ofPlaybooks(draft('partner: Freedonia\n', article1), [scoped]).length, 0);
  });
});

describe('required field', () => {
  const owner = playbook("name: owner\nkind: required-field\nmessage: 'The front matter must name the responsible office in \"{field}\" (found: {value}).'\nfield: owner\nvalues: [OGC, IA]\nplaceholder: '[OFFICE]'\n");
  const nested = playbook("kind: required-field\nmessage: 'review.date must be a date, not \"{value}\".'\nfield: review.date\npattern: '^\\d{4}-\\d{2}-\\d{2}$'\n");

  test('missing: a finding on the front matter, with a suggestion that adds the field', () => {
    const text = draft('partner: Freedonia\n', article1);
    const found = ofPlaybooks(text, [owner]);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    assert.equal(found[0]!.message, 'The front matter must name the responsible office in "owner" (found: ).');
    const fixed = applyFix(text, [owner], found[0]!, 'suggestion');
    assert.match(fixed, /^---\ntitle: .*\npartner: Freedonia\nowner: "\[OFFICE\]"\n---\n/);
    assert.deepEqual(ofPlaybooks(fixed, [owner]).map((f) => [f.range.start.line, f.message]), [[3, found[0]!.message]], 'the placeholder, unfilled, still counts as missing');
  });

  test('present and allowed (case aside): nothing; not allowed: a finding on the value', () => {
    assert.deepEqual(ofPlaybooks(draft('owner: ogc\n', article1), [owner]), []);
    const found = ofPlaybooks(draft('owner: Treasury\n', article1), [owner]);
    assert.deepEqual(found.map((f) => [f.range.start.line, f.range.start.character, f.range.end.character, f.message]), [[2, 7, 15, 'The front matter must name the responsible office in "owner" (found: Treasury).']]);
  });

  test('a dotted path and a pattern', () => {
    assert.deepEqual(ofPlaybooks(draft('review:\n  date: 2026-12-01\n', article1), [nested]), []);
    const found = ofPlaybooks(draft('review:\n  date: next week\n', article1), [nested]);
    assert.deepEqual(found.map((f) => [f.range.start.line, f.range.start.character, f.message]), [[3, 8, 'review.date must be a date, not "next week".']]);
    assert.equal(ofPlaybooks(draft('', article1), [nested]).length, 1, 'missing');
    assert.deepEqual(ofPlaybooks(draft('', article1), [nested])[0]!.fixes, [], 'no placeholder, no fix');
  });

  test('a draft without front matter gets a suggestion that adds one', () => {
    const text = '# Arrangement\n\n' + article1;
    const found = ofPlaybooks(text, [owner]);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.fixes.map((f) => f.edits[0]!.newText), ['---\nowner: "[OFFICE]"\n---\n\n']);
  });
});

describe('severity, rule id, suppression, caching', () => {
  const text = draft('', '## Article 1 — Use\n\n1. Information shall not be disseminated under any circumstances.\n');

  test('the rules setting overrides a playbook severity, or turns it off, by its id', () => {
    const { rules, problems } = parseSeveritySettings({ 'playbook/bars': 'error', 'playbook/other-team-check': 'off' });
    assert.deepEqual(problems, []);
    assert.deepEqual(rules, { 'playbook/bars': 'error', 'playbook/other-team-check': 'off' });
    assert.equal(ofPlaybooks(text, [bars], rules)[0]!.severity, 'error');
    assert.deepEqual(ofPlaybooks(text, [bars], { 'playbook/bars': 'off' }), []);
    const bad = parseSeveritySettings({ 'playbook/Not Kebab': 'off', 'no-such-rule': 'off' });
    assert.deepEqual(bad.rules, {});
    assert.match(bad.problems[0]!, /"playbook\/Not Kebab", which is not a playbook id/);
    assert.match(bad.problems[1]!, /unknown rule "no-such-rule"/);
  });

  test('a suppression comment naming the playbook id silences it', () => {
    const suppressed = draft('', '## Article 1 — Use\n\n<!-- agreement-lint-disable-next-line playbook/bars -- agreed with the partner -->\n1. Information shall not be disseminated under any circumstances.\n');
    assert.deepEqual(ofPlaybooks(suppressed, [bars]), []);
  });

  test('of two playbooks with one name, the later runs', () => {
    const later = playbook("name: bars\nkind: wording\nmessage: later\nwording:\n  - pattern: disseminated\n");
    assert.deepEqual(ofPlaybooks(text, [bars, later]).map((f) => f.message), ['later']);
  });

  test('the incremental analyzer gives what a fresh analysis gives, re-checking only the edited section', () => {
    const body = Array.from({ length: 30 }, (_, i) => `## Article ${i + 1} — Topic ${i + 1}\n\n1. Text of article ${i + 1}${i % 7 === 0 ? ', under no circumstances' : ''}.\n`).join('\n');
    const before = draft('data: [biographic]\n', body);
    const analyzer = createAnalyzer({ playbooks: [bars, pdArticle] });
    analyzer.analyze(before);
    const after = before.replace('1. Text of article 3.', '1. Text of article 3, under any circumstances.');
    const ran = analyzer.stats.sectionChecksRun;
    const incremental = analyzer.analyze(after).findings.filter((f) => f.ruleId.startsWith('playbook/'));
    assert.deepEqual(JSON.parse(JSON.stringify(incremental)), JSON.parse(JSON.stringify(ofPlaybooks(after, [bars, pdArticle]))));
    assert.equal(incremental.filter((f) => f.ruleId === 'playbook/bars').length, 6);
    const perSectionRules = analyzer.stats.sectionChecksRun - ran;
    const full = createAnalyzer({ playbooks: [bars, pdArticle] });
    full.analyze(after);
    assert.ok(perSectionRules < full.stats.sectionChecksRun / 10, `one section re-checked (${perSectionRules} section checks against ${full.stats.sectionChecksRun} for a fresh analysis)`);
  });
});

describe('pathological patterns run in linear time (no timed assertion: the result is checked)', () => {
  test('(a+)+b, (x*)*y and (a|aa)*c over a 1 MB draft of one long paragraph complete with the right findings', () => {
    const evil = playbook("kind: wording\nmessage: m\nwording:\n  - pattern: '(a+)+b'\n    ignoreCase: false\n  - pattern: '(x*)*y'\n    ignoreCase: false\n  - pattern: '(a|aa)*c'\n    ignoreCase: false\n");
    const long = 'a'.repeat(1024 * 1024);
    const text = draft('', `## Article 1 — Use\n\n1. ${long}\n2. ${'x'.repeat(1000)}y and aab.\n`);
    const found = ofPlaybooks(text, [evil]);
    assert.deepEqual(
      found.map((f) => [f.range.start.line, f.range.start.character, f.range.end.character]),
      [
        [9, 3, 1004],
        [9, 1009, 1012],
      ],
    );
  });

  test('a required provision and a required field with pathological patterns, on a 1 MB draft and a long value', () => {
    const provision = playbook("name: provision\nkind: required-provision\nmessage: m\nrequire:\n  pattern: '(a+)+b'\n  ignoreCase: false\n");
    const field = playbook("name: field\nkind: required-field\nmessage: 'bad {field}'\nfield: ref\npattern: '^(x*)*y$'\nignoreCase: false\n");
    const text = `---\nref: ${'x'.repeat(100_000)}\n---\n\n# Title\n\n## Article 1 — Use\n\n1. ${'a'.repeat(1024 * 1024)}\n`;
    assert.deepEqual(ofPlaybooks(text, [provision, field]).map((f) => [f.ruleId, f.range.start.line]).sort(), [
      ['playbook/field', 1],
      ['playbook/provision', 4],
    ]);
    const held = text.replace(/a\n$/, 'b\n').replace(/x\n---/, 'y\n---');
    assert.deepEqual(ofPlaybooks(held, [provision, field]), []);
  });
});
