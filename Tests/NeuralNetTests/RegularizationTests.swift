import Testing
@testable import NeuralNet

/// course-facts §4: the regularization assignment's graded outputs.
@Suite struct RegularizationTests {
    /// `seed(1)`, `X = randn(3,5)`, then W1(2,3), b1, W2(3,2), b2, W3(1,3),
    /// b3 from the same stream, and Y = [1,1,0,1,0].
    static func testCase() -> (X: Matrix, Y: Matrix, parameters: NetworkParameters) {
        var random = NumpyRandom(seed: 1)
        let X = random.randn(3, 5)
        var weights: [Matrix] = [], biases: [Matrix] = []
        for (rows, columns) in [(2, 3), (3, 2), (1, 3)] {
            weights.append(random.randn(rows, columns))
            biases.append(random.randn(rows, 1))
        }
        return (X, Matrix([[1, 1, 0, 1, 0]]), NetworkParameters(weights: weights, biases: biases))
    }

    /// The test cases' caches are literals printed with 8 decimals: round
    /// like them to reproduce the expected outputs to 1e-8.
    static func rounded(_ m: Matrix) -> Matrix { m.map { ($0 * 1e8).rounded() / 1e8 } }

    static func rounded(_ p: NetworkParameters) -> NetworkParameters {
        NetworkParameters(weights: p.weights.map(rounded), biases: p.biases.map(rounded))
    }

    static func rounded(_ c: ForwardCache) -> ForwardCache {
        ForwardCache(input: c.input, activations: c.activations.map(rounded), dropoutMasks: c.dropoutMasks)
    }

    @Test func l2Backward() {
        let (X, Y, exact) = Self.testCase()
        let parameters = Self.rounded(exact)
        let cache = Self.rounded(forwardPass(X, parameters))
        // The literal's A3 is the cost test's a3.
        expectClose(cache.output, [[0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402]], "A3")
        let g = backwardPass(cache, Y, parameters, ordering: .scaleProducts, lambda: 0.7)
        expectClose(g.weights[0], [[-0.25604646, 0.12298827, -0.28297129], [-0.17706303, 0.34536094, -0.4410571]],
                    "dW1")
        expectClose(g.weights[1], [[0.79276486, 0.85133918], [-0.0957219, -0.01720463], [-0.13100772, -0.03750433]],
                    "dW2")
        expectClose(g.weights[2], [[-1.77691347, -0.11832879, -0.09397446]], "dW3")
    }

    @Test func dropoutForward() {
        let (X, _, parameters) = Self.testCase()
        let cache = forwardPass(X, parameters, dropout: DropoutSettings(keepProb: 0.7, masks: .fixed, seed: 1))
        expectClose(cache.output, [[0.36974721, 0.00305176, 0.04565099, 0.49683389, 0.36974721]], "A3")
    }

    /// Quirk 3: the cache is a dropout forward pass with keep_prob 0.5, the
    /// backward pass is called with 0.8.
    @Test func dropoutBackward() {
        let (X, Y, exact) = Self.testCase()
        let parameters = Self.rounded(exact)
        let cache = Self.rounded(forwardPass(X, parameters, dropout: DropoutSettings(keepProb: 0.5, masks: .fixed)))
        #expect(cache.dropoutMasks[0] == Matrix([[1, 0, 1, 1, 1], [1, 1, 1, 1, 0]]))
        #expect(cache.dropoutMasks[1] == Matrix([[1, 0, 1, 0, 1], [0, 1, 0, 1, 1], [0, 0, 1, 0, 0]]))
        let g = backwardPass(cache, Y, parameters, ordering: .scaleProducts, keepProb: 0.8)
        expectClose(g.activations[0], [[0.36544439, 0, -0.00188233, 0, -0.17408748],
                                       [0.65515713, 0, -0.00337459, 0, -0]], "dA1")
        expectClose(g.activations[1], [[0.58180856, 0, -0.00299679, 0, -0.27715731],
                                       [0, 0.53159854, -0, 0.53159854, -0.34089673],
                                       [0, 0, -0.00292733, 0, -0]], "dA2")
    }

    /// Fixed masks reseed at every pass: on 211 examples with keep_prob 0.86
    /// the course keeps 3627 of 4220 units in layer 1 and 544 of 633 in layer 2.
    @Test func fixedMaskCountsOnTheCourseData() {
        var generator = DropoutMaskGenerator(DropoutSettings(keepProb: 0.86, masks: .fixed, seed: 1))
        let first = Self.masks(&generator, widths: [20, 3], columns: 211)
        #expect(first.map { $0.reduce(0, +) } == [3627, 544])
        #expect(Self.masks(&generator, widths: [20, 3], columns: 211) == first)
    }

    @Test func freshMasksChangeEveryPass() {
        var generator = DropoutMaskGenerator(DropoutSettings(keepProb: 0.86, masks: .fresh, seed: 1))
        let first = Self.masks(&generator, widths: [20, 3], columns: 211)
        let second = Self.masks(&generator, widths: [20, 3], columns: 211)
        // The first pass of a fresh stream is the fixed masks; later ones differ.
        #expect(first.map { $0.reduce(0, +) } == [3627, 544])
        #expect(first != second)
        let kept = second[0].reduce(0, +) / 4220
        #expect(abs(kept - 0.86) < 0.03)
    }

    static func masks(_ generator: inout DropoutMaskGenerator, widths: [Int], columns: Int) -> [[Double]] {
        let buffers = widths.map { UnsafeMutablePointer<Double>.allocate(capacity: $0 * columns) }
        defer { buffers.forEach { $0.deallocate() } }
        generator.fill(buffers, widths: widths, columns: columns)
        return zip(buffers, widths).map { Array(UnsafeBufferPointer(start: $0, count: $1 * columns)) }
    }

    /// Prediction uses the plain forward pass, never dropout.
    @Test func predictionNeverDrops() {
        let (X, _, parameters) = Self.testCase()
        let plain = forwardPass(X, parameters).output
        let predicted = predictClasses(X, parameters)
        #expect(predicted == classes(of: plain))
        #expect(forwardPass(X, parameters, dropout: DropoutSettings(keepProb: 0.7)).output != plain)
    }
}
