/**
 * TensorFlow ops a SavedModel may use: ones that compute on tensors, control flow, calls
 * and variables, which touch no file, run no Python and print nowhere (names as in
 * tensorflow/core/ops/*.cc). Everything else is an error: a denylist misses what it does
 * not name. The checkpoint ops are allowed only where the loader itself runs them: in the
 * TF1 saver graph and in TF2's `__inference__traced_save_*` / `_traced_restore_*`
 * functions, which read and write the model's own variables/ files.
 */
const words = (text: string) => text.trim().split(/\s+/);

export const SAFE_OPS: ReadonlySet<string> = new Set(
  words(`
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
  `),
);

/** The checkpoint ops: files, but the loader's own (see the header). */
export const SAVER_OPS: ReadonlySet<string> = new Set(
  words('SaveV2 RestoreV2 MergeV2Checkpoints ShardedFilename Save Restore RestoreSlice SaveSlices'),
);

/** True for a function the loader runs to save or restore the model's own variables. */
export const isSaverFunction = (name: string) => /_traced_(save|restore)_\d+$/.test(name);
