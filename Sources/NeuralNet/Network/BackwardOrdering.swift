/// Where the course's backward passes put the `1/m`. Mathematically the same,
/// the two orderings round differently, and a 15 000-step run amplifies
/// rounding: using each assignment's own ordering is what makes our printed
/// costs agree with the course's to ~1e-14 instead of ~1e-10.
public enum BackwardOrdering: String, Sendable, CaseIterable, Hashable {
    /// `init_utils` / `opt_utils` (initialization and optimization runs):
    /// `dZ[L] = (1/m)·(A[L] − Y)`, then `dW = dZ·A[l-1]ᵀ`, `db = Σ dZ`
    /// (the `1/m` is carried down through every `dZ`).
    case scaleResidual
    /// `reg_utils` / `gc_utils` (regularization runs, gradient checking):
    /// `dZ[L] = A[L] − Y`, then `dW = (1/m)·dZ·A[l-1]ᵀ`, `db = (1/m)·Σ dZ`.
    case scaleProducts

    /// The ordering of the assignment a configuration reproduces: the
    /// regularization one (xavier init, or L2 or dropout switched on) uses
    /// `scaleProducts`, everything else `scaleResidual`.
    public static func course(for configuration: TrainingConfiguration) -> BackwardOrdering {
        if configuration.lambda > 0 || configuration.keepProb < 1 || configuration.initialization == .xavier {
            return .scaleProducts
        }
        return .scaleResidual
    }
}
