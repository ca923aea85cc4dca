export const id = 744;
export const ids = [744];
export const modules = {

/***/ 7309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ parseLabelLines),
/* harmony export */   J0: () => (/* binding */ imageLabels),
/* harmony export */   ag: () => (/* binding */ rfc3339),
/* harmony export */   dc: () => (/* binding */ modelFromLabels),
/* harmony export */   wD: () => (/* binding */ modelTitle),
/* harmony export */   wo: () => (/* binding */ MODEL_DIGEST_LABEL)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/** The labels and annotations every modelgate image carries (SPEC §4). */


/** RFC 3339 for an epoch time in seconds. */
function rfc3339(seconds) {
    return new Date(seconds * 1000).toISOString().replace(/\.000Z$/, 'Z');
}
const MODEL_DIGEST_LABEL = 'dev.modelgate.model.digest';
const MODEL_FORMAT_LABEL = 'dev.modelgate.model.format';
/** The model an image carries, from the labels imageLabels wrote (what deploy records). */
function modelFromLabels(labels) {
    const digest = labels[MODEL_DIGEST_LABEL];
    const format = labels[MODEL_FORMAT_LABEL];
    return { ...(digest ? { digest } : {}), ...(format ? { format } : {}) };
}
/** Standard labels, then the user's (which may not override the model's identity). */
function imageLabels(provenance, extra) {
    const labels = { ...extra };
    const set = (key, value) => {
        if (value !== undefined && value !== '')
            labels[key] = value;
    };
    set('org.opencontainers.image.source', provenance.source);
    set('org.opencontainers.image.revision', provenance.revision);
    set('org.opencontainers.image.created', rfc3339(provenance.created));
    set('org.opencontainers.image.title', provenance.title);
    set(MODEL_DIGEST_LABEL, provenance.modelDigest);
    set(MODEL_FORMAT_LABEL, provenance.modelFormat);
    set('dev.modelgate.model.path', provenance.modelPath);
    set('dev.modelgate.model.signature', provenance.signature);
    return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** The `labels` input: `key=value` lines. */
function parseLabelLines(entries) {
    const labels = {};
    for (const entry of entries) {
        const eq = entry.indexOf('=');
        if (eq <= 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j('labels', 'each line must be key=value', entry);
        labels[entry.slice(0, eq).trim()] = entry.slice(eq + 1).trim();
    }
    return labels;
}
/** The image title: the model file or directory name. */
function modelTitle(model) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(model.replace(/\/+$/, '')) || 'model';
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

/***/ 7253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ isTransientStatus),
/* harmony export */   R$: () => (/* binding */ retrying),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   bV: () => (/* binding */ isTransientError),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   w1: () => (/* binding */ RetriesExhausted)
/* harmony export */ });
/* unused harmony export backoffMs */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Bounded exponential backoff for transient failures (resets, 429, 5xx), and the one
 * retry loop every client uses (the registry, its uploads, the Kubernetes API).
 */

const DEFAULT_RETRY = {
    attempts: 5,
    baseMs: 250,
    maxMs: 8000,
    deadlineMs: 60_000,
};
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_CLOSED',
    'ECONNABORTED',
    'EHOSTUNREACH',
    'ENETUNREACH',
]);
/** True for a status worth retrying. */
const isTransientStatus = (status) => status === 429 || status === 408 || (status >= 500 && status !== 501 && status !== 505);
/** True for a thrown network error worth retrying (fetch wraps the cause). */
function isTransientError(error) {
    let current = error;
    for (let depth = 0; current && depth < 5; depth++) {
        if (current.code && TRANSIENT_CODES.has(current.code))
            return true;
        if (current.name === 'TimeoutError')
            return true;
        current = current.cause;
    }
    return false;
}
/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), if any. */
function retryAfterMs(header, now = Date.now()) {
    if (!header)
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const date = Date.parse(header);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** The wait before attempt `attempt` (1-based retry count), capped. */
function backoffMs(policy, attempt, requested) {
    const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
    return Math.min(policy.maxMs, requested ?? exponential);
}
const FINAL = { retry: false };
/** Thrown when an error stayed worth retrying until the attempts or the deadline ran out. */
class RetriesExhausted extends Error {
    attempts;
    cause;
    constructor(attempts, cause) {
        super(`${cause?.message ?? String(cause)}${attempts > 1 ? ` (after ${attempts} attempts)` : ''}`);
        this.attempts = attempts;
        this.cause = cause;
        this.name = 'RetriesExhausted';
    }
}
/**
 * The one retry loop: runs `attempt` until it gives a result that is final, an error that
 * is not worth retrying (thrown as it is), or the policy's attempts or deadline run out
 * (the last result is returned; the last error thrown as RetriesExhausted). Waits with
 * bounded exponential backoff (or what the verdict asks, e.g. Retry-After); `recover`
 * runs before each new try; a cancelled `signal` ends the wait and the loop.
 */
async function retrying(attempt, options) {
    const policy = options.policy ?? DEFAULT_RETRY;
    const started = Date.now();
    for (let n = 1;; n++) {
        let verdict;
        let value;
        let failure;
        let failed = false;
        try {
            value = await attempt();
            verdict = options.judgeResult?.(value) ?? FINAL;
            if (!verdict.retry)
                return value;
        }
        catch (error) {
            if (options.signal?.aborted)
                throw error;
            verdict = options.judgeError(error);
            if (!verdict.retry)
                throw error;
            failure = error;
            failed = true;
        }
        const wait = backoffMs(policy, n, verdict.afterMs);
        if (n >= policy.attempts || Date.now() - started + wait > policy.deadlineMs) {
            if (failed)
                throw new RetriesExhausted(n, failure);
            return value;
        }
        if (!failed)
            await options.discard?.(value);
        options.onRetry?.(verdict.why, wait, n, policy.attempts - 1);
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(wait, undefined, { signal: options.signal }).catch(() => { });
        if (options.signal?.aborted)
            throw options.signal.reason ?? new Error('cancelled');
        await options.recover?.();
    }
}


/***/ }),

/***/ 6599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ dockerConfigCredentials),
/* harmony export */   mk: () => (/* binding */ basicHeader),
/* harmony export */   xy: () => (/* binding */ parseChallenge)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Registry credentials and the two challenge schemes registries use: Basic, and the
 * Bearer token flow (`WWW-Authenticate: Bearer realm=...,service=...,scope=...`).
 */



/** Parses a WWW-Authenticate header (one challenge). */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*(\w+)\s*(.*)$/.exec(header);
    if (!match)
        return undefined;
    const scheme = match[1].toLowerCase();
    if (scheme !== 'basic' && scheme !== 'bearer')
        return undefined;
    const params = {};
    for (const part of match[2].matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]*))/g))
        params[part[1].toLowerCase()] = part[2] ?? part[3];
    return { scheme, params };
}
const basicHeader = (c) => `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
/**
 * Credentials for a registry from ~/.docker/config.json (`auths` entries), as
 * `docker login` writes them. Credential helpers are not run.
 */
async function dockerConfigCredentials(registry, home = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), env = process.env) {
    const path = env.DOCKER_CONFIG
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.DOCKER_CONFIG, 'config.json')
        : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home, '.docker', 'config.json');
    let config;
    try {
        config = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
    const keys = registry === 'docker.io'
        ? ['https://index.docker.io/v1/', 'docker.io', 'index.docker.io']
        : [registry, `https://${registry}`, `http://${registry}`];
    for (const key of keys) {
        const entry = config.auths?.[key];
        if (!entry)
            continue;
        if (entry.username && entry.password)
            return { username: entry.username, password: entry.password };
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0)
                return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
        }
    }
    return undefined;
}


/***/ }),

/***/ 6132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FE: () => (/* binding */ insecureRegistriesOf),
  i4: () => (/* binding */ layoutStore),
  $V: () => (/* binding */ manifestOf),
  Nr: () => (/* binding */ openImageStore)
});

// UNUSED EXPORTS: registryStore

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(9217);
// EXTERNAL MODULE: ./src/core/digest.ts
var core_digest = __webpack_require__(5543);
;// CONCATENATED MODULE: ./src/oci/layout.ts
/**
 * An OCI image layout on disk (`oci-layout`, `index.json`, `blobs/sha256/...`), as a
 * destination and as a base. Blobs are written to a temporary name and renamed once
 * their digest is verified; index.json is replaced atomically.
 */








const REF_NAME = 'org.opencontainers.image.ref.name';
class ImageLayout {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    /** Opens a layout; `create` makes an empty one when the directory holds none. */
    static async open(dir, create) {
        const layout = new ImageLayout(dir);
        const marker = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'oci-layout'), 'utf8').catch(() => undefined);
        if (marker === undefined) {
            if (!create)
                throw new Error(`${dir} is not an OCI image layout (no oci-layout file)`);
            await (0,promises_.mkdir)((0,external_node_path_.join)(dir, 'blobs', 'sha256'), { recursive: true });
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
            await layout.writeIndex({ schemaVersion: 2, mediaType: media_types/* MediaType */.zu.ociIndex, manifests: [] });
        }
        return layout;
    }
    blobPath(digest) {
        return (0,external_node_path_.join)(this.dir, 'blobs', ...digest.split(':'));
    }
    async hasBlob(digest) {
        return (0,promises_.stat)(this.blobPath(digest)).then((s) => s.isFile(), () => false);
    }
    /** Writes a blob from a stream; verifies `expected` when given. Returns digest and size. */
    async writeBlob(source, expected) {
        const dir = (0,external_node_path_.join)(this.dir, 'blobs', 'sha256');
        await (0,promises_.mkdir)(dir, { recursive: true });
        const temporary = (0,external_node_path_.join)(dir, `.partial-${process.pid}-${Math.random().toString(36).slice(2)}`);
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        try {
            await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from((async function* () {
                for await (const chunk of source) {
                    hash.update(chunk);
                    size += chunk.length;
                    yield chunk;
                }
            })()), (0,external_node_fs_.createWriteStream)(temporary));
            const digest = (0,core_digest/* digestFrom */.Xb)(hash);
            if (expected && digest !== expected)
                throw new Error(`blob content has digest ${digest}, expected ${expected}`);
            await (0,promises_.rename)(temporary, this.blobPath(digest));
            return { digest, size };
        }
        finally {
            await (0,promises_.rm)(temporary, { force: true });
        }
    }
    async writeBlobBytes(bytes) {
        return (await this.writeBlob([bytes])).digest;
    }
    openBlob(digest, start = 0) {
        return (0,external_node_fs_.createReadStream)(this.blobPath(digest), { start, highWaterMark: 1 << 20 });
    }
    /** Reads a blob whole, checking its digest. */
    async readBlob(digest) {
        const bytes = await (0,promises_.readFile)(this.blobPath(digest));
        const actual = (0,core_digest/* sha256Of */.Bj)(bytes);
        if (actual !== digest)
            throw new Error(`blob ${digest} in ${this.dir} is corrupt (digest ${actual})`);
        return bytes;
    }
    async readIndex() {
        return JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(this.dir, 'index.json'), 'utf8'));
    }
    async writeIndex(index) {
        const temporary = (0,external_node_path_.join)(this.dir, `.index.json.${process.pid}`);
        await (0,promises_.writeFile)(temporary, JSON.stringify(index, null, 2) + '\n');
        await (0,promises_.rename)(temporary, (0,external_node_path_.join)(this.dir, 'index.json'));
    }
    /** The manifest descriptor for a tag, or the only one when no tag is given. */
    async resolve(tag) {
        const index = await this.readIndex();
        const matches = tag
            ? index.manifests.filter((m) => m.annotations?.[REF_NAME] === tag)
            : index.manifests;
        if (matches.length === 0)
            throw new Error(`${this.dir} has no image${tag ? ` tagged '${tag}'` : ''}`);
        if (matches.length > 1 && !tag)
            throw new Error(`${this.dir} holds ${matches.length} images; name one with oci:${this.dir}:<tag>`);
        return matches[0];
    }
    /** Points each tag at `descriptor` (replacing what it pointed to); untagged when `tags` is empty. */
    async tag(descriptor, tags) {
        const index = await this.readIndex();
        const names = new Set(tags);
        const kept = index.manifests.filter((m) => {
            const name = m.annotations?.[REF_NAME];
            return name ? !names.has(name) : m.digest !== descriptor.digest;
        });
        const entries = tags.length === 0
            ? [descriptor]
            : tags.map((tag) => ({
                ...descriptor,
                annotations: { ...descriptor.annotations, [REF_NAME]: tag },
            }));
        await this.writeIndex({ ...index, manifests: [...kept, ...entries] });
    }
}

;// CONCATENATED MODULE: ./src/oci/registry-errors.ts
/** What goes wrong talking to a registry, said for people. */
class RegistryError extends Error {
    status;
    transient;
    constructor(message, status, 
    /** A network failure or a status worth trying again (429, 5xx). */
    transient = false, 
    /** What it came from (a network error), for `instanceof` checks and logs. */
    cause) {
        super(message, cause === undefined ? undefined : { cause });
        this.status = status;
        this.transient = transient;
        this.name = 'RegistryError';
    }
}
const UNAUTHORIZED_HINT = 'set registry-username/registry-password (or docker login) with access to it';
/** A URL without its query (upload URLs carry session state) for messages. */
function redact(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname}`;
    }
    catch {
        return url;
    }
}
/** A short reason for a failed fetch (the cause's code and message). */
function describeFetchError(error) {
    const cause = error?.cause;
    if (cause?.code)
        return `${cause.code}${cause.message ? `: ${cause.message}` : ''}`;
    if (error?.name === 'TimeoutError')
        return 'timed out';
    return error?.message ?? String(error);
}

;// CONCATENATED MODULE: ./src/oci/blob-upload.ts
/**
 * Blob uploads (distribution spec "pushing blobs"): a monolithic PUT for a small blob
 * whose digest is known, else a streamed PATCH (in `chunkSize` pieces if set) resumed
 * from the registry's offset after a failure, or restarted when the registry lost the
 * session, with the digest computed from the bytes sent when it was not known.
 */



/** Blobs up to this size with a known digest go in a single PUT. */
const MONOLITHIC_MAX = 64 << 20;
async function startUpload(transport) {
    const response = await transport.request('POST', transport.path('blobs/uploads/'), {
        expect: [202],
    });
    await response.body?.cancel();
    const location = response.headers.get('location');
    if (!location)
        throw new RegistryError(`${transport.registry}: upload started without a Location`);
    return transport.resolve(location);
}
/** Uploads a blob and returns its digest. */
async function uploadBlob(transport, source, options) {
    const { onBytes } = options;
    if (source.digest && source.size <= MONOLITHIC_MAX) {
        const digest = source.digest;
        let location = await startUpload(transport);
        await transport.retryStep(`upload of ${digest}`, async () => {
            const response = await transport.request('PUT', withQuery(location, 'digest', digest), {
                headers: {
                    'content-type': 'application/octet-stream',
                    'content-length': String(source.size),
                },
                body: () => tap(source.open(0), onBytes),
                expect: [201],
                timeoutMs: 0,
                retries: false,
            });
            await response.body?.cancel();
        }, async () => {
            location = await startUpload(transport);
        });
        return digest;
    }
    return uploadChunked(transport, source, options);
}
async function uploadChunked(transport, source, { chunkSize, onBytes }) {
    let hash = source.digest ? undefined : (0,external_node_crypto_.createHash)('sha256');
    let hashed = 0;
    let location = await startUpload(transport);
    let offset = 0;
    const sendChunk = async () => {
        const from = offset;
        const end = Math.min(from + chunkSize, source.size);
        const response = await transport.request('PATCH', location, {
            headers: {
                'content-type': 'application/octet-stream',
                'content-range': `${from}-${end - 1}`,
                'content-length': String(end - from),
            },
            body: () => slice(source.open(from), end - from, (chunk, at) => {
                if (hash && from + at + chunk.length > hashed) {
                    hash.update(chunk.subarray(Math.max(0, hashed - from - at)));
                    hashed = from + at + chunk.length;
                }
                onBytes?.(chunk.length);
            }),
            expect: [202],
            timeoutMs: 0,
            retries: false,
        });
        await response.body?.cancel();
        location = transport.resolve(response.headers.get('location') ?? location);
        offset = end;
    };
    const recover = async () => {
        const status = await uploadStatus(transport, location).catch(() => undefined);
        if (status) {
            transport.log?.info(`upload interrupted at ${offset}; the registry holds ${status.offset} bytes, resuming`);
            location = status.location;
            offset = status.offset;
        }
        else {
            transport.log?.info('the registry lost the interrupted upload; starting it again');
            location = await startUpload(transport);
            offset = 0;
            if (hash) {
                hash = (0,external_node_crypto_.createHash)('sha256');
                hashed = 0;
            }
        }
    };
    while (offset < source.size)
        await transport.retryStep(`chunk at ${offset}`, sendChunk, recover);
    const digest = source.digest ?? (0,core_digest/* digestFrom */.Xb)(hash);
    const response = await transport.request('PUT', withQuery(location, 'digest', digest), {
        headers: { 'content-length': '0' },
        body: () => Buffer.alloc(0),
        expect: [201],
    });
    await response.body?.cancel();
    return digest;
}
/** How much of an upload the registry holds (GET on the upload URL). */
async function uploadStatus(transport, location) {
    const response = await transport.request('GET', location, { expect: [204] });
    const range = /^(?:bytes=)?0-(\d+)$/.exec(response.headers.get('range') ?? '');
    // docker-registry says `0-0` for an upload that holds nothing yet: 0-0 is read as
    // nothing (resending one byte costs nothing; skipping one corrupts the blob).
    const end = range ? Number(range[1]) : -1;
    return {
        location: transport.resolve(response.headers.get('location') ?? location),
        offset: end > 0 ? end + 1 : 0,
    };
}
function withQuery(url, key, value) {
    const parsed = new URL(url);
    parsed.searchParams.set(key, value);
    return parsed.toString();
}
async function* tap(source, onBytes) {
    for await (const chunk of source) {
        onBytes?.(chunk.length);
        yield chunk;
    }
}
/** The first `length` bytes of a stream, reporting each chunk with its offset. */
async function* slice(source, length, seen) {
    let at = 0;
    for await (const chunk of source) {
        const part = chunk.length > length - at ? chunk.subarray(0, length - at) : chunk;
        seen(part, at);
        at += part.length;
        yield part;
        if (at >= length)
            break;
    }
    if (at < length)
        throw new Error(`blob source ended at ${at} of ${length} bytes`);
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(9767);
// EXTERNAL MODULE: ./src/oci/auth.ts
var auth = __webpack_require__(6599);
;// CONCATENATED MODULE: ./src/oci/registry-auth.ts
/**
 * Registry authentication as the distribution spec's token flow has it: a 401's
 * `WWW-Authenticate` challenge answered with Basic credentials, or with a Bearer token
 * fetched from the realm for the scopes the request needs (cached per scope set).
 */


class RegistryAuth {
    registry;
    repository;
    credentials;
    push;
    fetchToken;
    /** The Authorization header to send, once a challenge was answered. */
    header;
    tokens = new Map();
    constructor(registry, repository, credentials, push, 
    /** GETs the token URL (with the client's retries). */
    fetchToken) {
        this.registry = registry;
        this.repository = repository;
        this.credentials = credentials;
        this.push = push;
        this.fetchToken = fetchToken;
    }
    scopeFor(extraPull = []) {
        const own = `repository:${this.repository}:${this.push ? 'pull,push' : 'pull'}`;
        return [own, ...extraPull.map((repo) => `repository:${repo}:pull`)];
    }
    /** Obtains an Authorization header for a 401 challenge; false when none can be had. */
    async answer(response, extraPull) {
        const challenge = (0,auth/* parseChallenge */.xy)(response.headers.get('www-authenticate'));
        const credentials = this.credentials;
        if (!challenge)
            return false;
        if (challenge.scheme === 'basic') {
            if (!credentials)
                return false;
            this.header = (0,auth/* basicHeader */.mk)(credentials);
            return true;
        }
        const realm = challenge.params.realm;
        if (!realm)
            throw new RegistryError(`${this.registry}: Bearer challenge without a realm`);
        const scopes = challenge.params.scope
            ? [challenge.params.scope, ...this.scopeFor(extraPull)]
            : this.scopeFor(extraPull);
        const key = scopes.join(' ');
        const cached = this.tokens.get(key);
        if (cached && this.header !== `Bearer ${cached}`) {
            this.header = `Bearer ${cached}`;
            return true;
        }
        const url = new URL(realm);
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        for (const scope of new Set(scopes))
            url.searchParams.append('scope', scope);
        const tokenResponse = await this.fetchToken(url, credentials ? { authorization: (0,auth/* basicHeader */.mk)(credentials) } : {});
        if (tokenResponse.status === 401 || tokenResponse.status === 403) {
            throw new RegistryError(`${this.registry}: the token service refused the credentials (${tokenResponse.status}); ${UNAUTHORIZED_HINT}`, tokenResponse.status);
        }
        if (!tokenResponse.ok)
            throw new RegistryError(`${this.registry}: token service answered ${tokenResponse.status}`, tokenResponse.status);
        const body = (await tokenResponse.json().catch(() => ({})));
        const token = body.token ?? body.access_token;
        if (!token)
            throw new RegistryError(`${this.registry}: token service returned no token`);
        this.tokens.set(key, token);
        this.header = `Bearer ${token}`;
        return true;
    }
}

;// CONCATENATED MODULE: ./src/oci/registry-transport.ts
/**
 * The registry's HTTP transport: one logical request (auth round trip on a 401, retries
 * of transient failures with the core retry loop, a status the caller expects or a
 * RegistryError naming what failed), streamed bodies over node:http, and the retry of
 * whole upload steps. The operations (blobs, uploads, manifests) build on it.
 */







class RegistryTransport {
    base;
    registry;
    repository;
    log;
    auth;
    retry;
    agent;
    constructor(options) {
        this.registry = options.registry;
        this.repository = options.repository;
        this.log = options.log;
        const plain = (0,reference/* isLoopback */.U9)(options.registry) || options.insecure;
        this.base = `${plain ? 'http' : 'https'}://${(0,reference/* registryHost */.U$)(options.registry)}`;
        this.retry = options.retry ?? retry/* DEFAULT_RETRY */.vI;
        this.agent = plain ? new external_node_http_.Agent({ keepAlive: true }) : new external_node_https_.Agent({ keepAlive: true });
        this.auth = new RegistryAuth(options.registry, options.repository, options.credentials, options.push ?? false, (url, headers) => this.withRetries('GET', url.toString(), this.retry.attempts, async () => fetch(url, { headers, signal: AbortSignal.timeout(30_000) })));
    }
    /** The URL of `suffix` in this repository (`blobs/...`, `manifests/...`). */
    path(suffix) {
        return `${this.base}/v2/${this.repository}/${suffix}`;
    }
    /** A Location header as an absolute URL. */
    resolve(location) {
        return new URL(location, this.base).toString();
    }
    /** One logical request with retries on transient failures and one auth round trip. */
    async request(method, url, options) {
        let authAttempts = 0;
        for (;;) {
            const response = await this.withRetries(method, url, options.retries === false ? 1 : this.retry.attempts, () => {
                const headers = { ...options.headers };
                if (this.auth.header)
                    headers.authorization = this.auth.header;
                const body = options.body?.();
                if (body !== undefined && !Buffer.isBuffer(body))
                    return this.sendStream(method, url, headers, body);
                const timeout = options.timeoutMs === 0 ? undefined : AbortSignal.timeout(options.timeoutMs ?? 60_000);
                const signals = [timeout, options.signal].filter((s) => s !== undefined);
                return fetch(url, {
                    method,
                    headers,
                    body,
                    redirect: 'follow',
                    signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
                });
            }, options.signal);
            if (response.status === 401 && authAttempts === 0) {
                authAttempts += 1;
                await response.body?.cancel();
                if (await this.auth.answer(response, options.extraPull ?? []))
                    continue;
                throw new RegistryError(`${this.registry}/${this.repository}: authentication required; ${UNAUTHORIZED_HINT}`, 401);
            }
            if (options.expect.includes(response.status))
                return response;
            throw await this.errorFrom(response, method, url, authAttempts > 0);
        }
    }
    /** One request's attempts: transient statuses and network errors tried again (retrying). */
    async withRetries(method, url, attempts, attempt, signal) {
        const what = `${method} ${redact(url)}`;
        try {
            return await (0,retry/* retrying */.R$)(attempt, {
                policy: { ...this.retry, attempts },
                judgeResult: (response) => (0,retry/* isTransientStatus */.Dm)(response.status)
                    ? {
                        retry: true,
                        why: `HTTP ${response.status}`,
                        afterMs: (0,retry/* retryAfterMs */.Vs)(response.headers.get('retry-after')),
                    }
                    : { retry: false },
                judgeError: (error) => (0,retry/* isTransientError */.bV)(error)
                    ? { retry: true, why: describeFetchError(error) }
                    : { retry: false },
                discard: async (response) => void (await response.body?.cancel()),
                onRetry: (why, wait, n, of) => this.log?.info(`${what}: ${why}; retrying in ${wait} ms (${n}/${of})`),
                signal,
            });
        }
        catch (error) {
            if (signal?.aborted)
                throw new RegistryError(`${what}: cancelled`, undefined, false, error);
            if (error instanceof retry/* RetriesExhausted */.w1)
                throw new RegistryError(`${what}: ${describeFetchError(error.cause)}${error.attempts > 1 ? ` (after ${error.attempts} attempts)` : ''}`, undefined, true, error.cause);
            throw new RegistryError(`${what}: ${describeFetchError(error)}`, undefined, false, error);
        }
    }
    /** Runs an upload step again on transient failures, with backoff; `recover` prepares the next try. */
    retryStep(what, step, recover) {
        return (0,retry/* retrying */.R$)(step, {
            policy: this.retry,
            judgeError: (error) => error instanceof RegistryError && error.transient
                ? { retry: true, why: error.message }
                : { retry: false },
            recover,
            onRetry: (why, wait, n, of) => this.log?.info(`${what} failed (${why}); trying again in ${wait} ms (${n}/${of})`),
        }).catch((error) => {
            // The last transient failure, as it was (its message says what failed).
            throw error instanceof retry/* RetriesExhausted */.w1 ? error.cause : error;
        });
    }
    /**
     * Sends a streamed body with node:http (written with backpressure, no WHATWG stream
     * conversion: far less CPU per gigabyte than fetch) and answers as a fetch Response.
     */
    sendStream(method, url, headers, body) {
        return new Promise((resolve, reject) => {
            const target = new URL(url);
            const transport = target.protocol === 'https:' ? external_node_https_ : external_node_http_;
            const request = transport.request(target, { method, headers, agent: this.agent }, (response) => {
                const chunks = [];
                response.on('data', (chunk) => chunks.push(chunk));
                response.on('error', reject);
                response.on('end', () => {
                    const responseHeaders = new Headers();
                    for (const [key, value] of Object.entries(response.headers)) {
                        if (value !== undefined)
                            responseHeaders.set(key, Array.isArray(value) ? value.join(', ') : value);
                    }
                    const status = response.statusCode ?? 500;
                    const content = [204, 205, 304].includes(status) ? null : Buffer.concat(chunks);
                    resolve(new Response(content, { status, headers: responseHeaders }));
                });
            });
            request.on('error', reject);
            (async () => {
                for await (const chunk of body) {
                    if (!request.write(chunk))
                        await (0,external_node_events_.once)(request, 'drain');
                }
                request.end();
            })().catch((error) => {
                request.destroy(error);
                reject(error);
            });
        });
    }
    async errorFrom(response, method, url, authenticated) {
        const text = await response.text().catch(() => '');
        let detail = text.slice(0, 200).replace(/\s+/g, ' ').trim();
        try {
            const parsed = JSON.parse(text);
            if (parsed.errors?.length)
                detail = parsed.errors.map((e) => `${e.code}: ${e.message}`).join('; ');
        }
        catch {
            // not JSON: keep the text
        }
        if (response.status === 401 || response.status === 403) {
            const why = authenticated ? 'the credentials were refused' : 'access denied';
            return new RegistryError(`${this.registry}/${this.repository}: ${why} (${response.status}); ${UNAUTHORIZED_HINT}`, response.status);
        }
        // A 429 or 5xx is worth another try: uploads (sent once per try) retry on it too.
        return new RegistryError(`${method} ${redact(url)}: HTTP ${response.status}${detail ? ` (${detail})` : ''}`, response.status, (0,retry/* isTransientStatus */.Dm)(response.status));
    }
}

;// CONCATENATED MODULE: ./src/oci/registry-client.ts
/**
 * A client for the OCI Distribution API, written for this project because no
 * well-kept TypeScript one exists. It covers what pushing a model image needs: ping,
 * auth (anonymous, Basic, Bearer token flow with scopes), blob HEAD/GET, cross-
 * repository mount, monolithic and chunked (resumable) uploads, manifest and index
 * GET/PUT, tag listing. Transient failures are retried with bounded backoff. The HTTP
 * transport and its auth (registry-transport.ts, registry-auth.ts) and blob uploads
 * (blob-upload.ts) live beside it; this is the API the image stores use.
 */





class RegistryClient {
    base;
    registry;
    repository;
    transport;
    chunkSize;
    constructor(options) {
        this.transport = new RegistryTransport(options);
        this.base = this.transport.base;
        this.registry = options.registry;
        this.repository = options.repository;
        this.chunkSize = options.chunkSize ?? Number.MAX_SAFE_INTEGER;
    }
    request(...args) {
        return this.transport.request(...args);
    }
    path(suffix) {
        return this.transport.path(suffix);
    }
    resolve(location) {
        return this.transport.resolve(location);
    }
    /** GET /v2/: checks the registry answers (and primes authentication). */
    async ping() {
        const response = await this.request('GET', `${this.base}/v2/`, { expect: [200] });
        await response.body?.cancel();
    }
    /** Size of a blob the repository already has, or undefined. */
    async blobSize(digest) {
        const response = await this.request('HEAD', this.path(`blobs/${digest}`), {
            expect: [200, 404],
        });
        if (response.status === 404)
            return undefined;
        return Number(response.headers.get('content-length') ?? -1);
    }
    /** Streams a blob. */
    async getBlob(digest) {
        const response = await this.request('GET', this.path(`blobs/${digest}`), {
            expect: [200],
            timeoutMs: 0,
        });
        if (!response.body)
            throw new RegistryError(`GET blob ${digest}: empty response`);
        return response.body;
    }
    /** Reads a small blob whole and checks its digest. */
    async getBlobBytes(digest) {
        const chunks = [];
        for await (const chunk of await this.getBlob(digest))
            chunks.push(Buffer.from(chunk));
        const bytes = Buffer.concat(chunks);
        const actual = (0,core_digest/* sha256Of */.Bj)(bytes);
        if (actual !== digest)
            throw new RegistryError(`blob ${digest} has digest ${actual}: the registry returned something else`);
        return bytes;
    }
    /** Cross-repository mount: true when the registry linked the blob without an upload. */
    async mountBlob(digest, from) {
        const url = `${this.path('blobs/uploads/')}?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`;
        const response = await this.request('POST', url, { expect: [201, 202], extraPull: [from] });
        await response.body?.cancel();
        if (response.status === 201)
            return true;
        const location = response.headers.get('location');
        if (location)
            await this.request('DELETE', this.resolve(location), { expect: [204, 404, 405] })
                .then((r) => r.body?.cancel())
                .catch(() => { });
        return false;
    }
    /** Uploads a blob and returns its digest (blob-upload.ts). */
    uploadBlob(source, onBytes) {
        return uploadBlob(this.transport, source, { chunkSize: this.chunkSize, onBytes });
    }
    /** GET a manifest or index by tag or digest; the digest is computed from the bytes. */
    async getManifest(reference) {
        const response = await this.request('GET', this.path(`manifests/${reference}`), {
            headers: { accept: media_types/* MANIFEST_ACCEPT */.dY },
            expect: [200],
        });
        const bytes = Buffer.from(await response.arrayBuffer());
        const digest = (0,core_digest/* sha256Of */.Bj)(bytes);
        if (reference.startsWith('sha256:') && reference !== digest)
            throw new RegistryError(`manifest ${reference} has digest ${digest}`);
        let mediaType = response.headers.get('content-type')?.split(';')[0].trim() ?? '';
        try {
            mediaType =
                JSON.parse(bytes.toString('utf8')).mediaType ?? mediaType;
        }
        catch {
            throw new RegistryError(`manifest ${reference} of ${this.registry}/${this.repository} is not JSON`);
        }
        return { mediaType, digest, bytes };
    }
    /** True when a manifest exists for the reference. */
    async hasManifest(reference, signal) {
        const response = await this.request('HEAD', this.path(`manifests/${reference}`), {
            signal,
            headers: { accept: media_types/* MANIFEST_ACCEPT */.dY },
            expect: [200, 404],
        });
        return response.status === 200;
    }
    /**
     * PUT a manifest by tag or digest; checks the registry computed the same digest.
     * Returns the `OCI-Subject` the registry answered with: a registry that indexes
     * referrers itself says so there (distribution spec 1.1).
     */
    async putManifest(reference, manifest, signal) {
        const response = await this.request('PUT', this.path(`manifests/${reference}`), {
            signal,
            headers: { 'content-type': manifest.mediaType },
            body: () => manifest.bytes,
            expect: [201],
        });
        await response.body?.cancel();
        const echoed = response.headers.get('docker-content-digest');
        if (echoed && echoed !== manifest.digest)
            throw new RegistryError(`registry stored manifest as ${echoed}, not ${manifest.digest}`);
        const subject = response.headers.get('oci-subject');
        return subject ? { subject } : {};
    }
    /** A manifest by tag or digest, or undefined when the registry has none (404). */
    async findManifest(reference) {
        if (!(await this.hasManifest(reference)))
            return undefined;
        return this.getManifest(reference);
    }
    /**
     * The referrers of a manifest from the referrers API (an image index), or undefined
     * when the registry does not offer it (404: the client falls back to the tag schema).
     */
    async getReferrers(digest) {
        const response = await this.request('GET', this.path(`referrers/${digest}`), {
            headers: { accept: media_types/* MediaType */.zu.ociIndex },
            expect: [200, 404],
        });
        if (response.status === 404) {
            await response.body?.cancel();
            return undefined;
        }
        const type = response.headers.get('content-type')?.split(';')[0].trim();
        const bytes = Buffer.from(await response.arrayBuffer());
        // A registry without the API may answer 200 with something else for an unknown path.
        return type === media_types/* MediaType */.zu.ociIndex ? bytes : undefined;
    }
    /** All tags of the repository (empty when it does not exist yet). */
    async listTags() {
        const tags = [];
        let url = this.path('tags/list?n=1000');
        while (url) {
            const response = await this.request('GET', url, { expect: [200, 404] });
            if (response.status === 404)
                return tags;
            const body = (await response.json().catch(() => ({})));
            tags.push(...(body.tags ?? []));
            const next = /<([^>]+)>;\s*rel="?next"?/.exec(response.headers.get('link') ?? '');
            url = next ? this.resolve(next[1]) : undefined;
        }
        return tags;
    }
}

;// CONCATENATED MODULE: ./src/oci/image-store.ts



/** Wraps JSON bytes as a manifest with its digest. */
function manifestOf(mediaType, value) {
    const bytes = Buffer.from(JSON.stringify(value));
    return { mediaType, bytes, digest: (0,core_digest/* sha256Of */.Bj)(bytes) };
}
/** Wraps a blob source so every byte handed to the transport is counted (retries too). */
function counting(source, count) {
    return {
        ...source,
        open: async function* (start) {
            for await (const chunk of source.open(start)) {
                count(chunk.length);
                yield chunk;
            }
        },
    };
}
/** A registry repository as an image store; bytesSent counts blob bytes only. */
function registryStore(client) {
    let sent = 0;
    return {
        name: `${client.registry}/${client.repository}`,
        client,
        hasBlob: async (digest) => (await client.blobSize(digest)) !== undefined,
        openBlob: (digest) => client.getBlob(digest),
        readBlob: (digest) => client.getBlobBytes(digest),
        putBlob: (source, onBytes) => client.uploadBlob(counting(source, (n) => (sent += n)), onBytes),
        getManifest: (reference) => client.getManifest(reference),
        findManifest: (reference) => client.findManifest(reference),
        async putManifest(manifest, tags, signal) {
            if (!(await client.hasManifest(manifest.digest, signal)))
                await client.putManifest(manifest.digest, manifest, signal);
            for (const tag of tags)
                await client.putManifest(tag, manifest, signal);
        },
        async putReferrer(manifest) {
            const { subject } = await client.putManifest(manifest.digest, manifest);
            return subject !== undefined;
        },
        getReferrers: (digest) => client.getReferrers(digest),
        isEmpty: async () => (await client.listTags()).length === 0,
        bytesSent: () => sent,
    };
}
/** An OCI image layout directory as an image store. */
async function layoutStore(dir, create) {
    const layout = await ImageLayout.open(dir, create);
    let written = 0;
    const store = {
        name: `oci:${dir}`,
        hasBlob: (digest) => layout.hasBlob(digest),
        openBlob: async (digest) => layout.openBlob(digest),
        readBlob: (digest) => layout.readBlob(digest),
        async putBlob(source, onBytes) {
            const counted = (async function* () {
                for await (const chunk of source.open(0)) {
                    written += chunk.length;
                    onBytes?.(chunk.length);
                    yield chunk;
                }
            })();
            return (await layout.writeBlob(counted, source.digest)).digest;
        },
        async getManifest(reference) {
            const digest = reference.startsWith('sha256:')
                ? reference
                : (await layout.resolve(reference || undefined)).digest;
            const bytes = await layout.readBlob(digest);
            const mediaType = JSON.parse(bytes.toString('utf8')).mediaType ?? '';
            return { mediaType, digest, bytes };
        },
        async findManifest(reference) {
            if (reference.startsWith('sha256:'))
                return (await layout.hasBlob(reference)) ? store.getManifest(reference) : undefined;
            const tagged = (await layout.readIndex()).manifests.some((m) => m.annotations?.['org.opencontainers.image.ref.name'] === reference);
            return tagged ? store.getManifest(reference) : undefined;
        },
        async putReferrer(manifest) {
            if (!(await layout.hasBlob(manifest.digest)))
                await layout.writeBlobBytes(manifest.bytes);
            return false;
        },
        getReferrers: async () => undefined,
        async putManifest(manifest, tags) {
            if (!(await layout.hasBlob(manifest.digest)))
                await layout.writeBlobBytes(manifest.bytes);
            // Per-platform manifests of an index are blobs only; index.json lists what is tagged.
            if (tags.length > 0)
                await layout.tag({ mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length }, tags);
        },
        isEmpty: async () => (await layout.readIndex()).manifests.length === 0,
        bytesSent: () => written,
    };
    return store;
}
/** Opens the store an image reference names; `push` asks for write access (and creates layouts). */
async function openImageStore(ref, push, access) {
    if (ref.kind === 'layout')
        return layoutStore(ref.dir, push);
    const client = new RegistryClient({
        registry: ref.registry,
        repository: ref.repository,
        credentials: await access.credentials(ref.registry),
        insecure: access.insecureRegistries.includes(ref.registry),
        push,
        log: access.log,
    });
    return registryStore(client);
}
/** Registries named in MODELGATE_INSECURE_REGISTRIES (comma-separated), reached over plain HTTP. */
function insecureRegistriesOf(env) {
    return (env.MODELGATE_INSECURE_REGISTRIES ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}


/***/ }),

/***/ 9217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ platformName),
/* harmony export */   H8: () => (/* binding */ toOciMediaType),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   nw: () => (/* binding */ isIndex),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/** Media types of the OCI image spec and their Docker schema 2 counterparts. */
const MediaType = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayer: 'application/vnd.oci.image.layer.v1.tar',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    dockerForeignLayerGzip: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
};
/** Every manifest type we read, for the Accept header. */
const MANIFEST_ACCEPT = [
    MediaType.ociIndex,
    MediaType.ociManifest,
    MediaType.dockerManifestList,
    MediaType.dockerManifest,
].join(', ');
const isIndex = (mediaType) => mediaType === MediaType.ociIndex || mediaType === MediaType.dockerManifestList;
/** The OCI media type with the same bytes as a (possibly Docker) layer or config type. */
function toOciMediaType(mediaType) {
    switch (mediaType) {
        case MediaType.dockerLayerGzip:
        case MediaType.dockerForeignLayerGzip:
            return MediaType.ociLayerGzip;
        case MediaType.dockerConfig:
            return MediaType.ociConfig;
        case MediaType.dockerManifest:
            return MediaType.ociManifest;
        case MediaType.dockerManifestList:
            return MediaType.ociIndex;
        default:
            return mediaType;
    }
}
/** `linux/amd64/v8` for a platform. */
function platformName(platform) {
    if (!platform)
        return 'unknown';
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}


/***/ }),

/***/ 9767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   U$: () => (/* binding */ registryHost),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   o_: () => (/* binding */ parseImageReference),
/* harmony export */   r_: () => (/* binding */ isValidTag),
/* harmony export */   xt: () => (/* binding */ namesRepository)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5543);
/**
 * Image references: `registry/repository[:tag][@sha256:...]` (Docker Hub short names
 * included) and `oci:<dir>[:tag]` for an OCI image layout on disk.
 */


const COMPONENT = '[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*';
const REPOSITORY = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/** True for a tag the distribution spec accepts. */
const isValidTag = (tag) => TAG.test(tag);
/** Parses an image reference; `input` names the action input in errors. */
function parseImageReference(text, input) {
    const value = text.trim();
    if (value.startsWith('oci:')) {
        let rest = value.slice(4);
        let digest;
        const at = rest.lastIndexOf('@');
        if (at >= 0 && /^sha256:/.test(rest.slice(at + 1))) {
            digest = rest.slice(at + 1);
            rest = rest.slice(0, at);
            if (!(0,_core_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(digest))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(input, `'${digest}' is not a sha256 digest`, text);
        }
        const colon = rest.lastIndexOf(':');
        const slash = rest.lastIndexOf('/');
        const hasTag = colon > slash && colon > 0;
        const dir = hasTag ? rest.slice(0, colon) : rest;
        const tag = hasTag ? rest.slice(colon + 1) : undefined;
        if (!dir)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(input, 'oci: needs a directory', text);
        if (tag !== undefined && !TAG.test(tag))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(input, `'${tag}' is not a valid tag`, text);
        return { kind: 'layout', dir, tag, digest };
    }
    let rest = value;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!(0,_core_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(digest))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(input, `'${digest}' is not a sha256 digest`, text);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(input, `'${tag}' is not a valid tag`, text);
    }
    const slash = rest.indexOf('/');
    const first = slash < 0 ? '' : rest.slice(0, slash);
    let registry;
    let repository;
    if (first && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        registry = first;
        repository = rest.slice(slash + 1);
    }
    else {
        registry = 'docker.io';
        repository = rest.includes('/') ? rest : `library/${rest}`;
    }
    if (!REPOSITORY.test(repository)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(input, `'${repository}' is not a valid repository name (lowercase letters, digits, separators)`, text);
    }
    return { kind: 'registry', registry, repository, tag, digest };
}
/** The host to talk to for a registry name (Docker Hub's API lives elsewhere). */
function registryHost(registry) {
    return registry === 'docker.io' ? 'registry-1.docker.io' : registry;
}
/** True for registries on this machine, the only ones plain HTTP is used for by default. */
function isLoopback(registry) {
    const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
/** `registry/repository` (or `oci:dir`) for messages and outputs. */
function formatReference(ref) {
    if (ref.kind === 'layout')
        return `oci:${ref.dir}`;
    return `${ref.registry}/${ref.repository}`;
}
/** True when `value` names an image of `repository` (`repo`, `repo:tag`, `repo@sha256:…`, or both). */
function namesRepository(value, repository) {
    if (!value.startsWith(repository))
        return false;
    const rest = value.slice(repository.length);
    return rest === '' || /^(:[\w][\w.-]{0,127})?(@sha256:[a-f0-9]{64})?$/.test(rest);
}


/***/ })

};
