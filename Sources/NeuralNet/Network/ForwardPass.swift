/// The forward pass: `LINEAR → ReLU` for the hidden layers, then
/// `LINEAR → sigmoid` (or softmax) for the output layer,
///
///     Z[l] = W[l]·A[l-1] + b[l]
///     A[l] = relu(Z[l])                    l < L   (then dropout, if any)
///     A[L] = σ(Z[L])  or  softmax(Z[L])
///
/// `Z` is computed in place in the `A` buffer: the backward pass only needs
/// the activations (the ReLU mask is taken on `A[l] > 0`, as the course does).
extension NetworkWorkspace {
    func forward(_ parameters: NetworkParameters, dropout: inout DropoutMaskGenerator?) {
        precondition(parameters.hasShapes(of: layers), "parameters \(parameters.layers) for a \(layers) workspace")
        let m = columns
        let count = layerCount
        let dropping = dropout.map { $0.settings.keepProb < 1 } ?? false
        if dropping {
            // Fixed masks of this width are already in place after the first pass.
            let fixed = dropout!.settings.masks == .fixed
            if !(fixed && fixedMaskColumns == m) {
                dropout!.fill(masks, widths: hiddenWidths, columns: m)
                fixedMaskColumns = fixed ? m : nil
            }
        }
        dropoutApplied = dropping
        for l in 1...count {
            let rows = layers[l], inner = layers[l - 1]
            let a = activations[l - 1]
            // Hidden layers: ReLU, then the dropout mask, in the same pass.
            let mask: DenseKernels.DropoutMask? = dropping && l < count
                ? (UnsafePointer(masks[l - 1]), dropout!.settings.keepProb) : nil
            parameters.weights[l - 1].elements.withUnsafeBufferPointer { w in
                parameters.biases[l - 1].elements.withUnsafeBufferPointer { b in
                    DenseKernels.affine(weights: w.baseAddress!, bias: b.baseAddress!, input: layerInput(l),
                                        output: a, rows: rows, inner: inner, columns: m, relu: l < count,
                                        dropout: mask)
                }
            }
            guard l == count else { continue }
            if output == .sigmoid {
                ActivationKernels.sigmoid(a, count: rows * m)
            } else {
                ActivationKernels.softmax(a, classes: rows, columns: m)
            }
        }
    }

    /// `A[L]` of the last forward pass.
    var outputActivations: UnsafeMutablePointer<Double> { activations[layerCount - 1] }
}

/// The activations of one forward pass (the course's `cache`, minus `Z`).
public struct ForwardCache: Sendable, Equatable {
    /// `A[0] = X`.
    public var input: Matrix
    /// `A[1] … A[L]`; hidden ones after dropout.
    public var activations: [Matrix]
    /// `D[1] … D[L-1]` as 0/1 entries, empty when no dropout was applied.
    public var dropoutMasks: [Matrix]

    public init(input: Matrix, activations: [Matrix], dropoutMasks: [Matrix] = []) {
        self.input = input
        self.activations = activations
        self.dropoutMasks = dropoutMasks
    }

    /// `A[L]`, the network's output.
    public var output: Matrix { activations[activations.count - 1] }
}

/// One forward pass of `X` (`n[0] × m`) through the network.
///
/// With `dropout`, hidden activations are dropped as
/// `forward_propagation_with_dropout` does: the generator is seeded with
/// `dropout.seed`, then `D1, D2, …` are drawn (`fixed` and `fresh` agree on
/// a single call).
public func forwardPass(
    _ X: Matrix, _ parameters: NetworkParameters, output: OutputActivation = .sigmoid,
    dropout: DropoutSettings? = nil
) -> ForwardCache {
    let layers = parameters.layers
    let workspace = NetworkWorkspace(layers: layers, capacity: max(X.columns, 1), output: output)
    workspace.load(X, Matrix.zeros(1, X.columns))
    var generator = dropout.map(DropoutMaskGenerator.init)
    workspace.forward(parameters, dropout: &generator)
    let activations = (1..<layers.count).map { workspace.matrix(workspace.activations[$0 - 1], rows: layers[$0]) }
    let masks = workspace.dropoutApplied
        ? workspace.hiddenWidths.indices.map { workspace.matrix(workspace.masks[$0], rows: workspace.hiddenWidths[$0]) }
        : []
    return ForwardCache(input: X, activations: activations, dropoutMasks: masks)
}
