export const id = 918;
export const ids = [918];
export const modules = {

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

/***/ 1918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   te: () => (/* binding */ writeImage),
/* harmony export */   wX: () => (/* binding */ storeModelLayer),
/* harmony export */   wZ: () => (/* binding */ readBase)
/* harmony export */ });
/* unused harmony export ImageWriteError */
/* harmony import */ var _image_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6132);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9217);
/* harmony import */ var _model_layer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2652);



class ImageWriteError extends Error {
}
/** Builds and stores the image; returns the digest of the top manifest or index. */
async function writeImage(options) {
    const { destination, layer } = options;
    const bases = options.base
        ? await readBase(options.base.store, options.base.reference, options.platforms)
        : [{ platform: undefined }];
    // A multi-platform base (an index, even with one platform kept) gives an index.
    const asIndex = bases.length > 1 || bases[0].platform !== undefined;
    const manifests = [];
    for (const base of bases) {
        const { stored, config } = await storePlatformImage(base, options);
        if (!asIndex) {
            await destination.putManifest(stored, options.tags);
            return {
                digest: stored.digest,
                mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociManifest,
                layer,
                platforms: [(0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .platformName */ .$r)(config)],
                bytesUploaded: destination.bytesSent(),
            };
        }
        await destination.putManifest(stored, []);
        manifests.push({
            mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociManifest,
            digest: stored.digest,
            size: stored.bytes.length,
            platform: base.platform,
        });
    }
    const index = {
        schemaVersion: 2,
        mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociIndex,
        manifests,
        annotations: options.labels,
    };
    const stored = (0,_image_store_js__WEBPACK_IMPORTED_MODULE_0__/* .manifestOf */ .$V)(_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociIndex, index);
    for (const item of manifests) {
        const present = await destination.getManifest(item.digest).then(() => true, () => false);
        if (!present) {
            throw new ImageWriteError(`manifest ${item.digest} is not in ${destination.name}; the index was not pushed`);
        }
    }
    await destination.putManifest(stored, options.tags);
    return {
        digest: stored.digest,
        mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociIndex,
        layer,
        platforms: manifests.map((m) => (0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .platformName */ .$r)(m.platform)),
        bytesUploaded: destination.bytesSent(),
    };
}
/**
 * One platform's image: base blobs made present, config stored, every blob the
 * manifest names confirmed; returns the manifest, not yet stored.
 */
async function storePlatformImage(base, options) {
    const { destination, layer } = options;
    const baseLayers = base.manifest?.layers ?? [];
    if (options.base) {
        for (const item of baseLayers)
            await ensureBlob(destination, options.base.store, item);
    }
    const config = composeConfig(base, layer.diffId, options);
    const configBlob = (0,_image_store_js__WEBPACK_IMPORTED_MODULE_0__/* .manifestOf */ .$V)(_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociConfig, config);
    if (!(await destination.hasBlob(configBlob.digest))) {
        await destination.putBlob({
            size: configBlob.bytes.length,
            digest: configBlob.digest,
            open: async function* () {
                yield configBlob.bytes;
            },
        });
    }
    const manifest = {
        schemaVersion: 2,
        mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociManifest,
        config: {
            mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociConfig,
            digest: configBlob.digest,
            size: configBlob.bytes.length,
        },
        layers: [
            ...baseLayers.map((l) => ({
                mediaType: (0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .toOciMediaType */ .H8)(l.mediaType),
                digest: l.digest,
                size: l.size,
                ...(l.annotations ? { annotations: l.annotations } : {}),
            })),
            {
                mediaType: (0,_model_layer_js__WEBPACK_IMPORTED_MODULE_2__/* .layerMediaType */ .sG)(options.compression),
                digest: layer.digest,
                size: layer.size,
                annotations: {
                    'org.opencontainers.image.title': options.labels['org.opencontainers.image.title'] ?? 'model',
                },
            },
        ],
        annotations: options.labels,
    };
    await confirmBlobs(destination, [
        ...baseLayers.map((l) => l.digest),
        configBlob.digest,
        layer.digest,
    ]);
    return { stored: (0,_image_store_js__WEBPACK_IMPORTED_MODULE_0__/* .manifestOf */ .$V)(_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociManifest, manifest), config };
}
/**
 * Puts the model layer in the destination unless it is there: measured first (one
 * hashing pass) so an unchanged layer is never sent again, or, into an empty
 * repository, streamed while hashing (one pass: nothing there to deduplicate against).
 */
async function storeModelLayer(options) {
    const { destination, plan, compression, log, measuring } = options;
    // An empty repository cannot already hold the layer: hash while uploading, one pass.
    if (compression === 'none' && (await destination.isEmpty())) {
        await measuring.cancel();
        log.info(`${destination.name} is empty: uploading the model layer while hashing it`);
        const digest = await destination.putBlob((0,_model_layer_js__WEBPACK_IMPORTED_MODULE_2__/* .layerSource */ .DU)(plan, compression), options.onLayerBytes);
        return { digest, diffId: digest, size: plan.size };
    }
    const layer = await measuring.result;
    if (await destination.hasBlob(layer.digest)) {
        log.info(`${destination.name} already has the model layer ${layer.digest}: not uploaded again`);
        return layer;
    }
    const stored = await destination.putBlob((0,_model_layer_js__WEBPACK_IMPORTED_MODULE_2__/* .layerSource */ .DU)(plan, compression, layer), options.onLayerBytes);
    if (stored !== layer.digest)
        throw new ImageWriteError(`model layer digest changed during upload (${layer.digest} → ${stored}): did a model file change?`);
    return layer;
}
/** Makes a base blob present in the destination: already there, mounted, or copied. */
async function ensureBlob(destination, source, blob) {
    if (await destination.hasBlob(blob.digest))
        return;
    if (destination.client &&
        source.client &&
        destination.client.registry === source.client.registry) {
        if (await destination.client.mountBlob(blob.digest, source.client.repository))
            return;
    }
    const stream = await source.openBlob(blob.digest);
    let used = false;
    await destination.putBlob({
        size: blob.size,
        digest: blob.digest,
        open: async function* (start) {
            // A source stream can be read once; a retry needs a fresh one.
            const chunks = used ? await source.openBlob(blob.digest) : stream;
            used = true;
            let skipped = 0;
            for await (const chunk of chunks) {
                const buffer = Buffer.from(chunk);
                if (skipped + buffer.length <= start)
                    skipped += buffer.length;
                else {
                    yield skipped >= start ? buffer : buffer.subarray(start - skipped);
                    skipped += buffer.length;
                }
            }
        },
    });
}
/** HEADs every blob a manifest names, all at once; a missing one stops the push first. */
async function confirmBlobs(destination, digests) {
    const present = await Promise.all([...new Set(digests)].map(async (digest) => [digest, await destination.hasBlob(digest)]));
    for (const [digest, there] of present) {
        if (!there)
            throw new ImageWriteError(`blob ${digest} is not in ${destination.name} after upload; no manifest was pushed`);
    }
}
/** An image's manifest(s) and configs, one per platform kept (a base's, or any image's). */
async function readBase(store, reference, platforms) {
    // A manifest already fetched (by digest) is not fetched again.
    const top = typeof reference === 'string' ? await store.getManifest(reference) : reference;
    const parsed = JSON.parse(top.bytes.toString('utf8'));
    const entries = [];
    if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndex */ .nw)(top.mediaType) || Array.isArray(parsed.manifests)) {
        const wanted = (parsed.manifests ?? []).filter((m) => m.platform &&
            m.platform.architecture !== 'unknown' &&
            (platforms.length === 0 || platforms.includes((0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .platformName */ .$r)(m.platform))));
        if (wanted.length === 0) {
            const offered = (parsed.manifests ?? []).map((m) => (0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .platformName */ .$r)(m.platform)).join(', ');
            throw new ImageWriteError(`base image has no manifest for ${platforms.join(', ') || 'any platform'} (it offers ${offered})`);
        }
        for (const descriptor of wanted) {
            const manifest = await store.getManifest(descriptor.digest);
            entries.push({
                descriptor,
                manifest: JSON.parse(manifest.bytes.toString('utf8')),
            });
        }
    }
    else
        entries.push({ manifest: parsed });
    const bases = [];
    for (const { descriptor, manifest } of entries) {
        if (!manifest.config?.digest || !Array.isArray(manifest.layers))
            throw new ImageWriteError('base manifest has no config or layers');
        const config = JSON.parse((await store.readBlob(manifest.config.digest)).toString('utf8'));
        bases.push({ platform: descriptor?.platform, manifest, config });
    }
    return bases;
}
/** The new image config: the base's (entrypoint, env, labels kept) plus the model layer. */
function composeConfig(base, diffId, options) {
    const from = base.config;
    const [os, architecture] = (options.platforms[0] ?? 'linux/amd64').split('/');
    return {
        ...(from ?? { architecture, os }),
        created: options.created,
        config: {
            ...(from?.config ?? {}),
            Labels: { ...(from?.config?.Labels ?? {}), ...options.labels },
        },
        rootfs: { type: 'layers', diff_ids: [...(from?.rootfs?.diff_ids ?? []), diffId] },
        history: [
            ...(from?.history ?? []),
            {
                created: options.created,
                created_by: 'modelgate build-image',
                comment: `model at ${options.labels['dev.modelgate.model.path'] ?? '/models'}`,
            },
        ],
    };
}


/***/ }),

/***/ 2652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ layerSource),
/* harmony export */   fA: () => (/* binding */ startMeasuringLayer),
/* harmony export */   sG: () => (/* binding */ layerMediaType),
/* harmony export */   xE: () => (/* binding */ zstdAvailable)
/* harmony export */ });
/* unused harmony export layerBytes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9217);
/* harmony import */ var _digest_shared_read_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3581);
/* harmony import */ var _tar_layer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4610);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5543);
/** The model layer blob: the deterministic tar, optionally gzip- or zstd-compressed. */







function layerMediaType(compression) {
    return compression === 'gzip'
        ? _media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.ociLayerGzip
        : compression === 'zstd'
            ? _media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.ociLayerZstd
            : _media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.ociLayer;
}
/** True when this Node.js can write zstd (22.15+, 23.8+). */
const zstdAvailable = () => typeof node_zlib__WEBPACK_IMPORTED_MODULE_2__.createZstdCompress === 'function';
function compressor(compression) {
    if (compression === 'gzip')
        return node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGzip({ level: 6 });
    const create = node_zlib__WEBPACK_IMPORTED_MODULE_2__.createZstdCompress;
    return create();
}
/** The layer's bytes from `start`: tar offsets are known, compressed streams are re-made and skipped. */
async function* layerBytes(plan, compression, start = 0, onTar) {
    if (compression === 'none') {
        for await (const chunk of (0,_tar_layer_js__WEBPACK_IMPORTED_MODULE_5__/* .streamTar */ .S0)(plan, start)) {
            onTar?.(chunk);
            yield chunk;
        }
        return;
    }
    const tar = node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from((async function* () {
        for await (const chunk of (0,_tar_layer_js__WEBPACK_IMPORTED_MODULE_5__/* .streamTar */ .S0)(plan)) {
            onTar?.(chunk);
            yield chunk;
        }
    })());
    let skipped = 0;
    for await (const chunk of tar.pipe(compressor(compression))) {
        if (skipped >= start)
            yield chunk;
        else if (skipped + chunk.length > start)
            yield chunk.subarray(start - skipped);
        skipped += chunk.length;
    }
}
/**
 * One pass over a compressed layer: the tar is hashed for the diff_id as it is made,
 * the blob as it comes out of the compressor.
 */
async function measureCompressedLayer(plan, compression, onBytes) {
    const blobHash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const tarHash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of layerBytes(plan, compression, 0, (c) => tarHash.update(c))) {
        blobHash.update(chunk);
        size += chunk.length;
        onBytes?.(chunk.length);
    }
    return {
        digest: (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .digestFrom */ .Xb)(blobHash),
        diffId: (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .digestFrom */ .Xb)(tarHash),
        size,
    };
}
/** The layer as an upload source (digest known, or computed while uploading when not). */
function layerSource(plan, compression, digests) {
    return {
        size: digests?.size ?? plan.size,
        digest: digests?.digest,
        open: (start) => layerBytes(plan, compression, start),
    };
}
/**
 * Starts measuring the layer at once (an uncompressed one on worker threads, which can
 * hash each model file in the same read), so hashing overlaps the registry round trips;
 * `cancel()` stops it when it turns out unneeded.
 */
function startMeasuringLayer(plan, compression, options = {}) {
    if (compression !== 'none') {
        return {
            result: measureCompressedLayer(plan, compression, options.onBytes),
            files: Promise.resolve(undefined),
            cancel: async () => { },
        };
    }
    const hashing = (0,_digest_shared_read_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .hashParts */ .j)((0,_tar_layer_js__WEBPACK_IMPORTED_MODULE_5__/* .tarParts */ .qh)(plan), options);
    let cancelled = false;
    const result = hashing.result.then(({ hex, size }) => ({
        digest: `sha256:${hex}`,
        diffId: `sha256:${hex}`,
        size,
    }));
    const files = options.perFile
        ? hashing.result.then(({ files }) => files, (error) => {
            if (cancelled)
                return undefined;
            throw error;
        })
        : Promise.resolve(undefined);
    // Both are awaited later (after registry round trips): a failure meanwhile is not unhandled.
    result.catch(() => { });
    files.catch(() => { });
    return {
        result,
        files,
        cancel: async () => {
            cancelled = true;
            await hashing.cancel();
        },
    };
}


/***/ }),

/***/ 4610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HZ: () => (/* binding */ planTar),
/* harmony export */   S0: () => (/* binding */ streamTar),
/* harmony export */   qh: () => (/* binding */ tarParts)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The model layer as a deterministic tar: entries sorted by path, uid/gid 0, fixed
 * modes and one mtime, no user names or host metadata. The byte offset of every
 * entry is known before anything is read, so the stream can start at any offset
 * (an upload resumed after a failure re-reads only what it must).
 */


const BLOCK = 512;
const MAX_OCTAL_SIZE = 0o77777777777;
const padding = (n) => (BLOCK - (n % BLOCK)) % BLOCK;
function octal(value, width) {
    return value.toString(8).padStart(width - 1, '0') + '\0';
}
function ustarHeader(name, type, size, mode, mtime) {
    const header = Buffer.alloc(BLOCK);
    let base = name;
    let prefix = '';
    if (Buffer.byteLength(name) > 100) {
        const split = name.lastIndexOf('/', name.length - 2);
        prefix = name.slice(0, split);
        base = name.slice(split + 1);
    }
    header.write(base, 0, 100, 'utf8');
    header.write(octal(mode, 8), 100, 'ascii');
    header.write(octal(0, 8), 108, 'ascii');
    header.write(octal(0, 8), 116, 'ascii');
    header.write(octal(size > MAX_OCTAL_SIZE ? 0 : size, 12), 124, 'ascii');
    header.write(octal(mtime, 12), 136, 'ascii');
    header.write('        ', 148, 'ascii');
    header.write(type, 156, 'ascii');
    header.write('ustar\x0000', 257, 'binary');
    header.write(prefix, 345, 155, 'utf8');
    let sum = 0;
    for (const byte of header)
        sum += byte;
    header.write(octal(sum, 7) + ' ', 148, 'ascii');
    return header;
}
/** A PAX record `<len> key=value\n` where len counts the whole record. */
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    let length = Buffer.byteLength(body) + 1;
    while (String(length).length + Buffer.byteLength(body) !== length)
        length += 1;
    return `${length}${body}`;
}
/** Header block(s) for one entry: a PAX extended header first when ustar cannot hold it. */
function headerFor(name, type, size, mtime) {
    const mode = type === '5' ? 0o755 : 0o644;
    const fitsUstar = (() => {
        if (size > MAX_OCTAL_SIZE)
            return false;
        if (Buffer.byteLength(name) <= 100)
            return true;
        const split = name.lastIndexOf('/', name.length - 2);
        return (split > 0 &&
            Buffer.byteLength(name.slice(0, split)) <= 155 &&
            Buffer.byteLength(name.slice(split + 1)) <= 100);
    })();
    if (fitsUstar)
        return ustarHeader(name, type, size, mode, mtime);
    const records = Buffer.from(paxRecord('path', name) + (size > MAX_OCTAL_SIZE ? paxRecord('size', String(size)) : ''));
    const paxName = `PaxHeaders/${node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(name).slice(0, 80)}`;
    return Buffer.concat([
        ustarHeader(paxName, 'x', records.length, 0o644, mtime),
        records,
        Buffer.alloc(padding(records.length)),
        ustarHeader(name.slice(0, 100), type, size, mode, mtime),
    ]);
}
/**
 * Plans the layer: the directories of `modelPath` and of every file, then the files,
 * all sorted by path bytes, with `mtime` (seconds) on every entry.
 */
function planTar(files, modelPath, mtime) {
    const root = modelPath.replace(/^\/+|\/+$/g, '');
    const directories = new Set();
    const addParents = (path) => {
        for (let dir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(path); dir !== '.' && dir !== '/'; dir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(dir))
            directories.add(dir);
    };
    if (root) {
        directories.add(root);
        addParents(root);
    }
    const placed = files.map((file) => ({
        ...file,
        path: root ? `${root}/${file.path}` : file.path,
    }));
    for (const file of placed)
        addParents(file.path);
    const named = [
        ...[...directories].map((dir) => ({ name: `${dir}/` })),
        ...placed.map((file) => ({ name: file.path, file })),
    ].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
    let offset = 0;
    const entries = named.map(({ name, file }) => {
        const header = headerFor(name, file ? '0' : '5', file?.size ?? 0, mtime);
        const entry = { name, header, offset, file };
        offset += header.length + (file ? file.size + padding(file.size) : 0);
        return entry;
    });
    return { entries, size: offset + 2 * BLOCK };
}
/** Streams the planned tar from byte `start`. Fails if a file changed size meanwhile. */
async function* streamTar(plan, start = 0) {
    let position = 0;
    const emit = function* (buffer) {
        const from = Math.max(0, start - position);
        position += buffer.length;
        if (from < buffer.length)
            yield from === 0 ? buffer : buffer.subarray(from);
    };
    for (const entry of plan.entries) {
        const end = entry.offset +
            entry.header.length +
            (entry.file ? entry.file.size + padding(entry.file.size) : 0);
        if (end <= start) {
            position = end;
            continue;
        }
        yield* emit(entry.header);
        if (!entry.file)
            continue;
        const skip = Math.max(0, start - position);
        if (skip < entry.file.size) {
            let read = 0;
            for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(entry.file.absolute, {
                start: skip,
                highWaterMark: 1 << 20,
            })) {
                read += chunk.length;
                yield chunk;
            }
            if (read !== entry.file.size - skip)
                throw new Error(`${entry.file.absolute} changed size while it was being read`);
        }
        position += entry.file.size;
        yield* emit(Buffer.alloc(padding(entry.file.size)));
    }
    yield* emit(Buffer.alloc(2 * BLOCK));
}
/** The tar as parts to hash elsewhere (a worker): header bytes, files, zero padding. */
function tarParts(plan) {
    const parts = [];
    for (const entry of plan.entries) {
        parts.push({ bytes: entry.header });
        if (!entry.file)
            continue;
        parts.push({ path: entry.file.absolute, size: entry.file.size });
        if (padding(entry.file.size) > 0)
            parts.push({ bytes: Buffer.alloc(padding(entry.file.size)) });
    }
    parts.push({ bytes: Buffer.alloc(2 * BLOCK) });
    return parts;
}


/***/ })

};
