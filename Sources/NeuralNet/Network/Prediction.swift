/// Predictions and accuracy, as the course's `predict`: the plain forward
/// pass (never dropout), then class 1 where `a > 0.5` (strictly) and 0
/// otherwise; with a softmax output, the class of the largest probability.
public func predictClasses(
    _ X: Matrix, _ parameters: NetworkParameters, output: OutputActivation = .sigmoid
) -> Matrix {
    classes(of: networkOutputs(X, parameters, output: output), output: output)
}

/// `A[L]` of a plain forward pass (no dropout) over the columns of `X`.
///
/// The pass runs over blocks of at most `predictionBlock` examples in one
/// small workspace. A 10 000-cell decision-boundary grid then stays in cache
/// and allocates a few hundred kilobytes instead of megabytes of freshly
/// zeroed pages (which cost more than its arithmetic). Each example's
/// arithmetic does not depend on the others', so the outputs are bit for bit
/// those of one whole pass.
public func networkOutputs(
    _ X: Matrix, _ parameters: NetworkParameters, output: OutputActivation = .sigmoid
) -> Matrix {
    let layers = parameters.layers, units = layers[layers.count - 1]
    precondition(X.rows == layers[0], "X has \(X.rows) rows for a \(layers) network")
    let m = X.columns
    guard m > 0 else { return Matrix.zeros(units, 0) }
    let workspace = NetworkWorkspace(layers: layers, capacity: min(m, predictionBlock), output: output)
    var noDropout: DropoutMaskGenerator? = nil
    var outputs = Matrix.zeros(units, m)
    var start = 0
    while start < m {
        let end = min(start + predictionBlock, m)
        workspace.loadInputs(X, columns: start..<end)
        workspace.forward(parameters, dropout: &noDropout)
        let block = workspace.outputActivations
        outputs.elements.withUnsafeMutableBufferPointer { all in
            for unit in 0..<units {
                (all.baseAddress! + unit * m + start).update(from: block + unit * (end - start), count: end - start)
            }
        }
        start = end
    }
    return outputs
}

/// The widest block of examples `networkOutputs` runs through the network at once.
let predictionBlock = 256

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
