import Foundation
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
        let p = ParameterReader(experiment.parameters)
        let examples = try p.int("examples"), features = try p.int("features")
        let size = try p.int("mini_batch_size"), seed = try p.seed("seed")
        // The course's test case: seed(1); X = randn(features, m); Y = randn(1, m) < 0.5.
        var random = NumpyRandom(seed: 1)
        let X = random.randn(features, examples)
        let Y = random.randn(1, examples).map { $0 < 0.5 ? 1 : 0 }
        let batches = randomMiniBatches(X, Y, size: size, seed: seed)
        let shownBatches = 50
        var rows: [[String]] = []
        for (k, batch) in batches.prefix(shownBatches).enumerated() {
            let first = batch.indices.prefix(5).map(String.init).joined(separator: ", ")
            let values = (0..<min(3, batch.X.columns)).map { String(format: "%.8f", batch.X[0, $0]) }.joined(separator: ", ")
            rows.append(["\(k + 1)", "(\(batch.X.rows), \(batch.X.columns))", "(\(batch.Y.rows), \(batch.Y.columns))",
                         "[\(first)\(batch.indices.count > 5 ? ", …" : "")]", "[\(values)]"])
        }
        let table = Table(
            title: "\(batches.count) mini-batches of \(examples) shuffled examples (seed \(seed))",
            header: ["batch", "X shape", "Y shape", "first examples", "X[0, 0:3]"], rows: rows)
        var notes: [String] = []
        if batches.count > shownBatches { notes.append("only the first \(shownBatches) of \(batches.count) batches are listed") }
        let last = batches.last?.X.columns ?? 0
        if examples % size != 0 {
            notes.append("\(examples) = \(examples / size) × \(size) + \(examples % size): the last batch holds the \(last) examples left over")
        }
        return RoutineOutput(metrics: [Metric("batches", Double(batches.count)), Metric("last_batch_size", Double(last))],
                             artifacts: [.table(table)], notes: notes)
    }
}
