import Testing
@testable import NeuralNet

/// course-facts §6: the optimizers' graded outputs.
@Suite struct OptimizerTests {
    /// seed(1), then W1(2,3), b1(2,1), W2(3,3), b2(3,1), then dW1, db1, dW2, db2.
    static func testCase() -> (NetworkParameters, Gradients) {
        var random = NumpyRandom(seed: 1)
        let shapes = [(2, 3), (3, 3)]
        func draw() -> ([Matrix], [Matrix]) {
            var w: [Matrix] = [], b: [Matrix] = []
            for (rows, columns) in shapes {
                w.append(random.randn(rows, columns))
                b.append(random.randn(rows, 1))
            }
            return (w, b)
        }
        let (w, b) = draw()
        let (dw, db) = draw()
        return (NetworkParameters(weights: w, biases: b), Gradients(weights: dw, biases: db))
    }

    @Test func gradientDescent() {
        var (p, g) = Self.testCase()
        var optimizer = GradientDescent(learningRate: 0.01)
        optimizer.update(&p, with: g)
        expectClose(p.weights[0], [[1.63535156, -0.62320365, -0.53718766], [-1.07799357, 0.85639907, -2.29470142]], "W1")
        expectClose(p.biases[0], [[1.74604067], [-0.75184921]], "b1")
        expectClose(p.weights[1], [[0.32171798, -0.25467393, 1.46902454], [-2.05617317, -0.31554548, -0.3756023],
                                   [1.1404819, -1.09976462, -0.1612551]], "W2")
        expectClose(p.biases[1], [[-0.88020257], [0.02561572], [0.57539477]], "b2")
        _ = g
    }

    static let expectedVelocity: [[[Double]]] = [
        [[-0.11006192, 0.11447237, 0.09015907], [0.05024943, 0.09008559, -0.06837279]],
        [[-0.01228902], [-0.09357694]],
        [[-0.02678881, 0.05303555, -0.06916608], [-0.03967535, -0.06871727, -0.08452056],
         [-0.06712461, -0.00126646, -0.11173103]],
        [[0.02344157], [0.16598022], [0.07420442]],
    ]

    static func shaped(_ flat: [Double], like nested: [[Double]]) -> Matrix {
        Matrix(rows: nested.count, columns: nested[0].count, elements: flat)
    }

    @Test func momentum() {
        var (p, g) = Self.testCase()
        var optimizer = Momentum(learningRate: 0.01, beta: 0.9, parameters: p)
        optimizer.update(&p, with: g)
        expectClose(p.weights[0], [[1.62544598, -0.61290114, -0.52907334], [-1.07347112, 0.86450677, -2.30085497]], "W1")
        expectClose(p.biases[0], [[1.74493465], [-0.76027113]], "b1")
        expectClose(p.weights[1], [[0.31930698, -0.24990073, 1.4627996], [-2.05974396, -0.32173003, -0.38320915],
                                   [1.13444069, -1.0998786, -0.1713109]], "W2")
        expectClose(p.biases[1], [[-0.87809283], [0.04055394], [0.58207317]], "b2")
        for (index, expected) in Self.expectedVelocity.enumerated() {
            expectClose(Self.shaped(optimizer.velocity[index], like: expected), expected, "v[\(index)]")
        }
        _ = g
    }

    static let expectedAdamW2Except: (outside: [Double], inside: [Double]) = (
        [-1.09244991, -0.88529979], [-1.09245036, -0.88529978])

    static func adam(_ placement: Adam.EpsilonPlacement) -> (NetworkParameters, Adam) {
        var (p, g) = Self.testCase()
        // t = 2 in the test case: one earlier step has been counted.
        var optimizer = Adam(learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8,
                             epsilonPlacement: placement, parameters: p, t: 1)
        optimizer.update(&p, with: g)
        #expect(optimizer.t == 2)
        _ = g
        return (p, optimizer)
    }

    /// Every entry of the expected table except the two bold ones agrees with
    /// either ε placement; those two come from ε inside the square root.
    @Test func adamEpsilonInsideReproducesTheTable() {
        let (p, optimizer) = Self.adam(.insideSquareRoot)
        expectClose(p.weights[0], [[1.63178673, -0.61919778, -0.53561312], [-1.08040999, 0.85796626, -2.29409733]], "W1")
        expectClose(p.biases[0], [[1.75225313], [-0.75376553]], "b1")
        expectClose(p.weights[1], [[0.32648046, -0.25681174, 1.46954931], [-2.05269934, -0.31497584, -0.37661299],
                                   [1.14121081, -1.09245036, -0.16498684]], "W2")
        expectClose(p.biases[1], [[-0.88529978], [0.03477238], [0.57537385]], "b2")
        for (index, expected) in Self.expectedVelocity.enumerated() {
            expectClose(Self.shaped(optimizer.firstMoment[index], like: expected), expected, "v[\(index)]")
        }
        let expectedS: [[[Double]]] = [
            [[0.00121136, 0.00131039, 0.00081287], [0.0002525, 0.00081154, 0.00046748]],
            [[1.51020075e-05], [8.75664434e-04]],
            [[7.17640232e-05, 2.81276921e-04, 4.78394595e-04], [1.57413361e-04, 4.72206320e-04, 7.14372576e-04],
             [4.50571368e-04, 1.60392066e-07, 1.24838242e-03]],
            [[5.49507194e-05], [2.75494327e-03], [5.50629536e-04]],
        ]
        for (index, expected) in expectedS.enumerated() {
            expectClose(Self.shaped(optimizer.secondMoment[index], like: expected), expected, "s[\(index)]")
            // The e-notation entries carry 9 significant digits: check those relatively too.
            for (value, want) in zip(optimizer.secondMoment[index], expected.flatMap { $0 }) where index > 0 {
                expectRelativelyClose(value, want, tolerance: 1e-7, "s[\(index)]")
            }
        }
    }

    @Test func adamEpsilonOutsideIsTheFormula() {
        let (outside, _) = Self.adam(.outsideSquareRoot)
        let (inside, _) = Self.adam(.insideSquareRoot)
        expectClose(outside.weights[1][2, 1], -1.09244991, "W2[2,1] ε outside")
        expectClose(outside.biases[1][0, 0], -0.88529979, "b2[0] ε outside")
        expectClose(inside.weights[1][2, 1], -1.09245036, "W2[2,1] ε inside")
        expectClose(inside.biases[1][0, 0], -0.88529978, "b2[0] ε inside")
        // Everywhere else the two placements agree to 8 decimals.
        for (a, b) in zip(outside.flattened, inside.flattened) { #expect(abs(a - b) < 5e-7) }
    }

    @Test func rmspropStep() {
        var (p, g) = Self.testCase()
        let before = p
        var optimizer = RMSProp(learningRate: 0.01, beta: 0.9, epsilon: 1e-8, parameters: p)
        optimizer.update(&p, with: g)
        // First step from s = 0: s = 0.1·g², so the step is lr·g/(|g|·√0.1 + ε) ≈ lr·sign(g)/√0.1.
        for (i, (after, was)) in zip(p.flattened, before.flattened).enumerated() {
            let gi = g.flattened[i]
            expectClose(after, was - 0.01 * gi / ((0.1 * gi * gi).squareRoot() + 1e-8), tolerance: 1e-12)
        }
        _ = g
    }

    @Test func factoryFollowsTheConfiguration() {
        var config = TrainingConfiguration(layers: [2, 3, 1])
        let p = NetworkParameters(zerosFor: [2, 3, 1])
        for kind in OptimizerKind.allCases {
            config.optimizer = kind
            let optimizer = makeOptimizer(config, for: p)
            switch kind {
            case .gd: #expect(optimizer is GradientDescent)
            case .momentum: #expect(optimizer is Momentum)
            case .adam: #expect(optimizer is Adam)
            case .rmsprop: #expect(optimizer is RMSProp)
            }
        }
    }
}
