import Testing
@testable import NeuralNet

/// The softmax output used for data sets with more than two classes.
@Suite struct SoftmaxTests {
    static func threeBlobs(_ m: Int = 60) -> Dataset {
        var random = NumpyRandom(seed: 4)
        let labels = (0..<m).map { Double($0 % 3) }
        let centers: [(Double, Double)] = [(-2, 0), (2, 0), (0, 2.5)]
        let X = Matrix(rows: 2, columns: m) { r, c in
            let center = centers[Int(labels[c])]
            return (r == 0 ? center.0 : center.1) + 0.5 * random.nextGaussian()
        }
        return Dataset(name: "blobs3", trainX: X, trainY: Matrix(rows: 1, columns: m, elements: labels), classes: 3)
    }

    @Test func columnsAreDistributions() {
        var random = NumpyRandom(seed: 2)
        let p = NetworkParameters(weights: [random.randn(4, 2), random.randn(3, 4)],
                                  biases: [random.randn(4, 1), random.randn(3, 1)])
        let A = forwardPass(random.randn(2, 9) * 30, p, output: .softmax).output
        for j in 0..<9 {
            let column = A.column(j)
            #expect(column.allSatisfy { $0 >= 0 && $0 <= 1 })
            #expect(abs(column.reduce(0, +) - 1) < 1e-12)
        }
    }

    @Test func backpropMatchesFiniteDifferences() {
        let data = Self.threeBlobs(12)
        var random = NumpyRandom(seed: 6)
        let p = NetworkParameters(weights: [random.randn(5, 2) * 0.5, random.randn(3, 5) * 0.5],
                                  biases: [random.randn(5, 1) * 0.1, random.randn(3, 1) * 0.1])
        let cost = { (q: NetworkParameters) in
            crossEntropyCost(forwardPass(data.trainX, q, output: .softmax).output, data.trainY, reduction: .mean,
                             output: .softmax)
        }
        let analytic = backwardPass(forwardPass(data.trainX, p, output: .softmax), data.trainY, p,
                                    ordering: .scaleProducts, output: .softmax).flattened
        let numeric = ForwardBackwardTests.numericGradient(p, cost)
        #expect(relativeDifference(analytic, numeric) < 1e-8)
    }

    @Test func trainsAThreeClassProblem() {
        var config = TrainingConfiguration(layers: [2, 8, 3])
        config.learningRate = 0.1
        config.epochs = 500
        config.recordEvery = 100
        let outcome = train(Self.threeBlobs(), config)
        #expect(outcome.output == .softmax)
        #expect(outcome.trainAccuracy > 0.95)
        #expect(outcome.costs.first!.cost > outcome.finalCost)
        #expect(Set(outcome.predict(Self.threeBlobs().trainX).elements) == [0, 1, 2])
    }
}
