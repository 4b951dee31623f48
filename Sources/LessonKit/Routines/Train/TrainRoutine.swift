import Foundation
import NeuralNet

/// `routine: train`: the L-layer network of the course, trained with the
/// block's optimizer, regularization and mini-batch settings.
public struct TrainRoutine: Routine {
    public init() {}

    public var schema: RoutineSchema { Self.trainSchema }

    /// Dimensions against the data (`layers[0]` = features, the last width =
    /// 1 or the class count), loadability of the data, the resource limits,
    /// and settings that would silently do nothing.
    public func crossCheck(_ parameters: JSONValue, context: ValidationContext) -> [Diagnostic] {
        guard let layers = ParameterReader.ints(parameters["layers"]) else { return [] }
        var diagnostics: [Diagnostic] = []
        let (loaded, loadProblems) = DatasetCheck.load(parameters, context: context)
        diagnostics += loadProblems
        if let dataset = loaded {
            diagnostics += Self.checkShape(layers, against: dataset, source: parameters["dataset"], context: context)
            diagnostics += Self.checkTrainer(parameters, classes: dataset.classes, context: context)
        }

        let heavy = parameters["allow_heavy"]?.boolValue ?? false
        let epochs = parameters["epochs"]?.intValue ?? 1
        if !heavy {
            let limits = context.limits
            if epochs > limits.maxEpochs {
                diagnostics.append(.error(at: context.locate("epochs"),
                    "'epochs' is \(epochs), above the limit of \(limits.maxEpochs) epochs; \(ResourceLimits.liftHint)"))
            }
            diagnostics += limits.checkWidths(layers, context: context, hint: ResourceLimits.liftHint)
            let examples = Double(loaded?.trainCount ?? 0)
            let work = ResourceLimits.weights(layers) * examples * Double(epochs)
            if diagnostics.isEmpty, work > limits.maxWork {
                diagnostics.append(.error(at: context.locate("epochs"),
                    "this run needs about \(Self.scientific(work)) multiply-adds (weights × examples × epochs), above the limit of \(Self.scientific(limits.maxWork)); lower 'epochs' or the layer widths, or \(ResourceLimits.liftHint)"))
            }
        }

        if parameters["mini_batch_size"]?.intValue != nil,
           let shuffleSeed = parameters["shuffle_seed"]?.intValue,
           shuffleSeed + epochs > Int(UInt32.max) {
            diagnostics.append(.error(at: context.locate("shuffle_seed"),
                "'shuffle_seed' + 'epochs' must stay below 2^32 (epoch e shuffles with seed shuffle_seed + e + 1)"))
        }
        if layers.count == 2, let keep = parameters["keep_prob"]?.doubleValue, keep < 1 {
            diagnostics.append(.warning(at: context.locate("keep_prob"),
                "'keep_prob' has no effect: dropout acts on hidden layers and this network has none"))
        }
        return diagnostics
    }

    /// `layers[0]` against the features, the output width against the classes.
    static func checkShape(_ layers: [Int], against dataset: DatasetCheck.Shape, source: JSONValue?,
                           context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let name = source.flatMap(DatasetSource.init)?.displayName ?? dataset.name
        if layers[0] != dataset.features {
            diagnostics.append(.error(at: context.locate("layers[0]"),
                "'layers[0]' is \(layers[0]) but dataset '\(name)' has \(dataset.features) feature\(dataset.features == 1 ? "" : "s")"))
        }
        let outputs = dataset.classes > 2 ? dataset.classes : 1
        let last = layers.count - 1
        if layers[last] != outputs {
            let why = dataset.classes > 2
                ? "\(outputs) output units (one softmax unit per class) for the \(dataset.classes)-class dataset '\(name)'"
                : "1 output unit (sigmoid) for the two-class dataset '\(name)'"
            diagnostics.append(.error(at: context.locate("layers[\(last)]"),
                "'layers[\(last)]' is \(layers[last]) but the network needs \(why)"))
        }
        return diagnostics
    }

    /// Data with more than two classes trains on the autodiff engine, which
    /// has gradient descent and Adam but no momentum, RMSProp, L2 or dropout;
    /// `xavier_uniform` exists only there.
    static func checkTrainer(_ parameters: JSONValue, classes: Int, context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let name = parameters["dataset"].flatMap(DatasetSource.init)?.displayName ?? "data"
        if TrainEngine.usesAutodiff(parameters, classes: classes) {
            let why = TrainEngine.reason(parameters, classes: classes, name: name)
            if let optimizer = parameters["optimizer"]?.stringValue, !TrainingSettings.autodiffOptimizers.contains(optimizer) {
                diagnostics.append(.error(at: context.locate("optimizer"),
                    "'optimizer: \(optimizer)' is not available: \(why), which has \(TrainingSettings.autodiffOptimizers.joined(separator: " and "))"))
            }
            if let lambda = parameters["lambda"]?.doubleValue, lambda != 0 {
                diagnostics.append(.error(at: context.locate("lambda"), "'lambda' (L2) is not available: \(why), which has no regularization"))
            }
            if let keep = parameters["keep_prob"]?.doubleValue, keep != 1 {
                diagnostics.append(.error(at: context.locate("keep_prob"), "'keep_prob' (dropout) is not available: \(why), which has no dropout"))
            }
        } else if parameters["initialization"]?.stringValue == "xavier_uniform" {
            diagnostics.append(.error(at: context.locate("initialization"),
                "'initialization: xavier_uniform' is only available on the autodiff engine (data with more than two classes, or 'engine: autodiff'); use xavier for '\(name)'"))
        }
        return diagnostics
    }

    /// `3.2e+12` style, for work estimates.
    static func scientific(_ value: Double) -> String { String(format: "%.1e", value) }

    public func run(_ experiment: Experiment, context: RunContext, progress: ProgressSink) throws -> RoutineOutput {
        try TrainRunner(experiment: experiment, context: context, progress: progress).run()
    }
}
