import Foundation
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
        let p = ParameterReader(experiment.parameters)
        let scheme = try p.choice("initialization", as: InitializationScheme.self)
        let report = NeuralNet.initialize(layers: try p.ints("layers"), scheme: scheme, seed: try p.seed("seed"),
                                          initScale: try p.double("init_scale"))
        let table = Table(
            title: "Initial weights per layer (\(scheme.rawValue))",
            header: ["layer", "W shape", "mean", "std", "intended std"],
            rows: report.statistics.map { s in
                ["\(s.layer)", "(\(s.rows), \(s.columns))", Self.format(s.mean), Self.format(s.standardDeviation),
                 Self.format(s.intendedStandardDeviation)]
            })
        var artifacts: [Artifact] = [.table(table)]
        var notes: [String] = []
        let entries = report.parameters.namedTensors.reduce(0) { $0 + $1.tensor.count }
        if entries <= Self.shownEntries {
            artifacts.insert(.matrices(title: "Initialized parameters", report.parameters.namedTensors.map {
                NamedMatrix(name: $0.name, rows: $0.tensor.nestedRows)
            }), at: 0)
        } else {
            notes.append("the \(entries) parameters are too many to print; the table summarizes each layer")
        }
        let metrics = report.statistics.map { Metric("std_W\($0.layer)", $0.standardDeviation) }
        return RoutineOutput(metrics: metrics, artifacts: artifacts, notes: notes)
    }

    /// Matrices are printed in full up to this many entries in all.
    static let shownEntries = 2000

    static func format(_ value: Double) -> String {
        String(format: "%.6g", value)
    }
}
