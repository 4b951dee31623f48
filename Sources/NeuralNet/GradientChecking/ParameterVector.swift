/// Flattening parameters to one vector and back, in the course's order
/// (`dictionary_to_vector` / `vector_to_dictionary`): `W1, b1, W2, b2, …`,
/// each row-major. For the 4→5→3→1 network the slices are `[0:20]`,
/// `[20:25]`, `[25:40]`, `[40:43]`, `[43:46]`, `[46:47]`.
extension NetworkParameters {
    /// All entries as one vector `θ`.
    public var flattened: [Double] {
        var result: [Double] = []
        result.reserveCapacity(parameterCount)
        for index in 0..<tensorCount { result += self[tensor: index].elements }
        return result
    }

    /// Parameters shaped like `self` with the entries of `vector`.
    public func replacing(with vector: [Double]) -> NetworkParameters {
        precondition(vector.count == parameterCount, "\(vector.count) values for \(parameterCount) parameters")
        var result = self
        var offset = 0
        for index in 0..<tensorCount {
            let shape = self[tensor: index]
            result[tensor: index] = Matrix(rows: shape.rows, columns: shape.columns,
                                           elements: Array(vector[offset..<(offset + shape.count)]))
            offset += shape.count
        }
        return result
    }

    /// The name of entry `i` of `flattened`, e.g. `W2[1,3]` (0-based row and
    /// column, as numpy indexes), and the tensor it belongs to.
    func componentName(_ i: Int) -> (tensor: Int, name: String) {
        var offset = 0
        for index in 0..<tensorCount {
            let t = self[tensor: index]
            if i < offset + t.count {
                let k = i - offset
                let prefix = (index % 2 == 0 ? "W" : "b") + "\(index / 2 + 1)"
                return (index, "\(prefix)[\(k / t.columns),\(k % t.columns)]")
            }
            offset += t.count
        }
        preconditionFailure("component \(i) out of range")
    }
}

extension Gradients {
    /// `dW1, db1, dW2, db2, …` as one vector (`gradients_to_vector`).
    public var flattened: [Double] {
        (0..<tensorCount).flatMap { self[tensor: $0].elements }
    }
}

/// The Euclidean norm `‖v‖₂`.
func euclideanNorm(_ v: [Double]) -> Double {
    v.reduce(0) { $0 + $1 * $1 }.squareRoot()
}

/// `‖a − b‖ / (‖a‖ + ‖b‖)`: 0 when equal, 1 when opposite or one is zero.
func relativeDifference(_ a: [Double], _ b: [Double]) -> Double {
    let numerator = euclideanNorm(zip(a, b).map { $0 - $1 })
    let denominator = euclideanNorm(a) + euclideanNorm(b)
    return denominator == 0 ? 0 : numerator / denominator
}
