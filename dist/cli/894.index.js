export const id = 894;
export const ids = [894];
export const modules = {

/***/ 6606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gk: () => (/* binding */ providerSettingsOf),
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   Km: () => (/* binding */ sharedReleaseInputs),
/* harmony export */   Qz: () => (/* binding */ checkEnvironment),
/* harmony export */   Yb: () => (/* binding */ registryAccess)
/* harmony export */ });
/* unused harmony export providerInputs */
/* harmony import */ var _oci_credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2559);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9114);
/* harmony import */ var _oci_image_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6132);
/* harmony import */ var _providers_create_provider_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9317);
/**
 * What the deploy and rollback actions share at their edges: the inputs they both
 * declare, registry access for resolving and tagging images, and the environment
 * name's rules.
 */





/** The provider inputs, all optional strings (a rollback takes unset ones from the record). */
const providerInputs = () => Object.fromEntries(_providers_create_provider_js__WEBPACK_IMPORTED_MODULE_4__/* .PROVIDER_INPUTS */ .yg.map((name) => [name, (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)()]));
/** The inputs deploy and rollback both take, declared once. */
const sharedReleaseInputs = () => ({
    name: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(),
    ledger: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)({ default: 'auto' }),
    'github-token': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)({ secret: true, expression: '${{ github.token }}' }),
    url: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(),
    timeout: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .duration */ .p0)('10m'),
    'dry-run': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc)(false),
    ...providerInputs(),
    'registry-username': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(),
    'registry-password': (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)({ secret: true }),
    report: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(),
});
/** The provider inputs that were given. */
function providerSettingsOf(inputs) {
    const settings = {};
    for (const name of _providers_create_provider_js__WEBPACK_IMPORTED_MODULE_4__/* .PROVIDER_INPUTS */ .yg) {
        const value = inputs[name];
        if (typeof value === 'string' && value !== '')
            settings[name] = value;
    }
    return settings;
}
/** A model name as given (empty = the action's default). */
function checkName(name) {
    if (name !== '' && !/^[A-Za-z0-9][A-Za-z0-9._/-]{0,127}$/.test(name))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('name', 'must be letters, digits, ., _, / or - (starting with a letter or digit)', name);
    return name;
}
/** Environment names: what GitHub accepts, minus what would be confusing in tags and paths. */
function checkEnvironment(name) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/.test(name))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('environment', 'must be letters, digits, ., _ or - (starting with a letter or digit)', name);
    return name;
}
/** Registry access from the registry inputs, docker login, or the GitHub token for ghcr.io. */
function registryAccess(inputs, env, log) {
    if (inputs.password && !inputs.username)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('registry-username', 'is required with registry-password');
    const resolver = (0,_oci_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .credentialResolver */ .i)({
        githubToken: inputs.token,
        actor: env.GITHUB_ACTOR,
    }, env);
    return {
        // The username/password inputs are for the image's registry, whichever that is.
        credentials: async (registry) => inputs.username && inputs.password
            ? { username: inputs.username, password: inputs.password }
            : resolver(registry),
        insecureRegistries: (0,_oci_image_store_js__WEBPACK_IMPORTED_MODULE_3__/* .insecureRegistriesOf */ .FE)(env),
        log,
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

/***/ 5014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient),
/* harmony export */   c: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/**
 * The GitHub REST client every action shares: the octokit inside @actions/github, aimed
 * at GITHUB_API_URL (GitHub Enterprise Server, or the emulator in tests), plus the facts
 * of the run it reports on. Domain code receives the client; only this module builds it.
 */

/** A client authenticated with `token` against the run's API URL. */
function createGitHubClient(token, env) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
        userAgent: 'modelgate',
    });
}
/** The HTTP status of an octokit RequestError, if it is one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
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

/***/ 2420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ad: () => (/* binding */ defaultReleaseName),
/* harmony export */   E0: () => (/* binding */ markLive),
/* harmony export */   Fi: () => (/* binding */ previousRelease),
/* harmony export */   Po: () => (/* binding */ newReleaseId),
/* harmony export */   Vu: () => (/* binding */ liveNames),
/* harmony export */   _8: () => (/* binding */ liveRelease),
/* harmony export */   "do": () => (/* binding */ releaseName),
/* harmony export */   dv: () => (/* binding */ findRelease),
/* harmony export */   ez: () => (/* binding */ onlyLiveName),
/* harmony export */   f2: () => (/* reexport safe */ _release_record_js__WEBPACK_IMPORTED_MODULE_3__.f2),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   zW: () => (/* binding */ originalOf)
/* harmony export */ });
/* unused harmony exports wasHealthy, environmentsLive */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5543);
/* harmony import */ var _release_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9520);
/**
 * The release ledger: every promotion of an image to an environment, as the release
 * records of SPEC §6. Two backends implement it (`github`: Deployments and their
 * statuses; `file:<path>`: an append-only JSON Lines file). evaluate-gate reads the live
 * release's recorded metrics through it; deploy and rollback write it.
 */



// The record's shape and schema live in release-record.ts; the ledger's users get them here.

/** A new release id: environment, UTC time to the second, and 4 random hex digits. */
function newReleaseId(environment, at = new Date()) {
    const stamp = at
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return `${environment}-${stamp}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(2).toString('hex')}`;
}
/** True for a release whose rollout succeeded and was not undone (live, or superseded). */
const wasHealthy = (release) => release.status === 'success' || release.status === 'inactive';
/**
 * The name a release is of: its recorded `name`, else (records from before names) the
 * last path segment of its image repository, which is also deploy's default.
 */
function releaseName(release) {
    return release.name ?? defaultReleaseName(release.image);
}
/** The last path segment of an image's repository (or of an `oci:` layout's directory). */
function defaultReleaseName(image) {
    let rest = image.replace(/@[^/@]*$/, '').replace(/^oci:/, '');
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > slash)
        rest = rest.slice(0, colon);
    return rest.replace(/\/+$/, '').split('/').pop() || rest;
}
/**
 * Newest first per model: the newest healthy release of each name is `success` (live),
 * older healthy ones `inactive` (superseded). Both ledgers read through this, so what is
 * live never depends on what a backend marked inactive on its own (GitHub does so to
 * every other deployment of an environment when one succeeds).
 */
function markLive() {
    const seen = new Set();
    return (release) => {
        if (!wasHealthy(release))
            return release;
        const name = releaseName(release);
        const status = seen.has(name) ? 'inactive' : 'success';
        seen.add(name);
        return status === release.status ? release : { ...release, status };
    };
}
/** The release of `name` live in an environment: the newest one whose rollout succeeded. */
async function liveRelease(ledger, environment, name) {
    // Read only as far back as the live one (on GitHub every release costs a request).
    for await (const release of ledger.releases(environment, name))
        if (release.status === 'success')
            return release;
    return undefined;
}
/** The names with a live release in an environment. */
async function liveNames(ledger, environment) {
    const names = new Set();
    for (const release of await ledger.history(environment))
        if (release.status === 'success')
            names.add(releaseName(release));
    return [...names].sort();
}
/** The environments where a release of `name` is live. */
async function environmentsLive(ledger, name) {
    const live = [];
    for (const environment of await ledger.environments())
        if (await liveRelease(ledger, environment, name))
            live.push(environment);
    return live.sort();
}
/** The digest of an image reference (`...@sha256:…`), if it names one. */
function digestOf(image) {
    return (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOfReference */ .Dp)(image);
}
/** A release by id, GitHub deployment id, or image digest (the newest healthy one with it). */
function findRelease(history, to) {
    const byId = history.find((r) => r.id === to || String(r.deployment_id) === to);
    if (byId)
        return byId;
    const digest = digestOf(to) ?? ((0,_core_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .isDigest */ .Bc)(to) ? to : undefined);
    if (!digest)
        return undefined;
    return (history.find((r) => wasHealthy(r) && digestOf(r.image) === digest) ??
        history.find((r) => digestOf(r.image) === digest));
}
/**
 * The release `to: previous` restores: the newest healthy release older than the live
 * one's place in history, with a different image. A rollback's place is that of the
 * release it restored, so rolling back again goes one step further back, never forward.
 */
function previousRelease(history, live) {
    const anchor = live.restores ?? live.id;
    let position = history.findIndex((r) => r.id === anchor);
    if (position < 0)
        position = history.indexOf(live);
    return history
        .slice(position + 1)
        .find((r) => wasHealthy(r) && !r.restores && r.image !== live.image);
}
/** The original release a target stands for (a rollback release stands for what it restored). */
function originalOf(history, release) {
    return (release.restores && history.find((r) => r.id === release.restores)) || release;
}
/**
 * The model a rollback or an `environment:` baseline is about when no `name` is given:
 * the only one live in the environment. Several is an error listing them (naming
 * `input`); none gives undefined.
 */
async function onlyLiveName(ledger, environment, input) {
    const names = await liveNames(ledger, environment);
    if (names.length > 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(input, `${environment} has live releases of ${names.length} models (${names.join(', ')}): say which one`);
    return names[0];
}


/***/ }),

/***/ 5248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ openLedger)
});

// UNUSED EXPORTS: DEFAULT_FILE_LEDGER

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/github-client.ts
var github_client = __webpack_require__(5014);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/ledger/file-lock.ts
/**
 * An exclusive lock beside a file (`<path>.lock`, created with O_EXCL), so two
 * processes appending to one ledger never interleave. A lock whose holder is gone (its
 * pid no longer runs on this host) or older than `staleMs` is taken over.
 */


/** Runs `fn` holding the lock on `path`; the lock is released however `fn` ends. */
async function withFileLock(path, fn, options = {}) {
    const lock = `${path}.lock`;
    const deadline = Date.now() + (options.waitMs ?? 30_000);
    const staleMs = options.staleMs ?? 60_000;
    for (let delay = 5;; delay = Math.min(delay * 2, 200)) {
        try {
            const handle = await (0,promises_.open)(lock, 'wx');
            try {
                await handle.writeFile(`${process.pid}@${(0,external_node_os_.hostname)()}\n`);
            }
            catch (error) {
                // A lock that names no holder would only make the next run wait: remove it.
                await handle.close().catch(() => undefined);
                await (0,promises_.rm)(lock, { force: true });
                throw error;
            }
            await handle.close();
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            if (await isAbandoned(lock, staleMs)) {
                await (0,promises_.rm)(lock, { force: true });
                continue;
            }
            if (Date.now() > deadline)
                throw new Error(`${path} is locked by another process (${lock}); try again`);
            await new Promise((resolve) => setTimeout(resolve, delay));
        }
    }
    try {
        return await fn();
    }
    finally {
        await (0,promises_.rm)(lock, { force: true });
    }
}
async function isAbandoned(lock, staleMs) {
    const [holder, info] = await Promise.all([
        (0,promises_.readFile)(lock, 'utf8').catch(() => ''),
        (0,promises_.stat)(lock).catch(() => undefined),
    ]);
    if (!info)
        return false;
    if (Date.now() - info.mtimeMs > staleMs)
        return true;
    // No holder written (a crash between creating and writing it) and not fresh: abandoned.
    if (holder.trim() === '' && Date.now() - info.mtimeMs > 5_000)
        return true;
    const [pid, host] = holder.trim().split('@');
    if (host !== (0,external_node_os_.hostname)() || !/^\d+$/.test(pid ?? ''))
        return false;
    try {
        process.kill(Number(pid), 0);
        return false;
    }
    catch (error) {
        return error.code === 'ESRCH';
    }
}

// EXTERNAL MODULE: ./src/ledger/ledger.ts
var ledger = __webpack_require__(2420);
;// CONCATENATED MODULE: ./src/ledger/file-ledger.ts
/**
 * The `file:<path>` ledger: an append-only JSON Lines file. A release's later states are
 * appended as new lines with the same id; the newest line of an id is its state. Lines
 * are appended under a lock and fsync'd before a write is reported done. A line that is
 * not a release record is an error naming the file and the line: a ledger is evidence,
 * so nothing in it is silently skipped — except a torn last line (a write cut short: the
 * disk filled, the process died), which is reported in `warnings`, ignored when reading,
 * and moved aside to `<ledger>.torn-<time>` before the next append, so it never blocks.
 * A write that fails part-way is truncated back.
 */





class FileLedger {
    path;
    createDirectory;
    description;
    /** What a person should know about the file (a torn line found, moved aside). */
    warnings = [];
    /** `createDirectory`: only the default ledger's folder is created; an explicit one must exist. */
    constructor(path, createDirectory = false) {
        this.path = path;
        this.createDirectory = createDirectory;
        this.description = `file:${path}`;
    }
    async history(environment, limit = Infinity, name) {
        const latest = new Map();
        for (const record of await this.read())
            if (record.environment === environment &&
                (name === undefined || (0,ledger/* releaseName */["do"])(record) === name)) {
                // A release keeps its place (when it was created); its state is its newest line.
                const first = latest.get(record.id);
                latest.set(record.id, first ? { ...record, created_at: first.created_at } : record);
            }
        return [...latest.values()].reverse().map((0,ledger/* markLive */.E0)()).slice(0, limit);
    }
    async *releases(environment, name) {
        yield* await this.history(environment, Infinity, name);
    }
    async environments() {
        return [...new Set((await this.read()).map((r) => r.environment))];
    }
    async create(release) {
        const line = { ...release, status: 'in_progress' };
        await this.append(line);
        return line;
    }
    async update(release, status, details = {}) {
        await this.append({
            ...release,
            status,
            ...(details.description ? { detail: details.description } : {}),
            ...(details.environmentUrl ? { url: details.environmentUrl } : {}),
            updated_at: new Date().toISOString(),
        });
    }
    /** Appends one record as one line, under the lock, and waits until it is on disk. */
    async append(record) {
        try {
            await this.appendLocked(record);
        }
        catch (error) {
            if (error instanceof errors/* ConfigurationError */.j)
                throw error;
            // A full disk, a read-only file, a lock held too long: said of the input, and the
            // file keeps only whole records (the write was taken back).
            throw new errors/* ConfigurationError */.j('ledger', `could not write ${this.path} (${error.message}); the record was not written: free space or fix its permissions, then run again`);
        }
    }
    async appendLocked(record) {
        if (this.createDirectory)
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(this.path), { recursive: true });
        await withFileLock(this.path, async () => {
            const handle = await (0,promises_.open)(this.path, 'r+').catch(async (error) => {
                if (error.code !== 'ENOENT')
                    throw error;
                return (0,promises_.open)(this.path, 'a+');
            });
            try {
                let { size } = await handle.stat();
                size = await this.setTornTailAside(handle, size);
                const line = Buffer.from(`${JSON.stringify(record)}\n`);
                try {
                    const { bytesWritten } = await handle.write(line, 0, line.length, size);
                    if (bytesWritten !== line.length)
                        throw new Error(`wrote ${bytesWritten} of ${line.length} bytes: the disk may be full`);
                    await handle.sync();
                }
                catch (error) {
                    // One write per record: a record cut short is taken back, never left torn.
                    await handle.truncate(size).catch(() => undefined);
                    throw error;
                }
            }
            finally {
                await handle.close();
            }
        });
    }
    /**
     * A file that does not end in a newline ends in a torn line: its bytes go to a side
     * file and the ledger is truncated to its last whole line. Returns the new size.
     */
    async setTornTailAside(handle, size) {
        if (size === 0)
            return 0;
        const tail = Buffer.alloc(Math.min(size, 1 << 20));
        await handle.read(tail, 0, tail.length, size - tail.length);
        if (tail[tail.length - 1] === 0x0a)
            return size;
        const newline = tail.lastIndexOf(0x0a);
        if (newline < 0 && tail.length < size)
            throw new Error(`ledger ${this.path} ends in a line over 1 MiB without a newline`);
        const start = size - tail.length + newline + 1;
        const side = `${this.path}.torn-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        await (0,promises_.writeFile)(side, tail.subarray(newline + 1));
        await handle.truncate(start);
        this.warnings.push(`ledger ${this.path} ended in a torn line (a write cut short); it was moved aside to ${side}`);
        return start;
    }
    /** Every line, oldest first. A missing file is an empty ledger. */
    async read() {
        let text;
        try {
            text = await (0,promises_.readFile)(this.path, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return [];
            throw error;
        }
        const records = [];
        const lines = text.split('\n');
        lines.forEach((line, i) => {
            if (line.trim() === '')
                return;
            let value;
            try {
                value = JSON.parse(line);
            }
            catch {
                // The last line without its newline is a write cut short: reported, not fatal.
                if (i === lines.length - 1) {
                    const warning = `ledger ${this.path} ends in a torn line (a write cut short); it is ignored and will be moved aside`;
                    if (!this.warnings.includes(warning))
                        this.warnings.push(warning);
                    return;
                }
                throw new Error(`ledger ${this.path} line ${i + 1} is not JSON`);
            }
            const record = (0,ledger/* asReleaseRecord */.f2)(value);
            if (!record)
                throw new Error(`ledger ${this.path} line ${i + 1} is not a modelgate.release/v1 record`);
            records.push(record);
        });
        return records;
    }
}

;// CONCATENATED MODULE: ./src/ledger/github-ledger.ts
/**
 * The `github` ledger: one GitHub Deployment per release, its `payload` the release
 * record, its state the latest deployment status. Reading pages through the
 * environment's deployments, newest first; deployments modelgate did not create are
 * passed over. A release that a later rollback undid reads as `rolled-back` (GitHub
 * shows it inactive): payloads cannot change, so that state is derived from the
 * rollback's `rollback_of`. GitHub's own `inactive` never ends a release (SPEC §9): it
 * marks every earlier deployment of an environment inactive when any later one succeeds,
 * a workflow job's own deployment or another model's release included. So a release
 * whose rollout succeeded stays live until a later release of the same name succeeds
 * (`markLive`) or a rollback undoes it.
 */


const STATES = {
    success: 'success',
    failure: 'failure',
    error: 'failure',
    inactive: 'inactive',
    in_progress: 'in_progress',
    queued: 'in_progress',
    pending: 'in_progress',
};
const DEPLOYMENT_STATE = {
    in_progress: 'in_progress',
    success: 'success',
    failure: 'failure',
    'rolled-back': 'inactive',
    inactive: 'inactive',
};
/** Environments GitHub should treat as production (its Environments page, protections). */
const isProductionLike = (environment) => /^prod/i.test(environment);
class GitHubLedger {
    client;
    owner;
    repo;
    description;
    constructor(client, owner, repo) {
        this.client = client;
        this.owner = owner;
        this.repo = repo;
        this.description = `github:${owner}/${repo}`;
    }
    async *releases(environment, name) {
        const undone = new Set();
        const live = (0,ledger/* markLive */.E0)();
        const pages = this.client.paginate.iterator(this.client.rest.repos.listDeployments, {
            owner: this.owner,
            repo: this.repo,
            environment,
            per_page: 30,
        });
        for await (const page of pages)
            for (const deployment of page.data) {
                const payload = parsePayload(deployment.payload);
                if (!payload)
                    continue;
                const { data: statuses } = await this.client.rest.repos.listDeploymentStatuses({
                    owner: this.owner,
                    repo: this.repo,
                    deployment_id: deployment.id,
                    per_page: 1,
                });
                const latest = statuses[0];
                let status = STATES[latest?.state ?? 'pending'] ?? 'in_progress';
                if (undone.has(payload.id) && (status === 'success' || status === 'inactive'))
                    status = 'rolled-back';
                if (payload.rollback_of && status !== 'failure' && status !== 'in_progress')
                    undone.add(payload.rollback_of);
                const release = live({ ...payload, status });
                if (name !== undefined && (0,ledger/* releaseName */["do"])(release) !== name)
                    continue;
                yield {
                    ...release,
                    deployment_id: deployment.id,
                    ...(latest?.description ? { detail: latest.description } : {}),
                    ...(latest?.environment_url ? { url: latest.environment_url } : {}),
                    ...(latest?.updated_at ? { updated_at: latest.updated_at } : {}),
                };
            }
    }
    async history(environment, limit = 100, name) {
        const releases = [];
        if (limit <= 0)
            return releases;
        for await (const release of this.releases(environment, name))
            if (releases.push(release) >= limit)
                break;
        return releases;
    }
    /** Environments of the newest 300 deployments that carry a modelgate release. */
    async environments() {
        const found = new Set();
        let pages = 0;
        const iterator = this.client.paginate.iterator(this.client.rest.repos.listDeployments, {
            owner: this.owner,
            repo: this.repo,
            per_page: 100,
        });
        for await (const page of iterator) {
            for (const deployment of page.data)
                if (parsePayload(deployment.payload))
                    found.add(deployment.environment);
            if (++pages >= 3)
                break;
        }
        return [...found];
    }
    async create(release, details = {}) {
        const ref = release.source?.sha || release.source?.ref;
        if (!ref)
            throw new Error('the github ledger needs the commit of a release (GITHUB_SHA)');
        const payload = { ...release, status: 'in_progress' };
        delete payload.deployment_id;
        const { data } = await this.needsWrite(() => this.client.rest.repos.createDeployment({
            owner: this.owner,
            repo: this.repo,
            ref,
            environment: release.environment,
            payload: payload,
            description: describe(release),
            auto_merge: false,
            required_contexts: [],
            transient_environment: false,
            production_environment: isProductionLike(release.environment),
        }));
        const id = data.id;
        if (typeof id !== 'number')
            throw new Error(`GitHub did not create the deployment: ${JSON.stringify(data)}`);
        const recorded = { ...payload, deployment_id: id };
        await this.update(recorded, 'in_progress', details);
        return recorded;
    }
    /** A 403 on a write becomes what to grant. */
    async needsWrite(write) {
        try {
            return await write();
        }
        catch (error) {
            if ((0,github_client/* statusOf */.c)(error) !== 403)
                throw error;
            throw new Error(`the github ledger cannot write deployments of ${this.owner}/${this.repo} (${error.message}): ` +
                'give the job permissions: deployments: write, or use ledger: file:<path>');
        }
    }
    async update(release, status, details = {}) {
        if (release.deployment_id === undefined)
            throw new Error(`release ${release.id} has no GitHub deployment`);
        await this.client.rest.repos.createDeploymentStatus({
            owner: this.owner,
            repo: this.repo,
            deployment_id: release.deployment_id,
            state: DEPLOYMENT_STATE[status],
            description: (details.description ?? '').slice(0, 140),
            ...(details.logUrl ? { log_url: details.logUrl } : {}),
            ...(details.environmentUrl ? { environment_url: details.environmentUrl } : {}),
            auto_inactive: status === 'success',
        });
    }
}
function describe(release) {
    const what = release.rollback_of ? `rollback of ${release.rollback_of}` : 'release';
    return `modelgate ${what} ${release.id}`.slice(0, 140);
}
function parsePayload(payload) {
    let value = payload;
    if (typeof value === 'string') {
        try {
            value = JSON.parse(value);
        }
        catch {
            return undefined;
        }
    }
    return (0,ledger/* asReleaseRecord */.f2)(value);
}

;// CONCATENATED MODULE: ./src/ledger/open-ledger.ts
/** Resolves the `ledger` input (`auto`, `github`, `file:<path>`) to a Ledger. */






const DEFAULT_FILE_LEDGER = '.modelgate/ledger.jsonl';
/**
 * An explicit ledger file must be a file (or not exist yet) in a folder that exists: a
 * typo must not start a new, empty ledger somewhere else.
 */
function checkLedgerPath(path, input) {
    const folder = (0,external_node_path_.dirname)(path) || '.';
    const stats = (p) => {
        try {
            return (0,external_node_fs_.statSync)(p);
        }
        catch {
            return undefined;
        }
    };
    if (!stats(folder)?.isDirectory())
        throw new errors/* ConfigurationError */.j('ledger', `folder ${folder} does not exist (only the default ledger's folder is created)`, input);
    if (stats(path)?.isDirectory())
        throw new errors/* ConfigurationError */.j('ledger', `${path} is a directory, not a ledger file`, input);
}
/** `auto` is the github ledger inside Actions, the file ledger elsewhere. */
function openLedger(input, options) {
    const { env, token } = options;
    const spec = input === 'auto'
        ? env.GITHUB_ACTIONS === 'true'
            ? 'github'
            : `file:${DEFAULT_FILE_LEDGER}`
        : input;
    if (spec.startsWith('file:')) {
        const path = spec.slice('file:'.length);
        if (!path)
            throw new errors/* ConfigurationError */.j('ledger', 'file: needs a path', input);
        const isDefault = input === 'auto';
        if (!isDefault)
            checkLedgerPath(path, input);
        return new FileLedger(path, isDefault);
    }
    if (spec === 'github') {
        const repository = options.run.repository;
        if (!repository)
            throw new errors/* ConfigurationError */.j('ledger', 'github needs GITHUB_REPOSITORY', input);
        if (!token)
            throw new errors/* ConfigurationError */.j('github-token', 'is required by the github ledger');
        return new GitHubLedger((0,github_client/* createGitHubClient */.L)(token, env), repository.owner, repository.repo);
    }
    throw new errors/* ConfigurationError */.j('ledger', 'must be auto, github or file:<path>', input);
}


/***/ }),

/***/ 9520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mn: () => (/* binding */ releaseRecordSchema),
/* harmony export */   f2: () => (/* binding */ asReleaseRecord)
/* harmony export */ });
/* unused harmony exports RELEASE_STATUSES, everyFieldDescribed */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2311);

const RELEASE_STATUSES = [
    'in_progress',
    'success',
    'failure',
    'rolled-back',
    'inactive',
];
const text = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP();
/**
 * A release record as both ledgers read it: what a record must have to be one (a line of
 * a file ledger, a deployment's payload), with every field described for the reference in
 * docs/. Fields it does not know are kept (a newer writer's).
 */
const releaseRecordSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('modelgate.release/v1').describe('Always `modelgate.release/v1`.'),
    id: text.describe('The release id: `<environment>-<UTC time>-<4 hex>`.'),
    environment: text.describe('The environment it went to.'),
    name: text
        .optional()
        .describe("What it is a release of (default the image's last path segment); the ledger keeps each name's releases apart."),
    image: text.describe('The image, by digest (`registry/repository@sha256:...`).'),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        digest: text.optional().describe("The model's digest (sha256:...)."),
        format: text.optional().describe('Its format (onnx, safetensors, sklearn-pickle, ...).'),
    })
        .optional()
        .describe("The model's digest and format, from the image's labels."),
    gate: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        verdict: text
            .optional()
            .describe('pass (deploy refuses anything else unless allow-ungated).'),
        metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(text, zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig())
            .optional()
            .describe('The candidate metrics the gate judged.'),
        slices: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(text, zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(text, zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig())).optional().describe('Per-slice metrics.'),
        ungated: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
            .optional()
            .describe('Deployed without a gate report (allow-ungated: true).'),
        model_digest: text.optional().describe('The model digest the gate report judged.'),
        gates: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()
            .optional()
            .describe('The gates it passed (to tell when a later gate is looser).'),
        predictions_digest: text
            .optional()
            .describe('Digest of the candidate predictions the gate read.'),
        evaluation_digest: text
            .optional()
            .describe('Digest of the evaluation set (sorted id and label lines).'),
    })
        .optional()
        .describe('What the release recorded of the gate it passed.'),
    evidence: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        digest: text.describe("The artifact manifest's digest."),
        image: text.describe('Where it is: the repository @ that digest.'),
    })
        .optional()
        .describe('The evidence artifact (gate report and predictions) stored beside the image.'),
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        repository: text.optional().describe('owner/name.'),
        sha: text.optional().describe('The commit.'),
        ref: text.optional().describe('The branch or tag.'),
        run_url: text.optional().describe('The workflow run.'),
        actor: text.optional().describe('Who ran it.'),
    })
        .optional()
        .describe('Where it came from: the repository, commit, ref, run and actor.'),
    provider: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        name: text.describe('registry-tag, kubernetes, gitops or command.'),
        config: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(text, zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()).describe('Its settings (tag, namespace, ...).'),
    })
        .optional()
        .describe('The provider and its settings (never secrets): enough for a rollback to redo it.'),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(RELEASE_STATUSES).describe(`One of ${RELEASE_STATUSES.join(', ')}.`),
    rollback_of: text
        .nullable()
        .optional()
        .describe('For a rollback: the release it undid; null for a deploy.'),
    restores: text
        .nullable()
        .optional()
        .describe('For a rollback: the release whose image it brought back.'),
    reason: text.optional().describe("Why it was made (a rollback's reason)."),
    detail: text.optional().describe("What its latest status said (a failure's cause)."),
    url: text.optional().describe("The environment's URL."),
    created_at: text.describe('When it started (ISO 8601, UTC).'),
    analysis: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        verdict: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'inconclusive']).describe('What the analysis decided.'),
        reason: text.describe('What decided it: the failing query, its value and threshold.'),
        queries: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
            name: text,
            max: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
            min: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
            'max-regression': zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), text]).optional(),
        }))
            .optional()
            .describe('The queries by name, with their thresholds.'),
        measurements: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
            at: text,
            outcome: text,
            values: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(text, zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable()),
            baselines: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(text, zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable()).optional(),
            comparisons: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(text, zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({})).optional(),
            why: text.optional(),
        }))
            .describe("Each measurement: when, its outcome, each query's value, a comparison's stable value (`baselines`) with its counts and bound (`comparisons`), and why it failed or was inconclusive."),
    })
        .optional()
        .describe('The live analysis after the rollout (deploy input `analysis`), when there was one.'),
    deadline: text
        .optional()
        .describe('While in_progress: when its run must have finished; past it, the next run takes the environment over.'),
    updated_at: text.optional().describe('When its status last changed.'),
});
/** The record in `value` when it is one (a ledger line, a deployment's payload). */
function asReleaseRecord(value) {
    return releaseRecordSchema.safeParse(value).success ? value : undefined;
}
const everyFieldDescribed = true;


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


/***/ }),

/***/ 9317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yg: () => (/* binding */ PROVIDER_INPUTS),
  Qd: () => (/* binding */ createProvider),
  H6: () => (/* binding */ restoringProvider)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/github-client.ts
var github_client = __webpack_require__(5014);
// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __webpack_require__(9114);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(8571);
// EXTERNAL MODULE: ./src/providers/provider.ts
var provider = __webpack_require__(9545);
;// CONCATENATED MODULE: ./src/providers/command.ts
/**
 * The `command` provider: the user's own shell command does the rollout. It runs in
 * bash (`-eo pipefail`, as a workflow's `run:` step does) with MODELGATE_IMAGE,
 * MODELGATE_ENVIRONMENT, MODELGATE_PREVIOUS_IMAGE and MODELGATE_RELEASE_ID set; exit 0
 * means healthy. It is killed (with everything it started) when `timeout` runs out.
 */




function commandProvider(run, env) {
    return {
        name: 'command',
        config: { run },
        current: async () => undefined,
        plan: (image) => `run \`${run}\` with MODELGATE_IMAGE=${image}`,
        async rollout(image, context) {
            const code = await runCommand(run, image, context, env);
            if (code === 'cancelled')
                throw new provider/* CancelledError */.cc();
            if (code === 'timeout')
                throw new provider/* RolloutError */.a6(`the command did not finish within ${(0,duration/* formatDuration */.a)(context.timeoutMs)}`);
            if (code !== 0)
                throw new provider/* RolloutError */.a6(`the command exited with ${code}`);
            return { detail: 'the command exited with 0' };
        },
    };
}
function runCommand(run, image, context, env) {
    // The step's environment reaches the script (so `env:` in the workflow does), but not
    // the action's own inputs: INPUT_REGISTRY-PASSWORD and INPUT_GITHUB-TOKEN are secrets.
    const inherited = Object.fromEntries(Object.entries(env).filter(([name]) => !name.toUpperCase().startsWith('INPUT_')));
    const child = (0,external_node_child_process_.spawn)('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', run], {
        env: {
            ...inherited,
            MODELGATE_IMAGE: image,
            MODELGATE_ENVIRONMENT: context.environment,
            MODELGATE_PREVIOUS_IMAGE: context.previousImage ?? '',
            MODELGATE_RELEASE_ID: context.releaseId,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
    });
    for (const stream of [child.stdout, child.stderr])
        (0,external_node_readline_.createInterface)({ input: stream }).on('line', (line) => context.log.info(`  ${line}`));
    // The script and everything it started form one process group: killed together, so
    // nothing outlives the deploy and moves the runtime after it gave up.
    const killGroup = (signal) => {
        try {
            process.kill(-child.pid, signal);
        }
        catch {
            child.kill(signal);
        }
    };
    return new Promise((resolve, reject) => {
        let ended;
        const timer = setTimeout(() => {
            ended = 'timeout';
            killGroup('SIGKILL');
        }, context.timeoutMs);
        let grace;
        const cancel = () => {
            ended ??= 'cancelled';
            killGroup('SIGTERM');
            grace = setTimeout(() => killGroup('SIGKILL'), 2000);
        };
        if (context.signal?.aborted)
            cancel();
        context.signal?.addEventListener('abort', cancel, { once: true });
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(new provider/* RolloutError */.a6(`the command could not start: ${error.message}`, false));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (grace)
                clearTimeout(grace);
            context.signal?.removeEventListener('abort', cancel);
            resolve(ended ?? code ?? (signal ? 128 : 1));
        });
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/git.ts
var core_git = __webpack_require__(7167);
// EXTERNAL MODULE: ./src/oci/reference.ts
var oci_reference = __webpack_require__(9767);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/providers/gitops-files.ts
/**
 * Writes an image digest into the manifests of a GitOps repository, keeping everything
 * else (comments, order, other documents) as it was:
 * - kustomize: an `images:` entry whose `name` or `newName` is the image's repository
 *   gets `digest:` (and loses `newTag`, which kustomize would otherwise combine with it);
 * - Helm values: a mapping whose `repository:` is the image's repository gets `digest:`
 *   (charts render `repository@digest` when it is set; `tag` is left as it was);
 * - plain manifests: every `image:` whose value names the repository becomes
 *   `repository@sha256:…`.
 */




/** Points every reference to `repository` under `root` at `digest`; returns the files that name it. */
async function writeImageDigest(root, repository, digest) {
    const edited = [];
    for (const file of await yamlFiles(root)) {
        const text = await (0,promises_.readFile)(file, 'utf8');
        const documents = (0,dist/* parseAllDocuments */.hR)(text);
        if (!Array.isArray(documents))
            continue;
        if (documents.some((d) => d.errors.length > 0))
            throw new Error(`${(0,external_node_path_.relative)(root, file)} is not valid YAML: ${documents.find((d) => d.errors.length).errors[0].message}`);
        let kind;
        for (const document of documents)
            kind = editDocument(document, repository, digest) ?? kind;
        if (!kind)
            continue;
        edited.push({ path: (0,external_node_path_.relative)(root, file) || file, kind });
        // lineWidth 0: never fold a long image reference across lines.
        const updated = documents.map((d) => d.toString({ lineWidth: 0 })).join('');
        if (updated !== text)
            await (0,promises_.writeFile)(file, updated);
    }
    return edited;
}
function editDocument(document, repository, digest) {
    let kind;
    const images = document.get('images');
    if ((0,dist/* isSeq */.oP)(images))
        for (const entry of images.items)
            if ((0,dist/* isMap */.jh)(entry) &&
                (entry.get('name') === repository || entry.get('newName') === repository)) {
                entry.delete('newTag');
                entry.set('digest', digest);
                kind = 'kustomize';
            }
    (0,dist/* visit */.YR)(document, {
        Map(_, map) {
            if (map.get('repository') === repository) {
                map.set('digest', digest);
                kind ??= 'helm';
            }
        },
        Pair(_, pair) {
            if (!(0,dist/* isScalar */.jn)(pair.key) || pair.key.value !== 'image' || !(0,dist/* isScalar */.jn)(pair.value))
                return;
            const value = pair.value.value;
            if (typeof value === 'string' && (0,oci_reference/* namesRepository */.xt)(value, repository)) {
                pair.value.value = `${repository}@${digest}`;
                kind ??= 'manifest';
            }
        },
    });
    return kind;
}
async function yamlFiles(root) {
    const info = await (0,promises_.stat)(root).catch(() => undefined);
    if (!info)
        throw new Error(`${root} does not exist`);
    if (info.isFile())
        return [root];
    const files = [];
    for (const entry of await (0,promises_.readdir)(root, { withFileTypes: true, recursive: true })) {
        const path = (0,external_node_path_.join)(entry.parentPath, entry.name);
        if (entry.isFile() && /\.ya?ml$/.test(entry.name) && !path.split('/').includes('.git'))
            files.push(path);
    }
    return files.sort();
}

;// CONCATENATED MODULE: ./src/providers/gitops.ts
/**
 * The `gitops` provider: the environment is whatever a Git repository's manifests say;
 * a controller (Argo CD, Flux) applies them. A rollout clones `repository@branch`,
 * writes the image digest into the manifests under `path`, commits with a message that
 * names the release, the model digest and the gate verdict, and pushes. A rollback is a
 * new commit, never a force push; a push that loses a race is redone on the new tip.
 * `repository` is a GitHub `owner/name` (authenticated with the token, sent as a header
 * so it is never in a URL or in .git/config) or any URL git understands.
 */










const PUSH_ATTEMPTS = 3;
function gitopsProvider(settings, access) {
    const github = /^[\w.-]+\/[\w.-]+$/.test(settings.repository);
    const url = github ? `${access.serverUrl}/${settings.repository}.git` : settings.repository;
    const auth = github && access.token
        ? [
            '-c',
            `http.extraheader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${access.token}`).toString('base64')}`,
        ]
        : [];
    const redact = access.token
        ? [access.token, Buffer.from(`x-access-token:${access.token}`).toString('base64')]
        : [];
    const where = `${settings.repository}${settings.branch ? `@${settings.branch}` : ''}:${settings.path}`;
    if (settings.pullRequest && !github)
        throw new errors/* ConfigurationError */.j('pull-request', 'needs repository as a GitHub owner/name (pull requests are opened through the API)', 'true');
    async function attempt(image, context) {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(access.tempDir ?? (0,external_node_os_.tmpdir)(), 'modelgate-gitops-'));
        const git = (args) => (0,core_git/* runGit */.E)(args, { cwd: dir, redact });
        try {
            const branchArgs = settings.branch ? ['--branch', settings.branch] : [];
            await git([
                ...auth,
                'clone',
                '--quiet',
                '--depth',
                '1',
                '--single-branch',
                ...branchArgs,
                url,
                '.',
            ]);
            const branch = settings.branch || (await git(['rev-parse', '--abbrev-ref', 'HEAD']));
            const reference = (0,oci_reference/* parseImageReference */.o_)(image, 'image');
            if (!reference.digest)
                throw new provider/* RolloutError */.a6(`${image} is not by digest`, false);
            const edited = await writeImageDigest((0,external_node_path_.join)(dir, settings.path), (0,oci_reference/* formatReference */.FH)(reference), reference.digest).catch((error) => {
                throw new provider/* RolloutError */.a6(`${where}: ${error.message}`, false, error);
            });
            if (edited.length === 0)
                throw new provider/* RolloutError */.a6(`no manifest under ${where} references ${(0,oci_reference/* formatReference */.FH)(reference)}`, false);
            if ((await git(['status', '--porcelain'])) === '') {
                const head = await git(['rev-parse', 'HEAD']);
                return {
                    detail: `${where} already deploys ${reference.digest} (commit ${head.slice(0, 7)})`,
                    url: commitUrl(head),
                };
            }
            await git(['add', '--all', '--', settings.path]);
            const message = commitMessage(image, context, edited.map((e) => e.path));
            await git([
                '-c',
                'user.name=modelgate',
                '-c',
                'user.email=modelgate@users.noreply.github.com',
                'commit',
                '--quiet',
                '-m',
                message,
            ]);
            if (settings.pullRequest) {
                // A branch of its own: nobody else pushes to it, so there is no race to lose.
                const head = `modelgate/${context.environment}/${context.releaseId}`;
                await git([...auth, 'push', '--quiet', 'origin', `HEAD:refs/heads/${head}`]);
                return { head, base: branch, message };
            }
            try {
                await git([...auth, 'push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`]);
            }
            catch (error) {
                // Only a lost race is retried (the branch moved before, or while, the server took
                // our push); a hook or branch protection refusing the push is final.
                const race = /\(fetch first\)|non-fast-forward|stale info|failed to update ref|cannot lock ref/i;
                if (race.test(error.message))
                    return 'retry';
                throw error;
            }
            const head = await git(['rev-parse', 'HEAD']);
            return {
                detail: `pushed ${head.slice(0, 7)} to ${settings.repository}@${branch} (${edited.map((e) => `${e.path}: ${e.kind}`).join(', ')})`,
                url: commitUrl(head),
            };
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
    /** Opens the pull request and waits until it is merged (healthy), closed, or out of time. */
    async function proposeAndWait(proposal, context) {
        const [owner, repo] = settings.repository.split('/');
        if (!access.client)
            throw new provider/* RolloutError */.a6('pull-request needs a GitHub token', false);
        const client = access.client();
        const [title, ...body] = proposal.message.split('\n');
        let created;
        try {
            created = await client.rest.pulls.create({
                owner,
                repo,
                head: proposal.head,
                base: proposal.base,
                title,
                body: body.join('\n').trim(),
            });
        }
        catch (error) {
            const hint = (0,github_client/* statusOf */.c)(error) === 403 ? ' (the token needs pull-requests: write)' : '';
            throw new provider/* RolloutError */.a6(`could not open the pull request: ${error.message}${hint}`, false);
        }
        const pull = created.data;
        context.log.info(`opened ${pull.html_url}; waiting for it to be merged`);
        const deadline = Date.now() + context.timeoutMs;
        const poll = Math.min(10_000, Math.max(50, context.timeoutMs / 40));
        for (;;) {
            const { data } = await client.rest.pulls.get({ owner, repo, pull_number: pull.number });
            if (data.merged)
                return {
                    detail: `pull request #${pull.number} merged into ${proposal.base}${data.merge_commit_sha ? ` (${data.merge_commit_sha.slice(0, 7)})` : ''}`,
                    url: data.html_url,
                };
            if (data.state === 'closed')
                throw new provider/* RolloutError */.a6(`pull request #${pull.number} was closed without merging`, false);
            if (Date.now() > deadline)
                throw new provider/* RolloutError */.a6(`pull request #${pull.number} was not merged within ${(0,duration/* formatDuration */.a)(context.timeoutMs)}; it stays open: ${pull.html_url}`, false);
            try {
                await (0,provider/* pollPause */.Gn)(poll, context.signal, false);
            }
            catch (error) {
                // Cancelled: nothing reached the environment; close the proposal so that nobody
                // merges a release the ledger records as cancelled.
                await client.rest.pulls
                    .update({ owner, repo, pull_number: pull.number, state: 'closed' })
                    .then(() => context.log.info(`closed ${pull.html_url}: the run was cancelled`), (closing) => context.log.warning(`the run was cancelled, but ${pull.html_url} could not be closed (${closing.message}): close it, do not merge it`));
                // Merged just before it could be closed: it did reach the environment.
                const last = await client.rest.pulls
                    .get({ owner, repo, pull_number: pull.number })
                    .catch(() => undefined);
                if (last?.data.merged !== false)
                    throw new provider/* CancelledError */.cc(true);
                throw error;
            }
        }
    }
    function commitUrl(sha) {
        return github ? `${access.serverUrl}/${settings.repository}/commit/${sha}` : undefined;
    }
    return {
        name: 'gitops',
        config: {
            repository: settings.repository,
            branch: settings.branch,
            path: settings.path,
            ...(settings.pullRequest ? { 'pull-request': 'true' } : {}),
        },
        current: async () => undefined,
        plan: (image) => settings.pullRequest
            ? `commit ${image} to ${where} and open a pull request`
            : `commit ${image} to ${where} and push`,
        async rollout(image, context) {
            for (let i = 1; i <= PUSH_ATTEMPTS; i++) {
                const result = await attempt(image, context).catch((error) => {
                    if (error instanceof provider/* RolloutError */.a6)
                        throw error;
                    throw new provider/* RolloutError */.a6(error.message, false, error);
                });
                if (result === 'retry') {
                    context.log.info(`${settings.repository} moved while committing; redoing on its new tip (${i}/${PUSH_ATTEMPTS})`);
                    continue;
                }
                if (!('head' in result))
                    return result;
                // Until the pull request is merged nothing reached the environment.
                return proposeAndWait(result, context).catch((error) => {
                    if (error instanceof provider/* RolloutError */.a6)
                        throw error;
                    throw new provider/* RolloutError */.a6(error.message, false, error);
                });
            }
            throw new provider/* RolloutError */.a6(`${settings.repository} kept moving: ${PUSH_ATTEMPTS} pushes were rejected`, false);
        },
    };
}
function commitMessage(image, context, files) {
    const digest = image.slice(image.lastIndexOf('@') + 1);
    const title = context.kind === 'rollback'
        ? `modelgate: roll back ${context.environment} to ${digest.slice(0, 19)}`
        : `modelgate: deploy ${digest.slice(0, 19)} to ${context.environment}`;
    return [
        title,
        '',
        `Release: ${context.releaseId}`,
        `Image: ${image}`,
        `Model: ${context.modelDigest ?? 'not recorded'}`,
        `Gate: ${context.gateVerdict ?? 'not recorded'}`,
        ...(context.previousImage ? [`Previous: ${context.previousImage}`] : []),
        ...(context.reason ? [`Reason: ${context.reason}`] : []),
        ...(context.runUrl ? [`Run: ${context.runUrl}`] : []),
        `Files: ${files.join(', ')}`,
    ].join('\n');
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
;// CONCATENATED MODULE: ./src/providers/kube-client.ts
/**
 * A minimal Kubernetes API client for what deploy needs: GET, server-side apply (PATCH
 * `application/apply-patch+yaml` with a field manager), DELETE. It speaks HTTPS with the
 * kubeconfig's CA, client certificate or token (plain HTTP only when the server URL says
 * so), retries transient failures, and turns the API's Status objects into one-line errors.
 */



class KubeError extends Error {
    status;
    constructor(message, status, cause) {
        super(message, cause === undefined ? undefined : { cause });
        this.status = status;
        this.name = 'KubeError';
    }
}
const FIELD_MANAGER = 'modelgate';
class KubeClient {
    target;
    agent;
    constructor(target) {
        this.target = target;
        this.agent = target.server.startsWith('https:')
            ? new external_node_https_.Agent({
                keepAlive: true,
                ca: target.ca,
                cert: target.cert,
                key: target.key,
                rejectUnauthorized: !target.insecure,
            })
            : new external_node_http_.Agent({ keepAlive: true });
    }
    get(path) {
        return this.request('GET', path);
    }
    /** Server-side apply of `object` at `path` (created when missing); returns the stored object. */
    apply(path, object) {
        return this.request('PATCH', `${path}?fieldManager=${FIELD_MANAGER}&force=true`, {
            body: JSON.stringify(object),
            type: 'application/apply-patch+yaml',
        });
    }
    async delete(path) {
        await this.request('DELETE', path, { allow404: true });
    }
    async request(method, path, options = {}) {
        const parse = ({ status, body }) => {
            if (status === 404 && options.allow404)
                return undefined;
            if (status >= 200 && status < 300)
                return (body ? JSON.parse(body) : undefined);
            throw new KubeError(`${method} ${path}: ${describeStatus(body) ?? `HTTP ${status}`}`, status);
        };
        try {
            return parse(await (0,retry/* retrying */.R$)(() => this.send(method, path, options), {
                judgeResult: ({ status }) => (0,retry/* isTransientStatus */.Dm)(status) ? { retry: true, why: `HTTP ${status}` } : { retry: false },
                judgeError: (error) => (0,retry/* isTransientError */.bV)(error)
                    ? { retry: true, why: error.message }
                    : { retry: false },
            }));
        }
        catch (error) {
            if (error instanceof KubeError)
                throw error;
            const cause = error instanceof retry/* RetriesExhausted */.w1 ? error.cause : error;
            throw new KubeError(`${method} ${path}: ${cause.message} (${this.target.server})`, 0, cause);
        }
    }
    send(method, path, options) {
        const url = new URL(path, `${this.target.server}/`);
        const headers = { accept: 'application/json' };
        if (this.target.token)
            headers.authorization = `Bearer ${this.target.token}`;
        else if (this.target.basic)
            headers.authorization = `Basic ${Buffer.from(`${this.target.basic.username}:${this.target.basic.password}`).toString('base64')}`;
        if (options.body !== undefined)
            headers['content-type'] = options.type ?? 'application/json';
        const transport = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
        return new Promise((resolve, reject) => {
            const req = transport.request(url, { method, headers, agent: this.agent, timeout: 30_000 }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
                res.on('error', reject);
            });
            req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
            req.on('error', reject);
            req.end(options.body);
        });
    }
}
/** The message of a Kubernetes Status body, if it is one. */
function describeStatus(body) {
    try {
        const status = JSON.parse(body);
        return status.kind === 'Status' ? status.message : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/providers/kube-config.ts
/**
 * Reads a kubeconfig the way kubectl does for the parts a deploy needs: the context
 * (given, else current-context), its cluster (server, CA, insecure-skip-tls-verify) and
 * its user (bearer token or token file, client certificate and key, basic auth). `exec`
 * and auth-provider plugins are refused with a clear error rather than half-supported.
 */





/** The kubeconfig path: the input, else KUBECONFIG's first file, else ~/.kube/config. */
function kubeconfigPath(input, env) {
    return (input ||
        (env.KUBECONFIG ?? '').split(':').find(Boolean) ||
        (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.kube', 'config'));
}
async function loadKubeconfig(path, contextName) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        throw new errors/* ConfigurationError */.j('kubeconfig', 'cannot be read', path);
    }
    let config;
    try {
        config = ((0,dist/* parse */.qg)(text) ?? {});
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j('kubeconfig', `is not YAML: ${error.message.split('\n')[0]}`, path);
    }
    const find = (list, name) => {
        const entry = (config[list] ?? []).find((e) => e.name === name);
        const key = list.slice(0, -1);
        const value = entry?.[key];
        if (!value)
            throw new errors/* ConfigurationError */.j(contextName ? 'context' : 'kubeconfig', `${path} has no ${key} '${name}'`, name);
        return value;
    };
    const context = contextName || config['current-context'];
    if (!context)
        throw new errors/* ConfigurationError */.j('context', `${path} has no current-context; name one`);
    const ctx = find('contexts', context);
    const cluster = find('clusters', ctx.cluster);
    const user = ctx.user ? find('users', ctx.user) : {};
    if (user.exec || user['auth-provider'])
        throw new errors/* ConfigurationError */.j('kubeconfig', `user '${ctx.user}' uses an exec/auth-provider plugin; give a token or client certificate`, path);
    const base = (0,external_node_path_.dirname)(path);
    const bytes = async (data, file) => typeof data === 'string'
        ? Buffer.from(data, 'base64')
        : typeof file === 'string'
            ? (0,promises_.readFile)((0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(base, file))
            : undefined;
    const server = String(cluster.server ?? '');
    if (!/^https?:\/\//.test(server))
        throw new errors/* ConfigurationError */.j('kubeconfig', `cluster '${ctx.cluster}' has no server URL`, path);
    const token = typeof user.token === 'string'
        ? user.token
        : typeof user.tokenFile === 'string'
            ? (await (0,promises_.readFile)(user.tokenFile, 'utf8')).trim()
            : undefined;
    return {
        server: server.replace(/\/+$/, ''),
        context,
        namespace: ctx.namespace,
        ca: await bytes(cluster['certificate-authority-data'], cluster['certificate-authority']),
        insecure: cluster['insecure-skip-tls-verify'] === true,
        token,
        cert: await bytes(user['client-certificate-data'], user['client-certificate']),
        key: await bytes(user['client-key-data'], user['client-key']),
        basic: typeof user.username === 'string' && typeof user.password === 'string'
            ? { username: user.username, password: user.password }
            : undefined,
    };
}

;// CONCATENATED MODULE: ./src/providers/kube-objects.ts
/**
 * The Kubernetes objects deploy handles: Deployments (their API paths, the canary copy),
 * and manifests read from files with the model image substituted into their pod specs.
 */




/** The API path of a Deployment. */
const deploymentPath = (namespace, name) => `/apis/apps/v1/namespaces/${encodeURIComponent(namespace)}/deployments/${encodeURIComponent(name)}`;
function canaryOf(main, name, container, image, replicas) {
    const labels = {
        ...(main.spec.template.metadata?.labels ?? {}),
        'modelgate.dev/track': 'canary',
    };
    return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: {
            name,
            namespace: main.metadata.namespace,
            labels: { 'modelgate.dev/canary-of': main.metadata.name },
        },
        spec: {
            replicas,
            selector: {
                matchLabels: {
                    ...(main.spec.selector?.matchLabels ?? {}),
                    'modelgate.dev/track': 'canary',
                },
            },
            template: {
                metadata: { labels },
                spec: {
                    ...main.spec.template.spec,
                    containers: main.spec.template.spec.containers.map((c) => c.name === container ? { ...c, image } : c),
                },
            },
        },
    };
}
/** Every object of the manifest files, in order. */
async function readManifests(files) {
    const objects = [];
    for (const file of files) {
        const text = await (0,promises_.readFile)(file, 'utf8').catch(() => {
            throw new errors/* ConfigurationError */.j('manifests', 'cannot be read', file);
        });
        for (const document of (0,dist/* parseAllDocuments */.hR)(text)) {
            if (document.errors.length)
                throw new errors/* ConfigurationError */.j('manifests', `${file} is not valid YAML: ${document.errors[0].message}`, file);
            const object = document.toJS();
            if (object)
                objects.push(object);
        }
    }
    return objects;
}
/** Points every container that runs `repository` at `image`; returns how many. */
function substituteImage(objects, image, repository) {
    let substituted = 0;
    for (const object of objects)
        for (const container of podContainers(object))
            if (typeof container.image === 'string' && (0,oci_reference/* namesRepository */.xt)(container.image, repository)) {
                container.image = image;
                substituted++;
            }
    return substituted;
}
function podContainers(object) {
    const pod = object.spec;
    const spec = (pod?.template?.spec ?? (object.kind === 'Pod' ? pod : undefined));
    return [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])];
}
const CLUSTER_SCOPED = new Set([
    'Namespace',
    'ClusterRole',
    'ClusterRoleBinding',
    'CustomResourceDefinition',
    'PersistentVolume',
    'StorageClass',
    'PriorityClass',
]);
/** The API path of an object: group/version from apiVersion, the plural of its kind. */
function objectPath(object, namespace) {
    const { apiVersion = '', kind = '' } = object;
    if (!apiVersion || !kind || !object.metadata?.name)
        throw new errors/* ConfigurationError */.j('manifests', 'every object needs apiVersion, kind and metadata.name', `${kind} ${object.metadata?.name ?? ''}`);
    const lower = kind.toLowerCase();
    const plural = /(s|x|ch|sh)$/.test(lower)
        ? `${lower}es`
        : /[^aeiou]y$/.test(lower)
            ? `${lower.slice(0, -1)}ies`
            : `${lower}s`;
    const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
    const scope = CLUSTER_SCOPED.has(kind)
        ? ''
        : `/namespaces/${encodeURIComponent(object.metadata.namespace ?? namespace)}`;
    return `${base}${scope}/${plural}/${encodeURIComponent(object.metadata.name)}`;
}

;// CONCATENATED MODULE: ./src/providers/kube-rollout.ts
/** Waiting for a Deployment's rollout the way `kubectl rollout status` does. */



/** Waits like `kubectl rollout status`; returns the final line. */
async function waitForRollout(client, namespace, name, deadline, context) {
    // Quick first looks (most rollouts of a patched image are observed within a tick), then
    // back off to at most a second between reads.
    const most = Math.min(1000, Math.max(25, context.timeoutMs / 40));
    let poll = Math.min(50, most);
    let said = '';
    let lastSaid = 0;
    for (;;) {
        const d = await client.get(deploymentPath(namespace, name));
        const status = d.status ?? {};
        let waiting;
        if ((status.observedGeneration ?? 0) < (d.metadata.generation ?? 0)) {
            waiting = `Waiting for deployment "${name}" spec update to be observed...`;
        }
        else {
            const stuck = status.conditions?.find((c) => c.type === 'Progressing' && c.reason === 'ProgressDeadlineExceeded');
            if (stuck)
                throw new provider/* RolloutError */.a6(`deployment "${name}" exceeded its progress deadline${stuck.message ? `: ${stuck.message}` : ''}`);
            const wanted = d.spec.replicas ?? 1;
            const updated = status.updatedReplicas ?? 0;
            const total = status.replicas ?? 0;
            const available = status.availableReplicas ?? 0;
            if (updated < wanted)
                waiting = `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${wanted} new replicas have been updated...`;
            else if (total > updated)
                waiting = `Waiting for deployment "${name}" rollout to finish: ${total - updated} old replicas are pending termination...`;
            else if (available < updated)
                waiting = `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...`;
            else
                return `deployment "${name}" successfully rolled out (${updated} replicas)`;
        }
        if (waiting !== said || Date.now() - lastSaid > 5000) {
            context.log.info(waiting);
            said = waiting;
            lastSaid = Date.now();
        }
        if (Date.now() > deadline)
            throw new provider/* RolloutError */.a6(`deployment "${name}" did not finish rolling out within ${(0,duration/* formatDuration */.a)(context.timeoutMs)}: ${said}`);
        await (0,provider/* pollPause */.Gn)(poll, context.signal);
        poll = Math.min(most, poll * 1.5);
    }
}

;// CONCATENATED MODULE: ./src/providers/kubernetes.ts
/**
 * The `kubernetes` provider: patch a Deployment's container image by server-side apply
 * (or apply `manifests` with the image substituted), then wait for the rollout the way
 * `kubectl rollout status` does: the spec update observed (observedGeneration), every
 * replica updated, old ones gone, the updated ones available; a `ProgressDeadlineExceeded`
 * condition or the timeout fails it. `strategy: canary` first runs the new image in a
 * `<deployment>-canary` Deployment sized to each step's share of the replicas (its pods
 * carry the same labels, so Services send them their share), then rolls the main one
 * and removes the canary; a failed step removes the canary and leaves the main untouched.
 */








/** Parses `canary-step-duration` (`2m`): how long each step runs; 0 when unset. */
function parseStepDuration(text) {
    if (!text)
        return 0;
    const ms = (0,duration/* parseDuration */.E)(text);
    if (ms === undefined || ms > 24 * 3_600_000)
        throw new errors/* ConfigurationError */.j('canary-step-duration', 'must be a duration such as 30s or 5m, at most 24h', text);
    return ms;
}
/** Parses `canary-steps` (`10,50,100`): increasing percentages, ending at 100. */
function parseCanarySteps(text) {
    if (!text)
        return [10, 50, 100];
    const steps = text
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number);
    if (steps.some((s, i) => !Number.isInteger(s) || s < 1 || s > 100 || (i > 0 && s <= steps[i - 1])))
        throw new errors/* ConfigurationError */.j('canary-steps', 'must be increasing whole percentages from 1 to 100, e.g. 10,50,100', text);
    return steps.at(-1) === 100 ? steps : [...steps, 100];
}
function kubernetesProvider(settings, env) {
    if (!settings.deployment && settings.manifests.length === 0)
        throw new errors/* ConfigurationError */.j('deployment', 'is required by the kubernetes provider (or give manifests)');
    let opened;
    const connect = () => (opened ??= (async () => {
        const target = await loadKubeconfig(kubeconfigPath(settings.kubeconfig, env), settings.context);
        return {
            client: new KubeClient(target),
            namespace: settings.namespace || target.namespace || 'default',
        };
    })());
    const config = { strategy: settings.strategy };
    for (const [key, value] of Object.entries({
        namespace: settings.namespace,
        deployment: settings.deployment,
        container: settings.container,
        manifests: settings.manifests.join('\n'),
        kubeconfig: settings.kubeconfig,
        context: settings.context,
        'canary-steps': settings.strategy === 'canary' ? settings.canarySteps.join(',') : '',
        'canary-step-duration': settings.strategy === 'canary' && settings.canaryStepMs > 0
            ? `${settings.canaryStepMs / 1000}s`
            : '',
    }))
        if (value)
            config[key] = value;
    async function readDeployment(client, namespace, name) {
        try {
            return await client.get(deploymentPath(namespace, name));
        }
        catch (error) {
            if (error instanceof KubeError && error.status === 404)
                throw new provider/* RolloutError */.a6(`deployment "${name}" does not exist in namespace ${namespace}`, false);
            throw new provider/* RolloutError */.a6(error.message, false, error);
        }
    }
    function containerOf(deployment) {
        const names = deployment.spec.template.spec.containers.map((c) => c.name);
        if (settings.container) {
            if (!names.includes(settings.container))
                throw new provider/* RolloutError */.a6(`deployment "${deployment.metadata.name}" has no container "${settings.container}" (it has ${names.join(', ')})`, false);
            return settings.container;
        }
        if (names.length !== 1)
            throw new provider/* RolloutError */.a6(`deployment "${deployment.metadata.name}" has ${names.length} containers (${names.join(', ')}); set container`, false);
        return names[0];
    }
    async function setImage(client, namespace, name, container, image) {
        await client.apply(deploymentPath(namespace, name), {
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            metadata: { name, namespace },
            spec: { template: { spec: { containers: [{ name: container, image }] } } },
        });
    }
    async function rolloutDeployment(image, context, deadline) {
        const { client, namespace } = await connect();
        const name = settings.deployment;
        const main = await readDeployment(client, namespace, name);
        const container = containerOf(main);
        if (settings.strategy === 'canary') {
            const canary = `${name}-canary`;
            const replicas = main.spec.replicas ?? 1;
            try {
                for (const step of settings.canarySteps.filter((s) => s < 100)) {
                    const size = Math.max(1, Math.ceil((replicas * step) / 100));
                    const stepStarted = new Date();
                    await client.apply(deploymentPath(namespace, canary), canaryOf(main, canary, container, image, size));
                    await waitForRollout(client, namespace, canary, deadline, context);
                    context.log.info(`canary ${step}%: ${size} of ${replicas + size} replicas run ${image} and are available`);
                    // The step runs its time (traffic reaches it) before it is judged.
                    if (settings.canaryStepMs > 0)
                        await (0,provider/* pollPause */.Gn)(settings.canaryStepMs, context.signal);
                    if (context.analyseCanary) {
                        const analysis = await context.analyseCanary(context.signal, stepStarted);
                        if (context.signal?.aborted)
                            throw new provider/* CancelledError */.cc(false);
                        if (analysis.verdict !== 'pass')
                            throw new provider/* RolloutError */.a6(`analysis ${analysis.verdict} at ${step}%: ${analysis.reason}`);
                        context.log.info(`canary ${step}%: analysis pass (${analysis.reason})`);
                    }
                }
            }
            catch (error) {
                await client.delete(deploymentPath(namespace, canary)).catch(() => { });
                if (error instanceof provider/* CancelledError */.cc)
                    throw new provider/* CancelledError */.cc(false);
                if (error instanceof provider/* RolloutError */.a6)
                    throw new provider/* RolloutError */.a6(`canary: ${error.message}; the canary was removed`, false, error);
                throw error;
            }
            await setImage(client, namespace, name, container, image);
            const done = await waitForRollout(client, namespace, name, deadline, context);
            await client.delete(deploymentPath(namespace, canary));
            return `canary ${settings.canarySteps.join('% → ')}%: ${done}`;
        }
        await setImage(client, namespace, name, container, image);
        return waitForRollout(client, namespace, name, deadline, context);
    }
    async function rolloutManifests(image, context, deadline) {
        const { client, namespace } = await connect();
        const reference = (0,oci_reference/* parseImageReference */.o_)(image, 'image');
        const repository = (0,oci_reference/* formatReference */.FH)(reference);
        const objects = await readManifests(settings.manifests);
        if (substituteImage(objects, image, repository) === 0)
            throw new provider/* RolloutError */.a6(`no container in ${settings.manifests.join(', ')} runs ${repository}`, false);
        for (const object of objects)
            await client.apply(objectPath(object, namespace), {
                ...object,
                metadata: { ...object.metadata, namespace: object.metadata.namespace ?? namespace },
            });
        const lines = [];
        for (const object of objects.filter((o) => o.kind === 'Deployment'))
            lines.push(await waitForRollout(client, object.metadata.namespace ?? namespace, object.metadata.name, deadline, context));
        return `applied ${objects.length} object(s) server-side; ${lines.join('; ') || 'no Deployment to wait for'}`;
    }
    return {
        name: 'kubernetes',
        config,
        async current() {
            if (!settings.deployment)
                return undefined;
            try {
                const { client, namespace } = await connect();
                const d = await client.get(deploymentPath(namespace, settings.deployment));
                const containers = d.spec.template.spec.containers;
                return (settings.container ? containers.find((c) => c.name === settings.container) : containers[0])?.image;
            }
            catch {
                return undefined;
            }
        },
        plan: (image) => settings.manifests.length > 0
            ? `apply ${settings.manifests.join(', ')} server-side with ${image}`
            : `set deployment/${settings.deployment}${settings.container ? ` container ${settings.container}` : ''} to ${image}${settings.strategy === 'canary' ? ` (canary ${settings.canarySteps.join('% → ')}%)` : ''}`,
        async rollout(image, context) {
            const deadline = Date.now() + context.timeoutMs;
            const detail = settings.manifests.length > 0
                ? await rolloutManifests(image, context, deadline)
                : await rolloutDeployment(image, context, deadline);
            return { detail };
        },
    };
}

// EXTERNAL MODULE: ./src/oci/image-store.ts + 6 modules
var image_store = __webpack_require__(6132);
;// CONCATENATED MODULE: ./src/providers/registry-tag.ts
/**
 * The `registry-tag` provider: what is live in an environment is the image a tag points
 * at (default: the environment's name) in the image's own repository, in a registry or
 * an `oci:` layout. A rollout is one manifest PUT of that tag to the image's manifest,
 * then a read-back of the tag: the move is atomic, so the tag is never on a broken image.
 * A cancelled run aborts the PUT and reads the tag back to say whether it moved (a
 * registry may have applied a PUT whose answer never arrived).
 */




function registryTagProvider(settings, access) {
    const { tag } = settings;
    if (!(0,oci_reference/* isValidTag */.r_)(tag))
        throw new errors/* ConfigurationError */.j('tag', 'is not a valid tag', tag);
    const repository = (0,oci_reference/* parseImageReference */.o_)(settings.image, 'image');
    const name = (0,oci_reference/* formatReference */.FH)(repository);
    let opened;
    const store = () => (opened ??= (0,image_store/* openImageStore */.Nr)(repository, true, access));
    const current = async () => {
        try {
            return `${name}@${(await (await store()).getManifest(tag)).digest}`;
        }
        catch {
            return undefined;
        }
    };
    return {
        name: 'registry-tag',
        config: { tag },
        current,
        plan: (image) => `move ${name}:${tag} to ${image.slice(image.lastIndexOf('@') + 1)}`,
        async rollout(image, { signal }) {
            const target = (0,oci_reference/* parseImageReference */.o_)(image, 'image');
            if ((0,oci_reference/* formatReference */.FH)(target) !== name || !target.digest)
                throw new provider/* RolloutError */.a6(`${image} is not an image of ${name} by digest`, false);
            const destination = await store();
            const manifest = await destination.getManifest(target.digest).catch((error) => {
                throw new provider/* RolloutError */.a6(`${name} has no manifest ${target.digest}: ${error.message}`, false, error);
            });
            const before = await current();
            if (signal?.aborted)
                throw new provider/* CancelledError */.cc(false);
            try {
                await destination.putManifest(manifest, [tag], signal);
            }
            catch (error) {
                if (!signal?.aborted)
                    throw error;
                // Whether the registry applied it is only known by asking (without the signal).
                const after = await current();
                throw new provider/* CancelledError */.cc(after !== before);
            }
            const now = (await destination.getManifest(tag)).digest;
            if (now !== target.digest)
                throw new provider/* RolloutError */.a6(`${name}:${tag} reads back as ${now}, not ${target.digest}`);
            return { detail: `${name}:${tag} → ${target.digest}` };
        },
    };
}

;// CONCATENATED MODULE: ./src/providers/create-provider.ts
/**
 * Builds a provider from its settings: the deploy inputs, or for a rollback the settings
 * recorded with the target release overlaid with any inputs given. Each provider
 * records only its own settings, and never a secret.
 */







/** Provider inputs, by input name, as strings ('' when unset). */
const PROVIDER_INPUTS = [
    'tag',
    'namespace',
    'deployment',
    'container',
    'manifests',
    'kubeconfig',
    'context',
    'strategy',
    'canary-steps',
    'canary-step-duration',
    'repository',
    'branch',
    'path',
    'pull-request',
    'run',
];
/**
 * The provider that restores a release: the one named now, else the one recorded with
 * the release, else registry-tag; the recorded settings kept when it is the same
 * provider, overlaid with the non-empty ones given now.
 */
function restoringProvider(recorded, named, given) {
    const name = (named || recorded?.name || 'registry-tag');
    const settings = {};
    if (recorded?.name === name)
        for (const [key, value] of Object.entries(recorded.config))
            if (typeof value === 'string' && PROVIDER_INPUTS.includes(key))
                settings[key] = value;
    for (const [key, value] of Object.entries(given))
        if (value)
            settings[key] = value;
    return { name, settings };
}
function createProvider(name, settings, deps) {
    const need = (input) => {
        const value = settings[input];
        if (!value)
            throw new errors/* ConfigurationError */.j(input, `is required by the ${name} provider`);
        return value;
    };
    switch (name) {
        case 'registry-tag':
            return registryTagProvider({ tag: settings.tag || deps.environment, image: deps.image }, deps.access);
        case 'command':
            return commandProvider(need('run'), deps.env);
        case 'gitops':
            return gitopsProvider({
                repository: need('repository'),
                branch: settings.branch ?? '',
                path: settings.path || '.',
                pullRequest: parseFlag('pull-request', settings['pull-request']),
            }, {
                token: deps.token,
                serverUrl: deps.env.GITHUB_SERVER_URL || 'https://github.com',
                tempDir: deps.env.RUNNER_TEMP,
                client: () => (0,github_client/* createGitHubClient */.L)(deps.token ?? '', deps.env),
            });
        case 'kubernetes': {
            const strategy = settings.strategy || 'rolling';
            if (strategy !== 'rolling' && strategy !== 'canary')
                throw new errors/* ConfigurationError */.j('strategy', 'must be rolling or canary', strategy);
            return kubernetesProvider({
                namespace: settings.namespace,
                deployment: settings.deployment,
                container: settings.container,
                manifests: (settings.manifests ?? '')
                    .split(/[\n,]/)
                    .map((m) => m.trim())
                    .filter(Boolean),
                kubeconfig: settings.kubeconfig,
                context: settings.context,
                strategy,
                canarySteps: parseCanarySteps(settings['canary-steps']),
                canaryStepMs: parseStepDuration(settings['canary-step-duration']),
            }, deps.env);
        }
    }
}
/** A boolean provider setting (empty is false), spelled as boolean inputs are. */
function parseFlag(input, value) {
    const parsed = value ? (0,inputs/* parseBoolean */.yG)(value) : false;
    if (parsed === undefined)
        throw new errors/* ConfigurationError */.j(input, 'must be true or false', value);
    return parsed;
}


/***/ }),

/***/ 9545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gn: () => (/* binding */ pollPause),
/* harmony export */   a6: () => (/* binding */ RolloutError),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   xq: () => (/* binding */ PROVIDERS)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/**
 * How a release reaches a runtime. Each provider puts an image (always by digest) live
 * in an environment and waits until the runtime confirms it is healthy; deploy and
 * rollback drive them alike, so a rollback goes through the very provider (and the
 * settings recorded with the release) the deploy used.
 */

const PROVIDERS = ['registry-tag', 'kubernetes', 'gitops', 'command'];
/** The rollout did not become healthy (or could not start); `changed` says whether it touched the runtime. */
class RolloutError extends Error {
    changed;
    constructor(message, changed = true, 
    /** What failed underneath (a RegistryError, a KubeError), kept for logs and checks. */
    cause) {
        super(message, cause === undefined ? undefined : { cause });
        this.changed = changed;
        this.name = 'RolloutError';
    }
}
/** The rollout was stopped because the run was cancelled. */
class CancelledError extends RolloutError {
    constructor(changed = true) {
        super('cancelled', changed);
        this.name = 'CancelledError';
    }
}
/**
 * Waits `ms` between polls of a rollout, or throws `CancelledError` as soon as the run is
 * cancelled (the runner allows seconds between SIGINT and the kill).
 */
async function pollPause(ms, signal, changed = true) {
    // Ends early (rejecting) on abort; either way a cancelled run throws CancelledError.
    await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms, undefined, { signal }).catch(() => { });
    if (signal?.aborted)
        throw new CancelledError(changed);
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
/* harmony import */ var _build_labels_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7309);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('model-digest', `disagrees with the image's ${_build_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .MODEL_DIGEST_LABEL */ .wo} label (${imageModel})`, given);
    const model = imageModel ?? given;
    if (report.gate.verdict !== 'pass')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('gate-report', `records gate verdict '${report.gate.verdict}': only a model that passed its gate is deployed`, reportPath);
    const judged = report.gate.model_digest;
    if (!judged)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('gate-report', 'names no model (subject.model.digest): run evaluate-gate with model-digest or validate-report', reportPath);
    if (!model)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('gate-report', `cannot be checked against ${image}: the image has no ${_build_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .MODEL_DIGEST_LABEL */ .wo} label; pass model-digest`, reportPath);
    if (judged !== model)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('gate-report', `judged model ${judged}, but ${image} carries model ${model}: gate this image's model`, reportPath);
    return model;
}
/** Repository, commit, ref, run and actor of this run (the commit from git outside Actions). */
async function sourceOf(run) {
    const sha = await run.commit();
    return {
        ...(run.repository ? { repository: run.repository.fullName } : {}),
        ...(sha ? { sha } : {}),
        ...(run.ref ? { ref: run.ref } : {}),
        ...(run.runUrl ? { run_url: run.runUrl } : {}),
        ...(run.actor ? { actor: run.actor } : {}),
    };
}


/***/ })

};
