#if canImport(CBLAS)
import CBLAS
#endif

/// The few dense loops the training core spends its time in, on raw
/// row-major buffers (`rows × m`, row stride `m`, one column per example).
///
/// The course's networks are tiny (2×300 to 20×300): a call into BLAS costs
/// more than the arithmetic, so these are plain loops that the optimizer
/// vectorizes (no bounds checks, contiguous inner loops over the examples).
/// Large products (thousands of features) go to `cblas_dgemm`, which wins
/// from there on (see `blasThreshold`).
///
/// Summation orders follow numpy where it is cheap to do so (`np.dot(W, A) + b`
/// adds the bias after the product; `np.sum` is pairwise), so costs agree
/// with the course to rounding (≈1e-15 relative).
enum DenseKernels {
    /// Products with `rows·inner·m` multiply-adds at or above this go to BLAS.
    /// Measured on the course shapes: below it the loops are faster.
    static let blasThreshold = 1 << 18

    /// A hidden layer's dropout mask `D` (`rows × m`, 0/1) and keep probability.
    typealias DropoutMask = (mask: UnsafePointer<Double>, keepProb: Double)

    /// `out = W·X + b` (b broadcast along each row): `out[i, j] = (Σₖ W[i,k]·X[k,j]) + b[i]`,
    /// then `max(0, ·)` when `relu` is set (the hidden layers' activation, fused),
    /// then `(out ⊙ D) / keepProb` with `dropout` (fused too; it implies ReLU).
    ///
    /// `W` is `rows × inner`, `X` is `inner × m`, `b` has `rows` entries.
    static func affine(
        weights w: UnsafePointer<Double>, bias b: UnsafePointer<Double>,
        input x: UnsafePointer<Double>, output out: UnsafeMutablePointer<Double>,
        rows: Int, inner: Int, columns m: Int, relu: Bool = false, dropout: DropoutMask? = nil
    ) {
        precondition(dropout == nil || relu, "dropout follows the ReLU")
        if rows &* inner &* m >= blasThreshold {
            gemm(w, transposeA: false, x, transposeB: false, out, m: rows, n: m, k: inner,
                 lda: inner, ldb: m)
            for i in 0..<rows {
                let o = out + i &* m, bi = b[i]
                if relu {
                    for j in 0..<m { let z = o[j] + bi; o[j] = z > 0 ? z : 0 }
                } else {
                    for j in 0..<m { o[j] += bi }
                }
            }
            if let dropout { DropoutKernels.apply(out, mask: dropout.mask, count: rows &* m, keepProb: dropout.keepProb) }
            return
        }
        let epilogue: RowCombination.Epilogue = dropout.map {
            .biasReLUDropout(b, mask: $0.mask, keepProb: $0.keepProb)
        } ?? .bias(b, relu: relu)
        RowCombination.compute(
            coefficients: w, rowStride: inner, termStride: 1, terms: inner, sources: x, rows: rows,
            columns: m, epilogue: epilogue, output: out)
    }

    /// `out = Wᵀ · dZ`: `out[k, j] = Σᵢ W[i,k]·dZ[i,j]` (the gradient flowing
    /// back to the previous layer's activations).
    ///
    /// With `gate` (the layer below's activations `A`), the result is instead
    /// `dZ = (Wᵀ·dZ) ⊙ [A > 0]`, the ReLU backward step fused in; with
    /// `dropout` as well, `dZ = ((Wᵀ·dZ ⊙ D) / keepProb) ⊙ [A > 0]`.
    static func backpropagate(
        weights w: UnsafePointer<Double>, delta dz: UnsafePointer<Double>,
        output out: UnsafeMutablePointer<Double>, rows: Int, inner: Int, columns m: Int,
        gate: UnsafePointer<Double>? = nil, dropout: DropoutMask? = nil
    ) {
        precondition(dropout == nil || gate != nil, "dropout is fused only before the ReLU gate")
        if rows &* inner &* m >= blasThreshold {
            gemm(w, transposeA: true, dz, transposeB: false, out, m: inner, n: m, k: rows,
                 lda: inner, ldb: m)
            if let dropout { DropoutKernels.apply(out, mask: dropout.mask, count: inner &* m, keepProb: dropout.keepProb) }
            if let gate { for i in 0..<(inner &* m) { out[i] = out[i] * (gate[i] > 0 ? 1 : 0) } }
            return
        }
        let epilogue: RowCombination.Epilogue = switch (gate, dropout) {
        case (let gate?, let dropout?): .dropoutGate(mask: dropout.mask, keepProb: dropout.keepProb, gate: gate)
        case (let gate?, nil): .gate(gate)
        default: .none
        }
        RowCombination.compute(
            coefficients: w, rowStride: 1, termStride: inner, terms: rows, sources: dz, rows: inner,
            columns: m, epilogue: epilogue, output: out)
    }

    /// `C = op(A)·op(B)` through `cblas_dgemm` (row-major).
    static func gemm(
        _ a: UnsafePointer<Double>, transposeA: Bool, _ b: UnsafePointer<Double>, transposeB: Bool,
        _ c: UnsafeMutablePointer<Double>, m: Int, n: Int, k: Int, lda: Int, ldb: Int
    ) {
        cblas_dgemm(
            CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
            Int32(m), Int32(n), Int32(k), 1.0, a, Int32(lda), b, Int32(ldb), 0.0, c, Int32(n))
    }
}
