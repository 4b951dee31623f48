import Testing
@testable import NeuralNet

/// The dense kernels against plain scalar loops written in the order of
/// operations the kernels promise (their doc comments). Equality is exact:
/// the training runs reproduce the course to the last printed digit because
/// every entry is rounded the same way whatever the blocking, the vector
/// width or the tail handling, so any change there must keep these bits.
@Suite struct KernelTests {
    /// Shapes around every blocking edge: 1–5 and 20 rows or terms, widths
    /// below, at and around multiples of 4, 8 and 16, and the course's 211, 300.
    static let rowCounts = [1, 2, 3, 4, 5, 7, 9, 10, 20]
    static let termCounts = [1, 2, 3, 5, 20]
    static let widths = [1, 3, 4, 7, 8, 9, 15, 16, 17, 31, 64, 211, 300]

    /// Deterministic values in [-1, 1) with a few exact zeros and negative
    /// zeros, so ReLU and gate edges are exercised.
    static func values(_ count: Int, seed: UInt64) -> [Double] {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        return (0..<count).map { i in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            if i % 13 == 5 { return 0 }
            if i % 17 == 8 { return -0.0 }
            return Double(Int64(bitPattern: state >> 11) % (1 << 40)) / Double(1 << 40)
        }
    }

    static func referenceAffine(_ w: [Double], _ b: [Double], _ x: [Double], rows: Int, inner: Int, m: Int,
                                relu: Bool) -> [Double] {
        var out = [Double](repeating: 0, count: rows * m)
        for i in 0..<rows {
            for j in 0..<m {
                var a = inner == 0 ? 0 : w[i * inner] * x[j]
                for t in stride(from: 1, to: inner, by: 1) { a += w[i * inner + t] * x[t * m + j] }
                a += b[i]
                out[i * m + j] = relu ? (a > 0 ? a : 0) : a
            }
        }
        return out
    }

    static func referenceBackpropagate(_ w: [Double], _ dz: [Double], rows: Int, inner: Int, m: Int,
                                       gate: [Double]?) -> [Double] {
        var out = [Double](repeating: 0, count: inner * m)
        for k in 0..<inner {
            for j in 0..<m {
                var a = w[k] * dz[j]
                for i in 1..<rows { a += w[i * inner + k] * dz[i * m + j] }
                if let gate { a *= gate[k * m + j] > 0 ? 1 : 0 }
                out[k * m + j] = a
            }
        }
        return out
    }

    /// Four lane sums over `j ≡ l (mod 4)` for the whole blocks of four,
    /// combined as `(s0 + s1) + (s2 + s3)`, then the leftover terms in order.
    static func referenceDot(_ a: ArraySlice<Double>, _ b: ArraySlice<Double>) -> Double {
        let a = Array(a), b = Array(b), n = a.count
        var lanes = [0.0, 0.0, 0.0, 0.0]
        let blocked = n - n % 4
        for j in 0..<blocked { lanes[j % 4] += a[j] * b[j] }
        var total = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3])
        for j in blocked..<n { total += a[j] * b[j] }
        return total
    }

    /// numpy's pairwise summation, written as its recursion.
    static func referencePairwise(_ a: ArraySlice<Double>) -> Double {
        let n = a.count, s = a.startIndex
        if n < 8 { return a.reduce(0.0, +) }
        if n <= 128 {
            var r = (0..<8).map { a[s + $0] }
            var i = 8
            while i < n - n % 8 {
                for k in 0..<8 { r[k] += a[s + i + k] }
                i += 8
            }
            var res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            while i < n { res += a[s + i]; i += 1 }
            return res
        }
        var half = n / 2
        half -= half % 8
        return referencePairwise(a[s..<(s + half)]) + referencePairwise(a[(s + half)...])
    }

    static func bits(_ v: [Double]) -> [UInt64] { v.map(\.bitPattern) }

    @Test func affineMatchesTheScalarOrder() {
        for rows in Self.rowCounts { for inner in Self.termCounts { for m in Self.widths {
            let w = Self.values(rows * inner, seed: 1), b = Self.values(rows, seed: 2)
            let x = Self.values(inner * m, seed: 3)
            for relu in [false, true] {
                var out = [Double](repeating: .nan, count: rows * m)
                DenseKernels.affine(weights: w, bias: b, input: x, output: &out, rows: rows, inner: inner,
                                    columns: m, relu: relu)
                let expected = Self.referenceAffine(w, b, x, rows: rows, inner: inner, m: m, relu: relu)
                #expect(Self.bits(out) == Self.bits(expected), "rows \(rows) inner \(inner) m \(m) relu \(relu)")
            }
        } } }
    }

    @Test func backpropagationMatchesTheScalarOrder() {
        for rows in Self.termCounts { for inner in Self.rowCounts { for m in Self.widths {
            let w = Self.values(rows * inner, seed: 4), dz = Self.values(rows * m, seed: 5)
            let gate = Self.values(inner * m, seed: 6)
            for gated in [false, true] {
                var out = [Double](repeating: .nan, count: inner * m)
                if gated {
                    DenseKernels.backpropagate(weights: w, delta: dz, output: &out, rows: rows, inner: inner,
                                               columns: m, gate: gate)
                } else {
                    DenseKernels.backpropagate(weights: w, delta: dz, output: &out, rows: rows, inner: inner,
                                               columns: m)
                }
                let expected = Self.referenceBackpropagate(w, dz, rows: rows, inner: inner, m: m,
                                                           gate: gated ? gate : nil)
                #expect(Self.bits(out) == Self.bits(expected), "rows \(rows) inner \(inner) m \(m) gate \(gated)")
            }
        } } }
    }

    /// A 0/1 mask with about a fifth dropped.
    static func mask(_ count: Int, seed: UInt64) -> [Double] {
        values(count, seed: seed).map { $0 < -0.6 ? 0 : 1 }
    }

    /// Forward with dropout: ReLU, then `(a · d) / keepProb`, per entry.
    @Test func affineWithDropoutMatchesTheCoursesOrder() {
        let keepProb = 0.86
        for rows in Self.rowCounts { for inner in Self.termCounts { for m in Self.widths {
            let w = Self.values(rows * inner, seed: 11), b = Self.values(rows, seed: 12)
            let x = Self.values(inner * m, seed: 13), d = Self.mask(rows * m, seed: 14)
            var out = [Double](repeating: .nan, count: rows * m)
            d.withUnsafeBufferPointer { mask in
                DenseKernels.affine(weights: w, bias: b, input: x, output: &out, rows: rows, inner: inner,
                                    columns: m, relu: true, dropout: (mask.baseAddress!, keepProb))
            }
            let expected = Self.referenceAffine(w, b, x, rows: rows, inner: inner, m: m, relu: true)
                .enumerated().map { ($1 * d[$0]) / keepProb }
            #expect(Self.bits(out) == Self.bits(expected), "rows \(rows) inner \(inner) m \(m)")
        } } }
    }

    /// Backward with dropout: `(dA · d) / keepProb`, then the ReLU gate, per entry.
    @Test func backpropagationWithDropoutMatchesTheCoursesOrder() {
        let keepProb = 0.8
        for rows in Self.termCounts { for inner in Self.rowCounts { for m in Self.widths {
            let w = Self.values(rows * inner, seed: 15), dz = Self.values(rows * m, seed: 16)
            let gate = Self.values(inner * m, seed: 17), d = Self.mask(inner * m, seed: 18)
            var out = [Double](repeating: .nan, count: inner * m)
            d.withUnsafeBufferPointer { mask in
                DenseKernels.backpropagate(weights: w, delta: dz, output: &out, rows: rows, inner: inner,
                                           columns: m, gate: gate, dropout: (mask.baseAddress!, keepProb))
            }
            let expected = Self.referenceBackpropagate(w, dz, rows: rows, inner: inner, m: m, gate: nil)
                .enumerated().map { k, a in ((a * d[k]) / keepProb) * (gate[k] > 0 ? 1 : 0) }
            #expect(Self.bits(out) == Self.bits(expected), "rows \(rows) inner \(inner) m \(m)")
        } } }
    }

    @Test func weightGradientsMatchTheLaneOrder() {
        for rows in Self.rowCounts { for inner in Self.rowCounts { for m in Self.widths {
            let dz = Self.values(rows * m, seed: 7), x = Self.values(inner * m, seed: 8)
            for scale in [1.0, 1.0 / Double(m)] {
                var out = [Double](repeating: .nan, count: rows * inner)
                DenseKernels.gradientOfWeights(delta: dz, input: x, output: &out, rows: rows, inner: inner,
                                               columns: m, scale: scale)
                var expected = [Double](repeating: 0, count: rows * inner)
                for i in 0..<rows { for k in 0..<inner {
                    let d = Self.referenceDot(dz[(i * m)..<(i * m + m)], x[(k * m)..<(k * m + m)])
                    expected[i * inner + k] = scale == 1 ? d : scale * d
                } }
                #expect(Self.bits(out) == Self.bits(expected), "rows \(rows) inner \(inner) m \(m) scale \(scale)")
            }
        } } }
    }

    @Test func pairwiseSumIsNumpysTree() {
        for n in [0, 1, 7, 8, 9, 15, 16, 17, 100, 128, 129, 211, 300, 1000, 4099] {
            let v = Self.values(n, seed: UInt64(n) + 9)
            #expect(PairwiseSum.sum(v).bitPattern == Self.referencePairwise(v[...]).bitPattern, "n \(n)")
        }
    }
}
