/// Preallocated buffers for the forward and backward passes of one network
/// on batches of up to `capacity` examples.
///
/// The trainer runs tens of thousands of passes on tiny matrices; allocating
/// `Z`, `A`, `dZ`, … afresh each time (as numpy does) would cost more than
/// the arithmetic. Every buffer is `n[l] × capacity`, used as a compact
/// `n[l] × m` row-major block for the current batch width `m`.
///
/// Not thread-safe; each training run owns one.
final class NetworkWorkspace {
    let layers: [Int]
    let capacity: Int
    let output: OutputActivation
    /// The current batch width `m`.
    private(set) var columns = 0

    /// `A[0] = X` of the current batch (`n[0] × m`).
    let input: UnsafeMutablePointer<Double>
    /// Class labels of the current batch (`1 × m`, values 0, 1, …).
    let labels: UnsafeMutablePointer<Double>
    /// `A[l]` at index `l-1`: after the activation and, for hidden layers, dropout.
    let activations: [UnsafeMutablePointer<Double>]
    /// `dZ[l]` at index `l-1`.
    let deltas: [UnsafeMutablePointer<Double>]
    /// `dA[l]` of the hidden layers at index `l-1` (after dropout scaling).
    let upstream: [UnsafeMutablePointer<Double>]
    /// Dropout masks `D[l]` of the hidden layers at index `l-1` (0/1).
    let masks: [UnsafeMutablePointer<Double>]
    /// Whether the last forward pass applied dropout masks.
    var dropoutApplied = false
    /// The batch width of the `fixed` masks now in `masks` (they depend on
    /// nothing else, so a pass of the same width can skip refilling them).
    var fixedMaskColumns: Int? = nil
    /// Per-example losses of the last `losses` call (`1 × m`).
    let lossTerms: UnsafeMutablePointer<Double>

    init(layers: [Int], capacity: Int, output: OutputActivation = .sigmoid) {
        precondition(layers.count >= 2 && capacity > 0)
        self.layers = layers
        self.capacity = capacity
        self.output = output
        func buffer(_ rows: Int) -> UnsafeMutablePointer<Double> {
            let p = UnsafeMutablePointer<Double>.allocate(capacity: max(rows * capacity, 1))
            p.initialize(repeating: 0, count: max(rows * capacity, 1))
            return p
        }
        input = buffer(layers[0])
        labels = buffer(1)
        lossTerms = buffer(1)
        activations = layers.dropFirst().map { buffer($0) }
        deltas = layers.dropFirst().map { buffer($0) }
        let hidden = layers.dropFirst().dropLast()
        upstream = hidden.map { buffer($0) }
        masks = hidden.map { buffer($0) }
    }

    deinit {
        for p in [input, labels, lossTerms] + activations + deltas + upstream + masks {
            p.deallocate()
        }
    }

    var layerCount: Int { layers.count - 1 }
    var hiddenWidths: [Int] { Array(layers.dropFirst().dropLast()) }

    /// `A[l-1]`, the input of layer `l` (1-based).
    func layerInput(_ l: Int) -> UnsafeMutablePointer<Double> {
        l == 1 ? input : activations[l - 2]
    }

    /// Loads a whole data set (`X` is `n[0] × m`, `Y` is `1 × m`).
    func load(_ X: Matrix, _ Y: Matrix) {
        precondition(X.rows == layers[0] && X.columns <= capacity && Y.columns == X.columns)
        columns = X.columns
        X.elements.withUnsafeBufferPointer { input.update(from: $0.baseAddress!, count: X.count) }
        Y.elements.withUnsafeBufferPointer { labels.update(from: $0.baseAddress!, count: Y.count) }
    }

    /// Loads the examples `indices` (columns of `X`, `Y`) in that order: the
    /// course's `X[:, permutation][:, k·size : (k+1)·size]` without the
    /// intermediate shuffled copy.
    func load(_ X: Matrix, _ Y: Matrix, columns indices: ArraySlice<Int>) {
        precondition(X.rows == layers[0] && indices.count <= capacity)
        let m = indices.count
        columns = m
        X.elements.withUnsafeBufferPointer { x in
            for r in 0..<X.rows {
                let source = x.baseAddress! + r * X.columns
                let target = input + r * m
                for (k, c) in indices.enumerated() { target[k] = source[c] }
            }
        }
        Y.elements.withUnsafeBufferPointer { y in
            for (k, c) in indices.enumerated() { labels[k] = y[c] }
        }
    }

    /// Loads the inputs of the consecutive examples `range` (columns of `X`),
    /// leaving the labels alone: for passes that only predict.
    func loadInputs(_ X: Matrix, columns range: Range<Int>) {
        precondition(X.rows == layers[0] && range.count <= capacity && range.upperBound <= X.columns)
        columns = range.count
        X.elements.withUnsafeBufferPointer { x in
            for r in 0..<X.rows {
                (input + r * range.count).update(from: x.baseAddress! + r * X.columns + range.lowerBound,
                                                 count: range.count)
            }
        }
    }

    /// Copies a buffer of `rows × m` out as a matrix.
    func matrix(_ p: UnsafePointer<Double>, rows: Int) -> Matrix {
        Matrix(rows: rows, columns: columns, elements: Array(UnsafeBufferPointer(start: p, count: rows * columns)))
    }

    /// Writes a matrix into a buffer (for backward passes on a given cache).
    func store(_ m: Matrix, into p: UnsafeMutablePointer<Double>) {
        precondition(m.columns == columns)
        m.elements.withUnsafeBufferPointer { p.update(from: $0.baseAddress!, count: m.count) }
    }

    /// Sets the batch width without loading data (the caller fills the buffers).
    func setColumns(_ m: Int) {
        precondition(m > 0 && m <= capacity)
        columns = m
    }
}
