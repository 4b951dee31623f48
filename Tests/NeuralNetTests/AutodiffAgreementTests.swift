import Testing
@testable import NeuralNet

/// Autodiff against the hand-written backward pass and trainer: the same
/// network on the same data must give the same gradients (to 1e-10) and the
/// same training run.
@Suite struct AutodiffAgreementTests {
    private func maxDifference(_ a: Matrix, _ b: Matrix) -> Double {
        precondition(a.rows == b.rows && a.columns == b.columns)
        return zip(a.elements, b.elements).map { abs($0 - $1) }.max() ?? 0
    }

    /// One forward/backward on football with the course's [2, 20, 3, 1] net,
    /// and on circles with [2, 10, 5, 1], both with random (non-zero) biases.
    @Test(arguments: [("football", [2, 20, 3, 1]), ("circles", [2, 10, 5, 1])])
    func binaryGradientsAgree(dataset name: String, layers: [Int]) {
        let data = name == "football" ? Dataset.football() : Dataset.circles()
        var parameters = initializeParameters(layers: layers, scheme: .xavier, seed: 3)
        var random = NumpyRandom(seed: 5)
        parameters.biases = parameters.biases.map { $0.map { _ in 0.1 * random.nextGaussian() } }
        let X = data.trainX, Y = data.trainY

        let cache = forwardPass(X, parameters, output: .sigmoid)
        for ordering in BackwardOrdering.allCases {
            let handWritten = backwardPass(cache, Y, parameters, ordering: ordering, output: .sigmoid)
            let network = AutodiffNetwork(parameters)
            network.loss(X, Y).backward()
            for l in 0..<layers.count - 1 {
                let dW = maxDifference(network.weights[l].gradient!, handWritten.weights[l])
                let db = maxDifference(network.biases[l].gradient!, handWritten.biases[l])
                #expect(dW < 1e-10 && db < 1e-10, "layer \(l + 1), \(ordering): dW \(dW), db \(db)")
            }
        }
        // The losses agree too: the stable with-logits form and the log-loss of A[L].
        let a = cache.output
        let logLoss = zip(a.elements, Y.elements).map { -$1 * libmLog($0) - (1 - $1) * libmLog(1 - $0) }
            .reduce(0, +) / Double(Y.columns)
        #expect(abs(AutodiffNetwork(parameters).loss(X, Y).scalar - logLoss) < 1e-12)
    }

    /// The multi-class case: softmax output on digits, labels as class indices
    /// for the hand-written pass and one-hot for the engine.
    @Test func softmaxGradientsAgree() throws {
        let data = try Dataset.digits()
        let X = data.trainX.columns(0..<200), Y = data.trainY.columns(0..<200)
        let parameters = xavierUniformParameters(layers: [64, 25, 12, 10], seed: 1)
        let cache = forwardPass(X, parameters, output: .softmax)
        let handWritten = backwardPass(cache, Y, parameters, ordering: .scaleResidual, output: .softmax)
        let network = AutodiffNetwork(parameters)
        network.loss(X, Tensor.oneHot(Y, classes: 10)).backward()
        for l in 0..<3 {
            let dW = maxDifference(network.weights[l].gradient!, handWritten.weights[l])
            let db = maxDifference(network.biases[l].gradient!, handWritten.biases[l])
            #expect(dW < 1e-10 && db < 1e-10, "layer \(l + 1): dW \(dW), db \(db)")
        }
    }

    /// The same Adam mini-batch run (the course's optimization settings on
    /// moons, shortened) through `train` and through `trainWithAutodiff`.
    @Test func adamRunsAgreeWithTheHandWrittenTrainer() {
        let data = Dataset.moons()
        var reference = TrainingConfiguration(layers: [2, 5, 2, 1])
        reference.initialization = .he
        reference.seed = 3
        reference.learningRate = 0.0007
        reference.epochs = 300
        reference.miniBatchSize = .size(64)
        reference.optimizer = .adam
        reference.shuffleSeed = 10
        reference.recordEvery = 50
        let handWritten = train(data, reference)

        var config = AutodiffConfiguration(layers: [2, 5, 2, 1])
        config.initialization = .scheme(.he)
        config.seed = 3
        config.learningRate = 0.0007
        config.epochs = 300
        config.miniBatchSize = .size(64)
        config.optimizer = .adam
        config.shuffleSeed = 10
        config.recordEvery = 50
        let autodiff = trainWithAutodiff(dataset: data, configuration: config)

        #expect(handWritten.costs.map(\.epoch) == autodiff.costs.map(\.epoch))
        for (h, a) in zip(handWritten.costs, autodiff.costs) {
            #expect(abs(h.cost - a.cost) < 1e-10, "epoch \(h.epoch): \(h.cost) vs \(a.cost)")
        }
        #expect(handWritten.trainAccuracy == autodiff.trainAccuracy)
        for l in 0..<3 {
            #expect(maxDifference(handWritten.parameters.weights[l], autodiff.parameters.weights[l]) < 1e-10)
        }
    }

    /// Full-batch gradient descent (the initialization lesson's He run, shortened).
    @Test func gradientDescentRunsAgree() {
        let data = Dataset.circles()
        var reference = TrainingConfiguration(layers: [2, 10, 5, 1])
        reference.epochs = 500
        reference.recordEvery = 100
        let handWritten = train(data, reference)
        var config = AutodiffConfiguration(layers: [2, 10, 5, 1])
        config.initialization = .scheme(.he)
        config.seed = 3
        config.optimizer = .gd
        config.learningRate = 0.01
        config.miniBatchSize = .full
        config.epochs = 500
        config.recordEvery = 100
        let autodiff = trainWithAutodiff(dataset: data, configuration: config)
        for (h, a) in zip(handWritten.costs, autodiff.costs) {
            #expect(abs(h.cost - a.cost) < 1e-10, "epoch \(h.epoch): \(h.cost) vs \(a.cost)")
        }
        #expect(handWritten.trainAccuracy == autodiff.trainAccuracy)
        #expect(handWritten.testAccuracy == autodiff.testAccuracy)
    }
}
