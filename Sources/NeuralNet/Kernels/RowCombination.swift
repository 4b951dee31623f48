/// The register-blocked loop behind `W·X + b` and `Wᵀ·dZ`:
///
///     out[r, j] = epilogue(Σₜ c(r, t) · src[t, j])
///
/// with `c(r, t) = coefficients[r·rowStride + t·termStride]`, so the same
/// loop reads `W` (`rowStride = inner`, `termStride = 1`) or `Wᵀ`
/// (`rowStride = 1`, `termStride = inner`) without a transpose. The epilogue
/// adds the bias and applies ReLU (forward), or multiplies by the ReLU gate
/// `[A > 0]` of the layer below (backward), in the same pass.
///
/// Two output rows × eight columns are accumulated in registers across all
/// terms, so each source vector is loaded once for two rows and each output
/// is stored once (a plain row-by-row loop loads and stores the output once
/// per term, and is bound by memory traffic). The sum over `t` runs in order `t = 0, 1, …`
/// for every entry, then the bias is added, as numpy's `np.dot(W, A) + b`
/// rounds; the gate multiplies by exactly 1 or 0, as `dA * np.int64(A > 0)`.
enum RowCombination {
    typealias Vector = SIMD8<Double>

    enum Epilogue {
        case none
        /// `+ bias[r]`, then `max(0, ·)` if `relu`.
        case bias(UnsafePointer<Double>, relu: Bool)
        /// `· [gate[r, j] > 0]`.
        case gate(UnsafePointer<Double>)
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
        let raw = UnsafeRawPointer(src)
        let vectorEnd = m &- m % 8
        var r = 0
        while r &+ 2 <= rows {
            let c0 = c + r &* rs, c1 = c + (r &+ 1) &* rs
            var j = 0
            while j < vectorEnd {
                let offset = j &* 8
                let s0 = raw.loadUnaligned(fromByteOffset: offset, as: Vector.self)
                var a0 = c0[0] * s0, a1 = c1[0] * s0
                var t = 1
                while t < terms {
                    let s = raw.loadUnaligned(fromByteOffset: t &* m &* 8 &+ offset, as: Vector.self)
                    a0 += c0[t &* ts] * s
                    a1 += c1[t &* ts] * s
                    t &+= 1
                }
                finish(&a0, row: r, column: j, m, epilogue)
                finish(&a1, row: r &+ 1, column: j, m, epilogue)
                UnsafeMutableRawPointer(out + (r &* m &+ j)).storeBytes(of: a0, as: Vector.self)
                UnsafeMutableRawPointer(out + ((r &+ 1) &* m &+ j)).storeBytes(of: a1, as: Vector.self)
                j &+= 8
            }
            scalarTail(c0, ts, terms, src, m, from: vectorEnd, row: r, epilogue, out + r &* m)
            scalarTail(c1, ts, terms, src, m, from: vectorEnd, row: r &+ 1, epilogue, out + (r &+ 1) &* m)
            r &+= 2
        }
        if r < rows {
            let c0 = c + r &* rs
            var j = 0
            while j < vectorEnd {
                let offset = j &* 8
                var a0 = c0[0] * raw.loadUnaligned(fromByteOffset: offset, as: Vector.self)
                var t = 1
                while t < terms {
                    a0 += c0[t &* ts] * raw.loadUnaligned(fromByteOffset: t &* m &* 8 &+ offset, as: Vector.self)
                    t &+= 1
                }
                finish(&a0, row: r, column: j, m, epilogue)
                UnsafeMutableRawPointer(out + (r &* m &+ j)).storeBytes(of: a0, as: Vector.self)
                j &+= 8
            }
            scalarTail(c0, ts, terms, src, m, from: vectorEnd, row: r, epilogue, out + r &* m)
        }
    }

    @inline(__always)
    private static func finish(_ a: inout Vector, row: Int, column j: Int, _ m: Int, _ epilogue: Epilogue) {
        switch epilogue {
        case .none: break
        case .bias(let b, let relu):
            a += Vector(repeating: b[row])
            if relu { a.replace(with: 0, where: .!(a .> 0)) }
        case .gate(let g):
            let gate = UnsafeRawPointer(g + (row &* m &+ j)).loadUnaligned(as: Vector.self)
            a *= Vector(repeating: 0).replacing(with: 1, where: gate .> 0)
        }
    }

    /// Columns `start..<m` of one output row, in the same order of operations.
    @inline(__always)
    private static func scalarTail(
        _ c: UnsafePointer<Double>, _ ts: Int, _ terms: Int, _ src: UnsafePointer<Double>, _ m: Int,
        from start: Int, row: Int, _ epilogue: Epilogue, _ o: UnsafeMutablePointer<Double>
    ) {
        var j = start
        while j < m {
            var a = c[0] * src[j]
            var t = 1
            while t < terms { a += c[t &* ts] * src[t &* m &+ j]; t &+= 1 }
            switch epilogue {
            case .none: break
            case .bias(let b, let relu):
                a += b[row]
                if relu { a = a > 0 ? a : 0 }
            case .gate(let g): a *= g[row &* m &+ j] > 0 ? 1 : 0
            }
            o[j] = a
            j &+= 1
        }
    }
}
