import Testing
@testable import NeuralNet

/// course-facts §3: the initialization assignment's graded outputs.
@Suite struct InitializationTests {
    @Test func zerosAreZero() {
        let p = initializeParameters(layers: [3, 2, 1], scheme: .zeros)
        #expect(p.weights.map(\.shape.rows) == [2, 1] && p.weights.map(\.shape.columns) == [3, 2])
        #expect((p.weights + p.biases).allSatisfy { $0.elements.allSatisfy { $0 == 0 } })
    }

    @Test func randomTimesTen() {
        let p = initializeParameters(layers: [3, 2, 1], scheme: .random, seed: 3, initScale: 10)
        expectClose(p.weights[0], [[17.88628473, 4.36509851, 0.96497468], [-18.63492703, -2.77388203, -3.54758979]],
                    "W1")
        expectClose(p.weights[1], [[-0.82741481, -6.27000677]], "W2")
        #expect(p.biases.allSatisfy { $0.elements.allSatisfy { $0 == 0 } })
    }

    @Test func he() {
        let p = initializeParameters(layers: [2, 4, 1], scheme: .he, seed: 3)
        expectClose(p.weights[0], [[1.78862847, 0.43650985], [0.09649747, -1.8634927],
                                   [-0.2773882, -0.35475898], [-0.08274148, -0.62700068]], "W1")
        expectClose(p.weights[1], [[-0.03098412, -0.33744411, -0.92904268, 0.62552248]], "W2")
        #expect(p.biases.map(\.shape.rows) == [4, 1])
    }

    /// Xavier divides by √n[l-1] (`reg_utils`): same draws as He, other scale.
    @Test func xavierDividesBySquareRootOfFanIn() {
        let he = initializeParameters(layers: [2, 4, 1], scheme: .he, seed: 3)
        let xavier = initializeParameters(layers: [2, 4, 1], scheme: .xavier, seed: 3)
        var random = NumpyRandom(seed: 3)
        let w1 = random.randn(4, 2)
        #expect(xavier.weights[0].elements == w1.elements.map { $0 / 2.0.squareRoot() })
        for (h, x) in zip(he.weights[1].elements, xavier.weights[1].elements) {
            expectClose(h, x * 2.0.squareRoot(), tolerance: 1e-15)
        }
    }

    @Test func reportGivesPerLayerStatistics() {
        let report = initialize(layers: [2, 400, 300, 1], scheme: .he, seed: 3)
        #expect(report.statistics.map(\.layer) == [1, 2, 3])
        #expect(report.statistics.map(\.rows) == [400, 300, 1])
        let second = report.statistics[1]
        expectClose(second.intendedStandardDeviation, (2.0 / 400).squareRoot(), tolerance: 1e-15)
        // 120 000 draws: the sample std is within 1 % of the intended one.
        #expect(abs(second.standardDeviation / second.intendedStandardDeviation - 1) < 0.01)
        #expect(abs(second.mean) < 0.001)
        let zeros = initialize(layers: [2, 3, 1], scheme: .zeros)
        #expect(zeros.statistics.allSatisfy { $0.mean == 0 && $0.standardDeviation == 0 })
    }
}
