export const id = 106;
export const ids = [106];
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
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/github-client.ts
var github_client = __webpack_require__(5014);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
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
// EXTERNAL MODULE: ./src/ledger/ledger.ts
var ledger_ledger = __webpack_require__(2420);
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
    const { ledger, environment, log } = settings;
    const history = await ledger.history(environment, 100);
    const live = history.find((r) => r.status === 'success');
    if (!live)
        throw new Error(`nothing is live in ${environment} (${ledger.description}): nothing to roll back`);
    const target = chooseTarget(history, live, settings.to);
    const original = (0,ledger_ledger/* originalOf */.zW)(history, target);
    if ((0,ledger_ledger/* digestOf */.ol)(original.image) === (0,ledger_ledger/* digestOf */.ol)(live.image))
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
        previousImage: live.image,
        previous: live,
        target: original,
        plan,
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
        timeoutMs: settings.timeoutMs,
        logUrl: settings.logUrl,
        log,
    };
    const carried = await (0,carry_out/* carryOut */.u)({
        ...common,
        previousImage: live.image,
        kind: 'rollback',
        url: settings.url ?? original.url,
        release: (0,carry_out/* restoreRecord */.w)({
            target: original,
            undone: live,
            provider,
            source: settings.source,
            reason: settings.reason,
        }),
    });
    if (carried.outcome === 'success') {
        const note = `rolled back by ${carried.release.id}${settings.reason ? `: ${settings.reason}` : ''}`;
        await ledger.update(live, 'rolled-back', { description: note, logUrl: settings.logUrl });
    }
    let failure;
    let providerMs = carried.providerMs;
    let image = original.image;
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
        history: await ledger.history(environment, 50),
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
    async run(inputs, { env, log }) {
        const environment = (0,release_inputs/* checkEnvironment */.Qz)(inputs.environment);
        if (inputs.provider && !provider/* PROVIDERS */.x.includes(inputs.provider))
            throw new errors/* ConfigurationError */.j('provider', `must be one of ${provider/* PROVIDERS */.x.join(', ')}`, inputs.provider);
        const token = inputs['github-token'];
        const access = (0,release_inputs/* registryAccess */.Yb)({ username: inputs['registry-username'], password: inputs['registry-password'], token }, env, log);
        const given = (0,release_inputs/* providerSettingsOf */.Gk)(inputs);
        const source = await (0,evidence/* sourceOf */.v)(env, process.cwd());
        const outcome = await rollbackRelease({
            environment,
            to: inputs.to,
            reason: inputs.reason || undefined,
            force: inputs.force,
            ledger: (0,open_ledger/* openLedger */.a)(inputs.ledger, { token, env }),
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
            logUrl: (0,github_client/* runUrl */.Vp)(env),
            log,
        });
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


/***/ })

};
