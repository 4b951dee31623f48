/// The register-blocked loop behind `W·X + b` and `Wᵀ·dZ`:
///
///     out[r, j] = epilogue(Σₜ c(r, t) · src[t, j])
///
/// with `c(r, t) = coefficients[r·rowStride + t·termStride]`, so the same
/// loop reads `W` (`rowStride = inner`, `termStride = 1`) or `Wᵀ`
/// (`rowStride = 1`, `termStride = inner`) without a transpose. The epilogue
/// adds the bias and applies ReLU (forward), or multiplies by the ReLU gate
/// `[A > 0]` of the layer below (backward), with a layer's dropout mask and
/// `/keepProb` in between where it is dropped, in the same pass.
///
/// Up to four output rows × eight columns are accumulated in registers
/// across all terms, so each source vector is loaded once for four rows and
/// each output is stored once; with one to three terms, rows go one at a
/// time instead (`Shape.stream`). The last `m mod 8` columns go through the
/// same vector code on a zero-padded copy of their sources, storing only the
/// real lanes (a scalar tail would be a chain of dependent adds per entry).
///
/// The sum over `t` runs in order `t = 0, 1, …` for every entry, then the
/// bias is added, as numpy's `np.dot(W, A) + b` rounds; the gate multiplies
/// by exactly 1 or 0, as `dA * np.int64(A > 0)`. Lanes never mix, so every
/// entry rounds the same whatever its row block or column position
/// (`KernelTests` checks this bit for bit).
enum RowCombination {
    typealias Vector = SIMD8<Double>

    /// Up to this many terms, output rows are computed one at a time
    /// (`Shape.stream`); above it, in blocks of four rows.
    static let streamingTerms = 3

    enum Epilogue {
        case none
        /// `+ bias[r]`, then `max(0, ·)` if `relu`.
        case bias(UnsafePointer<Double>, relu: Bool)
        /// `· [gate[r, j] > 0]`.
        case gate(UnsafePointer<Double>)
        /// Forward through a dropped hidden layer: `+ bias[r]`, `max(0, ·)`,
        /// then `(· × D[r, j]) / keepProb`.
        case biasReLUDropout(UnsafePointer<Double>, mask: UnsafePointer<Double>, keepProb: Double)
        /// Backward into a dropped hidden layer: `(· × D[r, j]) / keepProb`
        /// (its `dA`), then `· [gate[r, j] > 0]` (its `dZ`).
        case dropoutGate(mask: UnsafePointer<Double>, keepProb: Double, gate: UnsafePointer<Double>)
    }

    static func compute(
        coefficients c: UnsafePointer<Double>, rowStride rs: Int, termStride ts: Int, terms: Int,
        sources src: UnsafePointer<Double>, rows: Int, columns m: Int,
        epilogue: Epilogue, output out: UnsafeMutablePointer<Double>
    ) {
        if terms == 0 {
            for r in 0..<rows {
                var v = 0.0
                if case .bias(let b, let relu) = epilogue { v = relu && !(b[r] > 0) ? 0 : b[r] }
                (out + r &* m).update(repeating: v, count: m)
            }
            return
        }
        let shape = Shape(coefficients: c, rowStride: rs, termStride: ts, terms: terms, rows: rows, columns: m)
        // One specialization per epilogue: no branch on it inside the loops.
        switch epilogue {
        case .none: shape.run(src, out, Plain())
        case .bias(let b, relu: false): shape.run(src, out, Bias(bias: b))
        case .bias(let b, relu: true): shape.run(src, out, BiasReLU(bias: b))
        case .gate(let g): shape.run(src, out, Gate(gate: g, columns: m))
        case .biasReLUDropout(let b, let mask, let keepProb):
            shape.run(src, out, BiasReLUDropout(bias: b, dropout: Dropout(mask: mask, keepProb: keepProb, columns: m)))
        case .dropoutGate(let mask, let keepProb, let g):
            shape.run(src, out, DropoutGate(dropout: Dropout(mask: mask, keepProb: keepProb, columns: m),
                                            gate: Gate(gate: g, columns: m)))
        }
    }

    /// The coefficient layout and the output size of one call.
    private struct Shape {
        let coefficients: UnsafePointer<Double>
        let rowStride: Int, termStride: Int, terms: Int, rows: Int, columns: Int

        init(coefficients: UnsafePointer<Double>, rowStride: Int, termStride: Int, terms: Int, rows: Int,
             columns: Int) {
            self.coefficients = coefficients
            self.rowStride = rowStride
            self.termStride = termStride
            self.terms = terms
            self.rows = rows
            self.columns = columns
        }

        @inline(__always)
        func run<E: RowEpilogue>(_ src: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ e: E) {
            let m = columns
            let vectorEnd = m &- m % 8
            let source = UnsafeRawPointer(src), sourceStride = m &* 8
            if terms <= RowCombination.streamingTerms {
                stream(source, vectorEnd: vectorEnd, out, e)
            } else {
                var j = 0
                while j < vectorEnd {
                    columnBlock(source + j &* 8, stride: sourceStride, column: j, lanes: 8, out, e)
                    j &+= 8
                }
            }
            guard vectorEnd < m else { return }
            let lanes = m &- vectorEnd
            withUnsafeTemporaryAllocation(of: Vector.self, capacity: terms) { padded in
                for t in 0..<terms {
                    var v = Vector()
                    let s = src + (t &* m &+ vectorEnd)
                    for l in 0..<lanes { v[l] = s[l] }
                    padded[t] = v
                }
                columnBlock(UnsafeRawPointer(padded.baseAddress!), stride: 64, column: vectorEnd, lanes: lanes,
                            out, e)
            }
        }

        /// The first `vectorEnd` columns one output row at a time: for one to
        /// three terms a row block has too little work per source load to
        /// pay for its bookkeeping (measured on the course shapes, with
        /// `W₃ᵀ·dZ₃` of the initialization network 0.68 → 0.27 µs). Each
        /// entry is the same sum in the same order as in `columnBlock`.
        @inline(__always)
        private func stream<E: RowEpilogue>(_ source: UnsafeRawPointer, vectorEnd: Int,
                                            _ out: UnsafeMutablePointer<Double>, _ e: E) {
            let rowBytes = columns &* 8
            for r in 0..<rows {
                let c = coefficients + r &* rowStride
                let o = UnsafeMutableRawPointer(out + r &* columns)
                var j = 0
                while j < vectorEnd {
                    let s = source + j &* 8
                    var a = c[0] * s.loadUnaligned(as: Vector.self)
                    var t = 1, k = termStride, p = s + rowBytes
                    while t < terms {
                        a += c[k] * p.loadUnaligned(as: Vector.self)
                        t &+= 1; k &+= termStride; p += rowBytes
                    }
                    e.finish(&a, row: r, column: j, lanes: 8)
                    o.storeBytes(of: a, toByteOffset: j &* 8, as: Vector.self)
                    j &+= 8
                }
            }
        }

        /// Eight columns (`lanes` of them real) of every output row.
        @inline(__always)
        private func columnBlock<E: RowEpilogue>(
            _ s: UnsafeRawPointer, stride: Int, column j: Int, lanes: Int, _ out: UnsafeMutablePointer<Double>,
            _ e: E
        ) {
            let c = coefficients, rs = rowStride, ts = termStride, m = columns
            var r = 0
            while r &+ 4 <= rows {
                let c0 = c + r &* rs, c1 = c0 + rs, c2 = c1 + rs, c3 = c2 + rs
                let v = s.loadUnaligned(as: Vector.self)
                var a0 = c0[0] * v, a1 = c1[0] * v, a2 = c2[0] * v, a3 = c3[0] * v
                var t = 1, p = s + stride, k = ts
                while t < terms {
                    let v = p.loadUnaligned(as: Vector.self)
                    a0 += c0[k] * v
                    a1 += c1[k] * v
                    a2 += c2[k] * v
                    a3 += c3[k] * v
                    t &+= 1; p += stride; k &+= ts
                }
                e.finish(&a0, row: r, column: j, lanes: lanes)
                e.finish(&a1, row: r &+ 1, column: j, lanes: lanes)
                e.finish(&a2, row: r &+ 2, column: j, lanes: lanes)
                e.finish(&a3, row: r &+ 3, column: j, lanes: lanes)
                Self.store(a0, out + (r &* m &+ j), lanes)
                Self.store(a1, out + ((r &+ 1) &* m &+ j), lanes)
                Self.store(a2, out + ((r &+ 2) &* m &+ j), lanes)
                Self.store(a3, out + ((r &+ 3) &* m &+ j), lanes)
                r &+= 4
            }
            if r &+ 2 <= rows {
                let c0 = c + r &* rs, c1 = c0 + rs
                let v = s.loadUnaligned(as: Vector.self)
                var a0 = c0[0] * v, a1 = c1[0] * v
                var t = 1, p = s + stride, k = ts
                while t < terms {
                    let v = p.loadUnaligned(as: Vector.self)
                    a0 += c0[k] * v
                    a1 += c1[k] * v
                    t &+= 1; p += stride; k &+= ts
                }
                e.finish(&a0, row: r, column: j, lanes: lanes)
                e.finish(&a1, row: r &+ 1, column: j, lanes: lanes)
                Self.store(a0, out + (r &* m &+ j), lanes)
                Self.store(a1, out + ((r &+ 1) &* m &+ j), lanes)
                r &+= 2
            }
            if r < rows {
                let c0 = c + r &* rs
                var a0 = c0[0] * s.loadUnaligned(as: Vector.self)
                var t = 1, p = s + stride, k = ts
                while t < terms {
                    a0 += c0[k] * p.loadUnaligned(as: Vector.self)
                    t &+= 1; p += stride; k &+= ts
                }
                e.finish(&a0, row: r, column: j, lanes: lanes)
                Self.store(a0, out + (r &* m &+ j), lanes)
            }
        }

        @inline(__always)
        private static func store(_ a: Vector, _ o: UnsafeMutablePointer<Double>, _ lanes: Int) {
            if lanes == 8 {
                UnsafeMutableRawPointer(o).storeBytes(of: a, as: Vector.self)
            } else {
                for l in 0..<lanes { o[l] = a[l] }
            }
        }
    }
}

/// What happens to a finished block of sums before it is stored.
private protocol RowEpilogue {
    func finish(_ a: inout SIMD8<Double>, row: Int, column: Int, lanes: Int)
}

private struct Plain: RowEpilogue {
    @inline(__always) func finish(_ a: inout SIMD8<Double>, row: Int, column: Int, lanes: Int) {}
}

private struct Bias: RowEpilogue {
    let bias: UnsafePointer<Double>
    @inline(__always) func finish(_ a: inout SIMD8<Double>, row: Int, column: Int, lanes: Int) {
        a += SIMD8(repeating: bias[row])
    }
}

private struct BiasReLU: RowEpilogue {
    let bias: UnsafePointer<Double>
    /// `z > 0 ? z : 0` (NaN becomes 0; it only reaches here once training
    /// has diverged, which the trainer reports).
    @inline(__always) func finish(_ a: inout SIMD8<Double>, row: Int, column: Int, lanes: Int) {
        a += SIMD8(repeating: bias[row])
        a.replace(with: 0, where: .!(a .> 0))
    }
}

/// The `lanes` entries of row `row` from `column` on, as one vector (the
/// lanes past them zero): a dropout mask's block.
@inline(__always)
private func rowVector(_ p: UnsafePointer<Double>, row: Int, column: Int, columns: Int, lanes: Int) -> SIMD8<Double> {
    let start = p + (row &* columns &+ column)
    if lanes == 8 { return UnsafeRawPointer(start).loadUnaligned(as: SIMD8<Double>.self) }
    // A separate variable: indexing one lane at a time would keep the
    // full-block path's vector in memory too.
    var values = SIMD8<Double>()
    for l in 0..<lanes { values[l] = start[l] }
    return values
}

private struct Gate: RowEpilogue {
    let gate: UnsafePointer<Double>
    let columns: Int
    @inline(__always) func finish(_ a: inout SIMD8<Double>, row: Int, column: Int, lanes: Int) {
        let g = gate + (row &* columns &+ column)
        if lanes == 8 {
            let values = UnsafeRawPointer(g).loadUnaligned(as: SIMD8<Double>.self)
            a *= SIMD8(repeating: 0).replacing(with: 1, where: values .> 0)
        } else {
            // A separate variable: indexing one lane at a time would keep
            // the full-block path's vector in memory too (and `rowVector`
            // here measured 5–9 % slower on the initialization runs).
            var values = SIMD8<Double>()
            for l in 0..<lanes { values[l] = g[l] }
            a *= SIMD8(repeating: 0).replacing(with: 1, where: values .> 0)
        }
    }
}

/// `(a ⊙ D) / keepProb`, as `DropoutKernels.apply`.
private struct Dropout: RowEpilogue {
    let mask: UnsafePointer<Double>
    let keepProb: Double
    let columns: Int
    @inline(__always) func finish(_ a: inout SIMD8<Double>, row: Int, column: Int, lanes: Int) {
        a = (a * rowVector(mask, row: row, column: column, columns: columns, lanes: lanes))
            / SIMD8(repeating: keepProb)
    }
}

private struct BiasReLUDropout: RowEpilogue {
    let bias: UnsafePointer<Double>
    let dropout: Dropout
    @inline(__always) func finish(_ a: inout SIMD8<Double>, row: Int, column: Int, lanes: Int) {
        BiasReLU(bias: bias).finish(&a, row: row, column: column, lanes: lanes)
        dropout.finish(&a, row: row, column: column, lanes: lanes)
    }
}

private struct DropoutGate: RowEpilogue {
    let dropout: Dropout
    let gate: Gate
    @inline(__always) func finish(_ a: inout SIMD8<Double>, row: Int, column: Int, lanes: Int) {
        dropout.finish(&a, row: row, column: column, lanes: lanes)
        gate.finish(&a, row: row, column: column, lanes: lanes)
    }
}
