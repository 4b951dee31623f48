#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The differentiable operations. Each one computes its value and hands
/// ``Tensor`` a pullback `Ḡ ↦ input gradients`; the formula of each
/// pullback is in its doc comment (`Ḡ = ∂L/∂output`).
///
/// Broadcasting follows ``Matrix/combined(with:_:)``: the right operand may
/// be the same shape, a column `(rows, 1)` (a bias added to every example),
/// a row `(1, columns)` or a `1×1` scalar. Its gradient is `Ḡ` summed over
/// the broadcast axis (``reduced(_:toShapeOf:)``), since one bias entry
/// touched every column.
extension Tensor {
    // region: matmul
    /// `A·B` (matrix product). Pullback: `∂A = Ḡ·Bᵀ`, `∂B = Aᵀ·Ḡ`.
    public static func * (a: Tensor, b: Tensor) -> Tensor {
        let (av, bv) = (a.value, b.value)
        return Tensor(av * bv, operation: "matmul", inputs: [a, b]) { g in
            [a.requiresGradient ? g.multiplied(by: bv, transposingRight: true) : nil,
             b.requiresGradient ? av.multiplied(by: g, transposingLeft: true) : nil]
        }
    }
    // endregion

    /// `A + B`, broadcasting `B`. Pullback: `∂A = Ḡ`, `∂B = Ḡ` reduced to `B`'s shape.
    public static func + (a: Tensor, b: Tensor) -> Tensor {
        let shapeOfB = b.value
        return Tensor(a.value + b.value, operation: "add", inputs: [a, b]) { g in
            [g, b.requiresGradient ? reduced(g, toShapeOf: shapeOfB) : nil]
        }
    }

    /// `A − B`, broadcasting `B`. Pullback: `∂A = Ḡ`, `∂B = −Ḡ` reduced.
    public static func - (a: Tensor, b: Tensor) -> Tensor {
        let shapeOfB = b.value
        return Tensor(a.value - b.value, operation: "subtract", inputs: [a, b]) { g in
            [g, b.requiresGradient ? reduced(-g, toShapeOf: shapeOfB) : nil]
        }
    }

    /// `A ⊙ B` (elementwise), broadcasting `B`. Pullback: `∂A = Ḡ ⊙ B`,
    /// `∂B = Ḡ ⊙ A` reduced.
    public static func .* (a: Tensor, b: Tensor) -> Tensor {
        let (av, bv) = (a.value, b.value)
        return Tensor(av .* bv, operation: "multiply", inputs: [a, b]) { g in
            [a.requiresGradient ? g .* bv : nil,
             b.requiresGradient ? reduced(g .* av, toShapeOf: bv) : nil]
        }
    }

    /// `c·A`. Pullback: `∂A = c·Ḡ`.
    public static func * (c: Double, a: Tensor) -> Tensor {
        Tensor(c * a.value, operation: "scale", inputs: [a]) { g in [c * g] }
    }

    public static func * (a: Tensor, c: Double) -> Tensor { c * a }
    public static prefix func - (a: Tensor) -> Tensor { -1 * a }

    /// `max(0, Z)`. Pullback: `Ḡ ⊙ [Z > 0]` (the derivative at 0 taken as 0).
    public func relu() -> Tensor {
        let z = value
        return Tensor(z.map { $0 > 0 ? $0 : 0 }, operation: "relu", inputs: [self]) { g in
            [g.combined(with: z) { gi, zi in zi > 0 ? gi : 0 }]
        }
    }

    /// `σ(Z) = 1 / (1 + e^(−Z))`. Pullback: `Ḡ ⊙ σ(Z) ⊙ (1 − σ(Z))`.
    public func sigmoid() -> Tensor {
        let s = value.map { 1 / (1 + libmExp(-$0)) }
        return Tensor(s, operation: "sigmoid", inputs: [self]) { g in
            [g.combined(with: s) { gi, si in gi * si * (1 - si) }]
        }
    }

    /// `ln A` (elementwise). Pullback: `Ḡ / A`.
    public func log() -> Tensor {
        let a = value
        return Tensor(a.map { libmLog($0) }, operation: "log", inputs: [self]) { g in [g / a] }
    }

    /// `e^A` (elementwise). Pullback: `Ḡ ⊙ e^A`.
    public func exp() -> Tensor {
        let e = value.map { libmExp($0) }
        return Tensor(e, operation: "exp", inputs: [self]) { g in [g .* e] }
    }

    /// `Σᵢⱼ Aᵢⱼ` as a `1×1` tensor. Pullback: `Ḡ₀₀` in every entry.
    public func sum() -> Tensor {
        let (rows, columns) = (value.rows, value.columns)
        return Tensor(Matrix(rows: 1, columns: 1, elements: [value.sum()]), operation: "sum", inputs: [self]) { g in
            [Matrix(rows: rows, columns: columns, repeating: g.elements[0])]
        }
    }

    /// `(1/n) Σᵢⱼ Aᵢⱼ` as a `1×1` tensor, `n` the entry count. Pullback: `Ḡ₀₀ / n` everywhere.
    public func mean() -> Tensor {
        let (rows, columns) = (value.rows, value.columns)
        let n = Double(max(value.count, 1))
        return Tensor(Matrix(rows: 1, columns: 1, elements: [value.sum() / n]), operation: "mean",
                      inputs: [self]) { g in
            [Matrix(rows: rows, columns: columns, repeating: g.elements[0] / n)]
        }
    }

    /// `Ḡ` summed down to the shape of a broadcast operand: row sums for a
    /// column vector, column sums for a row vector, everything for a scalar.
    static func reduced(_ g: Matrix, toShapeOf target: Matrix) -> Matrix {
        if g.rows == target.rows && g.columns == target.columns { return g }
        if target.rows == 1 && target.columns == 1 { return Matrix(rows: 1, columns: 1, elements: [g.sum()]) }
        if target.columns == 1 { return g.rowSums() }
        var sums = Matrix(rows: 1, columns: g.columns)
        for r in 0..<g.rows {
            for c in 0..<g.columns { sums.elements[c] += g.elements[r * g.columns + c] }
        }
        return sums
    }
}

// The C library's functions under names that the methods `log()`/`exp()` do
// not shadow inside `extension Tensor`.
@inline(__always) func libmLog(_ x: Double) -> Double { log(x) }
@inline(__always) func libmExp(_ x: Double) -> Double { exp(x) }
@inline(__always) func libmLog1p(_ x: Double) -> Double { log1p(x) }
