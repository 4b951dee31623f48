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

    /// The pairwise sum of an array.
    static func sum(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.withUnsafeBufferPointer { sum($0.baseAddress!, $0.count) }
    }
}
