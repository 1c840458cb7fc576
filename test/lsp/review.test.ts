/**
 * The reviewer's requests over real JSON-RPC: `agreementLint/review` answers the draft's review
 * (checklists with present, missing and not-applicable items, provisions, flows and conflicts,
 * suppressions with their justification), null for a document that is not a draft; and
 * `agreementLint/reviewReport` answers the HTML or Markdown report, the same bytes twice.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LspClient } from '../helpers/lsp-client.js';
import type { Review } from '../../server/src/core/index.js';

const draft = `---
title: Arrangement on Watchlist Exchange
parties:
  - name: Government of the United States of America
    short: the United States
  - name: Government of the Republic of Freedonia
    short: Freedonia
data: [biographic]
handling: TLP:AMBER
---

# Arrangement on Watchlist Exchange

## Article 1 — Exchange

1. The Parties shall exchange names and dates of birth of known or suspected terrorists.

## Article 2 — Use

1. The Receiving Party may disseminate information received under this Arrangement within its government to any agency with counterterrorism responsibilities.

2. Information received under this Arrangement shall not be disseminated to any other agency under any circumstances.

## Article 3 — Protection of Personal Data

1. Personal data received under this Arrangement shall be used only for the purposes of this Arrangement.

2. Each Party shall protect personal data against unauthorised access and disclosure.

<!-- agreement-lint-disable-next-line leftover-placeholder -- the date is written in at signature -->
This Arrangement enters into force on [DATE].
`;

describe('review requests over stdio', () => {
  let client: LspClient;
  const uri = 'file:///tmp/review-test/watchlist.agreement.md';
  before(async () => {
    client = new LspClient();
    await client.initialize();
    await client.open(uri, draft);
    await client.diagnostics(uri, 1);
  });
  after(async () => {
    await client.shutdown();
  });

  test('agreementLint/review answers the checklists, flows, conflicts and suppressions', async () => {
    const review = (await client.connection.sendRequest('agreementLint/review', { uri })) as Review;
    assert.deepEqual(review.checklists.map((c) => c.id), ['dissemination', 'privacy', 'classified']);
    const privacy = review.checklists.find((c) => c.id === 'privacy')!;
    assert.equal(privacy.applies, true);
    const purpose = privacy.items.find((i) => i.id === 'privacy/purpose')!;
    assert.equal(purpose.state, 'present');
    assert.equal(purpose.where[0]!.citation, 'Article 3(1)');
    // The range a client jumps to is an LSP range of that clause.
    assert.equal(purpose.where[0]!.range.start.line, draft.split('\n').findIndex((l) => l.startsWith('1. Personal data received')));
    const redress = privacy.items.find((i) => i.id === 'privacy/redress')!;
    assert.equal(redress.state, 'missing');
    assert.equal(redress.fix?.ruleId, 'incomplete-privacy-act-handling');
    // The fix's range is where the editor published that finding, so its code action can be asked for there.
    const published = await client.diagnostics(uri, 1);
    assert.ok(published.some((d) => d.code === 'incomplete-privacy-act-handling' && JSON.stringify(d.range) === JSON.stringify(redress.fix!.range)));
    const classified = review.checklists.find((c) => c.id === 'classified')!;
    assert.equal(classified.applies, false);
    assert.ok(classified.items.every((i) => i.state === 'not-applicable' && i.why));
    assert.ok(review.flows.some((f) => f.permitted && f.to.includes('other authorities of the receiving government') && f.place.citation === 'Article 2(1)'));
    assert.equal(review.conflicts.length, 1);
    assert.equal(review.conflicts[0]!.forbids.place.citation, 'Article 2(2)');
    assert.equal(review.suppressions.length, 1);
    assert.deepEqual(review.suppressions[0]!.ruleIds, ['leftover-placeholder']);
    assert.equal(review.suppressions[0]!.justification, 'the date is written in at signature');
    assert.equal(review.summary.handling, 'TLP:AMBER');
    // The ban is over-restrictive: the editor shows that finding, whose fix settles the contradiction.
    const diagnostics = await client.diagnostics(uri, 1);
    assert.ok(diagnostics.some((d) => d.code === 'over-restricted-dissemination' && d.range.start.line === review.conflicts[0]!.forbids.place.range.start.line));
  });

  test('a document that is not a draft gets null', async () => {
    const other = 'file:///tmp/review-test/notes.md';
    await client.open(other, '# Notes\n\nNothing here.\n', 'markdown');
    assert.equal(await client.connection.sendRequest('agreementLint/review', { uri: other }), null);
    assert.equal(await client.connection.sendRequest('agreementLint/review', { uri: 'file:///tmp/review-test/closed.agreement.md' }), null);
  });

  test('agreementLint/reviewReport answers the report in either format, deterministically', async () => {
    const html = (await client.connection.sendRequest('agreementLint/reviewReport', { uri, format: 'html' })) as string;
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /Review report: Arrangement on Watchlist Exchange/);
    assert.doesNotMatch(html, /<script|https?:\/\//i);
    const again = await client.connection.sendRequest('agreementLint/reviewReport', { uri, format: 'html' });
    assert.equal(again, html);
    const md = (await client.connection.sendRequest('agreementLint/reviewReport', { uri, format: 'md' })) as string;
    assert.match(md, /^# Review report: Arrangement on Watchlist Exchange/);
    assert.match(md, /the date is written in at signature/);
    await assert.rejects(client.connection.sendRequest('agreementLint/reviewReport', { uri, format: 'pdf' }), /"html" or "md"/);
  });
});
