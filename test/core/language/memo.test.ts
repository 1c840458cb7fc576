/** The memos of clause readings: bounded, emptied on request, and scratch readings taken out exactly. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forgetScratchReadings, scratchReadings, TextMemo, VariantMemo, readingWork } from '../../../server/src/core/language/memo.js';

test('readings added under scratchReadings are taken out again; the others stay', () => {
  const memo = new TextMemo<number>(100);
  const variants = new VariantMemo<string>(100);
  memo.get('kept clause', () => 1);
  variants.get('kept clause', 0, () => 'kept');
  scratchReadings(() => {
    memo.get('warm-up clause', () => 2);
    variants.get('warm-up clause', 1, () => 'scratch');
    // A reading already kept is answered from the memo and stays.
    assert.equal(memo.get('kept clause', () => 99), 1);
  });
  forgetScratchReadings();
  const before = readingWork.computed;
  assert.equal(memo.get('kept clause', () => 99), 1);
  assert.equal(variants.get('kept clause', 0, () => 'again'), 'kept');
  assert.equal(readingWork.computed, before, 'the kept readings are still answered from the memos');
  assert.equal(memo.get('warm-up clause', () => 3), 3, 'the scratch reading was taken out and is read again');
  assert.equal(variants.get('warm-up clause', 1, () => 'fresh'), 'fresh');
  // Forgetting twice, or with nothing marked, changes nothing.
  forgetScratchReadings();
  assert.equal(memo.get('warm-up clause', () => 4), 3);
});

test('scratchReadings returns what its reading returns and ends the scratch mark even when it throws', () => {
  const memo = new TextMemo<number>(10);
  assert.equal(scratchReadings(() => 42), 42);
  assert.throws(() => scratchReadings(() => { throw new Error('boom'); }), /boom/);
  memo.get('after the throw', () => 5);
  forgetScratchReadings();
  assert.equal(memo.get('after the throw', () => 6), 5, 'a reading made outside scratchReadings stays');
});
