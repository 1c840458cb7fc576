/**
 * The library against the rules: fixing every finding of a draft with the standard templates
 * leaves no finding of a mission rule behind, adds none of any other rule, and keeps the text
 * before the first edit as it was; in tracked-changes mode too, and in CRLF drafts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, applyEdits, applyFirstFixes, type Finding } from '../../../server/src/core/index.js';

const mission = new Set([
  'over-restricted-dissemination',
  'missing-privacy-act-handling',
  'incomplete-privacy-act-handling',
  'classified-without-formal-terms',
  'incomplete-classified-terms',
  'missing-safeguarding',
]);

const drafts: [string, string][] = [
  [
    'nothing but an exchange of personal and classified data',
    `# Arrangement on the Exchange of Screening Information

## Article 1 — Exchange

1. The Parties shall exchange the names, dates of birth and passport numbers of known or suspected terrorists.
2. The Parties may also exchange classified information at the SECRET level.

## Article 2 — Entry into Force

This Arrangement enters into force on signature.
`,
  ],
  [
    'a restrictive use clause, thin privacy and partial classified terms',
    `---
type: agreement
parties:
  - name: Government of the United States of America
    short: the United States
  - name: Government of Freedonia
    short: Freedonia
---

# Agreement on Screening

## Article 1 — Exchange

1. The Parties shall exchange biographic and biometric data of known or suspected terrorists.

## Article 2 — Use

1. Information received under this Agreement shall be used solely for the purpose of the specific request and shall not be disseminated to any other agency under any circumstances.

## Article 3 — Protection of Personal Data

1. Personal data shall be processed in accordance with applicable privacy law.
2. Personal data shall be kept accurate and corrected without delay when found to be wrong.

## Article 4 — Classified Information

1. Classified information exchanged under this Agreement shall be accessible only to persons with a security clearance and a need to know.

## Article 5 — Entry into Force and Termination

1. This Agreement enters into force on signature; either Party may terminate it under paragraph 2 of Article 5.
2. Termination takes effect six months after notice.
`,
  ],
];

/** The missing elements a finding lists ("... does not address a; b; or c. ..."), and the rest of its text. */
function listed(key: string): { frame: string; items: string[] } | undefined {
  const m = /^([\s\S]*? does not address )([\s\S]*?)(\. [A-Z][a-z][\s\S]*|\.)$/.exec(key);
  return m ? { frame: `${m[1]}\u0000${m[3]}`, items: m[2]!.split(/; (?:or )?/) } : undefined;
}

/** Whether a finding lists fewer of the missing elements of a finding already known, and no others. */
function narrows(key: string, known: ReadonlySet<string>): boolean {
  const now = listed(key);
  return !!now && [...known].some((k) => {
    const was = listed(k);
    return !!was && was.frame === now.frame && now.items.length < was.items.length && now.items.every((i) => was.items.includes(i));
  });
}

function missionFindings(findings: readonly Finding[]): string[] {
  return findings.filter((f) => mission.has(f.ruleId)).map((f) => `${f.ruleId} ${f.range.start.line + 1}: ${f.message.slice(0, 120)}`);
}

for (const [name, draft] of drafts) {
  for (const crlf of [false, true]) {
    for (const tracked of [false, true]) {
      test(`fix all on ${name}${crlf ? ' (CRLF)' : ''}${tracked ? ' (tracked changes)' : ''} leaves no mission finding and adds nothing`, () => {
        const text = crlf ? draft.replace(/\n/g, '\r\n') : draft;
        const options = { fixesAsTrackedChanges: tracked };
        const before = analyze(text, options).findings;
        assert.ok(missionFindings(before).length >= 3, `the draft has mission findings: ${missionFindings(before).join('\n')}`);
        // Each mission finding has a fix from the library, applied alone: it converges.
        const key = (f: Finding) => `${f.ruleId}|${f.message}`;
        const known = new Set(before.map(key));
        for (const f of before.filter((x) => mission.has(x.ruleId))) {
          assert.ok(f.fixes.length > 0, `${f.ruleId} has a fix`);
          const fixed = applyEdits(text, f.fixes[0]!.edits);
          const after = analyze(fixed, options).findings;
          // A fix elsewhere may supply an element an "incomplete" finding listed: a shorter list is not a new finding.
          assert.deepEqual(after.filter((x) => !known.has(key(x)) && !narrows(key(x), known)).map(key), [], `"${f.fixes[0]!.title}" adds findings`);
          if (crlf) assert.equal(/(?<!\r)\n/.test(fixed), false, 'CRLF stays CRLF');
        }
        // Fixing everything, as often as fixes remain, ends with no mission finding at all.
        let current = text;
        for (let round = 0; round < 6; round++) {
          const { text: next, applied } = applyFirstFixes(current, analyze(current, options).findings.filter((f) => mission.has(f.ruleId)), { kinds: ['fix', 'suggestion'] });
          if (applied === 0) break;
          current = next;
        }
        assert.deepEqual(missionFindings(analyze(current, options).findings), []);
        const firstEdit = [...current].findIndex((c, i) => c !== text[i]);
        assert.ok(firstEdit > 0 && text.slice(0, firstEdit) === current.slice(0, firstEdit));
      });
    }
  }
}
