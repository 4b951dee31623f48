/// The weights and biases of an L-layer fully connected network.
///
/// `weights[l-1]` is the course's `W[l]` with shape `(n[l], n[l-1])` and
/// `biases[l-1]` is `b[l]` with shape `(n[l], 1)`, so layer `l` computes
/// `Z[l] = W[l]·A[l-1] + b[l]` on a batch `A[l-1]` of shape `(n[l-1], m)`.
///
/// The type does not insist that consecutive shapes chain: the optimizer
/// test cases of the course update unrelated tensors (`W1 (2,3)`,
/// `W2 (3,3)`). The forward pass checks the shapes it uses.
public struct NetworkParameters: Sendable, Equatable {
    public var weights: [Matrix]
    public var biases: [Matrix]

    public init(weights: [Matrix], biases: [Matrix]) {
        precondition(weights.count == biases.count, "one bias per weight matrix")
        for (w, b) in zip(weights, biases) {
            precondition(b.rows == w.rows && b.columns == 1, "b[l] must be (n[l], 1)")
        }
        self.weights = weights
        self.biases = biases
    }

    /// All-zero parameters for the layer widths `[n0, n1, …, nL]`.
    public init(zerosFor layers: [Int]) {
        precondition(layers.count >= 2, "a network needs an input and an output layer")
        weights = (1..<layers.count).map { Matrix.zeros(layers[$0], layers[$0 - 1]) }
        biases = (1..<layers.count).map { Matrix.zeros(layers[$0], 1) }
    }

    /// The number of layers with parameters, `L`.
    public var layerCount: Int { weights.count }

    /// The layer widths `[n0, n1, …, nL]` read off the weight shapes.
    public var layers: [Int] {
        guard let first = weights.first else { return [] }
        return [first.columns] + weights.map(\.rows)
    }

    /// Whether `W[l]` is `n[l] × n[l-1]` for the widths `layers`: the check of
    /// every training step, so it compares in place instead of building `layers`.
    func hasShapes(of layers: [Int]) -> Bool {
        guard layers.count == weights.count + 1 else { return false }
        for (l, w) in weights.enumerated() where w.rows != layers[l + 1] || w.columns != layers[l] {
            return false
        }
        return true
    }

    /// The number of scalar parameters (47 for the course's 4→5→3→1 check).
    public var parameterCount: Int {
        zip(weights, biases).reduce(0) { $0 + $1.0.count + $1.1.count }
    }

    /// `false` as soon as one entry is NaN or infinite: training has diverged.
    public var isFinite: Bool {
        // v·0 is 0 for finite v and NaN for ±inf or NaN, so one
        // vectorizable pass per tensor finds any non-finite entry.
        for tensor in weights where !Self.allFinite(tensor) { return false }
        for tensor in biases where !Self.allFinite(tensor) { return false }
        return true
    }

    private static func allFinite(_ tensor: Matrix) -> Bool {
        var s = 0.0
        for v in tensor.elements { s += v * 0 }
        return !s.isNaN
    }

    /// The tensors in the course's order `W1, b1, W2, b2, …`, with their names.
    public var namedTensors: [(name: String, tensor: Matrix)] {
        var result: [(String, Matrix)] = []
        for l in 0..<layerCount {
            result.append(("W\(l + 1)", weights[l]))
            result.append(("b\(l + 1)", biases[l]))
        }
        return result
    }

    /// Tensor `index` of the order `W1, b1, W2, b2, …`.
    @inlinable
    public subscript(tensor index: Int) -> Matrix {
        get { index % 2 == 0 ? weights[index / 2] : biases[index / 2] }
        set {
            if index % 2 == 0 { weights[index / 2] = newValue } else { biases[index / 2] = newValue }
        }
    }

    /// Number of tensors (`2L`).
    public var tensorCount: Int { 2 * layerCount }
}
