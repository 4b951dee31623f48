extension TrainRoutine {
    /// The `train` parameters, in the order the report and the cache key use.
    /// Defaults are the course's: the initialization assignment's network
    /// settings, week 2's mini-batch and optimizer settings.
    static let trainSchema = RoutineSchema(
        name: "train",
        summary: "Trains an L-layer classifier (ReLU hidden layers, sigmoid output; softmax when the data has more than two classes).",
        parameters: [
            ParameterSpec("dataset", SchemaTypes.dataset, default: .string("circles"), SchemaTypes.datasetDoc),
            ParameterSpec("layers", SchemaTypes.layers, default: nil,
                          "layer widths from input to output, e.g. [2, 10, 5, 1]; the first must equal the data's features, the last 1 (or the class count)"),
            ParameterSpec("initialization", .choice(["zeros", "random", "he", "xavier", "xavier_uniform"]), default: .string("he"),
                          SchemaTypes.initializationDoc + "; xavier_uniform (U(±√(6/(n[l−1]+n[l]))), the course's TensorFlow init) on data with more than two classes"),
            ParameterSpec("init_scale", SchemaTypes.positive, default: .double(10),
                          "the factor of the random initialization (the course's 10 is deliberately too large)"),
            ParameterSpec("seed", SchemaTypes.seed, default: .int(3), "seed of the weight initialization (np.random.seed)"),
            ParameterSpec("learning_rate", SchemaTypes.positive, default: .double(0.01), "gradient step size α"),
            ParameterSpec("epochs", .integer(1...Int.max), default: .int(15000), "passes over the training set"),
            ParameterSpec("mini_batch_size", .choiceOrInteger(["full"], 1...Int.max), default: .string("full"),
                          "examples per update: full (batch gradient descent), 1 (stochastic), or a size such as 64"),
            ParameterSpec("shuffle_seed", .integer(0...Int(UInt32.max)), default: .int(10),
                          "epoch e (from 0) shuffles the mini-batches with seed shuffle_seed + e + 1"),
            ParameterSpec("optimizer", .choice(["gd", "momentum", "adam", "rmsprop"]), default: .string("gd"),
                          "update rule: gd, momentum (beta), adam (beta1, beta2, epsilon), rmsprop (beta2, epsilon)"),
            ParameterSpec("beta", SchemaTypes.decay, default: .double(0.9), "momentum's decay of the velocity"),
            ParameterSpec("beta1", SchemaTypes.decay, default: .double(0.9), "Adam's decay of the first moment"),
            ParameterSpec("beta2", SchemaTypes.decay, default: .double(0.999), "Adam's and RMSProp's decay of the second moment"),
            ParameterSpec("epsilon", SchemaTypes.positive, default: .double(1e-8),
                          "added to the square root in Adam and RMSProp (outside it, as in the course's training runs)"),
            ParameterSpec("lambda", SchemaTypes.nonNegative, default: .double(0),
                          "L2 regularization strength λ: cost + λ/(2m)·ΣW²; 0 turns it off"),
            ParameterSpec("keep_prob", .number(minimum: 0, maximum: 1, exclusiveMinimum: true), default: .double(1),
                          "dropout: probability of keeping a hidden unit; 1 turns dropout off"),
            ParameterSpec("dropout_masks", .choice(["fresh", "fixed"]), default: .string("fresh"),
                          "fresh: new masks every step (real dropout); fixed: the course's reseeding, the same masks every step"),
            ParameterSpec("dropout_seed", SchemaTypes.seed, default: .int(1), "seed of the dropout masks"),
            ParameterSpec("record_every", .integer(1...Int.max), default: .int(1000),
                          "record the cost of every epoch divisible by this"),
            ParameterSpec("allow_heavy", .boolean, default: .bool(false),
                          "lift the resource limits (layer width, epochs, total work) for a deliberately big run"),
        ],
        metrics: ["final_cost", "train_accuracy", "test_accuracy", "epochs_run"],
        series: ["cost"])
}
