export const id = 632;
export const ids = [632];
export const modules = {

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

/***/ 2959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jC: () => (/* binding */ checkSignature),
/* harmony export */   pv: () => (/* binding */ loadSignatureContract)
/* harmony export */ });
/* unused harmony exports DTYPES, shapeMismatch */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
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
const dimension = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(-1), zod__WEBPACK_IMPORTED_MODULE_3__/* ["null"] */ .chJ(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1)]);
const tensor = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).optional(),
    dtype: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(DTYPES),
    shape: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(dimension).optional(),
})
    .strict();
const contractSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    inputs: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(tensor).optional(),
    outputs: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(tensor).optional(),
})
    .strict();
/** Reads the `signature` input: a path to a YAML/JSON file, or inline YAML/JSON. */
async function loadSignatureContract(value) {
    let text = value;
    const isFile = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(value).then((s) => s.isFile(), () => false);
    if (isFile)
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(value, 'utf8');
    else if (!/[:{\n]/.test(value))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j('signature', 'is neither a readable file nor inline YAML', value);
    let data;
    try {
        data = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j('signature', `is not valid YAML/JSON: ${error.message.split('\n')[0]}`, value);
    }
    const parsed = contractSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j('signature', `${issue.message}${where}`, value);
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


/***/ }),

/***/ 1251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  detectModelFormat: () => (/* binding */ detectModelFormat),
  g: () => (/* binding */ validateModel)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/size.ts
var size = __webpack_require__(3910);
// EXTERNAL MODULE: ./src/core/progress.ts
var core_progress = __webpack_require__(4664);
// EXTERNAL MODULE: ./src/digest/hash-pool.ts
var hash_pool = __webpack_require__(6789);
;// CONCATENATED MODULE: ./src/formats/keras.ts
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

// EXTERNAL MODULE: ./src/formats/format.ts
var format = __webpack_require__(4309);
;// CONCATENATED MODULE: ./src/formats/numpy-dtype.ts
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

;// CONCATENATED MODULE: ./src/formats/stream-reader.ts
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
    const item = itemSize(descr);
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
    const reader = new StreamReader((async function* () {
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
    if (hasObjects(fields.descr)) {
        findings.warning('NUMPY_OBJECT_ARRAY', 'object array: loading it needs allow_pickle=True, which unpickles the data');
        const pickle = await scanPickles(reader, { ...scan, findings, maxPickles: 1 });
        return { descr: fields.descr, shape, pickle };
    }
    const size = descrSize(fields.descr);
    const dataLength = total - reader.offset;
    if (size === undefined) {
        findings.note('NUMPY_UNKNOWN_DTYPE', `dtype ${JSON.stringify(fields.descr)} not understood; data length not checked`);
    }
    else if (size * count !== dataLength) {
        findings.error('NUMPY_SIZE_MISMATCH', `${JSON.stringify(fields.descr)}${JSON.stringify(shape)} needs ${size * count} bytes of data but ${dataLength} follow the header`);
    }
    return { descr: fields.descr, shape };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/formats/pickle-file.ts
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
    return scanPickles(reader, {
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
    const file = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 });
    let source = file;
    if (compression) {
        const inflate = compression === 'zlib' ? (0,external_node_zlib_.createInflate)() : (0,external_node_zlib_.createGunzip)();
        file.pipe(inflate);
        source = limitBytes(inflate, Math.max(size * MAX_INFLATE_RATIO, 1 << 30));
    }
    const reader = new StreamReader(source);
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
/** True when the bytes start with a zip local file header. */
function looksLikeZip(head) {
    return head.length >= 4 && head.readUInt32LE(0) === 0x04034b50;
}
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
    return {
        entries,
        open: (item) => new Promise((resolve, reject) => {
            zip.openReadStream(item.entry, (error, stream) => error || !stream ? reject(error ?? new Error('cannot read entry')) : resolve(stream));
        }),
        close: () => zip.close(),
    };
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






const MAX_CONFIG = 64 << 20;
const PICKLE_NAME = /\.(pkl|pickle|joblib)$/i;
/** Validates a zip-based model file and returns its format. */
async function parseZipModel(path, size, findings, options) {
    const zip = await readZip(path, size, findings);
    if (!zip)
        return { format: 'pickle' };
    try {
        const names = zip.entries.map((e) => e.name);
        if (names.includes('config.json') &&
            (names.includes('metadata.json') || names.includes('model.weights.h5'))) {
            return await parseKeras(zip, findings);
        }
        const kind = names.some((n) => /(^|\/)data\.pkl$/.test(n))
            ? 'pytorch'
            : names.length > 0 && names.every((n) => n.endsWith('.npy'))
                ? 'numpy'
                : 'pickle';
        return await scanEntries(zip, kind, findings, options);
    }
    finally {
        zip.close();
    }
}
async function parseKeras(zip, findings) {
    const entry = zip.entries.find((e) => e.name === 'config.json');
    const at = findings.forEntry('config.json');
    if (entry.uncompressedSize > MAX_CONFIG) {
        at.error('KERAS_CONFIG_TOO_LARGE', `config.json is ${entry.uncompressedSize} bytes (limit ${MAX_CONFIG})`);
        return { format: 'keras' };
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
        return { format: 'keras' };
    }
    const checked = checkKerasConfig(config, at);
    const root = config;
    return { format: 'keras', details: { model: root?.class_name, ...checked } };
}
async function scanEntries(zip, kind, findings, options) {
    const scanned = [];
    let torchScript = false;
    for (const entry of zip.entries) {
        const at = findings.forEntry(entry.name);
        if (kind === 'pytorch' && /(^|\/)data\//.test(entry.name))
            continue; // raw tensor storage
        if (/(^|\/)code\//.test(entry.name))
            torchScript = true;
        const reader = new StreamReader(await zip.open(entry));
        try {
            if (entry.name.endsWith('.npy')) {
                const npy = await checkNpy(reader, entry.uncompressedSize, at, options);
                scanned.push({
                    entry: entry.name,
                    kind: 'npy',
                    shape: npy.shape,
                    globals: npy.pickle ? describeImports(npy.pickle) : [],
                });
            }
            else if (PICKLE_NAME.test(entry.name) || (await startsPickle(reader))) {
                const scan = await scanWithPolicy(reader, at, options);
                scanned.push({ entry: entry.name, kind: 'pickle', globals: describeImports(scan) });
            }
        }
        finally {
            await reader.close();
        }
    }
    if (torchScript) {
        findings.warning('TORCHSCRIPT_CODE', 'archive holds TorchScript code (code/): torch.jit.load compiles and runs it; it is not scanned');
    }
    if (kind === 'pickle' && scanned.length === 0) {
        findings.error('UNKNOWN_FORMAT', 'zip archive holds no model file modelgate recognises (no pickle, .npy, Keras or PyTorch content)');
    }
    return { format: kind, details: { entries: zip.entries.length, scanned } };
}

;// CONCATENATED MODULE: ./src/formats/file-source.ts


/** Streams a file (from `start`) in 1 MiB chunks. */
function readChunks(path, start = 0) {
    return (0,external_node_fs_.createReadStream)(path, { start, highWaterMark: 1 << 20 });
}
/**
 * Reads `length` bytes at `offset` (fewer at end of file). Callers bound `length`
 * by the file size, never by a length field read from the file.
 */
async function readAt(path, offset, length) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}

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
    const reader = new StreamReader(readChunks(path));
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
    const target = (0,external_node_path_.resolve)(dir, location);
    const inside = (0,external_node_path_.relative)(dir, target);
    if ((0,external_node_path_.isAbsolute)(location) ||
        location.split(/[\\/]/).includes('..') ||
        inside.startsWith('..') ||
        (0,external_node_path_.isAbsolute)(inside)) {
        findings.error('ONNX_EXTERNAL_PATH', `${label} external data '${location}' points outside the model directory`);
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

;// CONCATENATED MODULE: ./src/formats/protobuf-file.ts
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
        return new FileWindow(await (0,promises_.open)(path, 'r'), size);
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

;// CONCATENATED MODULE: ./src/formats/onnx.ts
/**
 * ONNX models: the ModelProto is walked in the file (tensor bytes are stepped over,
 * never loaded); nodes and value infos are decoded with protobufjs. Checks: IR
 * version and opsets, graph inputs/outputs, topological wiring of node inputs,
 * initializer sizes and external data.
 */




/** ModelProto fields and their wire types, for detection by content. */
const MODEL_FIELDS = {
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
const MAX_NODE = 512 << 20;
/** True when the head parses as a ModelProto carrying an IR version, graph or opset. */
function looksLikeOnnx(head) {
    return looksLikeMessage(head, MODEL_FIELDS, 2, [1, 7, 8]);
}
/** Validates an ONNX model file. */
async function parseOnnx(path, size, findings, _options) {
    const result = { format: 'onnx' };
    const file = await FileWindow.open(path, size);
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
        if (!(error instanceof WireError) &&
            !(error instanceof RangeError) &&
            !/invalid|index out of range/i.test(error.message))
            throw error;
        findings.error('ONNX_MALFORMED', `protobuf does not parse: ${error.message}`, {
            offset: error instanceof WireError ? error.offset : undefined,
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
                throw new WireError(`a node of ${n} bytes is too large to check`, s);
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

;// CONCATENATED MODULE: ./src/formats/safetensors.ts
/** safetensors: an 8-byte little-endian header length, a JSON header, then tensor bytes. */


const safetensors_MAX_HEADER = 100 * 1024 * 1024;
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
    const declared = (await readAt(path, 0, 8)).readBigUInt64LE(0);
    if (declared > BigInt(safetensors_MAX_HEADER)) {
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
        const text = new TextDecoder('utf-8', { fatal: true }).decode(await readAt(path, 8, headerLength));
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
        (0,format/* addToSummary */.Dg)(summary, tensor.dtype, tensor.count);
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
    const count = Array.isArray(shape) ? (0,format/* elementCount */.KX)(shape) : -1;
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
 * signature; ops that read or write files or run Python are errors.
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
/** True for a file named saved_model.pb (SavedModel is recognised by its layout). */
function isSavedModelPb(relativePath) {
    return relativePath === 'saved_model.pb' || relativePath.endsWith('/saved_model.pb');
}
/** Validates saved_model.pb. */
async function parseSavedModel(path, size, findings) {
    const result = { format: 'savedmodel' };
    if (size > MAX_PB) {
        findings.error('SAVEDMODEL_MALFORMED', `saved_model.pb is ${size} bytes, over protobuf's 2 GiB limit`);
        return result;
    }
    let model;
    try {
        const bytes = await readAt(path, 0, size);
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
            ...(graph.graph_def?.node ?? []).map((n) => ({ node: n, where: 'graph' })),
            ...(graph.graph_def?.library?.function ?? []).flatMap((f) => (f.node_def ?? []).map((n) => ({
                node: n,
                where: `function '${f.signature?.name ?? '?'}'`,
            }))),
        ];
        for (const { node, where } of nodes) {
            if (!node.op || !DANGEROUS_OPS.has(node.op))
                continue;
            const seen = opCounts.get(node.op) ?? 0;
            opCounts.set(node.op, seen + 1);
            if (seen === 0)
                findings.error('SAVEDMODEL_DANGEROUS_OP', `${where} node '${node.name ?? '?'}' uses op ${node.op}, which reads/writes files or runs Python`);
        }
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

;// CONCATENATED MODULE: ./src/formats/detect.ts









/** Bytes read from the start of each file for detection. */
const HEAD_BYTES = 64 * 1024;
/** Detects the format of a file from its head; `relativePath` only picks out saved_model.pb. */
async function detectFormat(head, relativePath) {
    if (isSavedModelPb(relativePath))
        return 'savedmodel';
    if (looksLikeSafetensors(head))
        return 'safetensors';
    if (looksLikeGguf(head))
        return 'gguf';
    if (looksLikeNpy(head))
        return 'numpy';
    if (looksLikeZip(head))
        return 'zip';
    if (looksLikeHdf5(head))
        return 'h5';
    if (head.length >= 2 && head[0] === 0x80 && head[1] >= 2 && head[1] <= 5)
        return 'pickle';
    const compression = compressionOf(head);
    if (compression && /\.(joblib|pkl|pickle|z|gz|bz2|xz|lzma|lz4)$/i.test(relativePath))
        return 'compressed-pickle';
    if (looksLikeOnnx(head))
        return 'onnx';
    if (await looksLikePickle(head))
        return 'pickle';
    return undefined;
}

// EXTERNAL MODULE: ./src/formats/findings.ts
var formats_findings = __webpack_require__(6016);
;// CONCATENATED MODULE: ./src/formats/numpy-file.ts
/** A standalone .npy file. */




/** Validates a .npy file (header, data length, and the pickle of object arrays). */
async function checkNpyFile(path, size, findings, options) {
    const reader = new StreamReader(readChunks(path));
    try {
        const npy = await checkNpy(reader, size, findings, options);
        return {
            format: 'numpy',
            details: {
                descr: npy.descr,
                shape: npy.shape,
                globals: npy.pickle ? describeImports(npy.pickle) : undefined,
            },
        };
    }
    finally {
        await reader.close();
    }
}

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
// EXTERNAL MODULE: ./src/validate/signature-contract.ts
var signature_contract = __webpack_require__(2959);
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
            const hashes = listing.files.map((file) => pool.hash(file.absolute, file.size, (n) => progress.add(n)));
            hashes.forEach((h) => h.catch(() => undefined));
            for (const [index, file] of listing.files.entries()) {
                const fileFindings = new formats_findings/* FindingList */.k(file.path);
                const parsed = await parseFile(file.absolute, file.path, file.size, options.format, listing.kind, fileFindings, parseOptions);
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
async function readHead(path) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
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
async function parseFile(absolute, relative, size, declared, kind, findings, options) {
    let head;
    try {
        head = await readHead(absolute);
    }
    catch (error) {
        findings.error('UNREADABLE', `cannot read '${relative}' (${error.code})`);
        return {};
    }
    const detected = await detectFormat(head, relative);
    if (!detected)
        return {};
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
function runParser(detected, path, size, findings, options, head) {
    switch (detected) {
        case 'safetensors':
            return parseSafetensors(path, size, findings);
        case 'gguf':
            return parseGguf(path, size, findings);
        case 'onnx':
            return parseOnnx(path, size, findings, options);
        case 'savedmodel':
            return parseSavedModel(path, size, findings);
        case 'numpy':
            return checkNpyFile(path, size, findings, options);
        case 'zip':
            return parseZipModel(path, size, findings, options);
        case 'h5':
            findings.warning('KERAS_LEGACY_H5', 'legacy HDF5 (.h5) model: its Lambda layers and custom objects cannot be scanned in safe mode; save it as .keras');
            return Promise.resolve({ format: 'keras' });
        default:
            return parsePickleFile(path, size, findings, options, head);
    }
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
/**
 * The format of one model file, detected and confirmed by its parser (a zip may be
 * PyTorch, Keras or .npz). Undefined when the file is not a model.
 */
async function detectModelFormat(absolute, relative, size) {
    const findings = new formats_findings/* FindingList */.k(relative);
    const options = { policy: 'denylist', allowGlobals: new Set(), root: absolute };
    return (await parseFile(absolute, relative, size, 'auto', 'file', findings, options)).format;
}


/***/ })

};
