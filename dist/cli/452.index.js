export const id = 452;
export const ids = [452];
export const modules = {

/***/ 2452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildImageAction: () => (/* binding */ buildImageAction)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/core/progress.ts
var core_progress = __webpack_require__(4664);
// EXTERNAL MODULE: ./src/core/size.ts
var size = __webpack_require__(3910);
// EXTERNAL MODULE: ./src/model/model-digest.ts + 1 modules
var model_digest = __webpack_require__(6138);
// EXTERNAL MODULE: ./src/model/model-files.ts
var model_files = __webpack_require__(1462);
// EXTERNAL MODULE: ./src/oci/image-store.ts + 6 modules
var image_store = __webpack_require__(6132);
// EXTERNAL MODULE: ./src/oci/image-writer.ts
var image_writer = __webpack_require__(1918);
// EXTERNAL MODULE: ./src/oci/model-layer.ts
var model_layer = __webpack_require__(2652);
// EXTERNAL MODULE: ./src/oci/tar-layer.ts
var tar_layer = __webpack_require__(4610);
// EXTERNAL MODULE: ./src/formats/findings.ts
var findings = __webpack_require__(6016);
// EXTERNAL MODULE: ./src/build/labels.ts
var build_labels = __webpack_require__(7309);
;// CONCATENATED MODULE: ./src/build/build-image.ts










/** Builds the model image and stores it at `options.image` under every tag. */
async function buildImage(options) {
    const listing = await (0,model_files/* listModelFiles */.J)(options.model, new findings/* FindingList */.k('.'));
    if (listing.files.length === 0)
        throw new Error(`the model directory ${options.model} holds no files`);
    const total = listing.files.reduce((sum, f) => sum + f.size, 0);
    const destination = await (0,image_store/* openImageStore */.Nr)(options.image, true, options);
    const base = options.base
        ? {
            store: await (0,image_store/* openImageStore */.Nr)(options.base, false, options),
            reference: options.base.kind === 'registry'
                ? (options.base.digest ?? options.base.tag ?? 'latest')
                : (options.base.tag ?? ''),
        }
        : undefined;
    const plan = (0,tar_layer/* planTar */.HZ)(listing.files.map((f) => ({ path: f.path, absolute: f.absolute, size: f.size })), options.modelPath, options.provenance.created);
    const [model, result, labels] = await options.log.group(`Pushing ${(0,size/* formatBytes */.z3)(total)} of model to ${destination.name}`, async () => {
        const progress = (0,core_progress/* createProgress */.m)({
            label: 'model layer sent',
            total: plan.size,
            log: (l) => options.log.info(l),
        });
        const hashing = (0,core_progress/* createProgress */.m)({
            label: 'model layer hashed',
            total: plan.size,
            log: (l) => options.log.info(l),
        });
        // Hashing the layer reads each model file once and, without a validate report,
        // hashes it on its own in the same read for the model digest.
        const measuring = (0,model_layer/* startMeasuringLayer */.fA)(plan, options.compression, {
            perFile: !options.validated,
            onBytes: (n) => hashing.add(n),
        });
        const described = options.validated
            ? Promise.resolve(options.validated)
            : describeModel(listing, measuring.files);
        const storing = (0,image_writer/* storeModelLayer */.wX)({
            destination,
            plan,
            compression: options.compression,
            log: options.log,
            measuring,
            onLayerBytes: (n) => progress.add(n),
        });
        // Stops the hashing workers when the push fails before it needs them.
        const [model, layer] = await Promise.all([described, storing]).finally(() => measuring.cancel());
        hashing.done();
        progress.done();
        options.log.info(`model layer ${layer.digest} (${layer.size} bytes)`);
        const provenance = {
            ...options.provenance,
            title: (0,build_labels/* modelTitle */.wD)(options.model),
            modelDigest: model.digest,
            modelFormat: model.format,
            modelPath: options.modelPath,
            signature: model.signature,
        };
        const imageLabelSet = (0,build_labels/* imageLabels */.J0)(provenance, options.labels);
        const written = await (0,image_writer/* writeImage */.te)({
            destination,
            base,
            layer,
            platforms: options.platforms,
            compression: options.compression,
            labels: imageLabelSet,
            created: (0,build_labels/* rfc3339 */.ag)(options.provenance.created),
            tags: options.tags,
            log: options.log,
        });
        return [model, written, imageLabelSet];
    });
    return {
        image: `${destination.name}@${result.digest}`,
        digest: result.digest,
        mediaType: result.mediaType,
        tags: options.tags,
        modelDigest: model.digest,
        modelFormat: model.format,
        layerDigest: result.layer.digest,
        layerSize: result.layer.size,
        bytesUploaded: result.bytesUploaded,
        platforms: result.platforms,
        labels,
    };
}
/**
 * Model digest and the format of its largest model file. The files' hashes come from
 * the layer's measurement when it could give them, else from hashing them again.
 */
async function describeModel(listing, hashed) {
    const hashing = hashed.then((files) => files ? (0,model_digest/* modelDigestOf */.pR)(listing, files) : (0,model_digest/* hashModel */.ku)(listing).then((h) => h.digest));
    hashing.catch(() => { }); // awaited after detection; a failure meanwhile is not unhandled
    // Loaded here, not at start: with a validate report (the usual chain) build-image needs
    // neither. The head names most formats; only containers (zip, pickle) need the parsers,
    // the largest part of what build-image could load.
    const { detectFormat, formatOf, readHead } = await __webpack_require__.e(/* import() */ 445).then(__webpack_require__.bind(__webpack_require__, 445));
    let format = 'unknown';
    for (const file of [...listing.files].sort((a, b) => b.size - a.size)) {
        const detected = await detectFormat(await readHead(file.absolute), file.path);
        if (!detected)
            continue;
        const named = formatOf(detected) ??
            (await (await Promise.all(/* import() */[__webpack_require__.e(839), __webpack_require__.e(445), __webpack_require__.e(119)]).then(__webpack_require__.bind(__webpack_require__, 3119))).detectModelFormat(file.absolute, file.path, file.size));
        if (named) {
            format = named;
            break;
        }
    }
    return { digest: await hashing, format };
}

// EXTERNAL MODULE: ./src/oci/credentials.ts
var oci_credentials = __webpack_require__(2559);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(9767);
// EXTERNAL MODULE: ./src/core/digest.ts
var core_digest = __webpack_require__(5543);
;// CONCATENATED MODULE: ./src/build/docker-builder.ts
/**
 * The `docker` builder: `docker buildx build` of the user's Dockerfile with modelgate's
 * labels, pushed, and the digest read back from buildx's --metadata-file.
 */









/** The arguments of `docker` for the build (without the binary). */
function dockerBuildArguments(options) {
    const args = ['buildx', 'build', '--file', options.dockerfile];
    for (const tag of options.tags)
        args.push('--tag', `${options.repository}:${tag}`);
    for (const [key, value] of Object.entries(options.labels))
        args.push('--label', `${key}=${value}`);
    for (const [key, value] of Object.entries(options.labels))
        args.push('--annotation', `index,manifest:${key}=${value}`);
    for (const arg of options.buildArgs)
        args.push('--build-arg', arg);
    if (options.platforms.length > 0)
        args.push('--platform', options.platforms.join(','));
    args.push('--provenance=false', '--metadata-file', options.metadataFile);
    args.push(options.push ? '--push' : '--load');
    args.push(options.context);
    return args;
}
/** The image digest buildx wrote to its metadata file. */
function parseBuildxMetadata(text) {
    let metadata;
    try {
        metadata = JSON.parse(text);
    }
    catch {
        throw new Error('buildx metadata file is not JSON');
    }
    const digest = metadata['containerimage.digest'];
    if (!(0,core_digest/* isDigest */.Bc)(digest))
        throw new Error('buildx metadata has no containerimage.digest');
    return digest;
}
/** Runs a command, its output going to the log line by line. */
const runCommand = (command, args, log) => new Promise((resolve, reject) => {
    const child = (0,external_node_child_process_.spawn)(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const relay = (data) => data
        .toString('utf8')
        .split('\n')
        .filter(Boolean)
        .forEach((l) => log.info(l));
    child.stdout.on('data', relay);
    child.stderr.on('data', relay);
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
});
/** Builds and pushes with buildx; returns the pushed digest. */
async function dockerBuild(options, log, run = runCommand) {
    const args = dockerBuildArguments(options);
    const code = await log.group(`docker ${args.slice(0, 2).join(' ')} ${options.context}`, () => run('docker', args, log));
    if (code !== 0)
        throw new Error(`docker buildx build failed (exit ${code}); no tag was pushed by modelgate`);
    return parseBuildxMetadata(await (0,promises_.readFile)(options.metadataFile, 'utf8'));
}
/** The docker builder end to end: model digest and labels, then buildx. */
async function buildWithDocker(options) {
    const { model, image, tags, provenance, validated, log } = options;
    if (image.kind !== 'registry')
        throw new errors/* ConfigurationError */.j('image', 'the docker builder pushes to a registry, not an oci: layout', (0,reference/* formatReference */.FH)(image));
    const modelDigest = validated?.digest ??
        (await (0,model_digest/* hashModel */.ku)(await (0,model_files/* listModelFiles */.J)(model, new findings/* FindingList */.k('.')))).digest;
    const labels = (0,build_labels/* imageLabels */.J0)({
        ...provenance,
        title: (0,build_labels/* modelTitle */.wD)(model),
        modelDigest,
        modelFormat: validated?.format ?? 'unknown',
        modelPath: options.modelPath,
        signature: validated?.signature,
    }, options.labels);
    const repository = `${image.registry}/${image.repository}`;
    const digest = await dockerBuild({
        dockerfile: options.dockerfile,
        context: options.context || '.',
        repository,
        tags,
        labels,
        buildArgs: options.buildArgs,
        platforms: options.platforms,
        push: options.push,
        metadataFile: options.metadataFile,
    }, log);
    return {
        image: `${repository}@${digest}`,
        digest,
        mediaType: '',
        tags,
        modelDigest,
        modelFormat: validated?.format ?? 'unknown',
        layerDigest: '',
        layerSize: 0,
        bytesUploaded: 0,
        platforms: options.platforms,
        labels,
    };
}

// EXTERNAL MODULE: ./src/core/git.ts
var git = __webpack_require__(7167);
;// CONCATENATED MODULE: ./src/build/provenance.ts
/** Where an image comes from: commit, time and repository, from the Actions environment or git. */


/**
 * The commit (GITHUB_SHA, else `git rev-parse HEAD`), the time (SOURCE_DATE_EPOCH,
 * else the commit time, else 0) and the repository URL.
 */
async function resolveProvenance(env, run) {
    const revision = await run.commit();
    let created = 0;
    if (env.SOURCE_DATE_EPOCH !== undefined && env.SOURCE_DATE_EPOCH !== '') {
        created = Number(env.SOURCE_DATE_EPOCH);
        if (!Number.isSafeInteger(created) || created < 0)
            throw new errors/* ConfigurationError */.j('SOURCE_DATE_EPOCH', 'must be whole seconds since 1970', env.SOURCE_DATE_EPOCH);
    }
    else if (revision) {
        created = Number((await (0,git/* gitOutput */.o)(['show', '-s', '--format=%ct', revision], run.cwd)) ?? 0) || 0;
    }
    const source = run.repository ? `${run.serverUrl}/${run.repository.fullName}` : undefined;
    return { revision, created, source };
}
/** The default tag: `sha-<7-char commit>`. */
function defaultTags(revision) {
    if (!revision)
        throw new errors/* ConfigurationError */.j('tags', 'has no default outside a git checkout (no GITHUB_SHA, no HEAD); set tags');
    return [`sha-${revision.slice(0, 7)}`];
}

// EXTERNAL MODULE: ./src/core/summary.ts
var summary = __webpack_require__(1363);
;// CONCATENATED MODULE: ./src/build/render-summary.ts
/** The build-image job summary: verdict, then what was pushed and what it cost. */


function renderBuildSummary(result, builder) {
    const uploaded = result.bytesUploaded === 0
        ? '0 B (everything was already there)'
        : (0,size/* formatBytes */.z3)(result.bytesUploaded);
    let md = (0,summary/* verdict */.WJ)(true, `Image pushed: ${result.image.split('@')[0]}:${result.tags[0] ?? ''}`);
    md +=
        '\n' +
            (0,summary/* table */.tp)(['', ''], [
                ['Image', (0,summary/* code */.aY)(result.image)],
                ['Tags', result.tags.map(summary/* code */.aY).join(' ')],
                ['Builder', builder],
                ['Platforms', result.platforms.join(', ')],
                ['Model digest', (0,summary/* code */.aY)(result.modelDigest)],
                ['Model format', result.modelFormat],
                ...(result.layerDigest
                    ? [['Model layer', `${(0,summary/* code */.aY)(result.layerDigest)} (${(0,size/* formatBytes */.z3)(result.layerSize)})`]]
                    : []),
                ['Uploaded', uploaded],
            ]);
    md +=
        '\n' +
            (0,summary/* details */.zH)('Labels and annotations', (0,summary/* table */.tp)(['key', 'value'], Object.entries(result.labels).map(([k, v]) => [(0,summary/* code */.aY)(k), v])));
    return md;
}

// EXTERNAL MODULE: ./src/build/validate-report.ts
var validate_report = __webpack_require__(2127);
// EXTERNAL MODULE: ./src/core/action.ts
var action = __webpack_require__(5605);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
;// CONCATENATED MODULE: ./src/actions/build-image.ts
/** build-image: inputs -> oci builder (or docker buildx) -> outputs, summary, report. */















const buildImageAction = (0,action/* defineAction */.Q)({
    name: 'build-image',
    inputs: {
        model: (0,inputs/* text */.Qq)({ required: true }),
        image: (0,inputs/* text */.Qq)({ required: true }),
        tags: (0,inputs/* lines */.Mn)(),
        'base-image': (0,inputs/* text */.Qq)(),
        'model-path': (0,inputs/* text */.Qq)({ default: '/models' }),
        platforms: (0,inputs/* lines */.Mn)(),
        compression: (0,inputs/* choice */.Yq)(['none', 'gzip', 'zstd'], 'none'),
        labels: (0,inputs/* lines */.Mn)(),
        builder: (0,inputs/* choice */.Yq)(['auto', 'oci', 'docker'], 'auto'),
        dockerfile: (0,inputs/* text */.Qq)(),
        context: (0,inputs/* text */.Qq)(),
        'build-args': (0,inputs/* lines */.Mn)(),
        'registry-username': (0,inputs/* text */.Qq)(),
        'registry-password': (0,inputs/* text */.Qq)({ secret: true }),
        'github-token': (0,inputs/* text */.Qq)({ secret: true, expression: '${{ github.token }}' }),
        'validate-report': (0,inputs/* text */.Qq)(),
        push: (0,inputs/* bool */.lc)(true),
        report: (0,inputs/* text */.Qq)(),
    },
    outputsOnError: { 'bytes-uploaded': '0' },
    async run(inputs, context) {
        const { env, log } = context;
        let image = (0,reference/* parseImageReference */.o_)(inputs.image, 'image');
        if (image.kind === 'registry' && (image.tag || image.digest))
            throw new errors/* ConfigurationError */.j('image', 'is registry/repository without a tag or digest (tags go in tags)', inputs.image);
        const base = inputs['base-image']
            ? (0,reference/* parseImageReference */.o_)(inputs['base-image'], 'base-image')
            : undefined;
        if (!inputs['model-path'].startsWith('/') || inputs['model-path'].split('/').includes('..'))
            throw new errors/* ConfigurationError */.j('model-path', 'must be an absolute path inside the image, without ..', inputs['model-path']);
        if (inputs.compression === 'zstd' && !(0,model_layer/* zstdAvailable */.xE)())
            throw new errors/* ConfigurationError */.j('compression', `zstd needs Node.js 22.15 or newer (this is ${process.version})`, 'zstd');
        if (inputs['registry-password'] && !inputs['registry-username'])
            throw new errors/* ConfigurationError */.j('registry-username', 'is required with registry-password');
        const labels = (0,build_labels/* parseLabelLines */.DX)(inputs.labels);
        const provenance = await resolveProvenance(env, context.run);
        const tags = inputs.tags.length > 0 ? inputs.tags : defaultTags(provenance.revision);
        for (const tag of tags)
            if (!(0,reference/* isValidTag */.r_)(tag))
                throw new errors/* ConfigurationError */.j('tags', `'${tag}' is not a valid tag`, tag);
        if (!inputs.push && image.kind === 'registry') {
            image = {
                kind: 'layout',
                dir: (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'modelgate', 'images', image.repository.replace(/\//g, '_')),
            };
            log.info(`push: false: writing the image to ${(0,reference/* formatReference */.FH)(image)}`);
        }
        const validated = inputs['validate-report']
            ? await (0,validate_report/* readValidateReport */.L)(inputs['validate-report'], inputs.model)
            : undefined;
        const credentials = (0,oci_credentials/* credentialResolver */.i)({
            registry: image.kind === 'registry' ? image.registry : undefined,
            username: inputs['registry-username'],
            password: inputs['registry-password'],
            githubToken: inputs['github-token'],
            actor: env.GITHUB_ACTOR,
        }, env);
        const builder = inputs.builder === 'auto' ? (inputs.dockerfile ? 'docker' : 'oci') : inputs.builder;
        let result;
        if (builder === 'docker') {
            result = await buildWithDocker({
                model: inputs.model,
                image,
                tags,
                labels,
                provenance,
                validated,
                modelPath: inputs['model-path'],
                dockerfile: inputs.dockerfile,
                context: inputs.context,
                buildArgs: inputs['build-args'],
                platforms: inputs.platforms,
                push: inputs.push,
                metadataFile: (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `modelgate-buildx-${process.pid}.json`),
                log,
            });
        }
        else {
            if (inputs.dockerfile)
                throw new errors/* ConfigurationError */.j('builder', 'oci does not read a dockerfile; use builder: docker or auto', 'oci');
            result = await buildImage({
                model: inputs.model,
                image,
                tags,
                base,
                modelPath: inputs['model-path'],
                platforms: inputs.platforms,
                compression: inputs.compression,
                labels,
                credentials,
                insecureRegistries: (0,image_store/* insecureRegistriesOf */.FE)(env),
                provenance,
                validated,
                log,
            });
        }
        return {
            outputs: {
                image: result.image,
                digest: result.digest,
                tags: result.tags.join('\n'),
                'model-digest': result.modelDigest,
                'layer-digest': result.layerDigest,
                'bytes-uploaded': String(result.bytesUploaded),
            },
            summary: renderBuildSummary(result, builder),
            report: {
                action: 'build-image',
                builder,
                subject: {
                    model: { digest: result.modelDigest },
                    image: { name: result.image, digest: result.digest },
                },
                ...result,
            },
        };
    },
});


/***/ }),

/***/ 2127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ readValidateReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5543);
/** A validate-model report as build-image's input: the model's digest, format and signature. */




/**
 * Reads the report at `path` (for `model`, when given); refuses a report of another
 * model, of a model that failed validation, or that names no model digest.
 */
async function readValidateReport(path, model, refusal = 'refusing to build it') {
    let report;
    try {
        report = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j('validate-report', `cannot be read as JSON (${error.code ?? error.message})`, path);
    }
    if (report.valid === false)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j('validate-report', `says the model failed validation; ${refusal}`, path);
    const digest = report.subject?.model?.digest ?? report.digest;
    if (!(0,_core_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .Bc)(digest) || typeof report.format !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j('validate-report', 'is not a validate-model report (no digest/format)', path);
    if (model !== undefined && report.model && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(report.model) !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(model))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j('validate-report', `is for '${report.model}', not '${model}'`, path);
    const signature = report.signature ?? report.tensors;
    return {
        digest,
        format: report.format,
        signature: signature ? JSON.stringify(signature) : undefined,
    };
}


/***/ }),

/***/ 5605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ defineAction)
/* harmony export */ });
/** Identity helper that keeps the input types of a definition. */
function defineAction(definition) {
    return definition;
}


/***/ }),

/***/ 4664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ createProgress)
/* harmony export */ });
/* harmony import */ var _size_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3910);

/** Creates a progress reporter that logs `label: done / total (pct), MB/s`. */
function createProgress(options) {
    const now = options.now ?? Date.now;
    const interval = options.intervalMs ?? 5000;
    const started = now();
    let last = started;
    let done = 0;
    const line = () => {
        const seconds = Math.max((now() - started) / 1000, 1e-3);
        const pct = options.total > 0 ? ` (${((100 * done) / options.total).toFixed(0)}%)` : '';
        const rate = (done / 1e6 / seconds).toFixed(0);
        options.log(`${options.label}: ${(0,_size_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(done)} / ${(0,_size_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(options.total)}${pct}, ${rate} MB/s`);
    };
    return {
        add(bytes) {
            done += bytes;
            const t = now();
            if (t - last >= interval) {
                last = t;
                line();
            }
        },
        done() {
            if (done > 0 && options.total >= (options.quietBelow ?? 64 << 20))
                line();
        },
    };
}


/***/ }),

/***/ 1363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   WJ: () => (/* binding */ verdict),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export cell */
/** Markdown building blocks for job summaries (GitHub-flavoured Markdown). */
/**
 * Fits a value in a Markdown table cell (pipes and line breaks); Markdown in it is kept,
 * so a value from a file goes through `text` first.
 */
function cell(value) {
    if (value === undefined || value === null || value === '')
        return '—';
    return String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/**
 * Text from a file or a process (a finding's message, a slice value, a provider's error)
 * as literal Markdown inside a line: punctuation that would format (`__main__.X` in bold,
 * a link) is backslash-escaped, HTML is shown as text, and an `@name` mentions nobody.
 */
function text(value) {
    return (String(value ?? '')
        // What formats inside a line: emphasis, code, links and images, strikethrough.
        .replace(/[\\`*_[\]~]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@/g, '&#64;')
        .replace(/\r?\n/g, ' '));
}
/** A Markdown table; an empty row list renders a one-line note instead. */
function table(headers, rows, empty = '_none_') {
    if (rows.length === 0)
        return `${empty}\n`;
    const head = `| ${headers.map((h) => (h === '' ? ' ' : cell(h))).join(' | ')} |`;
    const rule = `| ${headers.map(() => '---').join(' | ')} |`;
    const body = rows.map((row) => `| ${row.map(cell).join(' | ')} |`);
    return [head, rule, ...body].join('\n') + '\n';
}
/** The first line of every summary: a verdict a person reads at a glance. */
function verdict(ok, text) {
    return `## ${ok ? '✅' : '❌'} ${text}\n`;
}
/** Inline code, safe for backticks in the value. */
function code(value) {
    const fence = value.includes('`') ? '``' : '`';
    return `${fence}${value}${fence}`;
}
/** A collapsed section. */
function details(summaryText, body) {
    return `<details><summary>${summaryText}</summary>\n\n${body}\n</details>\n`;
}


/***/ }),

/***/ 6789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ HashPool)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _shared_read_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3581);
/* harmony import */ var _workers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7979);
/**
 * SHA-256 of files on worker threads, so that shards of a model hash in parallel
 * and format parsing on the main thread overlaps the hashing. Each worker reads
 * with blocking reads into one reused 1 MiB buffer: the same work as `openssl dgst`,
 * through the same OpenSSL SHA-256.
 */





/** Hashes a file on the current thread, streaming. */
async function hashFileHere(path, onBytes) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1 << 20 })) {
        hash.update(chunk);
        size += chunk.length;
        onBytes?.(chunk.length);
    }
    return { hex: hash.digest('hex'), size };
}
/** A small pool of hashing workers, started lazily and closed with `close()`. */
class HashPool {
    size;
    workers = [];
    idle = [];
    queue = [];
    running = new Map();
    nextId = 0;
    shared = [];
    constructor(size = Math.max(1, (0,node_os__WEBPACK_IMPORTED_MODULE_2__.availableParallelism)())) {
        this.size = size;
    }
    /**
     * SHA-256 of each file, in parallel. A lone large file (nothing else to hash beside it)
     * is read ahead on a second thread while a first one hashes (see shared-read-hash).
     */
    hashAll(files, onBytes) {
        const large = files.filter((f) => f.size >= _shared_read_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .WORKER_THRESHOLD */ .V);
        return files.map((file) => {
            if (large.length !== 1 || file !== large[0] || this.size < 2)
                return this.hash(file.path, file.size, onBytes);
            const hashing = (0,_shared_read_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .hashParts */ .j)([file], { onBytes });
            this.shared.push(hashing);
            return hashing.result.then(({ hex, size }) => ({ hex, size }));
        });
    }
    /** SHA-256 of a file; large files go to a worker. */
    hash(path, sizeHint, onBytes) {
        if (sizeHint < _shared_read_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .WORKER_THRESHOLD */ .V)
            return hashFileHere(path, onBytes);
        return new Promise((resolve, reject) => {
            this.queue.push({ path, onBytes, resolve, reject });
            this.dispatch();
        });
    }
    dispatch() {
        while (this.queue.length > 0) {
            let worker = this.idle.pop();
            if (!worker && this.workers.length < this.size)
                worker = this.spawn();
            if (!worker)
                return;
            const job = this.queue.shift();
            const id = this.nextId++;
            this.running.set(id, job);
            worker.postMessage({ id, path: job.path });
        }
    }
    spawn() {
        const worker = (0,_workers_js__WEBPACK_IMPORTED_MODULE_4__/* .startWorker */ .Dh)(_workers_js__WEBPACK_IMPORTED_MODULE_4__/* .fileHashWorker */ .VY);
        worker.on('message', (message) => {
            const job = this.running.get(message.id);
            if (!job)
                return;
            if (message.bytes)
                job.onBytes?.(message.bytes);
            if (message.error !== undefined) {
                this.running.delete(message.id);
                job.reject(new Error(message.error));
            }
            else if (message.hex !== undefined) {
                this.running.delete(message.id);
                job.resolve({ hex: message.hex, size: message.size ?? 0 });
            }
            else {
                return;
            }
            this.idle.push(worker);
            this.dispatch();
        });
        worker.on('error', (error) => {
            for (const job of this.running.values())
                job.reject(error);
            this.running.clear();
        });
        this.workers.push(worker);
        return worker;
    }
    /** Stops the workers. */
    async close() {
        await Promise.all([
            ...this.workers.map((w) => w.terminate()),
            ...this.shared.map((hashing) => hashing.cancel()),
        ]);
        this.workers.length = 0;
        this.idle.length = 0;
    }
}


/***/ }),

/***/ 6016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ FindingList)
/* harmony export */ });
/** Collects findings for one file, filling in its location. */
class FindingList {
    path;
    items = [];
    constructor(path) {
        this.path = path;
    }
    add(severity, code, message, where = {}) {
        this.items.push({ severity, code, message, location: { path: this.path, ...where } });
    }
    error(code, message, where) {
        this.add('error', code, message, where);
    }
    warning(code, message, where) {
        this.add('warning', code, message, where);
    }
    note(code, message, where) {
        this.add('note', code, message, where);
    }
    /** A view that records findings inside an archive entry. */
    forEntry(entry) {
        return {
            error: (code, message, where) => this.error(code, message, { ...where, entry }),
            warning: (code, message, where) => this.warning(code, message, { ...where, entry }),
            note: (code, message, where) => this.note(code, message, { ...where, entry }),
        };
    }
}


/***/ }),

/***/ 6138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ku: () => (/* binding */ hashModel),
  a9: () => (/* binding */ modelDigest),
  pR: () => (/* binding */ modelDigestOf)
});

// EXTERNAL MODULE: ./src/digest/hash-pool.ts
var hash_pool = __webpack_require__(6789);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
;// CONCATENATED MODULE: ./src/digest/tree-digest.ts


/**
 * The digest of a directory (SPEC §1): SHA-256 of one line per regular file,
 * sorted by POSIX path bytes, `<sha256-hex>  <size>  <path>\n`.
 */
function computeTreeDigest(entries) {
    const sorted = [...entries].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const entry of sorted)
        hash.update(`${entry.sha256}  ${entry.size}  ${entry.path}\n`);
    return (0,digest/* digestFrom */.Xb)(hash);
}

;// CONCATENATED MODULE: ./src/model/model-digest.ts
/** The model digest of SPEC §1, for a file or a directory. */


/** `sha256:<hex>` of a single file's bytes, or of a directory's canonical listing. */
function modelDigest(kind, files) {
    return kind === 'file' ? `sha256:${files[0]?.sha256}` : computeTreeDigest(files);
}
/** The model digest from each file's SHA-256 hex, by absolute path. */
function modelDigestOf(listing, sha256) {
    return modelDigest(listing.kind, listing.files.map((f) => {
        const hex = sha256.get(f.absolute);
        if (!hex)
            throw new Error(`no hash for ${f.absolute}`);
        return { path: f.path, size: f.size, sha256: hex };
    }));
}
/** Hashes every file of a model (in parallel on worker threads) and returns its digest. */
async function hashModel(listing, onBytes) {
    const pool = new hash_pool/* HashPool */.v();
    try {
        const hashes = await Promise.all(pool.hashAll(listing.files.map((f) => ({ path: f.absolute, size: f.size })), onBytes));
        const files = listing.files.map((f, i) => ({
            path: f.path,
            size: f.size,
            sha256: hashes[i].hex,
        }));
        return { digest: modelDigest(listing.kind, files), files };
    }
    finally {
        await pool.close();
    }
}


/***/ }),

/***/ 1462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ listModelFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/** Lists the files of a model (a file, or a directory walked without following links). */



/** Resolves the `model` input into the list of regular files to validate. */
async function listModelFiles(model, findings) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(model).catch((error) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j('model', error.code === 'ENOENT' ? 'does not exist' : `cannot be read (${error.code})`, model);
    });
    if (info.isFile()) {
        return {
            kind: 'file',
            root: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(model, '..'),
            files: [{ path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(model), absolute: model, size: info.size }],
        };
    }
    if (info.isSymbolicLink())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j('model', 'is a symbolic link; pass the file or directory it points to', model);
    if (!info.isDirectory())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j('model', 'is not a regular file or directory', model);
    const files = [];
    const walk = async (dir, prefix) => {
        let handle;
        try {
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.opendir)(dir);
        }
        catch (error) {
            findings.error('UNREADABLE', `cannot list directory '${prefix || '.'}' (${error.code})`);
            return;
        }
        for await (const entry of handle) {
            const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
            const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
            if (entry.isDirectory())
                await walk(absolute, relative);
            else if (entry.isFile())
                files.push({ path: relative, absolute, size: (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(absolute)).size });
            else if (entry.isSymbolicLink()) {
                findings.warning('SYMLINK_SKIPPED', `'${relative}' is a symbolic link; it is not followed and not part of the digest`);
            }
            else
                findings.warning('SPECIAL_FILE_SKIPPED', `'${relative}' is not a regular file; skipped`);
        }
    };
    await walk(model, '');
    files.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
    return { kind: 'directory', root: model, files };
}


/***/ }),

/***/ 2559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ credentialResolver)
/* harmony export */ });
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6599);
/** Which credentials to use for a registry: the inputs, docker login, or the GitHub token for ghcr.io. */

/** Returns a resolver: inputs for the destination, ~/.docker/config.json, then ghcr.io's token. */
function credentialResolver(inputs, env) {
    return async (registry) => {
        if (registry === inputs.registry && inputs.username && inputs.password)
            return { username: inputs.username, password: inputs.password };
        const fromDocker = await (0,_auth_js__WEBPACK_IMPORTED_MODULE_0__/* .dockerConfigCredentials */ .D)(registry, undefined, env);
        if (fromDocker)
            return fromDocker;
        if (registry === 'ghcr.io' && inputs.githubToken)
            return { username: inputs.actor || 'x-access-token', password: inputs.githubToken };
        return undefined;
    };
}


/***/ })

};
