/** The normal CDF and quantile against scipy.stats.norm (Debian's python3-scipy). */
import { normalCdf, normalQuantile } from '../../src/stats/normal.js';
import { runPython } from '../support/python.js';

const xs = [
  -38, -12, -8.5, -5, -3.2, -1.96, -1, -0.5, -0.1, 0, 0.3, 0.99, 1, 1.64, 3, 7.9, 8.1, 12,
];
const ps = [
  1e-300, 1e-12, 1e-6, 0.001, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 0.8, 0.9, 0.95, 0.975, 0.99,
  0.999999,
];

test('normal CDF and quantile equal scipy.stats.norm', () => {
  const reference = JSON.parse(
    runPython(
      `import json; from scipy.stats import norm
print(json.dumps({'cdf': [norm.cdf(x) for x in ${JSON.stringify(xs)}], 'ppf': [norm.ppf(p) for p in ${JSON.stringify(ps)}]}))`,
      process.cwd(),
    ),
  ) as { cdf: number[]; ppf: number[] };
  xs.forEach((x, i) => {
    const want = reference.cdf[i];
    const got = normalCdf(x);
    expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-13 * Math.max(want, 1e-300) + 1e-300);
  });
  ps.forEach((p, i) => {
    expect(Math.abs(normalQuantile(p) - reference.ppf[i])).toBeLessThanOrEqual(1e-9);
  });
});
