#if canImport(CBLAS)
import CBLAS
#endif

/// Elementwise arithmetic, broadcasting of column vectors, reductions and
/// the matrix product. Shapes are checked with preconditions: a mismatch is
/// a programming error inside the library, never a user error (user input is
/// validated long before it reaches these).
extension Matrix {
    /// `A · B` through CBLAS `dgemm` (row-major, no transposes).
    public static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
        lhs.multiplied(by: rhs)
    }

    /// `op(A) · op(B)` with optional transposes, computed by `cblas_dgemm`.
    /// `dW = dZ · Aᵀ` is `dZ.multiplied(by: A, transposingRight: true)`.
    public func multiplied(
        by rhs: Matrix, transposingLeft: Bool = false, transposingRight: Bool = false
    ) -> Matrix {
        let m = transposingLeft ? columns : rows
        let k = transposingLeft ? rows : columns
        let k2 = transposingRight ? rhs.columns : rhs.rows
        let n = transposingRight ? rhs.rows : rhs.columns
        precondition(k == k2, "matmul shape mismatch: \(rows)×\(columns) · \(rhs.rows)×\(rhs.columns)")
        var result = Matrix(rows: m, columns: n)
        if m == 0 || n == 0 { return result }
        if k == 0 { return result }
        elements.withUnsafeBufferPointer { a in
            rhs.elements.withUnsafeBufferPointer { b in
                result.elements.withUnsafeMutableBufferPointer { c in
                    cblas_dgemm(
                        CblasRowMajor,
                        transposingLeft ? CblasTrans : CblasNoTrans,
                        transposingRight ? CblasTrans : CblasNoTrans,
                        Int32(m), Int32(n), Int32(k), 1.0,
                        a.baseAddress, Int32(columns),
                        b.baseAddress, Int32(rhs.columns),
                        0.0, c.baseAddress, Int32(n))
                }
            }
        }
        return result
    }

    /// Combines two matrices entry by entry. `rhs` may also be a column
    /// vector `(rows, 1)` (broadcast along the row, as `Z = W·A + b`), a row
    /// vector `(1, columns)` or a `1×1` scalar.
    public func combined(with rhs: Matrix, _ operation: (Double, Double) -> Double) -> Matrix {
        var result = self
        if rhs.rows == rows && rhs.columns == columns {
            for i in 0..<elements.count { result.elements[i] = operation(elements[i], rhs.elements[i]) }
        } else if rhs.rows == rows && rhs.columns == 1 {
            for r in 0..<rows {
                let v = rhs.elements[r]
                for c in 0..<columns { result.elements[r * columns + c] = operation(elements[r * columns + c], v) }
            }
        } else if rhs.rows == 1 && rhs.columns == columns {
            for r in 0..<rows {
                for c in 0..<columns {
                    result.elements[r * columns + c] = operation(elements[r * columns + c], rhs.elements[c])
                }
            }
        } else if rhs.rows == 1 && rhs.columns == 1 {
            let v = rhs.elements[0]
            for i in 0..<elements.count { result.elements[i] = operation(elements[i], v) }
        } else {
            preconditionFailure("cannot broadcast \(rhs.rows)×\(rhs.columns) onto \(rows)×\(columns)")
        }
        return result
    }

    public static func + (lhs: Matrix, rhs: Matrix) -> Matrix { lhs.combined(with: rhs, +) }
    public static func - (lhs: Matrix, rhs: Matrix) -> Matrix { lhs.combined(with: rhs, -) }
    /// The elementwise (Hadamard) product, numpy's `A * B`.
    public static func .* (lhs: Matrix, rhs: Matrix) -> Matrix { lhs.combined(with: rhs, *) }
    public static func / (lhs: Matrix, rhs: Matrix) -> Matrix { lhs.combined(with: rhs, /) }

    public static func * (lhs: Double, rhs: Matrix) -> Matrix { rhs.map { lhs * $0 } }
    public static func * (lhs: Matrix, rhs: Double) -> Matrix { lhs.map { $0 * rhs } }
    public static func / (lhs: Matrix, rhs: Double) -> Matrix { lhs.map { $0 / rhs } }
    public static func + (lhs: Matrix, rhs: Double) -> Matrix { lhs.map { $0 + rhs } }
    public static func - (lhs: Matrix, rhs: Double) -> Matrix { lhs.map { $0 - rhs } }
    public static func - (lhs: Double, rhs: Matrix) -> Matrix { rhs.map { lhs - $0 } }
    public static prefix func - (operand: Matrix) -> Matrix { operand.map { -$0 } }

    /// Sum of all entries.
    public func sum() -> Double { elements.reduce(0, +) }

    /// Sum of squares of all entries, `Σ w²` (numpy's `np.sum(np.square(W))`).
    public func sumOfSquares() -> Double { elements.reduce(0) { $0 + $1 * $1 } }

    /// Row sums as a column vector `(rows, 1)`: numpy's `np.sum(A, axis=1, keepdims=True)`.
    public func rowSums() -> Matrix {
        var result = Matrix(rows: rows, columns: 1)
        for r in 0..<rows {
            var s = 0.0
            for c in 0..<columns { s += elements[r * columns + c] }
            result.elements[r] = s
        }
        return result
    }

    /// Index of the largest entry in each column (argmax over axis 0).
    public func columnArgmax() -> [Int] {
        (0..<columns).map { c in
            var best = 0
            for r in 1..<max(rows, 1) where self[r, c] > self[best, c] { best = r }
            return best
        }
    }
}

infix operator .* : MultiplicationPrecedence
