export const id = 115;
export const ids = [115];
export const modules = {

/***/ 3925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ readYamlInput)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/**
 * The one way an input that holds YAML is read (`gates`, `signature`): a path to a file,
 * or the YAML (or JSON) itself inline. A value that names a file is read; a value that
 * does not but looks like a document (a line break, `key: value`, a `{` or `[`) is the
 * document; anything else is a path that cannot be read, said as such.
 */



/** The parsed document of `value`; errors name `input`. */
async function readYamlInput(value, input) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(value, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const inline = /\n/.test(value) || /^\s*[{[]/.test(value) || /:\s/.test(value);
        if (!inline || (code !== 'ENOENT' && code !== 'ENAMETOOLONG'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(input, `cannot read ${value}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .U)(error)} (give a path to a YAML file, or the YAML itself)`);
        text = value;
    }
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(input, `is not valid YAML (or JSON): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .U)(error).split('\n')[0]}`);
    }
}


/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $j: () => (/* binding */ EVIDENCE_TYPE),
  YI: () => (/* binding */ REPORT_TITLE),
  mG: () => (/* binding */ REPORT_TYPE),
  c0: () => (/* binding */ mediaTypeOf),
  Z3: () => (/* binding */ releaseEvidence),
  $8: () => (/* binding */ releaseGateReport),
  Vl: () => (/* binding */ withReleaseEvidence)
});

// UNUSED EXPORTS: storeEvidence

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/oci/image-store.ts + 6 modules
var image_store = __webpack_require__(6132);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(9767);
// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(9217);
// EXTERNAL MODULE: ./src/core/digest.ts
var core_digest = __webpack_require__(5543);
;// CONCATENATED MODULE: ./src/oci/referrers.ts



/** The empty config of an artifact manifest (image spec 1.1: `{}`). */
const EMPTY_CONFIG = {
    mediaType: 'application/vnd.oci.empty.v1+json',
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2,
};
const TITLE = 'org.opencontainers.image.title';
/** The fallback tag of a subject: `sha256-<hex>`. */
const referrersTag = (digest) => digest.replace(':', '-');
/** Pushes files as one artifact about `subject`; blobs first, the manifest last. */
async function pushArtifact(store, options) {
    await putBytes(store, Buffer.from('{}'));
    const layers = [];
    for (const file of options.files) {
        const digest = await putBytes(store, file.bytes);
        layers.push({
            mediaType: file.mediaType,
            digest,
            size: file.bytes.length,
            annotations: { [TITLE]: file.title },
        });
    }
    const body = {
        schemaVersion: 2,
        mediaType: media_types/* MediaType */.zu.ociManifest,
        artifactType: options.artifactType,
        config: { ...EMPTY_CONFIG },
        layers,
        subject: {
            mediaType: options.subject.mediaType,
            digest: options.subject.digest,
            size: options.subject.size,
        },
        ...(options.annotations ? { annotations: options.annotations } : {}),
    };
    const manifest = (0,image_store/* manifestOf */.$V)(media_types/* MediaType */.zu.ociManifest, body);
    if (await store.putReferrer(manifest))
        return { digest: manifest.digest, indexedBy: 'referrers API' };
    await addToFallbackIndex(store, body, manifest);
    return { digest: manifest.digest, indexedBy: 'tag fallback' };
}
/** The spec's fallback steps: read the tag's index (none = empty), append once, push it back. */
async function addToFallbackIndex(store, body, manifest) {
    const tag = referrersTag(body.subject.digest);
    const current = await store.findManifest(tag);
    let index = { schemaVersion: 2, mediaType: media_types/* MediaType */.zu.ociIndex, manifests: [] };
    if (current) {
        if (current.mediaType !== media_types/* MediaType */.zu.ociIndex)
            throw new Error(`${store.name}:${tag} is a ${current.mediaType || 'manifest'}, not the referrers index the tag schema keeps there`);
        index = JSON.parse(current.bytes.toString('utf8'));
    }
    if (index.manifests.some((m) => m.digest === manifest.digest))
        return;
    const descriptor = {
        mediaType: media_types/* MediaType */.zu.ociManifest,
        digest: manifest.digest,
        size: manifest.bytes.length,
        artifactType: body.artifactType,
        ...(body.annotations ? { annotations: body.annotations } : {}),
    };
    index = { ...index, manifests: [...index.manifests, descriptor] };
    await store.putManifest((0,image_store/* manifestOf */.$V)(media_types/* MediaType */.zu.ociIndex, index), [tag]);
}
/** The referrers of `digest` (of one artifact type when given): the API's list, else the tag's. */
async function listReferrers(store, digest, artifactType) {
    const fromApi = await store.getReferrers(digest);
    const bytes = fromApi ?? (await store.findManifest(referrersTag(digest)))?.bytes;
    if (!bytes)
        return [];
    const index = JSON.parse(bytes.toString('utf8'));
    const manifests = index.manifests;
    return artifactType ? manifests.filter((m) => m.artifactType === artifactType) : manifests;
}
/**
 * Reads an artifact by digest and every file in it, checking each digest (the manifest's
 * and each blob's) and its type; a mismatch is an error, never a silent substitute.
 */
async function readArtifact(store, digest, artifactType) {
    const found = await store.getManifest(digest);
    if ((0,core_digest/* sha256Of */.Bj)(found.bytes) !== digest)
        throw new Error(`${store.name}: manifest ${digest} has digest ${(0,core_digest/* sha256Of */.Bj)(found.bytes)}`);
    const manifest = JSON.parse(found.bytes.toString('utf8'));
    if (manifest.artifactType !== artifactType)
        throw new Error(`${store.name}@${digest} is a ${manifest.artifactType ?? 'manifest'}, not a ${artifactType}`);
    const files = [];
    for (const layer of manifest.layers) {
        const bytes = await store.readBlob(layer.digest);
        if ((0,core_digest/* sha256Of */.Bj)(bytes) !== layer.digest || bytes.length !== layer.size)
            throw new Error(`${store.name}: blob ${layer.digest} of ${digest} does not match its digest`);
        files.push({ title: layer.annotations?.[TITLE] ?? '', mediaType: layer.mediaType, bytes });
    }
    return { manifest, files };
}
async function putBytes(store, bytes) {
    const digest = (0,core_digest/* sha256Of */.Bj)(bytes);
    if (await store.hasBlob(digest))
        return digest;
    return store.putBlob({
        size: bytes.length,
        digest,
        open: async function* (start) {
            yield bytes.subarray(start);
        },
    });
}

// EXTERNAL MODULE: ./src/build/labels.ts
var labels = __webpack_require__(7309);
// EXTERNAL MODULE: ./src/release/evidence.ts
var evidence = __webpack_require__(8448);
;// CONCATENATED MODULE: ./src/release/evidence-store.ts
/**
 * A release's evidence where the next gate can read it (SPEC §9): the gate report and
 * the candidate predictions it judged, pushed beside the image as one OCI artifact whose
 * `subject` is the image manifest, content-addressed, its digest in the release record.
 * A gate against `environment:<name>` fetches it by that digest, checks every digest on
 * the way, and pairs its rows with the live model's own predictions. Inside Actions a
 * copy (an OCI layout of just the artifact) is also saved in the Actions cache under its
 * digest, for a gate that cannot reach the registry (a fork's pull request); it is read
 * through the same checks.
 */










const EVIDENCE_TYPE = 'application/vnd.modelgate.evidence.v1+json';
const REPORT_TYPE = 'application/vnd.modelgate.gate-report.v1+json';
const REPORT_TITLE = 'evaluate-gate.json';
/** The media type a predictions (or metrics) file is stored with, from its extension. */
function mediaTypeOf(path) {
    const extension = (0,external_node_path_.extname)(path).toLowerCase();
    if (extension === '.csv')
        return 'text/csv';
    if (extension === '.tsv')
        return 'text/tab-separated-values';
    if (extension === '.jsonl' || extension === '.ndjson')
        return 'application/jsonl';
    return 'application/json';
}
/**
 * What deploy records of a release's evidence: the image's model (its digest checked
 * against the gate report's, SPEC §9), the gate (or `ungated`), and, unless `store` is
 * off (a dry run), the report and predictions stored beside the image first:
 * content-addressed, so a failed rollout leaves only an unreferenced artifact, and a
 * release is never recorded without its evidence.
 */
async function releaseEvidence(options) {
    const { resolved, report, reportPath, log } = options;
    const { image } = resolved;
    const model = (0,labels/* modelFromLabels */.dc)(resolved.labels);
    const digest = report
        ? (0,evidence/* checkGateSubject */.mQ)(report, reportPath, model.digest, options.modelDigest, image)
        : model.digest || options.modelDigest;
    if (!report)
        log.warning(`deploying ${image} ungated (allow-ungated: true); recorded as such`);
    const stored = report && options.store ? await storeEvidence({ ...options, report, reportPath }) : undefined;
    if (stored)
        log.info(`evidence ${stored.digest} stored beside ${image} (${stored.indexedBy})`);
    if (stored?.cacheProblem)
        log.warning(stored.cacheProblem);
    return {
        model: { ...model, ...(digest ? { digest } : {}) },
        gate: report ? report.gate : { ungated: true },
        ...(stored ? { evidence: { digest: stored.digest, image: stored.image } } : {}),
    };
}
/**
 * Checks the predictions the report names are still the bytes it judged, then pushes the
 * report and them as an artifact about `subject` (the image manifest).
 */
async function storeEvidence(options) {
    const { report, reportPath, resolved } = options;
    const path = report.predictionsPath;
    const expected = report.gate.predictions_digest;
    if (!path || !expected)
        throw new errors/* ConfigurationError */.j('gate-report', 'names no candidate predictions (subject.predictions): re-run evaluate-gate with this version of modelgate', reportPath);
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch {
        throw new errors/* ConfigurationError */.j('gate-report', `names candidate predictions ${path}, which cannot be read here: deploy where the gate ran (same workspace)`, reportPath);
    }
    // The digest of the very bytes that are pushed (one read).
    const actual = (0,core_digest/* sha256Of */.Bj)(bytes);
    if (actual !== expected)
        throw new errors/* ConfigurationError */.j('gate-report', `judged predictions ${path} with digest ${expected}, but that file is now ${actual}`, reportPath);
    const files = [
        { title: REPORT_TITLE, mediaType: REPORT_TYPE, bytes: report.bytes },
        { title: (0,external_node_path_.basename)(path), mediaType: mediaTypeOf(path), bytes },
    ];
    try {
        const store = await (0,image_store/* openImageStore */.Nr)(resolved.reference, true, options.access);
        const pushed = await pushArtifact(store, {
            artifactType: EVIDENCE_TYPE,
            subject: resolved.descriptor,
            files,
            annotations: {
                ...(report.gate.model_digest
                    ? { 'dev.modelgate.model.digest': report.gate.model_digest }
                    : {}),
                'dev.modelgate.gate.verdict': report.gate.verdict ?? '',
            },
        });
        const image = `${(0,reference/* formatReference */.FH)(resolved.reference)}@${pushed.digest}`;
        const cacheProblem = options.cache
            ? await saveToCache(store, pushed.digest, options.cache)
            : undefined;
        return { ...pushed, image, ...(cacheProblem ? { cacheProblem } : {}) };
    }
    catch (error) {
        throw new Error(`cannot store the gate evidence beside ${resolved.image}: ${error.message}; deploy needs push access to the image's repository`);
    }
}
/** Where a cached copy lives while it is saved or read (relative: the cache keys on it). */
const cacheDirOf = (digest) => (0,external_node_path_.join)('.modelgate', 'evidence', digest.replace(':', '-'));
const cacheKeyOf = (digest) => `modelgate-evidence-${digest}`;
/** Copies the artifact into a one-artifact OCI layout and saves it; a problem is returned, not thrown. */
async function saveToCache(store, digest, cache) {
    const dir = cacheDirOf(digest);
    try {
        const copy = await (0,image_store/* layoutStore */.i4)(dir, true);
        const manifest = await store.getManifest(digest);
        const { files } = await readArtifact(store, digest, EVIDENCE_TYPE);
        for (const bytes of [Buffer.from('{}'), ...files.map((f) => f.bytes)])
            await copy.putBlob({
                size: bytes.length,
                open: async function* () {
                    yield bytes;
                },
            });
        await copy.putManifest(manifest, ['evidence']);
        await cache.save(dir, cacheKeyOf(digest));
        return undefined;
    }
    catch (error) {
        return `the Actions cache did not take a copy of the evidence (${error.message}); the registry's copy is the one of record`;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** The artifact's files from the registry, else from the Actions cache's copy. */
async function fetchArtifactFiles(evidence, access, cache) {
    try {
        const store = await (0,image_store/* openImageStore */.Nr)((0,reference/* parseImageReference */.o_)(evidence.image, 'baseline'), false, access);
        return (await readArtifact(store, evidence.digest, EVIDENCE_TYPE)).files;
    }
    catch (error) {
        if (!cache)
            throw error;
        const dir = cacheDirOf(evidence.digest);
        try {
            if (!(await cache.restore(dir, cacheKeyOf(evidence.digest))))
                throw new Error(`${error.message}; the Actions cache has no copy either`);
            access.log?.info(`evidence ${evidence.digest}: the registry could not be read; using the Actions cache's copy`);
            return (await readArtifact(await (0,image_store/* layoutStore */.i4)(dir, false), evidence.digest, EVIDENCE_TYPE))
                .files;
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
}
/** The gate report a release stored as evidence (undefined: it stored none). */
async function releaseGateReport(release, access, cache) {
    const evidence = release.evidence;
    if (!evidence)
        return undefined;
    const files = await fetchArtifactFiles(evidence, access, cache);
    const report = files.find((f) => f.title === REPORT_TITLE);
    if (!report)
        throw new Error(`evidence ${evidence.digest} holds no gate report`);
    return JSON.parse(report.bytes.toString('utf8'));
}
/**
 * Fetches a release's evidence and hands its predictions file to `load` (as a file in a
 * temporary folder, removed after). Undefined when the release stored none. Every
 * digest is checked: the artifact's, each blob's, and the predictions' against the one
 * the release's gate recorded.
 */
async function withReleaseEvidence(release, access, load, cache) {
    const evidence = release.evidence;
    if (!evidence)
        return undefined;
    const files = await fetchArtifactFiles(evidence, access, cache);
    const predictions = files.find((f) => f.title !== REPORT_TITLE);
    if (!predictions)
        throw new Error(`evidence ${evidence.digest} holds no predictions`);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'modelgate-evidence-'));
    try {
        const path = (0,external_node_path_.join)(dir, (0,external_node_path_.basename)(predictions.title) || 'predictions.csv');
        await (0,promises_.writeFile)(path, predictions.bytes);
        const recorded = release.gate?.predictions_digest;
        const actual = (0,core_digest/* sha256Of */.Bj)(predictions.bytes);
        if (recorded && recorded !== actual)
            throw new Error(`evidence ${evidence.digest} holds predictions ${actual}, not the ${recorded} release ${release.id} recorded`);
        return await load(path);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 2160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zl: () => (/* binding */ normalQuantile),
/* harmony export */   vr: () => (/* binding */ normalCdf)
/* harmony export */ });
/* unused harmony export erfc */
/* eslint-disable no-loss-of-precision -- cephes' coefficients are quoted as published; each rounds to the nearest double. */
/**
 * The standard normal distribution: the CDF through erfc (W. J. Cody's rational
 * approximations, as in scipy.special.ndtr; ~1e-15 relative) and the quantile by
 * Acklam's approximation refined with one Halley step (~1e-15). Checked against
 * scipy.stats.norm in test/stats.
 */
/** Complementary error function, as cephes' erfc (scipy.special.erfc): erf below 1, two rational fits above. */
function erfc(x) {
    const z = Math.abs(x);
    let r;
    if (z < 1)
        r = 1 - erfSmall(z);
    else {
        const e = Math.exp(-z * z);
        r =
            z < 8
                ? (e * polevl(z, ERFC_P)) / polevl(z, ERFC_Q)
                : (e * polevl(z, ERFC_R)) / polevl(z, ERFC_S);
    }
    return x < 0 ? 2 - r : r;
}
const ERF_T = [
    9.60497373987051638749, 9.0026019720384268718e1, 2.23200534594684319226e3,
    7.00332514112805075473e3, 5.55923013010394962768e4,
];
const ERF_U = [
    1.0, 3.35617141647503099647e1, 5.21357949780152679795e2, 4.59432382970980127987e3,
    2.26290000613890934246e4, 4.92673942608635921086e4,
];
const ERFC_P = [
    2.46196981473530512524e-10, 5.64189564831068821977e-1, 7.46321056442269912687,
    4.86371970985681366614e1, 1.96520832956077098242e2, 5.26445194995477358631e2,
    9.3452852717195760754e2, 1.02755188689515710272e3, 5.57535335369399327526e2,
];
const ERFC_Q = [
    1.0, 1.32281951154744992508e1, 8.67072140885989742329e1, 3.54937778887819891062e2,
    9.75708501743205489753e2, 1.82390916687909736289e3, 2.24633760818710981792e3,
    1.65666309194161350182e3, 5.57535340817727675546e2,
];
const ERFC_R = [
    5.64189583547755073984e-1, 1.27536670759978104416, 5.01905042251180477414, 6.16021097993053585195,
    7.4097426995044893916, 2.9788666537210024067,
];
const ERFC_S = [
    1.0, 2.2605286322011727659, 9.39603524938001434673, 1.20489539808096656605e1,
    1.70814450747565897222e1, 9.60896809063285878198, 3.3690764510008151605,
];
function erfSmall(z) {
    const t = z * z;
    return (z * polevl(t, ERF_T)) / polevl(t, ERF_U);
}
/** A polynomial with coefficients from the highest power down (cephes polevl). */
function polevl(x, coefficients) {
    let value = 0;
    for (const c of coefficients)
        value = value * x + c;
    return value;
}
/** P(Z ≤ x). */
function normalCdf(x) {
    return 0.5 * erfc(-x / Math.SQRT2);
}
/** The x with P(Z ≤ x) = p (0 < p < 1). */
function normalQuantile(p) {
    if (!(p > 0 && p < 1))
        return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
    const a = [
        -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
        -3.066479806614716e1, 2.506628277459239,
    ];
    const b = [
        -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
        -1.328068155288572e1,
    ];
    const c = [
        -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
        4.374664141464968, 2.938163982698783,
    ];
    const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
    let x;
    if (p < 0.02425) {
        const q = Math.sqrt(-2 * Math.log(p));
        x =
            (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
                ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    else if (p <= 1 - 0.02425) {
        const q = p - 0.5;
        const r = q * q;
        x =
            ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
                (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
    else {
        const q = Math.sqrt(-2 * Math.log(1 - p));
        x =
            -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
                ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    // One Halley step on the CDF (Acklam's refinement) brings it to machine precision.
    const e = normalCdf(x) - p;
    const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
    return x - u / (1 + (x * u) / 2);
}


/***/ }),

/***/ 4111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rn: () => (/* binding */ upperBound)
/* harmony export */ });
/* unused harmony exports restrictedMle, farringtonManningZ */
/* harmony import */ var _normal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2160);
/**
 * The Farrington–Manning score test for two independent proportions (C. P. Farrington and
 * G. Manning, "Test statistics and sample size formulae for comparative binomial trials
 * with null hypothesis of non-zero risk difference or non-unity relative risk", Statistics
 * in Medicine 9:1447–1454, 1990): the unpaired counterpart of Tango's test, for a canary's
 * rate of bad events against the stable track's (or after a switch against before it).
 * The variance is taken at the maximum likelihood estimate restricted to the null
 * hypothesis, so zero events on both sides still bound the difference. Checked against a
 * numpy transcription of the paper's closed forms in test/stats.
 */

/**
 * The maximum likelihood estimate of (p1, p2) under H0. The log-likelihood along the
 * constraint is concave in p2, so its derivative is found zero by bisection (to machine
 * precision; no closed form's cancellation near the edges).
 */
function restrictedMle({ x1, n1, x2, n2 }, h0) {
    const delta = 'difference' in h0 ? h0.difference : 0;
    const theta = 'ratio' in h0 ? h0.ratio : 1;
    const p1Of = (p2) => ('difference' in h0 ? p2 + delta : theta * p2);
    // p2's range: both proportions in [0, 1].
    let low = 'difference' in h0 ? Math.max(0, -delta) : 0;
    let high = 'difference' in h0 ? Math.min(1, 1 - delta) : Math.min(1, 1 / theta);
    const slope = (p2) => {
        const p1 = p1Of(p2);
        const dp1 = 'difference' in h0 ? 1 : theta;
        // 0 · log 0 = 0: a side with no events (or no non-events) adds nothing.
        let d = 0;
        if (x1 > 0)
            d += (x1 * dp1) / p1;
        if (n1 - x1 > 0)
            d -= ((n1 - x1) * dp1) / (1 - p1);
        if (x2 > 0)
            d += x2 / p2;
        if (n2 - x2 > 0)
            d -= (n2 - x2) / (1 - p2);
        return d;
    };
    for (let i = 0; i < 200 && high - low > 1e-16; i++) {
        const mid = (low + high) / 2;
        if (mid === low || mid === high)
            break;
        if (slope(mid) > 0)
            low = mid;
        else
            high = mid;
    }
    const p2 = (low + high) / 2;
    return [Math.min(1, Math.max(0, p1Of(p2))), p2];
}
/** The score statistic; negative when the first side is better than H0 says. */
function farringtonManningZ(samples, h0) {
    const { x1, n1, x2, n2 } = samples;
    const [p1, p2] = restrictedMle(samples, h0);
    const r1 = x1 / n1;
    const r2 = x2 / n2;
    const theta = 'ratio' in h0 ? h0.ratio : 1;
    const numerator = 'difference' in h0 ? r1 - r2 - h0.difference : r1 - theta * r2;
    const variance = (p1 * (1 - p1)) / n1 + (theta * theta * p2 * (1 - p2)) / n2;
    if (!(variance > 0))
        return numerator > 0 ? Infinity : numerator < 0 ? -Infinity : 0;
    return numerator / Math.sqrt(variance);
}
/**
 * The one-sided upper confidence bound of p1 − p2 (or p1 / p2) at `confidence`: the least
 * margin the test shows the first side to be within (Z is decreasing in the margin; found
 * by bisection). Infinity for a ratio no data can bound (no events on the second side).
 */
function upperBound(samples, scale, confidence) {
    const z = (0,_normal_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(confidence);
    const at = (m) => scale === 'difference' ? { difference: m } : { ratio: m };
    const r1 = samples.x1 / samples.n1;
    const r2 = samples.x2 / samples.n2;
    let low = scale === 'difference' ? r1 - r2 : r2 > 0 ? r1 / r2 : 0;
    let high = scale === 'difference' ? 1 : 1e6;
    if (farringtonManningZ(samples, at(high)) > -z)
        return scale === 'difference' ? 1 : Infinity;
    for (let i = 0; i < 200 && high - low > 1e-13 * Math.max(1, high); i++) {
        const mid = (low + high) / 2;
        if (farringtonManningZ(samples, at(mid)) > -z)
            low = mid;
        else
            high = mid;
    }
    return high;
}


/***/ })

};
