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
/* harmony import */ var _gguf_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3703);
/* harmony import */ var _keras_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6747);
/* harmony import */ var _numpy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2256);
/* harmony import */ var _pickle_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7731);
/* harmony import */ var _pickle_scanner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5082);
/* harmony import */ var _protobuf_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7752);
/* harmony import */ var _safetensors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1541);
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
    return (0,_protobuf_file_js__WEBPACK_IMPORTED_MODULE_6__/* .looksLikeMessage */ .TM)(head, ONNX_MODEL_FIELDS, 2, [1, 7, 8]);
}
/** True when the bytes start with a zip local file header. */
function looksLikeZip(head) {
    return head.length >= 4 && head.readUInt32LE(0) === 0x04034b50;
}
/** True for a file named saved_model.pb or .pbtxt (SavedModel is recognised by its layout). */
function isSavedModelPb(relativePath) {
    return /(^|\/)saved_model\.pb(txt)?$/.test(relativePath);
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
    if ((0,_safetensors_js__WEBPACK_IMPORTED_MODULE_7__/* .looksLikeSafetensors */ .N)(head))
        return 'safetensors';
    if ((0,_gguf_js__WEBPACK_IMPORTED_MODULE_1__/* .looksLikeGguf */ .h)(head))
        return 'gguf';
    if ((0,_numpy_js__WEBPACK_IMPORTED_MODULE_3__/* .looksLikeNpy */ .p)(head))
        return 'numpy';
    if (looksLikeZip(head))
        return 'zip';
    if ((0,_keras_js__WEBPACK_IMPORTED_MODULE_2__/* .looksLikeHdf5 */ .L)(head))
        return 'h5';
    if (head.length >= 2 && head[0] === 0x80 && head[1] >= 2 && head[1] <= 5)
        return 'pickle';
    const compression = (0,_pickle_file_js__WEBPACK_IMPORTED_MODULE_4__/* .compressionOf */ .MB)(head);
    if (compression && /\.(joblib|pkl|pickle|z|gz|bz2|xz|lzma|lz4)$/i.test(relativePath))
        return 'compressed-pickle';
    if (looksLikeOnnx(head))
        return 'onnx';
    if (await (0,_pickle_scanner_js__WEBPACK_IMPORTED_MODULE_5__/* .looksLikePickle */ .ge)(head))
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

/***/ 3703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ looksLikeGguf),
  V: () => (/* binding */ parseGguf)
});

// EXTERNAL MODULE: ./src/formats/file-source.ts
var file_source = __webpack_require__(7812);
;// CONCATENATED MODULE: ./src/formats/jinja-template.ts
/**
 * GGUF chat templates are Jinja, rendered by the loader (llama-cpp-python, transformers).
 * Rendered without a sandbox they reach Python itself (CVE-2024-34359:
 * `{{ self.__init__.__globals__.__builtins__.__import__('os') ... }}`). This reads the
 * template's tags and expressions and reports what Jinja's SandboxedEnvironment would
 * refuse, plus what a static reading cannot be sure of, so either way it is an error:
 * attributes that start with `_` or are interpreter internals (`mro`, `gi_frame`...),
 * string literals that spell such names (they can be joined into one: `'__cla' ~ 'ss__'`)
 * or hold escapes, `attr` and `format` (names built at render time), and tags that read
 * other templates (`include`, `import`, `extends`, `from`). Written here: no JS Jinja
 * implementation applies Python's sandbox rules.
 */
/** Attributes Jinja's sandbox refuses besides those starting with `_` (jinja2/sandbox.py). */
const UNSAFE_ATTRIBUTES = new Set([
    'mro',
    'func_globals',
    'func_code',
    'func_closure',
    'func_defaults',
    'func_dict',
    'gi_frame',
    'gi_code',
    'gi_yieldfrom',
    'cr_frame',
    'cr_code',
    'cr_await',
    'ag_code',
    'ag_frame',
    'tb_frame',
    'tb_next',
    'f_globals',
    'f_locals',
    'f_builtins',
    'f_code',
    'co_code',
    'im_class',
    'im_func',
    'im_self',
    'format',
    'format_map',
]);
const READING_TAGS = new Set(['include', 'import', 'extends', 'from']);
/** What is wrong with a template, one line each (empty when nothing is). */
function checkChatTemplate(template) {
    const problems = new Set();
    let i = 0;
    while (i < template.length) {
        const open = template.indexOf('{', i);
        if (open < 0)
            break;
        const kind = template[open + 1];
        if (kind === '#') {
            const close = template.indexOf('#}', open + 2);
            if (close < 0)
                return [...problems, 'an unclosed {# comment'];
            i = close + 2;
            continue;
        }
        if (kind !== '{' && kind !== '%') {
            i = open + 1;
            continue;
        }
        const end = findClose(template, open + 2, kind === '{' ? '}}' : '%}');
        if (end < 0)
            return [...problems, `an unclosed ${kind === '{' ? '{{' : '{%'} at ${open}`];
        const body = template
            .slice(open + 2, end)
            .replace(/^[-+]/, '')
            .replace(/[-+]$/, '');
        if (kind === '%') {
            const tag = /^\s*(\w+)/.exec(body)?.[1] ?? '';
            if (READING_TAGS.has(tag))
                problems.add(`the ${tag} tag reads another template`);
            if (tag === 'raw') {
                const endraw = /\{%-?\s*endraw\s*-?%\}/.exec(template.slice(end));
                if (!endraw)
                    return [...problems, 'an unclosed raw block'];
                i = end + endraw.index + endraw[0].length;
                continue;
            }
        }
        for (const problem of checkExpression(body))
            problems.add(problem);
        i = end + 2;
    }
    return [...problems];
}
/** The index of `close` after `from`, skipping string literals; -1 when missing. */
function findClose(text, from, close) {
    for (let i = from; i < text.length; i++) {
        const c = text[i];
        if (c === '"' || c === "'") {
            const end = endOfString(text, i);
            if (end < 0)
                return -1;
            i = end;
        }
        else if (text.startsWith(close, i))
            return i;
    }
    return -1;
}
function endOfString(text, start) {
    for (let i = start + 1; i < text.length; i++) {
        if (text[i] === '\\')
            i++;
        else if (text[i] === text[start])
            return i;
    }
    return -1;
}
/** Problems in one tag or expression body. */
function checkExpression(body) {
    const problems = [];
    let previous = '';
    for (let i = 0; i < body.length;) {
        const c = body[i];
        if (c === '"' || c === "'") {
            const end = endOfString(body, i);
            const literal = decodeEscapes(body.slice(i + 1, end < 0 ? body.length : end));
            if (literal === undefined)
                problems.push('a string literal with an escape that is not read here may spell anything');
            else if (literal.startsWith('_') || literal.includes('__') || UNSAFE_ATTRIBUTES.has(literal))
                problems.push(`the string '${literal.slice(0, 30)}' names an interpreter internal`);
            i = end < 0 ? body.length : end + 1;
            previous = 'string';
            continue;
        }
        const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body.slice(i))?.[0];
        if (word) {
            if (previous === '.' && (word.startsWith('_') || UNSAFE_ATTRIBUTES.has(word)))
                problems.push(`the attribute .${word} reaches Python internals`);
            else if (previous !== '.' && word.startsWith('__'))
                problems.push(`the name ${word} reaches Python internals`);
            if (previous === '|' && (word === 'attr' || word === 'format'))
                problems.push(`the ${word} filter builds a name at render time`);
            i += word.length;
            previous = word;
            continue;
        }
        if (!/\s/.test(c))
            previous = c;
        i += 1;
    }
    return problems;
}
/** A literal's value as Python (and so Jinja) decodes it; undefined for an escape not read here. */
function decodeEscapes(raw) {
    const simple = {
        n: '\n',
        t: '\t',
        r: '\r',
        '\\': '\\',
        "'": "'",
        '"': '"',
        '\n': '',
    };
    let out = '';
    for (let i = 0; i < raw.length; i++) {
        if (raw[i] !== '\\') {
            out += raw[i];
            continue;
        }
        const d = raw[++i];
        if (d !== undefined && d in simple)
            out += simple[d];
        else if (d === 'x' || d === 'u' || d === 'U') {
            const width = d === 'x' ? 2 : d === 'u' ? 4 : 8;
            const hex = raw.slice(i + 1, i + 1 + width);
            if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex))
                return undefined;
            const code = Number.parseInt(hex, 16);
            if (code > 0x10ffff)
                return undefined;
            out += String.fromCodePoint(code);
            i += width;
        }
        else
            return undefined;
    }
    return out;
}

// EXTERNAL MODULE: ./src/formats/format.ts
var format = __webpack_require__(4309);
// EXTERNAL MODULE: ./src/formats/stream-reader.ts
var stream_reader = __webpack_require__(1740);
;// CONCATENATED MODULE: ./src/formats/gguf.ts
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
    const reader = new stream_reader/* StreamReader */.C((0,file_source/* readChunks */.z)(path));
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
        const metadata = Object.create(null);
        for (let i = 0; i < kvCount; i++) {
            const key = await string();
            metadata[key] = await value(await u32());
            // Chat templates are Jinja the loader renders: judged as a sandbox would judge them.
            if (key.startsWith('tokenizer.chat_template') && typeof metadata[key] === 'string')
                for (const problem of checkChatTemplate(metadata[key]))
                    findings.error('GGUF_CHAT_TEMPLATE', `${key}: ${problem}`);
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
            (0,format/* addToSummary */.Dg)(summary, layout?.[0] ?? `type${info.type}`, Number.isFinite(info.elements) ? info.elements : -1);
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

/***/ 6747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ checkKerasConfig),
  L: () => (/* binding */ looksLikeHdf5)
});

;// CONCATENATED MODULE: ./src/formats/keras-allowlist.ts
/**
 * The Keras objects a config.json may name: built-in classes that load no code and read
 * no file when Keras deserializes them (sources: keras-team/keras keras/src/layers/__init__.py,
 * keras/src/{initializers,regularizers,constraints,optimizers,losses,metrics,activations}).
 * Not here, on purpose: Lambda and TFOpLambda (Python code), TFSMLayer (loads a SavedModel
 * from a path), `__lambda__` (marshalled code), and anything outside `keras`. Lookup
 * layers are here, but a `vocabulary` given as a path (a file read) is refused separately.
 */
const words = (text) => text.trim().split(/\s+/);
const KERAS_CLASSES = new Set([
    // layers
    ...words(`
    Activation ELU LeakyReLU PReLU ReLU Softmax ThresholdedReLU AdditiveAttention Attention
    GroupedQueryAttention GroupQueryAttention MultiHeadAttention Conv1D Conv1DTranspose Conv2D
    Conv2DTranspose Conv3D Conv3DTranspose DepthwiseConv1D DepthwiseConv2D SeparableConv1D
    SeparableConv2D Convolution1D Convolution2D Convolution3D Dense EinsumDense Embedding
    Identity InputLayer Masking ReversibleEmbedding Wrapper Layer Add Average Concatenate Dot
    Maximum Minimum Multiply Subtract BatchNormalization GroupNormalization LayerNormalization
    RMSNormalization SpectralNormalization UnitNormalization AdaptiveAveragePooling1D
    AdaptiveAveragePooling2D AdaptiveAveragePooling3D AdaptiveMaxPooling1D AdaptiveMaxPooling2D
    AdaptiveMaxPooling3D AveragePooling1D AveragePooling2D AveragePooling3D AvgPool1D AvgPool2D
    AvgPool3D GlobalAveragePooling1D GlobalAveragePooling2D GlobalAveragePooling3D
    GlobalAvgPool1D GlobalAvgPool2D GlobalAvgPool3D GlobalMaxPooling1D GlobalMaxPooling2D
    GlobalMaxPooling3D GlobalMaxPool1D GlobalMaxPool2D GlobalMaxPool3D MaxPooling1D
    MaxPooling2D MaxPooling3D MaxPool1D MaxPool2D MaxPool3D CategoryEncoding Discretization
    HashedCrossing Hashing AugMix AutoContrast CenterCrop
    ContrastLimitedAdaptiveHistogramEqualization CutMix Equalization MaxNumBoundingBoxes MixUp
    RandAugment RandomBrightness RandomColorDegeneration RandomColorJitter RandomContrast
    RandomCrop RandomElasticTransform RandomErasing RandomFlip RandomGaussianBlur
    RandomGrayscale RandomHue RandomInvert RandomPerspective RandomPosterization RandomRotation
    RandomSaturation RandomSharpness RandomShear RandomTranslation RandomZoom RandomHeight
    RandomWidth Resizing Solarization IndexLookup IntegerLookup MelSpectrogram Normalization
    Pipeline Rescaling STFTSpectrogram StringLookup TextVectorization ActivityRegularization
    AlphaDropout Dropout GaussianDropout GaussianNoise SpatialDropout1D SpatialDropout2D
    SpatialDropout3D Cropping1D Cropping2D Cropping3D Flatten Permute ReconstructPatches2D
    ReconstructPatches3D RepeatVector Reshape UpSampling1D UpSampling2D UpSampling3D
    ZeroPadding1D ZeroPadding2D ZeroPadding3D Bidirectional ConvLSTM1D ConvLSTM2D ConvLSTM3D GRU
    GRUCell LSTM LSTMCell RNN SimpleRNN SimpleRNNCell StackedRNNCells TimeDistributed
  `),
    // models, dtype policies, tensors in functional configs
    ...words(`
    Sequential Functional Model DTypePolicy FloatDTypePolicy QuantizedDTypePolicy
    QuantizedFloat8DTypePolicy Policy InputSpec __keras_tensor__ __tensor__ __numpy__
    __bytes__ __ellipsis__ __slice__
  `),
    // initializers, regularizers, constraints
    ...words(`
    Constant GlorotNormal GlorotUniform HeNormal HeUniform IdentityInitializer LecunNormal
    LecunUniform Ones Orthogonal OrthogonalInitializer RandomNormal RandomUniform
    TruncatedNormal VarianceScaling Zeros STFTInitializer L1 L2 L1L2 OrthogonalRegularizer
    MaxNorm MinMaxNorm NonNeg UnitNorm
  `),
    // optimizers and schedules
    ...words(`
    Adam AdamW Adadelta Adafactor Adagrad Adamax Ftrl Lion LossScaleOptimizer Nadam RMSprop SGD
    Muon CosineDecay CosineDecayRestarts ExponentialDecay InverseTimeDecay
    PiecewiseConstantDecay PolynomialDecay
  `),
    // losses and metrics
    ...words(`
    BinaryCrossentropy BinaryFocalCrossentropy CategoricalCrossentropy
    CategoricalFocalCrossentropy CategoricalHinge CosineSimilarity Dice Hinge Huber
    KLDivergence LogCosh MeanAbsoluteError MeanAbsolutePercentageError MeanSquaredError
    MeanSquaredLogarithmicError Poisson SparseCategoricalCrossentropy SquaredHinge Tversky CTC
    Circle Loss LossFunctionWrapper AUC Accuracy BinaryAccuracy BinaryIoU CategoricalAccuracy
    F1Score FBetaScore FalseNegatives FalsePositives IoU LogCoshError Mean MeanIoU
    MeanMetricWrapper Metric OneHotIoU OneHotMeanIoU Precision PrecisionAtRecall R2Score Recall
    RecallAtPrecision RootMeanSquaredError SensitivityAtSpecificity SparseCategoricalAccuracy
    SparseTopKCategoricalAccuracy SpecificityAtSensitivity Sum TopKCategoricalAccuracy
    TrueNegatives TruePositives
  `),
]);
/** Functions a config may name (`class_name: "function"`): activations, losses, metrics. */
const KERAS_FUNCTIONS = new Set(words(`
    relu relu6 sigmoid softmax softplus softsign tanh elu selu exponential gelu hard_sigmoid
    hard_silu hard_swish leaky_relu linear log_softmax mish silu swish celu glu log_sigmoid
    sparse_plus squareplus tanh_shrink hard_tanh hard_shrink soft_shrink threshold sparsemax
    binary_crossentropy binary_focal_crossentropy categorical_crossentropy
    categorical_focal_crossentropy categorical_hinge cosine_similarity hinge huber
    kl_divergence log_cosh mean_absolute_error mean_absolute_percentage_error
    mean_squared_error mean_squared_logarithmic_error poisson sparse_categorical_crossentropy
    squared_hinge mae mse mape msle binary_accuracy categorical_accuracy
    sparse_categorical_accuracy top_k_categorical_accuracy sparse_top_k_categorical_accuracy
  `));
/** Built-in classes that deserialize safely except with a vocabulary read from a path. */
const VOCABULARY_LAYERS = new Set(words('StringLookup IntegerLookup IndexLookup TextVectorization'));

;// CONCATENATED MODULE: ./src/formats/keras.ts

const MAX_DEPTH = 200;
/** Checks a parsed config.json; counts what it refused. */
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
        if ('class_name' in record) {
            const problem = judge(record);
            if (problem) {
                const className = String(record.class_name);
                if (/lambda/i.test(className) || className === 'TFSMLayer')
                    lambdas += 1;
                else
                    customObjects.add(`${String(record.module ?? '')}.${className}`.replace(/^\./, ''));
                findings.error(problem.code, `${problem.message} (at ${pointer || '/'})`);
            }
        }
        for (const [key, value] of Object.entries(record))
            walk(value, `${pointer}/${key}`, depth + 1);
    };
    walk(config, '', 0);
    return { lambdas, customObjects: [...customObjects] };
}
/** Why Keras must not deserialize this object, or undefined when it may. */
function judge(record) {
    const className = record.class_name;
    const module = record.module;
    const registered = record.registered_name;
    if (typeof className !== 'string')
        return { code: 'KERAS_CUSTOM_OBJECT', message: 'an object whose class_name is not a string' };
    if (className === 'Lambda' || className === 'TFOpLambda' || className === '__lambda__')
        return {
            code: 'KERAS_LAMBDA',
            message: `${className} runs arbitrary Python code when the model is loaded`,
        };
    if (className === 'TFSMLayer')
        return {
            code: 'KERAS_FILE_READ',
            message: 'TFSMLayer loads a SavedModel from the path in its config',
        };
    if (module !== undefined && module !== null) {
        if (typeof module !== 'string' || (module !== 'keras' && !module.startsWith('keras.')))
            return {
                code: 'KERAS_CUSTOM_OBJECT',
                message: `${className} comes from module '${String(module)}', outside keras: loading imports that code`,
            };
    }
    if (registered !== undefined && registered !== null && registered !== className) {
        const builtIn = typeof registered === 'string' && registered === `keras>${className}`;
        if (!builtIn && !(className === 'function' && registered === 'function'))
            return {
                code: 'KERAS_CUSTOM_OBJECT',
                message: `${className} is the registered object '${String(registered)}': loading needs code that is not Keras's`,
            };
    }
    if (className === 'function') {
        const name = record.config;
        if (typeof name === 'string' && KERAS_FUNCTIONS.has(name))
            return undefined;
        return {
            code: 'KERAS_CUSTOM_OBJECT',
            message: `function '${String(name)}' is not a Keras activation, loss or metric: loading would call whatever it names`,
        };
    }
    if (!KERAS_CLASSES.has(className))
        return {
            code: 'KERAS_CUSTOM_OBJECT',
            message: `${className} is not a built-in Keras object modelgate knows to load no code and read no file`,
        };
    const vocabulary = record.config?.vocabulary;
    if (VOCABULARY_LAYERS.has(className) && typeof vocabulary === 'string')
        return {
            code: 'KERAS_FILE_READ',
            message: `${className} reads its vocabulary from the file '${vocabulary}' when loaded`,
        };
    return undefined;
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
/* harmony export */   eE: () => (/* binding */ classifyDescr),
/* harmony export */   z6: () => (/* binding */ itemSize)
/* harmony export */ });
/* unused harmony export hasObjects */
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
/** The spellings NumPy itself writes for plain (non-object) dtypes: `dtype.str`. */
const PLAIN = /^[|<>=]?(\?|b1|[iu][1248]|f(2|4|8|10|12|16)|c(8|16|20|24|32)|[SU]\d+|V\d+|[Mm]8(\[\d*[a-zA-Z]+\])?)$/;
const OBJECT = /^[|<>=]?O8?$/;
/**
 * What a dtype description holds: `plain` data, Python `objects` (the data is a pickle),
 * or `unknown`: a spelling NumPy does not write itself (`'object'`, `('O', (1,))`), which
 * NumPy may still read as objects, so it is never taken for plain data.
 */
function classifyDescr(descr) {
    if (typeof descr === 'string')
        return PLAIN.test(descr) ? 'plain' : OBJECT.test(descr) ? 'objects' : 'unknown';
    if (!Array.isArray(descr) || descr.length === 0)
        return 'unknown';
    let kind = 'plain';
    for (const field of descr) {
        if (!Array.isArray(field) || field.length < 2 || field.length > 3)
            return 'unknown';
        const [name, inner, shape] = field;
        const named = typeof name === 'string' ||
            (Array.isArray(name) && name.length === 2 && name.every((n) => typeof n === 'string'));
        const shaped = shape === undefined ||
            (typeof shape === 'number' && shape >= 0) ||
            (Array.isArray(shape) && shape.every((d) => typeof d === 'number' && d >= 0));
        if (!named || !shaped)
            return 'unknown';
        const sub = classifyDescr(inner);
        if (sub === 'unknown')
            return 'unknown';
        if (sub === 'objects')
            kind = 'objects';
    }
    return kind;
}
/** True when a dtype description holds Python objects (so the data is a pickle). */
function hasObjects(descr) {
    return classifyDescr(descr) === 'objects';
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
// EXTERNAL MODULE: ./src/formats/pickle/scanner.ts + 7 modules
var scanner = __webpack_require__(5082);
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
            // No prototype: a key named __proto__ is a key; a repeated key keeps its last value, as in Python.
            const out = Object.create(null);
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
            // Python decodes escapes (`'\x4f'` is `'O'`); rather than decode them differently,
            // a header with any is refused.
            if (s.includes('\\'))
                throw new Error(`a string with a backslash escape at ${i}`);
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
    const kind = (0,numpy_dtype/* classifyDescr */.eE)(fields.descr);
    if (kind === 'unknown') {
        findings.error('NUMPY_UNKNOWN_DTYPE', `dtype ${JSON.stringify(fields.descr)} is not a spelling NumPy writes; NumPy may read it as an object array, which unpickles the data`);
        return { descr: fields.descr, shape };
    }
    if (kind === 'objects') {
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
/* harmony import */ var _pickle_scanner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5082);
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

/***/ 5082:
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
    /** More entries were set than are tracked: a lookup could miss a later duplicate key. */
    truncated = false;
    constructor(entries) {
        this.entries = entries;
    }
    /** As Python's dict: a repeated key holds its last value. Unknown once truncated. */
    get(key) {
        if (this.truncated)
            return undefined;
        return this.entries.findLast(([k]) => k === key)?.[1];
    }
    has(key) {
        return !this.truncated && this.entries.some(([k]) => k === key);
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
/**
 * Decodes protocol 0's quoted STRING argument exactly as CPython does
 * (`PyBytes_DecodeEscape`): `\\ \' \" \a \b \f \n \r \t \v`, one to three octal
 * digits (`'o\163'` is `os`), `\x` with exactly two hex digits, and any other escape
 * kept as written.
 */
function decodeQuoted(text, fail) {
    const trimmed = text.replace(/\r$/, '');
    const quote = trimmed[0];
    if (trimmed.length < 2 ||
        (quote !== "'" && quote !== '"') ||
        trimmed[trimmed.length - 1] !== quote) {
        fail('STRING argument is not quoted');
    }
    const body = trimmed.slice(1, -1);
    const simple = {
        '\\': '\\',
        "'": "'",
        '"': '"',
        a: '\x07',
        b: '\b',
        f: '\f',
        n: '\n',
        r: '\r',
        t: '\t',
        v: '\v',
    };
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            out += c;
            continue;
        }
        const d = body[++i];
        if (d === undefined)
            fail('STRING argument ends in a lone backslash');
        if (d in simple)
            out += simple[d];
        else if (d >= '0' && d <= '7') {
            let value = Number(d);
            for (let k = 0; k < 2 && body[i + 1] >= '0' && body[i + 1] <= '7'; k++)
                value = value * 8 + Number(body[++i]);
            out += String.fromCharCode(value & 0xff);
        }
        else if (d === 'x') {
            const hex = body.slice(i + 1, i + 3);
            if (!/^[0-9a-fA-F]{2}$/.test(hex))
                fail('invalid \\x escape in STRING argument');
            out += String.fromCharCode(Number.parseInt(hex, 16));
            i += 2;
        }
        else
            out += `\\${d}`;
    }
    return out;
}
/**
 * Decodes protocol 0 UNICODE arguments as `raw-unicode-escape` does: `\uXXXX` and
 * `\UXXXXXXXX` are escapes only after an odd number of backslashes; all else is literal.
 */
function decodeRawUnicodeEscape(text, fail) {
    let out = '';
    let i = 0;
    while (i < text.length) {
        if (text[i] !== '\\') {
            out += text[i++];
            continue;
        }
        let run = 0;
        while (text[i + run] === '\\')
            run++;
        const next = text[i + run];
        if (run % 2 === 0 || (next !== 'u' && next !== 'U')) {
            out += text.slice(i, i + run);
            i += run;
            continue;
        }
        out += '\\'.repeat(run - 1);
        const digits = next === 'u' ? 4 : 8;
        const hex = text.slice(i + run + 1, i + run + 1 + digits);
        if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex))
            fail(`truncated \\${next} escape`);
        const code = Number.parseInt(hex, 16);
        if (code > 0x10ffff)
            fail('\\U escape out of range');
        out += String.fromCodePoint(code);
        i += run + 1 + digits;
    }
    return out;
}
/**
 * A decimal text argument as CPython reads it for GET/PUT (`PyLong_FromString`, base
 * 10) and INT (`strtol`, base 0: `010` is eight, `1_0` is ten): where the two readings
 * could differ the text is refused, so only plain digits (and INT's `00`/`01`) pass.
 */
function canonicalInteger(text, kind) {
    const body = kind === 'long' ? text.replace(/L$/, '') : text;
    if (kind === 'memo')
        return /^[0-9]+$/.test(body) && body.length < 16 ? BigInt(body) : undefined;
    if (!/^-?(0|[1-9][0-9]*)$/.test(body))
        return undefined;
    return BigInt(body);
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
        return { objects: false, aligned, unknownDtype: 'a dtype that is not a plain string' };
    const kind = (0,numpy_dtype/* classifyDescr */.eE)(descr);
    if (kind === 'objects')
        return { objects: true, aligned: false };
    if (kind === 'unknown')
        return { objects: false, aligned, unknownDtype: descr };
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

;// CONCATENATED MODULE: ./src/formats/pickle/allowlist-generated.ts
// Generated by scripts/allowlist/generate.py from Debian's sklearn 1.2.1, pandas 1.5.3, numpy 1.24.2, xgboost 1.7.4: do not edit.
/**
 * Classes (and rebuild helpers) that real scikit-learn, pandas and XGBoost pickles import,
 * listed exactly as `module` -> names. Why they are safe: unpickling only constructs them
 * (`__new__`, or `__init__` that stores its arguments) and restores their state; none
 * loads, writes, imports or evaluates anything. Modules that do (datasets, io, plotting,
 * computation/eval, compat.pickle_compat, testing, dask/spark) are not walked at all.
 * Functions are only Cython/pandas rebuild helpers and scikit-learn's score, metric and
 * kernel functions, which an estimator keeps as a parameter and which compute on arrays.
 */
const GENERATED_GLOBALS = {
    'pandas._libs.algos': ['Infinity', 'NegInfinity', '__pyx_unpickle_Enum'],
    'pandas._libs.arrays': ['NDArrayBacked', '__pyx_unpickle_NDArrayBacked'],
    'pandas._libs.groupby': ['__pyx_unpickle_Enum'],
    'pandas._libs.hashing': ['__pyx_unpickle_Enum'],
    'pandas._libs.hashtable': [
        'Complex128HashTable',
        'Complex128Vector',
        'Complex64HashTable',
        'Complex64Vector',
        'Factorizer',
        'Float32HashTable',
        'Float32Vector',
        'Float64HashTable',
        'Float64Vector',
        'HashTable',
        'Int16HashTable',
        'Int16Vector',
        'Int32HashTable',
        'Int32Vector',
        'Int64Factorizer',
        'Int64HashTable',
        'Int64Vector',
        'Int8HashTable',
        'Int8Vector',
        'IntpHashTable',
        'ObjectFactorizer',
        'ObjectVector',
        'PyObjectHashTable',
        'StringHashTable',
        'StringVector',
        'UInt16HashTable',
        'UInt16Vector',
        'UInt32HashTable',
        'UInt32Vector',
        'UInt64HashTable',
        'UInt64Vector',
        'UInt8HashTable',
        'UInt8Vector',
        'Vector',
        '__pyx_unpickle_Enum',
        '__pyx_unpickle_HashTable',
    ],
    'pandas._libs.index': [
        'BaseMultiIndexCodesEngine',
        'BoolEngine',
        'Complex128Engine',
        'Complex64Engine',
        'DatetimeEngine',
        'ExtensionEngine',
        'Float32Engine',
        'Float64Engine',
        'IndexEngine',
        'Int16Engine',
        'Int32Engine',
        'Int64Engine',
        'Int8Engine',
        'ObjectEngine',
        'PeriodEngine',
        'TimedeltaEngine',
        'UInt16Engine',
        'UInt32Engine',
        'UInt64Engine',
        'UInt8Engine',
        '__pyx_unpickle_BaseMultiIndexCodesEngine',
        '__pyx_unpickle_BoolEngine',
        '__pyx_unpickle_Complex128Engine',
        '__pyx_unpickle_Complex64Engine',
        '__pyx_unpickle_DatetimeEngine',
        '__pyx_unpickle_Enum',
        '__pyx_unpickle_ExtensionEngine',
        '__pyx_unpickle_Float32Engine',
        '__pyx_unpickle_Float64Engine',
        '__pyx_unpickle_IndexEngine',
        '__pyx_unpickle_Int16Engine',
        '__pyx_unpickle_Int32Engine',
        '__pyx_unpickle_Int64Engine',
        '__pyx_unpickle_Int8Engine',
        '__pyx_unpickle_ObjectEngine',
        '__pyx_unpickle_PeriodEngine',
        '__pyx_unpickle_SharedEngine',
        '__pyx_unpickle_TimedeltaEngine',
        '__pyx_unpickle_UInt16Engine',
        '__pyx_unpickle_UInt32Engine',
        '__pyx_unpickle_UInt64Engine',
        '__pyx_unpickle_UInt8Engine',
    ],
    'pandas._libs.indexing': ['NDFrameIndexerBase', '__pyx_unpickle_NDFrameIndexerBase'],
    'pandas._libs.internals': [
        'Block',
        'BlockManager',
        'BlockPlacement',
        'NDArrayBackedBlock',
        'NumpyBlock',
        'SharedBlock',
        '__pyx_unpickle_Enum',
        '_unpickle_block',
    ],
    'pandas._libs.interval': [
        'Interval',
        'IntervalMixin',
        'IntervalTree',
        '__pyx_unpickle_Enum',
        '__pyx_unpickle_Float64ClosedBothIntervalNode',
        '__pyx_unpickle_Float64ClosedLeftIntervalNode',
        '__pyx_unpickle_Float64ClosedNeitherIntervalNode',
        '__pyx_unpickle_Float64ClosedRightIntervalNode',
        '__pyx_unpickle_Int64ClosedBothIntervalNode',
        '__pyx_unpickle_Int64ClosedLeftIntervalNode',
        '__pyx_unpickle_Int64ClosedNeitherIntervalNode',
        '__pyx_unpickle_Int64ClosedRightIntervalNode',
        '__pyx_unpickle_IntervalMixin',
        '__pyx_unpickle_IntervalNode',
        '__pyx_unpickle_IntervalTree',
        '__pyx_unpickle_Uint64ClosedBothIntervalNode',
        '__pyx_unpickle_Uint64ClosedLeftIntervalNode',
        '__pyx_unpickle_Uint64ClosedNeitherIntervalNode',
        '__pyx_unpickle_Uint64ClosedRightIntervalNode',
    ],
    'pandas._libs.join': ['__pyx_unpickle_Enum'],
    'pandas._libs.lib': ['_NoDefault', '__pyx_unpickle_Enum'],
    'pandas._libs.missing': ['C_NAType', 'NAType', '__pyx_unpickle_C_NAType'],
    'pandas._libs.ops': ['__pyx_unpickle_Enum'],
    'pandas._libs.properties': [
        'AxisProperty',
        'CachedProperty',
        '__pyx_unpickle_AxisProperty',
        '__pyx_unpickle_CachedProperty',
        'cache_readonly',
    ],
    'pandas._libs.reshape': ['__pyx_unpickle_Enum'],
    'pandas._libs.sparse': [
        'BlockIndex',
        'IntIndex',
        'SparseIndex',
        '__pyx_unpickle_BlockMerge',
        '__pyx_unpickle_BlockUnion',
        '__pyx_unpickle_Enum',
        '__pyx_unpickle_SparseIndex',
    ],
    'pandas._libs.tslib': ['__pyx_unpickle_Enum'],
    'pandas._libs.tslibs.base': ['ABCTimestamp', '__pyx_unpickle_ABCTimestamp'],
    'pandas._libs.tslibs.conversion': ['_TSObject', '__pyx_unpickle_Enum'],
    'pandas._libs.tslibs.dtypes': ['FreqGroup', 'NpyDatetimeUnit', 'PeriodDtypeBase', 'Resolution'],
    'pandas._libs.tslibs.fields': ['RoundTo', '__pyx_unpickle_Enum'],
    'pandas._libs.tslibs.nattype': ['NaTType', '_NaT', '__nat_unpickle', '__pyx_unpickle__NaT'],
    'pandas._libs.tslibs.np_datetime': ['OutOfBoundsDatetime', 'OutOfBoundsTimedelta'],
    'pandas._libs.tslibs.offsets': [
        'ApplyTypeError',
        'BDay',
        'BMonthBegin',
        'BMonthEnd',
        'BQuarterBegin',
        'BQuarterEnd',
        'BYearBegin',
        'BYearEnd',
        'BaseOffset',
        'BusinessDay',
        'BusinessHour',
        'BusinessMixin',
        'BusinessMonthBegin',
        'BusinessMonthEnd',
        'CBMonthBegin',
        'CBMonthEnd',
        'CDay',
        'CustomBusinessDay',
        'CustomBusinessHour',
        'CustomBusinessMonthBegin',
        'CustomBusinessMonthEnd',
        'DateOffset',
        'Day',
        'Easter',
        'FY5253',
        'FY5253Mixin',
        'FY5253Quarter',
        'Hour',
        'LastWeekOfMonth',
        'Micro',
        'Milli',
        'Minute',
        'MonthBegin',
        'MonthEnd',
        'MonthOffset',
        'Nano',
        'OffsetMeta',
        'QuarterBegin',
        'QuarterEnd',
        'QuarterOffset',
        'RelativeDeltaOffset',
        'Second',
        'SemiMonthBegin',
        'SemiMonthEnd',
        'SemiMonthOffset',
        'SingleConstructorOffset',
        'Tick',
        'Week',
        'WeekOfMonth',
        'WeekOfMonthMixin',
        'YearBegin',
        'YearEnd',
        'YearOffset',
        '_CustomBusinessMonth',
        '__pyx_unpickle_BaseOffset',
        '__pyx_unpickle_RelativeDeltaOffset',
    ],
    'pandas._libs.tslibs.parsing': ['DateParseError', '__pyx_unpickle_Enum', '_timelex'],
    'pandas._libs.tslibs.period': [
        'IncompatibleFrequency',
        'Period',
        'PeriodMixin',
        '_Period',
        '__pyx_unpickle_Enum',
        '__pyx_unpickle_PeriodMixin',
    ],
    'pandas._libs.tslibs.strptime': ['TimeRE', '__pyx_unpickle_Enum'],
    'pandas._libs.tslibs.timedeltas': [
        'MinMaxReso',
        'Timedelta',
        '_Timedelta',
        '__pyx_unpickle_Enum',
        '__pyx_unpickle__Timedelta',
    ],
    'pandas._libs.tslibs.timestamps': [
        'MinMaxReso',
        'Timestamp',
        '_Timestamp',
        '__pyx_unpickle_Enum',
        '_unpickle_timestamp',
    ],
    'pandas._libs.tslibs.timezones': ['__pyx_unpickle_Enum'],
    'pandas._libs.tslibs.tzconversion': ['Localizer', '__pyx_unpickle_Enum'],
    'pandas._libs.tslibs.vectorized': ['__pyx_unpickle_Enum'],
    'pandas._libs.window.aggregations': ['__pyx_unpickle_Enum'],
    'pandas._libs.window.indexers': ['__pyx_unpickle_Enum'],
    'pandas.core.accessor': ['CachedAccessor', 'DirNamesMixin', 'PandasDelegate'],
    'pandas.core.algorithms': ['SelectN', 'SelectNFrame', 'SelectNSeries'],
    'pandas.core.apply': [
        'Apply',
        'FrameApply',
        'FrameColumnApply',
        'FrameRowApply',
        'GroupByApply',
        'NDFrameApply',
        'ResamplerWindowApply',
        'SeriesApply',
    ],
    'pandas.core.arraylike': ['OpsMixin'],
    'pandas.core.arrays._mixins': ['NDArrayBackedExtensionArray'],
    'pandas.core.arrays.arrow.array': ['ArrowExtensionArray'],
    'pandas.core.arrays.arrow.dtype': ['ArrowDtype'],
    'pandas.core.arrays.base': ['ExtensionArray', 'ExtensionOpsMixin', 'ExtensionScalarOpsMixin'],
    'pandas.core.arrays.boolean': ['BooleanArray', 'BooleanDtype'],
    'pandas.core.arrays.categorical': ['Categorical', 'CategoricalAccessor'],
    'pandas.core.arrays.datetimelike': [
        'DatelikeOps',
        'DatetimeLikeArrayMixin',
        'InvalidComparison',
        'TimelikeOps',
    ],
    'pandas.core.arrays.datetimes': ['DatetimeArray'],
    'pandas.core.arrays.floating': ['Float32Dtype', 'Float64Dtype', 'FloatingArray', 'FloatingDtype'],
    'pandas.core.arrays.integer': [
        'Int16Dtype',
        'Int32Dtype',
        'Int64Dtype',
        'Int8Dtype',
        'IntegerArray',
        'IntegerDtype',
        'UInt16Dtype',
        'UInt32Dtype',
        'UInt64Dtype',
        'UInt8Dtype',
    ],
    'pandas.core.arrays.interval': ['IntervalArray'],
    'pandas.core.arrays.masked': ['BaseMaskedArray'],
    'pandas.core.arrays.numeric': ['NumericArray', 'NumericDtype'],
    'pandas.core.arrays.numpy_': ['PandasArray'],
    'pandas.core.arrays.period': ['PeriodArray'],
    'pandas.core.arrays.sparse.accessor': ['BaseAccessor', 'SparseAccessor', 'SparseFrameAccessor'],
    'pandas.core.arrays.sparse.array': ['SparseArray'],
    'pandas.core.arrays.sparse.dtype': ['SparseDtype'],
    'pandas.core.arrays.string_': ['BaseStringArray', 'StringArray', 'StringDtype'],
    'pandas.core.arrays.string_arrow': ['ArrowStringArray'],
    'pandas.core.arrays.timedeltas': ['TimedeltaArray'],
    'pandas.core.base': ['IndexOpsMixin', 'NoNewAttributesMixin', 'PandasObject', 'SelectionMixin'],
    'pandas.core.describe': ['DataFrameDescriber', 'NDFrameDescriberAbstract', 'SeriesDescriber'],
    'pandas.core.dtypes.base': ['ExtensionDtype', 'Registry', 'StorageExtensionDtype'],
    'pandas.core.dtypes.cast': ['LossySetitemError'],
    'pandas.core.dtypes.dtypes': [
        'BaseMaskedDtype',
        'CategoricalDtype',
        'CategoricalDtypeType',
        'DatetimeTZDtype',
        'IntervalDtype',
        'PandasDtype',
        'PandasExtensionDtype',
        'PeriodDtype',
    ],
    'pandas.core.dtypes.generic': [
        'ABCCategorical',
        'ABCCategoricalIndex',
        'ABCDataFrame',
        'ABCDatetimeArray',
        'ABCDatetimeIndex',
        'ABCExtensionArray',
        'ABCFloat64Index',
        'ABCIndex',
        'ABCInt64Index',
        'ABCIntervalIndex',
        'ABCMultiIndex',
        'ABCNDFrame',
        'ABCPandasArray',
        'ABCPeriodArray',
        'ABCPeriodIndex',
        'ABCRangeIndex',
        'ABCSeries',
        'ABCTimedeltaArray',
        'ABCTimedeltaIndex',
        'ABCUInt64Index',
    ],
    'pandas.core.flags': ['Flags'],
    'pandas.core.frame': ['DataFrame'],
    'pandas.core.generic': ['NDFrame'],
    'pandas.core.groupby.base': ['OutputKey'],
    'pandas.core.groupby.generic': ['DataFrameGroupBy', 'NamedAgg', 'SeriesGroupBy'],
    'pandas.core.groupby.groupby': ['BaseGroupBy', 'GroupBy', 'GroupByPlot'],
    'pandas.core.groupby.grouper': ['Grouper', 'Grouping'],
    'pandas.core.groupby.indexing': [
        'GroupByIndexingMixin',
        'GroupByNthSelector',
        'GroupByPositionalSelector',
    ],
    'pandas.core.groupby.ops': [
        'BaseGrouper',
        'BinGrouper',
        'DataSplitter',
        'FrameSplitter',
        'SeriesSplitter',
        'WrappedCythonOp',
    ],
    'pandas.core.indexers.objects': [
        'BaseIndexer',
        'ExpandingIndexer',
        'ExponentialMovingWindowIndexer',
        'FixedForwardWindowIndexer',
        'FixedWindowIndexer',
        'GroupbyIndexer',
        'VariableOffsetWindowIndexer',
        'VariableWindowIndexer',
    ],
    'pandas.core.indexes.accessors': [
        'CombinedDatetimelikeProperties',
        'DatetimeProperties',
        'PeriodProperties',
        'Properties',
        'TimedeltaProperties',
    ],
    'pandas.core.indexes.base': ['Index', '_new_Index'],
    'pandas.core.indexes.category': ['CategoricalIndex'],
    'pandas.core.indexes.datetimelike': ['DatetimeIndexOpsMixin', 'DatetimeTimedeltaMixin'],
    'pandas.core.indexes.datetimes': ['DatetimeIndex', '_new_DatetimeIndex'],
    'pandas.core.indexes.extension': ['ExtensionIndex', 'NDArrayBackedExtensionIndex'],
    'pandas.core.indexes.frozen': ['FrozenList'],
    'pandas.core.indexes.interval': ['IntervalIndex', '_new_IntervalIndex'],
    'pandas.core.indexes.multi': ['MultiIndex', 'MultiIndexPyIntEngine', 'MultiIndexUIntEngine'],
    'pandas.core.indexes.numeric': [
        'Float64Index',
        'Int64Index',
        'IntegerIndex',
        'NumericIndex',
        'UInt64Index',
    ],
    'pandas.core.indexes.period': ['PeriodIndex', '_new_PeriodIndex'],
    'pandas.core.indexes.range': ['RangeIndex'],
    'pandas.core.indexes.timedeltas': ['TimedeltaIndex'],
    'pandas.core.indexing': [
        'IndexingMixin',
        '_AtIndexer',
        '_IndexSlice',
        '_LocIndexer',
        '_LocationIndexer',
        '_ScalarAccessIndexer',
        '_iAtIndexer',
        '_iLocIndexer',
    ],
    'pandas.core.internals.array_manager': [
        'ArrayManager',
        'BaseArrayManager',
        'NullArrayProxy',
        'SingleArrayManager',
    ],
    'pandas.core.internals.base': ['DataManager', 'SingleDataManager'],
    'pandas.core.internals.blocks': [
        'Block',
        'CategoricalBlock',
        'DatetimeLikeBlock',
        'DatetimeTZBlock',
        'EABackedBlock',
        'ExtensionBlock',
        'NDArrayBackedExtensionBlock',
        'NumericBlock',
        'NumpyBlock',
        'ObjectBlock',
    ],
    'pandas.core.internals.concat': ['JoinUnit'],
    'pandas.core.internals.managers': ['BaseBlockManager', 'BlockManager', 'SingleBlockManager'],
    'pandas.core.internals.ops': ['BlockPairInfo'],
    'pandas.core.nanops': ['bottleneck_switch', 'disallow'],
    'pandas.core.resample': [
        'DatetimeIndexResampler',
        'DatetimeIndexResamplerGroupby',
        'PeriodIndexResampler',
        'PeriodIndexResamplerGroupby',
        'Resampler',
        'TimeGrouper',
        'TimedeltaIndexResampler',
        'TimedeltaIndexResamplerGroupby',
        '_GroupByMixin',
    ],
    'pandas.core.reshape.concat': ['_Concatenator'],
    'pandas.core.reshape.merge': ['_AsOfMerge', '_MergeOperation', '_OrderedMerge'],
    'pandas.core.reshape.reshape': ['_Unstacker'],
    'pandas.core.series': ['Series'],
    'pandas.core.strings.accessor': ['StringMethods'],
    'pandas.core.strings.base': ['BaseStringArrayMethods'],
    'pandas.core.strings.object_array': ['ObjectStringArrayMixin'],
    'pandas.core.tools.datetimes': ['FulldatetimeDict', 'YearMonthDayDict'],
    'pandas.core.window.ewm': [
        'ExponentialMovingWindow',
        'ExponentialMovingWindowGroupby',
        'OnlineExponentialMovingWindow',
    ],
    'pandas.core.window.expanding': ['Expanding', 'ExpandingGroupby'],
    'pandas.core.window.online': ['EWMMeanState'],
    'pandas.core.window.rolling': [
        'BaseWindow',
        'BaseWindowGroupby',
        'Rolling',
        'RollingAndExpandingMixin',
        'RollingGroupby',
        'Window',
    ],
    'pandas.tseries.frequencies': ['_FrequencyInferer', '_TimedeltaFrequencyInferer'],
    'pandas.tseries.holiday': [
        'AbstractHolidayCalendar',
        'Holiday',
        'HolidayCalendarMetaClass',
        'USFederalHolidayCalendar',
    ],
    'sklearn._isotonic': ['__pyx_unpickle_Enum'],
    'sklearn._loss._loss': [
        'CyAbsoluteError',
        'CyHalfBinomialLoss',
        'CyHalfGammaLoss',
        'CyHalfMultinomialLoss',
        'CyHalfPoissonLoss',
        'CyHalfSquaredError',
        'CyHalfTweedieLoss',
        'CyHalfTweedieLossIdentity',
        'CyLossFunction',
        'CyPinballLoss',
        '__pyx_unpickle_CyAbsoluteError',
        '__pyx_unpickle_CyHalfBinomialLoss',
        '__pyx_unpickle_CyHalfGammaLoss',
        '__pyx_unpickle_CyHalfMultinomialLoss',
        '__pyx_unpickle_CyHalfPoissonLoss',
        '__pyx_unpickle_CyHalfSquaredError',
        '__pyx_unpickle_CyHalfTweedieLoss',
        '__pyx_unpickle_CyHalfTweedieLossIdentity',
        '__pyx_unpickle_CyLossFunction',
        '__pyx_unpickle_CyPinballLoss',
        '__pyx_unpickle_Enum',
    ],
    'sklearn._loss.glm_distribution': [
        'DistributionBoundary',
        'ExponentialDispersionModel',
        'GammaDistribution',
        'InverseGaussianDistribution',
        'NormalDistribution',
        'PoissonDistribution',
        'TweedieDistribution',
    ],
    'sklearn._loss.link': [
        'BaseLink',
        'IdentityLink',
        'Interval',
        'LogLink',
        'LogitLink',
        'MultinomialLogit',
    ],
    'sklearn._loss.loss': [
        'AbsoluteError',
        'BaseLoss',
        'HalfBinomialLoss',
        'HalfGammaLoss',
        'HalfMultinomialLoss',
        'HalfPoissonLoss',
        'HalfSquaredError',
        'HalfTweedieLoss',
        'HalfTweedieLossIdentity',
        'PinballLoss',
    ],
    'sklearn.base': [
        'BaseEstimator',
        'BiclusterMixin',
        'ClassNamePrefixFeaturesOutMixin',
        'ClassifierMixin',
        'ClusterMixin',
        'DensityMixin',
        'MetaEstimatorMixin',
        'MultiOutputMixin',
        'OneToOneFeatureMixin',
        'OutlierMixin',
        'RegressorMixin',
        'TransformerMixin',
        '_UnstableArchMixin',
    ],
    'sklearn.calibration': [
        'CalibratedClassifierCV',
        'CalibrationDisplay',
        '_CalibratedClassifier',
        '_SigmoidCalibration',
    ],
    'sklearn.cluster._affinity_propagation': ['AffinityPropagation'],
    'sklearn.cluster._agglomerative': ['AgglomerativeClustering', 'FeatureAgglomeration'],
    'sklearn.cluster._bicluster': ['BaseSpectral', 'SpectralBiclustering', 'SpectralCoclustering'],
    'sklearn.cluster._birch': ['Birch', '_CFNode', '_CFSubcluster'],
    'sklearn.cluster._bisect_k_means': ['BisectingKMeans', '_BisectingTree'],
    'sklearn.cluster._dbscan': ['DBSCAN'],
    'sklearn.cluster._dbscan_inner': ['__pyx_unpickle_Enum'],
    'sklearn.cluster._feature_agglomeration': ['AgglomerationTransform'],
    'sklearn.cluster._hierarchical_fast': [
        'UnionFind',
        'WeightedEdge',
        '__pyx_unpickle_Enum',
        '__pyx_unpickle_UnionFind',
        '__pyx_unpickle_WeightedEdge',
    ],
    'sklearn.cluster._k_means_common': ['__pyx_unpickle_Enum'],
    'sklearn.cluster._k_means_elkan': ['__pyx_unpickle_Enum'],
    'sklearn.cluster._k_means_lloyd': ['__pyx_unpickle_Enum'],
    'sklearn.cluster._k_means_minibatch': ['__pyx_unpickle_Enum'],
    'sklearn.cluster._kmeans': ['KMeans', 'MiniBatchKMeans', '_BaseKMeans'],
    'sklearn.cluster._mean_shift': ['MeanShift'],
    'sklearn.cluster._optics': ['OPTICS'],
    'sklearn.cluster._spectral': ['SpectralClustering'],
    'sklearn.compose._column_transformer': ['ColumnTransformer', 'make_column_selector'],
    'sklearn.compose._target': ['TransformedTargetRegressor'],
    'sklearn.covariance._elliptic_envelope': ['EllipticEnvelope'],
    'sklearn.covariance._empirical_covariance': ['EmpiricalCovariance'],
    'sklearn.covariance._graph_lasso': ['BaseGraphicalLasso', 'GraphicalLasso', 'GraphicalLassoCV'],
    'sklearn.covariance._robust_covariance': ['MinCovDet'],
    'sklearn.covariance._shrunk_covariance': ['LedoitWolf', 'OAS', 'ShrunkCovariance'],
    'sklearn.cross_decomposition._pls': ['CCA', 'PLSCanonical', 'PLSRegression', 'PLSSVD', '_PLS'],
    'sklearn.decomposition._base': ['_BasePCA'],
    'sklearn.decomposition._cdnmf_fast': ['__pyx_unpickle_Enum'],
    'sklearn.decomposition._dict_learning': [
        'DictionaryLearning',
        'MiniBatchDictionaryLearning',
        'SparseCoder',
        '_BaseSparseCoding',
    ],
    'sklearn.decomposition._factor_analysis': ['FactorAnalysis'],
    'sklearn.decomposition._fastica': ['FastICA'],
    'sklearn.decomposition._incremental_pca': ['IncrementalPCA'],
    'sklearn.decomposition._kernel_pca': ['KernelPCA'],
    'sklearn.decomposition._lda': ['LatentDirichletAllocation'],
    'sklearn.decomposition._nmf': ['MiniBatchNMF', 'NMF', '_BaseNMF'],
    'sklearn.decomposition._online_lda_fast': ['__pyx_unpickle_Enum'],
    'sklearn.decomposition._pca': ['PCA'],
    'sklearn.decomposition._sparse_pca': ['MiniBatchSparsePCA', 'SparsePCA', '_BaseSparsePCA'],
    'sklearn.decomposition._truncated_svd': ['TruncatedSVD'],
    'sklearn.discriminant_analysis': ['LinearDiscriminantAnalysis', 'QuadraticDiscriminantAnalysis'],
    'sklearn.dummy': ['DummyClassifier', 'DummyRegressor'],
    'sklearn.ensemble._bagging': ['BaggingClassifier', 'BaggingRegressor', 'BaseBagging'],
    'sklearn.ensemble._base': ['BaseEnsemble', '_BaseHeterogeneousEnsemble'],
    'sklearn.ensemble._forest': [
        'BaseForest',
        'ExtraTreesClassifier',
        'ExtraTreesRegressor',
        'ForestClassifier',
        'ForestRegressor',
        'RandomForestClassifier',
        'RandomForestRegressor',
        'RandomTreesEmbedding',
    ],
    'sklearn.ensemble._gb': [
        'BaseGradientBoosting',
        'GradientBoostingClassifier',
        'GradientBoostingRegressor',
        'VerboseReporter',
    ],
    'sklearn.ensemble._gb_losses': [
        'BinomialDeviance',
        'ClassificationLossFunction',
        'ExponentialLoss',
        'HuberLossFunction',
        'LeastAbsoluteError',
        'LeastSquaresError',
        'LossFunction',
        'MultinomialDeviance',
        'QuantileLossFunction',
        'RegressionLossFunction',
    ],
    'sklearn.ensemble._gradient_boosting': ['__pyx_unpickle_Enum'],
    'sklearn.ensemble._hist_gradient_boosting._binning': ['__pyx_unpickle_Enum'],
    'sklearn.ensemble._hist_gradient_boosting._bitset': ['__pyx_unpickle_Enum'],
    'sklearn.ensemble._hist_gradient_boosting._gradient_boosting': ['__pyx_unpickle_Enum'],
    'sklearn.ensemble._hist_gradient_boosting._predictor': ['__pyx_unpickle_Enum'],
    'sklearn.ensemble._hist_gradient_boosting.binning': ['_BinMapper'],
    'sklearn.ensemble._hist_gradient_boosting.common': ['__pyx_unpickle___Pyx_EnumMeta'],
    'sklearn.ensemble._hist_gradient_boosting.gradient_boosting': [
        'BaseHistGradientBoosting',
        'HistGradientBoostingClassifier',
        'HistGradientBoostingRegressor',
    ],
    'sklearn.ensemble._hist_gradient_boosting.grower': ['TreeGrower', 'TreeNode'],
    'sklearn.ensemble._hist_gradient_boosting.histogram': [
        'HistogramBuilder',
        '__pyx_unpickle_Enum',
        '__pyx_unpickle_HistogramBuilder',
    ],
    'sklearn.ensemble._hist_gradient_boosting.predictor': ['TreePredictor'],
    'sklearn.ensemble._hist_gradient_boosting.splitting': [
        'SplitInfo',
        'Splitter',
        '__pyx_unpickle_Enum',
        '__pyx_unpickle_Splitter',
    ],
    'sklearn.ensemble._hist_gradient_boosting.utils': ['__pyx_unpickle_Enum'],
    'sklearn.ensemble._iforest': ['IsolationForest'],
    'sklearn.ensemble._stacking': ['StackingClassifier', 'StackingRegressor', '_BaseStacking'],
    'sklearn.ensemble._voting': ['VotingClassifier', 'VotingRegressor', '_BaseVoting'],
    'sklearn.ensemble._weight_boosting': [
        'AdaBoostClassifier',
        'AdaBoostRegressor',
        'BaseWeightBoosting',
    ],
    'sklearn.exceptions': [
        'ConvergenceWarning',
        'DataConversionWarning',
        'DataDimensionalityWarning',
        'EfficiencyWarning',
        'FitFailedWarning',
        'NotFittedError',
        'PositiveSpectrumWarning',
        'SkipTestWarning',
        'UndefinedMetricWarning',
    ],
    'sklearn.feature_extraction._dict_vectorizer': ['DictVectorizer'],
    'sklearn.feature_extraction._hash': ['FeatureHasher'],
    'sklearn.feature_extraction.image': ['PatchExtractor'],
    'sklearn.feature_extraction.text': [
        'CountVectorizer',
        'HashingVectorizer',
        'TfidfTransformer',
        'TfidfVectorizer',
        '_VectorizerMixin',
    ],
    'sklearn.feature_selection._base': ['SelectorMixin'],
    'sklearn.feature_selection._from_model': ['SelectFromModel'],
    'sklearn.feature_selection._mutual_info': ['mutual_info_classif', 'mutual_info_regression'],
    'sklearn.feature_selection._rfe': ['RFE', 'RFECV'],
    'sklearn.feature_selection._sequential': ['SequentialFeatureSelector'],
    'sklearn.feature_selection._univariate_selection': [
        'GenericUnivariateSelect',
        'SelectFdr',
        'SelectFpr',
        'SelectFwe',
        'SelectKBest',
        'SelectPercentile',
        '_BaseFilter',
        'chi2',
        'f_classif',
        'f_oneway',
        'f_regression',
        'r_regression',
    ],
    'sklearn.feature_selection._variance_threshold': ['VarianceThreshold'],
    'sklearn.gaussian_process._gpc': [
        'GaussianProcessClassifier',
        '_BinaryGaussianProcessClassifierLaplace',
    ],
    'sklearn.gaussian_process._gpr': ['GaussianProcessRegressor'],
    'sklearn.gaussian_process.kernels': [
        'CompoundKernel',
        'ConstantKernel',
        'DotProduct',
        'ExpSineSquared',
        'Exponentiation',
        'GenericKernelMixin',
        'Hyperparameter',
        'Kernel',
        'KernelOperator',
        'Matern',
        'NormalizedKernelMixin',
        'PairwiseKernel',
        'Product',
        'RBF',
        'RationalQuadratic',
        'StationaryKernelMixin',
        'Sum',
        'WhiteKernel',
    ],
    'sklearn.impute._base': ['MissingIndicator', 'SimpleImputer', '_BaseImputer'],
    'sklearn.impute._iterative': ['IterativeImputer', '_ImputerTriplet'],
    'sklearn.impute._knn': ['KNNImputer'],
    'sklearn.inspection._plot.decision_boundary': ['DecisionBoundaryDisplay'],
    'sklearn.inspection._plot.partial_dependence': ['PartialDependenceDisplay'],
    'sklearn.isotonic': ['IsotonicRegression'],
    'sklearn.kernel_approximation': [
        'AdditiveChi2Sampler',
        'Nystroem',
        'PolynomialCountSketch',
        'RBFSampler',
        'SkewedChi2Sampler',
    ],
    'sklearn.kernel_ridge': ['KernelRidge'],
    'sklearn.linear_model._base': [
        'LinearClassifierMixin',
        'LinearModel',
        'LinearRegression',
        'SparseCoefMixin',
    ],
    'sklearn.linear_model._bayes': ['ARDRegression', 'BayesianRidge'],
    'sklearn.linear_model._cd_fast': ['__pyx_unpickle_Enum'],
    'sklearn.linear_model._coordinate_descent': [
        'ElasticNet',
        'ElasticNetCV',
        'Lasso',
        'LassoCV',
        'LinearModelCV',
        'MultiTaskElasticNet',
        'MultiTaskElasticNetCV',
        'MultiTaskLasso',
        'MultiTaskLassoCV',
    ],
    'sklearn.linear_model._glm._newton_solver': ['NewtonCholeskySolver', 'NewtonSolver'],
    'sklearn.linear_model._glm.glm': [
        'GammaRegressor',
        'PoissonRegressor',
        'TweedieRegressor',
        '_GeneralizedLinearRegressor',
    ],
    'sklearn.linear_model._huber': ['HuberRegressor'],
    'sklearn.linear_model._least_angle': [
        'Lars',
        'LarsCV',
        'LassoLars',
        'LassoLarsCV',
        'LassoLarsIC',
    ],
    'sklearn.linear_model._linear_loss': ['LinearModelLoss'],
    'sklearn.linear_model._logistic': ['LogisticRegression', 'LogisticRegressionCV'],
    'sklearn.linear_model._omp': ['OrthogonalMatchingPursuit', 'OrthogonalMatchingPursuitCV'],
    'sklearn.linear_model._passive_aggressive': [
        'PassiveAggressiveClassifier',
        'PassiveAggressiveRegressor',
    ],
    'sklearn.linear_model._perceptron': ['Perceptron'],
    'sklearn.linear_model._quantile': ['QuantileRegressor'],
    'sklearn.linear_model._ransac': ['RANSACRegressor'],
    'sklearn.linear_model._ridge': [
        'Ridge',
        'RidgeCV',
        'RidgeClassifier',
        'RidgeClassifierCV',
        '_BaseRidge',
        '_BaseRidgeCV',
        '_IdentityClassifier',
        '_IdentityRegressor',
        '_RidgeClassifierMixin',
        '_RidgeGCV',
        '_XT_CenterStackOp',
        '_X_CenterStackOp',
    ],
    'sklearn.linear_model._sag_fast': ['MultinomialLogLoss32', 'MultinomialLogLoss64'],
    'sklearn.linear_model._sgd_fast': [
        'Classification',
        'EpsilonInsensitive',
        'Hinge',
        'Huber',
        'Log',
        'LossFunction',
        'ModifiedHuber',
        'Regression',
        'SquaredEpsilonInsensitive',
        'SquaredHinge',
        'SquaredLoss',
        '__pyx_unpickle_Classification',
        '__pyx_unpickle_Enum',
        '__pyx_unpickle_LossFunction',
        '__pyx_unpickle_Regression',
    ],
    'sklearn.linear_model._stochastic_gradient': [
        'BaseSGD',
        'BaseSGDClassifier',
        'BaseSGDRegressor',
        'SGDClassifier',
        'SGDOneClassSVM',
        'SGDRegressor',
        '_ValidationScoreCallback',
    ],
    'sklearn.linear_model._theil_sen': ['TheilSenRegressor'],
    'sklearn.manifold._barnes_hut_tsne': ['__pyx_unpickle_Enum'],
    'sklearn.manifold._isomap': ['Isomap'],
    'sklearn.manifold._locally_linear': ['LocallyLinearEmbedding'],
    'sklearn.manifold._mds': ['MDS'],
    'sklearn.manifold._spectral_embedding': ['SpectralEmbedding'],
    'sklearn.manifold._t_sne': ['TSNE'],
    'sklearn.metrics._classification': [
        'accuracy_score',
        'balanced_accuracy_score',
        'brier_score_loss',
        'class_likelihood_ratios',
        'classification_report',
        'cohen_kappa_score',
        'confusion_matrix',
        'f1_score',
        'fbeta_score',
        'hamming_loss',
        'hinge_loss',
        'jaccard_score',
        'log_loss',
        'matthews_corrcoef',
        'multilabel_confusion_matrix',
        'precision_recall_fscore_support',
        'precision_score',
        'recall_score',
        'zero_one_loss',
    ],
    'sklearn.metrics._dist_metrics': [
        'BrayCurtisDistance',
        'BrayCurtisDistance32',
        'CanberraDistance',
        'CanberraDistance32',
        'ChebyshevDistance',
        'ChebyshevDistance32',
        'DiceDistance',
        'DiceDistance32',
        'DistanceMetric',
        'DistanceMetric32',
        'EuclideanDistance',
        'EuclideanDistance32',
        'HammingDistance',
        'HammingDistance32',
        'HaversineDistance',
        'HaversineDistance32',
        'JaccardDistance',
        'JaccardDistance32',
        'KulsinskiDistance',
        'KulsinskiDistance32',
        'MahalanobisDistance',
        'MahalanobisDistance32',
        'ManhattanDistance',
        'ManhattanDistance32',
        'MatchingDistance',
        'MatchingDistance32',
        'MinkowskiDistance',
        'MinkowskiDistance32',
        'PyFuncDistance',
        'PyFuncDistance32',
        'RogersTanimotoDistance',
        'RogersTanimotoDistance32',
        'RussellRaoDistance',
        'RussellRaoDistance32',
        'SEuclideanDistance',
        'SEuclideanDistance32',
        'SokalMichenerDistance',
        'SokalMichenerDistance32',
        'SokalSneathDistance',
        'SokalSneathDistance32',
        'WMinkowskiDistance',
        'WMinkowskiDistance32',
        '__pyx_unpickle_Enum',
        'newObj',
    ],
    'sklearn.metrics._pairwise_distances_reduction._argkmin': [
        'ArgKmin32',
        'ArgKmin64',
        'EuclideanArgKmin32',
        'EuclideanArgKmin64',
        '__pyx_unpickle_Enum',
    ],
    'sklearn.metrics._pairwise_distances_reduction._base': [
        'BaseDistancesReduction32',
        'BaseDistancesReduction64',
        '__pyx_unpickle_BaseDistancesReduction32',
        '__pyx_unpickle_BaseDistancesReduction64',
        '__pyx_unpickle_Enum',
    ],
    'sklearn.metrics._pairwise_distances_reduction._datasets_pair': [
        'DatasetsPair32',
        'DatasetsPair64',
        'DenseDenseDatasetsPair32',
        'DenseDenseDatasetsPair64',
        'DenseSparseDatasetsPair32',
        'DenseSparseDatasetsPair64',
        'SparseDenseDatasetsPair32',
        'SparseDenseDatasetsPair64',
        'SparseSparseDatasetsPair32',
        'SparseSparseDatasetsPair64',
        '__pyx_unpickle_DatasetsPair32',
        '__pyx_unpickle_DatasetsPair64',
        '__pyx_unpickle_DenseDenseDatasetsPair32',
        '__pyx_unpickle_DenseDenseDatasetsPair64',
        '__pyx_unpickle_DenseSparseDatasetsPair32',
        '__pyx_unpickle_DenseSparseDatasetsPair64',
        '__pyx_unpickle_Enum',
        '__pyx_unpickle_SparseDenseDatasetsPair32',
        '__pyx_unpickle_SparseDenseDatasetsPair64',
        '__pyx_unpickle_SparseSparseDatasetsPair32',
        '__pyx_unpickle_SparseSparseDatasetsPair64',
    ],
    'sklearn.metrics._pairwise_distances_reduction._dispatcher': [
        'ArgKmin',
        'BaseDistancesReductionDispatcher',
        'RadiusNeighbors',
        'sqeuclidean_row_norms',
    ],
    'sklearn.metrics._pairwise_distances_reduction._middle_term_computer': [
        'DenseDenseMiddleTermComputer32',
        'DenseDenseMiddleTermComputer64',
        'MiddleTermComputer32',
        'MiddleTermComputer64',
        'SparseSparseMiddleTermComputer32',
        'SparseSparseMiddleTermComputer64',
        '__pyx_unpickle_DenseDenseMiddleTermComputer32',
        '__pyx_unpickle_DenseDenseMiddleTermComputer64',
        '__pyx_unpickle_Enum',
        '__pyx_unpickle_MiddleTermComputer32',
        '__pyx_unpickle_MiddleTermComputer64',
        '__pyx_unpickle_SparseSparseMiddleTermComputer32',
        '__pyx_unpickle_SparseSparseMiddleTermComputer64',
    ],
    'sklearn.metrics._pairwise_distances_reduction._radius_neighbors': [
        'EuclideanRadiusNeighbors32',
        'EuclideanRadiusNeighbors64',
        'RadiusNeighbors32',
        'RadiusNeighbors64',
        '__pyx_unpickle_Enum',
    ],
    'sklearn.metrics._pairwise_fast': ['__pyx_unpickle_Enum'],
    'sklearn.metrics._plot.confusion_matrix': ['ConfusionMatrixDisplay'],
    'sklearn.metrics._plot.det_curve': ['DetCurveDisplay'],
    'sklearn.metrics._plot.precision_recall_curve': ['PrecisionRecallDisplay'],
    'sklearn.metrics._plot.regression': ['PredictionErrorDisplay'],
    'sklearn.metrics._plot.roc_curve': ['RocCurveDisplay'],
    'sklearn.metrics._ranking': [
        'auc',
        'average_precision_score',
        'coverage_error',
        'dcg_score',
        'det_curve',
        'label_ranking_average_precision_score',
        'label_ranking_loss',
        'ndcg_score',
        'precision_recall_curve',
        'roc_auc_score',
        'roc_curve',
        'top_k_accuracy_score',
    ],
    'sklearn.metrics._regression': [
        'd2_absolute_error_score',
        'd2_pinball_score',
        'd2_tweedie_score',
        'explained_variance_score',
        'max_error',
        'mean_absolute_error',
        'mean_absolute_percentage_error',
        'mean_gamma_deviance',
        'mean_pinball_loss',
        'mean_poisson_deviance',
        'mean_squared_error',
        'mean_squared_log_error',
        'mean_tweedie_deviance',
        'median_absolute_error',
        'r2_score',
    ],
    'sklearn.metrics._scorer': [
        '_BaseScorer',
        '_DeprecatedScorers',
        '_MultimetricScorer',
        '_PredictScorer',
        '_ProbaScorer',
        '_ThresholdScorer',
        'check_scoring',
        'get_scorer',
        'get_scorer_names',
        'make_scorer',
        'negative_likelihood_ratio',
        'positive_likelihood_ratio',
    ],
    'sklearn.metrics.cluster._bicluster': ['consensus_score'],
    'sklearn.metrics.cluster._supervised': [
        'adjusted_mutual_info_score',
        'adjusted_rand_score',
        'check_clusterings',
        'completeness_score',
        'contingency_matrix',
        'entropy',
        'fowlkes_mallows_score',
        'homogeneity_completeness_v_measure',
        'homogeneity_score',
        'mutual_info_score',
        'normalized_mutual_info_score',
        'pair_confusion_matrix',
        'rand_score',
        'v_measure_score',
    ],
    'sklearn.metrics.cluster._unsupervised': [
        'calinski_harabasz_score',
        'check_number_of_labels',
        'davies_bouldin_score',
        'silhouette_samples',
        'silhouette_score',
    ],
    'sklearn.metrics.pairwise': [
        'additive_chi2_kernel',
        'check_paired_arrays',
        'check_pairwise_arrays',
        'chi2_kernel',
        'cosine_distances',
        'cosine_similarity',
        'distance_metrics',
        'euclidean_distances',
        'haversine_distances',
        'kernel_metrics',
        'laplacian_kernel',
        'linear_kernel',
        'manhattan_distances',
        'nan_euclidean_distances',
        'paired_cosine_distances',
        'paired_distances',
        'paired_euclidean_distances',
        'paired_manhattan_distances',
        'pairwise_distances',
        'pairwise_distances_argmin',
        'pairwise_distances_argmin_min',
        'pairwise_distances_chunked',
        'pairwise_kernels',
        'polynomial_kernel',
        'rbf_kernel',
        'sigmoid_kernel',
    ],
    'sklearn.mixture._base': ['BaseMixture'],
    'sklearn.mixture._bayesian_mixture': ['BayesianGaussianMixture'],
    'sklearn.mixture._gaussian_mixture': ['GaussianMixture'],
    'sklearn.model_selection._plot': ['LearningCurveDisplay'],
    'sklearn.model_selection._search': [
        'BaseSearchCV',
        'GridSearchCV',
        'ParameterGrid',
        'ParameterSampler',
        'RandomizedSearchCV',
    ],
    'sklearn.model_selection._search_successive_halving': [
        'BaseSuccessiveHalving',
        'HalvingGridSearchCV',
        'HalvingRandomSearchCV',
        '_SubsampleMetaSplitter',
    ],
    'sklearn.model_selection._split': [
        'BaseCrossValidator',
        'BaseShuffleSplit',
        'GroupKFold',
        'GroupShuffleSplit',
        'KFold',
        'LeaveOneGroupOut',
        'LeaveOneOut',
        'LeavePGroupsOut',
        'LeavePOut',
        'PredefinedSplit',
        'RepeatedKFold',
        'RepeatedStratifiedKFold',
        'ShuffleSplit',
        'StratifiedGroupKFold',
        'StratifiedKFold',
        'StratifiedShuffleSplit',
        'TimeSeriesSplit',
        '_BaseKFold',
        '_CVIterableWrapper',
        '_RepeatedSplits',
    ],
    'sklearn.multiclass': [
        'OneVsOneClassifier',
        'OneVsRestClassifier',
        'OutputCodeClassifier',
        '_ConstantPredictor',
    ],
    'sklearn.multioutput': [
        'ClassifierChain',
        'MultiOutputClassifier',
        'MultiOutputRegressor',
        'RegressorChain',
        '_BaseChain',
        '_MultiOutputEstimator',
    ],
    'sklearn.naive_bayes': [
        'BernoulliNB',
        'CategoricalNB',
        'ComplementNB',
        'GaussianNB',
        'MultinomialNB',
        '_BaseDiscreteNB',
        '_BaseNB',
    ],
    'sklearn.neighbors._ball_tree': [
        'BallTree',
        'BinaryTree',
        'NeighborsHeap',
        'NodeHeap',
        '__pyx_unpickle_Enum',
        'newObj',
    ],
    'sklearn.neighbors._base': ['KNeighborsMixin', 'NeighborsBase', 'RadiusNeighborsMixin'],
    'sklearn.neighbors._classification': ['KNeighborsClassifier', 'RadiusNeighborsClassifier'],
    'sklearn.neighbors._distance_metric': ['DistanceMetric'],
    'sklearn.neighbors._graph': ['KNeighborsTransformer', 'RadiusNeighborsTransformer'],
    'sklearn.neighbors._kd_tree': [
        'BinaryTree',
        'KDTree',
        'NeighborsHeap',
        'NodeHeap',
        '__pyx_unpickle_Enum',
        'newObj',
    ],
    'sklearn.neighbors._kde': ['KernelDensity'],
    'sklearn.neighbors._lof': ['LocalOutlierFactor'],
    'sklearn.neighbors._nca': ['NeighborhoodComponentsAnalysis'],
    'sklearn.neighbors._nearest_centroid': ['NearestCentroid'],
    'sklearn.neighbors._quad_tree': ['_QuadTree', '__pyx_unpickle_Enum'],
    'sklearn.neighbors._regression': ['KNeighborsRegressor', 'RadiusNeighborsRegressor'],
    'sklearn.neighbors._unsupervised': ['NearestNeighbors'],
    'sklearn.neural_network._multilayer_perceptron': [
        'BaseMultilayerPerceptron',
        'MLPClassifier',
        'MLPRegressor',
    ],
    'sklearn.neural_network._rbm': ['BernoulliRBM'],
    'sklearn.neural_network._stochastic_optimizers': [
        'AdamOptimizer',
        'BaseOptimizer',
        'SGDOptimizer',
    ],
    'sklearn.pipeline': ['FeatureUnion', 'Pipeline'],
    'sklearn.preprocessing._csr_polynomial_expansion': ['__pyx_unpickle_Enum'],
    'sklearn.preprocessing._data': [
        'Binarizer',
        'KernelCenterer',
        'MaxAbsScaler',
        'MinMaxScaler',
        'Normalizer',
        'PowerTransformer',
        'QuantileTransformer',
        'RobustScaler',
        'StandardScaler',
    ],
    'sklearn.preprocessing._discretization': ['KBinsDiscretizer'],
    'sklearn.preprocessing._encoders': ['OneHotEncoder', 'OrdinalEncoder', '_BaseEncoder'],
    'sklearn.preprocessing._function_transformer': ['FunctionTransformer'],
    'sklearn.preprocessing._label': ['LabelBinarizer', 'LabelEncoder', 'MultiLabelBinarizer'],
    'sklearn.preprocessing._polynomial': ['PolynomialFeatures', 'SplineTransformer'],
    'sklearn.random_projection': [
        'BaseRandomProjection',
        'GaussianRandomProjection',
        'SparseRandomProjection',
    ],
    'sklearn.semi_supervised._label_propagation': [
        'BaseLabelPropagation',
        'LabelPropagation',
        'LabelSpreading',
    ],
    'sklearn.semi_supervised._self_training': ['SelfTrainingClassifier'],
    'sklearn.svm._base': ['BaseLibSVM', 'BaseSVC'],
    'sklearn.svm._classes': ['LinearSVC', 'LinearSVR', 'NuSVC', 'NuSVR', 'OneClassSVM', 'SVC', 'SVR'],
    'sklearn.tree._classes': [
        'BaseDecisionTree',
        'DecisionTreeClassifier',
        'DecisionTreeRegressor',
        'ExtraTreeClassifier',
        'ExtraTreeRegressor',
    ],
    'sklearn.tree._criterion': [
        'ClassificationCriterion',
        'Criterion',
        'Entropy',
        'FriedmanMSE',
        'Gini',
        'MAE',
        'MSE',
        'Poisson',
        'RegressionCriterion',
        '__pyx_unpickle_Enum',
    ],
    'sklearn.tree._export': ['Sentinel', '_BaseTreeExporter', '_DOTTreeExporter', '_MPLTreeExporter'],
    'sklearn.tree._reingold_tilford': ['DrawTree', 'Tree'],
    'sklearn.tree._splitter': [
        'BaseDenseSplitter',
        'BaseSparseSplitter',
        'BestSparseSplitter',
        'BestSplitter',
        'RandomSparseSplitter',
        'RandomSplitter',
        'Splitter',
        '__pyx_unpickle_Enum',
    ],
    'sklearn.tree._tree': [
        'BestFirstTreeBuilder',
        'DepthFirstTreeBuilder',
        'Tree',
        'TreeBuilder',
        '_AlphaPruner',
        '_CCPPruneController',
        '_PathFinder',
        '__pyx_unpickle_Enum',
        '__pyx_unpickle_TreeBuilder',
        '__pyx_unpickle__CCPPruneController',
    ],
    'sklearn.tree._utils': ['WeightedMedianCalculator', 'WeightedPQueue', '__pyx_unpickle_Enum'],
    'sklearn.utils._available_if': ['_AvailableIfDescriptor'],
    'sklearn.utils._bunch': ['Bunch'],
    'sklearn.utils._cython_blas': ['__pyx_unpickle_Enum', '__pyx_unpickle___Pyx_EnumMeta'],
    'sklearn.utils._encode': ['MissingValues', '_NaNCounter', '_nandict'],
    'sklearn.utils._fast_dict': [
        'IntFloatDict',
        '__pyx_unpickle_Enum',
        '__pyx_unpickle_IntFloatDict',
    ],
    'sklearn.utils._isfinite': ['__pyx_unpickle_Enum', '__pyx_unpickle___Pyx_EnumMeta'],
    'sklearn.utils._logistic_sigmoid': ['__pyx_unpickle_Enum'],
    'sklearn.utils._mocking': [
        'ArraySlicingWrapper',
        'CheckingClassifier',
        'MockDataFrame',
        'NoSampleWeightWrapper',
    ],
    'sklearn.utils._param_validation': [
        'HasMethods',
        'Hidden',
        'Interval',
        'InvalidParameterError',
        'Options',
        'StrOptions',
        '_ArrayLikes',
        '_Booleans',
        '_CVObjects',
        '_Callables',
        '_Constraint',
        '_InstancesOf',
        '_IterablesNotString',
        '_MissingValues',
        '_NanConstraint',
        '_NoneConstraint',
        '_PandasNAConstraint',
        '_RandomStates',
        '_SparseMatrices',
        '_VerboseHelper',
    ],
    'sklearn.utils._readonly_array_wrapper': [
        'ReadonlyArrayWrapper',
        '__pyx_unpickle_Enum',
        '__pyx_unpickle_ReadonlyArrayWrapper',
    ],
    'sklearn.utils._seq_dataset': [
        'ArrayDataset32',
        'ArrayDataset64',
        'CSRDataset32',
        'CSRDataset64',
        'SequentialDataset32',
        'SequentialDataset64',
    ],
    'sklearn.utils._set_output': ['_SetOutputMixin'],
    'sklearn.utils._vector_sentinel': [
        'StdVectorSentinel',
        'StdVectorSentinelFloat64',
        'StdVectorSentinelInt32',
        'StdVectorSentinelInt64',
        'StdVectorSentinelIntP',
        '__pyx_unpickle_StdVectorSentinel',
        '__pyx_unpickle_StdVectorSentinelFloat64',
        '__pyx_unpickle_StdVectorSentinelInt32',
        '__pyx_unpickle_StdVectorSentinelInt64',
        '__pyx_unpickle_StdVectorSentinelIntP',
    ],
    'sklearn.utils._weight_vector': ['WeightVector32', 'WeightVector64', '__pyx_unpickle_Enum'],
    'sklearn.utils.arrayfuncs': ['__pyx_unpickle_Enum'],
    'sklearn.utils.deprecation': ['deprecated'],
    'sklearn.utils.metaestimators': ['_BaseComposition', '_IffHasAttrDescriptor'],
    'sklearn.utils.murmurhash': ['__pyx_unpickle_Enum'],
    'sklearn.utils.optimize': ['_LineSearchError'],
    'sklearn.utils.sparsefuncs_fast': ['__pyx_unpickle_Enum'],
    'xgboost.compat': ['LazyLoader', 'XGBoostLabelEncoder'],
    'xgboost.core': ['Booster', 'XGBoostError'],
    'xgboost.data': ['SingleBatchInternalIter'],
    'xgboost.sklearn': [
        'XGBClassifier',
        'XGBModel',
        'XGBRFClassifier',
        'XGBRFRegressor',
        'XGBRanker',
        'XGBRankerMixIn',
        'XGBRegressor',
    ],
    'xgboost.training': ['CVPack', '_PackedBooster'],
};
/** NumPy's ufuncs (np.log1p kept by a FunctionTransformer): pure array math. */
const NUMPY_UFUNCS = [
    'abs',
    'absolute',
    'add',
    'arccos',
    'arccosh',
    'arcsin',
    'arcsinh',
    'arctan',
    'arctan2',
    'arctanh',
    'bitwise_and',
    'bitwise_not',
    'bitwise_or',
    'bitwise_xor',
    'cbrt',
    'ceil',
    'conj',
    'conjugate',
    'copysign',
    'cos',
    'cosh',
    'deg2rad',
    'degrees',
    'divide',
    'divmod',
    'equal',
    'exp',
    'exp2',
    'expm1',
    'fabs',
    'float_power',
    'floor',
    'floor_divide',
    'fmax',
    'fmin',
    'fmod',
    'frexp',
    'gcd',
    'greater',
    'greater_equal',
    'heaviside',
    'hypot',
    'invert',
    'isfinite',
    'isinf',
    'isnan',
    'isnat',
    'lcm',
    'ldexp',
    'left_shift',
    'less',
    'less_equal',
    'log',
    'log10',
    'log1p',
    'log2',
    'logaddexp',
    'logaddexp2',
    'logical_and',
    'logical_not',
    'logical_or',
    'logical_xor',
    'matmul',
    'maximum',
    'minimum',
    'mod',
    'modf',
    'multiply',
    'negative',
    'nextafter',
    'not_equal',
    'positive',
    'power',
    'rad2deg',
    'radians',
    'reciprocal',
    'remainder',
    'right_shift',
    'rint',
    'sign',
    'signbit',
    'sin',
    'sinh',
    'spacing',
    'sqrt',
    'square',
    'subtract',
    'tan',
    'tanh',
    'true_divide',
    'trunc',
];
/** NumPy's scalar types (`numpy.float64`): values, nothing else. */
const NUMPY_SCALARS = [
    'bool_',
    'bytes_',
    'complex128',
    'complex256',
    'complex64',
    'datetime64',
    'float128',
    'float16',
    'float32',
    'float64',
    'int16',
    'int32',
    'int64',
    'int8',
    'longlong',
    'object_',
    'str_',
    'timedelta64',
    'uint16',
    'uint32',
    'uint64',
    'uint8',
    'ulonglong',
    'void',
];

;// CONCATENATED MODULE: ./src/formats/pickle/allowlist.ts
/**
 * The pickle allowlist: exact `module.qualname` globals, never a package prefix. A global
 * is imported and may be called with arguments the file chooses, so each entry is here
 * because importing and calling it only builds a value: it loads, writes, imports and
 * evaluates nothing. Reviewed group by group below (the why is above each group); the
 * classes of scikit-learn, pandas and XGBoost, NumPy's ufuncs and scalar types come from
 * allowlist-generated.ts (made by scripts/allowlist/generate.py from the installed
 * libraries, with its own header saying what it includes and leaves out).
 *
 * `newOnly` marks classes whose constructor reads a file it is given (XGBoost's and
 * LightGBM's Booster take `model_file`): real pickles rebuild them with `__new__` and
 * their state, so only that is allowed; calling them (REDUCE, INST, OBJ) is an error.
 *
 * Long on purpose: it is a reviewed table, one group per reason; splitting it would
 * scatter the review.
 */

const NUMPY_CORE = ['numpy.core', 'numpy._core'];
const each = (modules, suffix) => modules.map((m) => `${m}${suffix}`);
const GROUPS = [
    {
        why: 'immutable values and plain containers',
        module: 'builtins',
        names: [
            'set',
            'frozenset',
            'dict',
            'list',
            'tuple',
            'bytearray',
            'bytes',
            'complex',
            'slice',
            'range',
            'object',
            'int',
            'float',
            'str',
            'bool',
            'True',
            'False',
            'None',
            'Ellipsis',
            'NotImplemented',
        ],
    },
    {
        why: "the pickle protocol's own reconstructors: cls.__new__(cls, *args) for a class that is itself checked",
        module: 'copyreg',
        names: ['_reconstructor', '__newobj__', '__newobj_ex__'],
    },
    {
        why: 'bytes from text in protocol 2 pickles (codecs transform data; none reads or writes)',
        module: ['_codecs', 'codecs'],
        names: ['encode'],
    },
    {
        why: 'standard-library containers and values',
        module: 'collections',
        names: ['OrderedDict', 'defaultdict', 'deque', 'Counter'],
    },
    {
        why: 'dates, times and exact numbers',
        module: 'datetime',
        names: ['datetime', 'date', 'time', 'timedelta', 'timezone'],
    },
    { why: 'exact numbers', module: 'decimal', names: ['Decimal'] },
    { why: 'exact numbers', module: 'fractions', names: ['Fraction'] },
    { why: 'a value', module: 'uuid', names: ['UUID'] },
    {
        why: 'time zones (pandas timestamps): looked up by key in the IANA database, whose keys ZoneInfo validates',
        module: 'zoneinfo',
        names: ['ZoneInfo', 'ZoneInfo._unpickle'],
    },
    {
        why: 'pytz time zones (pandas): pytz.timezone() only accepts names in its own database',
        module: 'pytz',
        names: ['_UTC', '_p', 'utc', 'UTC'],
    },
    {
        why: 'NumPy arrays, dtypes and their reconstructors: they build arrays from the bytes given',
        module: ['numpy'],
        names: ['ndarray', 'dtype', 'matrix', 'recarray', 'record'],
    },
    {
        why: 'NumPy array reconstructors',
        module: [...each(NUMPY_CORE, '.multiarray'), ...each(NUMPY_CORE, '._multiarray_umath')],
        names: ['_reconstruct', 'scalar'],
    },
    { why: 'NumPy array from bytes', module: each(NUMPY_CORE, '.numeric'), names: ['_frombuffer'] },
    {
        why: 'NumPy masked arrays',
        module: 'numpy.ma.core',
        names: ['MaskedArray', '_mareconstruct', 'MaskedConstant', 'mvoid'],
    },
    {
        why: "NumPy random generators: the ctors look the bit generator up in NumPy's own table",
        module: 'numpy.random._pickle',
        names: ['__randomstate_ctor', '__bit_generator_ctor', '__generator_ctor'],
    },
    {
        why: 'NumPy random generators',
        module: 'numpy.random',
        names: ['RandomState', 'Generator', 'MT19937', 'PCG64', 'PCG64DXSM', 'Philox', 'SFC64'],
    },
    { why: 'NumPy random generators', module: 'numpy.random.mtrand', names: ['RandomState'] },
    { why: 'NumPy random generators', module: 'numpy.random._generator', names: ['Generator'] },
    { why: 'NumPy bit generators', module: 'numpy.random._mt19937', names: ['MT19937'] },
    { why: 'NumPy bit generators', module: 'numpy.random._pcg64', names: ['PCG64', 'PCG64DXSM'] },
    { why: 'NumPy bit generators', module: 'numpy.random._philox', names: ['Philox'] },
    { why: 'NumPy bit generators', module: 'numpy.random._sfc64', names: ['SFC64'] },
    {
        why: 'NumPy 1.25+ dtype classes',
        module: 'numpy.dtypes',
        names: [
            'BoolDType',
            'Int8DType',
            'UInt8DType',
            'Int16DType',
            'UInt16DType',
            'Int32DType',
            'UInt32DType',
            'Int64DType',
            'UInt64DType',
            'LongDType',
            'ULongDType',
            'LongLongDType',
            'ULongLongDType',
            'ByteDType',
            'UByteDType',
            'ShortDType',
            'UShortDType',
            'IntDType',
            'UIntDType',
            'Float16DType',
            'Float32DType',
            'Float64DType',
            'LongDoubleDType',
            'Complex64DType',
            'Complex128DType',
            'CLongDoubleDType',
            'ObjectDType',
            'BytesDType',
            'StrDType',
            'VoidDType',
            'DateTime64DType',
            'TimeDelta64DType',
            'StringDType',
        ],
    },
    { why: 'NumPy scalar types: values', module: 'numpy', names: NUMPY_SCALARS },
    {
        why: 'NumPy ufuncs (FunctionTransformer(np.log1p)): array math',
        module: ['numpy', ...each(NUMPY_CORE, '._multiarray_umath'), ...each(NUMPY_CORE, '.umath')],
        names: NUMPY_UFUNCS,
    },
    {
        why: 'SciPy sparse matrices and arrays: built from the arrays given',
        module: [
            'scipy.sparse._csr',
            'scipy.sparse._csc',
            'scipy.sparse._coo',
            'scipy.sparse._lil',
            'scipy.sparse._dok',
            'scipy.sparse._bsr',
            'scipy.sparse._dia',
            'scipy.sparse.csr',
            'scipy.sparse.csc',
            'scipy.sparse.coo',
        ],
        names: [
            'csr_matrix',
            'csc_matrix',
            'coo_matrix',
            'lil_matrix',
            'dok_matrix',
            'bsr_matrix',
            'dia_matrix',
            'csr_array',
            'csc_array',
            'coo_array',
            'lil_array',
            'dok_array',
            'bsr_array',
            'dia_array',
        ],
    },
    {
        why: "joblib's inline array wrapper: the array's bytes follow in the same stream (NDArrayWrapper, which reads a sibling file by name, is not here)",
        module: ['joblib.numpy_pickle', 'sklearn.externals.joblib.numpy_pickle'],
        names: ['NumpyArrayWrapper'],
    },
    {
        why: "pandas' missing-value singletons",
        module: 'pandas._libs.missing',
        names: ['NA', 'NAType'],
    },
    {
        why: 'scikit-learn helpers kept in fitted estimators (a scorer that calls the estimator)',
        module: 'sklearn.metrics._scorer',
        names: ['_passthrough_scorer'],
    },
    {
        why: "XGBoost's booster: rebuilt from its pickled bytes; its constructor loads model_file",
        module: 'xgboost.core',
        names: ['Booster'],
        newOnly: true,
    },
    {
        why: "LightGBM's booster: rebuilt from its pickled model string; its constructor loads model_file",
        module: 'lightgbm.basic',
        names: ['Booster'],
        newOnly: true,
    },
    {
        why: 'LightGBM estimators: parameters and a booster',
        module: 'lightgbm.sklearn',
        names: ['LGBMModel', 'LGBMClassifier', 'LGBMRegressor', 'LGBMRanker'],
    },
    {
        why: "PyTorch tensor rebuilders (torch._utils): tensors from storages the file's own loader supplies",
        module: 'torch._utils',
        names: [
            '_rebuild_tensor',
            '_rebuild_tensor_v2',
            '_rebuild_tensor_v3',
            '_rebuild_parameter',
            '_rebuild_parameter_with_state',
            '_rebuild_qtensor',
            '_rebuild_sparse_tensor',
            '_rebuild_device_tensor_from_numpy',
            '_rebuild_meta_tensor_no_storage',
            '_rebuild_wrapper_subclass',
            '_rebuild_nested_tensor',
        ],
    },
    {
        why: 'PyTorch tensor rebuilders',
        module: 'torch._tensor',
        names: ['_rebuild_from_type', '_rebuild_from_type_v2'],
    },
    { why: 'PyTorch parameters', module: 'torch.nn.parameter', names: ['Parameter', 'Buffer'] },
    {
        why: 'PyTorch values: sizes, devices, dtypes, layouts, memory formats, storages',
        module: 'torch',
        names: [
            'Size',
            'device',
            'dtype',
            'Tensor',
            'UntypedStorage',
            'strided',
            'sparse_coo',
            'sparse_csr',
            'sparse_csc',
            'sparse_bsr',
            'sparse_bsc',
            'per_tensor_affine',
            'per_channel_affine',
            'contiguous_format',
            'channels_last',
            'channels_last_3d',
            'preserve_format',
            'float',
            'float8_e4m3fn',
            'float8_e5m2',
            'float16',
            'float32',
            'float64',
            'bfloat16',
            'half',
            'double',
            'uint8',
            'uint16',
            'uint32',
            'uint64',
            'int8',
            'int16',
            'int32',
            'int64',
            'bool',
            'complex32',
            'complex64',
            'complex128',
            'cfloat',
            'cdouble',
            'long',
            'int',
            'short',
            'qint8',
            'quint8',
            'qint32',
            'quint4x2',
            ...[
                'Float',
                'Double',
                'Half',
                'BFloat16',
                'Long',
                'Int',
                'Short',
                'Char',
                'Byte',
                'Bool',
                'ComplexFloat',
                'ComplexDouble',
                'QInt8',
                'QUInt8',
                'QInt32',
                'QUInt4x2',
                'QUInt2x4',
            ].map((t) => `${t}Storage`),
        ],
    },
    {
        why: 'PyTorch storages',
        module: 'torch.storage',
        names: ['UntypedStorage', 'TypedStorage'],
    },
    { why: 'PyTorch layouts', module: 'torch.serialization', names: ['_get_layout'] },
    ...torchModules(),
    {
        why: 'activation functions a module keeps (TransformerEncoderLayer(activation=F.gelu)): tensor math',
        module: 'torch.nn.functional',
        names: [
            'relu',
            'gelu',
            'silu',
            'tanh',
            'sigmoid',
            'softmax',
            'log_softmax',
            'elu',
            'leaky_relu',
        ],
    },
];
/** torch.nn.modules.<file>.<Class> of every built-in layer: a full model pickled whole. */
function torchModules() {
    const files = {
        module: 'Module',
        linear: 'Identity Linear Bilinear LazyLinear NonDynamicallyQuantizableLinear',
        conv: 'Conv1d Conv2d Conv3d ConvTranspose1d ConvTranspose2d ConvTranspose3d LazyConv1d LazyConv2d LazyConv3d LazyConvTranspose1d LazyConvTranspose2d LazyConvTranspose3d',
        activation: 'Threshold ReLU RReLU Hardtanh ReLU6 Sigmoid Hardsigmoid Tanh SiLU Mish Hardswish ELU CELU SELU GLU GELU Hardshrink LeakyReLU LogSigmoid Softplus Softshrink MultiheadAttention PReLU Softsign Tanhshrink Softmin Softmax Softmax2d LogSoftmax',
        loss: 'L1Loss NLLLoss NLLLoss2d PoissonNLLLoss GaussianNLLLoss KLDivLoss MSELoss BCELoss BCEWithLogitsLoss HingeEmbeddingLoss MultiLabelMarginLoss SmoothL1Loss HuberLoss SoftMarginLoss CrossEntropyLoss MultiLabelSoftMarginLoss CosineEmbeddingLoss MarginRankingLoss MultiMarginLoss TripletMarginLoss TripletMarginWithDistanceLoss CTCLoss',
        container: 'Container Sequential ModuleList ModuleDict ParameterList ParameterDict',
        pooling: 'MaxPool1d MaxPool2d MaxPool3d MaxUnpool1d MaxUnpool2d MaxUnpool3d AvgPool1d AvgPool2d AvgPool3d FractionalMaxPool2d FractionalMaxPool3d LPPool1d LPPool2d LPPool3d AdaptiveMaxPool1d AdaptiveMaxPool2d AdaptiveMaxPool3d AdaptiveAvgPool1d AdaptiveAvgPool2d AdaptiveAvgPool3d',
        batchnorm: 'BatchNorm1d BatchNorm2d BatchNorm3d SyncBatchNorm LazyBatchNorm1d LazyBatchNorm2d LazyBatchNorm3d',
        instancenorm: 'InstanceNorm1d InstanceNorm2d InstanceNorm3d LazyInstanceNorm1d LazyInstanceNorm2d LazyInstanceNorm3d',
        normalization: 'LocalResponseNorm CrossMapLRN2d LayerNorm GroupNorm RMSNorm',
        dropout: 'Dropout Dropout1d Dropout2d Dropout3d AlphaDropout FeatureAlphaDropout',
        padding: 'CircularPad1d CircularPad2d CircularPad3d ConstantPad1d ConstantPad2d ConstantPad3d ReflectionPad1d ReflectionPad2d ReflectionPad3d ReplicationPad1d ReplicationPad2d ReplicationPad3d ZeroPad1d ZeroPad2d ZeroPad3d',
        sparse: 'Embedding EmbeddingBag',
        rnn: 'RNNBase RNN LSTM GRU RNNCellBase RNNCell LSTMCell GRUCell',
        pixelshuffle: 'PixelShuffle PixelUnshuffle',
        upsampling: 'Upsample UpsamplingNearest2d UpsamplingBilinear2d',
        distance: 'PairwiseDistance CosineSimilarity',
        fold: 'Fold Unfold',
        flatten: 'Flatten Unflatten',
        channelshuffle: 'ChannelShuffle',
        transformer: 'Transformer TransformerEncoder TransformerDecoder TransformerEncoderLayer TransformerDecoderLayer',
    };
    return Object.entries(files).map(([file, names]) => ({
        why: 'PyTorch built-in layers: __setstate__ restores parameters and buffers',
        module: `torch.nn.modules.${file}`,
        names: names.split(' '),
    }));
}
/** Every allowed `module.qualname`, with how it may be used. */
const ALLOWED = (() => {
    const map = new Map();
    const add = (full, newOnly = false) => map.set(full, { newOnly });
    for (const group of GROUPS)
        for (const module of Array.isArray(group.module) ? group.module : [group.module])
            for (const name of group.names)
                add(`${module}.${name}`, group.newOnly);
    for (const [module, names] of Object.entries(GENERATED_GLOBALS))
        for (const name of names)
            if (!map.has(`${module}.${name}`))
                add(`${module}.${name}`);
    // The constructors that load a file stay new-only even when the generator lists them.
    for (const group of GROUPS.filter((g) => g.newOnly))
        for (const module of Array.isArray(group.module) ? group.module : [group.module])
            for (const name of group.names)
                add(`${module}.${name}`, true);
    return map;
})();

;// CONCATENATED MODULE: ./src/formats/pickle/compat-pickle.ts
// Generated by scripts/allowlist/compat-pickle.py from CPython 3.11.2's _compat_pickle: do not edit.
/** (module, name) pairs renamed for protocol < 3 pickles (checked first). */
const NAME_MAPPING = {
    'UserDict IterableUserDict': ['collections', 'UserDict'],
    'UserDict UserDict': ['collections', 'UserDict'],
    'UserList UserList': ['collections', 'UserList'],
    'UserString UserString': ['collections', 'UserString'],
    '__builtin__ basestring': ['builtins', 'str'],
    '__builtin__ intern': ['sys', 'intern'],
    '__builtin__ long': ['builtins', 'int'],
    '__builtin__ reduce': ['functools', 'reduce'],
    '__builtin__ unichr': ['builtins', 'chr'],
    '__builtin__ unicode': ['builtins', 'str'],
    '__builtin__ xrange': ['builtins', 'range'],
    '_multiprocessing Connection': ['multiprocessing.connection', 'Connection'],
    '_socket fromfd': ['socket', 'fromfd'],
    'exceptions ArithmeticError': ['builtins', 'ArithmeticError'],
    'exceptions AssertionError': ['builtins', 'AssertionError'],
    'exceptions AttributeError': ['builtins', 'AttributeError'],
    'exceptions BaseException': ['builtins', 'BaseException'],
    'exceptions BufferError': ['builtins', 'BufferError'],
    'exceptions BytesWarning': ['builtins', 'BytesWarning'],
    'exceptions DeprecationWarning': ['builtins', 'DeprecationWarning'],
    'exceptions EOFError': ['builtins', 'EOFError'],
    'exceptions EnvironmentError': ['builtins', 'EnvironmentError'],
    'exceptions Exception': ['builtins', 'Exception'],
    'exceptions FloatingPointError': ['builtins', 'FloatingPointError'],
    'exceptions FutureWarning': ['builtins', 'FutureWarning'],
    'exceptions GeneratorExit': ['builtins', 'GeneratorExit'],
    'exceptions IOError': ['builtins', 'IOError'],
    'exceptions ImportError': ['builtins', 'ImportError'],
    'exceptions ImportWarning': ['builtins', 'ImportWarning'],
    'exceptions IndentationError': ['builtins', 'IndentationError'],
    'exceptions IndexError': ['builtins', 'IndexError'],
    'exceptions KeyError': ['builtins', 'KeyError'],
    'exceptions KeyboardInterrupt': ['builtins', 'KeyboardInterrupt'],
    'exceptions LookupError': ['builtins', 'LookupError'],
    'exceptions MemoryError': ['builtins', 'MemoryError'],
    'exceptions NameError': ['builtins', 'NameError'],
    'exceptions NotImplementedError': ['builtins', 'NotImplementedError'],
    'exceptions OSError': ['builtins', 'OSError'],
    'exceptions OverflowError': ['builtins', 'OverflowError'],
    'exceptions PendingDeprecationWarning': ['builtins', 'PendingDeprecationWarning'],
    'exceptions ReferenceError': ['builtins', 'ReferenceError'],
    'exceptions RuntimeError': ['builtins', 'RuntimeError'],
    'exceptions RuntimeWarning': ['builtins', 'RuntimeWarning'],
    'exceptions StandardError': ['builtins', 'Exception'],
    'exceptions StopIteration': ['builtins', 'StopIteration'],
    'exceptions SyntaxError': ['builtins', 'SyntaxError'],
    'exceptions SyntaxWarning': ['builtins', 'SyntaxWarning'],
    'exceptions SystemError': ['builtins', 'SystemError'],
    'exceptions SystemExit': ['builtins', 'SystemExit'],
    'exceptions TabError': ['builtins', 'TabError'],
    'exceptions TypeError': ['builtins', 'TypeError'],
    'exceptions UnboundLocalError': ['builtins', 'UnboundLocalError'],
    'exceptions UnicodeDecodeError': ['builtins', 'UnicodeDecodeError'],
    'exceptions UnicodeEncodeError': ['builtins', 'UnicodeEncodeError'],
    'exceptions UnicodeError': ['builtins', 'UnicodeError'],
    'exceptions UnicodeTranslateError': ['builtins', 'UnicodeTranslateError'],
    'exceptions UnicodeWarning': ['builtins', 'UnicodeWarning'],
    'exceptions UserWarning': ['builtins', 'UserWarning'],
    'exceptions ValueError': ['builtins', 'ValueError'],
    'exceptions Warning': ['builtins', 'Warning'],
    'exceptions ZeroDivisionError': ['builtins', 'ZeroDivisionError'],
    'itertools ifilter': ['builtins', 'filter'],
    'itertools ifilterfalse': ['itertools', 'filterfalse'],
    'itertools imap': ['builtins', 'map'],
    'itertools izip': ['builtins', 'zip'],
    'itertools izip_longest': ['itertools', 'zip_longest'],
    'multiprocessing AuthenticationError': ['multiprocessing.context', 'AuthenticationError'],
    'multiprocessing BufferTooShort': ['multiprocessing.context', 'BufferTooShort'],
    'multiprocessing ProcessError': ['multiprocessing.context', 'ProcessError'],
    'multiprocessing TimeoutError': ['multiprocessing.context', 'TimeoutError'],
    'multiprocessing.forking Popen': ['multiprocessing.popen_fork', 'Popen'],
    'multiprocessing.process Process': ['multiprocessing.context', 'Process'],
    'socket _socketobject': ['socket', 'SocketType'],
    'urllib ContentTooShortError': ['urllib.error', 'ContentTooShortError'],
    'urllib getproxies': ['urllib.request', 'getproxies'],
    'urllib pathname2url': ['urllib.request', 'pathname2url'],
    'urllib quote': ['urllib.parse', 'quote'],
    'urllib quote_plus': ['urllib.parse', 'quote_plus'],
    'urllib unquote': ['urllib.parse', 'unquote'],
    'urllib unquote_plus': ['urllib.parse', 'unquote_plus'],
    'urllib url2pathname': ['urllib.request', 'url2pathname'],
    'urllib urlcleanup': ['urllib.request', 'urlcleanup'],
    'urllib urlencode': ['urllib.parse', 'urlencode'],
    'urllib urlopen': ['urllib.request', 'urlopen'],
    'urllib urlretrieve': ['urllib.request', 'urlretrieve'],
    'urllib2 HTTPError': ['urllib.error', 'HTTPError'],
    'urllib2 URLError': ['urllib.error', 'URLError'],
    'whichdb whichdb': ['dbm', 'whichdb'],
};
/** Modules renamed for protocol < 3 pickles. */
const IMPORT_MAPPING = {
    BaseHTTPServer: 'http.server',
    CGIHTTPServer: 'http.server',
    ConfigParser: 'configparser',
    Cookie: 'http.cookies',
    Dialog: 'tkinter.dialog',
    DocXMLRPCServer: 'xmlrpc.server',
    FileDialog: 'tkinter.filedialog',
    HTMLParser: 'html.parser',
    Queue: 'queue',
    ScrolledText: 'tkinter.scrolledtext',
    SimpleDialog: 'tkinter.simpledialog',
    SimpleHTTPServer: 'http.server',
    SimpleXMLRPCServer: 'xmlrpc.server',
    SocketServer: 'socketserver',
    StringIO: 'io',
    Tix: 'tkinter.tix',
    Tkconstants: 'tkinter.constants',
    Tkdnd: 'tkinter.dnd',
    Tkinter: 'tkinter',
    UserDict: 'collections',
    UserList: 'collections',
    UserString: 'collections',
    __builtin__: 'builtins',
    _abcoll: 'collections.abc',
    _elementtree: 'xml.etree.ElementTree',
    _winreg: 'winreg',
    anydbm: 'dbm',
    cPickle: 'pickle',
    cStringIO: 'io',
    commands: 'subprocess',
    cookielib: 'http.cookiejar',
    copy_reg: 'copyreg',
    dbhash: 'dbm.bsd',
    dbm: 'dbm.ndbm',
    dumbdbm: 'dbm.dumb',
    dummy_thread: '_dummy_thread',
    gdbm: 'dbm.gnu',
    htmlentitydefs: 'html.entities',
    httplib: 'http.client',
    markupbase: '_markupbase',
    repr: 'reprlib',
    robotparser: 'urllib.robotparser',
    'test.test_support': 'test.support',
    thread: '_thread',
    tkColorChooser: 'tkinter.colorchooser',
    tkCommonDialog: 'tkinter.commondialog',
    tkFileDialog: 'tkinter.filedialog',
    tkFont: 'tkinter.font',
    tkMessageBox: 'tkinter.messagebox',
    tkSimpleDialog: 'tkinter.simpledialog',
    ttk: 'tkinter.ttk',
    urllib2: 'urllib.request',
    urlparse: 'urllib.parse',
    whichdb: 'dbm',
    xmlrpclib: 'xmlrpc.client',
};

;// CONCATENATED MODULE: ./src/formats/pickle/policy.ts
/**
 * Which globals a pickle may import. Three verdicts:
 * - `dangerous` (an error under both policies): the union of what picklescan, modelscan
 *   and fickling deny (sources below), what loads, writes, imports or evaluates, and
 *   every attribute walk: a dotted qualname or a dunder name whose steps are not each on
 *   the allowlist (`sklearn.base` + `np.testing._private.utils.runstring`).
 * - `safe`: exactly on the allowlist (allowlist.ts), or named in `allow-globals`.
 * - `unknown`: anything else; an error under `allowlist`, a warning under `denylist`.
 *
 * Names are first mapped as CPython's unpickler maps them (_compat_pickle, protocol < 3).
 */


/**
 * Modules dangerous as a whole, with every submodule. Sources: picklescan
 * (src/picklescan/scanner.py `_unsafe_globals`), modelscan (modelscan/settings.py
 * `unsafe_globals`), fickling (fickling/analysis.py `UnsafeImportsML.UNSAFE_MODULES`),
 * plus what issue 13's corpus reached (pkgutil.resolve_name, imaplib, logging.config).
 */
const DANGEROUS_MODULES = [
    // Processes, the interpreter, code
    'os',
    'posix',
    'nt',
    'subprocess',
    'sys',
    'runpy',
    'pty',
    'ctypes',
    'importlib',
    'imp',
    'code',
    'codeop',
    'commands',
    'bdb',
    'pdb',
    'timeit',
    'cProfile',
    'profile',
    'trace',
    'doctest',
    'pydoc',
    'site',
    'sysconfig',
    'gc',
    'inspect',
    'types',
    'signal',
    '_thread',
    'threading',
    'multiprocessing',
    'concurrent',
    'asyncio',
    'zipimport',
    'pkgutil',
    'builtins.__import__',
    '__builtins__',
    'marshal',
    'dill',
    'pickle',
    '_pickle',
    'cPickle',
    'copyreg.__globals__',
    'shelve',
    'idlelib',
    'lib2to3',
    'tkinter',
    'turtle',
    'ensurepip',
    'venv',
    'pip',
    'distutils',
    'setuptools',
    'logging.config',
    'unittest',
    'test',
    // Files
    'shutil',
    'tempfile',
    'glob',
    'io',
    '_io',
    'fileinput',
    'tarfile',
    'zipfile',
    'dbm',
    'sqlite3',
    'mmap',
    'resource',
    'pwd',
    'grp',
    'pathlib',
    'filecmp',
    'linecache',
    // Network
    'socket',
    'ssl',
    'select',
    'selectors',
    'socketserver',
    'http',
    'httplib',
    'urllib',
    'urllib2',
    'requests',
    'aiohttp',
    'ftplib',
    'smtplib',
    'imaplib',
    'poplib',
    'nntplib',
    'telnetlib',
    'xmlrpc',
    'webbrowser',
    'uuid._popen',
    // Libraries' loaders, writers and evaluators
    'numpy.f2py',
    'numpy.distutils',
    'numpy.testing',
    'numpy.ctypeslib',
    'numpy.lib.npyio',
    'numpy.lib.format',
    'torch.hub',
    'torch.jit',
    'torch.package',
    'torch.utils.cpp_extension',
    'torch._inductor',
    'torch._dynamo',
    'torch.fx',
    'torch.serialization.load',
    'torch.utils.collect_env',
    'torch.utils.bottleneck',
    'torch.utils._config_module',
    'torch.utils.data.datapipes.utils.decoder',
    'pandas.io',
    'pandas.compat.pickle_compat',
    'pandas.core.computation',
    'pandas.read_pickle',
    'joblib.numpy_pickle_compat',
    'sklearn.datasets',
    'xgboost.core.DMatrix',
];
/** Single callables that are dangerous even where their module is not (same sources). */
const DANGEROUS_NAMES = new Set([
    ...[
        'eval',
        'exec',
        'compile',
        'open',
        'getattr',
        'setattr',
        'delattr',
        '__import__',
        'breakpoint',
        'apply',
        'execfile',
        'input',
        'globals',
        'locals',
        'vars',
        'help',
        'memoryview',
        'file',
        'reload',
        'print',
        'type',
        'super',
        'classmethod',
        'staticmethod',
        'property',
        'dir',
        'id',
        'hasattr',
        'map',
        'filter',
        'iter',
        'next',
    ].map((n) => `builtins.${n}`),
    'operator.attrgetter',
    'operator.itemgetter',
    'operator.methodcaller',
    'operator.getitem',
    'functools.partial',
    'functools.reduce',
    'torch.load',
    'torch.storage._load_from_bytes',
    'numpy.load',
    'numpy.loadtxt',
    'numpy.genfromtxt',
    'numpy.fromfile',
    'numpy.fromregex',
    'numpy.save',
    'numpy.savez',
    'numpy.savez_compressed',
    'numpy.savetxt',
    'numpy.memmap',
    'numpy.core.memmap',
    'numpy.core.records.fromfile',
    'numpy._core.records.fromfile',
    'pandas.read_pickle',
    'pandas.eval',
    'joblib.load',
    'joblib.dump',
    'joblib.numpy_pickle.load',
    'joblib.numpy_pickle.dump',
    'lightgbm.basic.Booster.load_model',
]);
/**
 * Every name of builtins that is not a plain value is dangerous (fickling denies the
 * whole module; the allowlist keeps its value types).
 */
const BUILTINS = 'builtins';
const DUNDER = /^__\w+__$/;
/** Maps a global's module and name the way CPython's unpickler does for its protocol. */
function mapName(module, name, protocol) {
    if (protocol >= 3)
        return [module, name];
    const renamed = NAME_MAPPING[`${module} ${name}`];
    if (renamed)
        return [renamed[0], renamed[1]];
    return [IMPORT_MAPPING[module] ?? module, name];
}
function underModule(fullName, module) {
    return fullName === module || fullName.startsWith(`${module}.`);
}
/** Classifies `module.name` (name may be a dotted qualname); module and name already mapped. */
function classifyGlobal(module, name, extra = new Set()) {
    const full = `${module}.${name}`;
    if (DANGEROUS_NAMES.has(full))
        return 'dangerous';
    if (DANGEROUS_MODULES.some((m) => underModule(module, m) || underModule(full, m)))
        return 'dangerous';
    if (extra.has(full))
        return 'safe';
    if (ALLOWED.has(full))
        return stepsAllowed(module, name, extra) ? 'safe' : 'dangerous';
    if (module === BUILTINS || module.startsWith('builtins.'))
        return 'dangerous';
    // An attribute walk (`a.b.c`) or a dunder reached from anywhere: not the class it names.
    const segments = name.split('.');
    if (segments.length > 1 || segments.some((s) => DUNDER.test(s)))
        return 'dangerous';
    return 'unknown';
}
/** True when every prefix of a dotted qualname is itself allowed (`ZoneInfo`, then `ZoneInfo._unpickle`). */
function stepsAllowed(module, name, extra) {
    const segments = name.split('.');
    for (let i = 1; i < segments.length; i++) {
        const step = `${module}.${segments.slice(0, i).join('.')}`;
        if (!ALLOWED.has(step) && !extra.has(step))
            return false;
    }
    return true;
}
/** True for an allowed class whose constructor must not be called (it loads a file). */
function isNewOnly(module, name) {
    return ALLOWED.get(`${module}.${name}`)?.newOnly === true;
}
/** Why a dangerous verdict was given, for the finding. */
function dangerReason(module, name) {
    const segments = name.split('.');
    if (!DANGEROUS_NAMES.has(`${module}.${name}`) &&
        !DANGEROUS_MODULES.some((m) => underModule(module, m) || underModule(`${module}.${name}`, m)) &&
        (segments.length > 1 || segments.some((s) => DUNDER.test(s))))
        return 'walks attributes to something that is not on the allowlist';
    return 'can run code or touch the system when loaded';
}

;// CONCATENATED MODULE: ./src/formats/pickle/scanner.ts





/** Thrown inside the scanner for a stream that is not a valid pickle. */
class MalformedPickle extends Error {
    offset;
    refused;
    constructor(message, offset, 
    /** Well-formed opcodes the scanner refuses because CPython may read them differently. */
    refused = false) {
        super(message);
        this.offset = offset;
        this.refused = refused;
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
            // torch.load reads a legacy checkpoint as five pickles, whatever each starts with.
        } while (result.pickles < limit &&
            (result.legacyTorch ? result.pickles < 5 : await startsPickle(reader)));
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
    /** The current pickle's protocol (PROTO; 0 without): names are mapped below 3. */
    protocol = 0;
    /** builtins.getattr on the stack, and how many of those were resolved constant calls. */
    getattrPushes = 0;
    getattrResolved = 0;
    /** Calls of classes whose constructor loads a file (only `__new__` is allowed). */
    constructorCalls = new Map();
    constructor(reader, options) {
        this.reader = reader;
        this.options = options;
    }
    fail(message, refused = false) {
        throw new MalformedPickle(message, this.opOffset, refused);
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
    /** Records an import; `mapped` names were already mapped (a resolved getattr). */
    record(module, name, mapped = false) {
        const [mod, nm] = mapped ? [module, name] : mapName(module, name, this.protocol);
        const key = `${mod}.${nm}`;
        const seen = this.imports.get(key);
        if (seen)
            seen.count += 1;
        else {
            const verdict = classifyGlobal(mod, nm, this.options.allowGlobals);
            this.imports.set(key, { module: mod, name: nm, verdict, offset: this.opOffset, count: 1 });
        }
        return new GlobalRef(mod, nm);
    }
    /** A text integer as CPython reads it, or a malformed-pickle error where readings could differ. */
    integer(text, kind) {
        const value = canonicalInteger(text, kind);
        if (value === undefined)
            this.fail(`integer text '${text.slice(0, 40)}' is not plain decimal digits; CPython may read it differently (010 is 8 there, 1_0 is 10)`, true);
        return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
            ? Number(value)
            : value;
    }
    /** Scans one pickle up to its STOP; returns the value STOP pops. */
    async scanOne() {
        this.protocol = 0;
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
            if (value instanceof GlobalRef && value.fullName === 'builtins.getattr')
                this.getattrPushes += 1;
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
        const memoKey = (text) => Number(this.integer(text, 'memo'));
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
                    this.protocol = version;
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
                    const text = await this.line();
                    push(text === '00' ? false : text === '01' ? true : this.integer(text, 'int'));
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
                    const value = this.integer(await this.line(), 'long');
                    push(typeof value === 'bigint' ? value : BigInt(value));
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
                    push(decodeRawUnicodeEscape(await this.line(), (m) => this.fail(m)));
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
                case 0x64: {
                    // DICT
                    const items = popMark();
                    const dict = new Mapping(pairs(items));
                    dict.truncated = items.length / 2 > MAX_TRACKED_ITEMS;
                    push(dict);
                    break;
                }
                case 0x73: {
                    // SETITEM
                    const value = pop();
                    const key = pop();
                    const dict = top();
                    if (dict instanceof Mapping) {
                        if (dict.entries.length < MAX_TRACKED_ITEMS)
                            dict.entries.push([key, value]);
                        else
                            dict.truncated = true;
                    }
                    break;
                }
                case 0x75: {
                    // SETITEMS
                    const items = popMark();
                    const dict = top();
                    if (dict instanceof Mapping) {
                        if (dict.entries.length + items.length / 2 > MAX_TRACKED_ITEMS)
                            dict.truncated = true;
                        for (const entry of pairs(items))
                            if (dict.entries.length < MAX_TRACKED_ITEMS)
                                dict.entries.push(entry);
                    }
                    break;
                }
                case 0x67: // GET
                    get(memoKey(await this.line()));
                    break;
                case 0x68: // BINGET
                    get((await this.bytes(1))[0]);
                    break;
                case 0x6a: // LONG_BINGET
                    get((await this.bytes(4)).readUInt32LE(0));
                    break;
                case 0x70: // PUT
                    put(memoKey(await this.line()));
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
                    this.noteConstructorCall(cls);
                    push(new CallResult(cls, new Sequence('tuple', popMark().slice(0, MAX_TRACKED_ITEMS))));
                    break;
                }
                case 0x6f: {
                    // OBJ
                    const items = popMark();
                    if (items.length === 0)
                        this.fail('OBJ without a class');
                    this.noteConstructorCall(items[0]);
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
                        if (size?.unknownDtype !== undefined)
                            this.fail(`joblib array of dtype ${JSON.stringify(size.unknownDtype)}, which is not a spelling NumPy writes; the bytes after it cannot be followed as joblib would`);
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
    /** A class called with arguments (REDUCE, INST, OBJ) runs its constructor. */
    noteConstructorCall(callable) {
        if (callable instanceof GlobalRef && isNewOnly(callable.module, callable.name)) {
            const key = callable.fullName;
            this.constructorCalls.set(key, (this.constructorCalls.get(key) ?? 0) + 1);
        }
    }
    /**
     * Resolves getattr/__import__ chains so the report names what is really reached. A
     * getattr of a constant attribute from a global is judged by where it lands
     * (`getattr(zoneinfo.ZoneInfo, '_unpickle')`); any other use of getattr is dangerous.
     */
    call(callable, args) {
        this.noteConstructorCall(callable);
        if (callable instanceof GlobalRef && args instanceof Sequence) {
            const [first, second] = args.items;
            const full = callable.fullName;
            if ((full === 'builtins.__import__' || full === 'importlib.import_module') &&
                typeof first === 'string') {
                this.record(first, '*', true);
                return new ModuleRef(first);
            }
            if (full === 'builtins.getattr' && typeof second === 'string' && args.items.length === 2) {
                if (first instanceof ModuleRef) {
                    this.getattrResolved += 1;
                    return this.record(first.module, second, true);
                }
                if (first instanceof GlobalRef) {
                    this.getattrResolved += 1;
                    return this.record(first.module, `${first.name}.${second}`, true);
                }
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
            // Every getattr on the stack was a constant lookup, judged by where it landed.
            if (`${item.module}.${item.name}` === 'builtins.getattr' &&
                this.getattrPushes > 0 &&
                this.getattrResolved >= this.getattrPushes)
                continue;
            if (item.verdict === 'dangerous') {
                findings.error('PICKLE_DANGEROUS_GLOBAL', `imports ${what}${times}: ${dangerReason(item.module, item.name)}`, { offset: item.offset });
            }
            else if (item.verdict === 'unknown') {
                const message = `imports ${what}${times}, which is not on the allowlist (add it to allow-globals if you trust it)`;
                if (policy === 'allowlist')
                    findings.error('PICKLE_UNKNOWN_GLOBAL', message, { offset: item.offset });
                else
                    findings.warning('PICKLE_UNKNOWN_GLOBAL', message, { offset: item.offset });
            }
        }
        for (const [name, count] of this.constructorCalls)
            findings.error('PICKLE_DANGEROUS_CALL', `calls ${name}(...)${count > 1 ? ` (${count} times)` : ''}: its constructor loads the file it is given; pickles rebuild it from its state instead`);
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
            (error.refused || (/truncated|ended before STOP/.test(error.message) && reader.offset > 16)));
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
