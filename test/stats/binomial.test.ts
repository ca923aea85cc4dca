/**
 * The binomial sampler (inversion and BTRS) draws from the binomial distribution: a
 * chi-square goodness-of-fit test against scipy.stats.binom for each regime, seeded so the
 * outcome is fixed; and a multinomial draw keeps its total.
 */
import { execFileSync } from 'node:child_process';
import { createRandom } from '../../src/gate/bootstrap.js';
import { binomial, multinomial } from '../../src/stats/binomial.js';
import { PYTHON } from '../support/python.js';

const cases = [
  { n: 20, p: 0.3 },
  { n: 1000, p: 0.004 },
  { n: 1000, p: 0.1 },
  { n: 1_000_000, p: 0.45 },
  { n: 5000, p: 0.97 },
];

test('draws fit the binomial distribution (chi-square vs scipy.stats.binom)', () => {
  const random = createRandom(42);
  const samples = cases.map(({ n, p }) =>
    Array.from({ length: 40_000 }, () => binomial(n, p, random)),
  );
  const pValues = JSON.parse(
    execFileSync(
      PYTHON,
      [
        '-c',
        `import json, sys, numpy as np
from scipy.stats import binom, chisquare
cases, samples = json.load(sys.stdin)
out = []
for case, draws in zip(cases, samples):
    draws = np.array(draws); n, p = case['n'], case['p']
    lo, hi = int(binom.ppf(1e-4, n, p)), int(binom.ppf(1 - 1e-4, n, p))
    edges = np.unique(np.linspace(lo, hi + 1, 41).astype(int))
    observed = np.histogram(np.clip(draws, lo, hi), bins=edges)[0]
    cdf = binom.cdf(edges - 1, n, p); cdf[0] = 0; cdf[-1] = 1
    expected = np.diff(cdf) * len(draws)
    out.append(float(chisquare(observed, expected * observed.sum() / expected.sum()).pvalue))
print(json.dumps(out))`,
      ],
      { input: JSON.stringify([cases, samples]), encoding: 'utf8' },
    ),
  ) as number[];
  for (const p of pValues) expect(p).toBeGreaterThan(1e-4);
});

test('a multinomial draw spreads exactly n over the cells', () => {
  const random = createRandom(7);
  const out = new Float64Array(4);
  multinomial(1_000_003, Float64Array.from([10, 0, 5, 85]), 100, out, random);
  expect(out.reduce((s, v) => s + v, 0)).toBe(1_000_003);
  expect(out[1]).toBe(0);
});
