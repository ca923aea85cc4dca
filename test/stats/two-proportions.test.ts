/**
 * The Farrington–Manning test against a numpy transcription of the paper's closed forms
 * (test/stats/reference.py) to 1e-9, and its size at the margin computed exactly: every
 * outcome (x1, x2) of two binomials weighted by scipy.stats.binom.pmf, so the chance a
 * canary exactly at the margin passes is a sum, not a simulation.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import {
  farringtonManningZ,
  upperBound,
  type TwoSamples,
} from '../../src/stats/two-proportions.js';
import { PYTHON } from '../support/python.js';

const fm = [
  { x1: 0, n1: 400, x2: 0, n2: 400, scale: 'difference', confidence: 0.95 },
  { x1: 3, n1: 50, x2: 1, n2: 80, scale: 'difference', confidence: 0.95 },
  { x1: 40, n1: 1000, x2: 25, n2: 3000, scale: 'difference', confidence: 0.975 },
  { x1: 120, n1: 20000, x2: 100, n2: 20000, scale: 'difference', confidence: 0.9 },
  { x1: 5, n1: 200, x2: 4, n2: 300, scale: 'ratio', confidence: 0.95 },
  { x1: 60, n1: 1000, x2: 50, n2: 1000, scale: 'ratio', confidence: 0.95 },
  { x1: 0, n1: 300, x2: 6, n2: 300, scale: 'ratio', confidence: 0.95 },
].map((f) => ({
  ...f,
  margins: f.scale === 'difference' ? [-0.05, -0.001, 0.002, 0.01, 0.1] : [0.5, 1, 1.2, 2, 5],
}));

test('Farrington–Manning equals the numpy reference of the closed forms', () => {
  const reference = JSON.parse(
    execFileSync(PYTHON, [resolve('test/stats/reference.py')], {
      input: JSON.stringify({ tango: [], delong: [], fm }),
      encoding: 'utf8',
    }),
  ) as { fm: { z: number[]; upper: number }[] };
  fm.forEach((f, i) => {
    const h0 = (m: number) => (f.scale === 'difference' ? { difference: m } : { ratio: m });
    f.margins.forEach((m, j) => {
      expect(Math.abs(farringtonManningZ(f, h0(m)) - reference.fm[i].z[j])).toBeLessThanOrEqual(
        1e-9,
      );
    });
    const ours = upperBound(f, f.scale as 'difference' | 'ratio', f.confidence);
    expect(Math.abs(ours - reference.fm[i].upper)).toBeLessThanOrEqual(1e-9 * Math.max(1, ours));
  });
});

/** The exact chance of passing (upper bound < margin) when the truth is at the margin. */
function size(
  n1: number,
  n2: number,
  p2: number,
  scale: 'difference' | 'ratio',
  margin: number,
  confidence: number,
) {
  const p1 = scale === 'difference' ? p2 + margin : p2 * margin;
  const pmf = JSON.parse(
    execFileSync(
      PYTHON,
      [
        '-c',
        `import json, sys; from scipy.stats import binom; import numpy as np
n1, p1, n2, p2 = ${n1}, ${p1}, ${n2}, ${p2}
print(json.dumps([binom.pmf(np.arange(n1 + 1), n1, p1).tolist(), binom.pmf(np.arange(n2 + 1), n2, p2).tolist()]))`,
      ],
      { encoding: 'utf8' },
    ),
  ) as [number[], number[]];
  let pass = 0;
  for (let x1 = 0; x1 <= n1; x1++) {
    if (pmf[0][x1] < 1e-15) continue;
    for (let x2 = 0; x2 <= n2; x2++) {
      if (pmf[1][x2] < 1e-15) continue;
      const samples: TwoSamples = { x1, n1, x2, n2 };
      if (upperBound(samples, scale, confidence) < margin) pass += pmf[0][x1] * pmf[1][x2];
    }
  }
  return pass;
}

test.each([
  // A canary's error rate 1 point worse than a stable 1% (the margin), small to large.
  [100, 100, 0.01, 'difference', 0.01],
  [300, 300, 0.01, 'difference', 0.01],
  [1000, 1000, 0.01, 'difference', 0.01],
  [200, 600, 0.05, 'difference', 0.02],
  // 20% worse relative to a 5% stable rate.
  [400, 400, 0.05, 'ratio', 1.2],
  [1500, 1500, 0.05, 'ratio', 1.2],
] as const)(
  'at the margin, n=%i vs %i, stable %d, %s %d: passes at most about 5%% of the time',
  (n1, n2, p2, scale, margin) => {
    const rate = size(n1, n2, p2, scale, margin, 0.95);
    // The score test is approximate; exact sizes of these designs stay near the nominal 5%.
    expect(rate).toBeLessThanOrEqual(0.07);
    console.log(`n=${n1}/${n2} p2=${p2} ${scale} ${margin}: size ${(rate * 100).toFixed(2)}%`);
  },
  60_000,
);
