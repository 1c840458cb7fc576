/**
 * The mission checks on the example draft: each rule's finding appears with its id, link and range,
 * its quick fix is offered, and applying it edits the draft and clears the finding. A rule not in
 * this build's registry is skipped, naming the rule.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyEdits, getRule } from '../../../server/src/core/index.js';
import { closeAll, copyOfExample, coreFindings, hasRule, ofRule, open, quickFixes, settled, skipUnless, toRange } from '../helpers.js';

/** Each mission rule, and the words of the example draft its finding must cover. */
const mission: { id: string; where: RegExp; what: string }[] = [
  { id: 'over-restricted-dissemination', where: /shall not be disseminated|any third party|under any circumstances|solely for the purpose/, what: 'the over-restrictive clause of Article 3(1)' },
  { id: 'missing-privacy-act-handling', where: /./, what: 'a draft exchanging biographic data with no Privacy Act handling' },
  { id: 'classified-without-formal-terms', where: /./, what: 'a SECRET draft without formal classified-information terms' },
];

describe('Mission checks in the editor', () => {
  afterEach(closeAll);

  for (const rule of mission) {
    it(`${rule.id}: reported on ${rule.what}, with id, link and range`, async function () {
      skipUnless(this, hasRule(rule.id), `rule ${rule.id}`);
      const { doc } = await open(await copyOfExample());
      await settled(doc);
      const diags = ofRule(doc.uri, rule.id);
      const expected = coreFindings(doc.getText(), rule.id);
      assert.ok(expected.length >= 1, `the core reports ${rule.id} on the example draft`);
      assert.equal(diags.length, expected.length);
      for (const d of diags) {
        assert.equal(d.source, 'agreement-lint');
        assert.ok(typeof d.code === 'object' && d.code.value === rule.id);
        assert.match((d.code as { target: vscode.Uri }).target.toString(), new RegExp(`/${rule.id}\\.md$`));
        assert.ok(d.message.length > 20, 'the message explains the finding');
        assert.ok(expected.some((f) => toRange(f.range).isEqual(d.range)), 'the range is the one the core reports');
      }
      assert.ok(diags.some((d) => rule.where.test(doc.getText(d.range)) || rule.where.test(doc.lineAt(d.range.start.line).text)), `a finding covers ${rule.what}`);
    });

    it(`${rule.id}: the quick fix edits the draft and clears the finding`, async function () {
      skipUnless(this, hasRule(rule.id), `rule ${rule.id}`);
      skipUnless(this, (getRule(rule.id)?.meta.fixable || getRule(rule.id)?.meta.hasSuggestions), `a fix for ${rule.id}`);
      const { doc } = await open(await copyOfExample());
      await settled(doc);
      const d = ofRule(doc.uri, rule.id).sort((a, b) => a.range.start.compareTo(b.range.start))[0];
      assert.ok(d, `a ${rule.id} finding`);
      const fixes = await quickFixes(doc.uri, d);
      assert.ok(fixes.length >= 1, 'a quick fix is offered');
      const core = coreFindings(doc.getText(), rule.id).find((f) => toRange(f.range).isEqual(d.range))!;
      assert.equal(fixes[0]!.title, core.fixes[0]!.title);
      const expected = applyEdits(doc.getText(), core.fixes[0]!.edits);
      const before = doc.getText();
      assert.ok(await vscode.workspace.applyEdit(fixes[0]!.edit!));
      assert.notEqual(doc.getText(), before, 'the draft changed');
      assert.equal(doc.getText(), expected, 'the editor applied what the core proposes');
      const count = ofRule(doc.uri, rule.id).length;
      await settled(doc, `the ${rule.id} finding to clear`);
      assert.ok(ofRule(doc.uri, rule.id).length < count, 'the finding is gone');
    });
  }
});
