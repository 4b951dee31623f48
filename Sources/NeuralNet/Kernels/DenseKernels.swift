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

    /// `out = W·X + b` (b broadcast along each row): `out[i, j] = (Σₖ W[i,k]·X[k,j]) + b[i]`.
    ///
    /// `W` is `rows × inner`, `X` is `inner × m`, `b` has `rows` entries.
    static func affine(
        weights w: UnsafePointer<Double>, bias b: UnsafePointer<Double>,
        input x: UnsafePointer<Double>, output out: UnsafeMutablePointer<Double>,
        rows: Int, inner: Int, columns m: Int
    ) {
        if rows &* inner &* m >= blasThreshold {
            gemm(w, transposeA: false, x, transposeB: false, out, m: rows, n: m, k: inner,
                 lda: inner, ldb: m)
            for i in 0..<rows {
                let o = out + i &* m, bi = b[i]
                for j in 0..<m { o[j] += bi }
            }
            return
        }
        for i in 0..<rows {
            let o = out + i &* m
            let wi = w + i &* inner
            let bi = b[i]
            if inner == 0 {
                o.update(repeating: bi, count: m)
                continue
            }
            let w0 = wi[0]
            if inner == 1 {
                for j in 0..<m { o[j] = w0 * x[j] + bi }
                continue
            }
            for j in 0..<m { o[j] = w0 * x[j] }
            var k = 1
            while k < inner &- 1 {
                let wk = wi[k], xk = x + k &* m
                for j in 0..<m { o[j] += wk * xk[j] }
                k &+= 1
            }
            let wk = wi[k], xk = x + k &* m
            for j in 0..<m { o[j] = (o[j] + wk * xk[j]) + bi }
        }
    }

    /// `out = scale · (dZ · Xᵀ)`: `out[i, k] = scale · Σⱼ dZ[i,j]·X[k,j]`
    /// (the weight gradient; `scale` is 1 or 1/m depending on the ordering).
    static func gradientOfWeights(
        delta dz: UnsafePointer<Double>, input x: UnsafePointer<Double>,
        output out: UnsafeMutablePointer<Double>, rows: Int, inner: Int, columns m: Int,
        scale: Double
    ) {
        if rows &* inner &* m >= blasThreshold {
            gemm(dz, transposeA: false, x, transposeB: true, out, m: rows, n: inner, k: m,
                 lda: m, ldb: m)
            if scale != 1 { for i in 0..<(rows &* inner) { out[i] = scale * out[i] } }
            return
        }
        for i in 0..<rows {
            let di = dz + i &* m
            let oi = out + i &* inner
            for k in 0..<inner {
                let d = dot(di, x + k &* m, m)
                oi[k] = scale == 1 ? d : scale * d
            }
        }
    }

    /// `out = Wᵀ · dZ`: `out[k, j] = Σᵢ W[i,k]·dZ[i,j]` (the gradient flowing
    /// back to the previous layer's activations).
    static func backpropagate(
        weights w: UnsafePointer<Double>, delta dz: UnsafePointer<Double>,
        output out: UnsafeMutablePointer<Double>, rows: Int, inner: Int, columns m: Int
    ) {
        if rows &* inner &* m >= blasThreshold {
            gemm(w, transposeA: true, dz, transposeB: false, out, m: inner, n: m, k: rows,
                 lda: inner, ldb: m)
            return
        }
        for k in 0..<inner {
            let o = out + k &* m
            if rows == 0 { o.update(repeating: 0, count: m); continue }
            let w0 = w[k]
            for j in 0..<m { o[j] = w0 * dz[j] }
            var i = 1
            while i < rows {
                let wik = w[i &* inner &+ k], di = dz + i &* m
                for j in 0..<m { o[j] += wik * di[j] }
                i &+= 1
            }
        }
    }

    /// `Σⱼ a[j]·b[j]` with eight independent partial sums (vectorizes; BLAS
    /// kernels also split the sum, so the rounding is of the same kind).
    @inline(__always)
    static func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ n: Int) -> Double {
        var s0 = SIMD4<Double>(), s1 = SIMD4<Double>()
        var j = 0
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        let stride = MemoryLayout<Double>.stride
        while j &+ 8 <= n {
            let o = j &* stride
            s0 += ra.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
                * rb.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
            let o2 = o &+ 4 &* stride
            s1 += ra.loadUnaligned(fromByteOffset: o2, as: SIMD4<Double>.self)
                * rb.loadUnaligned(fromByteOffset: o2, as: SIMD4<Double>.self)
            j &+= 8
        }
        let s = s0 + s1
        var total = (s[0] + s[1]) + (s[2] + s[3])
        while j < n { total += a[j] * b[j]; j &+= 1 }
        return total
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
