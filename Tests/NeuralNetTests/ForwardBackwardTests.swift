import Testing
@testable import NeuralNet

/// Backprop against finite differences on random networks, and the two
/// orderings against each other.
@Suite struct ForwardBackwardTests {
    static func randomCase(layers: [Int], examples: Int, seed: UInt32) -> (Matrix, Matrix, NetworkParameters) {
        var random = NumpyRandom(seed: seed)
        let X = random.randn(layers[0], examples)
        let Y = random.rand(1, examples).map { $0 < 0.5 ? 1 : 0 }
        var w: [Matrix] = [], b: [Matrix] = []
        for l in 1..<layers.count {
            w.append(random.randn(layers[l], layers[l - 1]) * 0.7)
            b.append(random.randn(layers[l], 1) * 0.1)
        }
        return (X, Y, NetworkParameters(weights: w, biases: b))
    }

    /// The two-sided difference of `cost` per parameter.
    static func numericGradient(_ p: NetworkParameters, _ cost: (NetworkParameters) -> Double) -> [Double] {
        let theta = p.flattened, h = 1e-6
        return theta.indices.map { i in
            var plus = theta, minus = theta
            plus[i] += h
            minus[i] -= h
            return (cost(p.replacing(with: plus)) - cost(p.replacing(with: minus))) / (2 * h)
        }
    }

    @Test(arguments: [BackwardOrdering.scaleResidual, .scaleProducts])
    func backpropMatchesFiniteDifferences(ordering: BackwardOrdering) {
        let (X, Y, p) = Self.randomCase(layers: [3, 6, 4, 1], examples: 17, seed: 5)
        let analytic = backwardPass(forwardPass(X, p), Y, p, ordering: ordering).flattened
        let numeric = Self.numericGradient(p) { crossEntropyCost(forwardPass(X, $0).output, Y, reduction: .mean) }
        #expect(relativeDifference(analytic, numeric) < 1e-8)
    }

    @Test func orderingsAgreeToRounding() {
        let (X, Y, p) = Self.randomCase(layers: [2, 10, 5, 1], examples: 300, seed: 9)
        let cache = forwardPass(X, p)
        let a = backwardPass(cache, Y, p, ordering: .scaleResidual).flattened
        let b = backwardPass(cache, Y, p, ordering: .scaleProducts).flattened
        for (x, y) in zip(a, b) { #expect(abs(x - y) <= 1e-14 * max(1, abs(y))) }
    }

    @Test func l2GradientMatchesTheRegularizedCost() {
        let (X, Y, p) = Self.randomCase(layers: [3, 5, 2, 1], examples: 11, seed: 2)
        let analytic = backwardPass(forwardPass(X, p), Y, p, ordering: .scaleProducts, lambda: 0.7).flattened
        let numeric = Self.numericGradient(p) { regularizedCost(forwardPass(X, $0).output, Y, $0, lambda: 0.7) }
        #expect(relativeDifference(analytic, numeric) < 1e-8)
    }

    /// With fixed masks the dropped network is a fixed function of the
    /// parameters, so its gradient can be checked too.
    @Test func dropoutGradientMatchesTheDroppedCost() {
        let (X, Y, p) = Self.randomCase(layers: [3, 8, 4, 1], examples: 13, seed: 4)
        let dropout = DropoutSettings(keepProb: 0.7, masks: .fixed, seed: 3)
        let cache = forwardPass(X, p, dropout: dropout)
        let analytic = backwardPass(cache, Y, p, ordering: .scaleResidual, keepProb: 0.7).flattened
        let numeric = Self.numericGradient(p) {
            crossEntropyCost(forwardPass(X, $0, dropout: dropout).output, Y, reduction: .mean)
        }
        #expect(relativeDifference(analytic, numeric) < 1e-8)
    }

    /// Large shapes take the BLAS path; it must agree with the loops.
    @Test func blasPathAgreesWithLoops() {
        let (X, Y, p) = Self.randomCase(layers: [300, 40, 1], examples: 64, seed: 8)
        #expect(300 * 40 * 64 >= DenseKernels.blasThreshold)
        let cache = forwardPass(X, p)
        let z1 = p.weights[0].multiplied(by: X) + p.biases[0]
        let a1 = z1.map { max(0, $0) }
        for (x, y) in zip(cache.activations[0].elements, a1.elements) { #expect(abs(x - y) <= 1e-12 * max(1, abs(y))) }
        let g = backwardPass(cache, Y, p, ordering: .scaleProducts)
        let dz2 = cache.output - Y
        let da1 = p.weights[1].multiplied(by: dz2, transposingLeft: true)
        let dz1 = da1 .* cache.activations[0].map { $0 > 0 ? 1 : 0 }
        let dW1 = dz1.multiplied(by: X, transposingRight: true) * (1.0 / 64)
        for (x, y) in zip(g.weights[0].elements, dW1.elements) { #expect(abs(x - y) <= 1e-12 * max(1, abs(y))) }
    }

    @Test func forwardShapesAndPredictions() {
        let (X, _, p) = Self.randomCase(layers: [2, 4, 3, 1], examples: 7, seed: 1)
        let cache = forwardPass(X, p)
        #expect(cache.activations.map(\.rows) == [4, 3, 1])
        #expect(cache.activations.allSatisfy { $0.columns == 7 })
        #expect(cache.activations[0].elements.allSatisfy { $0 >= 0 })
        #expect(cache.output.elements.allSatisfy { $0 > 0 && $0 < 1 })
        let predicted = predictClasses(X, p)
        #expect(predicted.elements == cache.output.elements.map { $0 > 0.5 ? 1 : 0 })
        #expect(accuracy(Matrix([[1, 0, 1, 1]]), Matrix([[1, 1, 1, 0]])) == 0.5)
    }

    /// `networkOutputs` runs wide inputs in blocks of `predictionBlock`
    /// columns; the outputs must be those of one whole pass, bit for bit,
    /// whatever block and vector lane a column lands in.
    @Test(arguments: [1, 255, 256, 257, 300, 1001])
    func blockwiseOutputsEqualOneWholePass(examples: Int) {
        for (layers, output) in [([2, 10, 5, 1], OutputActivation.sigmoid), ([3, 7, 4], .softmax)] {
            let (X, _, p) = Self.randomCase(layers: layers, examples: examples, seed: UInt32(examples))
            #expect(layers[1] * layers[0] * examples < DenseKernels.blasThreshold)
            let whole = forwardPass(X, p, output: output).output
            let blockwise = networkOutputs(X, p, output: output)
            #expect(blockwise.rows == whole.rows && blockwise.columns == examples)
            #expect(blockwise.elements.map(\.bitPattern) == whole.elements.map(\.bitPattern))
            #expect(predictClasses(X, p, output: output) == classes(of: whole, output: output))
        }
    }
}
