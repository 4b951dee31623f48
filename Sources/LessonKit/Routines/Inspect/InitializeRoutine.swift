import NeuralNet

/// `routine: initialize`: shows the initial parameters of a network.
public struct InitializeRoutine: Routine {
    public init() {}

    public var schema: RoutineSchema {
        RoutineSchema(
            name: "initialize",
            summary: "Initializes a network's parameters and shows the matrices with per-layer mean and standard deviation.",
            parameters: [
                ParameterSpec("layers", SchemaTypes.layers, default: nil, "layer widths from input to output, e.g. [3, 2, 1]"),
                ParameterSpec("initialization", SchemaTypes.initialization, default: .string("he"), SchemaTypes.initializationDoc),
                ParameterSpec("seed", SchemaTypes.seed, default: .int(3), "seed of the weight initialization (np.random.seed)"),
                ParameterSpec("init_scale", SchemaTypes.positive, default: .double(10), "the factor of the random initialization"),
            ])
    }

    /// Widths and the total parameter count stay printable.
    public func crossCheck(_ parameters: JSONValue, context: ValidationContext) -> [Diagnostic] {
        guard let layers = ParameterReader.ints(parameters["layers"]) else { return [] }
        var diagnostics = context.limits.checkWidths(layers, context: context, hint: nil)
        let weights = ResourceLimits.weights(layers)
        if diagnostics.isEmpty, weights > Double(context.limits.maxMatrixEntries) {
            diagnostics.append(.error(at: context.locate("layers"),
                "these layers have \(Int(weights)) weights, above the limit of \(context.limits.maxMatrixEntries) for showing an initialization"))
        }
        return diagnostics
    }

    public func run(_ experiment: Experiment, context: RunContext, progress: ProgressSink) throws -> RoutineOutput {
        throw RoutineError("the initialize routine is not available yet")
    }
}
