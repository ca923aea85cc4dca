/**
 * Calibration of `significance: true` (issue 14): test sets simulated with the true
 * regression exactly at the margin must be promoted at most at the nominal rate (5% for a
 * one-sided 95% test), within binomial noise, for accuracy at n = 20 to 400, recall with 20
 * positives, and ROC AUC; and a true no-change at n = 20,000 must still pass ≥ 95%. Each
 * simulated test set goes through runGate() as files, as a user's would.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { silentLogger } from '../../src/core/logger.js';
import { createRandom } from '../../src/gate/bootstrap.js';
import { runGate } from '../../src/gate/run-gate.js';
import { uniform } from '../../src/stats/binomial.js';
import { normalQuantile } from '../../src/stats/normal.js';
import { useTempDir } from '../support/temp.js';

const dir = useTempDir('modelgate-calibration-');
const SIMULATIONS = 400;
const columns = { id: 'id', label: 'label', prediction: 'prediction', score: 'score', slices: [] };
const openLedger = () => {
  throw new Error('no ledger in this test');
};

/** The largest count of promotions that a true 5% rate makes at least 1/1000 likely. */
function largestPlausible(simulations: number, rate: number): number {
  let tail = 1;
  let probability = (1 - rate) ** simulations;
  for (let k = 0; k <= simulations; k++) {
    tail -= probability;
    if (tail < 0.001) return k;
    probability *= ((simulations - k) / (k + 1)) * (rate / (1 - rate));
  }
  return simulations;
}

async function promoted(
  write: (random: () => number, candidate: string, baseline: string) => void,
  gates: string,
  seed: number,
): Promise<number> {
  const random = createRandom(seed);
  let passes = 0;
  for (let s = 0; s < SIMULATIONS; s++) {
    const candidate = join(dir(), `c${seed}.csv`);
    const baseline = join(dir(), `b${seed}.csv`);
    write(random, candidate, baseline);
    const run = await runGate({
      candidate,
      baseline,
      gates,
      task: 'binary',
      columns,
      openLedger,
      log: silentLogger,
    });
    if (run.evaluation.verdict === 'pass') passes++;
  }
  return passes;
}

/**
 * Paired correctness with P(only baseline right) = p01 and P(only candidate right) = p10,
 * P(both right) = p11: the candidate − baseline accuracy is p10 − p01.
 */
function pairedOutcomes(n: number, p11: number, p10: number, p01: number, positivesOnly = 0) {
  return (random: () => number, candidate: string, baseline: string) => {
    const c = ['id,label,prediction'];
    const b = ['id,label,prediction'];
    for (let i = 0; i < n; i++) {
      // The first `positivesOnly` rows are positives (recall counts them); the rest alternate.
      const label = i < positivesOnly ? 1 : positivesOnly > 0 ? 0 : i % 2;
      const u = uniform(random);
      const cRight = u < p11 + p10;
      const bRight = u < p11 || (u >= p11 + p10 && u < p11 + p10 + p01);
      c.push(`r${i},${label},${cRight ? label : 1 - label}`);
      b.push(`r${i},${label},${bRight ? label : 1 - label}`);
    }
    writeFileSync(candidate, c.join('\n') + '\n');
    writeFileSync(baseline, b.join('\n') + '\n');
  };
}

const gate = (metric: string, margin: number) =>
  `gates:\n  - metric: ${metric}\n    max-regression: ${margin}\n    significance: true\n`;
const limit = largestPlausible(SIMULATIONS, 0.05);

test.each([
  // n, margin: the true regression equals the margin in every case.
  [20, 0.2, 0.65, 0.05, 0.25],
  [50, 0.1, 0.75, 0.05, 0.15],
  [100, 0.05, 0.8, 0.05, 0.1],
  [400, 0.03, 0.84, 0.04, 0.07],
])(
  'accuracy at n = %i, margin %f: promoted at most at the nominal 5%%',
  async (n, margin, p11, p10, p01) => {
    const passes = await promoted(pairedOutcomes(n, p11, p10, p01), gate('accuracy', margin), n);
    expect(passes).toBeLessThanOrEqual(limit);
  },
  60_000,
);

test('recall with 20 positives at the margin: promoted at most at the nominal 5%', async () => {
  // Recall is accuracy on the positives: the same paired structure on 20 of them.
  const passes = await promoted(pairedOutcomes(60, 0.65, 0.05, 0.25, 20), gate('recall', 0.2), 20);
  expect(passes).toBeLessThanOrEqual(limit);
}, 60_000);

test('ROC AUC at the margin (binormal scores, correlated models): promoted at most at 5%', async () => {
  // AUC = Φ(d/√2) for unit-variance normal scores whose means differ by d between classes.
  const shift = (auc: number) => Math.SQRT2 * normalQuantile(auc);
  const dBaseline = shift(0.85);
  const dCandidate = shift(0.8);
  const normal = (random: () => number) =>
    Math.sqrt(-2 * Math.log(uniform(random))) * Math.cos(2 * Math.PI * uniform(random));
  const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
  const write = (random: () => number, candidate: string, baseline: string) => {
    const c = ['id,label,score'];
    const b = ['id,label,score'];
    for (let i = 0; i < 200; i++) {
      const label = i % 2;
      const shared = normal(random);
      const ec = Math.SQRT1_2 * shared + Math.SQRT1_2 * normal(random);
      const eb = Math.SQRT1_2 * shared + Math.SQRT1_2 * normal(random);
      c.push(`r${i},${label},${sigmoid(ec + label * dCandidate).toFixed(9)}`);
      b.push(`r${i},${label},${sigmoid(eb + label * dBaseline).toFixed(9)}`);
    }
    writeFileSync(candidate, c.join('\n') + '\n');
    writeFileSync(baseline, b.join('\n') + '\n');
  };
  const passes = await promoted(write, gate('roc_auc', 0.05), 77);
  expect(passes).toBeLessThanOrEqual(limit);
}, 60_000);

test('a true no-change at n = 20,000 still passes at least 95% of the time', async () => {
  const random = createRandom(99);
  let passes = 0;
  const runs = 40;
  for (let s = 0; s < runs; s++) {
    const candidate = join(dir(), 'power-c.csv');
    const baseline = join(dir(), 'power-b.csv');
    pairedOutcomes(20_000, 0.85, 0.05, 0.05)(random, candidate, baseline);
    const run = await runGate({
      candidate,
      baseline,
      gates: gate('accuracy', 0.01),
      task: 'binary',
      columns,
      openLedger,
      log: silentLogger,
    });
    if (run.evaluation.verdict === 'pass') passes++;
  }
  expect(passes / runs).toBeGreaterThanOrEqual(0.95);
}, 120_000);
