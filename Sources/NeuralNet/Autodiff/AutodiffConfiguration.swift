/// How the autodiff model's weights start (biases are always zero).
public enum AutodiffInitialization: Sendable, Hashable {
    /// Glorot/Xavier uniform, the course's TensorFlow `xavier_initializer`:
    /// `W ~ U(−r, r)` with `r = √(6 / (fan_in + fan_out))`, which keeps the
    /// activations' variance about constant forwards and backwards. Drawn
    /// from numpy's generator as `np.random.uniform(-r, r, (n[l], n[l-1]))`
    /// (`−r + 2r·u`) layer by layer after one `seed` (TensorFlow's own
    /// Philox draws cannot be reproduced outside TensorFlow).
    case xavierUniform
    /// One of the hand-written trainer's schemes (``initializeParameters(layers:scheme:seed:initScale:)``),
    /// so both trainers can start from the same weights.
    case scheme(InitializationScheme)
}

/// Everything ``trainWithAutodiff(dataset:configuration:progress:)`` needs
/// besides the data. Defaults are the course's TensorFlow model
/// (course-facts §7): Xavier uniform, Adam with TensorFlow's defaults,
/// mini-batches of 32 reshuffled each epoch with seed `shuffleSeed + e + 1`
/// (the course's seed starts at 3 and is increased before every epoch),
/// cost stored every 5 epochs.
public struct AutodiffConfiguration: Sendable, Hashable {
    /// Widths including the input, e.g. `[64, 25, 12, 10]`. The last layer
    /// has one unit per class (softmax), or a single unit for binary labels
    /// (sigmoid).
    public var layers: [Int]
    public var initialization: AutodiffInitialization = .xavierUniform
    public var seed: UInt32 = 1
    public var initScale: Double = 10
    public var optimizer: TensorOptimizerKind = .adam
    public var learningRate: Double = 0.0001
    public var beta1: Double = 0.9
    public var beta2: Double = 0.999
    public var epsilon: Double = 1e-8
    public var epochs: Int = 1500
    public var miniBatchSize: MiniBatchSize = .size(32)
    public var shuffleSeed: Int = 3
    public var recordEvery: Int = 5

    public init(layers: [Int]) {
        self.layers = layers
    }
}

/// What an autodiff training run produced.
public struct AutodiffOutcome: Sendable {
    public var configuration: AutodiffConfiguration
    /// `(epoch, cost)` every `recordEvery` epochs; the cost of an epoch is the
    /// mean loss per example over all its mini-batches, computed during the
    /// epoch (each batch before its update).
    public var costs: [CostSample]
    /// The cost of the last epoch run.
    public var finalCost: Double
    public var trainAccuracy: Double
    public var testAccuracy: Double?
    /// Predicted class of every training / test example.
    public var trainPredictions: [Int]
    public var testPredictions: [Int]?
    /// `confusion[actual][predicted]` on the test set, or on the training set
    /// when there is none.
    public var confusionMatrix: [[Int]]
    /// The trained weights and biases.
    public var parameters: NetworkParameters
    public var epochsRun: Int
    /// The first epoch whose cost was not finite; training stopped there.
    public var divergedAtEpoch: Int?
}
