/**
 * The drift statistics against Debian's scipy and numpy (test/drift/reference.py): the KS
 * statistic and p-value of ks_2samp (exact and asymptotic paths), kstwo.sf and smirnov on
 * a grid through every branch, chi2_contingency and chi2.sf, Jensen–Shannon, PSI by its
 * stated formula, numpy's quantiles, and Holm's adjustment.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { binCounts, jensenShannon, psi, quantileSorted } from '../../src/drift/binned.js';
import { chiSquareHomogeneity, chiSquareSf } from '../../src/drift/chi-square.js';
import { holm } from '../../src/drift/holm.js';
import { kolmogorovSf, ksPValue, ksStatistic, smirnov } from '../../src/drift/ks.js';
import { createRandom } from '../../src/gate/bootstrap.js';
import { sortFloat64 } from '../../src/stats/argsort.js';
import { PYTHON } from '../support/python.js';

function sample(n: number, seed: number, shift = 0, round = 0) {
  const random = createRandom(seed);
  const u = () => (random() + 0.5) / 4294967296;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    // Normal by Box–Muller; rounded ones tie, as real features do.
    const z = Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u()) + shift;
    out.push(round ? Math.round(z * round) / round : z);
  }
  return out;
}

const ks = [
  { a: sample(30, 1), b: sample(30, 2, 0.5) },
  { a: sample(50, 3), b: sample(80, 4, 0.3) },
  { a: sample(400, 5, 0, 10), b: sample(300, 6, 0.1, 10) },
  { a: sample(2000, 7), b: sample(1500, 8, 0.05) },
  { a: sample(12000, 9), b: sample(15000, 10, 0.02) },
  { a: sample(20000, 11, 0, 100), b: sample(30000, 12, 0.05, 100) },
  { a: sample(25000, 13), b: sample(25000, 14) },
];
const kstwo: [number, number][] = [];
for (const n of [150, 1000, 9999, 50_000, 150_000, 500_000])
  for (const x of [0.0005, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.3, 0.6])
    if (n * x > 0.5) kstwo.push([n, x]);
const smirnovCases: [number, number][] = [
  [10, 0.3],
  [200, 0.1],
  [5000, 0.03],
  [100_000, 0.005],
  [500_000, 0.003],
];
const chi = [
  { r: [30, 20], c: [25, 25] },
  { r: [500, 300, 200], c: [480, 330, 190] },
  { r: [1000, 10, 5, 0, 300], c: [900, 40, 5, 7, 350] },
  {
    r: Array.from({ length: 40 }, (_, i) => 100 + i * 7),
    c: Array.from({ length: 40 }, (_, i) => 380 - i * 3),
  },
];
const chi2sf: [number, number][] = [
  [0.5, 1],
  [3.84, 1],
  [12, 3],
  [50, 7],
  [200, 150],
  [1e-3, 20],
];
const binned = [
  { r: [10, 20, 30, 40], c: [12, 18, 35, 35] },
  { r: [100, 0, 50], c: [80, 20, 50] },
  { r: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5], c: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
];
const quantiles = [{ values: sample(101, 15).sort((a, b) => a - b), q: [0.1, 0.25, 0.5, 0.9] }];
const holmCases = [
  [0.01, 0.04, 0.03, 0.005],
  [0.5, 0.001, 0.2, 0.2, 0.049, 1e-6],
];

test('drift statistics equal scipy and numpy', () => {
  const ref = JSON.parse(
    execFileSync(PYTHON, [resolve('test/drift/reference.py')], {
      input: JSON.stringify({
        ks,
        kstwo,
        smirnov: smirnovCases,
        chi,
        chi2sf,
        binned,
        quantiles,
        holm: holmCases,
      }),
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    }),
  );
  const near = (ours: number, theirs: number, tolerance = 1e-9) =>
    expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(theirs)));
  ks.forEach(({ a, b }, i) => {
    const sa = Float64Array.from(a).sort();
    const sb = Float64Array.from(b).sort();
    const d = ksStatistic(sa, sb);
    near(d, ref.ks[i][0]);
    near(ksPValue(d, a.length, b.length), ref.ks[i][1]);
  });
  kstwo.forEach(([n, x], i) => near(kolmogorovSf(n, x), ref.kstwo[i]));
  smirnovCases.forEach(([n, x], i) => near(smirnov(n, x), ref.smirnov[i]));
  chi.forEach(({ r, c }, i) => {
    const ours = chiSquareHomogeneity(r, c);
    near(ours.statistic, ref.chi[i][0]);
    near(ours.pValue, ref.chi[i][1]);
    expect(ours.dof).toBe(ref.chi[i][2]);
  });
  chi2sf.forEach(([x, dof], i) => near(chiSquareSf(x, dof), ref.chi2sf[i]));
  binned.forEach(({ r, c }, i) => {
    near(jensenShannon(r, c), ref.js[i]);
    near(psi(r, c), ref.psi[i]);
  });
  quantiles.forEach(({ values, q }, i) =>
    q.forEach((p, j) => near(quantileSorted(values, p), ref.quantiles[i][j])),
  );
  holmCases.forEach((p, i) => holm(p).forEach((v, j) => near(v, ref.holm[i][j])));
  expect(binCounts([1, 2, 2, 3, 9], [2, 3])).toEqual([3, 1, 1]);
});

test('the radix sort of values equals a comparison sort (negatives, ties, tiny and huge values)', () => {
  const random = createRandom(42);
  const u = () => random() / 4294967296;
  const values = Float64Array.from({ length: 100_000 }, (_, i) =>
    i % 7 === 0 ? Math.round(u() * 10) - 5 : (u() - 0.5) * 10 ** Math.floor(u() * 40 - 20),
  );
  const expected = Array.from(values).sort((a, b) => a - b);
  expect(Array.from(sortFloat64(values.slice()))).toEqual(expected);
  expect(Array.from(sortFloat64(Float64Array.from([3, -1, 2])))).toEqual([-1, 2, 3]);
});
