/** The `drift:` section of the gates file: which features, the tests' settings, the limits. */
import { z } from 'zod';

const share = z.number().min(0).max(1);

export const driftSchema = z
  .object({
    features: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe(
        'The columns compared (default: every column of `reference` but the id, label, prediction and score columns).',
      ),
    categorical: z
      .array(z.string().min(1))
      .default([])
      .describe('Columns compared as categories even when their values are numbers (codes).'),
    slices: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'Columns whose every value is a slice: each feature is also compared within each slice (in the same Holm family).',
      ),
    'min-count': z
      .number()
      .int()
      .min(1)
      .default(100)
      .describe('Slices with fewer rows on either side are reported, not tested.'),
    alpha: z
      .number()
      .gt(0)
      .max(0.2)
      .default(0.05)
      .describe(
        "Family-wise error rate of the tests over all features (Holm's adjustment of their p-values).",
      ),
    bins: z
      .number()
      .int()
      .min(2)
      .max(100)
      .default(10)
      .describe("Bins of numeric features for PSI and Jensen–Shannon: the reference's quantiles."),
    'max-psi': z
      .number()
      .positive()
      .default(0.2)
      .describe(
        'A feature drifts when its test rejects and its PSI is past this (0.2: a major shift).',
      ),
    'max-js': z
      .number()
      .positive()
      .max(1)
      .optional()
      .describe('Also drifted when the Jensen–Shannon distance (base 2) is past this.'),
    'max-ks': z
      .number()
      .positive()
      .max(1)
      .optional()
      .describe("Also drifted when a numeric feature's KS statistic is past this."),
    'max-missing-increase': share
      .default(0.05)
      .describe(
        "Data quality: the current share of missing values may exceed the reference's by at most this.",
      ),
    'max-new-categories': share
      .default(0.01)
      .describe('Data quality: share of current rows with a category the reference never had.'),
    'max-out-of-range': share
      .default(0.01)
      .describe(
        "Data quality: share of a numeric feature's current values outside the reference's range.",
      ),
  })
  .strict();

export type DriftConfig = z.output<typeof driftSchema>;
