import Foundation
import NeuralNet

/// Runs one validated `train` experiment: binary data on the hand-written
/// network (the course's numbers), more classes on the autodiff engine.
struct TrainRunner {
    let experiment: Experiment
    let context: RunContext
    let progress: ProgressSink

    func run() throws -> RoutineOutput {
        let parameters = ParameterReader(experiment.parameters)
        guard let source = experiment.parameters["dataset"].flatMap(DatasetSource.init) else {
            throw RoutineError("internal: the dataset parameter is not valid")
        }
        let dataset = try source.load(lessonDirectory: context.lessonDirectory)
        if TrainEngine.usesAutodiff(experiment.parameters, classes: dataset.classes) {
            return try AutodiffTrainRunner(dataset: dataset, parameters: parameters, progress: progress).run()
        }
        let config = try TrainingSettings.network(parameters)
        let sink = progress, total = config.epochs
        let outcome = NeuralNet.train(dataset, config) { epoch, cost in sink.report(epoch, total, cost) }

        var metrics = [Metric("final_cost", outcome.finalCost), Metric("train_accuracy", outcome.trainAccuracy)]
        if let test = outcome.testAccuracy { metrics.append(Metric("test_accuracy", test)) }
        metrics.append(Metric("epochs_run", Double(outcome.epochsRun)))
        let series = Series("cost", outcome.costs.map { Series.Point(Double($0.epoch), $0.cost) })

        var artifacts: [Artifact] = []
        if dataset.features == 2 {
            artifacts.append(.decisionBoundary(DecisionBoundaryGrid.compute(
                title: "Decision boundary on the \(source.displayName) training set",
                dataset: dataset, predict: outcome.predict)))
        }
        return RoutineOutput(metrics: metrics, series: [series], artifacts: artifacts,
                             notes: Self.notes(costs: outcome.costs, diverged: outcome.divergedAtEpoch))
    }

    /// "diverged at epoch k" and non-finite recorded costs, in words.
    static func notes(costs: [CostSample], diverged: Int?) -> [String] {
        var notes: [String] = []
        if let epoch = diverged {
            notes.append("diverged at epoch \(epoch): the parameters stopped being finite, so training stopped there (try a smaller learning_rate)")
        }
        let infinite = costs.filter { !$0.cost.isFinite && $0.epoch != diverged }.map(\.epoch)
        if !infinite.isEmpty {
            let list = infinite.prefix(5).map(String.init).joined(separator: ", ") + (infinite.count > 5 ? ", …" : "")
            notes.append("the cost was not finite at epoch\(infinite.count == 1 ? "" : "s") \(list): some outputs saturated to exactly 0 or 1, so log 0 entered the cost (the chart marks these points)")
        }
        return notes
    }
}
