export const id = 98;
export const ids = [98];
export const modules = {

/***/ 1098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployAction: () => (/* binding */ deployAction)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/analysis/analysis.ts
var analysis = __webpack_require__(9458);
// EXTERNAL MODULE: ./src/analysis/prometheus.ts
var analysis_prometheus = __webpack_require__(4680);
;// CONCATENATED MODULE: ./src/analysis/release-analysis.ts
/**
 * The live analysis of one release, built from deploy's inputs: its file (with the
 * Prometheus server), the credentials, and what carry-out needs — a judge of each track
 * and how long judging may take.
 */



/**
 * The live analysis a deploy runs: of the `canary` track between canary steps, and of the
 * `stable` track once the whole environment runs the new image, before it records success.
 */
async function releaseAnalysis(inputs, image, environment) {
    const spec = await (0,analysis/* loadAnalysis */.lN)(inputs.analysis);
    if (!spec.prometheus)
        throw new errors/* ConfigurationError */.j('analysis', `needs prometheus: <url> (the server to query for ${environment})`);
    const prometheus = new analysis_prometheus/* PrometheusClient */.S({
        url: spec.prometheus,
        token: inputs['prometheus-token'] || undefined,
        username: inputs['prometheus-username'] || undefined,
        password: inputs['prometheus-password'] || undefined,
    });
    // Its waits, and each query's requests with their retries (at most a minute each).
    const budgetMs = spec.interval * spec.count + spec.count * spec.queries.length * 60_000;
    const orNull = (values) => Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value ?? null]));
    const run = (track) => async (signal, since, switchedAt) => {
        const baseline = { track: 'stable', at: track === 'stable' ? switchedAt : undefined };
        const result = await (0,analysis/* runAnalysis */.A1)(spec, prometheus, { track, image, since, baseline: track === 'stable' && !switchedAt ? undefined : baseline }, { signal });
        return {
            verdict: result.verdict,
            reason: result.reason,
            queries: spec.queries.map(({ name, max, min, ...rest }) => ({
                name,
                max,
                min,
                'max-regression': rest['max-regression'],
            })),
            measurements: result.measurements.map((m) => ({
                at: m.at,
                outcome: m.outcome,
                values: orNull(m.values),
                ...(m.baselines ? { baselines: orNull(m.baselines), comparisons: m.comparisons } : {}),
                ...(m.why ? { why: m.why } : {}),
            })),
        };
    };
    return { stable: run('stable'), canary: run('canary'), budgetMs };
}

// EXTERNAL MODULE: ./src/core/action.ts
var action = __webpack_require__(5605);
// EXTERNAL MODULE: ./src/core/actions-cache.ts
var actions_cache = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/core/cancellation.ts
var core_cancellation = __webpack_require__(3948);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
// EXTERNAL MODULE: ./src/ledger/ledger.ts
var ledger_ledger = __webpack_require__(2420);
// EXTERNAL MODULE: ./src/ledger/open-ledger.ts + 3 modules
var open_ledger = __webpack_require__(5248);
// EXTERNAL MODULE: ./src/oci/image-store.ts + 6 modules
var image_store = __webpack_require__(6132);
// EXTERNAL MODULE: ./src/oci/image-writer.ts
var image_writer = __webpack_require__(1918);
// EXTERNAL MODULE: ./src/oci/reference.ts
var oci_reference = __webpack_require__(9767);
;// CONCATENATED MODULE: ./src/oci/resolve-image.ts
/**
 * Turns the image a user names (by tag or by digest) into the digest that gets
 * deployed, checking the store really holds that manifest: nothing is ever promoted by
 * a tag that could move underneath it, or to a digest that does not exist.
 */




/** Parses and resolves `text`; `input` names the action input in errors. */
async function resolveImage(text, input, access, open = (ref) => (0,image_store/* openImageStore */.Nr)(ref, false, access)) {
    const reference = (0,oci_reference/* parseImageReference */.o_)(text, input);
    // A layout that is not one (a missing folder, a file): the input's error, not a raw one.
    const store = await open(reference).catch((error) => {
        if (error instanceof errors/* ConfigurationError */.j || reference.kind === 'registry')
            throw error;
        throw new errors/* ConfigurationError */.j(input, error.message, text);
    });
    const wanted = reference.digest ?? reference.tag ?? (reference.kind === 'registry' ? 'latest' : '');
    let manifest;
    try {
        manifest = await store.getManifest(wanted);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(input, `${store.name} has no image ${wanted || '(untagged)'}: ${error.message}`, text);
    }
    const { digest } = manifest;
    return {
        image: `${(0,oci_reference/* formatReference */.FH)(reference)}@${digest}`,
        digest,
        descriptor: { mediaType: manifest.mediaType, digest, size: manifest.bytes.length },
        reference,
        // The labels of its (first) platform's config, as build-image's base reading sees them.
        labels: await (0,image_writer/* readBase */.wZ)(store, manifest, []).then(([first]) => first?.config?.config?.Labels ?? {}, () => ({})),
    };
}

// EXTERNAL MODULE: ./src/providers/create-provider.ts + 9 modules
var create_provider = __webpack_require__(9317);
// EXTERNAL MODULE: ./src/providers/provider.ts
var provider = __webpack_require__(9545);
// EXTERNAL MODULE: ./src/release/carry-out.ts
var carry_out = __webpack_require__(1591);
;// CONCATENATED MODULE: ./src/release/deploy-release.ts


/** Deploys `settings.image`; resolves to the outcome (failures included), throws only on bad state. */
async function deployRelease(settings) {
    const started = performance.now();
    const { ledger, provider, environment, name, log } = settings;
    const before = await ledger.history(environment, 50, name);
    const live = before.find((r) => r.status === 'success');
    const previousImage = live?.image ?? (await provider.current());
    // The provider's line first: the summary names the rollout by it.
    const plan = [
        `${provider.name}: ${provider.plan(settings.image)}`,
        ...(settings.evidence.gate?.ungated
            ? []
            : ['store the gate report and the predictions beside the image first (an OCI artifact)']),
        `record the release in ${ledger.description}`,
    ];
    const base = {
        kind: 'deploy',
        environment,
        previousImage,
        previous: live,
        plan,
        notes: [],
    };
    if (settings.dryRun)
        return {
            ...base,
            status: 'dry-run',
            image: settings.image,
            history: before,
            timings: { totalMs: performance.now() - started, providerMs: 0 },
        };
    const release = {
        schema: 'modelgate.release/v1',
        id: (0,ledger_ledger/* newReleaseId */.Po)(environment),
        environment,
        name,
        image: settings.image,
        ...settings.evidence,
        provider: { name: provider.name, config: provider.config },
        status: 'in_progress',
        rollback_of: null,
        created_at: new Date().toISOString(),
    };
    const common = {
        ledger,
        provider,
        liveBefore: live,
        notes: base.notes,
        timeoutMs: settings.timeoutMs,
        url: settings.url,
        logUrl: settings.logUrl,
        log,
    };
    const carried = await (0,carry_out/* carryOut */.u)({
        ...common,
        release,
        previousImage,
        kind: 'deploy',
        signal: settings.signal,
        analysis: settings.analysis,
    });
    const cancelled = carried.outcome === 'failure' && carried.cancelled === true;
    let providerMs = carried.providerMs;
    const finish = async (outcome) => ({
        ...base,
        ...outcome,
        // A ledger that cannot be read any more still lets the outcome be told.
        history: await ledger.history(environment, 50, name).catch(() => []),
        timings: { totalMs: performance.now() - started, providerMs },
    });
    if (carried.outcome === 'unrecorded')
        return finish({
            status: 'unrecorded',
            image: (await provider.current().catch(() => undefined)) ?? settings.image,
            release: carried.release,
            providerDetail: carried.result.detail,
            failure: `${environment} runs ${settings.image} and it is healthy, but the ledger could not record it (${carried.error}): ${ledger.description} still says ${carried.release.id} is in progress (until ${carried.release.deadline ?? 'its deadline'}); make the ledger writable, then deploy the same image again after that to record it`,
        });
    if (carried.outcome === 'success')
        return finish({
            status: 'success',
            image: settings.image,
            release: carried.release,
            providerDetail: carried.result.detail,
        });
    // A cancelled run always puts back what was live (SPEC §6), auto-rollback or not.
    if (carried.outcome === 'conflict' ||
        (!settings.autoRollback && !cancelled) ||
        !live ||
        !carried.changed) {
        const running = await provider.current().catch(() => undefined);
        return finish({
            status: 'failure',
            // What the runtime reports, when it can; else what was live if nothing changed.
            image: running ?? (carried.outcome === 'failure' && carried.changed ? '' : (previousImage ?? '')),
            release: carried.release,
            failure: carried.outcome === 'conflict'
                ? `${carried.error}${running ? `; ${environment} runs ${running} now` : ''}`
                : carried.outcome === 'failure' && settings.autoRollback && !live && carried.changed
                    ? `the rollout failed (${carried.error}); nothing was live in ${environment} before, so there is nothing to roll back to`
                    : `the rollout failed: ${carried.error}`,
        });
    }
    log.warning(cancelled
        ? `the run was cancelled during the rollout of ${release.id}; restoring ${live.id}`
        : `rollout of ${release.id} failed (${carried.error}); restoring ${live.id}`);
    const restored = await (0,carry_out/* carryOut */.u)({
        ...common,
        release: (0,carry_out/* restoreRecord */.w)({
            target: (0,ledger_ledger/* originalOf */.zW)(before, live),
            undone: release,
            provider,
            source: { run_url: release.source?.run_url, actor: release.source?.actor },
            reason: `automatic rollback: ${carried.error}`,
        }),
        previousImage: settings.image,
        kind: 'rollback',
    });
    providerMs += restored.providerMs;
    if (restored.outcome !== 'success')
        return finish({
            status: 'failure',
            image: '',
            release: carried.release,
            restore: restored.release,
            failure: `the rollout failed (${carried.error}) and restoring ${live.image} failed too (${restored.error}): check ${environment} now`,
        });
    if (cancelled)
        return finish({
            status: 'failure',
            image: live.image,
            release: carried.release,
            restore: restored.release,
            failure: `the run was cancelled; ${live.id} (${live.image}) was put back`,
        });
    return finish({
        status: 'rolled-back',
        image: live.image,
        release: carried.release,
        restore: restored.release,
        failure: `the rollout failed (${carried.error}); rolled back to ${live.id} (${live.image})`,
    });
}

// EXTERNAL MODULE: ./src/release/evidence.ts
var evidence = __webpack_require__(8448);
// EXTERNAL MODULE: ./src/release/evidence-store.ts + 1 modules
var evidence_store = __webpack_require__(7353);
// EXTERNAL MODULE: ./src/actions/release-inputs.ts
var release_inputs = __webpack_require__(6606);
// EXTERNAL MODULE: ./src/release/render-summary.ts
var render_summary = __webpack_require__(7836);
// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
;// CONCATENATED MODULE: ./src/actions/deploy.ts
/** deploy: inputs -> resolve the image, open ledger and provider -> deployRelease -> outputs, summary. */

















const deployAction = (0,action/* defineAction */.Q)({
    name: 'deploy',
    inputs: {
        image: (0,inputs/* text */.Qq)({ required: true }),
        environment: (0,inputs/* text */.Qq)({ required: true }),
        provider: (0,inputs/* choice */.Yq)(provider/* PROVIDERS */.xq, 'registry-tag'),
        'gate-report': (0,inputs/* text */.Qq)(),
        'allow-ungated': (0,inputs/* bool */.lc)(false),
        'model-digest': (0,inputs/* text */.Qq)(),
        'auto-rollback': (0,inputs/* bool */.lc)(true),
        analysis: (0,inputs/* text */.Qq)(),
        'prometheus-token': (0,inputs/* text */.Qq)({ secret: true }),
        'prometheus-username': (0,inputs/* text */.Qq)(),
        'prometheus-password': (0,inputs/* text */.Qq)({ secret: true }),
        ...(0,release_inputs/* sharedReleaseInputs */.Km)(),
    },
    outputsOnError: { status: 'failure' },
    async run(inputs, { env, log, run: runContext }) {
        const environment = (0,release_inputs/* checkEnvironment */.Qz)(inputs.environment);
        const givenName = (0,release_inputs/* checkName */.I3)(inputs.name);
        const token = inputs['github-token'];
        const modelDigest = inputs['model-digest'];
        if (modelDigest && !(0,digest/* isDigest */.Bc)(modelDigest))
            throw new errors/* ConfigurationError */.j('model-digest', 'must be sha256:<64 hex digits>', modelDigest);
        const reportPath = inputs['gate-report'];
        if (!reportPath && !inputs['allow-ungated'])
            throw new errors/* ConfigurationError */.j('gate-report', "is required: pass evaluate-gate's report (its model must be the image's), or set allow-ungated: true");
        const report = reportPath ? await (0,evidence/* readGateReport */.MZ)(reportPath) : undefined;
        const access = (0,release_inputs/* registryAccess */.Yb)({ username: inputs['registry-username'], password: inputs['registry-password'], token }, env, log);
        const resolved = await resolveImage(inputs.image, 'image', access);
        const { image } = resolved;
        if (image !== inputs.image)
            log.info(`${inputs.image} is ${image}`);
        const release = await (0,evidence_store/* releaseEvidence */.Z3)({
            resolved,
            report,
            reportPath,
            modelDigest: modelDigest || undefined,
            store: !inputs['dry-run'],
            access,
            cache: (0,actions_cache/* actionsCacheOf */.R)(env),
            log,
        });
        const ledger = (0,open_ledger/* openLedger */.a)(inputs.ledger, { token, env, run: runContext });
        const provider = (0,create_provider/* createProvider */.Qd)(inputs.provider, (0,release_inputs/* providerSettingsOf */.Gk)(inputs), {
            environment,
            image,
            access,
            env,
            token,
        });
        const analysis = inputs.analysis
            ? await releaseAnalysis(inputs, image, environment)
            : undefined;
        const cancellation = (0,core_cancellation/* listenForCancellation */.c)((signal) => log.warning(`${signal}: stopping the rollout and putting back what was live`));
        const outcome = await deployRelease({
            environment,
            name: givenName || (0,ledger_ledger/* defaultReleaseName */.Ad)(image),
            image,
            ledger,
            provider,
            evidence: { ...release, source: await (0,evidence/* sourceOf */.vz)(runContext) },
            timeoutMs: inputs.timeout,
            autoRollback: inputs['auto-rollback'],
            dryRun: inputs['dry-run'],
            url: inputs.url || undefined,
            logUrl: runContext.runUrl,
            log,
            signal: cancellation.signal,
            analysis,
        }).finally(() => cancellation.dispose());
        for (const warning of ledger.warnings ?? [])
            log.warning(warning);
        const status = outcome.status === 'dry-run' ? 'success' : outcome.status;
        return {
            outputs: {
                'release-id': outcome.release?.id ?? '',
                'deployment-id': String(outcome.release?.deployment_id ?? ''),
                image: outcome.status === 'dry-run' ? (outcome.previousImage ?? '') : outcome.image,
                'previous-image': outcome.previousImage ?? '',
                status,
            },
            summary: (0,render_summary/* renderReleaseSummary */.iL)(outcome),
            report: { action: 'deploy', ...outcome },
            failure: outcome.failure,
        };
    },
});


/***/ }),

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

/***/ 4680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ PrometheusClient)
/* harmony export */ });
/* unused harmony export PrometheusError */
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
    /**
     * The one value a query should give: a number, `undefined` when it gives none (no
     * series, NaN: no data), or why it cannot be read (several series, a Prometheus error).
     */
    async value(promql, at, signal) {
        try {
            const samples = await this.query(promql, at, signal);
            if (samples.length > 1)
                return { problem: `the query gives ${samples.length} series, not one value` };
            const value = samples[0]?.value;
            return value === undefined || !Number.isFinite(value) ? undefined : value;
        }
        catch (error) {
            if (error instanceof PrometheusError)
                return { problem: error.message };
            throw error;
        }
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

/***/ 6043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ actionsCacheOf)
/* harmony export */ });
/** The runner's cache service, or undefined outside a job that has one. */
function actionsCacheOf(env) {
    const service = env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL;
    if (env.GITHUB_ACTIONS !== 'true' || !env.ACTIONS_RUNTIME_TOKEN || !service)
        return undefined;
    return {
        async save(dir, key) {
            const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
            try {
                await cache.saveCache([dir], key);
            }
            catch (error) {
                // Content-addressed: an entry that exists already holds the same bytes.
                if (error.name !== cache.ReserveCacheError.name)
                    throw error;
            }
        },
        async restore(dir, key) {
            const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
            return (await cache.restoreCache([dir], key)) === key;
        },
    };
}


/***/ }),

/***/ 3948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ listenForCancellation)
/* harmony export */ });
/** Starts listening for SIGINT and SIGTERM. */
function listenForCancellation(onCancel) {
    const controller = new AbortController();
    const handler = (signal) => {
        onCancel?.(signal);
        controller.abort(new Error(`cancelled (${signal})`));
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return {
        signal: controller.signal,
        dispose() {
            process.off('SIGINT', handler);
            process.off('SIGTERM', handler);
        },
    };
}


/***/ }),

/***/ 1591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ carryOut),
/* harmony export */   w: () => (/* binding */ restoreRecord)
/* harmony export */ });
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8571);
/* harmony import */ var _ledger_ledger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2420);
/* harmony import */ var _providers_provider_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9545);



/** Records, rolls out, checks and records again; never throws for a failed rollout. */
async function carryOut(options) {
    const { ledger, provider, log } = options;
    const links = { logUrl: options.logUrl };
    // The rollout, then at most as long again for the automatic rollback, then a minute (and
    // the analysis' own time, when there is one).
    const deadline = new Date(Date.parse(options.release.created_at) +
        2 * options.timeoutMs +
        60_000 +
        (options.analysis?.budgetMs ?? 0)).toISOString();
    let release = await ledger.create({ ...options.release, deadline }, links);
    log.info(`recorded ${release.id} (in progress) in ${ledger.description}`);
    const error = await refusal(ledger, release, options, log);
    if (error) {
        await ledger.update(release, 'failure', { ...links, description: error });
        return {
            outcome: 'conflict',
            release: { ...release, status: 'failure' },
            error,
            providerMs: 0,
        };
    }
    const started = performance.now();
    const failed = async (message, changed, cancelled) => {
        await ledger.update(release, 'failure', { ...links, description: message });
        return {
            outcome: 'failure',
            release: { ...release, status: 'failure', detail: message },
            error: message,
            changed,
            providerMs: performance.now() - started,
            ...(cancelled ? { cancelled } : {}),
        };
    };
    // Cancelled before the rollout began: nothing was touched.
    if (options.signal?.aborted)
        return failed('cancelled', false, true);
    let result;
    // Comparisons after the switch look at the stable track before it.
    const switchedAt = new Date();
    try {
        result = await provider.rollout(release.image, {
            releaseId: release.id,
            environment: release.environment,
            previousImage: options.previousImage,
            kind: options.kind,
            modelDigest: release.model?.digest,
            gateVerdict: release.gate?.verdict,
            reason: release.reason,
            runUrl: options.logUrl,
            timeoutMs: options.timeoutMs,
            log,
            signal: options.signal,
            analyseCanary: options.analysis?.canary,
        });
    }
    catch (error) {
        const cancelled = error instanceof _providers_provider_js__WEBPACK_IMPORTED_MODULE_2__/* .CancelledError */ .cc || options.signal?.aborted === true;
        // A provider's RolloutError says whether it touched the runtime; anything else may have.
        const changed = error instanceof _providers_provider_js__WEBPACK_IMPORTED_MODULE_2__/* .RolloutError */ .a6 ? error.changed : true;
        return failed(cancelled ? 'cancelled' : error.message, changed, cancelled);
    }
    const providerMs = performance.now() - started;
    // Cancelled while the provider finished: the run gives up what it just put live.
    if (options.signal?.aborted)
        return failed('cancelled', true, true);
    if (options.analysis) {
        log.info(`${provider.name}: healthy; analysing ${release.environment} before recording it`);
        let analysis;
        try {
            analysis = await options.analysis.stable(options.signal, new Date(), switchedAt);
        }
        catch (error) {
            // The runtime moved and nothing could judge it: put back what was live.
            return failed(`the analysis could not run: ${error.message}`, true, false);
        }
        release = { ...release, analysis };
        if (options.signal?.aborted)
            return failed('cancelled', true, true);
        if (analysis.verdict !== 'pass')
            return failed(`analysis ${analysis.verdict}: ${analysis.reason}`, true, false);
        log.info(`analysis pass: ${analysis.reason}`);
    }
    log.info(`${provider.name}: ${result.detail} (${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(providerMs)})`);
    const environmentUrl = options.url ?? result.url;
    try {
        const moved = await movedMeanwhile(options, release);
        if (moved) {
            await ledger.update(release, 'failure', { ...links, description: moved });
            return {
                outcome: 'conflict',
                release: { ...release, status: 'failure' },
                error: moved,
                providerMs,
            };
        }
        await ledger.update(release, 'success', {
            ...links,
            environmentUrl,
            // The analysis first: a deployment status keeps 140 characters.
            description: release.analysis
                ? `analysis ${release.analysis.verdict} (${release.analysis.reason}); ${result.detail}`
                : result.detail,
        });
    }
    catch (error) {
        // The runtime moved and is healthy; only the ledger failed (to be read or written).
        // Said as such, never undone by a rollback that would trust the same broken ledger.
        return {
            outcome: 'unrecorded',
            release,
            result,
            error: error.message,
            providerMs,
        };
    }
    return {
        outcome: 'success',
        release: { ...release, status: 'success', ...(environmentUrl ? { url: environmentUrl } : {}) },
        result,
        providerMs,
    };
}
/**
 * Why this run may not roll out, if it may not: an older release still in progress (before
 * its deadline), or a release that went live after this run read the ledger. Dead runs'
 * records past their deadline are closed on the way.
 */
async function refusal(ledger, ours, options, log) {
    const history = await ledger.history(ours.environment, 50, (0,_ledger_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseName */ ["do"])(ours));
    const position = history.findIndex((r) => r.id === ours.id);
    const now = Date.now();
    // Only records older than ours count: of racing runs, the first recorded goes ahead.
    for (const r of history.slice(position + 1)) {
        if (r.status === 'success') {
            // Compare-and-swap: the release live when this run read the ledger must still be.
            if (r.id !== options.liveBefore?.id)
                return (`release ${r.id} (${r.image}) went live on ${ours.environment} after this run read ` +
                    `the ledger (it read ${options.liveBefore?.id ?? 'no live release'}); nothing was changed: ` +
                    'run again to deploy over it, one run per environment at a time (concurrency: group)');
            return undefined;
        }
        if (r.status !== 'in_progress')
            continue;
        const deadline = r.deadline
            ? Date.parse(r.deadline)
            : Date.parse(r.created_at) + options.timeoutMs;
        if (deadline > now)
            return (`release ${r.id} started on ${ours.environment} first and is still in progress ` +
                `(its run has until ${r.deadline ?? 'its timeout'}; after that the next run takes over); ` +
                'run one deploy per environment at a time (concurrency: group)');
        const note = `release ${r.id} has been in progress since ${r.created_at}, past its deadline ${new Date(deadline).toISOString()}: its run died; taking ${ours.environment} over`;
        log.warning(note);
        options.notes?.push(note);
        await ledger.update(r, 'failure', {
            description: `abandoned: its run did not finish by its deadline; taken over by ${ours.id}`,
        });
    }
    return undefined;
}
/** Why the environment is no longer ours after the rollout, if someone else moved it. */
async function movedMeanwhile(options, ours) {
    const history = await options.ledger.history(ours.environment, 20, (0,_ledger_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseName */ ["do"])(ours));
    const live = history.find((r) => r.status === 'success' && r.id !== ours.id);
    if (live && live.id !== options.liveBefore?.id)
        return `release ${live.id} (${live.image}) went live on ${ours.environment} while this rollout ran`;
    const current = await options.provider.current();
    if (current && (0,_ledger_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .digestOf */ .ol)(current) !== (0,_ledger_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .digestOf */ .ol)(ours.image))
        return `${options.provider.name} now has ${current} live on ${ours.environment}, not this release: someone else moved it`;
    return undefined;
}
/**
 * The record of a release that brings `target` back (a rollback, by hand or automatic):
 * the target's image and evidence, the provider it goes through, who ran it, why, and
 * `rollback_of` the release it undoes.
 */
function restoreRecord(options) {
    const { target, undone, provider, source, reason } = options;
    return {
        schema: 'modelgate.release/v1',
        id: (0,_ledger_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .newReleaseId */ .Po)(target.environment),
        environment: target.environment,
        name: (0,_ledger_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseName */ ["do"])(target),
        image: target.image,
        model: target.model,
        gate: target.gate,
        // What it brings back is the target's model, so the next gate pairs with its predictions.
        ...(target.evidence ? { evidence: target.evidence } : {}),
        // The commit is the restored model's; the run and actor are this one's.
        source: { ...target.source, ...source, sha: target.source?.sha ?? source?.sha },
        provider: { name: provider.name, config: provider.config },
        status: 'in_progress',
        rollback_of: undone.id,
        restores: target.restores ?? target.id,
        ...(reason ? { reason } : {}),
        created_at: new Date().toISOString(),
    };
}


/***/ }),

/***/ 7836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iL: () => (/* binding */ renderReleaseSummary)
/* harmony export */ });
/* unused harmony exports shortDigest, shortImage, renderReleaseVerdict, renderAnalysisCharts, renderHistory */
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8571);
/* harmony import */ var _core_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1363);
/* harmony import */ var _ledger_ledger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2420);
/**
 * The deploy and rollback job summaries: the verdict (what is live now), what was live
 * before and what is live now side by side, the evidence behind the release (gate
 * verdict and metrics, model, commit, run), the rollout, and the environment's recent
 * history.
 */



const STATUS_ICON = {
    success: '✅ success',
    failure: '❌ failure',
    'rolled-back': '↩️ rolled back',
    inactive: '⚪ superseded',
    in_progress: '⏳ in progress',
};
/** A digest people can tell apart: `sha256:1a2b3c4d5e6f`. */
const shortDigest = (image) => image ? ((0,_ledger_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .digestOf */ .ol)(image)?.slice(0, 19) ?? image) : undefined;
/**
 * An image short enough for a table: the repository's last segment and a 12-hex digest
 * (`churn@sha256:1a2b3c4d5e6f`); the whole reference is in the outputs and the rollout line.
 */
function shortImage(image) {
    const at = image.lastIndexOf('@');
    if (at < 0)
        return image;
    const repository = image.slice(0, at);
    return `${repository.slice(repository.lastIndexOf('/') + 1)}@${shortDigest(image)}`;
}
/** The summary's first line. */
function renderReleaseVerdict(outcome) {
    const { environment, status, kind } = outcome;
    const what = kind === 'rollback' ? 'rollback' : 'deploy';
    const id = outcome.release?.id ? ` (${outcome.release.id})` : '';
    if (status === 'dry-run')
        return `## 📝 ${what} (dry run): ${environment} would move from ${shortDigest(outcome.previousImage) ?? 'nothing'} to ${shortDigest(outcome.image)}; nothing changed`;
    if (status === 'success')
        return `## ✅ ${what}: ${environment} now runs ${shortDigest(outcome.image)}${id}`;
    if (status === 'rolled-back')
        return `## ↩️ ${what}: the rollout to ${environment} failed and was rolled back to ${shortDigest(outcome.image)}`;
    if (status === 'unrecorded')
        return `## ⚠️ ${what}: ${environment} runs ${shortDigest(outcome.image)}, but the ledger could not record it${id}`;
    return `## ❌ ${what}: ${environment} ${kind === 'rollback' ? 'rollback' : 'rollout'} failed${id}`;
}
function renderReleaseSummary(outcome) {
    const parts = [renderReleaseVerdict(outcome), ''];
    // Failures quote providers, scripts and registries: shown literally.
    if (outcome.failure)
        parts.push(`**Why:** ${(0,_core_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(outcome.failure)}`, '');
    for (const note of outcome.notes ?? [])
        parts.push('> [!WARNING]', `> ${(0,_core_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(note)}`, '');
    const before = outcome.previous;
    const now = outcome.status === 'dry-run'
        ? (outcome.target ?? outcome.release)
        : outcome.status === 'rolled-back'
            ? outcome.restore
            : outcome.status === 'success'
                ? outcome.release
                : before;
    parts.push((0,_core_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['', 'image', 'release', 'gate', 'commit'], [
        [
            'was live',
            outcome.previousImage ? (0,_core_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(shortImage(outcome.previousImage)) : 'nothing',
            before?.id,
            gateOf(before),
            commitOf(before),
        ],
        [
            outcome.status === 'dry-run' ? 'would be live' : 'live now',
            outcome.image ? (0,_core_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(shortImage(outcome.image)) : 'unknown',
            now?.id,
            gateOf(now ?? outcome.target),
            commitOf(now ?? outcome.target),
        ],
    ]));
    const evidence = outcome.release ?? outcome.target;
    if (evidence)
        parts.push(renderEvidence(evidence));
    if (outcome.status === 'dry-run')
        parts.push('**Plan** (nothing was changed):', '', ...outcome.plan.map((p) => `- ${p}`), '');
    else {
        const { totalMs, providerMs } = outcome.timings;
        parts.push(`**Rollout:** ${outcome.providerDetail ?? outcome.plan[0]} — ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(totalMs)} in all, ` +
            `${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(providerMs)} of it the provider, ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(totalMs - providerMs)} modelgate`, '');
    }
    parts.push(`### History of ${outcome.environment}`, '', renderHistory(outcome.history.slice(0, 10)));
    return parts.join('\n');
}
function renderEvidence(release) {
    const metrics = gatedMetrics(release)
        .map(([name, value]) => `${(0,_core_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(name)} ${Number.isInteger(value) ? value : value.toFixed(4)}`)
        .join(' · ');
    const lines = [
        release.gate?.ungated
            ? '- **Gate:** ⚠️ ungated (deployed with allow-ungated: true, no gate report)'
            : `- **Gate:** ${release.gate?.verdict ?? 'not recorded'}${metrics ? ` — ${metrics}` : ''}`,
        `- **Model:** ${release.model?.digest ? (0,_core_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(release.model.digest) : 'not recorded'}${release.model?.format ? ` (${release.model.format})` : ''}${release.gate?.model_digest === release.model?.digest && release.model?.digest ? ' — the model the gate judged' : ''}`,
        `- **Commit:** ${release.source?.sha ? (0,_core_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(release.source.sha.slice(0, 12)) : 'not recorded'}${release.source?.ref ? ` on ${release.source.ref}` : ''}`,
    ];
    if (release.evidence)
        lines.push(`- **Stored evidence:** ${(0,_core_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(release.evidence.image)} (gate report and predictions; the next gate's baseline)`);
    if (release.source?.run_url)
        lines.push(`- **Run:** ${release.source.run_url}`);
    if (release.reason)
        lines.push(`- **Reason:** ${(0,_core_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(release.reason)}`);
    if (release.analysis)
        lines.push(`- **Analysis:** ${release.analysis.verdict} — ${(0,_core_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(release.analysis.reason)} (${release.analysis.measurements.length} measurement${release.analysis.measurements.length === 1 ? '' : 's'})`);
    return `**Evidence** (release ${release.id}):\n\n${lines.join('\n')}\n${renderAnalysisCharts(release)}`;
}
/**
 * Each analysis query over its measurements beside its threshold (Mermaid; GitHub draws
 * it): the first line is the value, the second the threshold, and the axis starts at zero
 * (or below, for a negative value), so a breach cannot hide.
 */
function renderAnalysisCharts(release) {
    const analysis = release.analysis;
    if (!analysis?.queries?.length || analysis.measurements.length === 0)
        return '';
    const charts = analysis.queries.map((query) => {
        const values = analysis.measurements.map((m) => m.values[query.name] ?? null);
        const known = values.filter((v) => v !== null);
        const compared = query['max-regression'] !== undefined;
        // The second line: the threshold, or for a comparison what it was compared with.
        const reference = compared
            ? analysis.measurements.map((m) => m.baselines?.[query.name] ?? null)
            : analysis.measurements.map(() => query.max ?? query.min ?? null);
        const references = reference.filter((v) => v !== null);
        if (known.length === 0 || references.length === 0)
            return '';
        const low = Math.min(0, ...references, ...known);
        const high = Math.max(...references, ...known) * 1.1 || 1;
        const round = (v) => +v.toPrecision(4);
        const name = query.name.replace(/"/g, "'");
        const label = compared
            ? `${name}: new image (red) vs old (grey), max-regression ${query['max-regression']}`
            : `${name}: value (red) vs ${query.max !== undefined ? 'max' : 'min'} ${query.max ?? query.min} (grey)`;
        return (
        // Mermaid's default first line is near white: the value is drawn red, the threshold grey.
        '```mermaid\n%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#cf222e, #6e7781"}}}}%%\nxychart-beta\n' +
            `  title "${label}"\n` +
            `  x-axis [${values.map((_, i) => i + 1).join(', ')}]\n` +
            `  y-axis "${name}" ${round(low)} --> ${round(high)}\n` +
            // A missing value (no data) is drawn at the axis' floor and said below.
            `  line [${values.map((v) => round(v ?? low)).join(', ')}]\n` +
            `  line [${reference.map((v) => round(v ?? low)).join(', ')}]\n` +
            '```\n' +
            (known.length < values.length
                ? `_${values.length - known.length} measurement(s) of ${(0,_core_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(query.name)} had no data._\n`
                : ''));
    });
    const body = charts.filter(Boolean).join('\n');
    return body
        ? `\n**Analysis over its ${analysis.measurements.length} measurements:**\n\n${body}`
        : '';
}
/**
 * The metrics the gate judged (those its gates named), in the gates' order; a release
 * recorded without its gates shows its first few metrics.
 */
function gatedMetrics(release) {
    const metrics = release.gate?.metrics ?? {};
    const gates = release.gate?.gates?.gates;
    const named = [
        ...new Set((gates ?? []).map((g) => g.metric).filter((m) => typeof m === 'string')),
    ];
    if (named.length === 0)
        return Object.entries(metrics).slice(0, 8);
    return named.filter((m) => metrics[m] !== undefined).map((m) => [m, metrics[m]]);
}
/** Newest first: release, image, status, gate, commit, when, note. */
function renderHistory(history) {
    return (0,_core_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['release', 'image', 'status', 'gate', 'commit', 'created', 'note'], history.map((r) => [
        r.id,
        (0,_core_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(shortDigest(r.image) ?? r.image),
        STATUS_ICON[r.status] ?? r.status,
        gateOf(r),
        commitOf(r),
        r.created_at.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC'),
        note(r),
    ]), '_no releases yet_');
}
function gateOf(release) {
    return release?.gate?.ungated ? 'ungated' : release?.gate?.verdict;
}
function commitOf(release) {
    return release?.source?.sha?.slice(0, 7);
}
function note(release) {
    const parts = [];
    if (release.rollback_of)
        parts.push(`rollback of ${release.rollback_of}`);
    if (release.reason)
        parts.push(release.reason);
    else if (release.detail && release.status !== 'success')
        parts.push(release.detail);
    return (0,_core_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(parts.join(': ').slice(0, 200));
}


/***/ })

};
