export const id = 119;
export const ids = [119];
export const modules = {

/***/ 3119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FAMILY: () => (/* binding */ FAMILY),
  detectModelFormat: () => (/* binding */ detectModelFormat),
  parseModelFile: () => (/* binding */ parseModelFile)
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/formats/findings.ts
var formats_findings = __webpack_require__(6016);
// EXTERNAL MODULE: ./src/formats/keras.ts + 1 modules
var keras = __webpack_require__(6747);
// EXTERNAL MODULE: ./src/formats/numpy.ts + 1 modules
var numpy = __webpack_require__(2256);
// EXTERNAL MODULE: ./src/formats/pickle-file.ts
var pickle_file = __webpack_require__(7731);
// EXTERNAL MODULE: ./src/formats/pickle/scanner.ts + 7 modules
var scanner = __webpack_require__(5082);
// EXTERNAL MODULE: ./src/formats/stream-reader.ts
var stream_reader = __webpack_require__(1740);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./src/formats/zip.ts
/**
 * Reading zip archives (PyTorch, Keras v3, .npz, any zip with pickles inside) with
 * yauzl, plus the checks yauzl leaves to us: names that escape the archive, entries
 * whose bytes overlap (quine bombs), and compression ratios no model has.
 */

const MAX_ENTRIES = 100_000;
const MAX_RATIO = 200;
const RATIO_FLOOR = 64 << 20;
function openZip(path) {
    return new Promise((resolve, reject) => {
        yauzl.open(path, { lazyEntries: true, decodeStrings: false, autoClose: false }, (error, zip) => error || !zip ? reject(error ?? new Error('cannot open zip')) : resolve(zip));
    });
}
/** Why a name may not be used, or undefined when it is a plain relative path. */
function unsafeEntryName(name) {
    if (name.includes('\\'))
        return 'contains a backslash';
    if (name.startsWith('/') || /^[a-zA-Z]:/.test(name))
        return 'is an absolute path';
    if (name.split('/').includes('..'))
        return "contains '..'";
    if (name.includes('\0'))
        return 'contains a NUL byte';
    return undefined;
}
/**
 * Opens a zip and lists its entries, reporting hostile ones as findings.
 * Returns undefined (with a finding) when the archive cannot be read at all.
 */
async function readZip(path, size, findings) {
    let zip;
    try {
        zip = await openZip(path);
    }
    catch (error) {
        findings.error('ZIP_MALFORMED', `not a readable zip archive: ${error.message}`);
        return undefined;
    }
    const entries = [];
    const raw = [];
    try {
        await new Promise((resolve, reject) => {
            zip.on('entry', (entry) => {
                raw.push(entry);
                if (raw.length > MAX_ENTRIES) {
                    reject(new Error(`more than ${MAX_ENTRIES} entries`));
                    return;
                }
                zip.readEntry();
            });
            zip.on('end', () => resolve());
            zip.on('error', reject);
            zip.readEntry();
        });
    }
    catch (error) {
        findings.error('ZIP_MALFORMED', `zip archive is malformed: ${error.message}`);
        zip.close();
        return undefined;
    }
    let declaredTotal = 0;
    for (const entry of raw) {
        const nameBytes = entry.fileName;
        const name = nameBytes.toString(entry.generalPurposeBitFlag & 0x800 ? 'utf8' : 'latin1');
        const problem = unsafeEntryName(name);
        if (problem) {
            findings.error('ZIP_PATH_TRAVERSAL', `entry '${name}' ${problem}: it would be written outside the model when extracted`, { entry: name });
            continue;
        }
        declaredTotal += entry.uncompressedSize;
        if (entry.uncompressedSize > RATIO_FLOOR &&
            entry.uncompressedSize > MAX_RATIO * Math.max(entry.compressedSize, 1)) {
            findings.error('ZIP_BOMB', `entry '${name}' inflates ${entry.compressedSize} bytes to ${entry.uncompressedSize} (over ${MAX_RATIO}:1)`, { entry: name });
            continue;
        }
        if (/\/$/.test(name))
            continue;
        entries.push({
            name,
            compressedSize: entry.compressedSize,
            uncompressedSize: entry.uncompressedSize,
            entry,
        });
    }
    if (declaredTotal > RATIO_FLOOR && declaredTotal > MAX_RATIO * size) {
        findings.error('ZIP_BOMB', `entries inflate to ${declaredTotal} bytes from a ${size}-byte archive (over ${MAX_RATIO}:1)`);
    }
    checkOverlap(entries, findings);
    checkDuplicates(entries, findings);
    return {
        entries,
        open: (item) => new Promise((resolve, reject) => {
            zip.openReadStream(item.entry, (error, stream) => error || !stream ? reject(error ?? new Error('cannot read entry')) : resolve(stream));
        }),
        close: () => zip.close(),
    };
}
/**
 * Two entries of one name are read differently by different readers (Python's zipfile
 * returns the last, others the first): an error, whichever one is hostile.
 */
function checkDuplicates(entries, findings) {
    const seen = new Set();
    for (const entry of entries) {
        if (seen.has(entry.name))
            findings.error('ZIP_DUPLICATE_ENTRY', `entry '${entry.name}' appears more than once: loaders disagree on which one they read`, { entry: entry.name });
        seen.add(entry.name);
    }
}
/** Entries whose compressed bytes overlap another's are how non-recursive zip bombs work. */
function checkOverlap(entries, findings) {
    const spans = entries
        .map((e) => ({
        name: e.name,
        start: e.entry.relativeOffsetOfLocalHeader,
        length: e.compressedSize,
    }))
        .sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++) {
        const previous = spans[i - 1];
        if (spans[i].start < previous.start + 30 + previous.length) {
            findings.error('ZIP_OVERLAP', `entries '${previous.name}' and '${spans[i].name}' share bytes (an overlapping-entry zip bomb)`, { entry: spans[i].name });
            return;
        }
    }
}

;// CONCATENATED MODULE: ./src/formats/archive.ts
/**
 * Zip-based model files: PyTorch checkpoints, Keras v3, NumPy .npz, and pickles in any zip.
 * Loaders choose what they read by layout and content, not by the names a scanner might
 * expect, so every member is routed by its own bytes: a pickle is scanned wherever it is
 * and whatever it is called, an .npy (an .npz member needs no suffix) is checked, a zip
 * inside (Keras weights may be an .npz) is opened in turn. Only PyTorch's raw tensor
 * storage (`<archive>/data/<key>`, where `<archive>` is the first entry's folder, as
 * torch's reader takes it) is passed over. A Keras config is checked whenever present.
 */












const MAX_CONFIG = 64 << 20;
const MAX_DEPTH = 3;
const PICKLE_NAME = /\.(pkl|pickle|joblib|pt|pth|ckpt)$/i;
const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1');
/** Validates a zip-based model file and returns its format. */
async function parseZipModel(path, size, findings, options, depth = 0) {
    const zip = await readZip(path, size, findings);
    if (!zip)
        return { format: 'pickle' };
    try {
        const names = zip.entries.map((e) => e.name);
        const keras = names.includes('config.json') &&
            (names.includes('metadata.json') || names.some((n) => /^model\.weights\./.test(n)));
        // torch's reader: the archive folder is the first entry's, its pickle `<archive>/data.pkl`.
        const archive = names[0]?.includes('/') ? names[0].slice(0, names[0].indexOf('/')) : undefined;
        const torch = archive !== undefined && names.includes(`${archive}/data.pkl`);
        const kind = keras ? 'keras' : torch ? 'pytorch' : 'pickle';
        const result = await scanEntries(zip, { kind, archive: torch ? archive : undefined, depth }, findings, options);
        if (keras)
            Object.assign(result.details ?? {}, await readKerasConfig(zip, findings));
        if (!keras && !torch && names.length > 0 && result.npy === names.length)
            return { ...result, format: 'numpy' };
        return result;
    }
    finally {
        zip.close();
    }
}
async function readKerasConfig(zip, findings) {
    const entry = zip.entries.find((e) => e.name === 'config.json');
    const at = findings.forEntry('config.json');
    if (entry.uncompressedSize > MAX_CONFIG) {
        at.error('KERAS_CONFIG_TOO_LARGE', `config.json is ${entry.uncompressedSize} bytes (limit ${MAX_CONFIG})`);
        return {};
    }
    const chunks = [];
    for await (const chunk of await zip.open(entry))
        chunks.push(chunk);
    let config;
    try {
        config = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    }
    catch (error) {
        at.error('KERAS_BAD_CONFIG', `config.json does not parse: ${error.message}`);
        return {};
    }
    const checked = (0,keras/* checkKerasConfig */.z)(config, at);
    const root = config;
    return { model: root?.class_name, ...checked };
}
async function scanEntries(zip, layout, findings, options) {
    const scanned = [];
    let torchScript = false;
    let npy = 0;
    const storage = layout.archive !== undefined ? `${layout.archive}/data/` : undefined;
    for (const entry of zip.entries) {
        const at = findings.forEntry(entry.name);
        if (storage && entry.name.startsWith(storage))
            continue; // raw tensor bytes, never unpickled
        if (/(^|\/)code\//.test(entry.name))
            torchScript = true;
        const reader = new stream_reader/* StreamReader */.C(await zip.open(entry));
        try {
            const head = await reader.peek(64);
            if ((0,numpy/* looksLikeNpy */.p)(head)) {
                npy += 1;
                const result = await (0,numpy/* checkNpy */.S)(reader, entry.uncompressedSize, at, options);
                scanned.push({
                    entry: entry.name,
                    kind: 'npy',
                    shape: result.shape,
                    globals: result.pickle ? (0,pickle_file/* describeImports */.Wb)(result.pickle) : [],
                });
            }
            else if (head.subarray(0, 4).equals(ZIP_MAGIC)) {
                await reader.close();
                scanned.push(await scanNested(zip, entry, layout.depth, findings, options));
            }
            else if (PICKLE_NAME.test(entry.name) ||
                (await (0,scanner/* startsPickle */.so)(reader)) ||
                (await (0,scanner/* looksLikePickle */.ge)(head))) {
                const scan = await (0,pickle_file/* scanWithPolicy */.M8)(reader, at, options);
                scanned.push({ entry: entry.name, kind: 'pickle', globals: (0,pickle_file/* describeImports */.Wb)(scan) });
            }
        }
        finally {
            await reader.close();
        }
    }
    if (torchScript) {
        findings.warning('TORCHSCRIPT_CODE', 'archive holds TorchScript code (code/): torch.jit.load compiles and runs it; it is not scanned');
    }
    if (layout.kind === 'pickle' && scanned.length === 0) {
        findings.error('UNKNOWN_FORMAT', 'zip archive holds no model file modelgate recognises (no pickle, .npy, Keras or PyTorch content)');
    }
    return { format: layout.kind, details: { entries: zip.entries.length, scanned }, npy };
}
/** A zip inside the zip (Keras weights as .npz): copied out and read the same way. */
async function scanNested(zip, entry, depth, findings, options) {
    const at = findings.forEntry(entry.name);
    if (depth + 1 >= MAX_DEPTH) {
        at.error('ZIP_TOO_DEEP', `zips nested more than ${MAX_DEPTH} deep are not read`);
        return { entry: entry.name, kind: 'zip' };
    }
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'modelgate-zip-'));
    try {
        const path = (0,external_node_path_.join)(dir, 'inner.zip');
        await (0,external_node_stream_promises_.pipeline)(await zip.open(entry), (0,external_node_fs_.createWriteStream)(path));
        const inner = new formats_findings/* FindingList */.k(entry.name);
        const result = await parseZipModel(path, entry.uncompressedSize, inner, options, depth + 1);
        for (const item of inner.items)
            findings.add(item.severity, item.code, item.message, {
                entry: item.location.entry ? `${entry.name}/${item.location.entry}` : entry.name,
                ...(item.location.offset !== undefined ? { offset: item.location.offset } : {}),
            });
        return { entry: entry.name, kind: 'zip', format: result.format, details: result.details };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/formats/detect.ts
var detect = __webpack_require__(445);
// EXTERNAL MODULE: ./src/formats/gguf.ts + 1 modules
var gguf = __webpack_require__(3703);
;// CONCATENATED MODULE: ./src/formats/h5.ts
/**
 * Legacy Keras `.h5` models (HDF5): the model's config is the root attribute
 * `model_config` (and the compile settings `training_config`), JSON that Keras reads to
 * import and build every layer. It is read with jsfive (a maintained pure-JS HDF5 reader)
 * and checked like a .keras config; a file whose config cannot be read is an error, since
 * what it would load is unknown. jsfive reads from one buffer, so files over MAX_H5 are
 * refused with a way out (save the model as .keras, which is read entry by entry).
 */


const MAX_H5 = 2 * 1024 ** 3;
/** Validates a legacy Keras HDF5 model by its config attributes. */
async function parseKerasH5(path, size, findings) {
    if (size > MAX_H5) {
        findings.error('KERAS_H5_UNREAD', `legacy HDF5 model of ${size} bytes: too large to read its config here; save it as .keras`);
        return { format: 'keras' };
    }
    let attrs;
    try {
        const { File } = await __webpack_require__.e(/* import() */ 188).then(__webpack_require__.bind(__webpack_require__, 9188));
        const bytes = await (0,promises_.readFile)(path);
        const file = new File(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), path);
        attrs = file.attrs;
    }
    catch (error) {
        findings.error('KERAS_H5_UNREAD', `legacy HDF5 model whose attributes cannot be read (${error.message}); what it would load is unknown`);
        return { format: 'keras' };
    }
    const details = {};
    for (const name of ['model_config', 'training_config']) {
        const raw = attrs[name];
        if (raw === undefined)
            continue;
        const text = typeof raw === 'string' ? raw : Buffer.from(raw).toString('utf8');
        let config;
        try {
            config = JSON.parse(text);
        }
        catch (error) {
            findings.error('KERAS_BAD_CONFIG', `${name} is not JSON: ${error.message}`);
            continue;
        }
        const checked = (0,keras/* checkKerasConfig */.z)(config, {
            error: (code, message) => findings.error(code, `${name}: ${message}`),
            warning: (code, message) => findings.warning(code, `${name}: ${message}`),
            note: (code, message) => findings.note(code, `${name}: ${message}`),
        });
        if (name === 'model_config')
            Object.assign(details, {
                model: config?.class_name,
                ...checked,
            });
    }
    if (attrs.model_config === undefined)
        findings.note('KERAS_H5_WEIGHTS', 'HDF5 file without a model config: weights only');
    return { format: 'keras', details };
}

// EXTERNAL MODULE: ./src/formats/file-source.ts
var file_source = __webpack_require__(7812);
;// CONCATENATED MODULE: ./src/formats/numpy-file.ts
/** A standalone .npy file. */




/** Validates a .npy file (header, data length, and the pickle of object arrays). */
async function checkNpyFile(path, size, findings, options) {
    const reader = new stream_reader/* StreamReader */.C((0,file_source/* readChunks */.z)(path));
    try {
        const npy = await (0,numpy/* checkNpy */.S)(reader, size, findings, options);
        return {
            format: 'numpy',
            details: {
                descr: npy.descr,
                shape: npy.shape,
                globals: npy.pickle ? (0,pickle_file/* describeImports */.Wb)(npy.pickle) : undefined,
            },
        };
    }
    finally {
        await reader.close();
    }
}

;// CONCATENATED MODULE: ./src/formats/contained-path.ts
/**
 * Paths a model names (ONNX external data, vocabularies) must stay inside the model's
 * directory after symlinks are followed, as the loader follows them: checked on the
 * real path, never on the string.
 */


/** Why `location` (relative to `dir`) leaves `dir`, or undefined when it stays inside (or does not exist). */
async function escapesDirectory(dir, location) {
    if ((0,external_node_path_.isAbsolute)(location))
        return 'is an absolute path';
    if (location.split(/[\\/]/).includes('..'))
        return "contains '..'";
    let real;
    let root;
    try {
        [real, root] = await Promise.all([(0,promises_.realpath)((0,external_node_path_.join)(dir, location)), (0,promises_.realpath)(dir)]);
    }
    catch {
        return undefined; // a missing file is reported by the caller
    }
    const inside = (0,external_node_path_.relative)(root, real);
    if (inside === '' || inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside))
        return `resolves through a symlink to ${real}, outside the model directory`;
    return undefined;
}

// EXTERNAL MODULE: ./src/formats/format.ts
var format = __webpack_require__(4309);
// EXTERNAL MODULE: ./node_modules/protobufjs/index.js
var protobufjs = __webpack_require__(1853);
var protobufjs_default = /*#__PURE__*/__webpack_require__.n(protobufjs);
;// CONCATENATED MODULE: ./src/formats/onnx-schema.ts
/**
 * The parts of onnx.proto (onnx/onnx, IR version 10) that validation reads, as a
 * protobufjs JSON descriptor. Field numbers are those of onnx.proto3.
 */

const repeated = (type, id) => ({ rule: 'repeated', type, id });
const descriptor = {
    nested: {
        onnx: {
            nested: {
                StringStringEntryProto: {
                    fields: { key: { type: 'string', id: 1 }, value: { type: 'string', id: 2 } },
                },
                OperatorSetIdProto: {
                    fields: { domain: { type: 'string', id: 1 }, version: { type: 'int64', id: 2 } },
                },
                TensorShapeProto: {
                    fields: { dim: repeated('Dimension', 1) },
                    nested: {
                        Dimension: {
                            fields: {
                                dim_value: { type: 'int64', id: 1 },
                                dim_param: { type: 'string', id: 2 },
                                denotation: { type: 'string', id: 3 },
                            },
                        },
                    },
                },
                TypeProto: {
                    fields: {
                        tensor_type: { type: 'Tensor', id: 1 },
                        sequence_type: { type: 'Sequence', id: 4 },
                        map_type: { type: 'Map', id: 5 },
                        optional_type: { type: 'Optional', id: 9 },
                        sparse_tensor_type: { type: 'Tensor', id: 8 },
                        denotation: { type: 'string', id: 6 },
                    },
                    nested: {
                        Tensor: {
                            fields: {
                                elem_type: { type: 'int32', id: 1 },
                                shape: { type: 'TensorShapeProto', id: 2 },
                            },
                        },
                        Sequence: { fields: { elem_type: { type: 'TypeProto', id: 1 } } },
                        Map: {
                            fields: {
                                key_type: { type: 'int32', id: 1 },
                                value_type: { type: 'TypeProto', id: 2 },
                            },
                        },
                        Optional: { fields: { elem_type: { type: 'TypeProto', id: 1 } } },
                    },
                },
                ValueInfoProto: {
                    fields: {
                        name: { type: 'string', id: 1 },
                        type: { type: 'TypeProto', id: 2 },
                        doc_string: { type: 'string', id: 3 },
                    },
                },
                TensorProto: {
                    fields: {
                        dims: repeated('int64', 1),
                        data_type: { type: 'int32', id: 2 },
                        float_data: repeated('float', 4),
                        int32_data: repeated('int32', 5),
                        string_data: repeated('bytes', 6),
                        int64_data: repeated('int64', 7),
                        name: { type: 'string', id: 8 },
                        raw_data: { type: 'bytes', id: 9 },
                        double_data: repeated('double', 10),
                        uint64_data: repeated('uint64', 11),
                        external_data: repeated('StringStringEntryProto', 13),
                        data_location: { type: 'int32', id: 14 },
                    },
                },
                SparseTensorProto: {
                    fields: {
                        values: { type: 'TensorProto', id: 1 },
                        indices: { type: 'TensorProto', id: 2 },
                        dims: repeated('int64', 3),
                    },
                },
                AttributeProto: {
                    fields: {
                        name: { type: 'string', id: 1 },
                        type: { type: 'int32', id: 20 },
                        t: { type: 'TensorProto', id: 5 },
                        g: { type: 'GraphProto', id: 6 },
                        tensors: repeated('TensorProto', 10),
                        graphs: repeated('GraphProto', 11),
                    },
                },
                NodeProto: {
                    fields: {
                        input: repeated('string', 1),
                        output: repeated('string', 2),
                        name: { type: 'string', id: 3 },
                        op_type: { type: 'string', id: 4 },
                        domain: { type: 'string', id: 7 },
                        attribute: repeated('AttributeProto', 5),
                    },
                },
                GraphProto: {
                    fields: {
                        node: repeated('NodeProto', 1),
                        name: { type: 'string', id: 2 },
                        initializer: repeated('TensorProto', 5),
                        sparse_initializer: repeated('SparseTensorProto', 15),
                        input: repeated('ValueInfoProto', 11),
                        output: repeated('ValueInfoProto', 12),
                    },
                },
            },
        },
    },
};
let root;
/** Looks up an ONNX message type; the schema is built on first use (it costs startup time). */
function onnxType(name) {
    root ??= protobufjs_default().Root.fromJSON(descriptor);
    return root.lookupType(`onnx.${name}`);
}
/** Decodes bytes into a plain object with int64 as numbers. */
function decodeOnnx(type, bytes) {
    return type.toObject(type.decode(bytes), { longs: Number, arrays: true, defaults: false });
}
/** TensorProto.DataType -> [name used in signatures, bits per element]. */
const ONNX_DTYPES = {
    1: ['float32', 32],
    2: ['uint8', 8],
    3: ['int8', 8],
    4: ['uint16', 16],
    5: ['int16', 16],
    6: ['int32', 32],
    7: ['int64', 64],
    8: ['string', 0],
    9: ['bool', 8],
    10: ['float16', 16],
    11: ['float64', 64],
    12: ['uint32', 32],
    13: ['uint64', 64],
    14: ['complex64', 64],
    15: ['complex128', 128],
    16: ['bfloat16', 16],
    17: ['float8e4m3fn', 8],
    18: ['float8e4m3fnuz', 8],
    19: ['float8e5m2', 8],
    20: ['float8e5m2fnuz', 8],
    21: ['uint4', 4],
    22: ['int4', 4],
    23: ['float4e2m1', 4],
};

;// CONCATENATED MODULE: ./src/formats/onnx-tensor.ts
/** ONNX TensorProto data checks: the stored bytes or values match dims and type. */





/** The typed field that holds values of a data type, and values per element. */
function typedField(dataType) {
    if (dataType === 1)
        return [4, 1];
    if (dataType === 14)
        return [4, 2];
    if (dataType === 7)
        return [7, 1];
    if (dataType === 8)
        return [6, 1];
    if (dataType === 11)
        return [10, 1];
    if (dataType === 15)
        return [10, 2];
    if (dataType === 12 || dataType === 13)
        return [11, 1];
    if (dataType >= 21 && dataType <= 23)
        return [5, 0.5];
    return [5, 1];
}
/** Checks one initializer or constant tensor; `dir` is where external data must live. */
async function checkTensorData(tensor, dir, findings) {
    const label = `initializer '${tensor.name}'`;
    const type = ONNX_DTYPES[tensor.dataType];
    if (!type) {
        findings.error('ONNX_BAD_TENSOR', `${label} has unknown data_type ${tensor.dataType}`);
        return;
    }
    const count = (0,format/* elementCount */.KX)(tensor.dims);
    if (count < 0) {
        findings.error('ONNX_BAD_TENSOR', `${label} has invalid dims ${JSON.stringify(tensor.dims)}`);
        return;
    }
    const [, bits] = type;
    const expectedBytes = Math.ceil((count * bits) / 8);
    if (tensor.location === 1) {
        await checkExternal(tensor, label, expectedBytes, dir, findings);
        return;
    }
    if (tensor.raw !== undefined) {
        if (tensor.dataType === 8)
            findings.error('ONNX_BAD_TENSOR', `${label} is a string tensor with raw_data`);
        else if (tensor.raw !== expectedBytes) {
            findings.error('ONNX_INITIALIZER_SIZE', `${label} holds ${tensor.raw} bytes of raw_data but ${type[0]}${JSON.stringify(tensor.dims)} needs ${expectedBytes}`);
        }
        return;
    }
    const [field, perElement] = typedField(tensor.dataType);
    const expected = Math.ceil(count * perElement);
    const held = tensor.typed[field] ?? 0;
    if (held !== expected) {
        findings.error('ONNX_INITIALIZER_SIZE', `${label} holds ${held} values but ${type[0]}${JSON.stringify(tensor.dims)} needs ${expected}`);
    }
}
async function checkExternal(tensor, label, expectedBytes, dir, findings) {
    const location = tensor.external.location;
    if (!location) {
        findings.error('ONNX_EXTERNAL_DATA', `${label} is stored externally but names no location`);
        return;
    }
    const escape = await escapesDirectory(dir, location);
    if (escape) {
        findings.error('ONNX_EXTERNAL_PATH', `${label} external data '${location}' points outside the model directory (it ${escape})`);
        return;
    }
    const offset = Number(tensor.external.offset ?? 0);
    const declared = tensor.external.length === undefined ? undefined : Number(tensor.external.length);
    let size;
    try {
        const info = await (0,promises_.stat)((0,external_node_path_.join)(dir, location));
        if (!info.isFile())
            throw new Error('not a regular file');
        size = info.size;
    }
    catch (error) {
        findings.error('ONNX_EXTERNAL_MISSING', `${label} external data file '${location}' is missing (${error.code ?? error.message})`);
        return;
    }
    const length = declared ?? size - offset;
    if (!Number.isSafeInteger(offset) ||
        offset < 0 ||
        !Number.isSafeInteger(length) ||
        length < 0 ||
        offset + length > size) {
        findings.error('ONNX_EXTERNAL_SHORT', `${label} needs bytes ${offset}..${offset + length} of '${location}', which is ${size} bytes`);
    }
    else if (length !== expectedBytes) {
        findings.error('ONNX_INITIALIZER_SIZE', `${label} external data is ${length} bytes but needs ${expectedBytes}`);
    }
}
/** TensorMeta of a tensor decoded by protobufjs (constants and subgraph initializers). */
function metaOfDecoded(tensor) {
    const typed = {};
    const fields = [
        [4, tensor.float_data],
        [5, tensor.int32_data],
        [6, tensor.string_data],
        [7, tensor.int64_data],
        [10, tensor.double_data],
        [11, tensor.uint64_data],
    ];
    for (const [field, values] of fields)
        if (values?.length)
            typed[field] = values.length;
    const external = {};
    for (const entry of tensor.external_data ?? [])
        if (entry.key)
            external[entry.key] = entry.value ?? '';
    return {
        name: tensor.name ?? '',
        dims: tensor.dims ?? [],
        dataType: tensor.data_type ?? 0,
        raw: tensor.raw_data && tensor.raw_data.length > 0 ? tensor.raw_data.length : undefined,
        typed,
        external,
        location: tensor.data_location ?? 0,
    };
}

// EXTERNAL MODULE: ./src/formats/protobuf-file.ts
var protobuf_file = __webpack_require__(5371);
;// CONCATENATED MODULE: ./src/formats/onnx.ts
/**
 * ONNX models: the ModelProto is walked in the file (tensor bytes are stepped over,
 * never loaded); nodes and value infos are decoded with protobufjs. Checks: IR
 * version and opsets, graph inputs/outputs, topological wiring of node inputs,
 * initializer sizes and external data.
 */




const MAX_NODE = 512 << 20;
/** Validates an ONNX model file. */
async function parseOnnx(path, size, findings, _options) {
    const result = { format: 'onnx' };
    const file = await protobuf_file/* FileWindow */.Vd.open(path, size);
    try {
        let irVersion;
        let producer;
        const opsets = [];
        let graph;
        for await (const field of file.fields(0, size)) {
            if (field.number === 1 && field.wireType === 0)
                irVersion = field.value;
            else if (field.wireType !== 2)
                continue;
            else if (field.number === 8)
                opsets.push(decodeOnnx(onnxType('OperatorSetIdProto'), await file.bytes(field.start, field.length)));
            else if (field.number === 2 && field.length < 1024)
                producer = (await file.bytes(field.start, field.length)).toString('utf8');
            else if (field.number === 7)
                graph = await walkGraph(file, field.start, field.start + field.length);
        }
        if (!irVersion)
            findings.error('ONNX_NO_IR_VERSION', 'model has no ir_version');
        if (opsets.length === 0)
            findings.error('ONNX_NO_OPSET', 'model imports no operator set (opset_import is empty)');
        if (!graph) {
            findings.error('ONNX_NO_GRAPH', 'model has no graph');
            return result;
        }
        const dir = (0,external_node_path_.dirname)(path);
        for (const tensor of graph.initializerMeta)
            await checkTensorData(tensor, dir, findings);
        const initializerNames = new Set([
            ...graph.initializerMeta.map((t) => t.name),
            ...(graph.sparse_initializer ?? []).map((s) => s.values?.name ?? ''),
        ]);
        await checkGraph(graph, new Set(), initializerNames, dir, findings, 'graph');
        const inputs = (graph.input ?? []).filter((v) => !initializerNames.has(v.name ?? ''));
        result.signature = { inputs: inputs.map(toSpec), outputs: (graph.output ?? []).map(toSpec) };
        result.details = {
            irVersion,
            producer,
            opsets: opsets.map((o) => ({ domain: o.domain || 'ai.onnx', version: o.version })),
            nodes: graph.node?.length ?? 0,
            initializers: graph.initializerMeta.length,
        };
    }
    catch (error) {
        if (!(error instanceof protobuf_file/* WireError */.cC) &&
            !(error instanceof RangeError) &&
            !/invalid|index out of range/i.test(error.message))
            throw error;
        findings.error('ONNX_MALFORMED', `protobuf does not parse: ${error.message}`, {
            offset: error instanceof protobuf_file/* WireError */.cC ? error.offset : undefined,
        });
    }
    finally {
        await file.close();
    }
    return result;
}
async function walkGraph(file, start, end) {
    const graph = {
        node: [],
        input: [],
        output: [],
        sparse_initializer: [],
        initializerMeta: [],
    };
    for await (const field of file.fields(start, end)) {
        if (field.wireType !== 2)
            continue;
        const s = field.start;
        const n = field.length;
        if (field.number === 5)
            graph.initializerMeta.push(await walkTensor(file, s, s + n));
        else if (field.number === 1) {
            if (n > MAX_NODE)
                throw new protobuf_file/* WireError */.cC(`a node of ${n} bytes is too large to check`, s);
            graph.node.push(decodeOnnx(onnxType('NodeProto'), await file.bytes(s, n)));
        }
        else if (field.number === 11)
            graph.input.push(decodeOnnx(onnxType('ValueInfoProto'), await file.bytes(s, n)));
        else if (field.number === 12)
            graph.output.push(decodeOnnx(onnxType('ValueInfoProto'), await file.bytes(s, n)));
        else if (field.number === 15 && n <= MAX_NODE)
            graph.sparse_initializer.push(decodeOnnx(onnxType('SparseTensorProto'), await file.bytes(s, n)));
    }
    return graph;
}
/** Reads a TensorProto's metadata from the file, counting (not loading) its data. */
async function walkTensor(file, start, end) {
    const meta = {
        name: '',
        dims: [],
        dataType: 0,
        typed: {},
        external: {},
        location: 0,
    };
    const bump = (field, n) => (meta.typed[field] = (meta.typed[field] ?? 0) + n);
    for await (const f of file.fields(start, end)) {
        const s = f.start;
        const n = f.length;
        if (f.number === 1) {
            if (f.wireType === 0)
                meta.dims.push(f.value);
            else if (f.wireType === 2) {
                const packed = await file.bytes(s, n);
                const decoded = decodeOnnx(onnxType('TensorProto'), Buffer.concat([Buffer.from([0x0a, ...varint(n)]), packed]));
                meta.dims.push(...(decoded.dims ?? []));
            }
        }
        else if (f.number === 2 && f.wireType === 0)
            meta.dataType = f.value;
        else if (f.number === 8 && f.wireType === 2)
            meta.name = (await file.bytes(s, n)).toString('utf8');
        else if (f.number === 9 && f.wireType === 2)
            meta.raw = n;
        else if (f.number === 14 && f.wireType === 0)
            meta.location = f.value;
        else if (f.number === 13 && f.wireType === 2) {
            const entry = decodeOnnx(onnxType('StringStringEntryProto'), await file.bytes(s, n));
            if (entry.key)
                meta.external[entry.key] = entry.value ?? '';
        }
        else if (f.number === 6)
            bump(6, 1);
        else if (f.number === 4)
            bump(4, f.wireType === 2 ? n / 4 : 1);
        else if (f.number === 10)
            bump(10, f.wireType === 2 ? n / 8 : 1);
        else if (f.number === 5 || f.number === 7 || f.number === 11) {
            bump(f.number, f.wireType === 2 ? await file.countVarints(s, n) : 1);
        }
    }
    return meta;
}
function varint(value) {
    const out = [];
    let v = value;
    while (v >= 0x80) {
        out.push((v % 0x80) | 0x80);
        v = Math.floor(v / 0x80);
    }
    out.push(v);
    return out;
}
/** Every node input must be produced before it is used; subgraphs see their outer scope. */
async function checkGraph(graph, outer, initializers, dir, findings, where) {
    const available = new Set([
        ...outer,
        ...initializers,
        ...(graph.input ?? []).map((v) => v.name ?? ''),
    ]);
    for (const [index, node] of (graph.node ?? []).entries()) {
        const label = `${where} node ${node.name ? `'${node.name}'` : `#${index}`} (${node.op_type ?? '?'})`;
        for (const input of node.input ?? []) {
            if (input !== '' && !available.has(input)) {
                findings.error('ONNX_DANGLING_INPUT', `${label} uses '${input}', which no graph input, initializer or earlier node produces`);
            }
        }
        for (const attribute of node.attribute ?? []) {
            for (const tensor of [attribute.t, ...(attribute.tensors ?? [])]) {
                if (tensor)
                    await checkTensorData(metaOfDecoded({ name: `${label} attribute ${attribute.name}`, ...tensor }), dir, findings);
            }
            for (const sub of [attribute.g, ...(attribute.graphs ?? [])]) {
                if (!sub)
                    continue;
                const subInit = (sub.initializer ?? []).map(metaOfDecoded);
                for (const tensor of subInit)
                    await checkTensorData(tensor, dir, findings);
                await checkGraph(sub, available, new Set(subInit.map((t) => t.name)), dir, findings, `${label} subgraph '${attribute.name}'`);
            }
        }
        for (const output of node.output ?? [])
            if (output !== '')
                available.add(output);
    }
    for (const output of graph.output ?? []) {
        if (output.name && !available.has(output.name)) {
            findings.error('ONNX_DANGLING_OUTPUT', `${where} output '${output.name}' is not produced by any node, input or initializer`);
        }
    }
}
function toSpec(value) {
    const tensor = value.type?.tensor_type;
    if (!tensor) {
        const kind = Object.keys(value.type ?? {})
            .find((k) => k.endsWith('_type'))
            ?.replace('_type', '') ?? 'unknown';
        return { name: value.name ?? '', dtype: kind, shape: [] };
    }
    const dtype = ONNX_DTYPES[tensor.elem_type ?? 0]?.[0] ?? `type${tensor.elem_type ?? 0}`;
    if (!tensor.shape)
        return { name: value.name ?? '', dtype, shape: null };
    const shape = (tensor.shape.dim ?? []).map((d) => d.dim_value !== undefined
        ? d.dim_value
        : d.dim_param !== undefined && d.dim_param !== ''
            ? d.dim_param
            : null);
    return { name: value.name ?? '', dtype, shape };
}

// EXTERNAL MODULE: ./src/formats/safetensors.ts
var safetensors = __webpack_require__(1541);
;// CONCATENATED MODULE: ./src/formats/savedmodel-ops.ts
/**
 * TensorFlow ops a SavedModel may use: ones that compute on tensors, control flow, calls
 * and variables, which touch no file, run no Python and print nowhere (names as in
 * tensorflow/core/ops/*.cc). Everything else is an error: a denylist misses what it does
 * not name. The checkpoint ops are allowed only where the loader itself runs them: in the
 * TF1 saver graph and in TF2's `__inference__traced_save_*` / `_traced_restore_*`
 * functions, which read and write the model's own variables/ files.
 */
const words = (text) => text.trim().split(/\s+/);
const SAFE_OPS = new Set(words(`
    Const Placeholder PlaceholderWithDefault PlaceholderV2 Identity IdentityN NoOp Snapshot
    StopGradient PreventGradient CheckNumerics CheckNumericsV2 EnsureShape Assert
    VarHandleOp ReadVariableOp AssignVariableOp AssignAddVariableOp AssignSubVariableOp
    VarIsInitializedOp DestroyResourceOp ResourceGather ResourceGatherNd VariableV2 Variable
    VariableShape Assign AssignAdd AssignSub TemporaryVariable DestroyTemporaryVariable
    StatefulPartitionedCall PartitionedCall If StatelessIf While StatelessWhile Case
    StatelessCase For Switch Merge Enter Exit NextIteration LoopCond ControlTrigger
    Add AddV2 AddN Sub Mul MulNoNan Div DivNoNan RealDiv TruncateDiv FloorDiv FloorMod Mod
    TruncateMod Maximum Minimum Pow SquaredDifference Neg Abs Sign Square Sqrt Rsqrt
    Reciprocal Inv Exp Expm1 Log Log1p Floor Ceil Round Rint Sin Cos Tan Asin Acos Atan Atan2
    Sinh Cosh Tanh Asinh Acosh Atanh Sigmoid Erf Erfc Erfinv Lgamma Digamma IsNan IsInf
    IsFinite ClipByValue Relu Relu6 Elu Selu LeakyRelu Softplus Softsign Softmax LogSoftmax
    Gelu BiasAdd BiasAddV1 MatMul BatchMatMul BatchMatMulV2 BatchMatMulV3 Einsum SparseMatMul
    Conv1D Conv2D Conv3D DepthwiseConv2dNative Conv2DBackpropInput Conv3DBackpropInputV2
    FusedConv2DBiasActivation MaxPool MaxPoolV2 MaxPool3D AvgPool AvgPool3D
    MaxPoolWithArgmax FusedBatchNorm FusedBatchNormV2 FusedBatchNormV3
    BatchNormWithGlobalNormalization LRN Dilation2D _FusedConv2D _FusedMatMul
    _FusedBatchNormEx Mean Sum Max Min Prod All Any ArgMax ArgMin Cumsum Cumprod
    Cast Bitcast Reshape Squeeze ExpandDims Transpose ConjugateTranspose ConcatV2 Concat
    ConcatOffset Pack Unpack Split SplitV Slice StridedSlice StridedSliceGrad
    TensorScatterUpdate TensorScatterAdd ScatterNd Gather GatherV2 GatherNd Tile Pad PadV2
    MirrorPad Fill ZerosLike OnesLike Range LinSpace Shape ShapeN Size Rank BroadcastTo
    BroadcastArgs BroadcastGradientArgs Reverse ReverseV2 ReverseSequence Roll
    SpaceToBatchND BatchToSpaceND SpaceToDepth DepthToSpace Select SelectV2 Where Equal
    NotEqual Less LessEqual Greater GreaterEqual LogicalAnd LogicalOr LogicalNot
    ApproximateEqual TopKV2 TopK InTopKV2 OneHot Unique UniqueV2 UniqueWithCounts
    SegmentSum SegmentMean SegmentMax SegmentMin UnsortedSegmentSum UnsortedSegmentMax
    UnsortedSegmentMin SparseSegmentSum SparseSegmentMean SparseSegmentSqrtN
    SparseToDense SparseTensorDenseMatMul SparseReshape SparseFillEmptyRows
    ResizeBilinear ResizeNearestNeighbor ResizeBicubic ResizeArea ScaleAndTranslate
    CropAndResize ExtractImagePatches NonMaxSuppressionV3 NonMaxSuppressionV4
    NonMaxSuppressionV5 CombinedNonMaxSuppression AdjustContrastv2 AdjustHue AdjustSaturation
    RGBToHSV HSVToRGB DecodeJpeg DecodePng DecodeImage DecodeBmp DecodeGif EncodeJpeg EncodePng
    Qr Svd MatrixInverse MatrixDeterminant Cholesky MatrixBandPart MatrixDiag MatrixDiagV3
    MatrixDiagPartV3 MatrixSetDiagV3 MatrixTriangularSolve MatrixSolve Diag DiagPart
    FFT IFFT RFFT IRFFT FFT2D IFFT2D ComplexAbs Complex Real Imag Angle Conj
    StatelessRandomUniform StatelessRandomNormal StatelessRandomUniformV2
    StatelessRandomNormalV2 StatelessTruncatedNormal StatelessTruncatedNormalV2
    StatelessRandomGetKeyCounter StatelessRandomGetKeyCounterAlg RandomUniform
    RandomStandardNormal TruncatedNormal RandomUniformInt Multinomial
    StringJoin StringSplit StringSplitV2 StringToNumber AsString Substr StringLength
    StringStrip StringLower StringUpper RegexReplace StaticRegexReplace StaticRegexFullMatch
    RegexFullMatch StringToHashBucket StringToHashBucketFast StringToHashBucketStrong
    UnicodeDecode UnicodeEncode ReduceJoin EncodeBase64 DecodeBase64 StringFormat
    HashTable HashTableV2 MutableHashTable MutableHashTableV2 MutableDenseHashTableV2
    LookupTableFindV2 LookupTableImportV2 LookupTableInsertV2 LookupTableSizeV2
    LookupTableExportV2 LookupTableRemoveV2 AnonymousHashTable InitializeTableV2
    TensorListReserve TensorListFromTensor TensorListStack TensorListGetItem
    TensorListSetItem TensorListLength TensorListElementShape TensorListPushBack
    TensorListPopBack TensorListConcatV2 TensorListSplit TensorArrayV3 TensorArrayReadV3
    TensorArrayWriteV3 TensorArrayGatherV3 TensorArrayScatterV3 TensorArraySizeV3
    TensorArrayConcatV3 TensorArraySplitV3 RaggedTensorToTensor RaggedTensorToVariant
    RaggedTensorFromVariant RaggedGather RaggedRange RaggedTensorToSparse
    QuantizeV2 Dequantize QuantizeAndDequantizeV2 QuantizeAndDequantizeV3
    QuantizeAndDequantizeV4 FakeQuantWithMinMaxVars FakeQuantWithMinMaxArgs
    FakeQuantWithMinMaxVarsPerChannel Bucketize HistogramFixedWidth L2Loss Cross
    SoftmaxCrossEntropyWithLogits SparseSoftmaxCrossEntropyWithLogits ZerosLike
    DynamicPartition DynamicStitch ParallelDynamicStitch Fingerprint GuaranteeConst
    DebugGradientIdentity EmptyTensorList Empty
  `));
/** The checkpoint ops: files, but the loader's own (see the header). */
const SAVER_OPS = new Set(words('SaveV2 RestoreV2 MergeV2Checkpoints ShardedFilename Save Restore RestoreSlice SaveSlices'));
/** True for a function the loader runs to save or restore the model's own variables. */
const isSaverFunction = (name) => /_traced_(save|restore)_\d+$/.test(name);

;// CONCATENATED MODULE: ./src/formats/savedmodel-schema.ts
/**
 * The parts of TensorFlow's saved_model.proto, meta_graph.proto, graph.proto,
 * node_def.proto, function.proto and tensor_shape.proto that validation reads.
 */

const savedmodel_schema_descriptor = {
    nested: {
        tf: {
            nested: {
                SavedModel: {
                    fields: {
                        saved_model_schema_version: { type: 'int64', id: 1 },
                        meta_graphs: { rule: 'repeated', type: 'MetaGraphDef', id: 2 },
                    },
                },
                MetaGraphDef: {
                    fields: {
                        meta_info_def: { type: 'MetaInfoDef', id: 1 },
                        graph_def: { type: 'GraphDef', id: 2 },
                        signature_def: { keyType: 'string', type: 'SignatureDef', id: 5 },
                    },
                    nested: {
                        MetaInfoDef: {
                            fields: {
                                tags: { rule: 'repeated', type: 'string', id: 4 },
                                tensorflow_version: { type: 'string', id: 5 },
                            },
                        },
                    },
                },
                GraphDef: {
                    fields: {
                        node: { rule: 'repeated', type: 'NodeDef', id: 1 },
                        library: { type: 'FunctionDefLibrary', id: 2 },
                    },
                },
                NodeDef: {
                    fields: {
                        name: { type: 'string', id: 1 },
                        op: { type: 'string', id: 2 },
                        input: { rule: 'repeated', type: 'string', id: 3 },
                    },
                },
                FunctionDefLibrary: {
                    fields: { function: { rule: 'repeated', type: 'FunctionDef', id: 1 } },
                },
                FunctionDef: {
                    fields: {
                        signature: { type: 'OpDef', id: 1 },
                        node_def: { rule: 'repeated', type: 'NodeDef', id: 3 },
                    },
                },
                OpDef: { fields: { name: { type: 'string', id: 1 } } },
                SignatureDef: {
                    fields: {
                        inputs: { keyType: 'string', type: 'TensorInfo', id: 1 },
                        outputs: { keyType: 'string', type: 'TensorInfo', id: 2 },
                        method_name: { type: 'string', id: 3 },
                    },
                },
                TensorInfo: {
                    fields: {
                        name: { type: 'string', id: 1 },
                        dtype: { type: 'int32', id: 2 },
                        tensor_shape: { type: 'TensorShapeProto', id: 3 },
                    },
                },
                TensorShapeProto: {
                    fields: {
                        dim: { rule: 'repeated', type: 'Dim', id: 2 },
                        unknown_rank: { type: 'bool', id: 3 },
                    },
                    nested: {
                        Dim: { fields: { size: { type: 'int64', id: 1 }, name: { type: 'string', id: 2 } } },
                    },
                },
            },
        },
    },
};
let type;
/** The SavedModel message type, built on first use (also used by tests to write fixtures). */
function savedModelType() {
    type ??= protobufjs_default().Root.fromJSON(savedmodel_schema_descriptor).lookupType('tf.SavedModel');
    return type;
}
/** TensorFlow DataType enum values -> signature dtype names. */
const TF_DTYPES = {
    1: 'float32',
    2: 'float64',
    3: 'int32',
    4: 'uint8',
    5: 'int16',
    6: 'int8',
    7: 'string',
    8: 'complex64',
    9: 'int64',
    10: 'bool',
    14: 'bfloat16',
    17: 'uint16',
    18: 'complex128',
    19: 'float16',
    20: 'resource',
    21: 'variant',
    22: 'uint32',
    23: 'uint64',
};

;// CONCATENATED MODULE: ./src/formats/savedmodel.ts
/**
 * TensorFlow SavedModel: saved_model.pb parses; the serving signature is the model's
 * signature; every op, in the graph and in its functions, must be on the allowlist of ops
 * that touch no file and run no Python (savedmodel-ops.ts). saved_model.pbtxt (the text
 * form) is read for its ops only.
 */



/** Ops that touch the filesystem or call back into Python when the graph runs. */
const DANGEROUS_OPS = new Set([
    'ReadFile',
    'WriteFile',
    'MatchingFiles',
    'PyFunc',
    'PyFuncStateless',
    'EagerPyFunc',
    'WholeFileReader',
    'WholeFileReaderV2',
    'TextLineReader',
    'TextLineReaderV2',
    'FixedLengthRecordReader',
    'FixedLengthRecordReaderV2',
    'TFRecordReader',
    'TFRecordReaderV2',
    'ImmutableConst',
    'DeleteFile',
    'RecursivelyCreateDir',
    'DebugIdentityV2',
]);
const MAX_PB = 2 ** 31;
/** Validates saved_model.pb. */
async function parseSavedModel(path, size, findings) {
    const result = { format: 'savedmodel' };
    if (size > MAX_PB) {
        findings.error('SAVEDMODEL_MALFORMED', `saved_model.pb is ${size} bytes, over protobuf's 2 GiB limit`);
        return result;
    }
    let model;
    try {
        const bytes = await (0,file_source/* readAt */.m)(path, 0, size);
        const type = savedModelType();
        model = type.toObject(type.decode(bytes), {
            longs: Number,
            arrays: true,
            objects: true,
        });
    }
    catch (error) {
        findings.error('SAVEDMODEL_MALFORMED', `saved_model.pb does not parse: ${error.message}`);
        return result;
    }
    const graphs = model.meta_graphs ?? [];
    if (graphs.length === 0) {
        findings.error('SAVEDMODEL_NO_GRAPH', 'saved_model.pb holds no MetaGraphDef');
        return result;
    }
    const opCounts = new Map();
    for (const graph of graphs) {
        const nodes = [
            ...(graph.graph_def?.node ?? []).map((n) => ({ node: n, where: 'graph', saver: true })),
            ...(graph.graph_def?.library?.function ?? []).flatMap((f) => (f.node_def ?? []).map((n) => ({
                node: n,
                where: `function '${f.signature?.name ?? '?'}'`,
                saver: isSaverFunction(f.signature?.name ?? ''),
            }))),
        ];
        for (const { node, where, saver } of nodes)
            judgeOp(node.op ?? '', `${where} node '${node.name ?? '?'}'`, saver, opCounts, findings);
    }
    const serving = graphs.find((g) => g.meta_info_def?.tags?.includes('serve')) ?? graphs[0];
    const signatures = serving.signature_def ?? {};
    const key = 'serving_default' in signatures
        ? 'serving_default'
        : Object.keys(signatures).find((k) => !k.startsWith('__'));
    if (!key)
        findings.warning('SAVEDMODEL_NO_SIGNATURE', 'no signature_def to serve (serving_default missing)');
    else {
        const def = signatures[key];
        result.signature = { inputs: toSpecs(def.inputs), outputs: toSpecs(def.outputs) };
    }
    result.details = {
        metaGraphs: graphs.map((g) => g.meta_info_def?.tags ?? []),
        signatureKey: key,
        signatures: Object.keys(signatures),
        dangerousOps: Object.fromEntries(opCounts),
    };
    return result;
}
/** Reports an op that is not allowed where it is, once per op. */
function judgeOp(op, where, saverContext, seen, findings) {
    if (SAFE_OPS.has(op) || (saverContext && SAVER_OPS.has(op)))
        return;
    const count = seen.get(op) ?? 0;
    seen.set(op, count + 1);
    if (count > 0)
        return;
    if (DANGEROUS_OPS.has(op) || SAVER_OPS.has(op))
        findings.error('SAVEDMODEL_DANGEROUS_OP', `${where} uses op ${op}, which reads/writes files or runs Python${SAVER_OPS.has(op) ? " outside the loader's own save/restore" : ''}`);
    else
        findings.error('SAVEDMODEL_UNKNOWN_OP', `${where} uses op ${op}, which is not on the allowlist of ops that touch no file and run no Python`);
}
/**
 * saved_model.pbtxt: the text form. Its ops are read from every `op: "..."` field
 * (adjacent strings joined, as the text format does); an op spelled with an escape is
 * refused rather than decoded differently from TensorFlow. Signatures are not read.
 */
async function parseSavedModelText(path, size, findings) {
    if (size > MAX_PB) {
        findings.error('SAVEDMODEL_MALFORMED', `saved_model.pbtxt is ${size} bytes`);
        return { format: 'savedmodel' };
    }
    const text = (await (0,file_source/* readAt */.m)(path, 0, size)).toString('utf8');
    const seen = new Map();
    const field = /(?:^|[\s{;,])op\s*:\s*((?:"(?:[^"\\\n]|\\.)*"\s*|'(?:[^'\\\n]|\\.)*'\s*)+)/g;
    for (const match of text.matchAll(field)) {
        const parts = [...match[1].matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1] ?? m[2] ?? '');
        const op = parts.join('');
        if (op.includes('\\')) {
            findings.error('SAVEDMODEL_MALFORMED', `an op name with an escape ('${op.slice(0, 40)}') is not read`);
            continue;
        }
        judgeOp(op, 'a node', false, seen, findings);
    }
    findings.note('SAVEDMODEL_TEXT', 'saved_model.pbtxt: ops checked; signatures are not read from the text form');
    return { format: 'savedmodel', details: { ops: Object.fromEntries(seen) } };
}
function toSpecs(map) {
    return Object.entries(map ?? {})
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, info]) => ({
        name,
        dtype: TF_DTYPES[info.dtype ?? 0] ?? `dtype${info.dtype ?? 0}`,
        shape: info.tensor_shape?.unknown_rank
            ? null
            : (info.tensor_shape?.dim ?? []).map((d) => d.size === undefined || d.size < 0 ? null : d.size),
    }));
}

;// CONCATENATED MODULE: ./src/formats/registry.ts
/**
 * The format registry: what each detected kind of file is (the formats it may turn out
 * to be) and which parser reads it. validate-model parses every file through it;
 * build-image asks it to name a model's format. Detection by content stays in detect.ts,
 * which loads no parser, so naming a format by its head costs little.
 */











/** What a file of each detected kind may be (a zip is PyTorch, Keras, .npz, or joblib). */
const FAMILY = {
    onnx: ['onnx'],
    safetensors: ['safetensors'],
    gguf: ['gguf'],
    savedmodel: ['savedmodel'],
    numpy: ['numpy'],
    h5: ['keras'],
    pickle: ['pickle', 'joblib', 'pytorch'],
    'compressed-pickle': ['joblib', 'pickle'],
    zip: ['pytorch', 'keras', 'numpy', 'pickle', 'joblib'],
    joblib: ['joblib', 'pickle'],
    pytorch: ['pytorch', 'pickle'],
    keras: ['keras'],
};
/** Parses one file by its detected format; undefined format for files that are not models. */
async function parseModelFile(absolute, relative, size, declared, kind, findings, options) {
    let head;
    try {
        head = await (0,detect.readHead)(absolute);
    }
    catch (error) {
        findings.error('UNREADABLE', `cannot read '${relative}' (${error.code})`);
        return {};
    }
    const detected = await (0,detect.detectFormat)(head, relative);
    if (!detected) {
        if (kind === 'directory')
            noteUnrecognised(relative, head, findings);
        return {};
    }
    if (declared !== 'auto' && !FAMILY[detected].includes(declared)) {
        if (kind === 'file')
            findings.error('FORMAT_MISMATCH', `format is '${declared}' but the content is ${detected}`);
        return {};
    }
    const parsed = await runParser(detected, absolute, size, findings, options, head);
    if (declared !== 'auto' &&
        kind === 'file' &&
        !FAMILY[declared].includes(parsed.format) &&
        parsed.format !== declared) {
        findings.error('FORMAT_MISMATCH', `format is '${declared}' but the content is ${parsed.format}`);
    }
    return parsed;
}
/**
 * A file of a model directory that is no model format: text (configs, tokenizers, the
 * card) is passed over; Python source is a warning (a loader with trust_remote_code runs it);
 * anything else binary is a warning, since which loader reads it is unknown.
 */
function noteUnrecognised(relative, head, findings) {
    if (/\.py$/i.test(relative))
        findings.warning('PYTHON_SOURCE', 'Python source beside the model: a loader with trust_remote_code imports and runs it');
    // A head cut inside a multi-byte character is still text: its last three bytes are not judged.
    else if (head.includes(0) || !(0,external_node_buffer_.isUtf8)(head.subarray(0, Math.max(0, head.length - 3))))
        findings.warning('UNKNOWN_FILE', 'binary file of no model format modelgate reads: what loads it, and how, is unknown');
}
function runParser(detected, path, size, findings, options, head) {
    switch (detected) {
        case 'safetensors':
            return (0,safetensors/* parseSafetensors */.B)(path, size, findings);
        case 'gguf':
            return (0,gguf/* parseGguf */.V)(path, size, findings);
        case 'onnx':
            return parseOnnx(path, size, findings, options);
        case 'savedmodel':
            return path.endsWith('.pbtxt')
                ? parseSavedModelText(path, size, findings)
                : parseSavedModel(path, size, findings);
        case 'numpy':
            return checkNpyFile(path, size, findings, options);
        case 'zip':
            return parseZipModel(path, size, findings, options);
        case 'h5':
            return parseKerasH5(path, size, findings);
        default:
            return (0,pickle_file/* parsePickleFile */.gf)(path, size, findings, options, head);
    }
}
/**
 * The format of one model file, detected and confirmed by its parser (a zip may be
 * PyTorch, Keras or .npz). Undefined when the file is not a model.
 */
async function detectModelFormat(absolute, relative, size) {
    const findings = new formats_findings/* FindingList */.k(relative);
    const options = { policy: 'denylist', allowGlobals: new Set(), root: absolute };
    return (await parseModelFile(absolute, relative, size, 'auto', 'file', findings, options)).format;
}


/***/ })

};
