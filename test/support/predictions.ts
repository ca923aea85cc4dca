/**
 * Seeded binary-classification predictions files for gate tests: `n` examples, labels
 * from the seed, and a model that is right with probability `accuracy` (per region,
 * when given), with scores that agree with its predictions.
 */
import { writeFileSync } from 'node:fs';
import { createRandom } from '../../src/gate/bootstrap.js';

export interface ModelSpec {
  n: number;
  accuracy: number;
  /** Accuracy in a region (rows alternate eu/us/us). */
  regions?: Record<string, number>;
  /** The model's own randomness; the labels come from `dataSeed`. */
  seed: number;
  dataSeed?: number;
}

export function writeBinaryPredictions(path: string, spec: ModelSpec): void {
  const data = createRandom(spec.dataSeed ?? 1);
  const model = createRandom(spec.seed);
  const unit = (random: () => number) => random() / 4294967296;
  const lines = ['id,label,prediction,score,region'];
  for (let i = 0; i < spec.n; i++) {
    const label = unit(data) < 0.5 ? 1 : 0;
    const region = i % 3 === 0 ? 'eu' : 'us';
    const accuracy = spec.regions?.[region] ?? spec.accuracy;
    const right = unit(model) < accuracy;
    const prediction = right ? label : 1 - label;
    const confidence = 0.5 + unit(model) * 0.5;
    const score = prediction === 1 ? confidence : 1 - confidence;
    lines.push(`ex${i},${label},${prediction},${score.toFixed(6)},${region}`);
  }
  writeFileSync(path, lines.join('\n') + '\n');
}
