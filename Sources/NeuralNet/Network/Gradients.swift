/// `dW[l]` and `db[l]` of one backward pass: the same shapes as the
/// parameters, in the same order (`weights[l-1]` is `dW[l]`).
///
/// `activations` optionally keeps `dA[l]` of the hidden layers (after the
/// dropout mask and the `1/keepProb` scaling, before the ReLU mask), which the
/// course's dropout-backward test prints.
public struct Gradients: Sendable, Equatable {
    public var weights: [Matrix]
    public var biases: [Matrix]
    /// `dA[1] … dA[L-1]`, filled only when asked for.
    public var activations: [Matrix] = []

    public init(weights: [Matrix], biases: [Matrix]) {
        self.weights = weights
        self.biases = biases
    }

    /// Zeros shaped like `parameters`.
    public init(zerosLike parameters: NetworkParameters) {
        weights = parameters.weights.map { Matrix.zeros($0.rows, $0.columns) }
        biases = parameters.biases.map { Matrix.zeros($0.rows, 1) }
    }

    /// Tensor `index` of the order `dW1, db1, dW2, db2, …`.
    public subscript(tensor index: Int) -> Matrix {
        get { index % 2 == 0 ? weights[index / 2] : biases[index / 2] }
        set {
            if index % 2 == 0 { weights[index / 2] = newValue } else { biases[index / 2] = newValue }
        }
    }

    public var tensorCount: Int { 2 * weights.count }
}
