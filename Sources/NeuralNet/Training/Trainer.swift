/// Trains an L-layer network on `dataset` as the course's `model(...)`
/// functions do, and evaluates it.
///
/// Each epoch `e` (0-based):
/// - full batch (`miniBatchSize == .full`, the initialization and
///   regularization assignments): forward, cost `(1/m)·nansum(ℓ)` (+ the L2
///   term), backward, update;
/// - mini-batches (the optimization assignment, v1b): shuffle with seed
///   `shuffleSeed + e + 1`, then for each batch forward, add `Σℓ` of the batch,
///   backward with `m` = the batch width, update (Adam's `t` counts these
///   updates); the epoch cost is the batches' total divided by `m`.
///
/// Hidden layers are ReLU; the output is a sigmoid unit (two classes) or a
/// softmax over `dataset.classes` units. The cost is only computed in the
/// epochs that record it (`e % recordEvery == 0`) and in the last one.
/// `progress` is called with `(epoch, cost)` in those epochs.
///
/// Divergence: once an update leaves a non-finite parameter, the next
/// epoch's cost is non-finite too; training stops there, records that epoch
/// with cost NaN and reports it in `divergedAtEpoch`. A non-finite cost alone
/// (saturated outputs, as the course's ×10 "random" run at epoch 0) is
/// recorded and training goes on.
public func train(
    _ dataset: Dataset, _ configuration: TrainingConfiguration,
    progress: ((_ epoch: Int, _ cost: Double) -> Void)? = nil
) -> TrainingOutcome {
    let config = configuration
    let layers = config.layers
    precondition(layers.count >= 2 && layers[0] == dataset.features,
                 "layers[0] = \(layers.first ?? 0) but the data set has \(dataset.features) features")
    let output: OutputActivation = dataset.classes > 2 ? .softmax : .sigmoid
    precondition(layers[layers.count - 1] == (output == .softmax ? dataset.classes : 1),
                 "the output layer must have \(output == .softmax ? dataset.classes : 1) units")
    precondition(config.epochs >= 0 && config.recordEvery >= 1, "epochs ≥ 0 and record_every ≥ 1")
    let X = dataset.trainX, Y = dataset.trainY, m = X.columns
    precondition(m > 0, "no training examples")

    var parameters = initializeParameters(layers: layers, scheme: config.initialization, seed: config.seed,
                                          initScale: config.initScale)
    let ordering = config.backwardOrdering ?? .course(for: config)
    let batchSize: Int? = switch config.miniBatchSize {
    case .full: nil
    case .size(let size): max(1, min(size, m))
    }
    let workspace = NetworkWorkspace(layers: layers, capacity: batchSize ?? m, output: output)
    var gradients = Gradients(zerosLike: parameters)
    var optimizer = makeOptimizer(config, for: parameters)
    var dropout = config.keepProb < 1
        ? DropoutMaskGenerator(DropoutSettings(keepProb: config.keepProb, masks: config.dropoutMasks,
                                               seed: config.dropoutSeed))
        : nil
    var shuffler = NumpyRandom()
    /// `np.random.permutation(m)` of the epoch, refilled in place (no allocation per epoch).
    var permutation = [Int](repeating: 0, count: batchSize == nil ? 0 : m)
    if batchSize == nil { workspace.load(X, Y) }

    var costs: [CostSample] = []
    var finalCost = Double.nan
    var diverged: Int? = nil
    var epochsRun = 0
    for epoch in 0..<config.epochs {
        if !parameters.isFinite {
            diverged = epoch
            costs.append(CostSample(epoch: epoch, cost: .nan))
            finalCost = .nan
            progress?(epoch, .nan)
            break
        }
        let wantsCost = epoch % config.recordEvery == 0 || epoch == config.epochs - 1
        var cost = Double.nan
        if let size = batchSize {
            // region: mini-batch-epoch
            shuffler.seed(UInt32(truncatingIfNeeded: config.shuffleSeed + epoch + 1))
            for i in 0..<m { permutation[i] = i }
            shuffler.shuffle(&permutation)
            var total = 0.0
            var start = 0
            while start < m {
                let end = min(start + size, m)
                workspace.load(X, Y, columns: permutation[start..<end])
                workspace.forward(parameters, dropout: &dropout)
                if wantsCost {
                    // Σℓ of the batch; the L2 term is weighted by the batch's
                    // share of the epoch so a single batch gives the full-batch cost.
                    total += workspace.cost(.sum)
                    if config.lambda != 0 {
                        total += l2Penalty(parameters, lambda: config.lambda, examples: m) * Double(end - start)
                    }
                }
                workspace.backward(parameters, into: &gradients, ordering: ordering, lambda: config.lambda,
                                   keepProb: config.keepProb)
                optimizer.update(&parameters, with: gradients)
                start = end
            }
            cost = total / Double(m)
            // endregion
        } else {
            workspace.forward(parameters, dropout: &dropout)
            if wantsCost {
                cost = workspace.cost(.nanMean)
                if config.lambda != 0 { cost += l2Penalty(parameters, lambda: config.lambda, examples: m) }
            }
            workspace.backward(parameters, into: &gradients, ordering: ordering, lambda: config.lambda,
                               keepProb: config.keepProb)
            optimizer.update(&parameters, with: gradients)
        }
        epochsRun = epoch + 1
        if wantsCost {
            finalCost = cost
            if epoch % config.recordEvery == 0 { costs.append(CostSample(epoch: epoch, cost: cost)) }
            progress?(epoch, cost)
        }
    }

    let trainAccuracy = accuracy(predictClasses(X, parameters, output: output), Y)
    var testAccuracy: Double? = nil
    if let testX = dataset.testX, let testY = dataset.testY, testX.columns > 0 {
        testAccuracy = accuracy(predictClasses(testX, parameters, output: output), testY)
    }
    return TrainingOutcome(
        configuration: config, costs: costs, finalCost: finalCost, trainAccuracy: trainAccuracy,
        testAccuracy: testAccuracy, parameters: parameters, output: output, divergedAtEpoch: diverged,
        epochsRun: epochsRun, backwardOrdering: ordering)
}
