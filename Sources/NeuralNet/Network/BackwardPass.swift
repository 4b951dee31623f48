/// The backward pass of the sigmoid (or softmax) cross-entropy network,
///
///     dZ[L] = A[L] − Y                      (Y one-hot for softmax)
///     dW[l] = (1/m)·dZ[l]·A[l-1]ᵀ (+ (λ/m)·W[l] with L2)
///     db[l] = (1/m)·Σⱼ dZ[l][:, j]
///     dA[l-1] = W[l]ᵀ·dZ[l]  (then (dA ⊙ D) / keepProb with dropout)
///     dZ[l-1] = dA[l-1] ⊙ [A[l-1] > 0]
///
/// with the `1/m` placed as `ordering` says (see `BackwardOrdering`). The
/// ReLU mask is taken on the activation `A > 0`, like the course, which for
/// ReLU equals `Z > 0`. Row sums use numpy's pairwise summation.
extension NetworkWorkspace {
    func backward(
        _ parameters: NetworkParameters, into gradients: inout Gradients, ordering: BackwardOrdering,
        lambda: Double = 0, keepProb: Double = 1, plantedBugs: Bool = false, keepUpstream: Bool = false
    ) {
        let m = columns
        let count = layerCount
        let inverse = 1.0 / Double(m)
        let scaleResidual = ordering == .scaleResidual
        // dZ[L]
        let a = outputActivations, y = labels, dzL = deltas[count - 1]
        let outputs = layers[count]
        if output == .sigmoid {
            for j in 0..<(outputs * m) {
                let d = a[j] - y[j]
                dzL[j] = scaleResidual ? inverse * d : d
            }
        } else {
            for c in 0..<outputs {
                let label = Double(c)
                for j in 0..<m {
                    let d = a[c * m + j] - (y[j] == label ? 1 : 0)
                    dzL[c * m + j] = scaleResidual ? inverse * d : d
                }
            }
        }
        let productScale = scaleResidual ? 1 : inverse
        for l in stride(from: count, through: 1, by: -1) {
            let rows = layers[l], inner = layers[l - 1]
            let dz = deltas[l - 1]
            let previous = layerInput(l)
            parameters.weights[l - 1].elements.withUnsafeBufferPointer { w in
                gradients.weights[l - 1].elements.withUnsafeMutableBufferPointer { g in
                    let g = g.baseAddress!
                    DenseKernels.gradientOfWeights(delta: dz, input: previous, output: g, rows: rows,
                                                   inner: inner, columns: m, scale: productScale)
                    // Planted bug 1 of gc_utils: `dW2 = 1./m * np.dot(dZ2, A1.T) * 2`.
                    if plantedBugs && l == 2 { for i in 0..<(rows * inner) { g[i] = g[i] * 2 } }
                    // region: l2-gradient
                    if lambda != 0 {
                        let factor = lambda / Double(m)
                        for i in 0..<(rows * inner) { g[i] = g[i] + factor * w[i] }
                    }
                    // endregion
                }
            }
            gradients.biases[l - 1].elements.withUnsafeMutableBufferPointer { g in
                for i in 0..<rows {
                    let s = PairwiseSum.sum(dz + i * m, m)
                    if plantedBugs && l == 1 {
                        // Planted bug 2: `db1 = 4./m * np.sum(dZ1, ...)`.
                        g[i] = scaleResidual ? 4 * s : (4.0 / Double(m)) * s
                    } else {
                        g[i] = scaleResidual ? s : inverse * s
                    }
                }
            }
            guard l > 1 else { break }
            let dzPrevious = deltas[l - 2]
            if !keepUpstream {
                // dZ[l-1] = (W[l]ᵀ·dZ[l]) ⊙ [A[l-1] > 0] in one pass, with the
                // dropout mask and scaling of dA[l-1] in between when applied.
                let mask: DenseKernels.DropoutMask? = dropoutApplied ? (UnsafePointer(masks[l - 2]), keepProb) : nil
                parameters.weights[l - 1].elements.withUnsafeBufferPointer { w in
                    DenseKernels.backpropagate(weights: w.baseAddress!, delta: dz, output: dzPrevious, rows: rows,
                                               inner: inner, columns: m, gate: previous, dropout: mask)
                }
                continue
            }
            let da = upstream[l - 2]
            parameters.weights[l - 1].elements.withUnsafeBufferPointer { w in
                DenseKernels.backpropagate(weights: w.baseAddress!, delta: dz, output: da, rows: rows,
                                           inner: inner, columns: m)
            }
            let n = inner * m
            // region: dropout-backward
            if dropoutApplied {
                DropoutKernels.apply(da, mask: masks[l - 2], count: n, keepProb: keepProb)
            }
            // endregion
            let activation = previous
            for i in 0..<n { dzPrevious[i] = da[i] * (activation[i] > 0 ? 1 : 0) }
        }
    }
}

/// One backward pass from a forward `cache` (the course's `backward_propagation*`).
///
/// - `ordering`: where `1/m` goes (`.scaleProducts` is `reg_utils`/`gc_utils`).
/// - `lambda`: adds the L2 gradient `(λ/m)·W[l]` to every `dW[l]`.
/// - `keepProb`: scales the dropout masks of the cache (`(dA ⊙ D)/keepProb`);
///   the course's dropout-backward test passes 0.8 for a cache built with 0.5.
/// - `plantedBugs`: the two bugs of the course's gradient-check exercise
///   (`dW2 × 2`, `db1` with `4/m`).
///
/// The result also carries `dA[1] … dA[L-1]` in `activations`.
public func backwardPass(
    _ cache: ForwardCache, _ Y: Matrix, _ parameters: NetworkParameters,
    ordering: BackwardOrdering, output: OutputActivation = .sigmoid,
    lambda: Double = 0, keepProb: Double = 1, plantedBugs: Bool = false
) -> Gradients {
    let layers = parameters.layers
    let workspace = NetworkWorkspace(layers: layers, capacity: max(cache.input.columns, 1), output: output)
    workspace.load(cache.input, Y)
    for (l, a) in cache.activations.enumerated() { workspace.store(a, into: workspace.activations[l]) }
    for (l, d) in cache.dropoutMasks.enumerated() { workspace.store(d, into: workspace.masks[l]) }
    workspace.dropoutApplied = !cache.dropoutMasks.isEmpty
    var gradients = Gradients(zerosLike: parameters)
    workspace.backward(parameters, into: &gradients, ordering: ordering, lambda: lambda, keepProb: keepProb,
                       plantedBugs: plantedBugs, keepUpstream: true)
    gradients.activations = workspace.hiddenWidths.indices.map {
        workspace.matrix(workspace.upstream[$0], rows: workspace.hiddenWidths[$0])
    }
    return gradients
}
