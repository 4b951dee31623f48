import NeuralNet

/// Builds the NeuralNet configurations from validated `train` parameters.
///
/// The two trainers share most of their settings (schedule, seeds, Adam's
/// constants); those are read once, by `readShared`, through
/// `SharedTrainingSettings`, and each trainer's own settings after.
enum TrainingSettings {
    static func miniBatchSize(_ parameters: ParameterReader) throws(RoutineError) -> MiniBatchSize {
        if let size = parameters.parameters["mini_batch_size"]?.intValue { return .size(size) }
        return .full
    }

    /// The hand-written trainer (binary data: sigmoid output).
    static func network(_ p: ParameterReader) throws(RoutineError) -> TrainingConfiguration {
        var config = TrainingConfiguration(layers: try p.ints("layers"))
        try readShared(p, into: &config)
        config.initialization = try p.choice("initialization", as: InitializationScheme.self)
        config.optimizer = try p.choice("optimizer", as: OptimizerKind.self)
        config.beta = try p.double("beta")
        config.lambda = try p.double("lambda")
        config.keepProb = try p.double("keep_prob")
        config.dropoutMasks = try p.choice("dropout_masks", as: DropoutMasks.self)
        config.dropoutSeed = try p.seed("dropout_seed")
        return config
    }

    /// The autodiff trainer (more than two classes: softmax output).
    static func autodiff(_ p: ParameterReader) throws(RoutineError) -> AutodiffConfiguration {
        var config = AutodiffConfiguration(layers: try p.ints("layers"))
        try readShared(p, into: &config)
        let initialization = try p.string("initialization")
        if initialization == "xavier_uniform" {
            config.initialization = .xavierUniform
        } else {
            config.initialization = .scheme(try p.choice("initialization", as: InitializationScheme.self))
        }
        config.optimizer = try p.choice("optimizer", as: TensorOptimizerKind.self)
        return config
    }

    /// The parameters both trainers read the same way.
    private static func readShared<Config: SharedTrainingSettings>(
        _ p: ParameterReader, into config: inout Config
    ) throws(RoutineError) {
        config.seed = try p.seed("seed")
        config.initScale = try p.double("init_scale")
        config.learningRate = try p.double("learning_rate")
        config.beta1 = try p.double("beta1")
        config.beta2 = try p.double("beta2")
        config.epsilon = try p.double("epsilon")
        config.epochs = try p.int("epochs")
        config.miniBatchSize = try miniBatchSize(p)
        config.shuffleSeed = try p.int("shuffle_seed")
        config.recordEvery = try p.int("record_every")
    }

    /// Settings the autodiff trainer does not have, for the cross-check.
    static let autodiffOptimizers = TensorOptimizerKind.allCases.map(\.rawValue)
}

/// The settings the hand-written and the autodiff trainer have in common,
/// under the same names.
protocol SharedTrainingSettings {
    var seed: UInt32 { get set }
    var initScale: Double { get set }
    var learningRate: Double { get set }
    var beta1: Double { get set }
    var beta2: Double { get set }
    var epsilon: Double { get set }
    var epochs: Int { get set }
    var miniBatchSize: MiniBatchSize { get set }
    var shuffleSeed: Int { get set }
    var recordEvery: Int { get set }
}

extension TrainingConfiguration: SharedTrainingSettings {}
extension AutodiffConfiguration: SharedTrainingSettings {}
