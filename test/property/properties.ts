/**
 * The properties, shared by the test file (few cases) and scripts/fuzz.mjs (many). Each is a
 * fast-check property over generated drafts, mutated drafts or garbage, asserting the invariants
 * in invariants.ts for every registered rule.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, rules, type AnalyzeOptions, type SeveritySetting } from '../../server/src/core/index.js';
import { anyInputArb, draftArb, editArb, garbageArb, mutate, mutationArb, placeEdit } from './arbitraries.js';
import { analyseChecked, checkInvariants, incrementalFactory, checkRanges } from './invariants.js';
import { missingRealText } from '../helpers/real-agreements.js';
import { applyInOrder, treatyArb, treatyEdits, treatyMutationsArb, treatyText } from './treaties.js';

/** Options an analysis may run with: tracked-change fixes, and some rules set to other levels. */
function optionsArb(): fc.Arbitrary<AnalyzeOptions> {
  const levels: SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];
  return fc
    .tuple(fc.boolean(), fc.array(fc.tuple(fc.constantFrom(...rules.map((r) => r.meta.id)), fc.constantFrom(...levels)), { maxLength: 2 }))
    .map(([tracked, overrides]) => {
      const o: AnalyzeOptions = {};
      if (tracked) o.fixesAsTrackedChanges = true;
      if (overrides.length) o.rules = Object.fromEntries(overrides);
      return o;
    });
}

/** A named property, and how its cases are shown when one fails. */
export interface NamedProperty {
  name: string;
  /** Relative share of the cases (the fuzzer splits its budget by these weights). */
  weight: number;
  property: () => fc.IPropertyWithHooks<unknown[]> | fc.IProperty<unknown[]>;
  /** Set when the property cannot run yet, with the reason. */
  skip?: string;
  /** Set while known bugs make the property fail: it still runs and reports, but does not fail the run. */
  todo?: string;
}

const incremental = incrementalFactory();

export const properties: NamedProperty[] = [
  {
    name: 'generated drafts: analysis never throws, ranges are real places, results are deterministic',
    weight: 3,
    property: () =>
      fc.property(draftArb(), optionsArb(), (text, options) => {
        checkInvariants(text, { analyzeOptions: options, maxFixes: 0 });
      }),
  },
  {
    name: 'generated drafts: every fix applies cleanly, changes nothing outside its edits, removes its finding and adds none',
    weight: 2,
    property: () =>
      fc.property(draftArb(), optionsArb(), (text, options) => {
        checkInvariants(text, { analyzeOptions: options, determinism: false });
      }),
  },
  {
    name: 'mutated drafts: no throw, real ranges and determinism after characters are inserted, cut, duplicated and line endings swapped',
    weight: 4,
    property: () =>
      fc.property(draftArb(), fc.array(mutationArb(), { minLength: 1, maxLength: 6 }), optionsArb(), (text, mutations, options) => {
        checkInvariants(mutations.reduce(mutate, text), { analyzeOptions: options, maxFixes: 0 });
      }),
  },
  {
    name: 'raw random text: analysis never throws and every range is a real place',
    weight: 2,
    property: () =>
      fc.property(garbageArb(), (text) => {
        checkInvariants(text, { maxFixes: 3 });
      }),
  },
  {
    name: 'rule severity settings only change severities and which rules report, never where',
    weight: 1,
    property: () =>
      fc.property(anyInputArb(), fc.constantFrom(...rules.map((r) => r.meta.id)), (text, id) => {
        const all = analyseChecked(text);
        const off = analyseChecked(text, { rules: { [id]: 'off' } });
        const hint = analyseChecked(text, { rules: { [id]: 'hint' } });
        assert.deepEqual(off, all.filter((f) => f.ruleId !== id), `turning ${id} off changed other rules' findings`);
        assert.deepEqual(hint.map((f) => ({ ...f, severity: f.ruleId === id ? 'x' : f.severity })), all.map((f) => ({ ...f, severity: f.ruleId === id ? 'x' : f.severity })), `setting ${id} to hint changed more than severities`);
        assert.ok(hint.filter((f) => f.ruleId === id).every((f) => f.severity === 'hint'));
        checkRanges(text, hint);
      }),
  },
  {
    name: 'incremental analysis after a sequence of edits equals a full analysis of the edited text',
    weight: 2,
    ...('missing' in incremental ? { skip: incremental.missing } : {}),
    property: () =>
      fc.property(anyInputArb(), fc.array(editArb(), { minLength: 1, maxLength: 6 }), optionsArb(), (text, edits, options) => {
        if ('missing' in incremental) return;
        const analyzer = incremental.create(options);
        let current = text;
        assert.deepEqual(analyzer.analyze(current).findings, analyze(current, options).findings, 'the first incremental analysis differs from a full one');
        for (const e of edits) {
          const { start, end, newText } = placeEdit(current, e);
          current = current.slice(0, start) + newText + current.slice(end);
          assert.deepEqual(analyzer.analyze(current).findings, analyze(current, options).findings, 'an incremental analysis after an edit differs from a full one');
        }
      }),
  },
  {
    name: 'real treaties with Articles moved, inserted and deleted, paragraphs deleted and labels changed: no throw, real ranges, determinism',
    weight: 1,
    ...(missingRealText() ? { skip: missingRealText() } : {}),
    property: () =>
      fc.property(treatyArb(), treatyMutationsArb(), (i, mutations) => {
        const text = treatyText(i);
        checkInvariants(applyInOrder(text, treatyEdits(text, mutations)), { maxFixes: 0 });
      }),
  },
  {
    name: 'real treaties mutated: every fix applies cleanly, changes nothing outside its edits, removes its finding and adds none',
    weight: 1,
    ...(missingRealText() ? { skip: missingRealText() } : {}),
    property: () =>
      fc.property(treatyArb(), treatyMutationsArb(3), (i, mutations) => {
        const text = treatyText(i);
        checkInvariants(applyInOrder(text, treatyEdits(text, mutations)), { determinism: false, maxFixes: 4 });
      }),
  },
  {
    name: 'real treaties: incremental analysis after structural edits equals a full analysis of the edited text',
    weight: 1,
    ...(missingRealText() ? { skip: missingRealText() } : 'missing' in incremental ? { skip: incremental.missing } : {}),
    property: () =>
      fc.property(treatyArb(), treatyMutationsArb(), (i, mutations) => {
        if ('missing' in incremental) return;
        const text = treatyText(i);
        const analyzer = incremental.create({});
        analyzer.analyze(text);
        let current = text;
        for (const e of treatyEdits(text, mutations)) {
          current = current.slice(0, e.start) + e.newText + current.slice(e.end);
          assert.deepEqual(analyzer.analyze(current).findings, analyze(current).findings, 'an incremental analysis after a structural edit differs from a full one');
        }
      }),
  },
];
