/// How to initialize the weights `W[l]` (biases always start at zero).
/// Every random scheme seeds numpy's generator once and draws `W[1]`, `W[2]`, …
/// in order, as the course does.
public enum InitializationScheme: String, Sendable, CaseIterable {
    /// `W = 0`: every unit of a layer computes the same thing forever.
    case zeros
    /// `W = randn · init_scale` (the course uses 10: too large).
    case random
    /// `W = randn · √(2 / n[l−1])` (He et al., for ReLU).
    case he
    /// `W = randn · √(1 / n[l−1])` (Xavier-like; the course's regularization init).
    case xavier
}

/// The update rule applied to each mini-batch's gradients.
public enum OptimizerKind: String, Sendable, CaseIterable {
    case gd, momentum, adam, rmsprop
}

/// Where dropout masks come from.
public enum DropoutMasks: String, Sendable, CaseIterable {
    /// New masks at every step from one seeded stream: real dropout.
    case fresh
    /// The course's behaviour: reseed with `dropoutSeed` at every forward pass,
    /// so every step uses the same masks.
    case fixed
}

/// `full` is batch gradient descent; `.size(1)` is stochastic gradient descent.
public enum MiniBatchSize: Sendable, Hashable {
    case full
    case size(Int)
}

/// Everything `train` needs besides the data. Defaults are the course's
/// initialization-assignment values.
public struct TrainingConfiguration: Sendable, Hashable {
    /// Layer widths including the input: `[2, 10, 5, 1]`.
    public var layers: [Int]
    public var initialization: InitializationScheme = .he
    /// The factor of the `random` scheme.
    public var initScale: Double = 10
    /// The seed of the weight initialization.
    public var seed: UInt32 = 3
    public var learningRate: Double = 0.01
    public var epochs: Int = 15_000
    public var miniBatchSize: MiniBatchSize = .full
    /// Epoch `e` (0-based) shuffles with seed `shuffleSeed + e + 1`.
    public var shuffleSeed: Int = 10
    public var optimizer: OptimizerKind = .gd
    /// Momentum's β.
    public var beta: Double = 0.9
    /// Adam's β1 and β2, and the ε added outside the square root (Adam, RMSProp).
    public var beta1: Double = 0.9
    public var beta2: Double = 0.999
    public var epsilon: Double = 1e-8
    /// L2 strength λ (0 = none).
    public var lambda: Double = 0
    /// Dropout keep probability on hidden layers (1 = none).
    public var keepProb: Double = 1
    public var dropoutMasks: DropoutMasks = .fresh
    public var dropoutSeed: UInt32 = 1
    /// Record the cost of every epoch divisible by this.
    public var recordEvery: Int = 1000
    /// Where the backward pass applies `1/m` (rounding only); `nil` picks the
    /// ordering of the course assignment the configuration reproduces
    /// (`BackwardOrdering.course(for:)`).
    public var backwardOrdering: BackwardOrdering? = nil

    public init(layers: [Int]) {
        self.layers = layers
    }
}
