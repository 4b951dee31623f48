#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The softmax output layer, used when a data set has more than two classes.
///
/// One unit per class; for each example (column) `j`,
///
///     A[c, j] = e^(Z[c, j] − max_c' Z[c', j]) / Σ_c' e^(Z[c', j] − max_c' Z[c', j])
///
/// (shifting by the column's maximum changes nothing mathematically and keeps
/// `exp` from overflowing). With the cross-entropy `ℓ = −log A[y, j]` the
/// output gradient is the same as for a sigmoid unit, `dZ = A − onehot(Y)`,
/// which is why `NetworkWorkspace.backward` treats both alike. Labels stay
/// class indices `(1, m)`; prediction is the argmax of each column.
extension ActivationKernels {
    /// Column-wise softmax of a `classes × m` buffer, in place.
    static func softmax(_ a: UnsafeMutablePointer<Double>, classes: Int, columns m: Int) {
        for j in 0..<m {
            var top = -Double.infinity
            for c in 0..<classes { top = max(top, a[c &* m &+ j]) }
            var total = 0.0
            for c in 0..<classes {
                let e = exp(a[c &* m &+ j] - top)
                a[c &* m &+ j] = e
                total += e
            }
            for c in 0..<classes { a[c &* m &+ j] /= total }
        }
    }
}
