export const id = 725;
export const ids = [725];
export const modules = {

/***/ 6106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rollbackAction: () => (/* binding */ rollbackAction)
});

// EXTERNAL MODULE: ./src/core/action.ts
var action = __webpack_require__(5605);
// EXTERNAL MODULE: ./src/core/cancellation.ts
var core_cancellation = __webpack_require__(3948);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
// EXTERNAL MODULE: ./src/ledger/ledger.ts
var ledger_ledger = __webpack_require__(2420);
// EXTERNAL MODULE: ./src/ledger/open-ledger.ts + 3 modules
var open_ledger = __webpack_require__(5248);
// EXTERNAL MODULE: ./src/providers/create-provider.ts + 9 modules
var create_provider = __webpack_require__(9317);
// EXTERNAL MODULE: ./src/providers/provider.ts
var provider = __webpack_require__(9545);
// EXTERNAL MODULE: ./src/release/evidence.ts
var evidence = __webpack_require__(8448);
// EXTERNAL MODULE: ./src/actions/release-inputs.ts
var release_inputs = __webpack_require__(6606);
// EXTERNAL MODULE: ./src/release/render-summary.ts
var render_summary = __webpack_require__(7836);
// EXTERNAL MODULE: ./src/release/carry-out.ts
var carry_out = __webpack_require__(1591);
;// CONCATENATED MODULE: ./src/release/rollback-release.ts
/**
 * rollback's domain: restore an earlier release of an environment. The target is the
 * release before the live one (`previous`, walking one step further back per call,
 * never in a loop), a release id or an image digest. The rollback is itself a release:
 * recorded with its reason, the evidence of the release it restores, and `rollback_of`
 * the release it undid, which the ledger then shows as rolled back.
 */



/** Rolls back; a state that allows no rollback throws before anything changes. */
async function rollbackRelease(settings) {
    const started = performance.now();
    const { ledger, environment, name, log } = settings;
    const history = await ledger.history(environment, 100, name);
    const live = history.find((r) => r.status === 'success');
    if (!live)
        throw new Error(`nothing of ${name} is live in ${environment} (${ledger.description}): nothing to roll back`);
    // Start from what the runtime runs: a cancelled or crashed deploy may have moved it past
    // what the ledger says is live. Then `previous` means putting the live release back.
    const running = await settings.providerFor(live).current();
    const inBetween = running !== undefined &&
        (0,ledger_ledger/* digestOf */.ol)(running) !== undefined &&
        (0,ledger_ledger/* digestOf */.ol)(running) !== (0,ledger_ledger/* digestOf */.ol)(live.image);
    if (inBetween)
        log.warning(`${environment} runs ${running}, not the live release ${live.id} (${live.image}): the ledger and the runtime disagree`);
    const target = inBetween && settings.to === 'previous' ? live : chooseTarget(history, live, settings.to);
    // What put the runtime in between, when the ledger knows it (an interrupted release).
    const stray = inBetween
        ? history.find((r) => (0,ledger_ledger/* digestOf */.ol)(r.image) === (0,ledger_ledger/* digestOf */.ol)(running))
        : undefined;
    const original = (0,ledger_ledger/* originalOf */.zW)(history, target);
    if (!inBetween && (0,ledger_ledger/* digestOf */.ol)(original.image) === (0,ledger_ledger/* digestOf */.ol)(live.image))
        throw new errors/* ConfigurationError */.j('to', `${original.image} is already live in ${environment}`, settings.to);
    if (!settings.force) {
        const verdict = original.gate?.verdict;
        if (verdict && verdict !== 'pass')
            throw new errors/* ConfigurationError */.j('force', `release ${original.id} recorded gate verdict '${verdict}'; set force: true to roll back to it anyway`, 'false');
        if (original.status === 'failure' || original.status === 'in_progress')
            throw new errors/* ConfigurationError */.j('force', `release ${original.id} never became healthy (${original.status}); set force: true to roll back to it anyway`, 'false');
    }
    const provider = settings.providerFor(original);
    const plan = [
        `${provider.name}: ${provider.plan(original.image)}`,
        `record a rollback of ${live.id} to ${original.id} in ${ledger.description}`,
    ];
    const base = {
        kind: 'rollback',
        environment,
        previousImage: inBetween ? running : live.image,
        previous: live,
        target: original,
        plan,
        notes: [],
    };
    if (settings.dryRun)
        return {
            ...base,
            status: 'dry-run',
            image: original.image,
            history,
            timings: { totalMs: performance.now() - started, providerMs: 0 },
        };
    const common = {
        ledger,
        provider,
        liveBefore: live,
        notes: base.notes,
        timeoutMs: settings.timeoutMs,
        logUrl: settings.logUrl,
        log,
    };
    const carried = await (0,carry_out/* carryOut */.u)({
        ...common,
        signal: settings.signal,
        previousImage: inBetween ? running : live.image,
        kind: 'rollback',
        url: settings.url ?? original.url,
        release: (0,carry_out/* restoreRecord */.w)({
            target: original,
            undone: inBetween ? (stray ?? live) : live,
            provider,
            source: settings.source,
            reason: settings.reason ??
                (inBetween
                    ? `repair: ${environment} ran ${running}, which the ledger does not record as live`
                    : undefined),
        }),
    });
    if (carried.outcome === 'success') {
        const note = `rolled back by ${carried.release.id}${settings.reason ? `: ${settings.reason}` : ''}`;
        // Repairing an in-between runtime puts the live release back: it is not undone.
        if (!inBetween)
            await ledger.update(live, 'rolled-back', { description: note, logUrl: settings.logUrl });
        else if (stray?.status === 'in_progress')
            await ledger.update(stray, 'failure', {
                description: `interrupted; ${environment} repaired by ${carried.release.id}`,
                logUrl: settings.logUrl,
            });
    }
    let failure;
    let providerMs = carried.providerMs;
    let image = original.image;
    if (carried.outcome === 'unrecorded')
        return {
            ...base,
            status: 'unrecorded',
            image: original.image,
            release: carried.release,
            providerDetail: carried.result.detail,
            failure: `${environment} runs ${original.image} again and it is healthy, but the ledger could not record it (${carried.error}); ${carried.release.id} stays in progress until ${carried.release.deadline ?? 'its deadline'}; make the ledger writable, then run the rollback again after that to record it`,
            history: await ledger.history(environment, 50, name).catch(() => []),
            timings: { totalMs: performance.now() - started, providerMs },
        };
    if (carried.outcome !== 'success') {
        failure = `the rollback to ${original.id} failed: ${carried.error}`;
        image = live.image;
        if (carried.outcome === 'failure' && carried.changed) {
            // The failed rollout may have touched the runtime: put back what was live.
            log.warning(`${failure}; restoring ${live.id}`);
            const restored = await (0,carry_out/* carryOut */.u)({
                ...common,
                release: (0,carry_out/* restoreRecord */.w)({
                    target: (0,ledger_ledger/* originalOf */.zW)(history, live),
                    undone: carried.release,
                    provider,
                    source: settings.source,
                    reason: `automatic rollback: ${carried.error}`,
                }),
                previousImage: original.image,
                kind: 'rollback',
            });
            providerMs += restored.providerMs;
            failure +=
                restored.outcome === 'success'
                    ? `; ${live.image} was restored`
                    : `; restoring ${live.image} failed too (${restored.error}): check ${environment} now`;
            if (restored.outcome !== 'success')
                image = '';
        }
    }
    return {
        ...base,
        status: failure ? 'failure' : 'success',
        image,
        release: carried.release,
        ...(carried.outcome === 'success' ? { providerDetail: carried.result.detail } : { failure }),
        history: await ledger.history(environment, 50, name).catch(() => []),
        timings: { totalMs: performance.now() - started, providerMs },
    };
}
function chooseTarget(history, live, to) {
    if (to === 'previous') {
        const previous = (0,ledger_ledger/* previousRelease */.Fi)(history, live);
        if (!previous)
            throw new Error(`no release of ${live.environment} before ${live.restores ?? live.id} to roll back to; nothing changed`);
        return previous;
    }
    const found = (0,ledger_ledger/* findRelease */.dv)(history, to);
    if (!found)
        throw new errors/* ConfigurationError */.j('to', `no release of ${live.environment} has this id or image digest`, to);
    return found;
}

;// CONCATENATED MODULE: ./src/actions/rollback.ts
/** rollback: inputs -> open the ledger -> rollbackRelease (provider from the target's record) -> outputs, summary. */












const rollbackAction = (0,action/* defineAction */.Q)({
    name: 'rollback',
    inputs: {
        environment: (0,inputs/* text */.Qq)({ required: true }),
        to: (0,inputs/* text */.Qq)({ default: 'previous' }),
        reason: (0,inputs/* text */.Qq)(),
        force: (0,inputs/* bool */.lc)(false),
        provider: (0,inputs/* text */.Qq)(),
        ...(0,release_inputs/* sharedReleaseInputs */.Km)(),
    },
    outputsOnError: { status: 'failure' },
    async run(inputs, { env, log, run: runContext }) {
        const environment = (0,release_inputs/* checkEnvironment */.Qz)(inputs.environment);
        if (inputs.provider && !provider/* PROVIDERS */.xq.includes(inputs.provider))
            throw new errors/* ConfigurationError */.j('provider', `must be one of ${provider/* PROVIDERS */.xq.join(', ')}`, inputs.provider);
        const token = inputs['github-token'];
        const access = (0,release_inputs/* registryAccess */.Yb)({ username: inputs['registry-username'], password: inputs['registry-password'], token }, env, log);
        const given = (0,release_inputs/* providerSettingsOf */.Gk)(inputs);
        const source = await (0,evidence/* sourceOf */.vz)(runContext);
        const ledger = (0,open_ledger/* openLedger */.a)(inputs.ledger, { token, env, run: runContext });
        const name = (0,release_inputs/* checkName */.I3)(inputs.name) || (await (0,ledger_ledger/* onlyLiveName */.ez)(ledger, environment, 'name'));
        if (!name)
            throw new Error(`nothing is live in ${environment} (${ledger.description}): nothing to roll back`);
        const cancellation = (0,core_cancellation/* listenForCancellation */.c)((signal) => log.warning(`${signal}: stopping the rollback and putting back what was live`));
        const outcome = await rollbackRelease({
            environment,
            name,
            to: inputs.to,
            reason: inputs.reason || undefined,
            force: inputs.force,
            ledger,
            providerFor(target) {
                const { name, settings } = (0,create_provider/* restoringProvider */.H6)(target.provider, (inputs.provider || undefined), given);
                return (0,create_provider/* createProvider */.Qd)(name, settings, {
                    environment,
                    image: target.image,
                    access,
                    env,
                    token,
                });
            },
            source: { run_url: source.run_url, actor: source.actor },
            timeoutMs: inputs.timeout,
            dryRun: inputs['dry-run'],
            url: inputs.url || undefined,
            logUrl: runContext.runUrl,
            log,
            signal: cancellation.signal,
        }).finally(() => cancellation.dispose());
        for (const warning of ledger.warnings ?? [])
            log.warning(warning);
        return {
            outputs: {
                'from-image': outcome.previousImage ?? '',
                'to-image': outcome.status === 'dry-run' ? (outcome.previousImage ?? '') : outcome.image,
                'release-id': outcome.release?.id ?? '',
                'deployment-id': String(outcome.release?.deployment_id ?? ''),
                status: outcome.status === 'dry-run' ? 'success' : outcome.status,
            },
            summary: (0,render_summary/* renderReleaseSummary */.iL)(outcome),
            report: { action: 'rollback', ...outcome },
            failure: outcome.failure,
        };
    },
});


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
