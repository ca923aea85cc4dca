export const id = 505;
export const ids = [505];
export const modules = {

/***/ 9458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ runAnalysis),
/* harmony export */   kQ: () => (/* binding */ analysisQuerySchema),
/* harmony export */   lN: () => (/* binding */ loadAnalysis),
/* harmony export */   m: () => (/* binding */ analysisSchema)
/* harmony export */ });
/* unused harmony export MIN_COMPARISON_EVENTS */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2311);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8532);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_yaml_input_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3925);
/* harmony import */ var _stats_two_proportions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4111);
/**
 * Analysis of a running release from Prometheus, as Argo Rollouts' AnalysisRun measures:
 * every `interval`, each query once (`{{ track }}` and `{{ image }}` filled in); a
 * measurement fails when a value is past its `max`/`min`, is inconclusive when a query
 * has no data or Prometheus cannot answer, and succeeds otherwise. More failures than
 * `failure-limit` fail the analysis at once, more inconclusive measurements than
 * `inconclusive-limit` end it inconclusive (never a pass), and with
 * `consecutive-success-limit` it passes as soon as that many succeed in a row.
 *
 * A comparison (`total` and `max-regression`) counts bad events of all events over the time
 * judged (`{{ window }}`) on the track and on what it is compared with — the stable track
 * beside a canary, or the stable track before a switch — and passes only when the
 * Farrington–Manning upper bound of the regression is within the margin (src/stats).
 */






const duration = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().transform((text, ctx) => {
    const ms = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E)(text);
    if (ms === undefined || ms <= 0) {
        ctx.addIssue({ code: 'custom', message: 'must be a duration such as 30s or 2m' });
        return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
    }
    return ms;
});
const regression = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().positive().max(1),
    zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^\d+(\.\d+)?%$/, 'a share (0.01) or a percentage ("20%")'),
])
    .describe('Compare with the stable track: the canary\'s share of bad events (`query` / `total`) may be at most this much worse, absolute (0.01) or relative ("20%"), shown by a Farrington–Manning test at `confidence`.');
const analysisQuerySchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).describe('What it measures, for people (error-rate, p99-latency).'),
    query: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .min(1)
        .describe('PromQL giving one value; `{{ track }}`, `{{ image }}` and `{{ window }}` are filled in. With `total`: the count of bad events over `[{{ window }}]`.'),
    max: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().optional().describe('The value must be at most this.'),
    min: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().optional().describe('The value must be at least this.'),
    total: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('With `max-regression`: PromQL counting all events over `[{{ window }}]` (requests), of which `query` counts the bad ones.'),
    'max-regression': regression.optional(),
})
    .strict()
    .superRefine((q, ctx) => {
    const compares = q.total !== undefined || q['max-regression'] !== undefined;
    if (!compares && q.max === undefined && q.min === undefined)
        ctx.addIssue({ code: 'custom', message: 'needs max or min, or total and max-regression' });
    if (!compares)
        return;
    if (q.max !== undefined || q.min !== undefined)
        ctx.addIssue({
            code: 'custom',
            message: 'a comparison (total, max-regression) takes no max or min: make it two queries',
        });
    if (q.total === undefined || q['max-regression'] === undefined)
        ctx.addIssue({ code: 'custom', message: 'a comparison needs both total and max-regression' });
    for (const key of ['query', 'total'])
        if (q[key] !== undefined && !/\{\{\s*window\s*\}\}/.test(q[key]))
            ctx.addIssue({
                code: 'custom',
                path: [key],
                message: 'a comparison counts events over [{{ window }}] (the time being judged), so older traffic cannot dilute it',
            });
});
const analysisSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    prometheus: zod__WEBPACK_IMPORTED_MODULE_4__/* .url */ .OZ5({ protocol: /^https?$/ })
        .optional()
        .describe('The Prometheus server to query (deploy needs it), e.g. http://prometheus:9090.'),
    interval: duration.default(30_000).describe('Time between measurements (default 30s).'),
    count: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(1).max(1000).default(5).describe('Measurements to take.'),
    'failure-limit': zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(0).default(0).describe('Failed measurements tolerated.'),
    'inconclusive-limit': zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()
        .int()
        .min(0)
        .default(0)
        .describe('Inconclusive measurements tolerated (no data, Prometheus down).'),
    'consecutive-success-limit': zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()
        .int()
        .min(0)
        .default(0)
        .describe('Pass as soon as this many measurements succeed in a row (0: take all `count`).'),
    confidence: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()
        .min(0.9)
        .lt(1)
        .default(0.95)
        .describe('Confidence of the comparisons (`max-regression`).'),
    queries: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(analysisQuerySchema).min(1).describe('What each measurement queries.'),
})
    .strict();
/** Reads the `analysis` input (a path, or the YAML inline); errors name the input. */
async function loadAnalysis(value, input = 'analysis') {
    const parsed = analysisSchema.safeParse(await (0,_core_yaml_input_js__WEBPACK_IMPORTED_MODULE_3__/* .readYamlInput */ .c)(value, input));
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(input, `${where}${issue.message}`);
    }
    return parsed.data;
}
/** Events a comparison needs on each side before its normal approximation is trusted. */
const MIN_COMPARISON_EVENTS = 20;
/** Runs the analysis of `track` (canary or stable) of `image`; cancelled runs end inconclusive. */
async function runAnalysis(spec, prometheus, target, options = {}) {
    const measurements = [];
    target = { ...target, since: target.since ?? new Date() };
    const wait = options.wait ??
        ((ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms, undefined, { signal: options.signal }).catch(() => { }));
    let failures = 0;
    let inconclusive = 0;
    let streak = 0;
    const limit = spec['consecutive-success-limit'];
    // A comparison needs traffic to count: its first measurement is an interval after `since`.
    const due = target.since.getTime() + spec.interval - Date.now();
    if (spec.queries.some((q) => q.total !== undefined) && due > 0)
        await wait(due);
    for (let n = 0; n < spec.count; n++) {
        if (n > 0)
            await wait(spec.interval);
        if (options.signal?.aborted)
            return { verdict: 'inconclusive', reason: 'the run was cancelled', measurements };
        const measurement = await measure(spec, prometheus, target, options.signal);
        measurements.push(measurement);
        if (measurement.outcome === 'failure') {
            failures += 1;
            streak = 0;
            if (failures > spec['failure-limit'])
                return { verdict: 'fail', reason: measurement.why, measurements };
        }
        else if (measurement.outcome === 'inconclusive') {
            inconclusive += 1;
            streak = 0;
            if (inconclusive > spec['inconclusive-limit'])
                return { verdict: 'inconclusive', reason: measurement.why, measurements };
        }
        else {
            streak += 1;
            if (limit > 0 && streak >= limit)
                return {
                    verdict: 'pass',
                    reason: `${streak} measurements in a row within every threshold`,
                    measurements,
                };
        }
    }
    if (limit > 0)
        return {
            verdict: 'inconclusive',
            reason: `never ${limit} successful measurements in a row in ${spec.count}`,
            measurements,
        };
    return {
        verdict: 'pass',
        reason: `${measurements.length} measurements, ${failures} failed (limit ${spec['failure-limit']}), ${inconclusive} inconclusive`,
        measurements,
    };
}
async function measure(spec, prometheus, target, signal) {
    const at = new Date();
    const values = {};
    const baselines = {};
    const comparisons = {};
    const failed = [];
    const unknown = [];
    // The time judged so far, whole seconds (Prometheus' range selectors take no fractions).
    const window = `${Math.max(1, Math.round((at.getTime() - target.since.getTime()) / 1000))}s`;
    // One value of a query for a track at a time; a string says why there is none.
    const valueOf = async (promql, track, when) => {
        const filled = promql.replace(/\{\{\s*(track|image|window)\s*\}\}/g, (_, key) => key === 'window'
            ? window
            : (key === 'track' ? track : target.image).replace(/["\\]/g, '\\$&'));
        const value = await prometheus.value(filled, when, signal);
        if (value === undefined)
            return `no data for ${track} (no traffic, or the series is missing)`;
        return typeof value === 'number' ? value : value.problem;
    };
    for (const q of spec.queries) {
        if (q.total !== undefined) {
            const result = await compare(q, target, at, valueOf, spec.confidence);
            values[q.name] = result.canary;
            baselines[q.name] = result.stable;
            if (result.comparison)
                comparisons[q.name] = result.comparison;
            if (result.outcome === 'failure')
                failed.push(result.why);
            else if (result.outcome === 'inconclusive')
                unknown.push(result.why);
            continue;
        }
        const value = await valueOf(q.query, target.track, at);
        if (typeof value === 'string') {
            values[q.name] = undefined;
            unknown.push(`${q.name}: ${value}`);
        }
        else {
            values[q.name] = value;
            if (q.max !== undefined && value > q.max)
                failed.push(`${q.name} is ${format(value)}, above its max ${q.max}`);
            else if (q.min !== undefined && value < q.min)
                failed.push(`${q.name} is ${format(value)}, below its min ${q.min}`);
        }
    }
    const stamp = at.toISOString();
    const extra = Object.keys(baselines).length ? { baselines, comparisons } : {};
    if (failed.length)
        return { at: stamp, outcome: 'failure', values, ...extra, why: failed.join('; ') };
    if (unknown.length)
        return { at: stamp, outcome: 'inconclusive', values, ...extra, why: unknown.join('; ') };
    return { at: stamp, outcome: 'success', values, ...extra };
}
/**
 * A comparison of the canary's share of bad events with the stable track's: success when
 * the test's upper bound is within `max-regression`, failure when the estimate itself is
 * past it, inconclusive while too few events (or too wide a bound) cannot tell.
 */
async function compare(q, target, at, valueOf, confidence) {
    const baseline = target.baseline;
    if (!baseline)
        return {
            outcome: 'inconclusive',
            why: `${q.name}: nothing runs beside ${target.track} to compare with`,
        };
    const sides = [
        { name: target.track, track: target.track, when: at },
        {
            name: baseline.at ? `${baseline.track} before the switch` : baseline.track,
            track: baseline.track,
            when: baseline.at ?? at,
        },
    ];
    const counts = [];
    for (const side of sides) {
        const events = await valueOf(q.query, side.track, side.when);
        const total = await valueOf(q.total, side.track, side.when);
        const problem = typeof events === 'string' ? events : typeof total === 'string' ? total : undefined;
        if (problem)
            return { outcome: 'inconclusive', why: `${q.name} (${side.name}): ${problem}` };
        // increase() extrapolates to the window's edges: counts are rounded to whole events.
        const count = { events: Math.round(events), total: Math.round(total) };
        if (count.events < 0 || count.events > count.total)
            return {
                outcome: 'inconclusive',
                why: `${q.name} (${side.name}): ${count.events} bad events of ${count.total}: query must count a subset of total`,
            };
        counts.push(count);
    }
    const [canary, stable] = counts;
    const shares = { canary: share(canary), stable: share(stable) };
    const seen = `${canary.total} ${sides[0].name} vs ${stable.total} ${sides[1].name} events`;
    if (canary.total < MIN_COMPARISON_EVENTS || stable.total < MIN_COMPARISON_EVENTS)
        return {
            outcome: 'inconclusive',
            ...shares,
            why: `${q.name}: ${seen}; a comparison needs ${MIN_COMPARISON_EVENTS} on each side`,
        };
    const setting = q['max-regression'];
    const scale = typeof setting === 'string' ? 'ratio' : 'difference';
    const margin = typeof setting === 'string' ? 1 + parseFloat(setting) / 100 : setting;
    const samples = { x1: canary.events, n1: canary.total, x2: stable.events, n2: stable.total };
    const upper = (0,_stats_two_proportions_js__WEBPACK_IMPORTED_MODULE_6__/* .upperBound */ .rn)(samples, scale, confidence);
    const comparison = { canary, stable, upper, scale, margin };
    const estimate = scale === 'difference'
        ? shares.canary - shares.stable
        : shares.stable > 0
            ? shares.canary / shares.stable
            : shares.canary > 0
                ? Infinity
                : 1;
    const shown = (v) => scale === 'difference'
        ? `${v >= 0 ? '+' : ''}${format(v)}`
        : Number.isFinite(v)
            ? `×${format(v)}`
            : 'unbounded';
    const detail = `${format(shares.canary)} on ${sides[0].name} vs ${format(shares.stable)} on ${sides[1].name} (${shown(estimate)}; upper bound ${shown(upper)} at ${confidence * 100}%, ${seen})`;
    const allowed = `max-regression ${setting}`;
    if (upper < margin)
        return { outcome: 'success', ...shares, comparison };
    if (estimate > margin)
        return {
            outcome: 'failure',
            ...shares,
            comparison,
            why: `${q.name} is ${detail}, past ${allowed}`,
        };
    return {
        outcome: 'inconclusive',
        ...shares,
        comparison,
        why: `${q.name} is ${detail}: not yet shown within ${allowed}`,
    };
}
const share = ({ events, total }) => total > 0 ? events / total : undefined;
const format = (value) => (Number.isInteger(value) ? String(value) : value.toPrecision(4));


/***/ }),

/***/ 4474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderReference: () => (/* binding */ renderReference)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8439);
/* harmony import */ var _analysis_analysis_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9458);
/* harmony import */ var _drift_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5325);
/* harmony import */ var _gate_gates_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8086);
/* harmony import */ var _ledger_release_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9520);
/* harmony import */ var _release_evidence_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7353);
/* harmony import */ var _validate_signature_contract_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2959);
/**
 * The reference of modelgate's file formats, rendered from the schemas the code reads
 * them with (the gates file, the signature file, the release record) and the constants
 * it writes evidence with, so docs/file-formats.md cannot say anything the code does not
 * do. `modelgate reference` prints it; scripts/docs.mjs writes and checks it.
 */







const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function typeOf(schema) {
    if (schema.const !== undefined)
        return `\`${JSON.stringify(schema.const)}\``;
    if (schema.enum)
        return schema.enum.map((v) => `\`${String(v)}\``).join(', ');
    if (schema.anyOf)
        return [...new Set(schema.anyOf.map(typeOf))].join(' or ');
    if (schema.type === 'array')
        return `list of ${schema.items ? typeOf(schema.items) : 'any'}`;
    if (Array.isArray(schema.type))
        return schema.type.join(' or ');
    if (schema.type === 'object')
        return 'mapping';
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
function fieldTable(schema, types = {}) {
    const json = zod__WEBPACK_IMPORTED_MODULE_6__/* .toJSONSchema */ .bl(schema, { io: 'input', unrepresentable: 'any' });
    const rows = ['| field | type | default | meaning |', '|---|---|---|---|'];
    const add = (object, prefix) => {
        for (const [key, field] of Object.entries(object.properties ?? {})) {
            const name = `${prefix}${key}`;
            const fallback = object.required?.includes(key)
                ? '(required)'
                : field.default !== undefined
                    ? `\`${JSON.stringify(field.default)}\``
                    : '';
            rows.push(`| \`${name}\` | ${cell(types[name] ?? typeOf(field))} | ${fallback} | ${cell(field.description ?? '')} |`);
            // A mapping's own fields follow it, as `parent.field`.
            if (field.properties)
                add(field, `${name}.`);
        }
    };
    add(json, '');
    return rows.join('\n');
}
function renderReference() {
    return `# File formats

Generated from the schemas modelgate reads these files with (\`modelgate reference\`,
written by \`npm run docs\`, checked by \`npm run lint\`): what is listed here is what the code
accepts, and nothing else. Every action's inputs and outputs are in [actions.md](actions.md).

## Gates file (\`gates\` of evaluate-gate)

A YAML file, or the YAML itself inline. Unknown keys are errors (a misspelt key never
silently loosens a gate).

${fieldTable(_gate_gates_file_js__WEBPACK_IMPORTED_MODULE_2__/* .gatesFileSchema */ .Es, { gates: 'list of gates (below)' })}

Each entry of \`gates\`:

${fieldTable(_gate_gates_file_js__WEBPACK_IMPORTED_MODULE_2__/* .gateSchema */ .Tp, { 'max-regression': 'number, or a percentage string ("1%")' })}

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

${fieldTable(_drift_config_js__WEBPACK_IMPORTED_MODULE_1__/* .driftSchema */ .j)}

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

${fieldTable(_gate_gates_file_js__WEBPACK_IMPORTED_MODULE_2__/* .liveMetricsSchema */ .Rj, { metrics: 'map of metric name to PromQL or {query, total}' })}

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

${fieldTable(_validate_signature_contract_js__WEBPACK_IMPORTED_MODULE_5__/* .contractSchema */ .Cy, { inputs: 'list of tensors', outputs: 'list of tensors' })}

Each tensor:

${fieldTable(_validate_signature_contract_js__WEBPACK_IMPORTED_MODULE_5__/* .tensorSchema */ .hb)}

## Release record (the ledger)

One per release and status change: a line of a \`file:\` ledger (JSON Lines, appended under
a lock, the newest line of an id wins), or the payload of a GitHub deployment (\`github\`
ledger, its statuses carrying the status). A ledger line that does not have the required
fields is an error naming the line; fields not listed are kept.

${fieldTable(_ledger_release_record_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseRecordSchema */ .Mn)}

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

${fieldTable(_analysis_analysis_js__WEBPACK_IMPORTED_MODULE_0__/* .analysisSchema */ .m, { queries: 'list of queries (below)', interval: 'duration (30s, 2m)' })}

Each query:

${fieldTable(_analysis_analysis_js__WEBPACK_IMPORTED_MODULE_0__/* .analysisQuerySchema */ .kQ)}

## Evidence (stored beside the image)

Before a rollout, deploy stores the gate report and the predictions it judged as one OCI
artifact whose \`subject\` is the image's manifest (found through the registry's referrers
API, or the \`sha256-<hex>\` tag of the distribution spec's fallback):

| part | value |
|---|---|
| \`artifactType\` | \`${_release_evidence_store_js__WEBPACK_IMPORTED_MODULE_4__/* .EVIDENCE_TYPE */ .$j}\` |
| config | the empty descriptor (\`application/vnd.oci.empty.v1+json\`) |
| layer 1 | the gate report, titled \`${_release_evidence_store_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_TITLE */ .YI}\`, \`${_release_evidence_store_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_TYPE */ .mG}\` |
| layer 2 | the predictions, under their file name, \`${(0,_release_evidence_store_js__WEBPACK_IMPORTED_MODULE_4__/* .mediaTypeOf */ .c0)('x.csv')}\` (\`.csv\`), \`${(0,_release_evidence_store_js__WEBPACK_IMPORTED_MODULE_4__/* .mediaTypeOf */ .c0)('x.tsv')}\` (\`.tsv\`), \`${(0,_release_evidence_store_js__WEBPACK_IMPORTED_MODULE_4__/* .mediaTypeOf */ .c0)('x.jsonl')}\` (\`.jsonl\`), else \`${(0,_release_evidence_store_js__WEBPACK_IMPORTED_MODULE_4__/* .mediaTypeOf */ .c0)('x.json')}\` |
| annotations | \`dev.modelgate.model.digest\` (the model judged), \`dev.modelgate.gate.verdict\` |

The release records the artifact as \`evidence: {digest, image}\`; evaluate-gate with
\`baseline: environment:<name>\` fetches it by that digest and checks every blob and the
predictions' recorded digest before pairing with them.
`;
}


/***/ }),

/***/ 5325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ driftSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2311);
/** The `drift:` section of the gates file: which features, the tests' settings, the limits. */

const share = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1);
const driftSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    features: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .min(1)
        .optional()
        .describe('The columns compared (default: every column of `reference` but the id, label, prediction and score columns).'),
    categorical: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .default([])
        .describe('Columns compared as categories even when their values are numbers (codes).'),
    slices: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .default([])
        .describe('Columns whose every value is a slice: each feature is also compared within each slice (in the same Holm family).'),
    'min-count': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .int()
        .min(1)
        .default(100)
        .describe('Slices with fewer rows on either side are reported, not tested.'),
    alpha: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .gt(0)
        .max(0.2)
        .default(0.05)
        .describe("Family-wise error rate of the tests over all features (Holm's adjustment of their p-values)."),
    bins: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .int()
        .min(2)
        .max(100)
        .default(10)
        .describe("Bins of numeric features for PSI and Jensen–Shannon: the reference's quantiles."),
    'max-psi': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .positive()
        .default(0.2)
        .describe('A feature drifts when its test rejects and its PSI is past this (0.2: a major shift).'),
    'max-js': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .positive()
        .max(1)
        .optional()
        .describe('Also drifted when the Jensen–Shannon distance (base 2) is past this.'),
    'max-ks': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .positive()
        .max(1)
        .optional()
        .describe("Also drifted when a numeric feature's KS statistic is past this."),
    'max-missing-increase': share
        .default(0.05)
        .describe("Data quality: the current share of missing values may exceed the reference's by at most this."),
    'max-new-categories': share
        .default(0.01)
        .describe('Data quality: share of current rows with a category the reference never had.'),
    'max-out-of-range': share
        .default(0.01)
        .describe("Data quality: share of a numeric feature's current values outside the reference's range."),
})
    .strict();


/***/ }),

/***/ 8086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ gatesFileSchema),
/* harmony export */   N4: () => (/* binding */ checkGatesFitTask),
/* harmony export */   Rj: () => (/* binding */ liveMetricsSchema),
/* harmony export */   Tp: () => (/* binding */ gateSchema),
/* harmony export */   Vz: () => (/* binding */ loadGates)
/* harmony export */ });
/* unused harmony exports liveMetricSchema, parseGates */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2311);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8532);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8571);
/* harmony import */ var _drift_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5325);
/* harmony import */ var _core_yaml_input_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3925);
/* harmony import */ var _metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(264);
/**
 * The gates file of SPEC §5 (a path, or the YAML inline in the `gates` input), checked
 * with zod. Every problem is one line naming the `gates` input and the offending entry.
 */






const missing = zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['fail', 'inconclusive', 'skip'])
    .describe('What a gate whose metric or slice is missing from the candidate or the baseline becomes: fail, inconclusive or skip.');
const tolerance = zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J().transform((raw, ctx) => {
    if (typeof raw === 'number' && raw >= 0)
        return { value: raw, relative: false };
    const percent = typeof raw === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(raw) : null;
    if (percent)
        return { value: parseFloat(percent[1]) / 100, relative: true };
    ctx.addIssue({
        code: 'custom',
        message: typeof raw === 'number'
            ? 'must not be negative'
            : 'must be a number or a percentage such as "1%"',
    });
    return zod__WEBPACK_IMPORTED_MODULE_6__/* .NEVER */ .tm;
});
/** One entry of `gates:` (exported for the reference in docs/). */
const gateSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    metric: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .min(1, 'is required')
        .describe('The metric (accuracy, f1, roc_auc, rmse, ...; or a key of a metrics file).'),
    min: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().optional().describe('The candidate must be at least this.'),
    max: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().optional().describe('The candidate must be at most this.'),
    'max-regression': tolerance
        .optional()
        .describe('How much worse than the baseline the candidate may be: a number (absolute) or a percentage such as "1%" (of the baseline).'),
    significance: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY()
        .default(false)
        .describe('true: judge max-regression with a paired non-inferiority test (the margin is max-regression) instead of the point estimate.'),
    slices: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1))
        .default([])
        .describe('Columns to gate per value as well (each slice must pass).'),
    'min-count': zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .int()
        .min(1)
        .optional()
        .describe('Slices with fewer rows are reported, not gated (default 20 with slices, else 1).'),
    direction: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['higher', 'lower'])
        .optional()
        .describe('Whether higher or lower is better; needed only for a custom metric with max-regression.'),
    missing: missing.optional(),
})
    .strict();
/** A metric measured live: one PromQL value, or bad events (`query`) of all (`total`). */
const liveMetricSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        query: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).describe('PromQL: the value, or with `total` the bad events.'),
        total: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
            .min(1)
            .optional()
            .describe('PromQL counting all events: the metric is then query / total (lower is better), tested with Farrington–Manning.'),
    })
        .strict(),
]);
/** The `prometheus:` section: what `candidate`/`baseline: prometheus:<track>` measure. */
const liveMetricsSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    url: zod__WEBPACK_IMPORTED_MODULE_5__/* .url */ .OZ5({ protocol: /^https?$/ })
        .describe('The Prometheus server, e.g. http://prometheus:9090.'),
    window: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .refine((text) => ((0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E)(text) ?? 0) >= 1000, 'must be a duration such as 1h or 30m')
        .default('1h')
        .describe('The time measured, ending now: `{{ window }}` in the queries (default 1h).'),
    metrics: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(/^[A-Za-z_][\w.-]*$/), liveMetricSchema)
        .refine((m) => Object.keys(m).length > 0, 'lists no metrics')
        .describe('Metric name → PromQL (`{{ track }}` is the text after `prometheus:`), or {query, total} for a share of bad events.'),
})
    .strict();
/** The gates file (exported for the reference in docs/). */
const gatesFileSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    // A pull request may edit the gates file: what makes a test weaker has a floor.
    confidence: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .min(0.9, 'must be at least 0.9 (0.975 gives the regulatory one-sided 2.5%)')
        .lt(1)
        .default(0.95)
        .describe('Confidence of the one-sided intervals and tests, at least 0.9.'),
    bootstrap: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .int()
        .min(1000, 'must be at least 1000')
        .max(100000)
        .default(2000)
        .describe('Bootstrap resamples for the intervals of metrics without a closed form.'),
    seed: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .int()
        .min(0)
        .max(4294967295)
        .optional()
        .describe('Bootstrap seed (default: derived from the data, so a run is reproducible).'),
    missing: missing.default('fail'),
    prometheus: liveMetricsSchema
        .optional()
        .describe('Where `prometheus:<track>` candidates and baselines are measured (below).'),
    drift: _drift_config_js__WEBPACK_IMPORTED_MODULE_2__/* .driftSchema */ .j
        .optional()
        .describe('Drift and data-quality gates between the `reference` and `current` datasets (below).'),
    gates: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J()).default([]).describe('The gates (the table below).'),
})
    .strict();
const fileSchema = gatesFileSchema;
/** Reads the `gates` input: a path to a YAML file, or the YAML itself. */
async function loadGates(input) {
    return parseGates(await (0,_core_yaml_input_js__WEBPACK_IMPORTED_MODULE_3__/* .readYamlInput */ .c)(input, 'gates'));
}
/**
 * Gates that cannot apply to a candidate read from predictions: a metric not defined for
 * its task (`roc_auc_ovr` on a binary task), or one modelgate does not compute (a custom
 * metric exists only in a metrics file). One line naming `gates`.
 */
function checkGatesFitTask(config, task) {
    config.gates.forEach((gate, i) => {
        const where = `gates[${i}] (metric: ${gate.metric})`;
        if (!(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_4__/* .isKnownMetric */ .Oi)(gate.metric))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('gates', `${where}: modelgate does not compute ${gate.metric} from predictions (it computes ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_4__/* .metricsFor */ .fZ)(task).join(', ')}); a custom metric needs a metrics file`);
        const why = (0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_4__/* .notDefinedFor */ .YG)(gate.metric, task);
        if (why)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('gates', `${where}: ${why}`);
    });
}
/** Checks a parsed gates document. */
function parseGates(document) {
    const file = fileSchema.safeParse(document);
    if (!file.success)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('gates', describeIssue(file.error, ''));
    const config = file.data;
    if (config.gates.length === 0 && !config.drift)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('gates', 'gates: lists no gates (and there is no drift: section)');
    const gates = config.gates.map((entry, i) => {
        const where = `gates[${i}]${describeEntry(entry)}`;
        const parsed = gateSchema.safeParse(entry);
        if (!parsed.success)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('gates', describeIssue(parsed.error, where));
        return checkGate(parsed.data, where, config.missing);
    });
    return { ...config, gates };
}
function checkGate(entry, where, fileMissing) {
    const fail = (problem) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('gates', `${where}: ${problem}`);
    };
    const known = (0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_4__/* .directionOf */ .FR)(entry.metric);
    const maxRegression = entry['max-regression'] ?? undefined;
    const alias = suggest(entry.metric);
    // A near miss of a metric modelgate computes is a typo, not a custom metric.
    if (!known && alias)
        fail(`unknown metric '${entry.metric}'${alias}`);
    // A floor or ceiling says which side is bad by itself; a regression needs a direction.
    if (!known && !entry.direction && maxRegression !== undefined)
        fail(`unknown metric '${entry.metric}'; a custom metric from a metrics file needs direction: higher or lower for max-regression`);
    if (known && entry.direction && entry.direction !== known)
        fail(`direction of ${entry.metric} is ${known}, not ${entry.direction}`);
    if (entry.min === undefined && entry.max === undefined && maxRegression === undefined)
        fail('needs min, max or max-regression');
    if (entry.min !== undefined && entry.max !== undefined && entry.min > entry.max)
        fail(`min ${entry.min} is above max ${entry.max}`);
    if (entry.significance && maxRegression === undefined)
        fail('significance: true needs max-regression (the non-inferiority margin)');
    return {
        metric: entry.metric,
        min: entry.min,
        max: entry.max,
        maxRegression,
        significance: entry.significance,
        slices: entry.slices,
        // A slice smaller than a valid test needs is reported, not gated (SPEC §5).
        minCount: entry['min-count'] ?? (entry.slices.length > 0 ? 20 : 1),
        direction: entry.direction ??
            known ??
            (entry.min === undefined && entry.max !== undefined ? 'lower' : 'higher'),
        missing: entry.missing ?? fileMissing,
    };
}
function describeEntry(entry) {
    const metric = entry?.metric;
    return typeof metric === 'string' ? ` (metric: ${metric})` : '';
}
function describeIssue(error, where) {
    // An unknown key explains the rest (a misspelt `metric` is also a missing one).
    const issue = error.issues.find((i) => i.code === 'unrecognized_keys') ?? error.issues[0];
    const path = issue.path.join('.');
    const subject = [where, path].filter(Boolean).join(': ');
    const message = issue.code === 'unrecognized_keys'
        ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'${nearest(k, where ? GATE_KEYS : FILE_KEYS)}`).join(', ')}`
        : issue.message;
    return subject ? `${subject}: ${message}` : message;
}
/** Other names people give the metrics modelgate computes. */
const METRIC_ALIASES = {
    auc: 'roc_auc',
    roc: 'roc_auc',
    auroc: 'roc_auc',
    acc: 'accuracy',
    f1_score: 'f1',
    logloss: 'log_loss',
    cross_entropy: 'log_loss',
    ap: 'average_precision',
    brier_score: 'brier',
    kappa: 'cohen_kappa',
    matthews_corrcoef: 'mcc',
};
/** " (did you mean accuracy?)" for a near miss or another name of a known metric. */
function suggest(name) {
    const lower = name.toLowerCase();
    const close = METRIC_ALIASES[lower] ??
        ((0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_4__/* .isKnownMetric */ .Oi)(lower) ? lower : undefined) ??
        (lower.length >= 4
            ? Object.keys(_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_4__/* .METRICS */ .Cb).find((known) => distance(known, lower) <= (lower.length >= 8 ? 2 : 1))
            : undefined);
    return close && (0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_4__/* .isKnownMetric */ .Oi)(close) ? ` (did you mean ${close}?)` : '';
}
const GATE_KEYS = Object.keys(gateSchema.shape);
const FILE_KEYS = Object.keys(fileSchema.shape);
/** " (did you mean metric?)" for a near miss of a key the schema knows. */
function nearest(key, keys) {
    const close = keys.find((known) => distance(known, key) <= 2);
    return close ? ` (did you mean ${close}?)` : '';
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}


/***/ }),

/***/ 9520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mn: () => (/* binding */ releaseRecordSchema),
/* harmony export */   f2: () => (/* binding */ asReleaseRecord)
/* harmony export */ });
/* unused harmony exports RELEASE_STATUSES, everyFieldDescribed */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2311);

const RELEASE_STATUSES = [
    'in_progress',
    'success',
    'failure',
    'rolled-back',
    'inactive',
];
const text = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP();
/**
 * A release record as both ledgers read it: what a record must have to be one (a line of
 * a file ledger, a deployment's payload), with every field described for the reference in
 * docs/. Fields it does not know are kept (a newer writer's).
 */
const releaseRecordSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('modelgate.release/v1').describe('Always `modelgate.release/v1`.'),
    id: text.describe('The release id: `<environment>-<UTC time>-<4 hex>`.'),
    environment: text.describe('The environment it went to.'),
    name: text
        .optional()
        .describe("What it is a release of (default the image's last path segment); the ledger keeps each name's releases apart."),
    image: text.describe('The image, by digest (`registry/repository@sha256:...`).'),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        digest: text.optional().describe("The model's digest (sha256:...)."),
        format: text.optional().describe('Its format (onnx, safetensors, sklearn-pickle, ...).'),
    })
        .optional()
        .describe("The model's digest and format, from the image's labels."),
    gate: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        verdict: text
            .optional()
            .describe('pass (deploy refuses anything else unless allow-ungated).'),
        metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(text, zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig())
            .optional()
            .describe('The candidate metrics the gate judged.'),
        slices: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(text, zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(text, zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig())).optional().describe('Per-slice metrics.'),
        ungated: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
            .optional()
            .describe('Deployed without a gate report (allow-ungated: true).'),
        model_digest: text.optional().describe('The model digest the gate report judged.'),
        gates: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()
            .optional()
            .describe('The gates it passed (to tell when a later gate is looser).'),
        predictions_digest: text
            .optional()
            .describe('Digest of the candidate predictions the gate read.'),
        evaluation_digest: text
            .optional()
            .describe('Digest of the evaluation set (sorted id and label lines).'),
    })
        .optional()
        .describe('What the release recorded of the gate it passed.'),
    evidence: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        digest: text.describe("The artifact manifest's digest."),
        image: text.describe('Where it is: the repository @ that digest.'),
    })
        .optional()
        .describe('The evidence artifact (gate report and predictions) stored beside the image.'),
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        repository: text.optional().describe('owner/name.'),
        sha: text.optional().describe('The commit.'),
        ref: text.optional().describe('The branch or tag.'),
        run_url: text.optional().describe('The workflow run.'),
        actor: text.optional().describe('Who ran it.'),
    })
        .optional()
        .describe('Where it came from: the repository, commit, ref, run and actor.'),
    provider: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        name: text.describe('registry-tag, kubernetes, gitops or command.'),
        config: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(text, zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()).describe('Its settings (tag, namespace, ...).'),
    })
        .optional()
        .describe('The provider and its settings (never secrets): enough for a rollback to redo it.'),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(RELEASE_STATUSES).describe(`One of ${RELEASE_STATUSES.join(', ')}.`),
    rollback_of: text
        .nullable()
        .optional()
        .describe('For a rollback: the release it undid; null for a deploy.'),
    restores: text
        .nullable()
        .optional()
        .describe('For a rollback: the release whose image it brought back.'),
    reason: text.optional().describe("Why it was made (a rollback's reason)."),
    detail: text.optional().describe("What its latest status said (a failure's cause)."),
    url: text.optional().describe("The environment's URL."),
    created_at: text.describe('When it started (ISO 8601, UTC).'),
    analysis: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        verdict: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'inconclusive']).describe('What the analysis decided.'),
        reason: text.describe('What decided it: the failing query, its value and threshold.'),
        queries: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
            name: text,
            max: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
            min: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
            'max-regression': zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), text]).optional(),
        }))
            .optional()
            .describe('The queries by name, with their thresholds.'),
        measurements: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
            at: text,
            outcome: text,
            values: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(text, zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable()),
            baselines: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(text, zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable()).optional(),
            comparisons: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(text, zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({})).optional(),
            why: text.optional(),
        }))
            .describe("Each measurement: when, its outcome, each query's value, a comparison's stable value (`baselines`) with its counts and bound (`comparisons`), and why it failed or was inconclusive."),
    })
        .optional()
        .describe('The live analysis after the rollout (deploy input `analysis`), when there was one.'),
    deadline: text
        .optional()
        .describe('While in_progress: when its run must have finished; past it, the next run takes the environment over.'),
    updated_at: text.optional().describe('When its status last changed.'),
});
/** The record in `value` when it is one (a ledger line, a deployment's payload). */
function asReleaseRecord(value) {
    return releaseRecordSchema.safeParse(value).success ? value : undefined;
}
const everyFieldDescribed = true;


/***/ }),

/***/ 264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   FR: () => (/* binding */ directionOf),
/* harmony export */   Oi: () => (/* binding */ isKnownMetric),
/* harmony export */   YG: () => (/* binding */ notDefinedFor),
/* harmony export */   fZ: () => (/* binding */ metricsFor)
/* harmony export */ });
const classification = ['binary', 'multiclass'];
const binary = ['binary'];
const regression = ['regression'];
const averaged = (name) => Object.fromEntries(['macro', 'micro', 'weighted'].map((avg) => [
    `${name}_${avg}`,
    { direction: 'higher', tasks: classification },
]));
const METRICS = {
    n: { direction: 'higher', tasks: ['binary', 'multiclass', 'regression'] },
    accuracy: { direction: 'higher', tasks: classification },
    balanced_accuracy: { direction: 'higher', tasks: classification },
    precision: { direction: 'higher', tasks: binary, hint: 'precision_macro' },
    recall: { direction: 'higher', tasks: binary, hint: 'recall_macro' },
    f1: { direction: 'higher', tasks: binary, hint: 'f1_macro' },
    ...averaged('precision'),
    ...averaged('recall'),
    ...averaged('f1'),
    roc_auc: { direction: 'higher', tasks: binary, scores: true, hint: 'roc_auc_ovr' },
    roc_auc_ovr: { direction: 'higher', tasks: ['multiclass'], scores: true, hint: 'roc_auc' },
    average_precision: { direction: 'higher', tasks: classification, scores: true },
    log_loss: { direction: 'lower', tasks: classification, scores: true },
    brier: { direction: 'lower', tasks: classification, scores: true },
    mcc: { direction: 'higher', tasks: classification },
    cohen_kappa: { direction: 'higher', tasks: classification },
    mae: { direction: 'lower', tasks: regression },
    mse: { direction: 'lower', tasks: regression },
    rmse: { direction: 'lower', tasks: regression },
    r2: { direction: 'higher', tasks: regression },
    mape: { direction: 'lower', tasks: regression },
    median_ae: { direction: 'lower', tasks: regression },
};
/** True for a metric modelgate computes itself. */
function isKnownMetric(name) {
    return Object.hasOwn(METRICS, name);
}
/** The better direction of a known metric, or undefined for a custom one. */
function directionOf(name) {
    return isKnownMetric(name) ? METRICS[name].direction : undefined;
}
/** The metrics defined for a task, in catalogue order. */
function metricsFor(task) {
    return Object.keys(METRICS).filter((name) => METRICS[name].tasks.includes(task));
}
/** Why `name` has no value for `task` (not defined there), or undefined when it is. */
function notDefinedFor(name, task) {
    const info = METRICS[name];
    if (!info || info.tasks.includes(task))
        return undefined;
    const instead = info.hint && METRICS[info.hint]?.tasks.includes(task) ? `; use ${info.hint}` : '';
    return `${name} is not defined for ${task} tasks${instead}`;
}


/***/ }),

/***/ 8448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ readGateReport),
/* harmony export */   mQ: () => (/* binding */ checkGateSubject),
/* harmony export */   vz: () => (/* binding */ sourceOf)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _build_labels_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7309);
/**
 * The evidence a release records: the model (digest, format), the gate (verdict and
 * metrics from evaluate-gate's JSON report; later the baseline of `environment:<name>`),
 * and where it came from (repository, commit, ref, run, who).
 */



/** Reads an evaluate-gate report; refuses anything else, naming `gate-report`. */
async function readGateReport(path) {
    let bytes;
    let report;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
        report = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'does not exist' : 'is not JSON';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('gate-report', reason, path);
    }
    if (report?.action !== 'evaluate-gate' || typeof report.verdict !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('gate-report', 'is not an evaluate-gate report', path);
    const slices = report.candidate?.slices ?? {};
    const text = (value) => (typeof value === 'string' ? value : undefined);
    const subject = report.subject;
    const gate = {
        verdict: report.verdict,
        metrics: report.candidate?.metrics ?? {},
        ...(Object.keys(slices).length > 0 ? { slices } : {}),
        ...(text(subject?.model?.digest) ? { model_digest: text(subject?.model?.digest) } : {}),
        ...(text(subject?.predictions?.digest)
            ? { predictions_digest: text(subject?.predictions?.digest) }
            : {}),
        ...(text(subject?.evaluation?.digest)
            ? { evaluation_digest: text(subject?.evaluation?.digest) }
            : {}),
        ...(report.thresholds ? { gates: report.thresholds } : {}),
    };
    return { gate, predictionsPath: text(subject?.predictions?.path), bytes };
}
/**
 * The chain check of SPEC §9: the report passed, and judged the model the image carries.
 * `imageModel` is the image's `dev.modelgate.model.digest` label; `given` the
 * `model-digest` input. Every refusal is one line naming the input, before anything changes.
 */
function checkGateSubject(report, reportPath, imageModel, given, image) {
    if (imageModel && given && imageModel !== given)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('model-digest', `disagrees with the image's ${_build_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .MODEL_DIGEST_LABEL */ .wo} label (${imageModel})`, given);
    const model = imageModel ?? given;
    if (report.gate.verdict !== 'pass')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('gate-report', `records gate verdict '${report.gate.verdict}': only a model that passed its gate is deployed`, reportPath);
    const judged = report.gate.model_digest;
    if (!judged)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('gate-report', 'names no model (subject.model.digest): run evaluate-gate with model-digest or validate-report', reportPath);
    if (!model)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('gate-report', `cannot be checked against ${image}: the image has no ${_build_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .MODEL_DIGEST_LABEL */ .wo} label; pass model-digest`, reportPath);
    if (judged !== model)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('gate-report', `judged model ${judged}, but ${image} carries model ${model}: gate this image's model`, reportPath);
    return model;
}
/** Repository, commit, ref, run and actor of this run (the commit from git outside Actions). */
async function sourceOf(run) {
    const sha = await run.commit();
    return {
        ...(run.repository ? { repository: run.repository.fullName } : {}),
        ...(sha ? { sha } : {}),
        ...(run.ref ? { ref: run.ref } : {}),
        ...(run.runUrl ? { run_url: run.runUrl } : {}),
        ...(run.actor ? { actor: run.actor } : {}),
    };
}


/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ contractSchema),
/* harmony export */   hb: () => (/* binding */ tensorSchema),
/* harmony export */   jC: () => (/* binding */ checkSignature),
/* harmony export */   pv: () => (/* binding */ loadSignatureContract)
/* harmony export */ });
/* unused harmony exports DTYPES, shapeMismatch */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2311);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_yaml_input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3925);
/** The declared input/output contract (SPEC §3 signature file) and its check against a model. */



const DTYPES = [
    'float16',
    'float32',
    'float64',
    'bfloat16',
    'int8',
    'int16',
    'int32',
    'int64',
    'uint8',
    'bool',
    'string',
];
const dimension = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(-1), zod__WEBPACK_IMPORTED_MODULE_2__/* ["null"] */ .chJ(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)]);
/** One declared tensor (exported for the reference in docs/). */
const tensorSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('The tensor name in the model (optional: then matched by position).'),
    dtype: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(DTYPES).describe(`Element type: ${DTYPES.join(', ')}.`),
    shape: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(dimension)
        .optional()
        .describe('Dimensions: a size, -1 or null for any, or a name for a symbolic one (batch).'),
})
    .strict();
const tensor = tensorSchema;
/** The signature file (exported for the reference in docs/). */
const contractSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    inputs: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(tensor).optional().describe('What the model must take, in order.'),
    outputs: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(tensor).optional().describe('What the model must return, in order.'),
})
    .strict();
/** Reads the `signature` input: a path to a YAML/JSON file, or inline YAML/JSON. */
async function loadSignatureContract(value) {
    const data = await (0,_core_yaml_input_js__WEBPACK_IMPORTED_MODULE_1__/* .readYamlInput */ .c)(value, 'signature');
    const parsed = contractSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('signature', `${issue.message}${where}`, value);
    }
    return parsed.data;
}
const isDynamic = (d) => d === null || d === -1 || typeof d === 'string';
/** Why a model shape does not satisfy a declared shape, or undefined when it does. */
function shapeMismatch(declared, actual) {
    if (!declared || actual === null)
        return undefined;
    if (declared.length !== actual.length)
        return `rank ${actual.length}, not ${declared.length}`;
    for (let i = 0; i < declared.length; i++) {
        const want = declared[i];
        const have = actual[i];
        if (isDynamic(have))
            continue;
        if (isDynamic(want))
            return `dimension ${i} is fixed at ${have}, but the contract allows any size`;
        if (want !== have)
            return `dimension ${i} is ${have}, not ${want}`;
    }
    return undefined;
}
/** Checks a model's signature against the contract; every difference is an error finding. */
function checkSignature(contract, actual, findings) {
    if (!actual) {
        findings.error('SIGNATURE_UNAVAILABLE', 'a signature was declared, but this format records no inputs/outputs to check it against');
        return;
    }
    const compare = (kind, declared, have) => {
        const matched = new Set();
        for (const want of declared) {
            const found = want.name === undefined
                ? have.length === 1
                    ? have[0]
                    : undefined
                : have.find((t) => t.name === want.name);
            const label = want.name ?? `(unnamed ${kind})`;
            if (!found) {
                const names = have.map((t) => t.name).join(', ') || 'none';
                findings.error(`SIGNATURE_MISSING_${kind.toUpperCase()}`, `declared ${kind} '${label}' is not in the model (model ${kind}s: ${names})`);
                continue;
            }
            matched.add(found.name);
            if (found.dtype !== want.dtype)
                findings.error('SIGNATURE_DTYPE', `${kind} '${found.name}' is ${found.dtype}, the contract says ${want.dtype}`);
            const problem = shapeMismatch(want.shape, found.shape);
            if (problem)
                findings.error('SIGNATURE_SHAPE', `${kind} '${found.name}' shape ${JSON.stringify(found.shape)} does not match ${JSON.stringify(want.shape)}: ${problem}`);
        }
        return matched;
    };
    if (contract.inputs) {
        const matched = compare('input', contract.inputs, actual.inputs);
        for (const extra of actual.inputs.filter((t) => !matched.has(t.name))) {
            findings.error('SIGNATURE_EXTRA_INPUT', `model requires input '${extra.name}' (${extra.dtype}), which the contract does not declare`);
        }
    }
    if (contract.outputs)
        compare('output', contract.outputs, actual.outputs);
}


/***/ })

};
