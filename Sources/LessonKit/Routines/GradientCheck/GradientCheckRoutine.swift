import Foundation
import NeuralNet

/// `routine: gradient_check`: compares backpropagation with two-sided finite
/// differences, on J(θ) = θx (`model: linear`) or on a network.
public struct GradientCheckRoutine: Routine {
    public init() {}

    /// The default threshold is 2e-7, not the original assignment's 1e-7: a
    /// correct backward pass on the course's N-D test case (4→5→3→1, seed 1)
    /// lands slightly *above* 1e-7 (rounding in the finite differences), so
    /// 1e-7 would fail correct code. A later course revision uses 2e-7 too.
    public var schema: RoutineSchema {
        RoutineSchema(
            name: "gradient_check",
            summary: "Checks backpropagation against two-sided finite differences and reports the relative difference.",
            parameters: [
                ParameterSpec("model", .choice(["network", "linear"]), default: .string("network"),
                              "network: the N-D check on an L-layer network; linear: the 1-D check on J(θ) = θx"),
                ParameterSpec("theta", .number(minimum: nil, maximum: nil), default: .double(4), "θ of the linear model"),
                ParameterSpec("x", .number(minimum: nil, maximum: nil), default: .double(2), "x of the linear model"),
                ParameterSpec("layers", SchemaTypes.layers, default: .array([.int(4), .int(5), .int(3), .int(1)]),
                              "layer widths of the network model (the course's test case: [4, 5, 3, 1])"),
                ParameterSpec("seed", SchemaTypes.seed, default: .int(1),
                              "seed drawing the test case: X, then W1, b1, W2, … (the course's: 1)"),
                ParameterSpec("epsilon", SchemaTypes.positive, default: .double(1e-7), "the finite-difference step ε"),
                ParameterSpec("threshold", SchemaTypes.positive, default: .double(2e-7),
                              "the check passes when ‖g − g̃‖ / (‖g‖ + ‖g̃‖) is below this; 2e-7 because correct backprop on the course's case lands just above 1e-7"),
                ParameterSpec("bug", .choice(["none", "planted"]), default: .string("none"),
                              "planted: the course's two backprop bugs (dW2 × 2, db1 with 4/m), so the check has something to catch"),
            ],
            metrics: ["difference", "passed"])
    }

    public func crossCheck(_ parameters: JSONValue, context: ValidationContext) -> [Diagnostic] {
        guard parameters["model"]?.stringValue == "network",
              let layers = ParameterReader.ints(parameters["layers"]) else { return [] }
        var diagnostics = context.limits.checkWidths(layers, context: context, hint: nil)
        if layers.last != 1 {
            let last = layers.count - 1
            diagnostics.append(.error(at: context.locate("layers[\(last)]"),
                "'layers[\(last)]' is \(layers[last]) but the checked network has one sigmoid output unit"))
        }
        if parameters["bug"]?.stringValue == "planted", layers.count < 3 {
            diagnostics.append(.error(at: context.locate("bug"),
                "'bug: planted' needs at least two weight layers (the planted bugs change dW2 and db1), got layers of \(layers.count) entries"))
        }
        let count = zip(layers, layers.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 + $1.1 }
        if diagnostics.isEmpty, count > context.limits.maxCheckedParameters {
            diagnostics.append(.error(at: context.locate("layers"),
                "this network has \(count) parameters, above the gradient check's limit of \(context.limits.maxCheckedParameters) (two forward passes per parameter)"))
        }
        return diagnostics
    }

    public func run(_ experiment: Experiment, context: RunContext, progress: ProgressSink) throws -> RoutineOutput {
        let p = ParameterReader(experiment.parameters)
        let epsilon = try p.double("epsilon"), threshold = try p.double("threshold")
        if try p.string("model") == "linear" {
            let result = gradientCheck1D(theta: try p.double("theta"), x: try p.double("x"), epsilon: epsilon)
            let passed = result.difference < threshold
            let table = Table(title: "J(θ) = θx at θ = \(ValueFormat.number(result.theta)), x = \(ValueFormat.number(result.x))",
                              header: ["J", "dJ/dθ (backprop)", "dJ/dθ (two-sided difference)", "difference"],
                              rows: [[Self.format(result.cost), Self.format(result.gradient),
                                      Self.format(result.gradientApproximation), Self.format(result.difference)]])
            return RoutineOutput(metrics: [Metric("difference", result.difference), Metric("passed", passed ? 1 : 0)],
                                 artifacts: [.table(table)],
                                 notes: [Self.verdict(result.difference, threshold: threshold, planted: false)])
        }
        let planted = try p.string("bug") == "planted"
        let result = gradientCheckND(layers: try p.ints("layers"), seed: try p.seed("seed"), epsilon: epsilon,
                                     plantedBugs: planted)
        let passed = result.difference < threshold
        var rows: [[String]] = []
        for parameter in result.parameters {
            for component in parameter.worst {
                rows.append([parameter.name, component.name, Self.format(component.analytic), Self.format(component.numeric),
                             Self.format(component.absoluteDifference)])
            }
        }
        let table = Table(title: "Worst components per parameter (largest |backprop − estimate| first)",
                          header: ["parameter", "component", "backprop", "two-sided estimate", "|difference|"], rows: rows)
        // A perfect match (difference 0) cannot sit on a log axis: floor it.
        let bars = Bars(title: "Relative difference per parameter (threshold \(ValueFormat.number(threshold)))",
                        labels: result.parameters.map(\.name),
                        values: result.parameters.map { max($0.relativeDifference, 1e-16) },
                        logScale: true, threshold: threshold)
        return RoutineOutput(metrics: [Metric("difference", result.difference), Metric("passed", passed ? 1 : 0)],
                             artifacts: [.table(table), .bars(bars)],
                             notes: [Self.verdict(result.difference, threshold: threshold, planted: planted,
                                                  worst: result.parameters.max { $0.relativeDifference < $1.relativeDifference }?.name)])
    }

    static func format(_ value: Double) -> String { String(format: "%.6g", value) }

    /// The sentence under the result.
    static func verdict(_ difference: Double, threshold: Double, planted: Bool, worst: String? = nil) -> String {
        let shown = String(format: "%.3g", difference)
        if difference < threshold {
            return "passed: the difference \(shown) is below the threshold \(ValueFormat.number(threshold)), so backpropagation agrees with the finite differences"
        }
        var text = "failed: the difference \(shown) is not below the threshold \(ValueFormat.number(threshold)), so the backward pass has a bug"
        if let worst { text += "; the largest disagreement is in \(worst)" }
        if planted { text += " (the planted bugs: dW2 doubled, db1 scaled by 4/m)" }
        return text
    }
}
