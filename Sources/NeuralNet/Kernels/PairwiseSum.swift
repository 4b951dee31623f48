/// numpy's summation algorithm (`np.sum` on a contiguous float64 axis).
///
/// numpy does not add left to right: below 8 terms it does, up to 128 it
/// keeps eight running sums combined as `((r0+r1)+(r2+r3)) + ((r4+r5)+(r6+r7))`
/// and adds the leftover terms, and above 128 it splits the range in two
/// halves (the first a multiple of 8) and adds the halves' sums. Using the same
/// tree makes our costs and bias gradients round exactly like the course's,
/// and it is also faster than a serial sum (independent accumulators).
enum PairwiseSum {
    static func sum(_ a: UnsafePointer<Double>, _ n: Int) -> Double {
        if n < 8 {
            var res = 0.0
            for i in 0..<n { res += a[i] }
            return res
        }
        if n <= 128 {
            // The eight running sums are the lanes of one vector.
            let raw = UnsafeRawPointer(a)
            var r = raw.loadUnaligned(as: SIMD8<Double>.self)
            var i = 8
            let end = n &- n % 8
            while i < end {
                r += raw.loadUnaligned(fromByteOffset: i &* 8, as: SIMD8<Double>.self)
                i &+= 8
            }
            var res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            while i < n { res += a[i]; i &+= 1 }
            return res
        }
        var n2 = n / 2
        n2 -= n2 % 8
        return sum(a, n2) + sum(a + n2, n &- n2)
    }

    /// The pairwise sums of `rows` rows of `count` entries (row stride
    /// `count`), written to `out`: each rounds exactly like `sum` of its row.
    ///
    /// A row's eight running sums form one chain of dependent vector
    /// additions; summing four rows side by side runs four chains at once
    /// (the bias gradients: one row per unit of a layer).
    static func rowSums(_ a: UnsafePointer<Double>, rows: Int, count n: Int, into out: UnsafeMutablePointer<Double>) {
        var i = 0
        while i &+ 4 <= rows {
            let s = sum4(a + i &* n, stride: n, n)
            for t in 0..<4 { out[i &+ t] = s[t] }
            i &+= 4
        }
        while i < rows { out[i] = sum(a + i &* n, n); i &+= 1 }
    }

    /// `sum` of the four rows `a + t·stride` (`t` < 4), one per lane; every
    /// lane takes the same additions in the same order as `sum`.
    static func sum4(_ a: UnsafePointer<Double>, stride: Int, _ n: Int) -> SIMD4<Double> {
        let a1 = a + stride, a2 = a1 + stride, a3 = a2 + stride
        if n < 8 {
            var res = SIMD4<Double>()
            for i in 0..<n { res += SIMD4(a[i], a1[i], a2[i], a3[i]) }
            return res
        }
        if n <= 128 {
            typealias V = SIMD8<Double>
            let r0p = UnsafeRawPointer(a), r1p = UnsafeRawPointer(a1)
            let r2p = UnsafeRawPointer(a2), r3p = UnsafeRawPointer(a3)
            var r0 = r0p.loadUnaligned(as: V.self), r1 = r1p.loadUnaligned(as: V.self)
            var r2 = r2p.loadUnaligned(as: V.self), r3 = r3p.loadUnaligned(as: V.self)
            var i = 8
            let end = n &- n % 8
            while i < end {
                let o = i &* 8
                r0 += r0p.loadUnaligned(fromByteOffset: o, as: V.self)
                r1 += r1p.loadUnaligned(fromByteOffset: o, as: V.self)
                r2 += r2p.loadUnaligned(fromByteOffset: o, as: V.self)
                r3 += r3p.loadUnaligned(fromByteOffset: o, as: V.self)
                i &+= 8
            }
            @inline(__always) func combine(_ r: V) -> Double {
                ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            }
            var res = SIMD4(combine(r0), combine(r1), combine(r2), combine(r3))
            while i < n { res += SIMD4(a[i], a1[i], a2[i], a3[i]); i &+= 1 }
            return res
        }
        var n2 = n / 2
        n2 -= n2 % 8
        return sum4(a, stride: stride, n2) + sum4(a + n2, stride: stride, n &- n2)
    }

    /// The pairwise sum of an array.
    static func sum(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.withUnsafeBufferPointer { sum($0.baseAddress!, $0.count) }
    }
}
