/**
 * Which globals a pickle may import. The dangerous list is at least the union of what
 * picklescan, modelscan and fickling deny; the safe list is what ordinary
 * scikit-learn, NumPy, pandas, PyTorch, XGBoost and LightGBM pickles need.
 */
export type PicklePolicy = 'allowlist' | 'denylist';
export type GlobalVerdict = 'safe' | 'dangerous' | 'unknown';

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
const MODULE_ALIASES: Record<string, string> = {
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
const SAFE_PREFIXES: { prefix: string; except: string[] }[] = [
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
const NUMPY_TYPES =
  /^numpy\.(bool_?|u?int(8|16|32|64)?|u?byte|u?short|u?intc|u?intp|u?long(long)?|float(16|32|64|96|128)?|half|single|double|longdouble|complex(64|128|256)?|csingle|cdouble|clongdouble|str_|bytes_|void|object_|datetime64|timedelta64)$/;
const TORCH_STORAGES =
  /^torch\.(cuda\.)?(Float|Double|Half|BFloat16|Long|Int|Short|Char|Byte|Bool|ComplexFloat|ComplexDouble|QInt8|QUInt8|QInt32|QUInt4x2|QUInt2x4)Storage$/;
const TORCH_DTYPES =
  /^torch\.(float(8_e4m3fn|8_e5m2|16|32|64)?|bfloat16|half|double|u?int(8|16|32|64)|bool|complex(32|64|128)|cfloat|cdouble|long|short|qint8|quint8|qint32)$/;
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
export function normaliseModule(module: string): string {
  return MODULE_ALIASES[module] ?? module;
}

function underModule(fullName: string, module: string): boolean {
  return fullName === module || fullName.startsWith(`${module}.`);
}

/** Classifies `module.name` (name may be a dotted qualname). */
export function classifyGlobal(
  module: string,
  name: string,
  extra: ReadonlySet<string> = new Set(),
): GlobalVerdict {
  const mod = normaliseModule(module);
  const full = `${mod}.${name}`;
  if (DANGEROUS_NAMES.has(full)) return 'dangerous';
  if (DANGEROUS_MODULES.some((m) => underModule(mod, m) || underModule(full, m)))
    return 'dangerous';
  const segments = name.split('.');
  if (
    segments.length > 1 &&
    segments.some((s) => DANGEROUS_SEGMENT.test(s) && !SAFE_DUNDERS.has(s))
  ) {
    return 'dangerous';
  }
  if (extra.has(full) || extra.has(`${module}.${name}`)) return 'safe';
  if (
    SAFE_NAMES.has(full) ||
    NUMPY_TYPES.test(full) ||
    TORCH_STORAGES.test(full) ||
    TORCH_DTYPES.test(full)
  ) {
    return 'safe';
  }
  for (const { prefix, except } of SAFE_PREFIXES) {
    if (full.startsWith(prefix) && !except.some((e) => full.startsWith(e))) return 'safe';
  }
  return 'unknown';
}
