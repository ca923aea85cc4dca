/**
 * Tango's score test and DeLong's test against independent numpy references written from
 * the papers' formulas (test/stats/reference.py, which cites them), to 1e-9.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { createRandom } from '../../src/gate/bootstrap.js';
import { delong } from '../../src/stats/delong.js';
import { tangoLowerBound, tangoZ } from '../../src/stats/tango.js';
import { PYTHON } from '../support/python.js';

const tango = [
  { n: 20, b: 0, c: 0, confidence: 0.95 },
  { n: 20, b: 1, c: 3, confidence: 0.95 },
  { n: 100, b: 7, c: 12, confidence: 0.975 },
  { n: 1000, b: 40, c: 41, confidence: 0.95 },
  { n: 20000, b: 300, c: 280, confidence: 0.9 },
].map((t) => ({ ...t, deltas: [-0.2, -0.05, -0.02, -0.001, 0, 0.01] }));

function scores(n: number, seed: number) {
  const random = createRandom(seed);
  const u = () => random() / 4294967296;
  const y: number[] = [];
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < n; i++) {
    const label = u() < 0.4 ? 1 : 0;
    y.push(label);
    // Rounded to two decimals so that ties occur and must count as halves.
    a.push(Math.round((0.3 * label + u()) * 100) / 100);
    b.push(Math.round((0.25 * label + u()) * 100) / 100);
  }
  return { y, a, b };
}
const delongCases = [scores(60, 1), scores(400, 2), scores(1500, 3)];

test('Tango and DeLong equal the numpy references', () => {
  const reference = JSON.parse(
    execFileSync(PYTHON, [resolve('test/stats/reference.py')], {
      input: JSON.stringify({ tango, delong: delongCases }),
      encoding: 'utf8',
    }),
  ) as {
    tango: { z: (number | null)[]; lower: number }[];
    delong: { aucA: number; aucB: number; variance: number }[];
  };
  tango.forEach((t, i) => {
    t.deltas.forEach((d, j) => {
      const want = reference.tango[i].z[j];
      if (want !== null) expect(Math.abs(tangoZ(t, d) - want)).toBeLessThanOrEqual(1e-9);
    });
    expect(
      Math.abs(tangoLowerBound(t, t.confidence) - reference.tango[i].lower),
    ).toBeLessThanOrEqual(1e-9);
  });
  delongCases.forEach((c, i) => {
    const ours = delong((r) => c.y[r] === 1, Float64Array.from(c.a), Float64Array.from(c.b))!;
    expect(Math.abs(ours.aucA - reference.delong[i].aucA)).toBeLessThanOrEqual(1e-9);
    expect(Math.abs(ours.aucB - reference.delong[i].aucB)).toBeLessThanOrEqual(1e-9);
    expect(Math.abs(ours.variance - reference.delong[i].variance)).toBeLessThanOrEqual(1e-9);
  });
});
