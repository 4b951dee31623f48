/// The L2 ("weight decay") term of the regularized cost,
///
///     J_L2 = J + (λ / 2m) · Σₗ Σ W[l]²
///
/// computed as `reg_utils` does, `(1./m * λ / 2) · (ΣW1² + ΣW2² + …)`, with
/// numpy's pairwise sum inside each `ΣW²`. Biases are not penalized. Its
/// gradient, `(λ/m)·W[l]`, is added in the backward pass.
public func l2Penalty(_ parameters: NetworkParameters, lambda: Double, examples m: Int) -> Double {
    guard lambda != 0 else { return 0 }
    // region: l2-cost
    var total = 0.0
    for (index, w) in parameters.weights.enumerated() {
        let squares = w.elements.map { $0 * $0 }
        let s = PairwiseSum.sum(squares)
        total = index == 0 ? s : total + s
    }
    return (1.0 / Double(m) * lambda / 2) * total
    // endregion
}

/// The course's `compute_cost_with_regularization`: the NaN-dropping mean
/// cross-entropy plus the L2 term.
public func regularizedCost(
    _ A: Matrix, _ Y: Matrix, _ parameters: NetworkParameters, lambda: Double
) -> Double {
    crossEntropyCost(A, Y, reduction: .nanMean) + l2Penalty(parameters, lambda: lambda, examples: Y.columns)
}
