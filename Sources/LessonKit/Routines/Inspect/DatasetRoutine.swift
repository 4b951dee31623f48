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
        guard let source = experiment.parameters["dataset"].flatMap(DatasetSource.init) else {
            throw RoutineError("internal: the dataset parameter is not valid")
        }
        let dataset = try source.load(lessonDirectory: context.lessonDirectory)
        return Self.describe(dataset, name: source.displayName)
    }

    /// Metrics, class counts, and a scatter plot (2-D data) or sample images
    /// (square images such as the 8×8 digits).
    static func describe(_ dataset: Dataset, name: String) -> RoutineOutput {
        let metrics = [
            Metric("train_examples", Double(dataset.trainCount)), Metric("test_examples", Double(dataset.testCount)),
            Metric("features", Double(dataset.features)), Metric("classes", Double(dataset.classes)),
        ]
        func counts(_ y: Matrix?) -> [Int] {
            var counts = [Int](repeating: 0, count: dataset.classes)
            for label in y?.elements ?? [] where Int(label) >= 0 && Int(label) < dataset.classes { counts[Int(label)] += 1 }
            return counts
        }
        let train = counts(dataset.trainY), test = counts(dataset.testY)
        var header = ["class", "train"]
        if dataset.testX != nil { header.append("test") }
        var rows = (0..<dataset.classes).map { c in
            [String(c), String(train[c])] + (dataset.testX != nil ? [String(test[c])] : [])
        }
        rows.append(["total", String(dataset.trainCount)] + (dataset.testX != nil ? [String(dataset.testCount)] : []))
        var artifacts: [Artifact] = [.table(Table(title: "Examples per class of '\(name)'", header: header, rows: rows))]

        func scatter(_ x: Matrix, _ y: Matrix, _ split: String) -> Artifact {
            .scatter(Scatter(title: "\(name): \(split) set (\(x.columns) examples)",
                             points: zip(x.row(0), x.row(1)).map { [$0, $1] }, labels: y.elements.map { Int($0) }))
        }
        let side = Int(Double(dataset.features).squareRoot().rounded())
        if dataset.features == 2 {
            artifacts.append(scatter(dataset.trainX, dataset.trainY, "training"))
            if let x = dataset.testX, let y = dataset.testY { artifacts.append(scatter(x, y, "test")) }
        } else if side * side == dataset.features, side > 2 {
            let shown = min(20, dataset.trainCount)
            artifacts.append(.images(ImageGrid(
                title: "The first \(shown) training examples of '\(name)'", width: side, height: side,
                images: (0..<shown).map { dataset.trainX.column($0).map { min(max($0, 0), 1) } },
                captions: (0..<shown).map { "class \(Int(dataset.trainY[0, $0]))" })))
        }
        return RoutineOutput(metrics: metrics, artifacts: artifacts)
    }
}
