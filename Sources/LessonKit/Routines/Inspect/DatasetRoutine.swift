import NeuralNet

/// `routine: dataset`: shows a data set (scatter plot and class counts).
public struct DatasetRoutine: Routine {
    public init() {}

    public var schema: RoutineSchema {
        RoutineSchema(
            name: "dataset",
            summary: "Shows a data set: a scatter plot of 2-D data and the class counts of each split.",
            parameters: [ParameterSpec("dataset", SchemaTypes.dataset, default: .string("circles"), SchemaTypes.datasetDoc)],
            metrics: ["train_examples", "test_examples", "features", "classes"])
    }

    /// The data must load (a broken CSV is reported here, not at run time).
    public func crossCheck(_ parameters: JSONValue, context: ValidationContext) -> [Diagnostic] {
        DatasetCheck.load(parameters, context: context).diagnostics
    }

    public func run(_ experiment: Experiment, context: RunContext, progress: ProgressSink) throws -> RoutineOutput {
        throw RoutineError("the dataset routine is not available yet")
    }
}
