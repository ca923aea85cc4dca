export const id = 445;
export const ids = [445];
export const modules = {

/***/ 445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   detectFormat: () => (/* binding */ detectFormat),
/* harmony export */   formatOf: () => (/* binding */ formatOf),
/* harmony export */   readHead: () => (/* binding */ readHead)
/* harmony export */ });
/* unused harmony exports HEAD_BYTES, looksLikeOnnx, looksLikeZip, isSavedModelPb */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _gguf_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4079);
/* harmony import */ var _keras_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1386);
/* harmony import */ var _numpy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2256);
/* harmony import */ var _pickle_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7731);
/* harmony import */ var _pickle_scanner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9738);
/* harmony import */ var _protobuf_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7752);
/* harmony import */ var _safetensors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1541);
/**
 * Recognises a model format from a file's first bytes (and, for SavedModel, its name).
 * Kept apart from the parsers' heavy dependencies (protobufjs, yauzl), so that naming a
 * format costs little to load.
 */








/** Bytes read from the start of each file for detection. */
const HEAD_BYTES = 64 * 1024;
/** ModelProto fields and their wire types, for detection by content. */
const ONNX_MODEL_FIELDS = {
    1: 0,
    2: 2,
    3: 2,
    4: 2,
    5: 0,
    6: 2,
    7: 2,
    8: 2,
    14: 2,
    20: 2,
    25: 2,
};
/** True when the head parses as a ModelProto carrying an IR version, graph or opset. */
function looksLikeOnnx(head) {
    return (0,_protobuf_file_js__WEBPACK_IMPORTED_MODULE_5__/* .looksLikeMessage */ .TM)(head, ONNX_MODEL_FIELDS, 2, [1, 7, 8]);
}
/** True when the bytes start with a zip local file header. */
function looksLikeZip(head) {
    return head.length >= 4 && head.readUInt32LE(0) === 0x04034b50;
}
/** True for a file named saved_model.pb (SavedModel is recognised by its layout). */
function isSavedModelPb(relativePath) {
    return relativePath === 'saved_model.pb' || relativePath.endsWith('/saved_model.pb');
}
/** The first HEAD_BYTES of a file (fewer when it is shorter). */
async function readHead(path) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
/**
 * The format a detection names by itself; undefined for containers (zip, pickle,
 * compressed pickle) whose content decides between PyTorch, Keras, joblib, pickle, .npz.
 */
function formatOf(detected) {
    if (detected === 'h5')
        return 'keras';
    const named = ['safetensors', 'gguf', 'numpy', 'onnx', 'savedmodel'];
    return named.includes(detected) ? detected : undefined;
}
/** Detects the format of a file from its head; `relativePath` only picks out saved_model.pb. */
async function detectFormat(head, relativePath) {
    if (isSavedModelPb(relativePath))
        return 'savedmodel';
    if ((0,_safetensors_js__WEBPACK_IMPORTED_MODULE_6__/* .looksLikeSafetensors */ .N)(head))
        return 'safetensors';
    if ((0,_gguf_js__WEBPACK_IMPORTED_MODULE_1__/* .looksLikeGguf */ .h)(head))
        return 'gguf';
    if ((0,_numpy_js__WEBPACK_IMPORTED_MODULE_2__/* .looksLikeNpy */ .p)(head))
        return 'numpy';
    if (looksLikeZip(head))
        return 'zip';
    if ((0,_keras_js__WEBPACK_IMPORTED_MODULE_7__/* .looksLikeHdf5 */ .L)(head))
        return 'h5';
    if (head.length >= 2 && head[0] === 0x80 && head[1] >= 2 && head[1] <= 5)
        return 'pickle';
    const compression = (0,_pickle_file_js__WEBPACK_IMPORTED_MODULE_3__/* .compressionOf */ .MB)(head);
    if (compression && /\.(joblib|pkl|pickle|z|gz|bz2|xz|lzma|lz4)$/i.test(relativePath))
        return 'compressed-pickle';
    if (looksLikeOnnx(head))
        return 'onnx';
    if (await (0,_pickle_scanner_js__WEBPACK_IMPORTED_MODULE_4__/* .looksLikePickle */ .ge)(head))
        return 'pickle';
    return undefined;
}


/***/ }),

/***/ 7812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ readAt),
/* harmony export */   z: () => (/* binding */ readChunks)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);


/** Streams a file (from `start`) in 1 MiB chunks. */
function readChunks(path, start = 0) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { start, highWaterMark: 1 << 20 });
}
/**
 * Reads `length` bytes at `offset` (fewer at end of file). Callers bound `length`
 * by the file size, never by a length field read from the file.
 */
async function readAt(path, offset, length) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 4309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dg: () => (/* binding */ addToSummary),
/* harmony export */   KX: () => (/* binding */ elementCount),
/* harmony export */   hR: () => (/* binding */ FORMATS)
/* harmony export */ });
const FORMATS = [
    'onnx',
    'safetensors',
    'pickle',
    'pytorch',
    'joblib',
    'numpy',
    'keras',
    'gguf',
    'savedmodel',
];
/** Product of dimensions; -1 when a dimension is not a non-negative safe integer. */
function elementCount(shape) {
    let count = 1;
    for (const dim of shape) {
        if (typeof dim !== 'number' || !Number.isSafeInteger(dim) || dim < 0)
            return -1;
        count *= dim;
    }
    return Number.isSafeInteger(count) ? count : -1;
}
/** Adds one tensor to a running summary. */
function addToSummary(summary, dtype, count) {
    summary.tensors += 1;
    summary.parameters += Math.max(count, 0);
    summary.dtypes[dtype] = (summary.dtypes[dtype] ?? 0) + 1;
}


/***/ }),

/***/ 4079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ parseGguf),
/* harmony export */   h: () => (/* binding */ looksLikeGguf)
/* harmony export */ });
/* harmony import */ var _file_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7812);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4309);
/* harmony import */ var _stream_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1740);
/**
 * GGUF (llama.cpp): magic, version, tensor and metadata counts, key/values, tensor
 * infos, then aligned tensor data. Every count and length is checked against what
 * the file can still hold before anything is read or allocated.
 */



/** [elements per block, bytes per block] of the ggml types whose layout is fixed. */
const GGML_TYPES = {
    0: ['F32', 1, 4],
    1: ['F16', 1, 2],
    2: ['Q4_0', 32, 18],
    3: ['Q4_1', 32, 20],
    6: ['Q5_0', 32, 22],
    7: ['Q5_1', 32, 24],
    8: ['Q8_0', 32, 34],
    9: ['Q8_1', 32, 36],
    10: ['Q2_K', 256, 84],
    11: ['Q3_K', 256, 110],
    12: ['Q4_K', 256, 144],
    13: ['Q5_K', 256, 176],
    14: ['Q6_K', 256, 210],
    15: ['Q8_K', 256, 292],
    24: ['I8', 1, 1],
    25: ['I16', 1, 2],
    26: ['I32', 1, 4],
    27: ['I64', 1, 8],
    28: ['F64', 1, 8],
    30: ['BF16', 1, 2],
};
/** Sizes of the fixed-width metadata value types. */
const VALUE_SIZES = {
    0: 1,
    1: 1,
    2: 2,
    3: 2,
    4: 4,
    5: 4,
    6: 4,
    7: 1,
    10: 8,
    11: 8,
    12: 8,
};
const STRING = 8;
const ARRAY = 9;
class GgufError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/** True when the file starts with the GGUF magic. */
function looksLikeGguf(head) {
    return head.length >= 4 && head.toString('latin1', 0, 4) === 'GGUF';
}
/** Validates a GGUF file's header, metadata and tensor table. */
async function parseGguf(path, size, findings) {
    const result = { format: 'gguf' };
    const reader = new _stream_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .StreamReader */ .C((0,_file_source_js__WEBPACK_IMPORTED_MODULE_0__/* .readChunks */ .z)(path));
    const remaining = () => size - reader.offset;
    const read = async (n) => {
        const data = await reader.read(n);
        if (!data)
            throw new GgufError(`truncated: ${n} bytes expected`, reader.offset);
        return data;
    };
    const u32 = async () => (await read(4)).readUInt32LE(0);
    const u64 = async () => {
        const value = (await read(8)).readBigUInt64LE(0);
        return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(value);
    };
    const count = async (what, minBytesEach) => {
        const at = reader.offset;
        const n = await u64();
        if (n * minBytesEach > remaining()) {
            throw new GgufError(`${what} count ${n === Infinity ? '≥ 2^53' : n} cannot fit in the ${remaining()} bytes left`, at);
        }
        return n;
    };
    const string = async () => {
        const length = await count('string length', 1);
        return (await read(length)).toString('utf8');
    };
    const value = async (type) => {
        if (type === STRING)
            return string();
        if (type === ARRAY) {
            const itemType = await u32();
            const n = await count('array', itemType === STRING ? 8 : (VALUE_SIZES[itemType] ?? 1));
            const items = [];
            for (let i = 0; i < n; i++) {
                const item = await value(itemType);
                if (items.length < 16)
                    items.push(item);
            }
            return n > 16 ? `[${n} items]` : items;
        }
        const width = VALUE_SIZES[type];
        if (width === undefined)
            throw new GgufError(`unknown metadata value type ${type}`, reader.offset);
        const data = await read(width);
        if (type === 4)
            return data.readUInt32LE(0);
        if (type === 5)
            return data.readInt32LE(0);
        if (type === 6)
            return data.readFloatLE(0);
        if (type === 10 || type === 11)
            return Number(type === 10 ? data.readBigUInt64LE(0) : data.readBigInt64LE(0));
        return width === 1 ? data[0] : undefined;
    };
    try {
        if ((await read(4)).toString('latin1') !== 'GGUF')
            throw new GgufError('missing GGUF magic', 0);
        const version = await u32();
        if (version !== 2 && version !== 3)
            throw new GgufError(`unsupported GGUF version ${version} (2 or 3 expected)`, 4);
        const tensorCount = await count('tensor', 8 + 4 + 8 + 4 + 8);
        const kvCount = await count('metadata', 8 + 4 + 1);
        const metadata = {};
        for (let i = 0; i < kvCount; i++) {
            const key = await string();
            metadata[key] = await value(await u32());
        }
        const alignment = typeof metadata['general.alignment'] === 'number'
            ? metadata['general.alignment']
            : 32;
        if (alignment <= 0 || (alignment & (alignment - 1)) !== 0) {
            throw new GgufError(`general.alignment ${alignment} is not a power of two`, reader.offset);
        }
        const summary = { tensors: 0, parameters: 0, dtypes: {} };
        const infos = [];
        for (let i = 0; i < tensorCount; i++) {
            const at = reader.offset;
            const name = await string();
            const dims = await u32();
            if (dims > 8)
                throw new GgufError(`tensor '${name}' has ${dims} dimensions (at most 8)`, at);
            let elements = 1;
            for (let d = 0; d < dims; d++)
                elements *= await u64();
            const type = await u32();
            const offset = await u64();
            infos.push({ name, type, elements, offset, at });
        }
        const dataStart = Math.ceil(reader.offset / alignment) * alignment;
        const dataSize = size - dataStart;
        for (const info of infos) {
            const layout = GGML_TYPES[info.type];
            (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .addToSummary */ .Dg)(summary, layout?.[0] ?? `type${info.type}`, Number.isFinite(info.elements) ? info.elements : -1);
            if (info.offset % alignment !== 0) {
                findings.error('GGUF_MISALIGNED', `tensor '${info.name}' offset ${info.offset} is not a multiple of ${alignment}`, { offset: info.at });
            }
            if (!layout) {
                findings.note('GGUF_UNKNOWN_TYPE', `tensor '${info.name}' has ggml type ${info.type}; its size was not checked`, { offset: info.at });
                if (info.offset > dataSize)
                    findings.error('GGUF_OUT_OF_BOUNDS', `tensor '${info.name}' starts past the end of the file`, { offset: info.at });
                continue;
            }
            const [, block, bytes] = layout;
            const length = info.elements % block === 0 ? (info.elements / block) * bytes : NaN;
            if (Number.isNaN(length)) {
                findings.error('GGUF_BAD_SHAPE', `tensor '${info.name}' has ${info.elements} elements, not a multiple of the ${layout[0]} block size ${block}`, { offset: info.at });
            }
            else if (info.offset + length > dataSize) {
                findings.error('GGUF_OUT_OF_BOUNDS', `tensor '${info.name}' (${length} bytes at data offset ${info.offset}) runs past the end of the file`, { offset: info.at });
            }
        }
        result.tensors = summary;
        result.details = {
            version,
            alignment,
            architecture: metadata['general.architecture'],
            metadataKeys: kvCount,
            dataStart,
        };
    }
    catch (error) {
        if (!(error instanceof GgufError))
            throw error;
        findings.error('GGUF_MALFORMED', `malformed GGUF: ${error.message}`, { offset: error.offset });
    }
    finally {
        await reader.close();
    }
    return result;
}


/***/ }),

/***/ 1386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ looksLikeHdf5),
/* harmony export */   z: () => (/* binding */ checkKerasConfig)
/* harmony export */ });
const MAX_DEPTH = 200;
/** Checks a parsed config.json; returns the model's input specs found in InputLayers. */
function checkKerasConfig(config, findings) {
    let lambdas = 0;
    const customObjects = new Set();
    const walk = (node, pointer, depth) => {
        if (depth > MAX_DEPTH) {
            findings.error('KERAS_CONFIG_TOO_DEEP', `config.json nests deeper than ${MAX_DEPTH} levels at ${pointer}`);
            return;
        }
        if (Array.isArray(node)) {
            node.forEach((item, i) => walk(item, `${pointer}/${i}`, depth + 1));
            return;
        }
        if (typeof node !== 'object' || node === null)
            return;
        const record = node;
        const className = typeof record.class_name === 'string' ? record.class_name : undefined;
        if (className === 'Lambda' || className === 'TFOpLambda') {
            lambdas += 1;
            findings.error('KERAS_LAMBDA', `${className} layer at ${pointer} runs arbitrary Python code when the model is loaded`);
        }
        const module = record.module;
        if (typeof module === 'string' && module !== 'keras' && !module.startsWith('keras.')) {
            customObjects.add(`${module}.${className ?? '?'}`);
            findings.error('KERAS_CUSTOM_OBJECT', `${className ?? 'object'} at ${pointer} comes from module '${module}', outside keras: loading imports that code`);
        }
        else if (typeof record.registered_name === 'string' &&
            !record.registered_name.startsWith('keras')) {
            customObjects.add(record.registered_name);
            findings.error('KERAS_CUSTOM_OBJECT', `${className ?? 'object'} at ${pointer} is the registered custom object '${record.registered_name}': loading needs its code`);
        }
        for (const [key, value] of Object.entries(record))
            walk(value, `${pointer}/${key}`, depth + 1);
    };
    walk(config, '', 0);
    return { lambdas, customObjects: [...customObjects] };
}
/** True when the bytes start with the HDF5 signature (legacy Keras .h5). */
function looksLikeHdf5(head) {
    return head.length >= 8 && head.toString('latin1', 0, 8) === '\x89HDF\r\n\x1a\n';
}


/***/ }),

/***/ 8958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XE: () => (/* binding */ descrSize),
/* harmony export */   Zq: () => (/* binding */ hasObjects),
/* harmony export */   z6: () => (/* binding */ itemSize)
/* harmony export */ });
const FIXED = {
    '?': 1,
    b: 1,
    B: 1,
    h: 2,
    H: 2,
    i: 4,
    I: 4,
    l: 8,
    L: 8,
    q: 8,
    Q: 8,
    p: 8,
    P: 8,
    e: 2,
    f: 4,
    d: 8,
    g: 16,
    F: 8,
    D: 16,
    G: 32,
    M: 8,
    m: 8,
};
/** Bytes per element of a dtype string such as `f8`, `<i4`, `U10`, `M8[ns]`; undefined if unknown. */
function itemSize(descr) {
    const match = /^[|<>=]?([?bBhHiIlLqQpPefdgFDGSaUVMmiufcO])(\d*)(\[\w+\])?$/.exec(descr);
    if (!match)
        return undefined;
    const [, kind, digits] = match;
    if (kind === 'O')
        return 8;
    if (kind === 'U')
        return Number(digits || 0) * 4;
    if (digits !== '')
        return Number(digits);
    return FIXED[kind];
}
/** True when a dtype description holds Python objects (so the data is a pickle). */
function hasObjects(descr) {
    if (typeof descr === 'string')
        return /^[|<>=]?O/.test(descr);
    if (Array.isArray(descr))
        return descr.some((field) => Array.isArray(field) && hasObjects(field[1] ?? null));
    return false;
}
/** Item size of a simple or structured (list of fields) description. */
function descrSize(descr) {
    if (typeof descr === 'string')
        return itemSize(descr);
    if (!Array.isArray(descr))
        return undefined;
    let total = 0;
    for (const field of descr) {
        if (!Array.isArray(field) || field.length < 2)
            return undefined;
        const size = descrSize(field[1]);
        if (size === undefined)
            return undefined;
        let count = 1;
        const shape = field[2];
        if (Array.isArray(shape))
            for (const d of shape)
                count *= typeof d === 'number' ? d : NaN;
        else if (typeof shape === 'number')
            count = shape;
        if (!Number.isFinite(count))
            return undefined;
        total += size * count;
    }
    return total;
}


/***/ }),

/***/ 2256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ checkNpy),
  p: () => (/* binding */ looksLikeNpy)
});

// EXTERNAL MODULE: ./src/formats/format.ts
var format = __webpack_require__(4309);
// EXTERNAL MODULE: ./src/formats/numpy-dtype.ts
var numpy_dtype = __webpack_require__(8958);
// EXTERNAL MODULE: ./src/formats/pickle/scanner.ts + 4 modules
var scanner = __webpack_require__(9738);
;// CONCATENATED MODULE: ./src/formats/python-literal.ts
/** Parses a dict/tuple/list/str/int/bool/None literal; throws on anything else. */
function parsePythonLiteral(text) {
    let i = 0;
    const ws = () => {
        while (i < text.length && /\s/.test(text[i]))
            i++;
    };
    const expect = (c) => {
        ws();
        if (text[i] !== c)
            throw new Error(`expected '${c}' at ${i}`);
        i++;
    };
    const value = (depth) => {
        if (depth > 32)
            throw new Error('nested too deeply');
        ws();
        const c = text[i];
        if (c === '{') {
            i++;
            const out = {};
            for (;;) {
                ws();
                if (text[i] === '}')
                    return (i++, out);
                const key = value(depth + 1);
                if (typeof key !== 'string')
                    throw new Error('dict keys must be strings');
                expect(':');
                out[key] = value(depth + 1);
                ws();
                if (text[i] === ',')
                    i++;
                else if (text[i] !== '}')
                    throw new Error(`expected ',' or '}' at ${i}`);
            }
        }
        if (c === '(' || c === '[') {
            const close = c === '(' ? ')' : ']';
            i++;
            const out = [];
            for (;;) {
                ws();
                if (text[i] === close)
                    return (i++, out);
                out.push(value(depth + 1));
                ws();
                if (text[i] === ',')
                    i++;
                else if (text[i] !== close)
                    throw new Error(`expected ',' or '${close}' at ${i}`);
            }
        }
        if (c === "'" || c === '"') {
            const end = text.indexOf(c, i + 1);
            if (end < 0)
                throw new Error('unterminated string');
            const s = text.slice(i + 1, end);
            i = end + 1;
            return s;
        }
        const word = /^(-?\d+|True|False|None)/.exec(text.slice(i, i + 32));
        if (!word)
            throw new Error(`unexpected '${text.slice(i, i + 10)}' at ${i}`);
        i += word[0].length;
        if (word[0] === 'True')
            return true;
        if (word[0] === 'False')
            return false;
        if (word[0] === 'None')
            return null;
        return Number(word[0]);
    };
    const result = value(0);
    ws();
    if (i !== text.length)
        throw new Error(`unexpected text after the literal at ${i}`);
    return result;
}

;// CONCATENATED MODULE: ./src/formats/numpy.ts




const MAX_HEADER = 1 << 20;
/** True when the bytes start with the .npy magic. */
function looksLikeNpy(head) {
    return head.length >= 6 && head[0] === 0x93 && head.toString('latin1', 1, 6) === 'NUMPY';
}
/**
 * Checks one .npy stream. `total` is the stream's byte length when known (a file or
 * a zip entry), used to check that the data is exactly as long as the header says.
 */
async function checkNpy(reader, total, findings, scan) {
    const preamble = await reader.read(8);
    if (!preamble || !looksLikeNpy(preamble)) {
        findings.error('NUMPY_MALFORMED', 'missing the .npy magic');
        return {};
    }
    const major = preamble[6];
    if (major < 1 || major > 3) {
        findings.error('NUMPY_MALFORMED', `unsupported .npy version ${major}.${preamble[7]}`);
        return {};
    }
    const lengthBytes = await reader.read(major === 1 ? 2 : 4);
    const headerLength = lengthBytes
        ? major === 1
            ? lengthBytes.readUInt16LE(0)
            : lengthBytes.readUInt32LE(0)
        : -1;
    if (headerLength < 0 || headerLength > MAX_HEADER || reader.offset + headerLength > total) {
        findings.error('NUMPY_MALFORMED', `header length ${headerLength} is not within the file`, {
            offset: 8,
        });
        return {};
    }
    const headerBytes = (await reader.read(headerLength));
    let header;
    try {
        header = parsePythonLiteral(headerBytes.toString(major === 3 ? 'utf8' : 'latin1'));
    }
    catch (error) {
        findings.error('NUMPY_MALFORMED', `header is not a Python literal: ${error.message}`);
        return {};
    }
    const fields = header;
    if (typeof header !== 'object' ||
        header === null ||
        Array.isArray(header) ||
        !('descr' in fields) ||
        !Array.isArray(fields.shape)) {
        findings.error('NUMPY_MALFORMED', "header lacks 'descr' or 'shape'");
        return {};
    }
    const shape = fields.shape;
    const count = (0,format/* elementCount */.KX)(shape);
    if (count < 0) {
        findings.error('NUMPY_MALFORMED', `shape ${JSON.stringify(shape)} is not a tuple of non-negative integers`);
        return {};
    }
    if ((0,numpy_dtype/* hasObjects */.Zq)(fields.descr)) {
        findings.warning('NUMPY_OBJECT_ARRAY', 'object array: loading it needs allow_pickle=True, which unpickles the data');
        const pickle = await (0,scanner/* scanPickles */.DG)(reader, { ...scan, findings, maxPickles: 1 });
        return { descr: fields.descr, shape, pickle };
    }
    const size = (0,numpy_dtype/* descrSize */.XE)(fields.descr);
    const dataLength = total - reader.offset;
    if (size === undefined) {
        findings.note('NUMPY_UNKNOWN_DTYPE', `dtype ${JSON.stringify(fields.descr)} not understood; data length not checked`);
    }
    else if (size * count !== dataLength) {
        findings.error('NUMPY_SIZE_MISMATCH', `${JSON.stringify(fields.descr)}${JSON.stringify(shape)} needs ${size * count} bytes of data but ${dataLength} follow the header`);
    }
    return { descr: fields.descr, shape };
}


/***/ }),

/***/ 7731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M8: () => (/* binding */ scanWithPolicy),
/* harmony export */   MB: () => (/* binding */ compressionOf),
/* harmony export */   Wb: () => (/* binding */ describeImports),
/* harmony export */   gf: () => (/* binding */ parsePickleFile)
/* harmony export */ });
/* unused harmony export pickleFormat */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _pickle_scanner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9738);
/* harmony import */ var _stream_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1740);
/**
 * Files that are a pickle stream: plain pickles, joblib dumps (also zlib or gzip
 * compressed), and legacy (pre-zip) PyTorch checkpoints.
 */




const COMPRESSED = [
    ['zlib', (h) => h[0] === 0x78 && [0x01, 0x5e, 0x9c, 0xda].includes(h[1])],
    ['gzip', (h) => h[0] === 0x1f && h[1] === 0x8b],
    ['bz2', (h) => h.toString('latin1', 0, 3) === 'BZh'],
    ['xz', (h) => h.toString('latin1', 0, 6) === '\xfd7zXZ\x00'],
    ['lz4', (h) => h.readUInt32LE(0) === 0x184d2204],
    ['lzma', (h) => h[0] === 0x5d && h[1] === 0x00 && h[2] === 0x00],
];
/** Inflated streams past this many times the compressed size are treated as bombs. */
const MAX_INFLATE_RATIO = 1000;
/** The compression joblib applied, when the head matches one of its compressors. */
function compressionOf(head) {
    if (head.length < 6)
        return undefined;
    return COMPRESSED.find(([, test]) => test(head))?.[0];
}
/** Format implied by what a pickle scan saw. */
function pickleFormat(scan) {
    if (scan.legacyTorch ||
        scan.imports.some((i) => i.module === 'torch._utils' || i.module === 'torch'))
        return 'pytorch';
    if (scan.joblibArrays > 0 || scan.imports.some((i) => i.module.endsWith('numpy_pickle')))
        return 'joblib';
    return 'pickle';
}
/** Summary of imports for the report. */
function describeImports(scan) {
    return scan.imports.map((i) => ({
        global: `${i.module}.${i.name}`,
        verdict: i.verdict,
        offset: i.offset,
        count: i.count,
    }));
}
/** Scans a pickle stream with the options' policy. */
function scanWithPolicy(reader, findings, options) {
    return (0,_pickle_scanner_js__WEBPACK_IMPORTED_MODULE_2__/* .scanPickles */ .DG)(reader, {
        policy: options.policy,
        allowGlobals: options.allowGlobals,
        findings,
    });
}
/** Scans a pickle-family file, inflating joblib's zlib/gzip compression on the fly. */
async function parsePickleFile(path, size, findings, options, head) {
    const compression = compressionOf(head);
    if (compression && compression !== 'zlib' && compression !== 'gzip') {
        findings.error('PICKLE_UNSCANNABLE', `joblib file compressed with ${compression}, which cannot be scanned here; dump it with compress=('zlib', 3) or none`);
        return { format: 'joblib' };
    }
    const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1 << 20 });
    let source = file;
    if (compression) {
        const inflate = compression === 'zlib' ? (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.createInflate)() : (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.createGunzip)();
        file.pipe(inflate);
        source = limitBytes(inflate, Math.max(size * MAX_INFLATE_RATIO, 1 << 30));
    }
    const reader = new _stream_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .StreamReader */ .C(source);
    try {
        const scan = await scanWithPolicy(reader, findings, options);
        return {
            format: compression ? 'joblib' : pickleFormat(scan),
            details: {
                compression: compression ?? 'none',
                pickles: scan.pickles,
                joblibArrays: scan.joblibArrays,
                globals: describeImports(scan),
            },
        };
    }
    catch (error) {
        if (!(error instanceof InflateLimit) &&
            !/incorrect header|invalid|unexpected end/i.test(error.message))
            throw error;
        const bomb = error instanceof InflateLimit;
        findings.error(bomb ? 'DECOMPRESSION_BOMB' : 'PICKLE_MALFORMED', bomb ? error.message : `${compression} stream is corrupt: ${error.message}`);
        return { format: 'joblib' };
    }
    finally {
        file.destroy();
        await reader.close();
    }
}
class InflateLimit extends Error {
}
async function* limitBytes(source, limit) {
    let total = 0;
    for await (const chunk of source) {
        total += chunk.length;
        if (total > limit)
            throw new InflateLimit(`decompresses to more than ${limit} bytes (over ${MAX_INFLATE_RATIO}:1)`);
        yield chunk;
    }
}


/***/ }),

/***/ 9738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ge: () => (/* binding */ looksLikePickle),
  DG: () => (/* binding */ scanPickles),
  so: () => (/* binding */ startsPickle)
});

// EXTERNAL MODULE: ./src/formats/stream-reader.ts
var stream_reader = __webpack_require__(1740);
;// CONCATENATED MODULE: ./src/formats/pickle/values.ts
/**
 * The symbolic values the pickle scanner tracks on its stack: just enough to resolve
 * what a pickle imports and calls (strings for STACK_GLOBAL, globals, call results)
 * and to size joblib's inline arrays. Everything else is `OTHER`, so memory stays
 * bounded however large the pickle is.
 */
const OTHER = Symbol('other');
const NONE = Symbol('none');
class GlobalRef {
    module;
    name;
    constructor(module, name) {
        this.module = module;
        this.name = name;
    }
    get fullName() {
        return `${this.module}.${this.name}`;
    }
}
/** A module object obtained at load time, e.g. `__import__('os')`. */
class ModuleRef {
    module;
    constructor(module) {
        this.module = module;
    }
}
/** The result of calling or instantiating something. */
class CallResult {
    callable;
    args;
    state = OTHER;
    constructor(callable, args) {
        this.callable = callable;
        this.args = args;
    }
}
class Sequence {
    kind;
    items;
    constructor(kind, items) {
        this.kind = kind;
        this.items = items;
    }
}
class Mapping {
    entries;
    constructor(entries) {
        this.entries = entries;
    }
    get(key) {
        return this.entries.find(([k]) => k === key)?.[1];
    }
    has(key) {
        return this.entries.some(([k]) => k === key);
    }
}
/** Containers track at most this many items; larger ones keep only their head. */
const MAX_TRACKED_ITEMS = 256;
/** Strings longer than this are never names of anything; keep a placeholder. */
const MAX_TRACKED_STRING = 4096;
/** Appends to a tracked container, bounded. */
function pushBounded(items, value) {
    if (items.length < MAX_TRACKED_ITEMS)
        items.push(value);
}

;// CONCATENATED MODULE: ./src/formats/pickle/decode.ts
/** Decoding of opcode arguments: integers, protocol 0 text, lengths. */

/** Pairs up MARK-delimited items for DICT and SETITEMS (bounded). */
function pairs(items) {
    const out = [];
    for (let i = 0; i + 1 < items.length && out.length < MAX_TRACKED_ITEMS; i += 2)
        out.push([items[i], items[i + 1]]);
    return out;
}
/** LONG1/LONG4 payload: little-endian two's complement. */
function decodeLong(bytes) {
    if (bytes.length === 0)
        return 0;
    let value = 0n;
    for (let i = bytes.length - 1; i >= 0; i--)
        value = (value << 8n) | BigInt(bytes[i]);
    if (bytes[bytes.length - 1] & 0x80)
        value -= 1n << BigInt(bytes.length * 8);
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(value)
        : value;
}
/** An 8-byte length, refused when no file could be that long. */
function readLength8(bytes, fail) {
    const length = bytes.readBigUInt64LE(0);
    if (length > BigInt(Number.MAX_SAFE_INTEGER))
        fail(`length ${length} is larger than any file`);
    return Number(length);
}
/** Decodes protocol 0's quoted STRING argument (Python repr of a str). */
function decodeQuoted(text, fail) {
    const trimmed = text.replace(/\r$/, '');
    const quote = trimmed[0];
    if (trimmed.length < 2 ||
        (quote !== "'" && quote !== '"') ||
        trimmed[trimmed.length - 1] !== quote) {
        fail('STRING argument is not quoted');
    }
    return trimmed
        .slice(1, -1)
        .replace(/\\x([0-9a-fA-F]{2})|\\n|\\t|\\r|\\\\|\\'|\\"/g, (all, hex) => {
        if (hex)
            return String.fromCharCode(Number.parseInt(hex, 16));
        return { '\\n': '\n', '\\t': '\t', '\\r': '\r', '\\\\': '\\', "\\'": "'", '\\"': '"' }[all];
    });
}
/** Decodes protocol 0 UNICODE arguments (raw-unicode-escape). */
function decodeRawUnicodeEscape(text) {
    return text.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_all, u4, u8) => String.fromCodePoint(Number.parseInt((u4 ?? u8), 16)));
}

// EXTERNAL MODULE: ./src/formats/numpy-dtype.ts
var numpy_dtype = __webpack_require__(8958);
;// CONCATENATED MODULE: ./src/formats/pickle/joblib.ts
/**
 * joblib writes NumPy arrays into the pickle stream itself, right after the BUILD of a
 * NumpyArrayWrapper (joblib/numpy_pickle.py): raw bytes for plain dtypes, a nested
 * pickle for object arrays. This sizes them from the wrapper's state.
 */


/** When `instance` is a joblib NumpyArrayWrapper with its state, the inline array's extent. */
function joblibArraySize(instance) {
    let cls = instance.callable;
    if (cls instanceof GlobalRef &&
        cls.fullName === 'copyreg._reconstructor' &&
        instance.args instanceof Sequence) {
        cls = instance.args.items[0];
    }
    if (!(cls instanceof GlobalRef) ||
        cls.name !== 'NumpyArrayWrapper' ||
        !cls.module.endsWith('numpy_pickle')) {
        return undefined;
    }
    const state = instance.state;
    if (!(state instanceof Mapping))
        return undefined;
    const dtype = state.get('dtype');
    const shape = state.get('shape');
    const descr = dtype instanceof CallResult && dtype.args instanceof Sequence ? dtype.args.items[0] : undefined;
    const alignment = state.get('numpy_array_alignment_bytes');
    const aligned = alignment !== undefined && alignment !== NONE;
    if (typeof descr !== 'string')
        return { objects: false, aligned };
    if (/^[|<>=]?O/.test(descr))
        return { objects: true, aligned: false };
    const item = (0,numpy_dtype/* itemSize */.z6)(descr);
    let count = 1;
    if (shape instanceof Sequence) {
        for (const dim of shape.items) {
            if (typeof dim !== 'number' || dim < 0)
                return { objects: false, aligned };
            count *= dim;
        }
    }
    else
        return { objects: false, aligned };
    return { objects: false, aligned, bytes: item === undefined ? undefined : item * count };
}

;// CONCATENATED MODULE: ./src/formats/pickle/policy.ts
/** Modules dangerous as a whole, with every submodule. */
const DANGEROUS_MODULES = [
    'os',
    'posix',
    'nt',
    'subprocess',
    'sys',
    'socket',
    'shutil',
    'runpy',
    'pty',
    'ctypes',
    'importlib',
    'pickle',
    '_pickle',
    'cPickle',
    'dill',
    'marshal',
    'webbrowser',
    'urllib.request',
    'urllib2',
    'http.client',
    'httplib',
    'requests',
    'aiohttp',
    'asyncio',
    'multiprocessing',
    'code',
    'codeop',
    'commands',
    'bdb',
    'pdb',
    'timeit',
    'cProfile',
    'profile',
    'pip',
    'venv',
    'ensurepip',
    'distutils',
    'setuptools',
    'zipimport',
    'signal',
    'tempfile',
    'glob',
    'io',
    '_io',
    'fileinput',
    'ftplib',
    'smtplib',
    'telnetlib',
    'ssl',
    'imp',
    'builtins.__import__',
    'numpy.f2py',
    'numpy.distutils',
    'numpy.testing',
    'numpy.ctypeslib',
    'torch.hub',
    'torch.jit',
    'torch.package',
    'torch.utils.cpp_extension',
    'torch._inductor',
    'torch.serialization',
    'types',
    'gc',
    'inspect',
    'pydoc',
    'site',
    'sysconfig',
    '_thread',
    'tarfile',
    'zipfile',
    'shelve',
    'dbm',
    'sqlite3',
    'mmap',
    'resource',
    'pwd',
    'grp',
    'uuid._popen',
];
/** Single callables that are dangerous even where their module is not. */
const DANGEROUS_NAMES = new Set([
    'builtins.eval',
    'builtins.exec',
    'builtins.compile',
    'builtins.open',
    'builtins.getattr',
    'builtins.setattr',
    'builtins.delattr',
    'builtins.__import__',
    'builtins.breakpoint',
    'builtins.apply',
    'builtins.execfile',
    'builtins.input',
    'builtins.globals',
    'builtins.locals',
    'builtins.vars',
    'builtins.help',
    'builtins.memoryview',
    'builtins.file',
    'builtins.reload',
    'operator.attrgetter',
    'operator.itemgetter',
    'operator.methodcaller',
    'functools.partial',
    'functools.reduce',
    'torch.load',
    'torch.storage._load_from_bytes',
    'numpy.load',
    'numpy.loadtxt',
    'numpy.genfromtxt',
    'numpy.fromfile',
    'numpy.save',
    'numpy.savez',
    'numpy.savetxt',
    'numpy.memmap',
    'pandas.read_pickle',
    'pandas.eval',
    'pydoc.pipepager',
    'numpy.testing._private.utils.runstring',
    'copyreg._reconstructor.__globals__',
]);
/** Python 2 names the unpickler maps onto Python 3 ones. */
const MODULE_ALIASES = {
    __builtin__: 'builtins',
    __builtins__: 'builtins',
    exceptions: 'builtins',
    copy_reg: 'copyreg',
    cPickle: 'pickle',
    UserDict: 'collections',
    urllib2: 'urllib.request',
    commands: 'subprocess',
    httplib: 'http.client',
};
const SAFE_NAMES = new Set([
    'builtins.set',
    'builtins.frozenset',
    'builtins.dict',
    'builtins.list',
    'builtins.tuple',
    'builtins.bytearray',
    'builtins.bytes',
    'builtins.complex',
    'builtins.slice',
    'builtins.range',
    'builtins.object',
    'builtins.int',
    'builtins.float',
    'builtins.str',
    'builtins.bool',
    'builtins.True',
    'builtins.False',
    'builtins.None',
    'builtins.Ellipsis',
    'builtins.NotImplemented',
    'copyreg._reconstructor',
    'copyreg.__newobj__',
    'copyreg.__newobj_ex__',
    'collections.OrderedDict',
    'collections.defaultdict',
    'collections.deque',
    'collections.Counter',
    'datetime.datetime',
    'datetime.date',
    'datetime.time',
    'datetime.timedelta',
    'datetime.timezone',
    'decimal.Decimal',
    'fractions.Fraction',
    'uuid.UUID',
    'codecs.encode',
    '_codecs.encode',
    'numpy.ndarray',
    'numpy.dtype',
    'numpy.matrix',
    'numpy.core.multiarray._reconstruct',
    'numpy._core.multiarray._reconstruct',
    'numpy.core.multiarray.scalar',
    'numpy._core.multiarray.scalar',
    'numpy.core.numeric._frombuffer',
    'numpy._core.numeric._frombuffer',
    'numpy.ma.core._mareconstruct',
    'numpy.ma.core.MaskedArray',
    'numpy.random._pickle.__randomstate_ctor',
    'numpy.random._pickle.__bit_generator_ctor',
    'numpy.random._pickle.__generator_ctor',
    'numpy.random.mtrand.RandomState',
    'numpy.random._mt19937.MT19937',
    'numpy.random._pcg64.PCG64',
    'numpy.random._pcg64.PCG64DXSM',
    'numpy.random._philox.Philox',
    'numpy.random._sfc64.SFC64',
    'numpy.random._generator.Generator',
    'numpy.core._multiarray_umath._reconstruct',
    'joblib.numpy_pickle.NumpyArrayWrapper',
    'joblib.numpy_pickle_compat.NDArrayWrapper',
    'sklearn.externals.joblib.numpy_pickle.NumpyArrayWrapper',
    'torch._utils._rebuild_tensor',
    'torch._utils._rebuild_tensor_v2',
    'torch._utils._rebuild_tensor_v3',
    'torch._utils._rebuild_parameter',
    'torch._utils._rebuild_parameter_with_state',
    'torch._utils._rebuild_qtensor',
    'torch._utils._rebuild_sparse_tensor',
    'torch._utils._rebuild_device_tensor_from_numpy',
    'torch._utils._rebuild_meta_tensor_no_storage',
    'torch._utils._rebuild_wrapper_subclass',
    'torch._utils._rebuild_nested_tensor',
    'torch._tensor._rebuild_from_type_v2',
    'torch._tensor._rebuild_from_type',
    'torch.nn.parameter.Parameter',
    'torch.Size',
    'torch.device',
    'torch.dtype',
    'torch.Tensor',
    'torch.storage.UntypedStorage',
    'torch.storage.TypedStorage',
    'torch.UntypedStorage',
    'torch.strided',
    'torch.sparse_coo',
    'torch.sparse_csr',
    'torch.per_tensor_affine',
    'torch.per_channel_affine',
    'torch.contiguous_format',
    'torch.channels_last',
    'torch.preserve_format',
    'torch.serialization._get_layout',
    'scipy.sparse._csr.csr_matrix',
    'scipy.sparse._csc.csc_matrix',
    'scipy.sparse._coo.coo_matrix',
    'scipy.sparse.csr.csr_matrix',
    'scipy.sparse.csc.csc_matrix',
    'scipy.sparse.coo.coo_matrix',
    'scipy.sparse._csr.csr_array',
    'scipy.sparse._csc.csc_array',
]);
/** Module prefixes whose classes are data containers; entries in `except` are not. */
const SAFE_PREFIXES = [
    {
        prefix: 'sklearn.',
        except: [
            'sklearn.datasets',
            'sklearn.utils._testing',
            'sklearn.externals._packaging',
            'sklearn.utils._show_versions',
        ],
    },
    {
        prefix: 'xgboost.',
        except: [
            'xgboost.testing',
            'xgboost.dask',
            'xgboost.spark',
            'xgboost.tracker',
            'xgboost.collective',
        ],
    },
    { prefix: 'lightgbm.', except: ['lightgbm.dask', 'lightgbm.libpath'] },
    {
        prefix: 'pandas.',
        except: [
            'pandas.io',
            'pandas.read_',
            'pandas.core.computation',
            'pandas.eval',
            'pandas.util._tester',
            'pandas.testing',
            'pandas._testing',
            'pandas.util._print_versions',
            'pandas.plotting',
        ],
    },
    { prefix: 'torch.nn.modules.', except: [] },
    { prefix: 'numpy.dtypes.', except: [] },
];
/** NumPy scalar and dtype classes appear as `numpy.<type>` in pickles. */
const NUMPY_TYPES = /^numpy\.(bool_?|u?int(8|16|32|64)?|u?byte|u?short|u?intc|u?intp|u?long(long)?|float(16|32|64|96|128)?|half|single|double|longdouble|complex(64|128|256)?|csingle|cdouble|clongdouble|str_|bytes_|void|object_|datetime64|timedelta64)$/;
const TORCH_STORAGES = /^torch\.(cuda\.)?(Float|Double|Half|BFloat16|Long|Int|Short|Char|Byte|Bool|ComplexFloat|ComplexDouble|QInt8|QUInt8|QInt32|QUInt4x2|QUInt2x4)Storage$/;
const TORCH_DTYPES = /^torch\.(float(8_e4m3fn|8_e5m2|16|32|64)?|bfloat16|half|double|u?int(8|16|32|64)|bool|complex(32|64|128)|cfloat|cdouble|long|short|qint8|quint8|qint32)$/;
/** Attribute traversals that reach interpreter internals from anywhere. */
const DANGEROUS_SEGMENT = /^(__\w+__|os|sys|subprocess|builtins|system|popen|eval|exec)$/;
const SAFE_DUNDERS = new Set([
    '__newobj__',
    '__newobj_ex__',
    '__randomstate_ctor',
    '__bit_generator_ctor',
    '__generator_ctor',
]);
/** Normalises a module name the way the unpickler's compatibility mapping does. */
function normaliseModule(module) {
    return MODULE_ALIASES[module] ?? module;
}
function underModule(fullName, module) {
    return fullName === module || fullName.startsWith(`${module}.`);
}
/** Classifies `module.name` (name may be a dotted qualname). */
function classifyGlobal(module, name, extra = new Set()) {
    const mod = normaliseModule(module);
    const full = `${mod}.${name}`;
    if (DANGEROUS_NAMES.has(full))
        return 'dangerous';
    if (DANGEROUS_MODULES.some((m) => underModule(mod, m) || underModule(full, m)))
        return 'dangerous';
    const segments = name.split('.');
    if (segments.length > 1 &&
        segments.some((s) => DANGEROUS_SEGMENT.test(s) && !SAFE_DUNDERS.has(s))) {
        return 'dangerous';
    }
    if (extra.has(full) || extra.has(`${module}.${name}`))
        return 'safe';
    if (SAFE_NAMES.has(full) ||
        NUMPY_TYPES.test(full) ||
        TORCH_STORAGES.test(full) ||
        TORCH_DTYPES.test(full)) {
        return 'safe';
    }
    for (const { prefix, except } of SAFE_PREFIXES) {
        if (full.startsWith(prefix) && !except.some((e) => full.startsWith(e)))
            return 'safe';
    }
    return 'unknown';
}

;// CONCATENATED MODULE: ./src/formats/pickle/scanner.ts





/** Thrown inside the scanner for a stream that is not a valid pickle. */
class MalformedPickle extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
const LEGACY_TORCH_MAGIC = 0x1950a86a20f9469cfc6cn;
const MEMO_FULL_TRACKING = 2_000_000;
const MAX_STACK = 1_000_000;
/** Scans one or more consecutive pickles from `reader`, reporting into `options.findings`. */
async function scanPickles(reader, options) {
    const scanner = new Scanner(reader, options);
    const result = {
        imports: [],
        pickles: 0,
        joblibArrays: 0,
        legacyTorch: false,
        malformed: false,
    };
    let limit = options.maxPickles ?? Number.POSITIVE_INFINITY;
    try {
        do {
            const value = await scanner.scanOne();
            result.pickles += 1;
            if (result.pickles === 1 &&
                (value === LEGACY_TORCH_MAGIC || value === Number(LEGACY_TORCH_MAGIC))) {
                result.legacyTorch = true;
                limit = Math.min(limit, 5);
            }
        } while (result.pickles < limit && (await startsPickle(reader)));
    }
    catch (error) {
        if (!(error instanceof MalformedPickle))
            throw error;
        result.malformed = true;
        options.findings.error('PICKLE_MALFORMED', `malformed pickle: ${error.message}`, {
            offset: error.offset,
        });
    }
    result.imports = [...scanner.imports.values()];
    result.joblibArrays = scanner.joblibArrays;
    scanner.report();
    return result;
}
/** True when the next bytes begin a protocol 2+ pickle (PROTO opcode). */
async function startsPickle(reader) {
    const head = await reader.peek(2);
    return head.length === 2 && head[0] === 0x80 && head[1] >= 2 && head[1] <= 5;
}
class Scanner {
    reader;
    options;
    imports = new Map();
    joblibArrays = 0;
    unresolved = 0;
    extensions = 0;
    opOffset = 0;
    constructor(reader, options) {
        this.reader = reader;
        this.options = options;
    }
    fail(message) {
        throw new MalformedPickle(message, this.opOffset);
    }
    async bytes(n) {
        const data = await this.reader.read(n);
        if (!data)
            this.fail(`truncated: ${n} bytes expected at offset ${this.reader.offset}`);
        return data;
    }
    async line() {
        const data = await this.reader.readLine();
        if (!data)
            this.fail('truncated or overlong text argument');
        return data.toString('utf8');
    }
    /** Reads a length-prefixed payload: small ones as text, large ones skipped. */
    async payload(length, asText) {
        if (length < 0)
            this.fail('negative length');
        if (asText && length <= MAX_TRACKED_STRING)
            return (await this.bytes(length)).toString(asText);
        if (!(await this.reader.skip(length)))
            this.fail(`truncated: payload of ${length} bytes runs past the end`);
        return OTHER;
    }
    record(module, name) {
        const mod = normaliseModule(module);
        const key = `${mod}.${name}`;
        const seen = this.imports.get(key);
        if (seen)
            seen.count += 1;
        else {
            const verdict = classifyGlobal(mod, name, this.options.allowGlobals);
            this.imports.set(key, { module: mod, name, verdict, offset: this.opOffset, count: 1 });
        }
        return new GlobalRef(mod, name);
    }
    /** Scans one pickle up to its STOP; returns the value STOP pops. */
    async scanOne() {
        let stack = [];
        const metastack = [];
        const memo = new Map();
        let memoLength = 0;
        const r = this.reader;
        const pop = () => {
            if (stack.length === 0)
                this.fail('stack underflow');
            return stack.pop();
        };
        const top = () => {
            if (stack.length === 0)
                this.fail('stack underflow');
            return stack[stack.length - 1];
        };
        const popMark = () => {
            const items = stack;
            const previous = metastack.pop();
            if (!previous)
                this.fail('MARK expected but not found');
            stack = previous;
            return items;
        };
        const push = (value) => {
            if (stack.length >= MAX_STACK)
                this.fail(`stack deeper than ${MAX_STACK} entries`);
            stack.push(value);
        };
        const put = (index) => {
            const value = top();
            if (!memo.has(index))
                memoLength += 1;
            if (memo.size < MEMO_FULL_TRACKING || value !== OTHER)
                memo.set(index, value);
        };
        const get = (index) => {
            const value = memo.get(index);
            if (value === undefined) {
                if (memoLength <= MEMO_FULL_TRACKING)
                    this.fail(`memo key ${index} was never stored`);
                push(OTHER);
            }
            else
                push(value);
        };
        const intLine = (text) => {
            const value = Number.parseInt(text, 10);
            if (Number.isNaN(value))
                this.fail(`not an integer: '${text.slice(0, 40)}'`);
            return value;
        };
        for (;;) {
            this.opOffset = r.offset;
            const head = await r.read(1);
            if (!head)
                this.fail('ended before STOP (truncated)');
            const op = head[0];
            switch (op) {
                case 0x80: {
                    // PROTO
                    const version = (await this.bytes(1))[0];
                    if (version > 5)
                        this.fail(`unsupported pickle protocol ${version}`);
                    break;
                }
                case 0x95: // FRAME
                    await this.bytes(8);
                    break;
                case 0x2e: // STOP
                    return pop();
                case 0x28: // MARK
                    metastack.push(stack);
                    stack = [];
                    break;
                case 0x30: // POP
                    if (stack.length > 0)
                        stack.pop();
                    else
                        popMark();
                    break;
                case 0x31: // POP_MARK
                    popMark();
                    break;
                case 0x32: // DUP
                    push(top());
                    break;
                case 0x46: // FLOAT
                    await this.line();
                    push(OTHER);
                    break;
                case 0x49: {
                    // INT
                    const text = (await this.line()).trim();
                    push(text === '00' ? false : text === '01' ? true : intLine(text));
                    break;
                }
                case 0x4a: // BININT
                    push((await this.bytes(4)).readInt32LE(0));
                    break;
                case 0x4b: // BININT1
                    push((await this.bytes(1))[0]);
                    break;
                case 0x4d: // BININT2
                    push((await this.bytes(2)).readUInt16LE(0));
                    break;
                case 0x4c: {
                    // LONG
                    const text = (await this.line()).trim().replace(/L$/, '');
                    if (!/^[-+]?\d+$/.test(text))
                        this.fail(`not an integer: '${text.slice(0, 40)}'`);
                    push(BigInt(text));
                    break;
                }
                case 0x8a: // LONG1
                    push(decodeLong(await this.bytes((await this.bytes(1))[0])));
                    break;
                case 0x8b: {
                    // LONG4
                    const length = (await this.bytes(4)).readInt32LE(0);
                    if (length < 0)
                        this.fail('LONG4 with a negative length');
                    push(length <= 64 ? decodeLong(await this.bytes(length)) : await this.payload(length, null));
                    break;
                }
                case 0x47: // BINFLOAT
                    await this.bytes(8);
                    push(OTHER);
                    break;
                case 0x4e: // NONE
                    push(NONE);
                    break;
                case 0x88: // NEWTRUE
                    push(true);
                    break;
                case 0x89: // NEWFALSE
                    push(false);
                    break;
                case 0x50: // PERSID
                    await this.line();
                    push(OTHER);
                    break;
                case 0x51: // BINPERSID
                    pop();
                    push(OTHER);
                    break;
                case 0x53: // STRING
                    push(decodeQuoted(await this.line(), (m) => this.fail(m)));
                    break;
                case 0x54: // BINSTRING
                    push(await this.payload((await this.bytes(4)).readInt32LE(0), 'latin1'));
                    break;
                case 0x55: // SHORT_BINSTRING
                    push(await this.payload((await this.bytes(1))[0], 'latin1'));
                    break;
                case 0x56: // UNICODE (raw-unicode-escape)
                    push(decodeRawUnicodeEscape(await this.line()));
                    break;
                case 0x58: // BINUNICODE
                    push(await this.payload((await this.bytes(4)).readUInt32LE(0), 'utf8'));
                    break;
                case 0x8c: // SHORT_BINUNICODE
                    push(await this.payload((await this.bytes(1))[0], 'utf8'));
                    break;
                case 0x8d: // BINUNICODE8
                    push(await this.payload(readLength8(await this.bytes(8), (m) => this.fail(m)), 'utf8'));
                    break;
                case 0x42: // BINBYTES
                    push(await this.payload((await this.bytes(4)).readUInt32LE(0), null));
                    break;
                case 0x43: // SHORT_BINBYTES
                    push(await this.payload((await this.bytes(1))[0], null));
                    break;
                case 0x8e: // BINBYTES8
                case 0x96: // BYTEARRAY8
                    push(await this.payload(readLength8(await this.bytes(8), (m) => this.fail(m)), null));
                    break;
                case 0x97: // NEXT_BUFFER
                    push(OTHER);
                    break;
                case 0x98: // READONLY_BUFFER
                    top();
                    break;
                case 0x29: // EMPTY_TUPLE
                    push(new Sequence('tuple', []));
                    break;
                case 0x85: // TUPLE1
                    push(new Sequence('tuple', [pop()]));
                    break;
                case 0x86: {
                    // TUPLE2
                    const b = pop();
                    push(new Sequence('tuple', [pop(), b]));
                    break;
                }
                case 0x87: {
                    // TUPLE3
                    const c = pop();
                    const b = pop();
                    push(new Sequence('tuple', [pop(), b, c]));
                    break;
                }
                case 0x74: // TUPLE
                    push(new Sequence('tuple', popMark().slice(0, MAX_TRACKED_ITEMS)));
                    break;
                case 0x5d: // EMPTY_LIST
                    push(new Sequence('list', []));
                    break;
                case 0x6c: // LIST
                    push(new Sequence('list', popMark().slice(0, MAX_TRACKED_ITEMS)));
                    break;
                case 0x61: {
                    // APPEND
                    const value = pop();
                    const list = top();
                    if (list instanceof Sequence)
                        pushBounded(list.items, value);
                    break;
                }
                case 0x65: {
                    // APPENDS
                    const items = popMark();
                    const list = top();
                    if (list instanceof Sequence)
                        for (const item of items)
                            pushBounded(list.items, item);
                    break;
                }
                case 0x8f: // EMPTY_SET
                    push(new Sequence('set', []));
                    break;
                case 0x90: {
                    // ADDITEMS
                    const items = popMark();
                    const set = top();
                    if (set instanceof Sequence)
                        for (const item of items)
                            pushBounded(set.items, item);
                    break;
                }
                case 0x91: // FROZENSET
                    push(new Sequence('set', popMark().slice(0, MAX_TRACKED_ITEMS)));
                    break;
                case 0x7d: // EMPTY_DICT
                    push(new Mapping([]));
                    break;
                case 0x64: // DICT
                    push(new Mapping(pairs(popMark())));
                    break;
                case 0x73: {
                    // SETITEM
                    const value = pop();
                    const key = pop();
                    const dict = top();
                    if (dict instanceof Mapping && dict.entries.length < MAX_TRACKED_ITEMS)
                        dict.entries.push([key, value]);
                    break;
                }
                case 0x75: {
                    // SETITEMS
                    const items = popMark();
                    const dict = top();
                    if (dict instanceof Mapping) {
                        for (const entry of pairs(items))
                            if (dict.entries.length < MAX_TRACKED_ITEMS)
                                dict.entries.push(entry);
                    }
                    break;
                }
                case 0x67: // GET
                    get(intLine(await this.line()));
                    break;
                case 0x68: // BINGET
                    get((await this.bytes(1))[0]);
                    break;
                case 0x6a: // LONG_BINGET
                    get((await this.bytes(4)).readUInt32LE(0));
                    break;
                case 0x70: // PUT
                    put(intLine(await this.line()));
                    break;
                case 0x71: // BINPUT
                    put((await this.bytes(1))[0]);
                    break;
                case 0x72: // LONG_BINPUT
                    put((await this.bytes(4)).readUInt32LE(0));
                    break;
                case 0x94: // MEMOIZE
                    put(memoLength);
                    break;
                case 0x63: {
                    // GLOBAL
                    const module = await this.line();
                    const name = await this.line();
                    push(this.record(module, name));
                    break;
                }
                case 0x93: {
                    // STACK_GLOBAL
                    const name = pop();
                    const module = pop();
                    if (typeof module === 'string' && typeof name === 'string')
                        push(this.record(module, name));
                    else {
                        this.unresolved += 1;
                        push(OTHER);
                    }
                    break;
                }
                case 0x69: {
                    // INST
                    const module = await this.line();
                    const name = await this.line();
                    const cls = this.record(module, name);
                    push(new CallResult(cls, new Sequence('tuple', popMark().slice(0, MAX_TRACKED_ITEMS))));
                    break;
                }
                case 0x6f: {
                    // OBJ
                    const items = popMark();
                    if (items.length === 0)
                        this.fail('OBJ without a class');
                    push(new CallResult(items[0], new Sequence('tuple', items.slice(1, MAX_TRACKED_ITEMS))));
                    break;
                }
                case 0x81: {
                    // NEWOBJ
                    const args = pop();
                    push(new CallResult(pop(), args));
                    break;
                }
                case 0x92: {
                    // NEWOBJ_EX
                    pop();
                    const args = pop();
                    push(new CallResult(pop(), args));
                    break;
                }
                case 0x52: {
                    // REDUCE
                    const args = pop();
                    push(this.call(pop(), args));
                    break;
                }
                case 0x62: {
                    // BUILD
                    const state = pop();
                    const instance = top();
                    if (instance instanceof CallResult) {
                        instance.state = state;
                        const size = joblibArraySize(instance);
                        if (size !== undefined) {
                            stack.pop();
                            push(OTHER);
                            await this.skipJoblibArray(size);
                        }
                    }
                    break;
                }
                case 0x82: // EXT1
                case 0x83: // EXT2
                case 0x84: // EXT4
                    await this.bytes(op === 0x82 ? 1 : op === 0x83 ? 2 : 4);
                    this.extensions += 1;
                    push(OTHER);
                    break;
                default:
                    this.fail(`unknown opcode 0x${op.toString(16).padStart(2, '0')}`);
            }
        }
    }
    /** Resolves getattr/__import__ chains so the report names what is really reached. */
    call(callable, args) {
        if (callable instanceof GlobalRef && args instanceof Sequence) {
            const [first, second] = args.items;
            const full = callable.fullName;
            if ((full === 'builtins.__import__' || full === 'importlib.import_module') &&
                typeof first === 'string') {
                this.record(first, '*');
                return new ModuleRef(first);
            }
            if (full === 'builtins.getattr' && typeof second === 'string') {
                if (first instanceof ModuleRef)
                    return this.record(first.module, second);
                if (first instanceof GlobalRef)
                    return this.record(first.module, `${first.name}.${second}`);
            }
        }
        return new CallResult(callable, args);
    }
    async skipJoblibArray(size) {
        this.joblibArrays += 1;
        if (size.objects) {
            await this.scanOne(); // object arrays are a nested pickle
            return;
        }
        if (size.aligned) {
            const padding = (await this.bytes(1))[0];
            if (!(await this.reader.skip(padding)))
                this.fail('truncated joblib array padding');
        }
        if (size.bytes === undefined)
            this.fail('joblib array of a dtype whose size is unknown');
        if (!(await this.reader.skip(size.bytes)))
            this.fail(`truncated joblib array of ${size.bytes} bytes`);
    }
    /** Turns what was seen into findings, one per distinct global. */
    report() {
        const { findings, policy } = this.options;
        for (const item of this.imports.values()) {
            const what = item.name === '*' ? `module ${item.module}` : `${item.module}.${item.name}`;
            const times = item.count > 1 ? ` (${item.count} times)` : '';
            if (item.verdict === 'dangerous') {
                findings.error('PICKLE_DANGEROUS_GLOBAL', `imports ${what}${times}: can run code or touch the system when loaded`, { offset: item.offset });
            }
            else if (item.verdict === 'unknown') {
                const message = `imports ${what}${times}, which is not on the allowlist (add it to allow-globals if you trust it)`;
                if (policy === 'allowlist')
                    findings.error('PICKLE_UNKNOWN_GLOBAL', message, { offset: item.offset });
                else
                    findings.warning('PICKLE_UNKNOWN_GLOBAL', message, { offset: item.offset });
            }
        }
        if (this.unresolved > 0) {
            findings.error('PICKLE_UNRESOLVED_GLOBAL', `${this.unresolved} STACK_GLOBAL import(s) name a module or attribute computed at load time; what they import cannot be known`);
        }
        if (this.extensions > 0) {
            const message = `${this.extensions} EXT opcode(s) import through the copyreg extension registry, which cannot be checked`;
            if (policy === 'allowlist')
                findings.error('PICKLE_EXTENSION_CODE', message);
            else
                findings.warning('PICKLE_EXTENSION_CODE', message);
        }
    }
}
/**
 * True when `head` (the first bytes of a file) parses as pickle opcodes up to a STOP
 * or up to its own end. Used to recognise protocol 0/1 pickles, which have no magic.
 */
async function looksLikePickle(head) {
    const reader = new stream_reader/* StreamReader */.C((async function* () {
        yield head;
    })());
    const silent = { error: () => { }, warning: () => { }, note: () => { } };
    const scanner = new Scanner(reader, {
        policy: 'denylist',
        allowGlobals: new Set(),
        findings: silent,
    });
    try {
        await scanner.scanOne();
        return true;
    }
    catch (error) {
        return (error instanceof MalformedPickle &&
            /truncated|ended before STOP/.test(error.message) &&
            reader.offset > 16);
    }
}


/***/ }),

/***/ 7752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TM: () => (/* binding */ looksLikeMessage),
/* harmony export */   Vd: () => (/* binding */ FileWindow),
/* harmony export */   cC: () => (/* binding */ WireError)
/* harmony export */ });
/* unused harmony export decodeVarint */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Walks protobuf wire format directly in a file, field by field, so a multi-gigabyte
 * ONNX model's tensor bytes are stepped over rather than loaded. Small messages are
 * handed to protobufjs as bytes.
 */

class WireError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
const BLOCK = 1 << 20;
/** A file read through a one-block cache, for many small positional reads. */
class FileWindow {
    handle;
    size;
    blockStart = -1;
    block = Buffer.alloc(0);
    constructor(handle, size) {
        this.handle = handle;
        this.size = size;
    }
    static async open(path, size) {
        return new FileWindow(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r'), size);
    }
    async close() {
        await this.handle.close();
    }
    /** Reads `length` bytes at `offset`; the caller has checked they lie inside the file. */
    async bytes(offset, length) {
        if (offset >= this.blockStart && offset + length <= this.blockStart + this.block.length) {
            return this.block.subarray(offset - this.blockStart, offset - this.blockStart + length);
        }
        if (length > BLOCK) {
            const out = Buffer.alloc(length);
            await this.handle.read(out, 0, length, offset);
            return out;
        }
        this.block = Buffer.alloc(Math.min(BLOCK, this.size - offset));
        const { bytesRead } = await this.handle.read(this.block, 0, this.block.length, offset);
        this.block = this.block.subarray(0, bytesRead);
        this.blockStart = offset;
        if (bytesRead < length)
            throw new WireError('unexpected end of file', offset);
        return this.block.subarray(0, length);
    }
    async varint(offset, end) {
        const head = await this.bytes(offset, Math.min(10, end - offset));
        return decodeVarint(head, 0, offset);
    }
    /** Iterates the fields of the message occupying [start, end) of the file. */
    async *fields(start, end) {
        let at = start;
        while (at < end) {
            const [tag, tagLength] = await this.varint(at, end);
            at += tagLength;
            const field = { number: Math.floor(tag / 8), wireType: tag & 7 };
            if (field.number === 0)
                throw new WireError('field number 0', at);
            switch (field.wireType) {
                case 0: {
                    const [value, length] = await this.varint(at, end);
                    field.value = value;
                    at += length;
                    break;
                }
                case 1:
                    at += 8;
                    break;
                case 5:
                    at += 4;
                    break;
                case 2: {
                    const [length, prefix] = await this.varint(at, end);
                    at += prefix;
                    if (at + length > end)
                        throw new WireError(`field ${field.number} claims ${length} bytes, more than its message holds`, at);
                    field.start = at;
                    field.length = length;
                    at += length;
                    break;
                }
                default:
                    throw new WireError(`unsupported wire type ${field.wireType}`, at);
            }
            if (at > end)
                throw new WireError('field runs past the end of its message', at);
            yield field;
        }
    }
    /** Counts varints in a packed region without holding it. */
    async countVarints(start, length) {
        let count = 0;
        for (let at = start; at < start + length; at += BLOCK) {
            const chunk = await this.bytes(at, Math.min(BLOCK, start + length - at));
            for (const byte of chunk)
                if ((byte & 0x80) === 0)
                    count += 1;
        }
        return count;
    }
}
/** Decodes a varint at `index`; returns [value, bytes used]. Values past 2^53 lose precision. */
function decodeVarint(buffer, index, offsetForErrors = index) {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
        if (index + i >= buffer.length)
            throw new WireError('truncated varint', offsetForErrors);
        const byte = buffer[index + i];
        value += (byte & 0x7f) * scale;
        if ((byte & 0x80) === 0)
            return [value, i + 1];
        scale *= 128;
    }
    throw new WireError('varint longer than 10 bytes', offsetForErrors);
}
/**
 * True when `head` parses as the start of a protobuf message whose fields all come
 * from `allowed` (field number -> wire type), with at least `minFields` fields.
 */
function looksLikeMessage(head, allowed, minFields, required) {
    let at = 0;
    let count = 0;
    const seen = new Set();
    try {
        while (at < head.length) {
            const [tag, n] = decodeVarint(head, at);
            at += n;
            const number = Math.floor(tag / 8);
            const wireType = tag & 7;
            if (allowed[number] !== wireType)
                return false;
            seen.add(number);
            count += 1;
            if (wireType === 0)
                at += decodeVarint(head, at)[1];
            else if (wireType === 2) {
                const [length, prefix] = decodeVarint(head, at);
                at += prefix + length;
            }
            else
                return false;
        }
    }
    catch {
        // the head ended inside a field: judge on what was seen
    }
    return count >= minFields && required.some((r) => seen.has(r));
}


/***/ }),

/***/ 1541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseSafetensors),
/* harmony export */   N: () => (/* binding */ looksLikeSafetensors)
/* harmony export */ });
/* harmony import */ var _file_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7812);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4309);
/** safetensors: an 8-byte little-endian header length, a JSON header, then tensor bytes. */


const MAX_HEADER = 100 * 1024 * 1024;
/** Bits per element of each safetensors dtype. */
const DTYPE_BITS = {
    BOOL: 8,
    U8: 8,
    I8: 8,
    F8_E5M2: 8,
    F8_E4M3: 8,
    F8_E8M0: 8,
    I16: 16,
    U16: 16,
    F16: 16,
    BF16: 16,
    I32: 32,
    U32: 32,
    F32: 32,
    F64: 64,
    I64: 64,
    U64: 64,
    F4: 4,
    F6_E2M3: 6,
    F6_E3M2: 6,
    C64: 64,
};
/** True when the first bytes look like a safetensors file (a length, then `{`). */
function looksLikeSafetensors(head) {
    return head.length >= 9 && head[8] === 0x7b && head.readBigUInt64LE(0) > 1n;
}
/** Validates a safetensors file: header bounds, JSON, dtypes, shapes, exact offsets. */
async function parseSafetensors(path, size, findings) {
    const result = { format: 'safetensors' };
    if (size < 8) {
        findings.error('SAFETENSORS_TRUNCATED', `file is ${size} bytes, shorter than the 8-byte header length`);
        return result;
    }
    const declared = (await (0,_file_source_js__WEBPACK_IMPORTED_MODULE_0__/* .readAt */ .m)(path, 0, 8)).readBigUInt64LE(0);
    if (declared > BigInt(MAX_HEADER)) {
        findings.error('SAFETENSORS_HEADER_TOO_LARGE', `header length ${declared} exceeds the 100 MiB limit`, { offset: 0 });
        return result;
    }
    const headerLength = Number(declared);
    if (8 + headerLength > size) {
        findings.error('SAFETENSORS_TRUNCATED', `header length ${headerLength} runs past the end of the ${size}-byte file`, { offset: 0 });
        return result;
    }
    let header;
    try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(await (0,_file_source_js__WEBPACK_IMPORTED_MODULE_0__/* .readAt */ .m)(path, 8, headerLength));
        header = JSON.parse(text);
    }
    catch (error) {
        findings.error('SAFETENSORS_BAD_HEADER', `header is not UTF-8 JSON: ${error.message}`, { offset: 8 });
        return result;
    }
    if (typeof header !== 'object' || header === null || Array.isArray(header)) {
        findings.error('SAFETENSORS_BAD_HEADER', 'header is not a JSON object', { offset: 8 });
        return result;
    }
    const dataSize = size - 8 - headerLength;
    const summary = { tensors: 0, parameters: 0, dtypes: {} };
    const spans = [];
    const tensors = [];
    for (const [name, value] of Object.entries(header)) {
        if (name === '__metadata__') {
            checkMetadata(value, findings);
            continue;
        }
        const tensor = checkTensor(name, value, findings);
        if (!tensor)
            continue;
        spans.push({ name, begin: tensor.begin, end: tensor.end });
        tensors.push({ name, dtype: tensor.dtype, shape: tensor.shape });
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .addToSummary */ .Dg)(summary, tensor.dtype, tensor.count);
    }
    checkCoverage(spans, dataSize, findings);
    result.tensors = summary;
    result.details = {
        headerLength,
        tensors: tensors.slice(0, 1000),
        tensorsListed: Math.min(tensors.length, 1000),
    };
    return result;
}
function checkMetadata(value, findings) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        findings.error('SAFETENSORS_BAD_METADATA', '__metadata__ is not an object of strings');
        return;
    }
    for (const [key, item] of Object.entries(value)) {
        if (typeof item !== 'string')
            findings.error('SAFETENSORS_BAD_METADATA', `__metadata__.${key} is not a string`);
    }
}
function checkTensor(name, value, findings) {
    const entry = value;
    if (typeof value !== 'object' || value === null) {
        findings.error('SAFETENSORS_BAD_TENSOR', `tensor '${name}' is not an object`);
        return undefined;
    }
    const bits = typeof entry.dtype === 'string' ? DTYPE_BITS[entry.dtype] : undefined;
    if (bits === undefined) {
        findings.error('SAFETENSORS_BAD_DTYPE', `tensor '${name}' has unknown dtype ${JSON.stringify(entry.dtype)}`);
        return undefined;
    }
    const shape = entry.shape;
    const count = Array.isArray(shape) ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .elementCount */ .KX)(shape) : -1;
    if (count < 0) {
        findings.error('SAFETENSORS_BAD_SHAPE', `tensor '${name}' shape ${JSON.stringify(shape)} is not a list of non-negative integers`);
        return undefined;
    }
    const offsets = entry.data_offsets;
    if (!Array.isArray(offsets) ||
        offsets.length !== 2 ||
        !offsets.every((o) => Number.isSafeInteger(o) && o >= 0) ||
        offsets[0] > offsets[1]) {
        findings.error('SAFETENSORS_BAD_OFFSETS', `tensor '${name}' data_offsets ${JSON.stringify(offsets)} are not [begin, end] with begin <= end`);
        return undefined;
    }
    const [begin, end] = offsets;
    const expected = Math.ceil((count * bits) / 8);
    if (end - begin !== expected) {
        findings.error('SAFETENSORS_SIZE_MISMATCH', `tensor '${name}' holds ${end - begin} bytes but ${entry.dtype}${JSON.stringify(shape)} needs ${expected}`);
    }
    return { dtype: entry.dtype, shape: shape, count, begin, end };
}
/** Offsets must tile the data section exactly: no overlap, no gap, nothing left over. */
function checkCoverage(spans, dataSize, findings) {
    spans.sort((a, b) => a.begin - b.begin || a.end - b.end);
    let cursor = 0;
    for (const span of spans) {
        if (span.begin < cursor) {
            findings.error('SAFETENSORS_OVERLAP', `tensor '${span.name}' starts at ${span.begin}, inside the previous tensor (ends at ${cursor})`);
        }
        else if (span.begin > cursor) {
            findings.error('SAFETENSORS_GAP', `${span.begin - cursor} unused bytes before tensor '${span.name}' (offset ${cursor})`);
        }
        cursor = Math.max(cursor, span.end);
    }
    if (cursor > dataSize) {
        findings.error('SAFETENSORS_TRUNCATED', `tensors need ${cursor} data bytes but the file holds ${dataSize}`);
    }
    else if (cursor < dataSize) {
        findings.error('SAFETENSORS_TRAILING_DATA', `${dataSize - cursor} bytes after the last tensor are not described by the header`);
    }
}


/***/ }),

/***/ 1740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ StreamReader)
/* harmony export */ });
/**
 * A pull reader over a stream of Buffers, for parsers that walk a file front to back
 * (pickle opcodes, GGUF headers, zip entries). It keeps only what a parser asks for
 * buffered, and skips payloads without holding them.
 */
class StreamReader {
    buffer = Buffer.alloc(0);
    position = 0;
    consumed = 0;
    ended = false;
    iterator;
    constructor(source) {
        this.iterator = source[Symbol.asyncIterator]();
    }
    /** Bytes consumed so far (the offset of the next byte). */
    get offset() {
        return this.consumed;
    }
    get available() {
        return this.buffer.length - this.position;
    }
    async pull() {
        if (this.ended)
            return false;
        const next = await this.iterator.next();
        if (next.done) {
            this.ended = true;
            return false;
        }
        const rest = this.buffer.subarray(this.position);
        this.buffer = rest.length === 0 ? next.value : Buffer.concat([rest, next.value]);
        this.position = 0;
        return true;
    }
    /** Ensures `n` bytes are buffered; false when the stream ends first. */
    async need(n) {
        while (this.available < n) {
            if (!(await this.pull()))
                return false;
        }
        return true;
    }
    /** True when no byte is left. */
    async atEnd() {
        return !(await this.need(1));
    }
    /** Takes `n` bytes (call `need(n)` first). */
    take(n) {
        const out = this.buffer.subarray(this.position, this.position + n);
        this.position += n;
        this.consumed += n;
        return out;
    }
    /** Reads `n` bytes, or undefined when the stream is shorter. */
    async read(n) {
        return (await this.need(n)) ? this.take(n) : undefined;
    }
    /** Looks at the next `n` bytes without consuming them (fewer at the end). */
    async peek(n) {
        await this.need(n);
        return this.buffer.subarray(this.position, this.position + n);
    }
    /** Skips `n` bytes without buffering them; false when the stream is shorter. */
    async skip(n) {
        let left = n;
        while (left > 0) {
            if (this.available === 0 && !(await this.pull()))
                return false;
            const step = Math.min(left, this.available);
            this.position += step;
            this.consumed += step;
            left -= step;
        }
        return true;
    }
    /** Reads up to and excluding the next '\n' (at most `max` bytes), or undefined. */
    async readLine(max = 1 << 16) {
        let scanned = 0;
        for (;;) {
            const index = this.buffer.indexOf(0x0a, this.position + scanned);
            if (index >= 0 && index - this.position <= max) {
                const line = this.take(index - this.position);
                this.take(1);
                return line;
            }
            scanned = this.available;
            if (scanned > max || !(await this.pull()))
                return undefined;
        }
    }
    /** Stops the underlying stream early. */
    async close() {
        await this.iterator.return?.();
    }
}


/***/ })

};
