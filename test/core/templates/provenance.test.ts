/**
 * Clause provenance: approval metadata of templates, the marker written by every insertion, the
 * status of a marked clause (approved, drifted, outdated, unknown), the restore and upgrade fixes
 * keeping the filled values, and the marker staying with its clause through edits and renumbering.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, applyEdits, buildModel, createLibrary, markedClauses, parseTemplate, templateSnippets, type ClauseTemplate } from '../../../server/src/core/index.js';
import { hover } from '../../../server/src/core/features/index.js';
import { createFixKit } from '../../../server/src/core/templates/fixkit.js';
import type { SpanFix } from '../../../server/src/core/types.js';

function apply(text: string, fix: SpanFix | undefined): string {
  assert.ok(fix, 'a fix is returned');
  return applyEdits(text, fix.edits.map((e) => ({ range: buildModel(text).index.range(e), newText: e.newText })));
}

const front = `---
title: Arrangement on Screening
type: arrangement
partner: the Republic of Freedonia
parties:
  - name: Government of the United States of America
    short: the United States
  - name: Government of the Republic of Freedonia
    short: Freedonia
handling: TLP:GREEN
---
`;

const teamNotice = (version: string, body: string, approved = '') => `---
id: notices
title: Notices to the partner
version: ${version}
kind: clause
fixes: []
placeholders: [PARTNER, HANDLING]
${approved}---
${body}
`;

function team(text: string): ClauseTemplate {
  const r = parseTemplate(text, '.agreement-lint/clauses/notices.md');
  assert.deepEqual(r.problems, []);
  return r.template!;
}

test('templates take approval metadata: who approved the version, and on which day', () => {
  const t = team(teamNotice('1.2.0', 'Notices go to {{PARTNER}} marked {{HANDLING}}.', 'approved:\n  by: Office of the Legal Adviser\n  date: 2026-03-31\n'));
  assert.deepEqual(t.approved, { by: 'Office of the Legal Adviser', date: '2026-03-31' });
  assert.equal(team(teamNotice('1.2.0', 'Notices go to {{PARTNER}} marked {{HANDLING}}.')).approved, undefined, 'optional');
});

test('broken approval metadata is reported naming the file, the field and its line', () => {
  const cases: [string, RegExp][] = [
    ['approved: yes\n', /The field "approved" should be a mapping with "by"/],
    ['approved:\n  date: 2026-03-31\n', /The field "approved" needs "by", naming who approved this version/],
    ['approved:\n  by: Counsel\n  date: 2026-02-30\n', /The "date" of the field "approved" should be a day written YYYY-MM-DD, such as 2026-03-31; it is "2026-02-30"/],
    ['approved:\n  by: Counsel\n  date: 31 March 2026\n', /should be a day written YYYY-MM-DD/],
    ['approved:\n  by: Counsel\n  date: 2026-03-31\n  signed: true\n', /The field "approved" has "signed", which it does not take/],
  ];
  for (const [field, message] of cases) {
    const r = parseTemplate(teamNotice('1.0.0', 'Notices go to {{PARTNER}} marked {{HANDLING}}.', field), '.agreement-lint/clauses/notices.md');
    assert.equal(r.template, undefined, field);
    assert.equal(r.problems.length, 1, field);
    const p = r.problems[0]!;
    assert.equal(p.origin, '.agreement-lint/clauses/notices.md');
    assert.equal(p.field, 'approved');
    assert.equal(p.line, 8, 'the line of the field in the file');
    assert.match(p.message, message);
  }
});

test('every kind of insertion writes the marker of its template and version', () => {
  const text = `${front}\n## Article 1 — Use\n\n1. Information received shall not be disseminated to any other agency.\n2. Each Party names a contact.\n\n## Article 2 — Personal Data\n\n1. The Parties exchange names.\n\n## Article 3 — Entry into Force\n\n1. This Arrangement enters into force on signature.\n`;
  const model = buildModel(text);
  const kit = createFixKit(model, createLibrary());
  // A clause: the marker on the line before the paragraph's label.
  const clause = apply(text, kit.replaceClause(model.clauses[0]!, 'balanced-dissemination'));
  assert.match(clause, /## Article 1 — Use\n\n<!-- clause: balanced-dissemination@1\.1\.0 -->\n1\. The receiving Party may use/);
  // Replaced again from another template: the marker is rewritten, not doubled.
  const again = buildModel(clause);
  const twice = apply(clause, createFixKit(again, createLibrary()).replaceClause(again.clauses[0]!, 'balanced-retention'));
  assert.match(twice, /## Article 1 — Use\n\n<!-- clause: balanced-retention@1\.0\.0 -->\n1\. The receiving Party may keep/);
  assert.equal(twice.match(/<!-- clause:/g)!.length, 1);
  // An element: the marker before each new paragraph.
  const element = apply(text, kit.insertIntoSection(model.sections.find((s) => s.label === 'Article 2')!, ['privacy-retention', 'privacy-security']));
  assert.match(element, /The Parties exchange names\.\n\n<!-- clause: privacy-retention@1\.0\.0 -->\n2\. Personal data shall be retained[^\n]*\n\n<!-- clause: privacy-security@1\.0\.0 -->\n3\. Each Party shall protect/);
  // An article: the marker is the first line after its heading, and moves with it.
  const article = apply(text, kit.insertArticle('safeguarding-confidentiality'));
  assert.match(article, /## Article 3 — Safeguarding and Confidentiality\n\n<!-- clause: safeguarding-confidentiality@1\.1\.0 -->\n1\. Each Party shall safeguard/);
  // An annex.
  const annex = apply(text, kit.insertArticle('classified-information-annex'));
  assert.match(annex, /## Annex A — Security of Classified Information\n\n<!-- clause: classified-information-annex@1\.0\.0 -->\nThis Annex forms/);
  // Each reads as approved, and the checks read nothing else into it.
  for (const out of [clause, twice, element, article, annex]) {
    const m = buildModel(out);
    assert.ok(markedClauses(m, createLibrary()).every((c) => c.status === 'approved'), out);
    assert.deepEqual(m.placeholders, [], 'a marker is no placeholder');
    assert.equal(m.clauses.some((c) => c.text.includes('<!--')), false, 'a marker is no clause text');
  }
  // Snippets (completion, the insert command) carry the marker in their text.
  const snippets = templateSnippets(model, createLibrary());
  assert.ok(snippets.every((s) => s.text.includes(s.marker) && s.marker === `<!-- clause: ${s.id}@${s.version} -->`));
});

test('in a list, the marked paragraph keeps its label and the paragraphs after it keep theirs', () => {
  const text = `${front}\n## Article 1 — Use\n\n1. Each Party names a contact.\n2. Information received shall not be disseminated to any other agency.\n3. Each Party bears its costs.\n`;
  const model = buildModel(text);
  const out = apply(text, createFixKit(model, createLibrary()).replaceClause(model.clauses[1]!, 'balanced-dissemination'));
  assert.match(out, /1\. Each Party names a contact\.\n<!-- clause: balanced-dissemination@1\.1\.0 -->\n2\. The receiving Party/);
  assert.deepEqual(buildModel(out).clauses.map((c) => c.citation), ['Article 1(1)', 'Article 1(2)', 'Article 1(3)']);
  const marked = markedClauses(buildModel(out), createLibrary());
  assert.deepEqual(marked.map((c) => [c.citation, c.status]), [['Article 1(2)', 'approved']]);
});

test('in tracked-changes mode the marker is written plainly, the clause as a tracked change', () => {
  const text = `${front}\n## Article 1 — Use\n\n1. Information received shall not be disseminated to any other agency.\n`;
  const model = buildModel(text);
  const out = apply(text, createFixKit(model, createLibrary(), { asTrackedChanges: true }).replaceClause(model.clauses[0]!, 'balanced-dissemination'));
  assert.match(out, /\n<!-- clause: balanced-dissemination@1\.1\.0 -->\n1\. \{~~Information received/);
  assert.deepEqual(markedClauses(buildModel(out), createLibrary()).map((c) => c.status), ['approved'], 'read with the change accepted');
  const article = apply(text, createFixKit(model, createLibrary(), { asTrackedChanges: true }).insertArticle('safeguarding-confidentiality'));
  assert.match(article, /## \{\+\+Article 2 — Safeguarding and Confidentiality\+\+\}\n\n<!-- clause: safeguarding-confidentiality@1\.1\.0 -->\n1\. \{\+\+Each Party/);
  assert.deepEqual(markedClauses(buildModel(article), createLibrary()).map((c) => c.status), ['approved']);
});

test('status: approved, drifted, outdated and unknown, against built-in and team templates', () => {
  const v1 = team(teamNotice('1.0.0', 'Notices go to {{PARTNER}} and carry the label {{HANDLING}}.'));
  const v2 = team(teamNotice('2.0.0', 'Notices go to {{PARTNER}} in writing and carry the label {{HANDLING}}.', 'approved:\n  by: Office of the Legal Adviser\n  date: 2026-03-31\n'));
  const text = `${front}\n## Article 4 — Notices\n\n<!-- clause: notices@1.0.0 -->\n1. Notices go to the Foreign Ministry of Freedonia and carry the label TLP:AMBER.\n\n<!-- clause: notices@1.0.0 -->\n2. Notices go promptly to the Foreign Ministry of Freedonia and carry the label TLP:AMBER.\n\n<!-- clause: somebody-elses@3.0.0 -->\n3. Each Party bears its costs.\n`;
  const m = buildModel(text);
  const now = markedClauses(m, createLibrary([v1]));
  assert.deepEqual(now.map((c) => [c.citation, c.status]), [['Article 4(1)', 'approved'], ['Article 4(2)', 'drifted'], ['Article 4(3)', 'unknown']]);
  assert.deepEqual(now[0]!.values, { PARTNER: 'the Foreign Ministry of Freedonia', HANDLING: 'TLP:AMBER' }, 'values read back from the text, not the front matter');
  assert.equal(text.slice(now[1]!.changed!.start, now[1]!.changed!.end), 'promptly');
  const later = markedClauses(m, createLibrary([v2]));
  assert.deepEqual(later.map((c) => c.status), ['outdated', 'outdated', 'unknown']);
  // A library older than the marker: unknown, and no finding.
  assert.deepEqual(markedClauses(buildModel(text.replace(/notices@1\.0\.0/g, 'notices@3.0.0')), createLibrary([v2])).map((c) => c.status), ['unknown', 'unknown', 'unknown']);
  // The rule: a finding for the drifted one; with the newer library, an upgrade for both, naming the approval.
  const findings = (templates: ClauseTemplate[]) => analyze(text, { templates, rules: { 'leftover-placeholder': 'off' } }).findings.filter((f) => f.ruleId === 'clause-provenance');
  assert.deepEqual(findings([v1]).map((f) => f.range.start.line + 1), [19]);
  const upgrades = findings([v2]);
  assert.equal(upgrades.length, 2);
  assert.match(upgrades[0]!.message, /holds version 1\.0\.0 of the standard clause "Notices to the partner" \(notices\); the clause library now holds version 2\.0\.0, approved by Office of the Legal Adviser on 2026-03-31/);
  assert.equal(upgrades[0]!.fixes[0]!.title, 'Upgrade "Notices to the partner" to version 2.0.0, keeping the filled values');
  assert.equal(upgrades[0]!.fixes[0]!.kind, 'suggestion');
  const upgraded = applyEdits(text, upgrades[0]!.fixes[0]!.edits);
  assert.match(upgraded, /<!-- clause: notices@2\.0\.0 -->\n1\. Notices go to the Foreign Ministry of Freedonia in writing and carry the label TLP:AMBER\.\n/, 'the values kept, the new wording written');
  // Restore keeps the values too.
  const restore = findings([v1])[0]!.fixes[0]!;
  assert.match(restore.title, /^Restore the approved text of "Notices to the partner" \(version 1\.0\.0\), keeping the filled values$/);
  assert.match(applyEdits(text, restore.edits), /<!-- clause: notices@1\.0\.0 -->\n2\. Notices go to the Foreign Ministry of Freedonia and carry the label TLP:AMBER\.\n/);
});

test('provenance survives edits elsewhere, and an article inserted before the clause: the marker stays with it', () => {
  const text = `${front}\n## Article 1 — Scope\n\n1. The Parties exchange screening information, as Article 2 provides.\n\n## Article 2 — Use\n\n1. Information received shall not be disseminated to any other agency.\n\n## Article 3 — Entry into Force\n\n1. This Arrangement enters into force on signature.\n`;
  const m0 = buildModel(text);
  const withClause = apply(text, createFixKit(m0, createLibrary()).replaceClause(m0.clauses[1]!, 'balanced-dissemination'));
  // Edits elsewhere: another article reworded, a paragraph added before, the title changed.
  const edited = withClause
    .replace('The Parties exchange screening information', 'The Parties exchange terrorism screening information')
    .replace('## Article 2 — Use\n\n', '## Article 2 — Use of Information\n\n');
  let m = buildModel(edited);
  assert.deepEqual(markedClauses(m, createLibrary()).map((c) => [c.citation, c.status]), [['Article 2(1)', 'approved']]);
  // A whole article inserted before it (renumbering Article 2 to 3 and the reference to it).
  const inserted = apply(edited, createFixKit(m, createLibrary()).insertArticle('protection-of-personal-data'));
  const renumbered = apply(inserted, (() => {
    // Another insertion before Article 2: the new article takes number 2, the marked one becomes 3.
    const mm = buildModel(inserted);
    return createFixKit(mm, createLibrary()).insertArticle('safeguarding-confidentiality');
  })());
  m = buildModel(renumbered);
  const statuses = markedClauses(m, createLibrary()).map((c) => [c.templateId, c.citation, c.status]);
  assert.deepEqual(statuses, [
    ['balanced-dissemination', 'Article 2(1)', 'approved'],
    ['protection-of-personal-data', 'Article 3', 'approved'],
    ['safeguarding-confidentiality', 'Article 4', 'approved'],
  ]);
  // Now an article before the marked clause: insert at the start of the articles by hand, with the
  // renumbering the snippet gives (the insert command's path).
  const at = renumbered.indexOf('## Article 2 — Use of Information');
  const snippet = templateSnippets(m, createLibrary(), at).find((s) => s.id === 'safeguarding-confidentiality')!;
  const index = m.index;
  const before = applyEdits(renumbered, [{ range: index.range({ start: at, end: at }), newText: `${snippet.text}\n\n` }, ...snippet.edits!.map((e) => ({ range: index.range(e), newText: e.newText }))]);
  const after = markedClauses(buildModel(before), createLibrary());
  const dissemination = after.find((c) => c.templateId === 'balanced-dissemination')!;
  assert.equal(dissemination.citation, 'Article 3(1)', 'the marker moved with its clause into the renumbered article');
  assert.equal(dissemination.status, 'approved');
  assert.match(before, /as Article 3 provides/);
  assert.deepEqual(analyze(before).findings.filter((f) => f.ruleId === 'clause-provenance'), []);
});

test('hover over a drifted clause shows the word-level difference from the approved text', () => {
  const text = `${front}\n## Article 3 — Use\n\n<!-- clause: balanced-retention@1.0.0 -->\n1. The receiving Party may keep information received under this Arrangement for six months, in accordance with its laws on the keeping of records, and shall handle it according to the handling label it carries for as long as it keeps it.\n`;
  const m = buildModel(text);
  const pos = m.index.position(text.indexOf('six months'));
  const h = hover(m, pos, createLibrary())!;
  assert.equal(h.contents.kind, 'markdown');
  assert.match(h.contents.value, /^\*\*Changed from the approved text\*\* of "Retention of received information" \(balanced-retention@1\.0\.0\)\./);
  assert.match(h.contents.value, /~~for as long as it is needed for the purposes~~ for ~~which it may be used under this Arrangement~~ \*\*six months\*\*/);
  // An approved clause says so; without a library (an adapter that passes none), no provenance hover.
  const ok = buildModel(text.replace('for six months', 'for as long as it is needed for the purposes for which it may be used under this Arrangement'));
  assert.match(hover(ok, ok.index.position(ok.text.indexOf('in accordance')), createLibrary())!.contents.value, /^\*\*Standard clause\*\* "Retention of received information" \(balanced-retention@1\.0\.0\): the text reads as this version/);
  assert.equal(hover(m, pos), undefined);
});

test('a value written with a capital because it opened a sentence is kept in lower case where the new wording needs it mid-sentence', () => {
  const v1 = team(teamNotice('1.0.0', '{{PARTNER}} keeps the notices. Each notice is marked {{HANDLING}}.').replace(/placeholders: .*/, 'placeholders: [PARTNER, HANDLING]'));
  const v2 = team(teamNotice('2.0.0', '{{PARTNER}} keeps the notices in a register. Each notice is marked {{HANDLING}} and goes to {{PARTNER}} alone.'));
  const text = `${front}\n## Article 4 — Notices\n\n<!-- clause: notices@1.0.0 -->\n1. The receiving Party keeps the notices. Each notice is marked TLP:AMBER.\n`;
  assert.deepEqual(markedClauses(buildModel(text), createLibrary([v1])).map((c) => [c.status, c.values]), [['approved', { PARTNER: 'the receiving Party', HANDLING: 'TLP:AMBER' }]]);
  const upgrade = analyze(text, { templates: [v2] }).findings.find((f) => f.ruleId === 'clause-provenance')!;
  assert.match(applyEdits(text, upgrade.fixes[0]!.edits), /<!-- clause: notices@2\.0\.0 -->\n1\. The receiving Party keeps the notices in a register\. Each notice is marked TLP:AMBER and goes to the receiving Party alone\.\n/);
});

test('markers in odd places: nothing throws, and every fix of the rule converges', () => {
  const retention =
    'The receiving Party may keep information received under this Arrangement for ninety days, in accordance with its laws on the keeping of records, and shall handle it according to the handling label it carries for as long as it keeps it.';
  const drafts = [
    // A marker with nothing after it, at the end of the draft and before a heading.
    `${front}\n## Article 1 — Use\n\n<!-- clause: balanced-retention@1.0.0 -->\n`,
    `${front}\n## Article 1 — Use\n\n<!-- clause: balanced-retention@1.0.0 -->\n\n## Article 2 — More\n\n1. Text.\n`,
    // Two markers in a row; a marker in a quote; an indented one in a list item; CRLF line ends.
    `${front}\n## Article 1 — Use\n\n<!-- clause: balanced-retention@1.0.0 -->\n<!-- clause: balanced-dissemination@1.1.0 -->\n1. ${retention}\n`,
    `${front}\n## Article 1 — Use\n\n> <!-- clause: balanced-retention@1.0.0 -->\n> 1. ${retention}\n`,
    `${front}\n## Article 1 — Use\n\n1. Each Party names a contact.\n\n   <!-- clause: balanced-retention@1.0.0 -->\n   (a) ${retention}\n`,
    `${front}\n## Article 1 — Use\n\n<!-- clause: balanced-retention@1.0.0 -->\n1. ${retention}\n`.replace(/\n/g, '\r\n'),
    // Inside a tracked change, a marker is text being proposed, and a marker inline in a paragraph is no marker.
    `${front}\n## Article 1 — Use\n\n1. ${retention} <!-- clause: balanced-retention@1.0.0 -->\n`,
    `${front}\n## Article 1 — Use\n\n{++<!-- clause: balanced-retention@1.0.0 -->++}\n1. ${retention}\n`,
    // An article marker whose article lost every paragraph; a version with a suffix.
    `${front}\n## Article 1 — Safeguarding and Confidentiality\n\n<!-- clause: safeguarding-confidentiality@1.1.0 -->\n\n## Article 2 — More\n\n1. Text.\n`,
    `${front}\n## Article 1 — Use\n\n<!-- clause: balanced-retention@1.0.0-rc.1 -->\n1. ${retention}\n`,
  ];
  for (const text of drafts) {
    const before = analyze(text, { onRuleError: (_id, e) => { throw e; } }).findings;
    for (const f of before.filter((x) => x.ruleId === 'clause-provenance')) {
      for (const fix of f.fixes) {
        const after = analyze(applyEdits(text, fix.edits)).findings;
        const key = (x: { ruleId: string; message: string }) => `${x.ruleId}|${x.message}`;
        const old = new Set(before.map(key));
        assert.deepEqual(after.filter((x) => !old.has(key(x))).map(key), [], `fix "${fix.title}" on:\n${text}`);
        assert.equal(after.some((x) => key(x) === key(f)), false, `fix "${fix.title}" left its finding`);
      }
    }
    markedClauses(buildModel(text), createLibrary());
  }
  // The inline comment is no marker; the quoted and indented ones are.
  assert.deepEqual(markedClauses(buildModel(drafts[6]!), createLibrary()), []);
  assert.deepEqual(markedClauses(buildModel(drafts[3]!), createLibrary()).map((c) => c.status), ['drifted']);
  assert.deepEqual(markedClauses(buildModel(drafts[4]!), createLibrary()).map((c) => [c.citation, c.status]), [['Article 1(1)(a)', 'drifted']]);
});

test('a replaced clause on the first line after a byte-order mark gets its marker after the mark, the same from a cached section', async () => {
  const { createAnalyzer } = await import('../../../server/src/core/index.js');
  const clause = 'Information received shall not be passed to any other agency without the prior written consent of the providing Party in each case.';
  const withMark = `\ufeff${clause}\n`;
  const fixOf = (findings: ReturnType<typeof analyze>['findings']) => findings.find((f) => f.ruleId === 'over-restricted-dissemination')?.fixes?.[0];
  const fresh = fixOf(analyze(withMark).findings);
  const fixed = apply(withMark, fresh && { title: fresh.title, kind: fresh.kind, edits: fresh.edits.map((e) => ({ ...buildModel(withMark).index.span(e.range), newText: e.newText })) } as SpanFix);
  assert.ok(fixed.startsWith('\ufeff<!-- clause: balanced-dissemination@'), 'the mark stays first and the marker follows it');
  // The same draft reached by typing the mark before a reviewed clause: the same fix.
  const analyzer = createAnalyzer();
  analyzer.analyze(`${clause}\n`);
  assert.deepEqual(fixOf(analyzer.analyze(withMark).findings)?.edits, fresh?.edits);
});
