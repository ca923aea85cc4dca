export const id = 575;
export const ids = [575];
export const modules = {

/***/ 4575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateModelAction: () => (/* binding */ validateModelAction)
});

// EXTERNAL MODULE: ./src/core/action.ts
var action = __webpack_require__(5605);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/formats/format.ts
var format = __webpack_require__(4309);
// EXTERNAL MODULE: ./src/core/summary.ts
var summary = __webpack_require__(1363);
// EXTERNAL MODULE: ./src/core/size.ts
var size = __webpack_require__(3910);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/validate/sarif.ts
/** Findings as SARIF 2.1.0, for GitHub code scanning (upload-sarif). */

const LEVEL = { error: 'error', warning: 'warning', note: 'note' };
/** Builds the SARIF log; artifact URIs are relative to `cwd` (the repository root in Actions). */
function renderSarif(result, cwd, version) {
    const rules = new Map();
    for (const finding of result.findings)
        if (!rules.has(finding.code))
            rules.set(finding.code, finding);
    const uriOf = (finding) => {
        const path = result.kind === 'file' ? result.model : (0,external_node_path_.join)(result.model, finding.location.path);
        return (0,external_node_path_.relative)(cwd, path).split('\\').join('/') || '.';
    };
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'modelgate validate-model',
                        version,
                        informationUri: 'https://github.com/modelgate/modelgate',
                        rules: [...rules.values()].map((f) => ({
                            id: f.code,
                            name: f.code,
                            shortDescription: { text: f.code.toLowerCase().replace(/_/g, ' ') },
                            defaultConfiguration: { level: LEVEL[f.severity] },
                        })),
                    },
                },
                results: result.findings.map((f) => ({
                    ruleId: f.code,
                    level: LEVEL[f.severity],
                    message: { text: describeLocation(f) + f.message },
                    locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(f) } } }],
                })),
            },
        ],
    };
}
/** `entry 'x' at byte 12: ` prefix for findings inside a file. */
function describeLocation(finding) {
    const parts = [];
    if (finding.location.entry)
        parts.push(`entry '${finding.location.entry}'`);
    if (finding.location.offset !== undefined)
        parts.push(`byte ${finding.location.offset}`);
    return parts.length ? `${parts.join(', ')}: ` : '';
}

;// CONCATENATED MODULE: ./src/validate/render-summary.ts
/** The validate-model job summary: verdict first, then facts, signature, and findings. */



const MAX_ROWS = 200;
const ICON = { error: '❌ error', warning: '⚠️ warning', note: 'ℹ️ note' };
function shapeText(spec) {
    return spec.shape === null
        ? 'unknown rank'
        : `[${spec.shape.map((d) => (d === null ? '?' : String(d))).join(', ')}]`;
}
/** Renders the summary under the verdict (after `fail-on`). */
function renderValidationSummary(result, outcome) {
    const { valid, errors, warnings } = outcome;
    const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
    let md = (0,summary/* verdict */.WJ)(valid, valid
        ? `Model valid: ${result.format}, ${(0,size/* formatBytes */.z3)(result.size)} (${counts})`
        : `Model failed validation: ${counts}`);
    md +=
        '\n' +
            (0,summary/* table */.tp)(['', ''], [
                ['Model', (0,summary/* code */.aY)(result.model)],
                ['Format', result.format],
                ['Digest', (0,summary/* code */.aY)(result.digest)],
                ['Size', `${(0,size/* formatBytes */.z3)(result.size)} (${(0,size/* formatCount */.B4)(result.size)} bytes)`],
                ['Files', result.files.length],
                ...(result.modelCard
                    ? [
                        [
                            'Model card',
                            `${(0,summary/* code */.aY)(result.modelCard.path)}${result.modelCard.metadata.license ? `, license ${(0,summary/* text */.Qq)(result.modelCard.metadata.license)}` : ''}`,
                        ],
                    ]
                    : []),
            ]);
    if (result.signature) {
        md += '\n### Signature\n\n';
        const rows = [
            ...result.signature.inputs.map((t) => ['input', (0,summary/* code */.aY)(t.name), t.dtype, shapeText(t)]),
            ...result.signature.outputs.map((t) => ['output', (0,summary/* code */.aY)(t.name), t.dtype, shapeText(t)]),
        ];
        md += (0,summary/* table */.tp)(['', 'name', 'dtype', 'shape'], rows);
    }
    if (result.tensors) {
        md += '\n### Tensors\n\n';
        const dtypes = Object.entries(result.tensors.dtypes)
            .map(([d, n]) => `${d} × ${n}`)
            .join(', ');
        md += (0,summary/* table */.tp)(['tensors', 'parameters', 'dtypes'], [[result.tensors.tensors, (0,size/* formatCount */.B4)(result.tensors.parameters), dtypes]]);
    }
    md += '\n### Findings\n\n';
    const order = { error: 0, warning: 1, note: 2 };
    const sorted = [...result.findings].sort((a, b) => order[a.severity] - order[b.severity]);
    md += (0,summary/* table */.tp)(['severity', 'code', 'message', 'location'], sorted.slice(0, MAX_ROWS).map((f) => [
        ICON[f.severity],
        (0,summary/* code */.aY)(f.code),
        // Messages quote what the file holds (`__main__.Exploit`, a template): literal.
        (0,summary/* text */.Qq)(f.message),
        (0,summary/* text */.Qq)(`${f.location.path}${describeLocation(f) ? ` (${describeLocation(f).slice(0, -2)})` : ''}`),
    ]), '_No findings._');
    if (sorted.length > MAX_ROWS)
        md += `\n_${sorted.length - MAX_ROWS} more findings are in the JSON report._\n`;
    if (result.files.length > 1) {
        md +=
            '\n' +
                (0,summary/* details */.zH)(`${result.files.length} files`, (0,summary/* table */.tp)(['path', 'format', 'size', 'sha256'], result.files.map((f) => [
                    (0,summary/* code */.aY)(f.path),
                    f.format ?? '—',
                    (0,size/* formatBytes */.z3)(f.size),
                    (0,summary/* code */.aY)(f.sha256.slice(0, 16) + '…'),
                ])));
    }
    return md;
}

// EXTERNAL MODULE: ./src/validate/signature-contract.ts
var signature_contract = __webpack_require__(2959);
// EXTERNAL MODULE: ./src/core/progress.ts
var core_progress = __webpack_require__(4664);
// EXTERNAL MODULE: ./src/digest/hash-pool.ts
var hash_pool = __webpack_require__(6789);
// EXTERNAL MODULE: ./src/formats/findings.ts
var formats_findings = __webpack_require__(6016);
// EXTERNAL MODULE: ./src/formats/registry.ts + 11 modules
var registry = __webpack_require__(3119);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/validate/model-card.ts
/** The model card: README.md or MODEL_CARD.md beside the model, with YAML front matter. */



const NAMES = ['MODEL_CARD.md', 'README.md'];
const MAX_CARD = 1 << 20;
/** Finds and reads the model card in `dir`; reports problems when it is required. */
async function checkModelCard(dir, required, findings) {
    for (const name of NAMES) {
        const path = (0,external_node_path_.join)(dir, name);
        const text = await (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
        if (text === undefined)
            continue;
        const report = (code, message) => required ? findings.error(code, message) : findings.note(code, message);
        const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text.slice(0, MAX_CARD));
        if (!match) {
            report('MODEL_CARD_NO_METADATA', `${name} has no YAML front matter (--- ... ---) with the model's license`);
            return { path, metadata: {} };
        }
        let metadata;
        try {
            metadata = (0,dist/* parse */.qg)(match[1]);
        }
        catch (error) {
            report('MODEL_CARD_BAD_METADATA', `${name} front matter is not valid YAML: ${error.message.split('\n')[0]}`);
            return { path, metadata: {} };
        }
        const record = typeof metadata === 'object' && metadata !== null
            ? metadata
            : {};
        if (!record.license)
            report('MODEL_CARD_NO_LICENSE', `${name} front matter has no 'license'`);
        return { path, metadata: record };
    }
    if (required)
        findings.error('MODEL_CARD_MISSING', `no model card (${NAMES.join(' or ')}) beside the model`);
    return undefined;
}

// EXTERNAL MODULE: ./src/model/model-files.ts
var model_files = __webpack_require__(1462);
// EXTERNAL MODULE: ./src/model/model-digest.ts + 1 modules
var model_digest = __webpack_require__(6138);
;// CONCATENATED MODULE: ./src/validate/validate-model.ts
/**
 * validate-model's domain: list the model's files, hash them (in parallel, on worker
 * threads) while parsing each one by its detected format, then check the size limit,
 * the declared signature and the model card. Never executes or unpickles anything.
 */









/** Validates a model file or directory. Throws ConfigurationError only for unusable input. */
async function validateModel(options) {
    const findings = new formats_findings/* FindingList */.k('.');
    const listing = await (0,model_files/* listModelFiles */.J)(options.model, findings);
    const total = listing.files.reduce((sum, f) => sum + f.size, 0);
    const parseOptions = {
        policy: options.policy,
        allowGlobals: new Set(options.allowGlobals),
        root: listing.root,
    };
    const pool = new hash_pool/* HashPool */.v();
    const reports = [];
    const all = [...findings.items];
    try {
        await options.log.group(`Validating ${listing.files.length} file(s), ${(0,size/* formatBytes */.z3)(total)}`, async () => {
            const progress = (0,core_progress/* createProgress */.m)({
                label: 'hashed',
                total,
                log: (line) => options.log.info(line),
            });
            const hashes = pool.hashAll(listing.files.map((file) => ({ path: file.absolute, size: file.size })), (n) => progress.add(n));
            hashes.forEach((h) => h.catch(() => undefined));
            for (const [index, file] of listing.files.entries()) {
                const fileFindings = new formats_findings/* FindingList */.k(file.path);
                const parsed = await (0,registry.parseModelFile)(file.absolute, file.path, file.size, options.format, listing.kind, fileFindings, parseOptions);
                all.push(...fileFindings.items);
                const hash = await hashes[index];
                reports.push({ path: file.path, size: file.size, sha256: hash.hex, ...parsed });
            }
            progress.done();
        });
    }
    finally {
        await pool.close();
    }
    const result = summarise(options, listing.kind, reports, total);
    const extra = new formats_findings/* FindingList */.k(listing.kind === 'file' ? listing.files[0].path : '.');
    if (listing.files.length === 0)
        extra.error('EMPTY_MODEL', 'the model directory holds no files');
    else if (result.format === 'unknown') {
        extra.error('UNKNOWN_FORMAT', listing.kind === 'file'
            ? 'the model format could not be recognised from its content'
            : 'no model file was recognised in the directory');
    }
    if (options.maxSize !== undefined && total > options.maxSize) {
        extra.error('MODEL_TOO_LARGE', `model is ${(0,size/* formatBytes */.z3)(total)}, over max-size ${(0,size/* formatBytes */.z3)(options.maxSize)}`);
    }
    if (options.contract)
        (0,signature_contract/* checkSignature */.jC)(options.contract, result.signature, extra);
    result.modelCard = await checkModelCard(listing.root, options.requireModelCard, extra);
    result.findings = [...all, ...extra.items];
    return result;
}
/** The model's format, signature and tensors: a SavedModel or the largest model file decides. */
function summarise(options, kind, files, size) {
    const models = files.filter((f) => f.format);
    const primary = models.find((f) => f.format === 'savedmodel') ?? [...models].sort((a, b) => b.size - a.size)[0];
    let tensors;
    for (const file of models) {
        if (!file.tensors)
            continue;
        tensors ??= { tensors: 0, parameters: 0, dtypes: {} };
        tensors.tensors += file.tensors.tensors;
        tensors.parameters += file.tensors.parameters;
        for (const [dtype, n] of Object.entries(file.tensors.dtypes))
            tensors.dtypes[dtype] = (tensors.dtypes[dtype] ?? 0) + n;
    }
    const digest = (0,model_digest/* modelDigest */.a9)(kind, files);
    return {
        model: options.model,
        kind,
        format: primary?.format ?? 'unknown',
        digest,
        size,
        files,
        signature: primary?.signature ?? models.find((f) => f.signature)?.signature,
        tensors,
        findings: [],
    };
}

;// CONCATENATED MODULE: ./src/validate/verdict.ts
/** Judges findings against `fail-on`. */
function judgeFindings(findings, failOn) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    const valid = errors === 0 && (failOn !== 'warning' || warnings === 0);
    if (valid || failOn === 'never')
        return { valid, errors, warnings };
    const first = findings.find((f) => f.severity === 'error') ?? findings.find((f) => f.severity === 'warning');
    const detail = first ? `; first: ${first.code}: ${first.message}` : '';
    return {
        valid,
        errors,
        warnings,
        failure: `model failed validation: ${errors} error(s), ${warnings} warning(s)${detail}`,
    };
}

;// CONCATENATED MODULE: ./src/version.ts
/** The modelgate version, reported in JSON reports and SARIF. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/actions/validate-model.ts
/** validate-model: inputs -> validateModel -> outputs, summary, report, SARIF. */










const validateModelAction = (0,action/* defineAction */.Q)({
    name: 'validate-model',
    inputs: {
        model: (0,inputs/* text */.Qq)({ required: true }),
        format: (0,inputs/* choice */.Yq)(['auto', ...format/* FORMATS */.hR], 'auto'),
        signature: (0,inputs/* text */.Qq)(),
        'max-size': (0,inputs/* size */.Ej)(),
        'pickle-policy': (0,inputs/* choice */.Yq)(['allowlist', 'denylist'], 'allowlist'),
        'allow-globals': (0,inputs/* lines */.Mn)(),
        'require-model-card': (0,inputs/* bool */.lc)(false),
        sarif: (0,inputs/* text */.Qq)(),
        'fail-on': (0,inputs/* choice */.Yq)(['error', 'warning', 'never'], 'error'),
        report: (0,inputs/* text */.Qq)(),
    },
    outputsOnError: { valid: 'false', findings: '0' },
    async run(inputs, context) {
        const contract = inputs.signature ? await (0,signature_contract/* loadSignatureContract */.pv)(inputs.signature) : undefined;
        const result = await validateModel({
            model: inputs.model,
            format: inputs.format,
            contract,
            maxSize: inputs['max-size'],
            policy: inputs['pickle-policy'],
            allowGlobals: inputs['allow-globals'],
            requireModelCard: inputs['require-model-card'],
            log: context.log,
        });
        const verdict = judgeFindings(result.findings, inputs['fail-on']);
        if (inputs.sarif)
            await (0,report/* writeReport */.u)(inputs.sarif, renderSarif(result, context.run.cwd, VERSION));
        const signature = result.signature ?? result.tensors ?? {};
        return {
            outputs: {
                valid: String(verdict.valid),
                format: result.format,
                digest: result.digest,
                size: String(result.size),
                signature: JSON.stringify(signature),
                findings: String(verdict.errors + verdict.warnings),
            },
            summary: renderValidationSummary(result, verdict),
            report: {
                action: 'validate-model',
                version: VERSION,
                // What the report is about (SPEC §9): later steps check they hold the same model.
                subject: { model: { digest: result.digest } },
                valid: verdict.valid,
                ...result,
            },
            failure: verdict.failure,
        };
    },
});


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

/***/ 5543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Bj: () => (/* binding */ sha256Of),
/* harmony export */   Dp: () => (/* binding */ digestOfReference),
/* harmony export */   Xb: () => (/* binding */ digestFrom)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** Content digests as modelgate writes and accepts them: `sha256:` and 64 lowercase hex. */

/** The digest of some bytes. */
const sha256Of = (bytes) => `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
/** The digest a running hash has reached (it is finished by this). */
const digestFrom = (hash) => `sha256:${hash.digest('hex')}`;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** True for a well-formed digest. */
const isDigest = (value) => typeof value === 'string' && DIGEST.test(value);
/** The digest an image reference ends in (`...@sha256:...`), if it does. */
function digestOfReference(image) {
    const at = image.lastIndexOf('@');
    const digest = at >= 0 ? image.slice(at + 1) : '';
    return isDigest(digest) ? digest : undefined;
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

/***/ 3581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ WORKER_THRESHOLD),
/* harmony export */   j: () => (/* binding */ hashParts)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _workers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7979);
/**
 * SHA-256 of a sequence of parts (a tar: header bytes, files, padding) and, optionally,
 * of each file on its own — with every file byte read once. Two worker threads share
 * a ring of 1 MiB slots in a SharedArrayBuffer:
 * - with per-file hashes, worker 0 hashes the whole sequence and worker 1 each file;
 *   each reads every other chunk into the ring, so the reads are split between them;
 * - without, worker 1 only reads ahead and worker 0 only hashes.
 * Either way the reads overlap the hashing: one hash of 1 GiB takes less wall time than
 * `openssl dgst -sha256` (0.64 s vs 0.78 s here), both hashes about as long as it.
 *
 * A slot is reused for chunk k+SLOTS once both workers are done with chunk k. Small
 * inputs are hashed on the calling thread (two workers cost more).
 */



const CHUNK = 1 << 20;
const SLOTS = 16;
/** Below this many file bytes the work is done on the calling thread (the pool's too). */
const WORKER_THRESHOLD = 16 << 20;
/** Progress messages every this many bytes. */
const PROGRESS_EVERY = 64 << 20;
const filePaths = (parts) => parts.flatMap((part) => ('path' in part ? [part.path] : []));
/** Starts hashing `parts`; with `perFile`, each file's own SHA-256 too. */
function hashParts(parts, options = {}) {
    const fileBytes = parts.reduce((sum, part) => sum + ('path' in part ? part.size : 0), 0);
    if (fileBytes < WORKER_THRESHOLD) {
        let cancelled = false;
        const result = hashHere(parts, options, () => cancelled);
        return {
            result,
            cancel: async () => {
                cancelled = true;
                await result.catch(() => { });
            },
        };
    }
    return hashOnWorkers(parts, options);
}
async function hashHere(parts, options, cancelled) {
    const whole = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const files = new Map();
    let size = 0;
    for (const part of parts) {
        if (cancelled())
            throw new Error('cancelled');
        if (!('path' in part)) {
            whole.update(part.bytes);
            size += part.bytes.length;
            continue;
        }
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(part.path);
        if (bytes.length !== part.size)
            throw new Error(`${part.path} changed size while it was being read`);
        whole.update(bytes);
        if (options.perFile)
            files.set(part.path, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex'));
        size += bytes.length;
        options.onBytes?.(bytes.length);
    }
    return { hex: whole.digest('hex'), size, files: options.perFile ? files : undefined };
}
function hashOnWorkers(parts, options) {
    const control = new SharedArrayBuffer((SLOTS + 3) * 4);
    const abort = new Int32Array(control, (SLOTS + 2) * 4, 1);
    const data = new SharedArrayBuffer(CHUNK * SLOTS);
    const perFile = options.perFile ?? false;
    const workers = [0, 1].map(() => (0,_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .startWorker */ .Dh)(_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .ringHashWorker */ .fv));
    const stop = () => {
        Atomics.store(abort, 0, 1);
        return Promise.all(workers.map((worker) => worker.terminate()));
    };
    const replies = workers.map((worker, role) => new Promise((resolve, reject) => {
        worker.on('message', (reply) => {
            if (role === 0 && reply.bytes)
                options.onBytes?.(reply.bytes);
            if (reply.error !== undefined)
                reject(new Error(reply.error));
            else if (reply.done)
                resolve(reply);
        });
        worker.once('error', reject);
        worker.once('exit', () => reject(new Error('cancelled')));
        worker.postMessage({
            parts,
            control,
            data,
            chunk: CHUNK,
            slots: SLOTS,
            role: role,
            perFile,
            every: PROGRESS_EVERY,
        });
    }));
    const result = (async () => {
        try {
            const settled = await Promise.allSettled(replies);
            const failures = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason] : []));
            // The worker that failed first names the cause; the other one only saw it give up.
            if (failures.length > 0)
                throw failures.find((error) => error.message !== 'cancelled') ?? failures[0];
            const [whole, each] = settled.map((s) => s.value);
            const paths = filePaths(parts);
            return {
                hex: whole.hex,
                size: whole.size,
                files: perFile
                    ? new Map(paths.map((path, i) => [path, each.files[i]]))
                    : undefined,
            };
        }
        finally {
            await stop();
        }
    })();
    return {
        result,
        cancel: async () => {
            await stop();
            await result.catch(() => { });
        },
    };
}


/***/ }),

/***/ 7979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dh: () => (/* binding */ startWorker),
/* harmony export */   VY: () => (/* binding */ fileHashWorker),
/* harmony export */   fv: () => (/* binding */ ringHashWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The hashing workers' code, as typed functions. A worker runs a function's own source
 * (`startWorker`), so each must be self-contained: nothing is taken from this module's
 * scope, and Node's modules come from `process.getBuiltinModule` (a bundler rewrites
 * `require` and `import`, which would leave the worker's copy pointing at nothing).
 */

/** Starts a worker running `main`'s source. */
function startWorker(main) {
    return new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(`(${main.toString()})()`, { eval: true });
}
/**
 * Hashes whole files, one job at a time, with blocking reads into one reused 1 MiB
 * buffer (the same work as `openssl dgst`), reporting progress every 64 MiB.
 */
/* istanbul ignore next -- runs in a worker from its source; counters would not exist there */
function fileHashWorker() {
    const { parentPort } = process.getBuiltinModule('node:worker_threads');
    const fs = process.getBuiltinModule('node:fs');
    const crypto = process.getBuiltinModule('node:crypto');
    const port = parentPort;
    const buffer = Buffer.allocUnsafe(1 << 20);
    port.on('message', ({ id, path }) => {
        let fd;
        const reply = (message) => port.postMessage(message);
        try {
            const hash = crypto.createHash('sha256');
            let size = 0;
            let pending = 0;
            let n;
            fd = fs.openSync(path, 'r');
            while ((n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0) {
                hash.update(n === buffer.length ? buffer : buffer.subarray(0, n));
                size += n;
                pending += n;
                if (pending >= 64 << 20) {
                    reply({ id, bytes: pending });
                    pending = 0;
                }
            }
            reply({ id, bytes: pending, hex: hash.digest('hex'), size });
        }
        catch (error) {
            reply({ id, error: String(error?.message ?? error) });
        }
        finally {
            if (fd !== undefined)
                fs.closeSync(fd);
        }
    });
}
/**
 * One of the two ring workers (shared-read-hash.ts): they share a ring of `slots`
 * chunks in a SharedArrayBuffer. Control cells: ready[slot] = 1 + the chunk the slot
 * holds; consumed[role] = chunks that role is done with; abort = set by whichever fails.
 */
/* istanbul ignore next -- runs in a worker from its source; counters would not exist there */
function ringHashWorker() {
    const { parentPort } = process.getBuiltinModule('node:worker_threads');
    const fs = process.getBuiltinModule('node:fs');
    const crypto = process.getBuiltinModule('node:crypto');
    const port = parentPort;
    port.once('message', (job) => {
        const { parts, control, data, chunk: CHUNK, slots: SLOTS, role, perFile, every } = job;
        const reply = (message) => port.postMessage(message);
        const ready = new Int32Array(control, 0, SLOTS);
        const consumed = new Int32Array(control, SLOTS * 4, 2);
        const abort = new Int32Array(control, (SLOTS + 2) * 4, 1);
        const ring = new Uint8Array(data);
        const chunks = [];
        for (const part of parts) {
            if (part.path === undefined)
                continue;
            for (let position = 0; position < part.size; position += CHUNK)
                chunks.push({
                    path: part.path,
                    size: part.size,
                    position,
                    length: Math.min(CHUNK, part.size - position),
                });
        }
        const other = 1 - role;
        // Which chunks this worker reads: alternate ones when both hash, all for a pure reader.
        const step = perFile ? 2 : 1;
        let next = perFile ? role : role === 1 ? 0 : chunks.length;
        // Chunks are read in order, so one file is open at a time (a model may have thousands).
        let openPath;
        let openFd;
        const fdOf = (path) => {
            if (path !== openPath) {
                if (openFd !== undefined)
                    fs.closeSync(openFd);
                openFd = undefined; // a failing open below then leaves nothing to close twice
                openFd = fs.openSync(path, 'r');
                openPath = path;
            }
            return openFd;
        };
        const waitUntil = (cells, index, done) => {
            for (let value; !done((value = Atomics.load(cells, index)));) {
                if (Atomics.load(abort, 0))
                    throw new Error('cancelled');
                Atomics.wait(cells, index, value, 1000);
            }
        };
        // Reads this worker's chunks up to k + SLOTS - 1 into free slots; waits only for chunk k.
        const readAhead = (k) => {
            while (next < chunks.length && next < k + SLOTS) {
                const previous = next - SLOTS;
                if (previous >= 0) {
                    if (next > k && Atomics.load(consumed, other) <= previous)
                        return;
                    waitUntil(consumed, other, (done) => done > previous);
                }
                const c = chunks[next];
                const slot = next % SLOTS;
                const fd = fdOf(c.path);
                const n = fs.readSync(fd, ring, slot * CHUNK, c.length, c.position);
                const end = c.position + c.length;
                if (n !== c.length || (end === c.size && fs.readSync(fd, ring, slot * CHUNK, 1, end) !== 0))
                    throw new Error(`${c.path} changed size while it was being read`);
                Atomics.store(ready, slot, next + 1);
                Atomics.notify(ready, slot);
                next += step;
            }
        };
        const release = (k) => {
            Atomics.store(consumed, role, k + 1);
            Atomics.notify(consumed, role);
        };
        try {
            if (role === 1 && !perFile) {
                for (let k = 0; k < chunks.length; k++) {
                    readAhead(k);
                    release(k);
                }
                reply({ done: true });
                return;
            }
            const whole = role === 0 ? crypto.createHash('sha256') : undefined;
            const files = [];
            let size = 0;
            let pending = 0;
            let k = 0;
            for (const part of parts) {
                if (part.path === undefined) {
                    whole?.update(part.bytes);
                    size += part.bytes.length;
                    continue;
                }
                const hash = whole ?? crypto.createHash('sha256');
                for (const end = k + Math.ceil(part.size / CHUNK); k < end; k++) {
                    readAhead(k);
                    const slot = k % SLOTS;
                    waitUntil(ready, slot, (held) => held === k + 1);
                    const length = chunks[k].length;
                    hash.update(ring.subarray(slot * CHUNK, slot * CHUNK + length));
                    release(k);
                    size += length;
                    pending += length;
                    if (whole && pending >= every) {
                        reply({ bytes: pending });
                        pending = 0;
                    }
                }
                if (!whole)
                    files.push(hash.digest('hex'));
            }
            reply({ done: true, bytes: whole ? pending : 0, hex: whole?.digest('hex'), size, files });
        }
        catch (error) {
            Atomics.store(abort, 0, 1);
            for (let slot = 0; slot < SLOTS; slot++)
                Atomics.notify(ready, slot);
            Atomics.notify(consumed, 0);
            Atomics.notify(consumed, 1);
            reply({ error: String(error?.message ?? error) });
        }
        finally {
            if (openFd !== undefined)
                fs.closeSync(openFd);
        }
    });
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
