export const id = 766;
export const ids = [766];
export const modules = {

/***/ 2766:
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
// EXTERNAL MODULE: ./src/oci/image-store.ts + 2 modules
var image_store = __webpack_require__(2930);
// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(9217);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/digest/hash-pool.ts
var hash_pool = __webpack_require__(6789);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/oci/tar-layer.ts
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
    const paxName = `PaxHeaders/${external_node_path_.posix.basename(name).slice(0, 80)}`;
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
        for (let dir = external_node_path_.posix.dirname(path); dir !== '.' && dir !== '/'; dir = external_node_path_.posix.dirname(dir))
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
            for await (const chunk of (0,external_node_fs_.createReadStream)(entry.file.absolute, {
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

;// CONCATENATED MODULE: ./src/oci/model-layer.ts
/** The model layer blob: the deterministic tar, optionally gzip- or zstd-compressed. */






function layerMediaType(compression) {
    return compression === 'gzip'
        ? media_types/* MediaType */.zu.ociLayerGzip
        : compression === 'zstd'
            ? media_types/* MediaType */.zu.ociLayerZstd
            : media_types/* MediaType */.zu.ociLayer;
}
/** True when this Node.js can write zstd (22.15+, 23.8+). */
const zstdAvailable = () => typeof external_node_zlib_.createZstdCompress === 'function';
function compressor(compression) {
    if (compression === 'gzip')
        return external_node_zlib_.createGzip({ level: 6 });
    const create = external_node_zlib_.createZstdCompress;
    return create();
}
/** The layer's bytes from `start`: tar offsets are known, compressed streams are re-made and skipped. */
async function* layerBytes(plan, compression, start = 0, onTar) {
    if (compression === 'none') {
        for await (const chunk of streamTar(plan, start)) {
            onTar?.(chunk);
            yield chunk;
        }
        return;
    }
    const tar = external_node_stream_.Readable.from((async function* () {
        for await (const chunk of streamTar(plan)) {
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
    const blobHash = (0,external_node_crypto_.createHash)('sha256');
    const tarHash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of layerBytes(plan, compression, 0, (c) => tarHash.update(c))) {
        blobHash.update(chunk);
        size += chunk.length;
        onBytes?.(chunk.length);
    }
    return {
        digest: `sha256:${blobHash.digest('hex')}`,
        diffId: `sha256:${tarHash.digest('hex')}`,
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
 * Starts measuring the layer at once (an uncompressed one on a worker), so hashing
 * overlaps the registry round trips; `cancel()` stops it when it turns out unneeded.
 */
function startMeasuringLayer(plan, compression, onBytes) {
    if (compression !== 'none')
        return { result: measureCompressedLayer(plan, compression, onBytes), cancel: async () => { } };
    const pool = new hash_pool/* HashPool */.v(1);
    const result = pool
        .hashParts(tarParts(plan), onBytes)
        .then(({ hex, size }) => ({ digest: `sha256:${hex}`, diffId: `sha256:${hex}`, size }));
    result.then(() => pool.close(), () => pool.close());
    return { result, cancel: () => pool.close() };
}

;// CONCATENATED MODULE: ./src/oci/image-writer.ts



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
                mediaType: media_types/* MediaType */.zu.ociManifest,
                layer,
                platforms: [(0,media_types/* platformName */.$r)(config)],
                bytesUploaded: destination.bytesSent(),
            };
        }
        await destination.putManifest(stored, []);
        manifests.push({
            mediaType: media_types/* MediaType */.zu.ociManifest,
            digest: stored.digest,
            size: stored.bytes.length,
            platform: base.platform,
        });
    }
    const index = {
        schemaVersion: 2,
        mediaType: media_types/* MediaType */.zu.ociIndex,
        manifests,
        annotations: options.labels,
    };
    const stored = (0,image_store/* manifestOf */.$V)(media_types/* MediaType */.zu.ociIndex, index);
    for (const item of manifests) {
        const present = await destination.getManifest(item.digest).then(() => true, () => false);
        if (!present) {
            throw new ImageWriteError(`manifest ${item.digest} is not in ${destination.name}; the index was not pushed`);
        }
    }
    await destination.putManifest(stored, options.tags);
    return {
        digest: stored.digest,
        mediaType: media_types/* MediaType */.zu.ociIndex,
        layer,
        platforms: manifests.map((m) => (0,media_types/* platformName */.$r)(m.platform)),
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
    const configBlob = (0,image_store/* manifestOf */.$V)(media_types/* MediaType */.zu.ociConfig, config);
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
        mediaType: media_types/* MediaType */.zu.ociManifest,
        config: {
            mediaType: media_types/* MediaType */.zu.ociConfig,
            digest: configBlob.digest,
            size: configBlob.bytes.length,
        },
        layers: [
            ...baseLayers.map((l) => ({
                mediaType: (0,media_types/* toOciMediaType */.H8)(l.mediaType),
                digest: l.digest,
                size: l.size,
                ...(l.annotations ? { annotations: l.annotations } : {}),
            })),
            {
                mediaType: layerMediaType(options.compression),
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
    return { stored: (0,image_store/* manifestOf */.$V)(media_types/* MediaType */.zu.ociManifest, manifest), config };
}
/**
 * Puts the model layer in the destination unless it is there: measured first (one
 * hashing pass) so an unchanged layer is never sent again, or, into an empty
 * repository, streamed while hashing (one pass: nothing there to deduplicate against).
 */
async function storeModelLayer(options) {
    const { destination, plan, compression, log } = options;
    const measuring = startMeasuringLayer(plan, compression, options.onHashBytes);
    // An empty repository cannot already hold the layer: hash while uploading, one pass.
    if (compression === 'none' && (await destination.isEmpty())) {
        await measuring.cancel();
        log.info(`${destination.name} is empty: uploading the model layer while hashing it`);
        const digest = await destination.putBlob(layerSource(plan, compression), options.onLayerBytes);
        return { digest, diffId: digest, size: plan.size };
    }
    const layer = await measuring.result;
    if (await destination.hasBlob(layer.digest)) {
        log.info(`${destination.name} already has the model layer ${layer.digest}: not uploaded again`);
        return layer;
    }
    const stored = await destination.putBlob(layerSource(plan, compression, layer), options.onLayerBytes);
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
async function confirmBlobs(destination, digests) {
    for (const digest of new Set(digests)) {
        if (!(await destination.hasBlob(digest)))
            throw new ImageWriteError(`blob ${digest} is not in ${destination.name} after upload; no manifest was pushed`);
    }
}
/** The base's manifest(s) and configs, one per platform kept. */
async function readBase(store, reference, platforms) {
    const top = await store.getManifest(reference);
    const parsed = JSON.parse(top.bytes.toString('utf8'));
    const entries = [];
    if ((0,media_types/* isIndex */.nw)(top.mediaType) || Array.isArray(parsed.manifests)) {
        const wanted = (parsed.manifests ?? []).filter((m) => m.platform &&
            m.platform.architecture !== 'unknown' &&
            (platforms.length === 0 || platforms.includes((0,media_types/* platformName */.$r)(m.platform))));
        if (wanted.length === 0) {
            const offered = (parsed.manifests ?? []).map((m) => (0,media_types/* platformName */.$r)(m.platform)).join(', ');
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

// EXTERNAL MODULE: ./src/formats/findings.ts
var findings = __webpack_require__(6016);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/build/labels.ts
/** The labels and annotations every modelgate image carries (SPEC §4). */


/** RFC 3339 for an epoch time in seconds. */
function rfc3339(seconds) {
    return new Date(seconds * 1000).toISOString().replace(/\.000Z$/, 'Z');
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
    set('dev.modelgate.model.digest', provenance.modelDigest);
    set('dev.modelgate.model.format', provenance.modelFormat);
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
            throw new errors/* ConfigurationError */.j('labels', 'each line must be key=value', entry);
        labels[entry.slice(0, eq).trim()] = entry.slice(eq + 1).trim();
    }
    return labels;
}
/** The image title: the model file or directory name. */
function modelTitle(model) {
    return (0,external_node_path_.basename)(model.replace(/\/+$/, '')) || 'model';
}

;// CONCATENATED MODULE: ./src/build/build-image.ts









/** Builds the model image and stores it at `options.image` under every tag. */
async function buildImage(options) {
    const listing = await (0,model_files/* listModelFiles */.J)(options.model, new findings/* FindingList */.k('.'));
    if (listing.files.length === 0)
        throw new Error(`the model directory ${options.model} holds no files`);
    const total = listing.files.reduce((sum, f) => sum + f.size, 0);
    const described = options.validated ? Promise.resolve(options.validated) : describeModel(listing);
    const destination = await (0,image_store/* openImageStore */.Nr)(options.image, true, options);
    const base = options.base
        ? {
            store: await (0,image_store/* openImageStore */.Nr)(options.base, false, options),
            reference: options.base.kind === 'registry'
                ? (options.base.digest ?? options.base.tag ?? 'latest')
                : (options.base.tag ?? ''),
        }
        : undefined;
    const plan = planTar(listing.files.map((f) => ({ path: f.path, absolute: f.absolute, size: f.size })), options.modelPath, options.provenance.created);
    // The layer (tar hashing, upload) and the model digest (worker threads) run side by side.
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
        const storing = storeModelLayer({
            destination,
            plan,
            compression: options.compression,
            log: options.log,
            onHashBytes: (n) => hashing.add(n),
            onLayerBytes: (n) => progress.add(n),
        });
        const [model, layer] = await Promise.all([described, storing]);
        hashing.done();
        progress.done();
        options.log.info(`model layer ${layer.digest} (${layer.size} bytes)`);
        const provenance = {
            ...options.provenance,
            title: modelTitle(options.model),
            modelDigest: model.digest,
            modelFormat: model.format,
            modelPath: options.modelPath,
            signature: model.signature,
        };
        const imageLabelSet = imageLabels(provenance, options.labels);
        const written = await writeImage({
            destination,
            base,
            layer,
            platforms: options.platforms,
            compression: options.compression,
            labels: imageLabelSet,
            created: rfc3339(options.provenance.created),
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
/** Model digest (hashed on worker threads) and the format of its largest model file. */
async function describeModel(listing) {
    const hashing = (0,model_digest/* hashModel */.k)(listing);
    // Loaded here, not at start: with a validate report (the usual chain) build-image never
    // needs the format parsers, and they are most of what it would load.
    const { detectModelFormat } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(839), __webpack_require__.e(632)]).then(__webpack_require__.bind(__webpack_require__, 1251));
    let format = 'unknown';
    for (const file of [...listing.files].sort((a, b) => b.size - a.size)) {
        const detected = await detectModelFormat(file.absolute, file.path, file.size);
        if (detected) {
            format = detected;
            break;
        }
    }
    return { digest: (await hashing).digest, format };
}

// EXTERNAL MODULE: ./src/oci/credentials.ts
var oci_credentials = __webpack_require__(2559);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(9767);
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
    if (typeof digest !== 'string' || !/^sha256:[a-f0-9]{64}$/.test(digest))
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
        (await (0,model_digest/* hashModel */.k)(await (0,model_files/* listModelFiles */.J)(model, new findings/* FindingList */.k('.')))).digest;
    const labels = imageLabels({
        ...provenance,
        title: modelTitle(model),
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
async function resolveProvenance(env, cwd) {
    const revision = env.GITHUB_SHA || (await (0,git/* gitOutput */.o)(['rev-parse', 'HEAD'], cwd));
    let created = 0;
    if (env.SOURCE_DATE_EPOCH !== undefined && env.SOURCE_DATE_EPOCH !== '') {
        created = Number(env.SOURCE_DATE_EPOCH);
        if (!Number.isSafeInteger(created) || created < 0)
            throw new errors/* ConfigurationError */.j('SOURCE_DATE_EPOCH', 'must be whole seconds since 1970', env.SOURCE_DATE_EPOCH);
    }
    else if (revision) {
        created = Number((await (0,git/* gitOutput */.o)(['show', '-s', '--format=%ct', revision], cwd)) ?? 0) || 0;
    }
    const source = env.GITHUB_REPOSITORY
        ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}`
        : undefined;
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

;// CONCATENATED MODULE: ./src/build/validate-report.ts
/** A validate-model report as build-image's input: the model's digest, format and signature. */



/**
 * Reads the report at `path` for `model`; refuses a report of another model or of a
 * model that failed validation.
 */
async function readValidateReport(path, model) {
    let report;
    try {
        report = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j('validate-report', `cannot be read as JSON (${error.code ?? error.message})`, path);
    }
    if (typeof report.digest !== 'string' || typeof report.format !== 'string')
        throw new errors/* ConfigurationError */.j('validate-report', 'is not a validate-model report (no digest/format)', path);
    if (report.valid === false)
        throw new errors/* ConfigurationError */.j('validate-report', 'says the model failed validation; refusing to build it', path);
    if (report.model && (0,external_node_path_.resolve)(report.model) !== (0,external_node_path_.resolve)(model))
        throw new errors/* ConfigurationError */.j('validate-report', `is for '${report.model}', not '${model}'`, path);
    const signature = report.signature ?? report.tensors;
    return {
        digest: report.digest,
        format: report.format,
        signature: signature ? JSON.stringify(signature) : undefined,
    };
}

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
        if (inputs.compression === 'zstd' && !zstdAvailable())
            throw new errors/* ConfigurationError */.j('compression', `zstd needs Node.js 22.15 or newer (this is ${process.version})`, 'zstd');
        if (inputs['registry-password'] && !inputs['registry-username'])
            throw new errors/* ConfigurationError */.j('registry-username', 'is required with registry-password');
        const labels = parseLabelLines(inputs.labels);
        const provenance = await resolveProvenance(env, process.cwd());
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
            ? await readValidateReport(inputs['validate-report'], inputs.model)
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
            report: { action: 'build-image', builder, ...result },
        };
    },
});


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

/***/ 6789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ HashPool)
/* harmony export */ });
/* unused harmony export hashFileHere */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_3__);
/**
 * SHA-256 of files on worker threads, so that shards of a model hash in parallel
 * and format parsing on the main thread overlaps the hashing. Each worker reads
 * with blocking reads into one reused 1 MiB buffer: the same work as `openssl dgst`,
 * through the same OpenSSL SHA-256.
 */




/** Files smaller than this are hashed on the main thread: a worker costs more. */
const WORKER_THRESHOLD = 16 << 20;
// Evaluated as a worker script (CommonJS), so it survives bundling unchanged. A job is a
// list of parts hashed in order: literal bytes, or a whole file (checked against its size).
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const buffer = Buffer.allocUnsafe(1 << 20);
parentPort.on('message', ({ id, parts }) => {
  let fd;
  try {
    const hash = crypto.createHash('sha256');
    let size = 0, pending = 0, n;
    for (const part of parts) {
      if (part.bytes) { hash.update(part.bytes); size += part.bytes.length; continue; }
      fd = fs.openSync(part.path, 'r');
      let read = 0;
      while ((n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0) {
        hash.update(n === buffer.length ? buffer : buffer.subarray(0, n));
        read += n; pending += n;
        if (pending >= (64 << 20)) { parentPort.postMessage({ id, bytes: pending }); pending = 0; }
      }
      fs.closeSync(fd);
      fd = undefined;
      if (part.size !== undefined && read !== part.size) throw new Error(part.path + ' changed size while it was being read');
      size += read;
    }
    parentPort.postMessage({ id, bytes: pending, hex: hash.digest('hex'), size });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
});
`;
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
    constructor(size = Math.max(1, (0,node_os__WEBPACK_IMPORTED_MODULE_2__.availableParallelism)())) {
        this.size = size;
    }
    /** SHA-256 of a file; large files go to a worker. */
    hash(path, sizeHint, onBytes) {
        if (sizeHint < WORKER_THRESHOLD)
            return hashFileHere(path, onBytes);
        return this.hashParts([{ path }], onBytes);
    }
    /** SHA-256 of parts concatenated (a tar: headers, files, padding), on a worker. */
    hashParts(parts, onBytes) {
        return new Promise((resolve, reject) => {
            this.queue.push({ parts, onBytes, resolve, reject });
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
            worker.postMessage({ id, parts: job.parts });
        }
    }
    spawn() {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.Worker(WORKER_SOURCE, { eval: true });
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
        await Promise.all(this.workers.map((w) => w.terminate()));
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
  k: () => (/* binding */ hashModel),
  a: () => (/* binding */ modelDigest)
});

// EXTERNAL MODULE: ./src/digest/hash-pool.ts
var hash_pool = __webpack_require__(6789);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
    return `sha256:${hash.digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/model/model-digest.ts
/** The model digest of SPEC §1, for a file or a directory. */


/** `sha256:<hex>` of a single file's bytes, or of a directory's canonical listing. */
function modelDigest(kind, files) {
    return kind === 'file' ? `sha256:${files[0]?.sha256}` : computeTreeDigest(files);
}
/** Hashes every file of a model (in parallel on worker threads) and returns its digest. */
async function hashModel(listing, onBytes) {
    const pool = new hash_pool/* HashPool */.v();
    try {
        const hashes = await Promise.all(listing.files.map((f) => pool.hash(f.absolute, f.size, onBytes)));
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


/***/ })

};
