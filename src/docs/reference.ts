/**
 * The reference of modelgate's file formats, rendered from the schemas the code reads
 * them with (the gates file, the signature file, the release record) and the constants
 * it writes evidence with, so docs/file-formats.md cannot say anything the code does not
 * do. `modelgate reference` prints it; scripts/docs.mjs writes and checks it.
 */
import { z } from 'zod';
import { analysisQuerySchema, analysisSchema } from '../analysis/analysis.js';
import { driftSchema } from '../drift/config.js';
import { gateSchema, gatesFileSchema, liveMetricsSchema } from '../gate/gates-file.js';
import { releaseRecordSchema } from '../ledger/release-record.js';
import {
  EVIDENCE_TYPE,
  REPORT_TITLE,
  REPORT_TYPE,
  mediaTypeOf,
} from '../release/evidence-store.js';
import { contractSchema, tensorSchema } from '../validate/signature-contract.js';

interface JsonSchema {
  type?: string | string[];
  description?: string;
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  exclusiveMaximum?: number;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(schema: JsonSchema): string {
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.enum) return schema.enum.map((v) => `\`${String(v)}\``).join(', ');
  if (schema.anyOf) return [...new Set(schema.anyOf.map(typeOf))].join(' or ');
  if (schema.type === 'array') return `list of ${schema.items ? typeOf(schema.items) : 'any'}`;
  if (Array.isArray(schema.type)) return schema.type.join(' or ');
  if (schema.type === 'object') return 'mapping';
  if (schema.type === 'integer' || schema.type === 'number') {
    const bounds = [
      schema.minimum !== undefined ? `≥ ${schema.minimum}` : '',
      schema.exclusiveMaximum !== undefined ? `< ${schema.exclusiveMaximum}` : '',
      schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER
        ? `≤ ${schema.maximum}`
        : '',
    ].filter(Boolean);
    return `${schema.type}${bounds.length ? ` (${bounds.join(', ')})` : ''}`;
  }
  return schema.type ?? 'any';
}

/** A table of an object schema's fields: name, type, default or required, meaning. */
function fieldTable(schema: z.ZodType, types: Record<string, string> = {}): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const rows = ['| field | type | default | meaning |', '|---|---|---|---|'];
  const add = (object: JsonSchema, prefix: string) => {
    for (const [key, field] of Object.entries(object.properties ?? {})) {
      const name = `${prefix}${key}`;
      const fallback = object.required?.includes(key)
        ? '(required)'
        : field.default !== undefined
          ? `\`${JSON.stringify(field.default)}\``
          : '';
      rows.push(
        `| \`${name}\` | ${cell(types[name] ?? typeOf(field))} | ${fallback} | ${cell(field.description ?? '')} |`,
      );
      // A mapping's own fields follow it, as `parent.field`.
      if (field.properties) add(field, `${name}.`);
    }
  };
  add(json, '');
  return rows.join('\n');
}

export function renderReference(): string {
  return `# File formats

Generated from the schemas modelgate reads these files with (\`modelgate reference\`,
written by \`npm run docs\`, checked by \`npm run lint\`): what is listed here is what the code
accepts, and nothing else. Every action's inputs and outputs are in [actions.md](actions.md).

## Gates file (\`gates\` of evaluate-gate)

A YAML file, or the YAML itself inline. Unknown keys are errors (a misspelt key never
silently loosens a gate).

${fieldTable(gatesFileSchema, { gates: 'list of gates (below)' })}

Each entry of \`gates\`:

${fieldTable(gateSchema, { 'max-regression': 'number, or a percentage string ("1%")' })}

\`\`\`yaml
confidence: 0.95
gates:
  - metric: accuracy
    min: 0.9
  - metric: roc_auc
    max-regression: 0.01
    significance: true
    slices: [region]
\`\`\`

### Drift and data-quality gates (\`drift:\`)

With the \`reference\` (the data the model was built on) and \`current\` (the data it will
see) inputs — CSV, JSON Lines or Parquet (flat; read by hyparquet, pure JavaScript) files of features — evaluate-gate compares every feature
(by default every column of \`reference\` but the id, label, prediction and score columns).
A column of \`reference\` missing from \`current\` is a configuration error (a schema
change). A column is numeric when every value is a number (empty, \`NA\`, \`NaN\` and \`null\`
are missing), else categorical (\`categorical:\` forces codes to be categories).

- **Tests**: numeric features by the two-sample Kolmogorov–Smirnov test, categorical ones
  by the chi-square test of homogeneity, exactly as scipy.stats.ks_2samp (two-sided,
  method auto) and scipy.stats.chi2_contingency compute them; their p-values adjusted
  over all features by Holm's method, so \`alpha\` is the family-wise error rate.
- **Effect sizes**, over bins at the reference's deciles (numpy's linear quantiles,
  \`(−∞, q1], (q1, q2], …\`, repeated edges merged; categories as they are): PSI =
  Σ (c − r) ln(c / r) over the bins' shares, a share of 0 taken as 0.0001; the
  Jensen–Shannon distance in base 2 (scipy.spatial.distance.jensenshannon).
- **Decision**: a feature drifts (\`fail\`) when its adjusted p-value is below \`alpha\` and
  its PSI is past \`max-psi\` (or its Jensen–Shannon distance past \`max-js\`, or its KS
  statistic past \`max-ks\`, when set). A test that rejects on a small effect passes
  ("a detectable but small shift": a huge dataset does not flag every trivial shift); an
  effect past the limits the test cannot tell from chance is \`inconclusive\`.
- **Data quality**, per feature of \`current\`: the share of missing values may exceed the
  reference's by at most \`max-missing-increase\`; the share of rows with a category the
  reference never had at most \`max-new-categories\`; the share of numeric values outside
  the reference's range at most \`max-out-of-range\`; numbers turned into text fail.

**Per slice**: with \`slices: [column]\`, every feature is also compared within each value
of each slice column (the rows of both datasets with that value, read again with a
filter), in the same Holm family as the whole; a slice with fewer than \`min-count\` rows on
either side is listed, not tested; a column with more than 50 values is not a slice.
Data-quality checks are over all rows. Slices need the reference data itself, not a
release's sketch.

**Prediction drift**: when \`candidate\` and \`baseline\` are both predictions with scores (a
regression's predicted values), the candidate's score distribution is compared with the
baseline's — the live model's, with an \`environment:\` baseline — as one more feature
(\`prediction score\`, KS, in the same Holm family; no data-quality checks).

The summary shows drifted features first, with a chart each (the reference's shares as
bars from zero, the current data's as a line).

**\`reference: environment:<name>\`**: the gate report keeps a sketch of its reference data
(\`drift.reference_sketch\`: per numeric feature its values at 1,001 evenly spaced
quantiles with the exact count at or below each, per categorical feature each value's
count, and the missing values — not the data), and deploy stores the report with the
release (SPEC §9). A later gate given \`reference: environment:<name>\` compares its
\`current\` data with the sketch the live release of the model there recorded. From a
sketch, bins on the grid (deciles), PSI, Jensen–Shannon, chi-square, the range and missing
values are exact; the KS statistic is exact at the grid's points and within a grid step
(about 0.001) between them. Nothing live, or a live release without a sketch, is a
configuration error naming \`reference\`.

${fieldTable(driftSchema)}

\`\`\`yaml
drift:
  categorical: [plan]
  alpha: 0.05
  max-psi: 0.2
gates:
  - metric: accuracy
    min: 0.9
\`\`\`

### Live sides (\`prometheus:<track>\`)

\`candidate\` or \`baseline\` given as \`prometheus:<track>\` (a shadow, or an arm of an A/B
test the team already serves) is measured live: each metric of the \`prometheus:\` section
queried once over the \`window\` ending now, \`{{ track }}\` filled with the text after
\`prometheus:\` and \`{{ window }}\` with the window. A metric with \`total\` is a share of bad
events (lower is better): a regression gate with \`significance: true\` tests it with the
Farrington–Manning score test for two independent proportions (at least 20 events on
each side). A metric with no data, or a Prometheus that cannot answer, is missing (the
\`missing\` policy decides; never a pass). The candidate's measurement (values and counts) is
written beside the report as \`evaluate-gate-candidate.json\`, the report's subject that
deploy stores as evidence.

${fieldTable(liveMetricsSchema, { metrics: 'map of metric name to PromQL or {query, total}' })}

\`\`\`yaml
prometheus:
  url: http://prometheus:9090
  window: 1h
  metrics:
    error_rate:
      query: sum(increase(model_errors_total{track="{{ track }}"}[{{ window }}]))
      total: sum(increase(model_requests_total{track="{{ track }}"}[{{ window }}]))
    p99_latency: histogram_quantile(0.99, sum by (le) (rate(model_request_duration_seconds_bucket{track="{{ track }}"}[{{ window }}])))
gates:
  - metric: error_rate
    direction: lower
    max-regression: 0.005
    significance: true
  - metric: p99_latency
    max: 0.25
\`\`\`

## Signature file (\`signature\` of validate-model)

YAML or JSON, a path or inline: the tensors the model must take and return.

${fieldTable(contractSchema, { inputs: 'list of tensors', outputs: 'list of tensors' })}

Each tensor:

${fieldTable(tensorSchema)}

## Release record (the ledger)

One per release and status change: a line of a \`file:\` ledger (JSON Lines, appended under
a lock, the newest line of an id wins), or the payload of a GitHub deployment (\`github\`
ledger, its statuses carrying the status). A ledger line that does not have the required
fields is an error naming the line; fields not listed are kept.

${fieldTable(releaseRecordSchema)}

## Analysis (\`analysis\` of deploy)

A YAML file, or the YAML inline: what deploy measures in Prometheus once the rollout is
healthy, before it records the release. Every \`interval\`, each query once; a measurement
fails when a value is past its \`max\`/\`min\`, is inconclusive when a query has no data or
Prometheus cannot answer. More failures than \`failure-limit\` fail the release (and the
automatic rollback puts back what was live); more inconclusive measurements than
\`inconclusive-limit\` fail it too, as inconclusive — never a pass. \`{{ track }}\` is
\`canary\` between canary steps and \`stable\` after the full switch; \`{{ image }}\` is the
image by digest; \`{{ window }}\` is the time judged so far (\`42s\`: since the canary step
began, or since the switch).

A query with \`max\`/\`min\` is a threshold. A query with \`total\` and \`max-regression\` is a
comparison: \`query\` counts the bad events and \`total\` all events over \`[{{ window }}]\`
(for latency, count the requests slower than a histogram bucket), on the canary and on the
stable track beside it — after a switch, on the stable track over as long a time just
before the switch. It succeeds when the Farrington–Manning test's upper bound of the
regression (canary − stable, or canary / stable for a percentage) at \`confidence\` is
within \`max-regression\`; fails when the estimate itself is past it; and is inconclusive
with fewer than 20 events on a side or while the bound is too wide to tell. Example:

\`\`\`yaml
queries:
  - name: error-rate
    query: sum(increase(model_errors_total{track="{{ track }}"}[{{ window }}]))
    total: sum(increase(model_requests_total{track="{{ track }}"}[{{ window }}]))
    max-regression: 0.01   # or "20%"
\`\`\`

${fieldTable(analysisSchema, { queries: 'list of queries (below)', interval: 'duration (30s, 2m)' })}

Each query:

${fieldTable(analysisQuerySchema)}

## Evidence (stored beside the image)

Before a rollout, deploy stores the gate report and the predictions it judged as one OCI
artifact whose \`subject\` is the image's manifest (found through the registry's referrers
API, or the \`sha256-<hex>\` tag of the distribution spec's fallback):

| part | value |
|---|---|
| \`artifactType\` | \`${EVIDENCE_TYPE}\` |
| config | the empty descriptor (\`application/vnd.oci.empty.v1+json\`) |
| layer 1 | the gate report, titled \`${REPORT_TITLE}\`, \`${REPORT_TYPE}\` |
| layer 2 | the predictions, under their file name, \`${mediaTypeOf('x.csv')}\` (\`.csv\`), \`${mediaTypeOf('x.tsv')}\` (\`.tsv\`), \`${mediaTypeOf('x.jsonl')}\` (\`.jsonl\`), else \`${mediaTypeOf('x.json')}\` |
| annotations | \`dev.modelgate.model.digest\` (the model judged), \`dev.modelgate.gate.verdict\` |

The release records the artifact as \`evidence: {digest, image}\`; evaluate-gate with
\`baseline: environment:<name>\` fetches it by that digest and checks every blob and the
predictions' recorded digest before pairing with them.
`;
}
