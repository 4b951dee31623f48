import Testing
@testable import NeuralNet

/// Every operation's pullback against central finite differences.
///
/// For an operation `f`, the scalar `L = Σ R ⊙ f(inputs)` with fixed random
/// weights `R` exercises the whole Jacobian; each input entry is moved by
/// `±ε` and `(L₊ − L₋)/2ε` compared with the engine's gradient through the
/// relative difference `‖g − g̃‖ / (‖g‖ + ‖g̃‖)` of the gradient check.
@Suite struct AutodiffGradientTests {
    static func relativeDifference(_ a: [Double], _ b: [Double]) -> Double {
        let diff = zip(a, b).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
        let norms = a.map { $0 * $0 }.reduce(0, +).squareRoot() + b.map { $0 * $0 }.reduce(0, +).squareRoot()
        return norms == 0 ? 0 : diff / norms
    }

    /// Analytic vs numerical gradients of `Σ R ⊙ f(inputs)` for every input.
    static func check(_ inputs: [Matrix], seed: UInt32 = 7, epsilon: Double = 1e-6,
                      tolerance: Double = 1e-7, _ f: ([Tensor]) -> Tensor,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        var random = NumpyRandom(seed: seed)
        let probe = f(inputs.map(Tensor.constant)).value
        let weights = random.randn(probe.rows, probe.columns)
        func objective(_ values: [Matrix]) -> Double {
            (f(values.map(Tensor.constant)).value .* weights).sum()
        }
        let parameters = inputs.map(Tensor.parameter)
        (f(parameters) .* Tensor.constant(weights)).sum().backward()
        for (k, input) in inputs.enumerated() {
            var numeric = [Double]()
            for i in 0..<input.count {
                var plus = inputs, minus = inputs
                plus[k].elements[i] += epsilon
                minus[k].elements[i] -= epsilon
                numeric.append((objective(plus) - objective(minus)) / (2 * epsilon))
            }
            let analytic = parameters[k].gradient?.elements ?? []
            let difference = relativeDifference(analytic, numeric)
            #expect(analytic.count == input.count && difference < tolerance,
                    "input \(k): relative difference \(difference)", sourceLocation: sourceLocation)
        }
    }

    /// A random matrix whose entries stay at least 0.1 away from 0 (the kink of relu).
    static func random(_ rows: Int, _ columns: Int, seed: UInt32, positive: Bool = false) -> Matrix {
        var rng = NumpyRandom(seed: seed)
        return rng.randn(rows, columns).map { v in
            let away = v < 0 ? min(v, -0.1) : max(v, 0.1)
            return positive ? abs(away) + 0.2 : away
        }
    }

    let a = Self.random(3, 4, seed: 1), b = Self.random(3, 4, seed: 2)

    @Test func matmul() {
        Self.check([Self.random(3, 5, seed: 3), Self.random(5, 4, seed: 4)]) { $0[0] * $0[1] }
    }

    @Test func addWithBroadcasting() {
        Self.check([a, b]) { $0[0] + $0[1] }
        Self.check([a, Self.random(3, 1, seed: 5)]) { $0[0] + $0[1] }   // bias column
        Self.check([a, Self.random(1, 4, seed: 6)]) { $0[0] + $0[1] }   // row
        Self.check([a, Self.random(1, 1, seed: 7)]) { $0[0] + $0[1] }   // scalar
    }

    @Test func subtractAndScale() {
        Self.check([a, b]) { $0[0] - $0[1] }
        Self.check([a, Self.random(3, 1, seed: 8)]) { $0[0] - $0[1] }
        Self.check([a]) { 2.5 * $0[0] }
        Self.check([a]) { -$0[0] * 0.5 }
    }

    @Test func multiplyElementwise() {
        Self.check([a, b]) { $0[0] .* $0[1] }
        Self.check([a, Self.random(3, 1, seed: 9)]) { $0[0] .* $0[1] }
        Self.check([a]) { $0[0] .* $0[0] }  // one tensor used twice: contributions add up
    }

    @Test func elementwiseFunctions() {
        Self.check([a]) { $0[0].relu() }
        Self.check([a]) { $0[0].sigmoid() }
        Self.check([Self.random(3, 4, seed: 10, positive: true)]) { $0[0].log() }
        Self.check([a]) { $0[0].exp() }
    }

    @Test func reductions() {
        Self.check([a]) { $0[0].sum() }
        Self.check([a]) { $0[0].mean() }
    }

    @Test func softmaxAndLosses() {
        Self.check([a]) { $0[0].softmax() }
        let labels = Tensor.oneHot([2, 0, 1, 2], classes: 3)
        Self.check([a]) { Tensor.softmaxCrossEntropy(logits: $0[0], labels: labels) }
        // Soft labels exercise the general pullback `p·Σy − y`.
        let soft = Matrix([[0.2, 0.5, 0, 1], [0.3, 0.5, 1, 0], [0.5, 0, 0, 0.5]])
        Self.check([a]) { Tensor.softmaxCrossEntropy(logits: $0[0], labels: soft) }
        let binary = Matrix([[0, 1, 1, 0]])
        Self.check([Self.random(1, 4, seed: 11)]) { Tensor.sigmoidCrossEntropy(logits: $0[0], labels: binary) }
    }

    /// Random networks (sigmoid and softmax outputs), all parameters at once:
    /// the bar, a relative difference below 1e-7.
    @Test(arguments: [([4, 5, 3, 1], UInt32(1)), ([6, 7, 4], UInt32(2)), ([3, 8, 6, 5, 4], UInt32(3))])
    func randomNetworks(layers: [Int], seed: UInt32) {
        var rng = NumpyRandom(seed: seed + 100)
        let x = rng.randn(layers[0], 9)
        let classes = layers[layers.count - 1]
        let labels = classes == 1
            ? Matrix(rows: 1, columns: 9) { _, c in Double(c % 2) }
            : Tensor.oneHot((0..<9).map { $0 % classes }, classes: classes)
        let start = initializeParameters(layers: layers, scheme: .he, seed: seed)
        let biases = start.biases.map { $0.map { _ in 0.1 * rng.nextGaussian() } }
        let flat = zip(start.weights, biases).flatMap { [$0, $1] }
        Self.check(flat) { tensors in
            var a = Tensor.constant(x)
            let layerCount = tensors.count / 2
            for l in 0..<layerCount {
                let z = tensors[2 * l] * a + tensors[2 * l + 1]
                a = l == layerCount - 1 ? z : z.relu()
            }
            return classes == 1
                ? Tensor.sigmoidCrossEntropy(logits: a, labels: labels).mean()
                : Tensor.softmaxCrossEntropy(logits: a, labels: labels)
        }
    }

    @Test func constantsGetNoGradient() {
        let x = Tensor.constant(a), w = Tensor.parameter(Self.random(2, 3, seed: 12))
        let loss = (w * x).sum()
        loss.backward()
        #expect(x.gradient == nil && w.gradient != nil)
        #expect(loss.requiresGradient && !(x .* x).requiresGradient)
        // A second pass replaces, rather than adds to, the old gradients.
        let first = w.gradient
        loss.backward()
        #expect(w.gradient == first)
    }
}
