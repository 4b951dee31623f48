import Testing
@testable import NeuralNet

/// The TensorFlow tutorial's warm-ups (course-facts §7) where the numbers
/// transfer, plus a softmax cross-entropy worked by hand.
@Suite struct AutodiffWarmupTests {
    private func close(_ a: [Double], _ b: [Double], _ tolerance: Double) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance }
    }

    /// The framework computes a loss you only describe: `(y − ŷ)² = (39 − 36)² = 9`,
    /// and its gradient `∂/∂ŷ = −2(y − ŷ) = −6`.
    @Test func aLossComputedByTheFramework() {
        let yHat = Tensor.parameter(Matrix([[36]])), y = Tensor.constant(Matrix([[39]]))
        let difference = y - yHat
        let loss = (difference .* difference).sum()
        loss.backward()
        #expect(loss.scalar == 9)
        #expect(yHat.gradient == Matrix([[-6]]))
    }

    /// `linear_function`: seed(1), X = randn(3,1), W = randn(4,3), b = randn(4,1), `WX + b`.
    @Test func linearFunction() {
        var random = NumpyRandom(seed: 1)
        let x = Tensor.constant(random.randn(3, 1))
        let w = Tensor.constant(random.randn(4, 3))
        let b = Tensor.constant(random.randn(4, 1))
        let y = w * x + b
        #expect(close(y.value.elements, [-2.15657382, 2.95891446, -1.08926781, -0.84538042], 1e-8))
    }

    /// sigmoid(0) = 0.5 and sigmoid(12) = 0.999994 (the course's float32 print).
    @Test func sigmoid() {
        let s = Tensor.constant(Matrix([[0, 12]])).sigmoid().value
        #expect(s[0, 0] == 0.5)
        #expect(abs(s[0, 1] - 0.999994) < 1e-6)
        #expect(abs(s[0, 1] - 0.9999938558253978) < 1e-15)
    }

    /// The cost with logits on labels [0, 0, 1, 1]. The course's values are
    /// float32, so they hold to ~1e-7 (the double results are within 5e-8).
    @Test func sigmoidCrossEntropyWithLogits() {
        let labels = Matrix([[0, 0, 1, 1]])
        let raw = Matrix([[0.2, 0.4, 0.7, 0.9]])
        let v1 = Tensor.sigmoidCrossEntropy(logits: Tensor.constant(raw).sigmoid(), labels: labels).value
        #expect(close(v1.elements, [1.00538719, 1.03664088, 0.41385433, 0.39956614], 1e-7))
        let v3b = Tensor.sigmoidCrossEntropy(logits: .constant(raw), labels: labels).value
        #expect(close(v3b.elements, [0.79813886, 0.91301525, 0.40318605, 0.34115386], 1e-7))
        // The stable form agrees with the textbook −y·log σ − (1−y)·log(1−σ).
        for (z, y) in zip(raw.elements, labels.elements) {
            let s = 1 / (1 + libmExp(-z))
            let textbook = -y * libmLog(s) - (1 - y) * libmLog(1 - s)
            let stable = Tensor.sigmoidCrossEntropy(logits: .constant(Matrix([[z]])), labels: Matrix([[y]])).scalar
            #expect(abs(textbook - stable) < 1e-15)
        }
        // And it stays finite where the textbook form gives ∞.
        let extreme = Tensor.sigmoidCrossEntropy(logits: .constant(Matrix([[-800, 800]])), labels: Matrix([[1, 0]]))
        #expect(extreme.value.elements == [800, 800])
    }

    /// `one_hot([1, 2, 3, 0, 2, 1], C = 4)`: columns e1, e2, e3, e0, e2, e1.
    @Test func oneHot() {
        let encoded = Tensor.oneHot([1, 2, 3, 0, 2, 1], classes: 4)
        #expect(encoded == Matrix([
            [0, 0, 0, 1, 0, 0],
            [1, 0, 0, 0, 0, 1],
            [0, 1, 0, 0, 1, 0],
            [0, 0, 1, 0, 0, 0],
        ]))
        #expect(Tensor.oneHot(Matrix([[2, 0]]), classes: 3) == Matrix([[0, 1], [0, 0], [1, 0]]))
    }

    /// Two examples, three classes, worked by hand. With
    /// `c = log(1 + e⁻¹ + e⁻²) = 0.40760596444438…`:
    /// column (1, 2, 3) with class 2 costs `lse − 3 = c`; column (2, 1, 0)
    /// with class 1 costs `(2 + c) − 1 = 1 + c`; the mean is `½ + c`. The
    /// gradient is `(softmax − y)/2`.
    @Test func softmaxCrossEntropyByHand() {
        let logits = Tensor.parameter(Matrix([[1, 2], [2, 1], [3, 0]]))
        let labels = Tensor.oneHot([2, 1], classes: 3)
        let loss = Tensor.softmaxCrossEntropy(logits: logits, labels: labels)
        let c = 0.4076059644443804
        #expect(abs(loss.scalar - (0.5 + c)) < 1e-15)
        loss.backward()
        let e1 = 0.36787944117144233, e2 = 0.1353352832366127, total = 1 + e1 + e2
        let p = [e2 / total, e1 / total, 1 / total]  // softmax of (1, 2, 3); (2, 1, 0) is reversed
        let expected = Matrix([[p[0] / 2, p[2] / 2], [p[1] / 2, (p[1] - 1) / 2], [(p[2] - 1) / 2, p[0] / 2]])
        #expect(close(try! #require(logits.gradient).elements, expected.elements, 1e-15))
        // The same through softmax and log, the unstable way: equal here.
        let composed = (-1.0 / 2) * (logits.softmax().log() .* Tensor.constant(labels)).sum()
        #expect(abs(composed.scalar - loss.scalar) < 1e-14)
    }

    @Test func accuracyAndConfusion() {
        let scores = Matrix([[0.1, 2, 0.3], [0.9, 0, 0.2]])
        #expect(Tensor.predictedClasses(scores) == [1, 0, 0])
        #expect(Tensor.accuracy(logits: scores, labels: Matrix([[1, 0, 1]])) == 2.0 / 3)
        #expect(Tensor.predictedClasses(Matrix([[-0.5, 0.5]])) == [0, 1])
        #expect(Tensor.confusionMatrix(predicted: [1, 0, 0], actual: [1, 0, 1], classes: 2) == [[1, 0], [1, 1]])
    }

    /// Xavier uniform from numpy: `seed(1); uniform(-r, r, (25, 64))`, then `(12, 25)`.
    @Test func xavierUniformMatchesNumpy() {
        let p = xavierUniformParameters(layers: [64, 25, 12, 10], seed: 1)
        #expect(p.weights[0][0, 0] == -0.04308970847251345)
        #expect(p.weights[0][24, 63] == 0.22901412635509566)
        #expect(p.weights[1][0, 0] == -0.4018617223189743)
        #expect(p.biases.allSatisfy { $0.elements.allSatisfy { $0 == 0 } })
        let r = (6.0 / 22).squareRoot()
        #expect(p.weights[2].elements.allSatisfy { abs($0) <= r })
    }
}
