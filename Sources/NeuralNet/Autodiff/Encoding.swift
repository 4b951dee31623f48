/// Labels in and out of the multi-class form. Not differentiable (labels
/// are constants), so these work on plain matrices.
extension Tensor {
    /// `C × m` one-hot columns for class indices: column `j` is `e_{labels[j]}`
    /// (TensorFlow's `tf.one_hot(labels, C, axis=0)`). An index outside
    /// `0..<classes` gives an all-zero column, as TensorFlow does.
    public static func oneHot(_ labels: [Int], classes: Int) -> Matrix {
        var result = Matrix(rows: classes, columns: labels.count)
        for (j, label) in labels.enumerated() where label >= 0 && label < classes { result[label, j] = 1 }
        return result
    }

    /// One-hot of a `(1, m)` row of class indices, the library's `Y` layout.
    public static func oneHot(_ labels: Matrix, classes: Int) -> Matrix {
        oneHot(labels.elements.map { Int($0) }, classes: classes)
    }

    /// The predicted class of each column: the row of its largest score
    /// (`argmax` over axis 0); for a single sigmoid row, `z > 0` (σ > ½).
    public static func predictedClasses(_ scores: Matrix) -> [Int] {
        if scores.rows == 1 { return scores.elements.map { $0 > 0 ? 1 : 0 } }
        return scores.columnArgmax()
    }

    /// The fraction of columns whose predicted class equals the label
    /// (`labels` is a `(1, m)` row of class indices).
    public static func accuracy(logits: Matrix, labels: Matrix) -> Double {
        let predicted = predictedClasses(logits)
        guard !predicted.isEmpty else { return .nan }
        let hits = zip(predicted, labels.elements).filter { Double($0) == $1 }.count
        return Double(hits) / Double(predicted.count)
    }

    /// `counts[actual][predicted]`: the diagonal holds the correct answers.
    public static func confusionMatrix(predicted: [Int], actual: [Int], classes: Int) -> [[Int]] {
        var counts = Array(repeating: Array(repeating: 0, count: classes), count: classes)
        for (p, a) in zip(predicted, actual) where p >= 0 && p < classes && a >= 0 && a < classes {
            counts[a][p] += 1
        }
        return counts
    }
}
