/// The weight gradient `dW = scale · dZ·Xᵀ` and the lane-ordered dot
/// products it is built from.
///
/// Every entry is one dot product over the `m` examples, and it rounds the
/// same way whatever the tiling: four lane sums over `j ≡ 0, 1, 2, 3 (mod 4)`
/// for the whole blocks of four, combined as `(s0 + s1) + (s2 + s3)`, then the
/// leftover terms in order. The tiling only decides how many of these sums
/// run side by side. Each lane sum is a chain of dependent additions (three
/// cycles each on the machines of benchmarks/README.md), so one dot product
/// alone leaves the adders idle two cycles in three; eight at once (`dot2x4`)
/// keep both adders busy and load each vector once for four or two products.
extension DenseKernels {
    /// `out = scale · (dZ · Xᵀ)`: `out[i, k] = scale · Σⱼ dZ[i,j]·X[k,j]`
    /// (the weight gradient; `scale` is 1 or 1/m depending on the ordering).
    ///
    /// Tiles: four rows of dZ against four rows of X (two `dot2x4`); the
    /// rows of X left over (a layer of 2, 10 or 5 inputs) against the same
    /// four rows of dZ with the roles swapped, which rounds the same because
    /// `x·d` and `d·x` are the same product. Then the last one to three rows
    /// of dZ in pairs and alone.
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
        @inline(__always) func store(_ i: Int, _ k: Int, _ value: Double) {
            out[i &* inner &+ k] = scale == 1 ? value : scale * value
        }
        var first = 0
        while first &+ 4 <= rows {
            let d = dz + first &* m
            var k = 0
            while k &+ 4 <= inner {
                let xk = x + k &* m
                let (p0, p1) = dot2x4(d, d + m, xk, m)
                let (p2, p3) = dot2x4(d + 2 &* m, d + 3 &* m, xk, m)
                for t in 0..<4 {
                    store(first, k &+ t, p0[t]); store(first &+ 1, k &+ t, p1[t])
                    store(first &+ 2, k &+ t, p2[t]); store(first &+ 3, k &+ t, p3[t])
                }
                k &+= 4
            }
            if k &+ 2 <= inner {
                let (p, q) = dot2x4(x + k &* m, x + (k &+ 1) &* m, d, m)
                for t in 0..<4 { store(first &+ t, k, p[t]); store(first &+ t, k &+ 1, q[t]) }
                k &+= 2
            }
            if k < inner {
                let (p0, p1, p2, p3) = dot4(x + k &* m, d, m)
                store(first, k, p0); store(first &+ 1, k, p1); store(first &+ 2, k, p2); store(first &+ 3, k, p3)
            }
            first &+= 4
        }
        if first &+ 2 <= rows {
            let d0 = dz + first &* m, d1 = d0 + m
            var k = 0
            while k &+ 4 <= inner {
                let (p, q) = dot2x4(d0, d1, x + k &* m, m)
                for t in 0..<4 { store(first, k &+ t, p[t]); store(first &+ 1, k &+ t, q[t]) }
                k &+= 4
            }
            while k < inner {
                let (a, b) = dot2(x + k &* m, d0, m)
                store(first, k, a); store(first &+ 1, k, b)
                k &+= 1
            }
            first &+= 2
        }
        if first < rows {
            let d = dz + first &* m
            var k = 0
            while k &+ 4 <= inner {
                let (p0, p1, p2, p3) = dot4(d, x + k &* m, m)
                store(first, k, p0); store(first, k &+ 1, p1); store(first, k &+ 2, p2); store(first, k &+ 3, p3)
                k &+= 4
            }
            if k &+ 2 <= inner {
                let (a, b) = dot2(d, x + k &* m, m)
                store(first, k, a); store(first, k &+ 1, b)
                k &+= 2
            }
            if k < inner { store(first, k, dot(d, x + k &* m, m)) }
        }
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

}
