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
        // Two rows of dZ against four rows of X at a time: six vector loads
        // feed eight products (`dot4` alone: five loads for four).
        var first = 0
        while first &+ 2 <= rows && inner >= 4 {
            let d0 = dz + first &* m, d1 = d0 + m
            let o0 = out + first &* inner, o1 = o0 + inner
            var k = 0
            while k &+ 4 <= inner {
                let (p, q) = dot2x4(d0, d1, x + k &* m, m)
                for t in 0..<4 {
                    o0[k &+ t] = scale == 1 ? p[t] : scale * p[t]
                    o1[k &+ t] = scale == 1 ? q[t] : scale * q[t]
                }
                k &+= 4
            }
            while k < inner {
                let a = dot(d0, x + k &* m, m), b = dot(d1, x + k &* m, m)
                o0[k] = scale == 1 ? a : scale * a
                o1[k] = scale == 1 ? b : scale * b
                k &+= 1
            }
            first &+= 2
        }
        for i in first..<rows {
            let di = dz + i &* m
            let oi = out + i &* inner
            var k = 0
            while k &+ 4 <= inner {
                let (d0, d1, d2, d3) = dot4(di, x + k &* m, m)
                oi[k] = scale == 1 ? d0 : scale * d0
                oi[k &+ 1] = scale == 1 ? d1 : scale * d1
                oi[k &+ 2] = scale == 1 ? d2 : scale * d2
                oi[k &+ 3] = scale == 1 ? d3 : scale * d3
                k &+= 4
            }
            if k &+ 2 <= inner {
                let (d0, d1) = dot2(di, x + k &* m, m)
                oi[k] = scale == 1 ? d0 : scale * d0
                oi[k &+ 1] = scale == 1 ? d1 : scale * d1
                k &+= 2
            }
            while k < inner {
                let d = dot(di, x + k &* m, m)
                oi[k] = scale == 1 ? d : scale * d
                k &+= 1
            }
        }
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

    /// Four dot products sharing the left vector: `a·b₀, a·b₁, a·b₂, a·b₃`
    /// with `bₜ = b + t·n`, four partial sums each (loads `a` once).
    @inline(__always)
    static func dot4(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ n: Int)
        -> (Double, Double, Double, Double)
    {
        var s0 = SIMD4<Double>(), s1 = SIMD4<Double>(), s2 = SIMD4<Double>(), s3 = SIMD4<Double>()
        let ra = UnsafeRawPointer(a)
        let r0 = UnsafeRawPointer(b), r1 = UnsafeRawPointer(b + n)
        let r2 = UnsafeRawPointer(b + 2 &* n), r3 = UnsafeRawPointer(b + 3 &* n)
        var j = 0
        while j &+ 4 <= n {
            let o = j &* 8
            let va = ra.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
            s0 += va * r0.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
            s1 += va * r1.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
            s2 += va * r2.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
            s3 += va * r3.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
            j &+= 4
        }
        var t0 = (s0[0] + s0[1]) + (s0[2] + s0[3]), t1 = (s1[0] + s1[1]) + (s1[2] + s1[3])
        var t2 = (s2[0] + s2[1]) + (s2[2] + s2[3]), t3 = (s3[0] + s3[1]) + (s3[2] + s3[3])
        let b1 = b + n, b2 = b + 2 &* n, b3 = b + 3 &* n
        while j < n {
            let aj = a[j]
            t0 += aj * b[j]; t1 += aj * b1[j]; t2 += aj * b2[j]; t3 += aj * b3[j]
            j &+= 1
        }
        return (t0, t1, t2, t3)
    }

    /// The eight dot products `aᵤ·bₜ` (`u` < 2, `t` < 4, `bₜ = b + t·n`),
    /// each rounding like `dot`: lanes `j mod 4`, `(s0+s1)+(s2+s3)`, then
    /// the leftover terms in order.
    @inline(__always)
    static func dot2x4(_ a0: UnsafePointer<Double>, _ a1: UnsafePointer<Double>, _ b: UnsafePointer<Double>,
                       _ n: Int) -> (SIMD4<Double>, SIMD4<Double>)
    {
        typealias V = SIMD4<Double>
        var p0 = V(), p1 = V(), p2 = V(), p3 = V(), q0 = V(), q1 = V(), q2 = V(), q3 = V()
        let ra0 = UnsafeRawPointer(a0), ra1 = UnsafeRawPointer(a1)
        let r0 = UnsafeRawPointer(b), r1 = UnsafeRawPointer(b + n)
        let r2 = UnsafeRawPointer(b + 2 &* n), r3 = UnsafeRawPointer(b + 3 &* n)
        var j = 0
        while j &+ 4 <= n {
            let o = j &* 8
            let u = ra0.loadUnaligned(fromByteOffset: o, as: V.self)
            let w = ra1.loadUnaligned(fromByteOffset: o, as: V.self)
            let v0 = r0.loadUnaligned(fromByteOffset: o, as: V.self)
            let v1 = r1.loadUnaligned(fromByteOffset: o, as: V.self)
            let v2 = r2.loadUnaligned(fromByteOffset: o, as: V.self)
            let v3 = r3.loadUnaligned(fromByteOffset: o, as: V.self)
            p0 += u * v0; p1 += u * v1; p2 += u * v2; p3 += u * v3
            q0 += w * v0; q1 += w * v1; q2 += w * v2; q3 += w * v3
            j &+= 4
        }
        @inline(__always) func reduce(_ s: V) -> Double { (s[0] + s[1]) + (s[2] + s[3]) }
        var p = V(reduce(p0), reduce(p1), reduce(p2), reduce(p3))
        var q = V(reduce(q0), reduce(q1), reduce(q2), reduce(q3))
        let b1 = b + n, b2 = b + 2 &* n, b3 = b + 3 &* n
        while j < n {
            let u = a0[j], w = a1[j]
            let v = V(b[j], b1[j], b2[j], b3[j])
            p += u * v
            q += w * v
            j &+= 1
        }
        return (p, q)
    }

    /// Two dot products sharing the left vector, rounding like `dot4`.
    @inline(__always)
    static func dot2(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ n: Int) -> (Double, Double) {
        var s0 = SIMD4<Double>(), s1 = SIMD4<Double>()
        let ra = UnsafeRawPointer(a), r0 = UnsafeRawPointer(b), r1 = UnsafeRawPointer(b + n)
        var j = 0
        while j &+ 4 <= n {
            let o = j &* 8
            let va = ra.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
            s0 += va * r0.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
            s1 += va * r1.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
            j &+= 4
        }
        var t0 = (s0[0] + s0[1]) + (s0[2] + s0[3]), t1 = (s1[0] + s1[1]) + (s1[2] + s1[3])
        let b1 = b + n
        while j < n { let aj = a[j]; t0 += aj * b[j]; t1 += aj * b1[j]; j &+= 1 }
        return (t0, t1)
    }

    /// `Σⱼ a[j]·b[j]` with four partial sums, rounding like `dot4`.
    @inline(__always)
    static func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ n: Int) -> Double {
        var s = SIMD4<Double>()
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        var j = 0
        while j &+ 4 <= n {
            let o = j &* 8
            s += ra.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
                * rb.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
            j &+= 4
        }
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
