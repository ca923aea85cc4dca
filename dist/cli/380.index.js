export const id = 380;
export const ids = [380];
export const modules = {

/***/ 2380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployAction: () => (/* binding */ deployAction)
});

// EXTERNAL MODULE: ./src/build/labels.ts
var build_labels = __webpack_require__(7309);
// EXTERNAL MODULE: ./src/core/action.ts
var action = __webpack_require__(5605);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/github-client.ts
var github_client = __webpack_require__(5014);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
// EXTERNAL MODULE: ./src/ledger/ledger.ts
var ledger_ledger = __webpack_require__(2420);
// EXTERNAL MODULE: ./src/ledger/open-ledger.ts + 3 modules
var open_ledger = __webpack_require__(5248);
// EXTERNAL MODULE: ./src/oci/image-store.ts + 2 modules
var image_store = __webpack_require__(2930);
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
    const store = await open(reference);
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
    const plan = [
        `${provider.name}: ${provider.plan(settings.image)}`,
        `record the release in ${ledger.description}`,
    ];
    const base = {
        kind: 'deploy',
        environment,
        previousImage,
        previous: live,
        plan,
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
        timeoutMs: settings.timeoutMs,
        url: settings.url,
        logUrl: settings.logUrl,
        log,
    };
    const carried = await (0,carry_out/* carryOut */.u)({ ...common, release, previousImage, kind: 'deploy' });
    let providerMs = carried.providerMs;
    const finish = async (outcome) => ({
        ...base,
        ...outcome,
        history: await ledger.history(environment, 50, name),
        timings: { totalMs: performance.now() - started, providerMs },
    });
    if (carried.outcome === 'success')
        return finish({
            status: 'success',
            image: settings.image,
            release: carried.release,
            providerDetail: carried.result.detail,
        });
    if (carried.outcome === 'conflict' || !settings.autoRollback || !live || !carried.changed)
        return finish({
            status: 'failure',
            // What the runtime reports, when it can; else what was live if nothing changed.
            image: (await provider.current()) ??
                (carried.outcome === 'failure' && carried.changed ? '' : (previousImage ?? '')),
            release: carried.release,
            failure: carried.outcome === 'failure' && settings.autoRollback && !live && carried.changed
                ? `the rollout failed (${carried.error}); nothing was live in ${environment} before, so there is nothing to roll back to`
                : `the rollout failed: ${carried.error}`,
        });
    log.warning(`rollout of ${release.id} failed (${carried.error}); restoring ${live.id}`);
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
// EXTERNAL MODULE: ./src/actions/release-inputs.ts
var release_inputs = __webpack_require__(6606);
// EXTERNAL MODULE: ./src/release/render-summary.ts
var render_summary = __webpack_require__(7836);
;// CONCATENATED MODULE: ./src/actions/deploy.ts
/** deploy: inputs -> resolve the image, open ledger and provider -> deployRelease -> outputs, summary. */














const deployAction = (0,action/* defineAction */.Q)({
    name: 'deploy',
    inputs: {
        image: (0,inputs/* text */.Qq)({ required: true }),
        environment: (0,inputs/* text */.Qq)({ required: true }),
        provider: (0,inputs/* choice */.Yq)(provider/* PROVIDERS */.x, 'registry-tag'),
        'gate-report': (0,inputs/* text */.Qq)(),
        'allow-ungated': (0,inputs/* bool */.lc)(false),
        'model-digest': (0,inputs/* text */.Qq)(),
        'auto-rollback': (0,inputs/* bool */.lc)(true),
        ...(0,release_inputs/* sharedReleaseInputs */.Km)(),
    },
    outputsOnError: { status: 'failure' },
    async run(inputs, { env, log }) {
        const environment = (0,release_inputs/* checkEnvironment */.Qz)(inputs.environment);
        const givenName = (0,release_inputs/* checkName */.I3)(inputs.name);
        const token = inputs['github-token'];
        const modelDigest = inputs['model-digest'];
        if (modelDigest && !/^sha256:[a-f0-9]{64}$/.test(modelDigest))
            throw new errors/* ConfigurationError */.j('model-digest', 'must be sha256:<64 hex digits>', modelDigest);
        const reportPath = inputs['gate-report'];
        if (!reportPath && !inputs['allow-ungated'])
            throw new errors/* ConfigurationError */.j('gate-report', "is required: pass evaluate-gate's report (its model must be the image's), or set allow-ungated: true");
        const report = reportPath ? await (0,evidence/* readGateReport */.MZ)(reportPath) : undefined;
        const access = (0,release_inputs/* registryAccess */.Yb)({ username: inputs['registry-username'], password: inputs['registry-password'], token }, env, log);
        const { image, labels } = await resolveImage(inputs.image, 'image', access);
        if (image !== inputs.image)
            log.info(`${inputs.image} is ${image}`);
        const model = (0,build_labels/* modelFromLabels */.dc)(labels);
        const digest = report
            ? (0,evidence/* checkGateSubject */.mQ)(report, reportPath, model.digest, modelDigest || undefined, image)
            : model.digest || modelDigest || undefined;
        if (!report)
            log.warning(`deploying ${image} ungated (allow-ungated: true); recorded as such`);
        const ledger = (0,open_ledger/* openLedger */.a)(inputs.ledger, { token, env });
        const provider = (0,create_provider/* createProvider */.Qd)(inputs.provider, (0,release_inputs/* providerSettingsOf */.Gk)(inputs), {
            environment,
            image,
            access,
            env,
            token,
        });
        const outcome = await deployRelease({
            environment,
            name: givenName || (0,ledger_ledger/* defaultReleaseName */.Ad)(image),
            image,
            ledger,
            provider,
            evidence: {
                model: { ...model, ...(digest ? { digest } : {}) },
                gate: report ? report.gate : { ungated: true },
                source: await (0,evidence/* sourceOf */.vz)(env, process.cwd()),
            },
            timeoutMs: inputs.timeout,
            autoRollback: inputs['auto-rollback'],
            dryRun: inputs['dry-run'],
            url: inputs.url || undefined,
            logUrl: (0,github_client/* runUrl */.Vp)(env),
            log,
        });
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

/***/ 1591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ carryOut),
/* harmony export */   w: () => (/* binding */ restoreRecord)
/* harmony export */ });
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8571);
/* harmony import */ var _ledger_ledger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2420);
/**
 * One release carried out: recorded as in progress, rolled out through its provider,
 * checked for a rival that moved the environment meanwhile, then recorded as what it
 * is. `success` is written only after the provider confirmed health and nobody else
 * took the environment; every other ending is written as `failure` with its cause.
 */


/** Records, rolls out, checks and records again; never throws for a failed rollout. */
async function carryOut(options) {
    const { ledger, provider, log } = options;
    const links = { logUrl: options.logUrl };
    const release = await ledger.create(options.release, links);
    log.info(`recorded ${release.id} (in progress) in ${ledger.description}`);
    const rival = await rivalInProgress(ledger, release, options.timeoutMs);
    if (rival) {
        const error = `release ${rival.id} started on ${release.environment} first and is still in progress; ` +
            'run one deploy per environment at a time (concurrency: group)';
        await ledger.update(release, 'failure', { ...links, description: error });
        return {
            outcome: 'conflict',
            release: { ...release, status: 'failure' },
            error,
            providerMs: 0,
        };
    }
    const started = performance.now();
    let result;
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
        });
    }
    catch (error) {
        const providerMs = performance.now() - started;
        const message = error.message;
        await ledger.update(release, 'failure', { ...links, description: message });
        const changed = error.changed ?? true;
        return {
            outcome: 'failure',
            release: { ...release, status: 'failure' },
            error: message,
            changed,
            providerMs,
        };
    }
    const providerMs = performance.now() - started;
    log.info(`${provider.name}: ${result.detail} (${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(providerMs)})`);
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
    const environmentUrl = options.url ?? result.url;
    await ledger.update(release, 'success', { ...links, environmentUrl, description: result.detail });
    return {
        outcome: 'success',
        release: { ...release, status: 'success', ...(environmentUrl ? { url: environmentUrl } : {}) },
        result,
        providerMs,
    };
}
/** An older release of the environment still in progress (started within `timeoutMs`). */
async function rivalInProgress(ledger, ours, timeoutMs) {
    const history = await ledger.history(ours.environment, 20, (0,_ledger_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseName */ ["do"])(ours));
    const position = history.findIndex((r) => r.id === ours.id);
    const since = Date.parse(ours.created_at) - timeoutMs;
    return history
        .slice(position + 1)
        .find((r) => r.status === 'in_progress' && Date.parse(r.created_at) >= since);
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
/* harmony import */ var _core_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7167);
/* harmony import */ var _core_github_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5014);
/* harmony import */ var _build_labels_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7309);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('model-digest', `disagrees with the image's ${_build_labels_js__WEBPACK_IMPORTED_MODULE_4__/* .MODEL_DIGEST_LABEL */ .wo} label (${imageModel})`, given);
    const model = imageModel ?? given;
    if (report.gate.verdict !== 'pass')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('gate-report', `records gate verdict '${report.gate.verdict}': only a model that passed its gate is deployed`, reportPath);
    const judged = report.gate.model_digest;
    if (!judged)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('gate-report', 'names no model (subject.model.digest): run evaluate-gate with model-digest or validate-report', reportPath);
    if (!model)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('gate-report', `cannot be checked against ${image}: the image has no ${_build_labels_js__WEBPACK_IMPORTED_MODULE_4__/* .MODEL_DIGEST_LABEL */ .wo} label; pass model-digest`, reportPath);
    if (judged !== model)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('gate-report', `judged model ${judged}, but ${image} carries model ${model}: gate this image's model`, reportPath);
    return model;
}
/** Repository, commit, ref, run and actor of this run (the commit from git outside Actions). */
async function sourceOf(env, cwd) {
    const sha = env.GITHUB_SHA || (await (0,_core_git_js__WEBPACK_IMPORTED_MODULE_2__/* .gitOutput */ .o)(['rev-parse', 'HEAD'], cwd));
    return {
        ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
        ...(sha ? { sha } : {}),
        ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
        ...((0,_core_github_client_js__WEBPACK_IMPORTED_MODULE_3__/* .runUrl */ .Vp)(env) ? { run_url: (0,_core_github_client_js__WEBPACK_IMPORTED_MODULE_3__/* .runUrl */ .Vp)(env) } : {}),
        ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
    };
}


/***/ }),

/***/ 7836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iL: () => (/* binding */ renderReleaseSummary)
/* harmony export */ });
/* unused harmony exports shortDigest, renderReleaseVerdict, renderHistory */
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
    return `## ❌ ${what}: ${environment} ${kind === 'rollback' ? 'rollback' : 'rollout'} failed${id}`;
}
function renderReleaseSummary(outcome) {
    const parts = [renderReleaseVerdict(outcome), ''];
    if (outcome.failure)
        parts.push(`**Why:** ${outcome.failure}`, '');
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
            (0,_core_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(outcome.previousImage ?? 'nothing'),
            before?.id,
            gateOf(before),
            commitOf(before),
        ],
        [
            outcome.status === 'dry-run' ? 'would be live' : 'live now',
            outcome.image ? (0,_core_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(outcome.image) : 'unknown',
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
    const metrics = Object.entries(release.gate?.metrics ?? {})
        .slice(0, 8)
        .map(([name, value]) => `${name} ${Number.isInteger(value) ? value : value.toFixed(4)}`)
        .join(' · ');
    const lines = [
        release.gate?.ungated
            ? '- **Gate:** ⚠️ ungated (deployed with allow-ungated: true, no gate report)'
            : `- **Gate:** ${release.gate?.verdict ?? 'not recorded'}${metrics ? ` — ${metrics}` : ''}`,
        `- **Model:** ${release.model?.digest ? (0,_core_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(release.model.digest) : 'not recorded'}${release.model?.format ? ` (${release.model.format})` : ''}`,
        `- **Commit:** ${release.source?.sha ? (0,_core_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(release.source.sha.slice(0, 12)) : 'not recorded'}${release.source?.ref ? ` on ${release.source.ref}` : ''}`,
    ];
    if (release.source?.run_url)
        lines.push(`- **Run:** ${release.source.run_url}`);
    if (release.reason)
        lines.push(`- **Reason:** ${release.reason}`);
    return `**Evidence** (release ${release.id}):\n\n${lines.join('\n')}\n`;
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
    return parts.join(': ').slice(0, 200);
}


/***/ })

};
