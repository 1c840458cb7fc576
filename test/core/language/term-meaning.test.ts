/**
 * Defined terms carry the categories of their definition (issue 17, item 2): a term whose
 * definition names personal data is personal data where it is used, and one whose definition names
 * classified information is classified material where it is used. Our own drafting throughout.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/src/core/index.js';
import { draftFacts } from '../../../server/src/core/language/facts.js';

const fm = `---
title: Arrangement on Screening Cooperation
parties:
  - name: Government of the United States of America
    short: the United States
  - name: Government of the Republic of Freedonia
    short: Freedonia
---
`;

function read(body: string) {
  const r = analyze(`${fm}\n${body}`);
  return { ids: r.findings.map((f) => f.ruleId), findings: r.findings, facts: draftFacts(r.model) };
}

const definitions = `## Article 1 — Definitions

1. "Screening Entries" means the biographic data of persons that a Party's border authority holds.
2. "Sensitive Holdings" means information that either Party has classified in the interest of its national security.

## Article 2 — Exchange

1. Each Party shall provide Screening Entries to the other on request.
2. The Parties may exchange Sensitive Holdings in support of this Arrangement.
`;

test('a clause that names personal data only by a defined term is about personal data', () => {
  const { ids, facts } = read(`${definitions}
## Article 3 — Protection

1. Each Party shall protect Screening Entries against unauthorised access and accidental loss, and shall notify the other Party of any breach.
`);
  assert.ok(facts.personal.some((p) => p.text === 'Screening Entries'), 'the uses of the term are places where personal data is named');
  assert.ok(facts.privacyElements.has('security'), 'protection of the term is security of personal data');
  assert.ok(!ids.includes('missing-privacy-act-handling'), 'the draft does handle personal data');
  const incomplete = read(`${definitions}\n## Article 3 — Protection\n\n1. Each Party shall protect Screening Entries against unauthorised access and accidental loss, and shall notify the other Party of any breach.\n`).findings.find(
    (f) => f.ruleId === 'incomplete-privacy-act-handling',
  );
  assert.ok(incomplete, 'the other elements are still asked for');
  assert.doesNotMatch(incomplete.message, /security of the data/);
});

test('without the definition, the same protection clause is not read as handling personal data', () => {
  const { facts } = read(`## Article 1 — Definitions

1. "Screening Entries" means the tariff codes that a Party's customs authority applies.

## Article 2 — Protection

1. Each Party shall protect Screening Entries against unauthorised access and accidental loss, and shall notify the other Party of any breach.
`);
  assert.equal(facts.personal.length, 0);
  assert.equal(facts.privacyElements.size, 0);
});

test('a term defined as classified information is classified material where it is used', () => {
  const { ids, findings, facts } = read(`${definitions}
## Article 3 — Protection

1. Each Party shall protect Screening Entries against unauthorised access and accidental loss, and shall notify the other Party of any breach.
2. Sensitive Holdings shall not be released to a third party without the written consent of the originating Party.
`);
  assert.ok(facts.classifiedElements.has('third-party'), 'originator consent for third-party release is a formal term for the defined classified material');
  assert.ok(!ids.includes('classified-without-formal-terms'));
  const incomplete = findings.find((f) => f.ruleId === 'incomplete-classified-terms');
  assert.ok(incomplete, 'the other formal terms are still asked for');
  assert.doesNotMatch(incomplete.message, /third part/);
});

test('a term used for classified material with no terms at all is reported where it is used', () => {
  const { findings } = read(`## Article 1 — Definitions

1. "Sensitive Holdings" means information that either Party has classified in the interest of its national security.

## Article 2 — Exchange

1. The Parties may exchange Sensitive Holdings in support of this Arrangement.
`);
  const c = findings.find((f) => f.ruleId === 'classified-without-formal-terms');
  assert.ok(c, 'classified material without formal terms');
});

test('a definition that excludes the category carries nothing', () => {
  const { facts } = read(`## Article 1 — Definitions

1. "Aggregate Figures" means statistics compiled by a Party that contain no personal data and no classified information.

## Article 2 — Exchange

1. Each Party shall provide Aggregate Figures to the other every quarter, and shall protect Aggregate Figures against unauthorised access.
`);
  assert.equal(facts.personal.filter((p) => p.text === 'Aggregate Figures').length, 0);
  assert.equal(facts.classified.filter((c) => c.text === 'Aggregate Figures').length, 0);
});
