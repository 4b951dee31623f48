import Testing
@testable import NeuralNet

/// course-facts §1 and §4: cross-entropy variants and the L2 cost.
@Suite struct CostTests {
    /// `compute_cost_with_regularization_test_case`: seed(1), then W1(2,3),
    /// b1(2,1), W2(3,2), b2(3,1), W3(1,3), b3(1,1) (no X), a literal a3, λ = 0.1.
    @Test func l2CostOfTheCourseTestCase() {
        var random = NumpyRandom(seed: 1)
        let shapes = [(2, 3), (3, 2), (1, 3)]
        var weights: [Matrix] = [], biases: [Matrix] = []
        for (rows, columns) in shapes {
            weights.append(random.randn(rows, columns))
            biases.append(random.randn(rows, 1))
        }
        let parameters = NetworkParameters(weights: weights, biases: biases)
        let a3 = Matrix([[0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402]])
        let Y = Matrix([[1, 1, 0, 1, 0]])
        let cost = regularizedCost(a3, Y, parameters, lambda: 0.1)
        expectClose(cost, 1.78648594516, tolerance: 1e-10, "cost")
        expectClose(cost, 1.7864859451590758, tolerance: 1e-14, "cost (17 digits)")
    }

    /// nansum drops 0·∞ = NaN terms (an exact 0/1 output matching its label)
    /// but a confidently wrong exact output still gives ∞.
    @Test func nanSumSemantics() {
        let right = Matrix([[1, 0]]), labels = Matrix([[1, 0]])
        #expect(crossEntropyCost(right, labels, reduction: .nanMean) == 0)
        #expect(crossEntropyCost(right, labels, reduction: .mean).isNaN)
        let wrong = Matrix([[1, 0.5]]), wrongLabels = Matrix([[0, 1]])
        #expect(crossEntropyCost(wrong, wrongLabels, reduction: .nanMean) == .infinity)
        let a = Matrix([[0.9, 0.2, 0.6]]), y = Matrix([[1, 0, 0]])
        let terms = [-log(0.9), -log(0.8), -log(0.4)]
        expectClose(crossEntropyCost(a, y, reduction: .sum), terms.reduce(0, +), tolerance: 1e-15)
        expectClose(crossEntropyCost(a, y, reduction: .mean), terms.reduce(0, +) / 3, tolerance: 1e-15)
    }

    @Test func l2PenaltyFormula() {
        let p = NetworkParameters(weights: [Matrix([[1, 2]]), Matrix([[3]])], biases: [Matrix([[5]]), Matrix([[7]])])
        // λ/(2m)·ΣW² = 0.5/(2·4)·(1 + 4 + 9); biases are not penalized.
        expectClose(l2Penalty(p, lambda: 0.5, examples: 4), 0.5 / 8 * 14, tolerance: 1e-15)
        #expect(l2Penalty(p, lambda: 0, examples: 4) == 0)
    }

    /// numpy's pairwise summation tree: blocks of 8 partial sums up to 128
    /// terms, halving above. Checked against a hand-built tree.
    @Test func pairwiseSumFollowsNumpysTree() {
        var random = NumpyRandom(seed: 7)
        let values = (0..<300).map { _ in random.nextGaussian() * 1e3 }
        func block(_ v: ArraySlice<Double>) -> Double {
            let a = Array(v)
            if a.count < 8 { return a.reduce(0, +) }
            var r = Array(a[0..<8])
            var i = 8
            while i < a.count - a.count % 8 { for k in 0..<8 { r[k] += a[i + k] }; i += 8 }
            var res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            while i < a.count { res += a[i]; i += 1 }
            return res
        }
        // 300 → 144 + 156 → (72 + 72) + (72 + 84).
        let expected = (block(values[0..<72]) + block(values[72..<144]))
            + (block(values[144..<216]) + block(values[216..<300]))
        #expect(PairwiseSum.sum(values) == expected)
        #expect(PairwiseSum.sum([]) == 0)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
