/**
 * The Keras objects a config.json may name: built-in classes that load no code and read
 * no file when Keras deserializes them (sources: keras-team/keras keras/src/layers/__init__.py,
 * keras/src/{initializers,regularizers,constraints,optimizers,losses,metrics,activations}).
 * Not here, on purpose: Lambda and TFOpLambda (Python code), TFSMLayer (loads a SavedModel
 * from a path), `__lambda__` (marshalled code), and anything outside `keras`. Lookup
 * layers are here, but a `vocabulary` given as a path (a file read) is refused separately.
 */
const words = (text: string) => text.trim().split(/\s+/);

export const KERAS_CLASSES: ReadonlySet<string> = new Set([
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
export const KERAS_FUNCTIONS: ReadonlySet<string> = new Set(
  words(`
    relu relu6 sigmoid softmax softplus softsign tanh elu selu exponential gelu hard_sigmoid
    hard_silu hard_swish leaky_relu linear log_softmax mish silu swish celu glu log_sigmoid
    sparse_plus squareplus tanh_shrink hard_tanh hard_shrink soft_shrink threshold sparsemax
    binary_crossentropy binary_focal_crossentropy categorical_crossentropy
    categorical_focal_crossentropy categorical_hinge cosine_similarity hinge huber
    kl_divergence log_cosh mean_absolute_error mean_absolute_percentage_error
    mean_squared_error mean_squared_logarithmic_error poisson sparse_categorical_crossentropy
    squared_hinge mae mse mape msle binary_accuracy categorical_accuracy
    sparse_categorical_accuracy top_k_categorical_accuracy sparse_top_k_categorical_accuracy
  `),
);

/** Built-in classes that deserialize safely except with a vocabulary read from a path. */
export const VOCABULARY_LAYERS: ReadonlySet<string> = new Set(
  words('StringLookup IntegerLookup IndexLookup TextVectorization'),
);
