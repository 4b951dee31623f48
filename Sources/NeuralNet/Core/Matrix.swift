/// A dense matrix of `Double`, stored row-major like a C-ordered numpy array.
///
/// The library follows the course's layout: a data set `X` is `(features, m)`
/// with one **column per example**, labels are `(1, m)`, weights `W[l]` are
/// `(n[l], n[l-1])` and biases `b[l]` are `(n[l], 1)`. Row-major storage
/// means `elements[r * columns + c]` is entry `(r, c)` and that filling a
/// matrix from a random stream visits entries in numpy's order.
public struct Matrix: Equatable, Sendable, CustomStringConvertible {
    public let rows: Int
    public let columns: Int
    /// Entries in row-major order; `count == rows * columns`.
    public var elements: [Double]

    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "negative matrix shape")
        self.rows = rows
        self.columns = columns
        self.elements = Array(repeating: value, count: rows * columns)
    }

    public init(rows: Int, columns: Int, elements: [Double]) {
        precondition(elements.count == rows * columns,
                     "\(elements.count) elements for a \(rows)×\(columns) matrix")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// A matrix from nested rows, as numpy's `np.array([[...], [...]])`.
    public init(_ nestedRows: [[Double]]) {
        let columns = nestedRows.first?.count ?? 0
        precondition(nestedRows.allSatisfy { $0.count == columns }, "ragged rows")
        self.init(rows: nestedRows.count, columns: columns, elements: nestedRows.flatMap { $0 })
    }

    /// Builds each entry from its `(row, column)` position.
    public init(rows: Int, columns: Int, generator: (Int, Int) -> Double) {
        var elements = [Double]()
        elements.reserveCapacity(rows * columns)
        for r in 0..<rows {
            for c in 0..<columns { elements.append(generator(r, c)) }
        }
        self.init(rows: rows, columns: columns, elements: elements)
    }

    public static func zeros(_ rows: Int, _ columns: Int) -> Matrix {
        Matrix(rows: rows, columns: columns)
    }

    public var shape: (rows: Int, columns: Int) { (rows, columns) }
    public var count: Int { elements.count }

    @inlinable
    public subscript(row: Int, column: Int) -> Double {
        get { elements[row * columns + column] }
        set { elements[row * columns + column] = newValue }
    }

    /// Row `r` as an array.
    public func row(_ r: Int) -> [Double] {
        Array(elements[(r * columns)..<((r + 1) * columns)])
    }

    /// Column `c` as an array (one example, in the course's layout).
    public func column(_ c: Int) -> [Double] {
        (0..<rows).map { self[$0, c] }
    }

    /// The rows as nested arrays, for printing and JSON.
    public var nestedRows: [[Double]] { (0..<rows).map(row) }

    public var transposed: Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for r in 0..<rows {
            for c in 0..<columns { result.elements[c * rows + r] = elements[r * columns + c] }
        }
        return result
    }

    /// The columns at `indices`, in that order (numpy's `X[:, indices]`).
    public func selectingColumns(_ indices: some Collection<Int>) -> Matrix {
        var result = Matrix(rows: rows, columns: indices.count)
        for r in 0..<rows {
            let source = r * columns
            let target = r * indices.count
            for (k, c) in indices.enumerated() { result.elements[target + k] = elements[source + c] }
        }
        return result
    }

    /// Columns `range` (numpy's `X[:, a:b]`).
    public func columns(_ range: Range<Int>) -> Matrix {
        selectingColumns(range)
    }

    public func map(_ transform: (Double) -> Double) -> Matrix {
        Matrix(rows: rows, columns: columns, elements: elements.map(transform))
    }

    public var description: String {
        "[" + nestedRows.map { "[" + $0.map { "\($0)" }.joined(separator: ", ") + "]" }
            .joined(separator: ",\n ") + "]"
    }
}
