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
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2311);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8532);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_yaml_input_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3925);
/* harmony import */ var _prometheus_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4680);
/**
 * Analysis of a running release from Prometheus, as Argo Rollouts' AnalysisRun measures:
 * every `interval`, each query once (`{{ track }}` and `{{ image }}` filled in); a
 * measurement fails when a value is past its `max`/`min`, is inconclusive when a query
 * has no data or Prometheus cannot answer, and succeeds otherwise. More failures than
 * `failure-limit` fail the analysis at once, more inconclusive measurements than
 * `inconclusive-limit` end it inconclusive (never a pass), and with
 * `consecutive-success-limit` it passes as soon as that many succeed in a row.
 */






const duration = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().transform((text, ctx) => {
    const ms = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E)(text);
    if (ms === undefined || ms <= 0) {
        ctx.addIssue({ code: 'custom', message: 'must be a duration such as 30s or 2m' });
        return zod__WEBPACK_IMPORTED_MODULE_6__/* .NEVER */ .tm;
    }
    return ms;
});
const analysisQuerySchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).describe('What it measures, for people (error-rate, p99-latency).'),
    query: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .min(1)
        .describe('PromQL giving one value; `{{ track }}` and `{{ image }}` are filled in.'),
    max: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().optional().describe('The value must be at most this.'),
    min: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().optional().describe('The value must be at least this.'),
})
    .strict()
    .refine((q) => q.max !== undefined || q.min !== undefined, 'needs max or min');
const analysisSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    prometheus: zod__WEBPACK_IMPORTED_MODULE_5__/* .url */ .OZ5({ protocol: /^https?$/ })
        .optional()
        .describe('The Prometheus server to query (deploy needs it), e.g. http://prometheus:9090.'),
    interval: duration.default(30_000).describe('Time between measurements (default 30s).'),
    count: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().min(1).max(1000).default(5).describe('Measurements to take.'),
    'failure-limit': zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().min(0).default(0).describe('Failed measurements tolerated.'),
    'inconclusive-limit': zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .int()
        .min(0)
        .default(0)
        .describe('Inconclusive measurements tolerated (no data, Prometheus down).'),
    'consecutive-success-limit': zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .int()
        .min(0)
        .default(0)
        .describe('Pass as soon as this many measurements succeed in a row (0: take all `count`).'),
    queries: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(analysisQuerySchema).min(1).describe('What each measurement queries.'),
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
/** Runs the analysis of `track` (canary or stable) of `image`; cancelled runs end inconclusive. */
async function runAnalysis(spec, prometheus, target, options = {}) {
    const measurements = [];
    const wait = options.wait ??
        ((ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms, undefined, { signal: options.signal }).catch(() => { }));
    let failures = 0;
    let inconclusive = 0;
    let streak = 0;
    const limit = spec['consecutive-success-limit'];
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
    const failed = [];
    const unknown = [];
    for (const q of spec.queries) {
        const promql = q.query.replace(/\{\{\s*(track|image)\s*\}\}/g, (_, key) => target[key].replace(/["\\]/g, '\\$&'));
        let value;
        try {
            const samples = await prometheus.query(promql, at, signal);
            if (samples.length > 1) {
                unknown.push(`${q.name}: the query gives ${samples.length} series, not one value`);
                continue;
            }
            value = samples[0]?.value;
        }
        catch (error) {
            if (!(error instanceof _prometheus_js__WEBPACK_IMPORTED_MODULE_4__/* .PrometheusError */ .H))
                throw error;
            unknown.push(`${q.name}: ${error.message}`);
            continue;
        }
        values[q.name] = value;
        if (value === undefined || !Number.isFinite(value)) {
            values[q.name] = undefined;
            unknown.push(`${q.name}: no data for ${target.track} (no traffic, or the series is missing)`);
        }
        else if (q.max !== undefined && value > q.max)
            failed.push(`${q.name} is ${format(value)}, above its max ${q.max}`);
        else if (q.min !== undefined && value < q.min)
            failed.push(`${q.name} is ${format(value)}, below its min ${q.min}`);
    }
    const stamp = at.toISOString();
    if (failed.length)
        return { at: stamp, outcome: 'failure', values, why: failed.join('; ') };
    if (unknown.length)
        return { at: stamp, outcome: 'inconclusive', values, why: unknown.join('; ') };
    return { at: stamp, outcome: 'success', values };
}
const format = (value) => (Number.isInteger(value) ? String(value) : value.toPrecision(4));


/***/ }),

/***/ 4680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ PrometheusError),
/* harmony export */   S: () => (/* binding */ PrometheusClient)
/* harmony export */ });
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7253);
/**
 * A client for the Prometheus HTTP API (`/api/v1/query`): instant queries with a bearer
 * token or basic auth, a timeout per request and the core retry loop for transient
 * failures. A Prometheus that cannot be reached or answers an error is a
 * PrometheusError — analysis treats it as "inconclusive", never as a pass.
 */

class PrometheusError extends Error {
    constructor(message, cause) {
        super(message, cause === undefined ? undefined : { cause });
        this.name = 'PrometheusError';
    }
}
class PrometheusClient {
    options;
    base;
    headers;
    constructor(options) {
        this.options = options;
        this.base = options.url.replace(/\/+$/, '');
        this.headers = { accept: 'application/json' };
        if (options.token)
            this.headers.authorization = `Bearer ${options.token}`;
        else if (options.username !== undefined)
            this.headers.authorization = `Basic ${Buffer.from(`${options.username}:${options.password ?? ''}`).toString('base64')}`;
    }
    /** The value of each series an instant query returns (a scalar is one unlabelled sample). */
    async query(promql, at, signal) {
        const url = new URL(`${this.base}/api/v1/query`);
        url.searchParams.set('query', promql);
        if (at)
            url.searchParams.set('time', String(at.getTime() / 1000));
        const where = `${this.base} (${promql})`;
        let response;
        try {
            response = await (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .retrying */ .R$)(() => fetch(url, {
                headers: this.headers,
                signal: AbortSignal.any([
                    AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
                    ...(signal ? [signal] : []),
                ]),
            }), {
                // Tries end within 40 s, so one query (timeouts included) stays under a minute.
                policy: this.options.retry ?? { ..._core_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY */ .vI, deadlineMs: 40_000 },
                judgeResult: (r) => (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .isTransientStatus */ .Dm)(r.status)
                    ? { retry: true, why: `HTTP ${r.status}` }
                    : { retry: false },
                judgeError: (error) => (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .isTransientError */ .bV)(error)
                    ? { retry: true, why: error.message }
                    : { retry: false },
                discard: async (r) => void (await r.body?.cancel()),
                signal,
            });
        }
        catch (error) {
            const cause = error instanceof _core_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .RetriesExhausted */ .w1 ? error.cause : error;
            // fetch says "fetch failed"; what failed is its cause (ECONNREFUSED, a timeout).
            const inner = cause?.cause;
            const why = inner?.code ?? inner?.message ?? cause?.message ?? String(cause);
            throw new PrometheusError(`cannot reach Prometheus at ${where}: ${why}`, cause);
        }
        const answer = (await response.json().catch(() => undefined));
        if (!answer || answer.status !== 'success' || !answer.data) {
            const why = answer?.error
                ? `${answer.errorType}: ${answer.error}`
                : `HTTP ${response.status}`;
            if (response.status === 401 || response.status === 403)
                throw new PrometheusError(`Prometheus refused the credentials (${response.status}) for ${where}`);
            throw new PrometheusError(`Prometheus answered ${why} for ${where}`);
        }
        const { resultType, result } = answer.data;
        if (resultType === 'scalar') {
            const [, value] = result;
            return [{ labels: {}, value: Number(value) }];
        }
        if (resultType !== 'vector')
            throw new PrometheusError(`Prometheus answered a ${resultType} for ${where}; analysis needs an instant vector or a scalar`);
        return result.map((s) => ({
            labels: s.metric,
            value: Number(s.value[1]),
        }));
    }
}


/***/ }),

/***/ 4474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderReference: () => (/* binding */ renderReference)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8439);
/* harmony import */ var _analysis_analysis_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9458);
/* harmony import */ var _gate_gates_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8086);
/* harmony import */ var _ledger_release_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9520);
/* harmony import */ var _release_evidence_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7353);
/* harmony import */ var _validate_signature_contract_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2959);
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
    const json = zod__WEBPACK_IMPORTED_MODULE_5__/* .toJSONSchema */ .bl(schema, { io: 'input', unrepresentable: 'any' });
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

${fieldTable(_gate_gates_file_js__WEBPACK_IMPORTED_MODULE_1__/* .gatesFileSchema */ .Es, { gates: 'list of gates (below)' })}

Each entry of \`gates\`:

${fieldTable(_gate_gates_file_js__WEBPACK_IMPORTED_MODULE_1__/* .gateSchema */ .Tp, { 'max-regression': 'number, or a percentage string ("1%")' })}

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

## Signature file (\`signature\` of validate-model)

YAML or JSON, a path or inline: the tensors the model must take and return.

${fieldTable(_validate_signature_contract_js__WEBPACK_IMPORTED_MODULE_4__/* .contractSchema */ .Cy, { inputs: 'list of tensors', outputs: 'list of tensors' })}

Each tensor:

${fieldTable(_validate_signature_contract_js__WEBPACK_IMPORTED_MODULE_4__/* .tensorSchema */ .hb)}

## Release record (the ledger)

One per release and status change: a line of a \`file:\` ledger (JSON Lines, appended under
a lock, the newest line of an id wins), or the payload of a GitHub deployment (\`github\`
ledger, its statuses carrying the status). A ledger line that does not have the required
fields is an error naming the line; fields not listed are kept.

${fieldTable(_ledger_release_record_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseRecordSchema */ .Mn)}

## Analysis (\`analysis\` of deploy)

A YAML file, or the YAML inline: what deploy measures in Prometheus once the rollout is
healthy, before it records the release. Every \`interval\`, each query once; a measurement
fails when a value is past its \`max\`/\`min\`, is inconclusive when a query has no data or
Prometheus cannot answer. More failures than \`failure-limit\` fail the release (and the
automatic rollback puts back what was live); more inconclusive measurements than
\`inconclusive-limit\` fail it too, as inconclusive — never a pass. \`{{ track }}\` is
\`stable\` after a full switch; \`{{ image }}\` is the image by digest.

${fieldTable(_analysis_analysis_js__WEBPACK_IMPORTED_MODULE_0__/* .analysisSchema */ .m, { queries: 'list of queries (below)', interval: 'duration (30s, 2m)' })}

Each query:

${fieldTable(_analysis_analysis_js__WEBPACK_IMPORTED_MODULE_0__/* .analysisQuerySchema */ .kQ)}

## Evidence (stored beside the image)

Before a rollout, deploy stores the gate report and the predictions it judged as one OCI
artifact whose \`subject\` is the image's manifest (found through the registry's referrers
API, or the \`sha256-<hex>\` tag of the distribution spec's fallback):

| part | value |
|---|---|
| \`artifactType\` | \`${_release_evidence_store_js__WEBPACK_IMPORTED_MODULE_3__/* .EVIDENCE_TYPE */ .$j}\` |
| config | the empty descriptor (\`application/vnd.oci.empty.v1+json\`) |
| layer 1 | the gate report, titled \`${_release_evidence_store_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_TITLE */ .YI}\`, \`${_release_evidence_store_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_TYPE */ .mG}\` |
| layer 2 | the predictions, under their file name, \`${(0,_release_evidence_store_js__WEBPACK_IMPORTED_MODULE_3__/* .mediaTypeOf */ .c0)('x.csv')}\` (\`.csv\`), \`${(0,_release_evidence_store_js__WEBPACK_IMPORTED_MODULE_3__/* .mediaTypeOf */ .c0)('x.tsv')}\` (\`.tsv\`), \`${(0,_release_evidence_store_js__WEBPACK_IMPORTED_MODULE_3__/* .mediaTypeOf */ .c0)('x.jsonl')}\` (\`.jsonl\`), else \`${(0,_release_evidence_store_js__WEBPACK_IMPORTED_MODULE_3__/* .mediaTypeOf */ .c0)('x.json')}\` |
| annotations | \`dev.modelgate.model.digest\` (the model judged), \`dev.modelgate.gate.verdict\` |

The release records the artifact as \`evidence: {digest, image}\`; evaluate-gate with
\`baseline: environment:<name>\` fetches it by that digest and checks every blob and the
predictions' recorded digest before pairing with them.
`;
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
/**
 * The release record (SPEC §6): its TypeScript shape, and the zod schema both ledgers
 * read records through (a ledger line, a deployment's payload), every field described for
 * the reference in docs/ — with a compile-time check that the two name the same fields.
 */

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
        queries: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ name: text, max: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(), min: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional() }))
            .optional()
            .describe('The queries by name, with their thresholds.'),
        measurements: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
            at: text,
            outcome: text,
            values: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(text, zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable()),
        }))
            .describe("Each measurement: when, its outcome, each query's value."),
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
