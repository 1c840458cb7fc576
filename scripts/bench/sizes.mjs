// The draft sizes of bench a, b and c, and how many runs warm up and are timed at each.

export const SIZES = { '10KB': 10_000, '100KB': 100_000, '1MB': 1_000_000 };

/** Timed runs at each size. */
export const reps = (quick) => (quick ? { '10KB': 8, '100KB': 4, '1MB': 2 } : { '10KB': 100, '100KB': 30, '1MB': 7 });

/**
 * Warm-up runs at each size, in the order the sizes run. The warm-up must bring the code to its
 * steady state, not merely load it: V8 optimises a function only after it has run for a while,
 * and the analysis has far more code than remark or markdownlint. With 10 warm-up drafts of 10 KB,
 * c was timed partly in unoptimised code (12.4 ms, against 8.7 ms after 100 drafts). With every
 * memo emptied before each run (as c is now timed), its median over 50 drafts of 10 KB was 13.1 ms
 * from the first draft, 9.1-10.3 ms from the 100th to the 300th and 7.0-8.2 ms from the 350th on,
 * so the warm-up reads 400. The later sizes run on code that the earlier ones warmed.
 */
export const warm = (quick) => (quick ? { '10KB': 3, '100KB': 1, '1MB': 1 } : { '10KB': 400, '100KB': 20, '1MB': 2 });
