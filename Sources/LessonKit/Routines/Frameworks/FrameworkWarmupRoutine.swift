import Foundation
import NeuralNet

/// `routine: framework_warmup`: the TensorFlow tutorial's warm-ups, each run
/// on the library's autodiff engine (``Tensor``) instead of TensorFlow.
///
/// Every example only *describes* a computation with tensors; values come
/// from the forward pass and gradients from `backward()`, never from a
/// formula written here. Defaults are the course's inputs (course-facts §7).
public struct FrameworkWarmupRoutine: Routine {
    public init() {}

    /// The warm-ups, in the course's order.
    enum Example: String, CaseIterable {
        case loss
        case linearFunction = "linear_function"
        case sigmoid
        case costWithLogits = "cost_with_logits"
        case oneHot = "one_hot"

        /// The parameters the example reads (besides `example`).
        var parameters: [String] {
            switch self {
            case .loss: ["y_hat", "y"]
            case .linearFunction: ["seed"]
            case .sigmoid: ["z"]
            case .costWithLogits: ["logits", "labels", "apply_sigmoid_first"]
            case .oneHot: ["labels", "classes"]
            }
        }
    }

    /// The course's default labels of the two examples that take labels.
    static let costLabels: [Double] = [0, 0, 1, 1]
    static let oneHotLabels: [Int] = [1, 2, 3, 0, 2, 1]
    /// The longest value list an example accepts (they are printed in full).
    static let maxValues = 1000

    public var schema: RoutineSchema { Self.warmupSchema }

    static let warmupSchema = RoutineSchema(
        name: "framework_warmup",
        summary: "Runs one of the TensorFlow tutorial's warm-ups on the autodiff engine: a loss and its gradient, WX + b, sigmoid, the cost with logits, one-hot.",
        parameters: [
            ParameterSpec("example", .choice(Example.allCases.map(\.rawValue)), default: .string("loss"),
                          "loss: (y − ŷ)² and ∂/∂ŷ; linear_function: WX + b from randn; sigmoid: σ(z) and σ′(z); cost_with_logits: sigmoid cross-entropy with logits; one_hot: labels to one-hot columns"),
            ParameterSpec("y_hat", .number(minimum: nil, maximum: nil), default: .double(36), "loss: the prediction ŷ (a variable: the gradient is taken with respect to it)"),
            ParameterSpec("y", .number(minimum: nil, maximum: nil), default: .double(39), "loss: the target y (a constant)"),
            ParameterSpec("seed", SchemaTypes.seed, default: .int(1),
                          "linear_function: np.random.seed before drawing X = randn(3, 1), W = randn(4, 3), b = randn(4, 1)"),
            ParameterSpec("z", .list(.number(minimum: nil, maximum: nil), count: 1...maxValues), default: .array([.int(0), .int(12)]),
                          "sigmoid: the inputs z"),
            ParameterSpec("logits", .list(.number(minimum: nil, maximum: nil), count: 1...maxValues),
                          default: .array([.double(0.2), .double(0.4), .double(0.7), .double(0.9)]),
                          "cost_with_logits: the logits z, one per example"),
            ParameterSpec("labels", .list(.number(minimum: nil, maximum: nil), count: 1...maxValues), default: .null,
                          "cost_with_logits: 0/1 labels, one per logit (default [0, 0, 1, 1]); one_hot: class indices (default [1, 2, 3, 0, 2, 1])"),
            ParameterSpec("apply_sigmoid_first", .boolean, default: .bool(false),
                          "cost_with_logits: feed σ(z) instead of z to the loss, as the course's first version did (the loss then applies σ twice)"),
            ParameterSpec("classes", .integer(1...maxValues), default: .int(4), "one_hot: the number of classes C (rows of the result)"),
        ],
        metrics: ["loss", "gradient", "mean_cost"])

    /// Labels that fit the example, parameters the example ignores (when
    /// written in the block), and the one-hot size.
    public func crossCheck(_ parameters: JSONValue, context: ValidationContext) -> [Diagnostic] {
        guard let example = parameters["example"]?.stringValue.flatMap(Example.init) else { return [] }
        var diagnostics: [Diagnostic] = []
        let fence = context.locate("\u{0}")
        for spec in Self.warmupSchema.parameters where spec.name != "example" && !example.parameters.contains(spec.name) {
            let location = context.locate(spec.name)
            guard location != fence else { continue }
            let users = Example.allCases.filter { $0.parameters.contains(spec.name) }.map(\.rawValue)
            diagnostics.append(.warning(at: location,
                "'\(spec.name)' has no effect for 'example: \(example.rawValue)' (it is read by \(users.joined(separator: " and ")))"))
        }
        let labels = parameters["labels"]?.arrayValue?.compactMap(\.doubleValue)
        switch example {
        case .costWithLogits:
            guard let labels else { break }
            let logits = parameters["logits"]?.arrayValue?.count ?? 0
            if labels.count != logits {
                diagnostics.append(.error(at: context.locate("labels"),
                    "'labels' has \(labels.count) entr\(labels.count == 1 ? "y" : "ies") but 'logits' has \(logits): give one 0/1 label per logit"))
            }
            for (index, label) in labels.enumerated() where !(0...1).contains(label) {
                diagnostics.append(.error(at: context.locate("labels[\(index)]"),
                    "'labels[\(index)]' is \(ValueFormat.number(label)) but a sigmoid cross-entropy label is a probability in [0, 1]"))
            }
        case .oneHot:
            guard let labels else { break }
            let classes = parameters["classes"]?.intValue ?? 0
            for (index, label) in labels.enumerated() {
                if label != label.rounded() {
                    diagnostics.append(.error(at: context.locate("labels[\(index)]"),
                        "'labels[\(index)]' is \(ValueFormat.number(label)) but one_hot needs whole class indices"))
                } else if label < 0 || label >= Double(classes) {
                    diagnostics.append(.warning(at: context.locate("labels[\(index)]"),
                        "'labels[\(index)]' is \(ValueFormat.number(label)), outside 0…\(classes - 1) for 'classes: \(classes)': its column will be all zeros (as tf.one_hot does)"))
                }
            }
        default:
            break
        }
        return diagnostics
    }

    public func run(_ experiment: Experiment, context: RunContext, progress: ProgressSink) throws -> RoutineOutput {
        let p = ParameterReader(experiment.parameters)
        let example = try p.choice("example", as: Example.self)
        let labels = experiment.parameters["labels"]?.arrayValue?.compactMap(\.doubleValue)
        switch example {
        case .loss:
            return Self.loss(yHat: try p.double("y_hat"), y: try p.double("y"))
        case .linearFunction:
            return Self.linearFunction(seed: try p.seed("seed"))
        case .sigmoid:
            return Self.sigmoid(try Self.numbers(p, "z"))
        case .costWithLogits:
            return Self.costWithLogits(try Self.numbers(p, "logits"), labels: labels ?? Self.costLabels,
                                       applySigmoidFirst: try p.bool("apply_sigmoid_first"))
        case .oneHot:
            return Self.oneHot(labels.map { $0.map { Int($0) } } ?? Self.oneHotLabels, classes: try p.int("classes"))
        }
    }

    // MARK: - The examples

    /// `loss = (y − ŷ)²` with ŷ a variable and y a constant; `backward()`
    /// gives `∂loss/∂ŷ = −2(y − ŷ)`.
    static func loss(yHat: Double, y: Double) -> RoutineOutput {
        let prediction = Tensor.parameter(Matrix([[yHat]]))
        let target = Tensor.constant(Matrix([[y]]))
        let difference = target - prediction
        let loss = (difference .* difference).sum()
        loss.backward()
        let gradient = prediction.gradient?.elements.first ?? .nan
        let table = Table(title: "The loss (y − ŷ)², built from tensors and differentiated by the engine",
                          header: ["ŷ (variable)", "y (constant)", "loss = (y − ŷ)²", "∂loss/∂ŷ (backward)"],
                          rows: [[format(yHat), format(y), format(loss.scalar), format(gradient)]])
        return RoutineOutput(metrics: [Metric("loss", loss.scalar), Metric("gradient", gradient)],
                             artifacts: [.table(table)])
    }

    /// `seed(seed)`, then X = randn(3, 1), W = randn(4, 3), b = randn(4, 1) and `W·X + b`.
    static func linearFunction(seed: UInt32) -> RoutineOutput {
        var random = NumpyRandom(seed: seed)
        let x = Tensor.constant(random.randn(3, 1))
        let w = Tensor.constant(random.randn(4, 3))
        let b = Tensor.constant(random.randn(4, 1))
        let y = w * x + b
        let inputs = Artifact.matrices(title: "Drawn after np.random.seed(\(seed)), in this order", [
            NamedMatrix(name: "X", rows: x.value.nestedRows),
            NamedMatrix(name: "W", rows: w.value.nestedRows),
            NamedMatrix(name: "b", rows: b.value.nestedRows),
        ])
        let result = Table(title: "Y = W·X + b (4×1)", header: ["row", "Y"],
                           rows: y.value.elements.enumerated().map { ["\($0.offset)", fixed($0.element)] })
        return RoutineOutput(artifacts: [inputs, .table(result)])
    }

    /// `σ(z)` elementwise, and `σ′(z)` from `backward()` on the sum.
    static func sigmoid(_ values: [Double]) -> RoutineOutput {
        let z = Tensor.parameter(Matrix(rows: 1, columns: values.count, elements: values))
        let s = z.sigmoid()
        s.sum().backward()
        let slopes = z.gradient?.elements ?? Array(repeating: .nan, count: values.count)
        let rows = zip(values, zip(s.value.elements, slopes)).map { value, pair in
            [format(value), digits(pair.0), String(format: "%g", Double(Float(pair.0))), digits(pair.1)]
        }
        let table = Table(title: "σ(z) = 1 / (1 + e^(−z)) and its derivative from backward()",
                          header: ["z", "σ(z)", "σ(z) printed as float32", "σ′(z) (backward)"], rows: rows)
        return RoutineOutput(artifacts: [.table(table)])
    }

    /// The elementwise sigmoid cross-entropy with logits, `max(z, 0) − z·y +
    /// log(1 + e^(−|z|))`, on `z` or (the course's first version) on `σ(z)`;
    /// the gradient with respect to the raw logits comes from `backward()`.
    static func costWithLogits(_ logits: [Double], labels: [Double], applySigmoidFirst: Bool) -> RoutineOutput {
        let z = Tensor.parameter(Matrix(rows: 1, columns: logits.count, elements: logits))
        let fed = applySigmoidFirst ? z.sigmoid() : z
        let labelRow = Matrix(rows: 1, columns: labels.count, elements: labels)
        let cost = Tensor.sigmoidCrossEntropy(logits: fed, labels: labelRow)
        let mean = cost.mean()
        cost.sum().backward()
        let gradients = z.gradient?.elements ?? Array(repeating: .nan, count: logits.count)
        var rows: [[String]] = []
        for i in logits.indices {
            rows.append([format(logits[i]), format(labels[i]), digits(fed.value.elements[i]),
                         fixed(cost.value.elements[i]), digits(gradients[i])])
        }
        let fedName = applySigmoidFirst ? "fed to the loss: σ(z)" : "fed to the loss: z"
        let table = Table(title: "Sigmoid cross-entropy with logits, per example",
                          header: ["z", "label y", fedName, "cost", "∂cost/∂z (backward)"], rows: rows)
        var notes: [String] = []
        if applySigmoidFirst {
            notes.append("σ was applied before a loss that applies σ itself, so each cost is that of σ(σ(z)): the course's first version did this; the costs are wrong for the model but match its printed output")
        }
        return RoutineOutput(metrics: [Metric("mean_cost", mean.scalar)], artifacts: [.table(table)], notes: notes)
    }

    /// Class indices to `C × m` one-hot columns (`tf.one_hot(labels, C, axis=0)`).
    static func oneHot(_ labels: [Int], classes: Int) -> RoutineOutput {
        let encoded = Tensor.oneHot(labels, classes: classes)
        let matrix = Artifact.matrices(title: "one_hot(\(labels), C = \(classes)): column j has its 1 in row labels[j]",
                                       [NamedMatrix(name: "one_hot", rows: encoded.nestedRows)])
        let outside = labels.enumerated().filter { !(0..<classes).contains($0.element) }.map { "\($0.offset)" }
        var notes: [String] = []
        if !outside.isEmpty {
            notes.append("column\(outside.count == 1 ? "" : "s") \(outside.joined(separator: ", ")) \(outside.count == 1 ? "is" : "are") all zeros: the label is outside 0…\(classes - 1)")
        }
        return RoutineOutput(artifacts: [matrix], notes: notes)
    }

    // MARK: - Formatting

    static func numbers(_ p: ParameterReader, _ key: String) throws(RoutineError) -> [Double] {
        guard let items = p.parameters[key]?.arrayValue else { throw RoutineError("internal: '\(key)' is not a list") }
        return try items.map { item throws(RoutineError) in
            guard let value = item.doubleValue else { throw RoutineError("internal: '\(key)' holds a non-number") }
            return value
        }
    }

    /// Shortest round-trip form (`36`, `0.5`, `0.9999938558253978`).
    static func format(_ value: Double) -> String { ValueFormat.number(value) }

    /// Ten significant digits, for computed values that are not the course's printouts.
    static func digits(_ value: Double) -> String { String(format: "%.10g", value) }

    /// Eight decimals, the course's printing.
    static func fixed(_ value: Double) -> String { String(format: "%.8f", value) }
}
