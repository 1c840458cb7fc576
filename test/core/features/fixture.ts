/** Drafts and position helpers shared by the feature tests. */
import assert from 'node:assert/strict';
import { buildModel, type AgreementModel } from '../../../server/src/core/index.js';
import type { Position, Range } from '../../../server/src/core/types.js';

/** A short arrangement with definitions in three styles, cross-references and an annex. */
export const draft = `---
title: Arrangement on Travel Document Alerts
parties: [Alpha, Beta]
---

# Arrangement on the Exchange of Travel Document Alerts

## Preamble

The Ministry of Alpha and the Ministry of Beta (hereinafter "the Participants") have agreed as follows.

## Article 1 — Definitions

In this Arrangement:

1. "Travel Document Alert" means a notice that a passport has been lost or stolen.
2. **Contact Office** means the unit that each Participant names under Annex A.

## Article 2 — Exchange

1. Each Participant shall share every Travel Document Alert it issues.
2. A Contact Office shall answer a query within two working days:
   (a) by secure electronic mail; or
   (b) by a call to the duty officer.

### Exchange by courier

Paper copies travel by courier.

## Article 3 — Use

Travel Document Alerts may be used as paragraph 2 of Article 2 and Article 2(2)(b) allow; Article 7 does not exist.

## Annex A — Contact Offices

Each Participant lists its Contact Office here.
`;

/** The model of `text`. */
export function model(text = draft): AgreementModel {
  return buildModel(text);
}

/** Position of the `k`-th character of the `n`-th occurrence of `needle` in the model's text. */
export function at(m: AgreementModel, needle: string, k = 0, n = 1): Position {
  let i = -1;
  for (let j = 0; j < n; j++) i = m.text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `"${needle}" (occurrence ${n}) is in the draft`);
  return m.index.position(i + k);
}

/** The text a range covers. */
export function textOf(m: AgreementModel, range: Range): string {
  const s = m.index.span(range);
  return m.text.slice(s.start, s.end);
}
