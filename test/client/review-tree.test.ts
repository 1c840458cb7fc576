/**
 * The "Agreement Review" view's tree, built from a review without VS Code
 * (client/src/review-tree.ts): which nodes, in which order, with which icons, descriptions, click
 * targets and inline fixes, and which nodes a new review redraws; then from the core's reviews of
 * the example draft and of the real agreements beside the clone.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { buildReviewTree, changedNodes, flowSentence, indexTree, md, messageTree, missingCount, type ReviewNode } from '../../client/src/review-tree.js';
import { reviewDraft } from '../../server/src/core/index.js';
import type { Review } from '../../server/src/core/review/types.js';
import { examplesDir } from '../helpers/paths.js';
import { missingRealText, realAgreements } from '../helpers/real-agreements.js';
import { review } from './review-fixture.js';

const tree = buildReviewTree(review);
const byId = indexTree(tree);
const node = (id: string): ReviewNode => {
  const n = byId.get(id)?.node;
  assert.ok(n, `node ${id} (have: ${[...byId.keys()].join(', ')})`);
  return n;
};
/** A deep copy of the fixture, to change. */
const copy = (): Review => JSON.parse(JSON.stringify(review)) as Review;

describe('review tree: nodes', () => {
  test('the top level: summary, the three checklists, provisions, flows, conflicts, suppressions', () => {
    assert.deepEqual(
      tree.map((n) => n.id),
      ['summary', 'checklist/dissemination', 'checklist/privacy', 'checklist/classified', 'provisions', 'flows', 'conflicts', 'suppressions'],
    );
    assert.deepEqual(tree.map((n) => n.label).slice(1, 4), ['Use and dissemination', 'Personal data (Privacy Act handling)', 'Classified information (formal terms)']);
  });

  test('every id is unique in the tree', () => {
    const ids: string[] = [];
    const walk = (ns: ReviewNode[]) => ns.forEach((n) => (ids.push(n.id), walk(n.children)));
    walk(tree);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(byId.size, ids.length);
  });

  test('the summary holds the front matter and the finding counts', () => {
    const s = node('summary');
    assert.equal(s.description, review.summary.title);
    assert.equal(node('summary/parties').description, 'Government of the United States of America; Government of the Republic of Freedonia');
    assert.equal(node('summary/classification').description, 'SECRET');
    assert.equal(node('summary/classification').icon?.id, 'lock');
    assert.equal(node('summary/data').description, 'biographic, biometric, travel-documents');
    assert.equal(node('summary/findings').description, '0 errors, 5 warnings, 1 information');
    assert.equal(node('summary/findings').icon?.id, 'warning');
  });

  test('a front matter without a value says so, rather than showing nothing', () => {
    const r = copy();
    delete r.summary.classification;
    r.summary.parties = [];
    const t = indexTree(buildReviewTree(r));
    assert.equal(t.get('summary/classification')?.node.description, 'not stated in the front matter');
    assert.equal(t.get('summary/classification')?.node.icon?.id, 'unlock');
    assert.equal(t.get('summary/parties')?.node.description, 'not stated in the front matter');
  });

  test('each element shows its state by icon and description', () => {
    const present = node('item/privacy/purpose');
    assert.deepEqual(present.icon, { id: 'pass', color: 'testing.iconPassed' });
    assert.equal(present.description, 'Article 6(2)');
    assert.equal(present.contextValue, 'reviewItem.present');
    const missing = node('item/privacy/redress');
    assert.deepEqual(missing.icon, { id: 'warning', color: 'problemsWarningIcon.foreground' });
    assert.equal(missing.description, 'missing');
    const na = node('item/privacy/us-persons');
    assert.deepEqual(na.icon, { id: 'circle-slash', color: 'disabledForeground' });
    assert.equal(na.description, 'not applicable');
    assert.equal(na.contextValue, 'reviewItem.not-applicable');
  });

  test('the tooltip says why and where', () => {
    const present = node('item/privacy/authority');
    assert.match(present.tooltip!, /Privacy Act or applicable privacy law\*\* — present/);
    assert.match(present.tooltip!, /Article 6\\\(1\\\): “in accordance with the Privacy Act of 1974”/);
    assert.match(present.tooltip!, /Annex A\\\(2\\\)/);
    assert.match(node('item/privacy/redress').tooltip!, /No clause lets an individual seek access to or correction of a record\\\./);
    assert.match(node('item/privacy/us-persons').tooltip!, /The United States is not a party to the draft/);
  });

  test('a click goes to the first clause that supplies an element; several clauses are listed under it', () => {
    const authority = node('item/privacy/authority');
    assert.deepEqual(authority.target, { range: review.checklists[1]!.items[0]!.where[0]!.range });
    assert.equal(authority.description, 'Article 6(1), Annex A(2)');
    assert.deepEqual(authority.children.map((c) => [c.label, c.description]), [
      ['Article 6(1)', 'in accordance with the Privacy Act of 1974'],
      ['Annex A(2)', 'subject to the Privacy Act'],
    ]);
    assert.deepEqual(authority.children[1]!.target, { range: review.checklists[1]!.items[0]!.where[1]!.range });
    assert.equal(node('item/privacy/purpose').children.length, 0, 'one clause: no list under the element');
  });

  test('a missing element with a standard fix gets the inline fix action, and a click goes to its finding', () => {
    const missing = node('item/privacy/redress');
    assert.equal(missing.contextValue, 'reviewItem.missing.fixable');
    assert.deepEqual(missing.fix, review.checklists[1]!.items[2]!.fix);
    assert.deepEqual(missing.target, { span: { start: 3812, end: 3840 } });
    assert.match(missing.tooltip!, /Fix: Add the missing privacy elements \\\(redress\\\)/);
    const r = copy();
    const range = { start: { line: 38, character: 12 }, end: { line: 38, character: 40 } };
    r.checklists[1]!.items[2]!.fix!.range = range;
    assert.deepEqual(indexTree(buildReviewTree(r)).get('item/privacy/redress')!.node.target, { range }, 'the finding\'s range, when the server gives it');
    const noFix = node('item/dissemination/calibrated');
    assert.equal(noFix.contextValue, 'reviewItem.missing');
    assert.equal(noFix.target, undefined, 'nothing to go to');
  });

  test('a checklist counts what is present and missing; one that does not apply says so and stays closed', () => {
    const privacy = node('checklist/privacy');
    assert.equal(privacy.description, '2 of 3 present, 1 missing');
    assert.equal(privacy.icon?.id, 'warning');
    assert.equal(privacy.expanded, true);
    assert.match(privacy.tooltip!, /applies to this draft\.\n\nThe front matter names biographic and biometric data\\\./);
    const classified = node('checklist/classified');
    assert.equal(classified.description, 'does not apply');
    assert.equal(classified.icon?.id, 'circle-slash');
    assert.equal(classified.expanded, false);
    const r = copy();
    r.checklists[1]!.items[2]!.state = 'present';
    r.checklists[1]!.items[2]!.where = [{ citation: 'Article 8', span: { start: 1, end: 2 }, range: { start: { line: 50, character: 0 }, end: { line: 50, character: 1 } }, quote: 'x' }];
    const done = indexTree(buildReviewTree(r)).get('checklist/privacy')!.node;
    assert.equal(done.description, '3 of 3 present');
    assert.equal(done.icon?.id, 'pass');
  });

  test('the missing count counts only checklists that apply', () => {
    assert.equal(missingCount(review), 2);
  });

  test('dissemination provisions carry their verdict and go to their clause', () => {
    const p = node('provisions');
    assert.equal(p.description, '1 over-restrictive, 1 calibrated');
    assert.deepEqual(p.children.map((c) => [c.label, c.description, c.icon?.id]), [
      ['Article 3(1)', 'over-restrictive — Bars passing the information to any third party and to other agencies, with no route to consent.', 'warning'],
      ['Article 4(2)', 'calibrated — Requires consent for disclosure to a third State.', 'pass'],
    ]);
    const r = copy();
    r.provisions[0]!.reading = 'Article 3(1) limits use of the information to the purpose of the request.';
    const row = indexTree(buildReviewTree(r)).get('provision/Article 3(1)')!.node;
    assert.equal(row.description, 'over-restrictive — limits use of the information to the purpose of the request.', 'the citation is not repeated');
    assert.deepEqual(p.children[0]!.target, { range: review.provisions[0]!.place.range });
    assert.match(p.children[0]!.tooltip!, /Bars passing the information to any third party/);
  });

  test('flows: from whom, then what, then to whom, with the condition and the clause', () => {
    const flows = node('flows');
    assert.equal(flows.description, '3 permitted, 1 forbidden');
    assert.deepEqual(flows.children.map((c) => [c.label, c.description]), [
      ['the Receiving Party', '3 flows'],
      ['Freedonia', '1 flow'],
    ]);
    const what = flows.children[0]!.children;
    assert.deepEqual(what.map((c) => c.label), ['Screening Information']);
    assert.deepEqual(what[0]!.children.map((c) => [c.label, c.description, c.icon?.id]), [
      ['to other agencies of the receiving government', 'no condition · Article 4(1)', 'arrow-right'],
      ['to third states, international bodies', "with the providing Party's consent · Article 4(2)", 'arrow-right'],
      ['not to any third party, other agencies of the receiving government', 'forbidden · Article 3(1)', 'circle-slash'],
    ]);
    const courts = flows.children[1]!.children[0]!.children[0]!;
    assert.equal(courts.description, 'after notice to the providing Party · Article 6(3)');
    assert.deepEqual(courts.target, { range: review.flows[3]!.place.range });
  });

  test('a flow reads as a sentence in its tooltip', () => {
    assert.equal(flowSentence(review.flows[1]!), "Article 4(2): the Receiving Party may pass Screening Information to third states, international bodies, with the providing Party's consent, for counter-terrorism.");
    assert.equal(flowSentence(review.flows[2]!), 'Article 3(1): the Receiving Party may not pass Screening Information to any third party, other agencies of the receiving government.');
    assert.equal(flowSentence(review.flows[0]!), 'Article 4(1): the Receiving Party may pass Screening Information to other agencies of the receiving government, on no condition.');
  });

  test('a conflict names both clauses and lists both flows', () => {
    const c = node('conflicts');
    assert.equal(c.description, '1 conflict');
    assert.equal(c.icon?.id, 'error');
    const one = c.children[0]!;
    assert.equal(one.label, 'Article 3(1) forbids what Article 4(1) permits');
    assert.deepEqual(one.children.map((x) => x.label), ['Article 4(1): to other agencies of the receiving government', 'Article 3(1): not to any third party, other agencies of the receiving government']);
    const none = indexTree(buildReviewTree({ ...review, conflicts: [] })).get('conflicts')!.node;
    assert.equal(none.description, 'none found');
    assert.equal(none.icon?.id, 'pass');
  });

  test('suppressions show their justification, and flag one without', () => {
    const s = node('suppressions');
    assert.equal(s.description, '2 suppressions, 1 without justification');
    assert.deepEqual(s.children.map((c) => [c.label, c.description, c.icon?.id]), [
      ['over-restricted-dissemination', 'Article 7(1) — High-value biometric holdings: the partner insists.', 'comment'],
      ['unused-term', 'Article 1 — no justification', 'warning'],
    ]);
  });

  test('two nodes of the same name get distinct ids', () => {
    const r = copy();
    r.provisions.push(r.provisions[0]!);
    const ids = buildReviewTree(r).find((n) => n.id === 'provisions')!.children.map((c) => c.id);
    assert.deepEqual(ids, ['provision/Article 3(1)', 'provision/Article 4(2)', 'provision/Article 3(1)#2']);
  });

  test('the draft\'s words cannot make links or markup in a tooltip', () => {
    assert.equal(md('see [here](http://x) *now* <b>'), 'see \\[here\\]\\(http://x\\) \\*now\\* \\<b\\>');
    const r = copy();
    r.provisions[0]!.place.quote = '[click](command:workbench.action.terminal.new)';
    const tip = indexTree(buildReviewTree(r)).get('provision/Article 3(1)')!.node.tooltip!;
    assert.doesNotMatch(tip, /[^\\]\[click\]\(command/);
  });

  test('a message tree is one node that says why there is no review', () => {
    const t = messageTree('unavailable', 'The language server does not offer the review');
    assert.equal(t.length, 1);
    assert.equal(t[0]!.id, 'message/unavailable');
    assert.equal(t[0]!.children.length, 0);
  });
});

describe('review tree: what a new review redraws', () => {
  test('the same review redraws nothing', () => {
    assert.deepEqual(changedNodes(tree, buildReviewTree(copy())), { root: false, changed: [] });
  });

  test('from nothing, or to a message, the whole tree', () => {
    assert.deepEqual(changedNodes([], tree), { root: true, changed: [] });
    assert.deepEqual(changedNodes(tree, messageTree('x', 'y')), { root: true, changed: [] });
    assert.deepEqual(changedNodes(tree, []), { root: true, changed: [] });
  });

  test('a supplied element redraws its checklist (and, with it, the element), nothing else', () => {
    const r = copy();
    const item = r.checklists[1]!.items[2]!;
    item.state = 'present';
    delete item.fix;
    item.where = [{ citation: 'Article 8(1)', span: { start: 1, end: 2 }, range: { start: { line: 50, character: 0 }, end: { line: 50, character: 1 } }, quote: 'x' }];
    assert.deepEqual(changedNodes(tree, buildReviewTree(r)), { root: false, changed: ['checklist/privacy'] });
  });

  test('one more finding redraws only the findings row of the summary', () => {
    const r = copy();
    r.summary.findings.warning++;
    assert.deepEqual(changedNodes(tree, buildReviewTree(r)), { root: false, changed: ['summary/findings'] });
  });

  test('a line typed above a clause moves its place: only the nodes that go there are redrawn', () => {
    const r = copy();
    const moved = r.checklists[1]!.items[1]!.where[0]!;
    moved.range.start.line++;
    moved.range.end.line++;
    assert.deepEqual(changedNodes(tree, buildReviewTree(r)), { root: false, changed: ['item/privacy/purpose'] });
  });

  test('a new flow redraws the flows group only', () => {
    const r = copy();
    r.flows.push({ ...r.flows[3]!, to: ['the public'], condition: 'never', permitted: false });
    assert.deepEqual(changedNodes(tree, buildReviewTree(r)), { root: false, changed: ['flows'] });
  });
});

describe('review tree: from the core\'s reviews', () => {
  test('the example draft: missing privacy and classified elements carry the inline fix, Article 3(1) is over-restrictive', () => {
    const text = fs.readFileSync(path.join(examplesDir, 'screening-information.agreement.md'), 'utf8');
    const t = indexTree(buildReviewTree(reviewDraft(text).review));
    for (const list of ['checklist/privacy', 'checklist/classified']) {
      const missing = t.get(list)!.node.children.filter((c) => c.contextValue?.startsWith('reviewItem.missing'));
      assert.ok(missing.length > 0, `${list} has missing elements`);
      for (const m of missing) assert.equal(m.contextValue, 'reviewItem.missing.fixable', `${m.id}: the standard article supplies it`);
    }
    const provisions = t.get('provisions')!.node.children;
    assert.ok(provisions.some((p) => p.label === 'Article 3(1)' && p.description?.startsWith('over-restrictive')));
  });

  test('every real agreement: a tree with unique ids, every click inside the text, and a second build that redraws nothing', (t) => {
    const why = missingRealText();
    if (why) return t.skip(why);
    for (const a of realAgreements()) {
      const review = reviewDraft(a.text).review;
      const roots = buildReviewTree(review);
      const ids: string[] = [];
      const lines = a.text.split(/\r\n|\r|\n/).length;
      const walk = (ns: ReviewNode[]) =>
        ns.forEach((n) => {
          ids.push(n.id);
          if (n.target && 'range' in n.target) assert.ok(n.target.range.end.line < lines, `${a.name}: ${n.id} points inside the text`);
          if (n.target && 'span' in n.target) assert.ok(n.target.span.end <= a.text.length, `${a.name}: ${n.id} points inside the text`);
          walk(n.children);
        });
      walk(roots);
      assert.equal(new Set(ids).size, ids.length, `${a.name}: unique ids`);
      assert.deepEqual(changedNodes(roots, buildReviewTree(reviewDraft(a.text).review)), { root: false, changed: [] }, `${a.name}: the same text, the same tree`);
    }
  });
});
