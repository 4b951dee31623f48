import Testing
@testable import NeuralNet

/// The training loop's bookkeeping, on small synthetic data (fast in debug).
@Suite struct TrainerTests {
    static func blobs(_ m: Int = 40, seed: UInt32 = 0) -> Dataset {
        var random = NumpyRandom(seed: seed)
        let labels = (0..<m).map { Double($0 % 2) }
        let X = Matrix(rows: 2, columns: m) { r, c in random.nextGaussian() * 0.6 + (labels[c] == 1 ? 1 : -1) * (r == 0 ? 1 : 0.5) }
        let Y = Matrix(rows: 1, columns: m, elements: labels)
        return Dataset(name: "blobs", trainX: X, trainY: Y, testX: X, testY: Y)
    }

    @Test func recordsEveryNthEpochAndTheFinalCost() {
        var config = TrainingConfiguration(layers: [2, 4, 1])
        config.epochs = 250
        config.recordEvery = 100
        config.learningRate = 0.1
        var seen: [Int] = []
        let outcome = train(Self.blobs(), config) { epoch, _ in seen.append(epoch) }
        #expect(outcome.costs.map(\.epoch) == [0, 100, 200])
        #expect(seen == [0, 100, 200, 249])
        #expect(outcome.epochsRun == 250)
        #expect(outcome.finalCost < outcome.costs[0].cost)
        #expect(outcome.trainAccuracy > 0.9)
        #expect(outcome.testAccuracy == outcome.trainAccuracy)
        #expect(outcome.predict(Self.blobs().trainX).columns == 40)
        #expect(outcome.backwardOrdering == .scaleResidual)
    }

    /// The first recorded cost is the initial network's cost.
    @Test func firstCostIsBeforeTheFirstUpdate() {
        var config = TrainingConfiguration(layers: [2, 3, 1])
        config.epochs = 1
        let data = Self.blobs()
        let outcome = train(data, config)
        let initial = initializeParameters(layers: [2, 3, 1], scheme: .he, seed: 3)
        let expected = crossEntropyCost(forwardPass(data.trainX, initial).output, data.trainY, reduction: .nanMean)
        #expect(outcome.costs[0].cost == expected)
        #expect(outcome.finalCost == expected)
    }

    /// Mini-batches: epoch e shuffles with shuffleSeed + e + 1, each batch
    /// is one update, and the epoch cost is Σ(batch Σℓ) / m.
    @Test func miniBatchEpochMatchesAHandWrittenLoop() {
        let data = Self.blobs(50)
        var config = TrainingConfiguration(layers: [2, 3, 1])
        config.miniBatchSize = .size(16)
        config.optimizer = .adam
        config.learningRate = 0.01
        config.epochs = 2
        config.recordEvery = 1
        let outcome = train(data, config)

        var p = initializeParameters(layers: [2, 3, 1], scheme: .he, seed: 3)
        var adam = Adam(learningRate: 0.01, parameters: p)
        var costs: [Double] = []
        for epoch in 0..<2 {
            var total = 0.0
            for batch in randomMiniBatches(data.trainX, data.trainY, size: 16, seed: UInt32(10 + epoch + 1)) {
                let cache = forwardPass(batch.X, p)
                total += crossEntropyCost(cache.output, batch.Y, reduction: .sum)
                adam.update(&p, with: backwardPass(cache, batch.Y, p, ordering: .scaleResidual))
            }
            costs.append(total / 50)
        }
        #expect(adam.t == 8)
        #expect(outcome.costs.map(\.cost) == costs)
        #expect(outcome.parameters == p)
    }

    @Test func divergenceStopsAndIsReported() {
        var config = TrainingConfiguration(layers: [2, 5, 1])
        config.learningRate = 1e200
        config.epochs = 100
        config.recordEvery = 10
        let outcome = train(Self.blobs(), config)
        let epoch = try! #require(outcome.divergedAtEpoch)
        #expect(epoch < 100)
        #expect(outcome.epochsRun == epoch)
        #expect(outcome.costs.last?.epoch == epoch)
        #expect(outcome.costs.last?.cost.isNaN == true)
        #expect(outcome.finalCost.isNaN)
        #expect(!outcome.parameters.isFinite)
    }

    /// An infinite cost with finite parameters (saturated outputs) is not divergence.
    @Test func infiniteCostAloneIsNotDivergence() {
        var config = TrainingConfiguration(layers: [2, 10, 5, 1])
        config.initialization = .random
        config.initScale = 1000
        config.epochs = 20
        config.recordEvery = 1
        config.learningRate = 0.01
        let outcome = train(Self.blobs(), config)
        #expect(outcome.costs.contains { !$0.cost.isFinite })
        #expect(outcome.divergedAtEpoch == nil)
        #expect(outcome.epochsRun == 20)
    }

    @Test func courseOrderings() {
        var config = TrainingConfiguration(layers: [2, 20, 3, 1])
        #expect(BackwardOrdering.course(for: config) == .scaleResidual)
        config.initialization = .xavier
        #expect(BackwardOrdering.course(for: config) == .scaleProducts)
        config.initialization = .he
        config.keepProb = 0.86
        #expect(BackwardOrdering.course(for: config) == .scaleProducts)
        config.backwardOrdering = .scaleResidual
        config.epochs = 1
        config.layers = [2, 3, 1]
        #expect(train(Self.blobs(), config).backwardOrdering == .scaleResidual)
    }
}
