/// Predictions and accuracy, as the course's `predict`: the plain forward
/// pass (never dropout), then class 1 where `a > 0.5` (strictly) and 0
/// otherwise; with a softmax output, the class of the largest probability.
public func predictClasses(
    _ X: Matrix, _ parameters: NetworkParameters, output: OutputActivation = .sigmoid
) -> Matrix {
    classes(of: forwardPass(X, parameters, output: output).output, output: output)
}

/// Classes `1 × m` from network outputs `A`.
public func classes(of A: Matrix, output: OutputActivation = .sigmoid) -> Matrix {
    switch output {
    case .sigmoid:
        precondition(A.rows == 1, "a sigmoid output has one row")
        return A.map { $0 > 0.5 ? 1 : 0 }
    case .softmax:
        return Matrix(rows: 1, columns: A.columns, elements: A.columnArgmax().map(Double.init))
    }
}

/// The fraction of columns where `predictions` equals `Y`, `np.mean(p == y)`.
public func accuracy(_ predictions: Matrix, _ Y: Matrix) -> Double {
    precondition(predictions.count == Y.count, "prediction and label counts differ")
    guard Y.count > 0 else { return 0 }
    var correct = 0
    for (p, y) in zip(predictions.elements, Y.elements) where p == y { correct += 1 }
    return Double(correct) / Double(Y.count)
}
