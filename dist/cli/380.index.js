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
// EXTERNAL MODULE: ./src/ledger/ledger.ts
var ledger_ledger = __webpack_require__(2420);
// EXTERNAL MODULE: ./src/release/carry-out.ts
var carry_out = __webpack_require__(1591);
;// CONCATENATED MODULE: ./src/release/deploy-release.ts


/** Deploys `settings.image`; resolves to the outcome (failures included), throws only on bad state. */
async function deployRelease(settings) {
    const started = performance.now();
    const { ledger, provider, environment, log } = settings;
    const before = await ledger.history(environment, 50);
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
        history: await ledger.history(environment, 50),
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
        'model-digest': (0,inputs/* text */.Qq)(),
        'auto-rollback': (0,inputs/* bool */.lc)(true),
        ...(0,release_inputs/* sharedReleaseInputs */.Km)(),
    },
    outputsOnError: { status: 'failure' },
    async run(inputs, { env, log }) {
        const environment = (0,release_inputs/* checkEnvironment */.Qz)(inputs.environment);
        const token = inputs['github-token'];
        const modelDigest = inputs['model-digest'];
        if (modelDigest && !/^sha256:[a-f0-9]{64}$/.test(modelDigest))
            throw new errors/* ConfigurationError */.j('model-digest', 'must be sha256:<64 hex digits>', modelDigest);
        const gate = inputs['gate-report'] ? await (0,evidence/* readGateReport */.M)(inputs['gate-report']) : undefined;
        if (gate && gate.verdict !== 'pass')
            throw new errors/* ConfigurationError */.j('gate-report', `records gate verdict '${gate.verdict}': only a model that passed its gate is deployed`, inputs['gate-report']);
        const access = (0,release_inputs/* registryAccess */.Yb)({ username: inputs['registry-username'], password: inputs['registry-password'], token }, env, log);
        const { image, labels } = await resolveImage(inputs.image, 'image', access);
        if (image !== inputs.image)
            log.info(`${inputs.image} is ${image}`);
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
            image,
            ledger,
            provider,
            evidence: {
                model: { ...(0,build_labels/* modelFromLabels */.dc)(labels), ...(modelDigest ? { digest: modelDigest } : {}) },
                ...(gate ? { gate } : {}),
                source: await (0,evidence/* sourceOf */.v)(env, process.cwd()),
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


/***/ })

};
