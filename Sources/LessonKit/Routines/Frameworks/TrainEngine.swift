import NeuralNet

/// Which trainer a `train` block runs on (`engine:`): the hand-written
/// forward/backward pass of lessons 1–2, or the autodiff engine of lesson 3,
/// where only the forward pass is written and `backward()` derives the rest.
/// Running the same block on both is lesson 3.1's comparison.
enum TrainEngine: String, CaseIterable {
    /// Hand-written for two classes, autodiff (softmax) for more.
    case auto
    case handwritten
    case autodiff

    static let parameter = ParameterSpec(
        "engine", .choice(allCases.map(\.rawValue)), default: .string("auto"),
        "the trainer: handwritten (backward pass written by hand), autodiff (forward pass only, gradients by the engine), auto (handwritten for two classes, autodiff for more)")

    /// Whether a run with these parameters on data with `classes` classes
    /// trains on the autodiff engine.
    static func usesAutodiff(_ parameters: JSONValue, classes: Int) -> Bool {
        switch parameters["engine"]?.stringValue.flatMap(TrainEngine.init) ?? .auto {
        case .auto: classes > 2
        case .handwritten: false
        case .autodiff: true
        }
    }

    /// Why the autodiff engine's limits apply, for messages.
    static func reason(_ parameters: JSONValue, classes: Int, name: String) -> String {
        parameters["engine"]?.stringValue == TrainEngine.autodiff.rawValue
            ? "'engine: autodiff' trains on the autodiff engine"
            : "the \(classes)-class dataset '\(name)' trains on the autodiff engine"
    }

    /// The decision boundary of an autodiff-trained network on 2-D data
    /// (nothing for other data), so both engines draw the same figure.
    static func boundary(dataset: Dataset, parameters: NetworkParameters, name: String) -> [Artifact] {
        guard dataset.features == 2 else { return [] }
        let network = AutodiffNetwork(parameters)
        return [.decisionBoundary(DecisionBoundaryGrid.compute(
            title: "Decision boundary on the \(name) training set", dataset: dataset) { grid in
                let classes = network.predict(grid)
                return Matrix(rows: 1, columns: classes.count, elements: classes.map(Double.init))
            })]
    }
}
