import NeuralNet

/// `train` on data with more than two classes: the autodiff engine with a
/// softmax output, plus a confusion matrix and the misclassified examples.
struct AutodiffTrainRunner {
    let dataset: Dataset
    let parameters: ParameterReader
    let progress: ProgressSink

    /// Misclassified images shown at most.
    static let shownMistakes = 24

    func run() throws -> RoutineOutput {
        let config = try TrainingSettings.autodiff(parameters)
        let sink = progress, total = config.epochs
        let outcome = trainWithAutodiff(dataset: dataset, configuration: config) { epoch, cost in
            sink.report(epoch, total, cost)
        }
        var metrics = [Metric("final_cost", outcome.finalCost), Metric("train_accuracy", outcome.trainAccuracy)]
        if let test = outcome.testAccuracy { metrics.append(Metric("test_accuracy", test)) }
        metrics.append(Metric("epochs_run", Double(outcome.epochsRun)))
        let series = Series("cost", outcome.costs.map { Series.Point(Double($0.epoch), $0.cost) })

        let onTest = dataset.testX != nil && outcome.testPredictions != nil
        let split = onTest ? "test" : "training"
        let classes = outcome.confusionMatrix.count
        let table = Table(
            title: "Confusion matrix on the \(split) set (rows: actual class, columns: predicted)",
            header: ["actual \\ predicted"] + (0..<classes).map(String.init),
            rows: outcome.confusionMatrix.enumerated().map { actual, row in [String(actual)] + row.map(String.init) })
        var artifacts: [Artifact] = TrainEngine.boundary(dataset: dataset, parameters: outcome.parameters, name: dataset.name)
        artifacts.append(.table(table))

        let X = onTest ? dataset.testX! : dataset.trainX
        let Y = onTest ? dataset.testY! : dataset.trainY
        let predicted = (onTest ? outcome.testPredictions : nil) ?? outcome.trainPredictions
        let side = Int(Double(dataset.features).squareRoot().rounded())
        if side * side == dataset.features {
            var images: [[Double]] = [], captions: [String] = []
            for i in 0..<min(X.columns, predicted.count) where Int(Y[0, i]) != predicted[i] {
                guard images.count < Self.shownMistakes else { break }
                images.append(X.column(i).map { min(max($0, 0), 1) })
                captions.append("\(Int(Y[0, i])) read as \(predicted[i])")
            }
            if !images.isEmpty {
                artifacts.append(.images(ImageGrid(
                    title: "Misclassified \(split) examples (true class read as predicted class)",
                    width: side, height: side, images: images, captions: captions)))
            }
        }
        return RoutineOutput(metrics: metrics, series: [series], artifacts: artifacts,
                             notes: TrainRunner.notes(costs: outcome.costs, diverged: outcome.divergedAtEpoch))
    }
}
