#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How the per-example losses are reduced to one cost. The course uses three
/// variants and they differ exactly where it matters (saturated outputs).
public enum CostReduction: String, Sendable, CaseIterable {
    /// `(1/m)·nansum(ℓ)` (`init_utils.compute_loss`, `reg_utils.compute_cost`):
    /// NaN terms, i.e. `0·∞` where an output is exactly 0 or 1 and matches
    /// its label, are dropped; a confidently wrong exact 0/1 still gives `inf`.
    case nanMean
    /// `(1/m)·Σ ℓ` (`gc_utils`): no NaN guard.
    case mean
    /// `Σ ℓ` (`opt_utils_v1a.compute_cost`): the trainer divides the epoch
    /// total by m.
    case sum
}

/// Cross-entropy losses and their reductions.
///
/// Binary (sigmoid) loss of one example, written as the course writes it so
/// that it rounds (and overflows) the same way:
///
///     ℓ = (−log a)·y + (−log(1 − a))·(1 − y)
///
/// Softmax loss: `ℓ = −log a[y]`, the log-probability of the true class.
enum CrossEntropy {
    /// Writes the `m` binary losses of outputs `a` and labels `y` into `terms`.
    static func binaryTerms(_ a: UnsafePointer<Double>, _ y: UnsafePointer<Double>, count m: Int,
                            into terms: UnsafeMutablePointer<Double>) {
        for j in 0..<m {
            let aj = a[j], yj = y[j]
            terms[j] = (-log(aj)) * yj + (-log(1 - aj)) * (1 - yj)
        }
    }

    /// Writes `−log a[y_j, j]` for a `classes × m` output.
    static func softmaxTerms(_ a: UnsafePointer<Double>, _ y: UnsafePointer<Double>, classes: Int,
                             count m: Int, into terms: UnsafeMutablePointer<Double>) {
        for j in 0..<m {
            let c = Int(y[j])
            precondition(c >= 0 && c < classes, "label \(y[j]) outside 0..<\(classes)")
            terms[j] = -log(a[c * m + j])
        }
    }

    /// Reduces `m` loss terms (numpy's pairwise sum; NaN → 0 first for `nanMean`).
    static func reduce(_ terms: UnsafeMutablePointer<Double>, count m: Int, _ reduction: CostReduction) -> Double {
        switch reduction {
        case .nanMean:
            for j in 0..<m where terms[j].isNaN { terms[j] = 0 }
            return 1.0 / Double(m) * PairwiseSum.sum(terms, m)
        case .mean:
            return 1.0 / Double(m) * PairwiseSum.sum(terms, m)
        case .sum:
            return PairwiseSum.sum(terms, m)
        }
    }
}

/// The cross-entropy cost of outputs `A` against labels `Y` (`1 × m` class
/// indices; for a sigmoid output, `A` is `1 × m` too).
public func crossEntropyCost(
    _ A: Matrix, _ Y: Matrix, reduction: CostReduction = .nanMean, output: OutputActivation = .sigmoid
) -> Double {
    precondition(Y.rows == 1 && Y.columns == A.columns, "Y must be 1 × m")
    let m = A.columns
    var terms = [Double](repeating: 0, count: m)
    return A.elements.withUnsafeBufferPointer { a in
        Y.elements.withUnsafeBufferPointer { y in
            terms.withUnsafeMutableBufferPointer { t in
                if output == .sigmoid {
                    CrossEntropy.binaryTerms(a.baseAddress!, y.baseAddress!, count: m, into: t.baseAddress!)
                } else {
                    CrossEntropy.softmaxTerms(a.baseAddress!, y.baseAddress!, classes: A.rows, count: m,
                                              into: t.baseAddress!)
                }
                return CrossEntropy.reduce(t.baseAddress!, count: m, reduction)
            }
        }
    }
}
