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
import { GENERATED_GLOBALS, NUMPY_SCALARS, NUMPY_UFUNCS } from './allowlist-generated.js';

interface Group {
  why: string;
  module: string | string[];
  names: readonly string[];
  newOnly?: boolean;
}

const NUMPY_CORE = ['numpy.core', 'numpy._core'];
const each = (modules: string[], suffix: string) => modules.map((m) => `${m}${suffix}`);

const GROUPS: Group[] = [
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
function torchModules(): Group[] {
  const files: Record<string, string> = {
    module: 'Module',
    linear: 'Identity Linear Bilinear LazyLinear NonDynamicallyQuantizableLinear',
    conv: 'Conv1d Conv2d Conv3d ConvTranspose1d ConvTranspose2d ConvTranspose3d LazyConv1d LazyConv2d LazyConv3d LazyConvTranspose1d LazyConvTranspose2d LazyConvTranspose3d',
    activation:
      'Threshold ReLU RReLU Hardtanh ReLU6 Sigmoid Hardsigmoid Tanh SiLU Mish Hardswish ELU CELU SELU GLU GELU Hardshrink LeakyReLU LogSigmoid Softplus Softshrink MultiheadAttention PReLU Softsign Tanhshrink Softmin Softmax Softmax2d LogSoftmax',
    loss: 'L1Loss NLLLoss NLLLoss2d PoissonNLLLoss GaussianNLLLoss KLDivLoss MSELoss BCELoss BCEWithLogitsLoss HingeEmbeddingLoss MultiLabelMarginLoss SmoothL1Loss HuberLoss SoftMarginLoss CrossEntropyLoss MultiLabelSoftMarginLoss CosineEmbeddingLoss MarginRankingLoss MultiMarginLoss TripletMarginLoss TripletMarginWithDistanceLoss CTCLoss',
    container: 'Container Sequential ModuleList ModuleDict ParameterList ParameterDict',
    pooling:
      'MaxPool1d MaxPool2d MaxPool3d MaxUnpool1d MaxUnpool2d MaxUnpool3d AvgPool1d AvgPool2d AvgPool3d FractionalMaxPool2d FractionalMaxPool3d LPPool1d LPPool2d LPPool3d AdaptiveMaxPool1d AdaptiveMaxPool2d AdaptiveMaxPool3d AdaptiveAvgPool1d AdaptiveAvgPool2d AdaptiveAvgPool3d',
    batchnorm:
      'BatchNorm1d BatchNorm2d BatchNorm3d SyncBatchNorm LazyBatchNorm1d LazyBatchNorm2d LazyBatchNorm3d',
    instancenorm:
      'InstanceNorm1d InstanceNorm2d InstanceNorm3d LazyInstanceNorm1d LazyInstanceNorm2d LazyInstanceNorm3d',
    normalization: 'LocalResponseNorm CrossMapLRN2d LayerNorm GroupNorm RMSNorm',
    dropout: 'Dropout Dropout1d Dropout2d Dropout3d AlphaDropout FeatureAlphaDropout',
    padding:
      'CircularPad1d CircularPad2d CircularPad3d ConstantPad1d ConstantPad2d ConstantPad3d ReflectionPad1d ReflectionPad2d ReflectionPad3d ReplicationPad1d ReplicationPad2d ReplicationPad3d ZeroPad1d ZeroPad2d ZeroPad3d',
    sparse: 'Embedding EmbeddingBag',
    rnn: 'RNNBase RNN LSTM GRU RNNCellBase RNNCell LSTMCell GRUCell',
    pixelshuffle: 'PixelShuffle PixelUnshuffle',
    upsampling: 'Upsample UpsamplingNearest2d UpsamplingBilinear2d',
    distance: 'PairwiseDistance CosineSimilarity',
    fold: 'Fold Unfold',
    flatten: 'Flatten Unflatten',
    channelshuffle: 'ChannelShuffle',
    transformer:
      'Transformer TransformerEncoder TransformerDecoder TransformerEncoderLayer TransformerDecoderLayer',
  };
  return Object.entries(files).map(([file, names]) => ({
    why: 'PyTorch built-in layers: __setstate__ restores parameters and buffers',
    module: `torch.nn.modules.${file}`,
    names: names.split(' '),
  }));
}

export interface AllowEntry {
  newOnly: boolean;
}

/** Every allowed `module.qualname`, with how it may be used. */
export const ALLOWED: ReadonlyMap<string, AllowEntry> = (() => {
  const map = new Map<string, AllowEntry>();
  const add = (full: string, newOnly = false) => map.set(full, { newOnly });
  for (const group of GROUPS)
    for (const module of Array.isArray(group.module) ? group.module : [group.module])
      for (const name of group.names) add(`${module}.${name}`, group.newOnly);
  for (const [module, names] of Object.entries(GENERATED_GLOBALS))
    for (const name of names) if (!map.has(`${module}.${name}`)) add(`${module}.${name}`);
  // The constructors that load a file stay new-only even when the generator lists them.
  for (const group of GROUPS.filter((g) => g.newOnly))
    for (const module of Array.isArray(group.module) ? group.module : [group.module])
      for (const name of group.names) add(`${module}.${name}`, true);
  return map;
})();
