export const id = 742;
export const ids = [742];
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

/***/ 8086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ gatesFileSchema),
/* harmony export */   N4: () => (/* binding */ checkGatesFitTask),
/* harmony export */   Tp: () => (/* binding */ gateSchema),
/* harmony export */   Vz: () => (/* binding */ loadGates)
/* harmony export */ });
/* unused harmony export parseGates */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2311);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8532);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_yaml_input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3925);
/* harmony import */ var _metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(264);
/**
 * The gates file of SPEC §5 (a path, or the YAML inline in the `gates` input), checked
 * with zod. Every problem is one line naming the `gates` input and the offending entry.
 */




const missing = zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['fail', 'inconclusive', 'skip'])
    .describe('What a gate whose metric or slice is missing from the candidate or the baseline becomes: fail, inconclusive or skip.');
const tolerance = zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J().transform((raw, ctx) => {
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
    return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
});
/** One entry of `gates:` (exported for the reference in docs/). */
const gateSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    metric: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .min(1, 'is required')
        .describe('The metric (accuracy, f1, roc_auc, rmse, ...; or a key of a metrics file).'),
    min: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().optional().describe('The candidate must be at least this.'),
    max: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().optional().describe('The candidate must be at most this.'),
    'max-regression': tolerance
        .optional()
        .describe('How much worse than the baseline the candidate may be: a number (absolute) or a percentage such as "1%" (of the baseline).'),
    significance: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
        .default(false)
        .describe('true: judge max-regression with a paired non-inferiority test (the margin is max-regression) instead of the point estimate.'),
    slices: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1))
        .default([])
        .describe('Columns to gate per value as well (each slice must pass).'),
    'min-count': zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()
        .int()
        .min(1)
        .optional()
        .describe('Slices with fewer rows are reported, not gated (default 20 with slices, else 1).'),
    direction: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['higher', 'lower'])
        .optional()
        .describe('Whether higher or lower is better; needed only for a custom metric with max-regression.'),
    missing: missing.optional(),
})
    .strict();
/** The gates file (exported for the reference in docs/). */
const gatesFileSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    // A pull request may edit the gates file: what makes a test weaker has a floor.
    confidence: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()
        .min(0.9, 'must be at least 0.9 (0.975 gives the regulatory one-sided 2.5%)')
        .lt(1)
        .default(0.95)
        .describe('Confidence of the one-sided intervals and tests, at least 0.9.'),
    bootstrap: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()
        .int()
        .min(1000, 'must be at least 1000')
        .max(100000)
        .default(2000)
        .describe('Bootstrap resamples for the intervals of metrics without a closed form.'),
    seed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()
        .int()
        .min(0)
        .max(4294967295)
        .optional()
        .describe('Bootstrap seed (default: derived from the data, so a run is reproducible).'),
    missing: missing.default('fail'),
    gates: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()).min(1, 'lists no gates').describe('The gates (the table below).'),
})
    .strict();
const fileSchema = gatesFileSchema;
/** Reads the `gates` input: a path to a YAML file, or the YAML itself. */
async function loadGates(input) {
    return parseGates(await (0,_core_yaml_input_js__WEBPACK_IMPORTED_MODULE_1__/* .readYamlInput */ .c)(input, 'gates'));
}
/**
 * Gates that cannot apply to a candidate read from predictions: a metric not defined for
 * its task (`roc_auc_ovr` on a binary task), or one modelgate does not compute (a custom
 * metric exists only in a metrics file). One line naming `gates`.
 */
function checkGatesFitTask(config, task) {
    config.gates.forEach((gate, i) => {
        const where = `gates[${i}] (metric: ${gate.metric})`;
        if (!(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_2__/* .isKnownMetric */ .Oi)(gate.metric))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j('gates', `${where}: modelgate does not compute ${gate.metric} from predictions (it computes ${(0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_2__/* .metricsFor */ .fZ)(task).join(', ')}); a custom metric needs a metrics file`);
        const why = (0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_2__/* .notDefinedFor */ .YG)(gate.metric, task);
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
    const known = (0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_2__/* .directionOf */ .FR)(entry.metric);
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
        ((0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_2__/* .isKnownMetric */ .Oi)(lower) ? lower : undefined) ??
        (lower.length >= 4
            ? Object.keys(_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS */ .Cb).find((known) => distance(known, lower) <= (lower.length >= 8 ? 2 : 1))
            : undefined);
    return close && (0,_metrics_catalogue_js__WEBPACK_IMPORTED_MODULE_2__/* .isKnownMetric */ .Oi)(close) ? ` (did you mean ${close}?)` : '';
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

/***/ 7353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $j: () => (/* binding */ EVIDENCE_TYPE),
  YI: () => (/* binding */ REPORT_TITLE),
  mG: () => (/* binding */ REPORT_TYPE),
  c0: () => (/* binding */ mediaTypeOf),
  Z3: () => (/* binding */ releaseEvidence),
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


/***/ })

};
