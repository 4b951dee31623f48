import NeuralNet

/// `routine: mini_batches`: shuffles and partitions a random data matrix the
/// way `train` does, and shows the batches.
public struct MiniBatchesRoutine: Routine {
    public init() {}

    public var schema: RoutineSchema {
        RoutineSchema(
            name: "mini_batches",
            summary: "Shuffles examples with numpy's permutation and partitions them into mini-batches (the last one smaller).",
            parameters: [
                ParameterSpec("examples", .integer(1...1_000_000), default: .int(148),
                              "number of examples m (the course's test case: 148)"),
                ParameterSpec("features", .integer(1...100_000), default: .int(12288),
                              "features per example (the course's test case: 12288 = 64·64·3)"),
                ParameterSpec("mini_batch_size", .integer(1...Int.max), default: .int(64), "examples per batch"),
                ParameterSpec("seed", SchemaTypes.seed, default: .int(0), "seed of the shuffle (np.random.seed before permutation)"),
            ],
            metrics: ["batches", "last_batch_size"])
    }

    /// The demonstration matrix (examples × features) stays reasonable.
    public func crossCheck(_ parameters: JSONValue, context: ValidationContext) -> [Diagnostic] {
        guard let examples = parameters["examples"]?.intValue, let features = parameters["features"]?.intValue else { return [] }
        let entries = examples * features
        guard entries > context.limits.maxMatrixEntries else { return [] }
        return [.error(at: context.locate("examples"),
                       "'examples' × 'features' is \(entries) entries, above the limit of \(context.limits.maxMatrixEntries)")]
    }

    public func run(_ experiment: Experiment, context: RunContext, progress: ProgressSink) throws -> RoutineOutput {
        throw RoutineError("the mini_batches routine is not available yet")
    }
}
