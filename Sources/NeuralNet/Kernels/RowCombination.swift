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
/// A group of up to four output rows sweeps the columns eight at a time,
/// accumulating in registers across all terms, so each source vector is
/// loaded once for the group and each output is stored once; the group's
/// coefficients are packed side by side first (`Shape.pack`). The last
/// `m mod 8` columns go through the
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

        /// Row groups of four (the last rows in a group of three or two, so
        /// no row runs alone unless there is only one), each swept across all
        /// column blocks with its coefficients packed side by side: a sweep
        /// keeps one source pointer and one coefficient pointer live, where a
        /// column block over all rows recomputed a dozen row pointers on
        /// every call (measured alone: `W₂ᵀ·dZ₂` of [2, 10, 5, 1] 1.7 → 1.0 µs).
        @inline(never)
        func run<E: RowEpilogue>(_ src: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ e: E) {
            let m = columns
            let vectorEnd = m &- m % 8, lanes = m &- vectorEnd, blocks = vectorEnd / 8
            let source = UnsafeRawPointer(src), sourceStride = m &* 8
            // One scratch buffer: four rows' packed coefficients, then the
            // last `lanes` columns of every term zero-padded to a block.
            let paddedOffset = 4 &* terms
            withUnsafeTemporaryAllocation(of: Double.self, capacity: paddedOffset &+ (lanes > 0 ? 8 &* terms : 0)) {
                let packed = $0.baseAddress!
                let padded = UnsafeMutableRawPointer(packed + paddedOffset)
                if lanes > 0 {
                    for t in 0..<terms {
                        var v = Vector()
                        let s = src + (t &* m &+ vectorEnd)
                        for l in 0..<lanes { v[l] = s[l] }
                        padded.storeBytes(of: v, toByteOffset: t &* 64, as: Vector.self)
                    }
                }
                /// Rows `r ..< r + g` across all columns, the tail block included.
                @inline(__always) func sweep(_ r: Int, _ g: Int) {
                    pack(row: r, group: g, into: packed)
                    rowGroup(r, g, packed, source, stride: sourceStride, blocks: blocks, column: 0, lanes: 8, out, e)
                    if lanes > 0 {
                        rowGroup(r, g, packed, UnsafeRawPointer(padded), stride: 64, blocks: 1, column: vectorEnd,
                                 lanes: lanes, out, e)
                    }
                }
                var r = 0
                while rows &- r >= 4 && rows &- r != 5 { sweep(r, 4); r &+= 4 }
                switch rows &- r {
                case 5: sweep(r, 3); sweep(r &+ 3, 2)
                case 3: sweep(r, 3)
                case 2: sweep(r, 2)
                case 1: sweep(r, 1)
                default: break
                }
            }
        }

        /// `packed[t·group + u] = c(row + u, t)`.
        @inline(__always)
        private func pack(row: Int, group: Int, into packed: UnsafeMutablePointer<Double>) {
            for u in 0..<group {
                let c = coefficients + (row &+ u) &* rowStride
                for t in 0..<terms { packed[t &* group &+ u] = c[t &* termStride] }
            }
        }

        /// Rows `r ..< r + group` (`group` ≤ 4, a constant where this is
        /// inlined, so the unused accumulators fold away), `blocks` blocks of
        /// eight columns from `s` on. Each row's sum is its own chain of
        /// additions; a group of several rows runs their chains side by side.
        @inline(__always)
        private func rowGroup<E: RowEpilogue>(
            _ r: Int, _ group: Int, _ k: UnsafePointer<Double>, _ s: UnsafeRawPointer, stride: Int, blocks: Int,
            column: Int, lanes: Int, _ out: UnsafeMutablePointer<Double>, _ e: E
        ) {
            let m = columns
            for b in 0..<blocks {
                let first = s + b &* 64
                let v = first.loadUnaligned(as: Vector.self)
                var a0 = k[0] * v, a1 = Vector(), a2 = Vector(), a3 = Vector()
                if group > 1 { a1 = k[1] * v }
                if group > 2 { a2 = k[2] * v }
                if group > 3 { a3 = k[3] * v }
                var t = 1, p = first + stride, c = k + group
                while t < terms {
                    let v = p.loadUnaligned(as: Vector.self)
                    a0 += c[0] * v
                    if group > 1 { a1 += c[1] * v }
                    if group > 2 { a2 += c[2] * v }
                    if group > 3 { a3 += c[3] * v }
                    t &+= 1; p += stride; c += group
                }
                let j = column &+ b &* 8
                e.finish(&a0, row: r, column: j, lanes: lanes)
                Self.store(a0, out + (r &* m &+ j), lanes)
                if group > 1 {
                    e.finish(&a1, row: r &+ 1, column: j, lanes: lanes)
                    Self.store(a1, out + ((r &+ 1) &* m &+ j), lanes)
                }
                if group > 2 {
                    e.finish(&a2, row: r &+ 2, column: j, lanes: lanes)
                    Self.store(a2, out + ((r &+ 2) &* m &+ j), lanes)
                }
                if group > 3 {
                    e.finish(&a3, row: r &+ 3, column: j, lanes: lanes)
                    Self.store(a3, out + ((r &+ 3) &* m &+ j), lanes)
                }
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
