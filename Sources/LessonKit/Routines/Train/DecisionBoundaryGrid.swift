import NeuralNet

/// A trained classifier's predictions over a grid covering 2-D data.
enum DecisionBoundaryGrid {
    static let resolution = 100

    /// Predicts the class of each cell centre of a `resolution`² grid over the
    /// bounding box of the training (and test) data, widened by 10 % per side.
    static func compute(title: String, dataset: Dataset, predict: (Matrix) -> Matrix) -> DecisionBoundary {
        var xs = dataset.trainX.row(0), ys = dataset.trainX.row(1)
        if let test = dataset.testX { xs += test.row(0); ys += test.row(1) }
        let xRange = padded(xs), yRange = padded(ys)
        let n = resolution
        let dx = (xRange.upperBound - xRange.lowerBound) / Double(n)
        let dy = (yRange.upperBound - yRange.lowerBound) / Double(n)
        // Row-major from the bottom row: cell (row, column) at y = low + (row + ½)·dy.
        let grid = Matrix(rows: 2, columns: n * n) { feature, cell in
            feature == 0
                ? xRange.lowerBound + (Double(cell % n) + 0.5) * dx
                : yRange.lowerBound + (Double(cell / n) + 0.5) * dy
        }
        let cells = predict(grid).elements.map { Int($0) }
        let points = Scatter(title: "training data", points: zip(dataset.trainX.row(0), dataset.trainX.row(1)).map { [$0, $1] },
                             labels: dataset.trainY.elements.map { Int($0) })
        return DecisionBoundary(title: title, xRange: xRange, yRange: yRange, resolution: n, cells: cells, points: points)
    }

    /// `[min − 10 %, max + 10 %]` of the finite values (a unit range if none).
    static func padded(_ values: [Double]) -> ClosedRange<Double> {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return -1...1 }
        let margin = high > low ? (high - low) * 0.1 : 0.5
        return (low - margin)...(high + margin)
    }
}
