export const id = 411;
export const ids = [411];
export const modules = {

/***/ 3792:
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
                            `${(0,summary/* code */.aY)(result.modelCard.path)}${result.modelCard.metadata.license ? `, license ${(0,summary/* cell */.Hn)(result.modelCard.metadata.license)}` : ''}`,
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
    md += (0,summary/* table */.tp)(['severity', 'code', 'message', 'location'], sorted
        .slice(0, MAX_ROWS)
        .map((f) => [
        ICON[f.severity],
        (0,summary/* code */.aY)(f.code),
        f.message,
        `${f.location.path}${describeLocation(f) ? ` (${describeLocation(f).slice(0, -2)})` : ''}`,
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
// EXTERNAL MODULE: ./src/validate/validate-model.ts + 25 modules
var validate_model = __webpack_require__(1251);
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
        const result = await (0,validate_model/* validateModel */.g)({
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
            await (0,report/* writeReport */.u)(inputs.sarif, renderSarif(result, process.cwd(), VERSION));
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
            report: { action: 'validate-model', version: VERSION, valid: verdict.valid, ...result },
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

/***/ 1363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   WJ: () => (/* binding */ verdict),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/** Markdown building blocks for job summaries (GitHub-flavoured Markdown). */
/** Escapes text for a Markdown table cell. */
function cell(value) {
    if (value === undefined || value === null || value === '')
        return '—';
    return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
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


/***/ })

};
