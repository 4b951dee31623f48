/// Trains an ``AutodiffNetwork`` with mini-batches: the course's TensorFlow
/// recipe (LINEAR→RELU→LINEAR→RELU→LINEAR→SOFTMAX, Xavier init, Adam,
/// batches of 32) with this library's engine in place of TensorFlow.
///
/// Each epoch `e` (0-based) shuffles the examples with numpy's
/// `seed(shuffleSeed + e + 1); permutation(m)` (as week 2's
/// `random_mini_batches`), cuts them into batches of `miniBatchSize` plus a
/// smaller last one, and for each batch builds the graph, calls
/// `backward()` and lets the optimizer step. `miniBatchSize: .full` uses all
/// examples in order every epoch (batch gradient descent, no shuffle).
///
/// The epoch's cost is `Σ_batches (batch mean · batch size) / m`, the mean
/// loss per example (the course printed `Σ batch means / ⌊m/32⌋`, which
/// overweights the short last batch). `progress` gets `(epoch, cost)` in the
/// recorded epochs and the last one.
public func trainWithAutodiff(
    dataset: Dataset, configuration: AutodiffConfiguration,
    progress: ((_ epoch: Int, _ cost: Double) -> Void)? = nil
) -> AutodiffOutcome {
    let config = configuration
    let layers = config.layers
    let outputs = layers.last ?? 0
    precondition(layers.count >= 2 && layers[0] == dataset.features,
                 "layers[0] = \(layers.first ?? 0) but the data set has \(dataset.features) features")
    precondition(outputs == dataset.classes || (outputs == 1 && dataset.classes == 2),
                 "the output layer must have \(dataset.classes) units (or 1 for binary data)")
    precondition(config.epochs >= 0 && config.recordEvery >= 1, "epochs ≥ 0 and record_every ≥ 1")
    let x = dataset.trainX, m = x.columns
    precondition(m > 0, "no training examples")

    let network = AutodiffNetwork(layers: layers, initialization: config.initialization, seed: config.seed,
                                  initScale: config.initScale)
    let parameters = network.parameters
    // Labels in the loss's form: one-hot columns for softmax, 0/1 for sigmoid.
    let targets = outputs == 1 ? dataset.trainY : Tensor.oneHot(dataset.trainY, classes: outputs)
    var adam = TensorAdam(parameters: parameters, learningRate: config.learningRate, beta1: config.beta1,
                          beta2: config.beta2, epsilon: config.epsilon)
    let descent = TensorGradientDescent(learningRate: config.learningRate)
    let batchSize: Int? = switch config.miniBatchSize {
    case .full: nil
    case .size(let size): max(1, min(size, m))
    }

    var shuffler = NumpyRandom()
    var costs = [CostSample]()
    var finalCost = Double.nan
    var diverged: Int?
    var epochsRun = 0
    for epoch in 0..<config.epochs {
        var total = 0.0
        // region: autodiff-step
        let step = { (xb: Matrix, yb: Matrix) in
            let loss = network.loss(xb, yb)
            total += loss.scalar * Double(xb.columns)
            loss.backward()
            switch config.optimizer {
            case .adam: adam.step(parameters)
            case .gd: descent.step(parameters)
            }
        }
        // endregion
        if let size = batchSize {
            shuffler.seed(UInt32(truncatingIfNeeded: config.shuffleSeed + epoch + 1))
            let order = shuffler.permutation(m)
            for start in stride(from: 0, to: m, by: size) {
                let batch = order[start..<min(start + size, m)]
                step(gatherColumns(x, batch), gatherColumns(targets, batch))
            }
        } else {
            step(x, targets)
        }
        let cost = total / Double(m)
        epochsRun = epoch + 1
        finalCost = cost
        let recorded = epoch % config.recordEvery == 0
        if recorded || !cost.isFinite { costs.append(CostSample(epoch: epoch, cost: cost)) }
        if recorded || epoch == config.epochs - 1 || !cost.isFinite { progress?(epoch, cost) }
        if !cost.isFinite {
            diverged = epoch
            break
        }
    }

    let trainPredictions = network.predict(x)
    let trainAccuracy = fraction(trainPredictions, equalTo: dataset.trainY)
    var testPredictions: [Int]?
    var testAccuracy: Double?
    if let testX = dataset.testX, let testY = dataset.testY, testX.columns > 0 {
        let predicted = network.predict(testX)
        testPredictions = predicted
        testAccuracy = fraction(predicted, equalTo: testY)
    }
    let (shownPredictions, shownLabels) = testPredictions.map { ($0, dataset.testY!) } ?? (trainPredictions, dataset.trainY)
    let confusion = Tensor.confusionMatrix(predicted: shownPredictions, actual: shownLabels.elements.map { Int($0) },
                                           classes: max(dataset.classes, 2))
    return AutodiffOutcome(
        configuration: config, costs: costs, finalCost: finalCost, trainAccuracy: trainAccuracy,
        testAccuracy: testAccuracy, trainPredictions: trainPredictions, testPredictions: testPredictions,
        confusionMatrix: confusion, parameters: network.values, epochsRun: epochsRun, divergedAtEpoch: diverged)
}

/// `X[:, indices]` with raw buffers (the batch copy runs once per step).
func gatherColumns(_ x: Matrix, _ indices: ArraySlice<Int>) -> Matrix {
    let width = indices.count, stride = x.columns
    var result = Matrix(rows: x.rows, columns: width)
    x.elements.withUnsafeBufferPointer { source in
        result.elements.withUnsafeMutableBufferPointer { target in
            indices.withUnsafeBufferPointer { columns in
                for r in 0..<x.rows {
                    let from = r &* stride, to = r &* width
                    for k in 0..<width { target[to &+ k] = source[from &+ columns[k]] }
                }
            }
        }
    }
    return result
}

private func fraction(_ predicted: [Int], equalTo labels: Matrix) -> Double {
    guard !predicted.isEmpty else { return .nan }
    return Double(zip(predicted, labels.elements).filter { Double($0) == $1 }.count) / Double(predicted.count)
}
