/// Softmax and the two "with logits" losses. Taking logits (the last
/// linear layer's `Z`) rather than probabilities lets the loss be computed
/// without ever forming `log(σ(z))` or `log(softmax(z))`, which underflow
/// to `log 0 = −∞` for confident wrong predictions: the reason TensorFlow
/// offers `…_cross_entropy_with_logits`.
extension Tensor {
    /// Column-wise softmax (one column per example):
    /// `sᵢ = e^(zᵢ − max z) / Σₖ e^(zₖ − max z)`; subtracting the column's
    /// maximum changes nothing mathematically and keeps `e^x` finite.
    /// Pullback: `∂zᵢ = sᵢ·(Ḡᵢ − Σₖ Ḡₖ sₖ)` per column.
    public func softmax() -> Tensor {
        let s = Self.columnSoftmax(value)
        return Tensor(s, operation: "softmax", inputs: [self]) { g in
            var dz = Matrix(rows: s.rows, columns: s.columns)
            for j in 0..<s.columns {
                var dot = 0.0
                for i in 0..<s.rows { dot += g[i, j] * s[i, j] }
                for i in 0..<s.rows { dz[i, j] = s[i, j] * (g[i, j] - dot) }
            }
            return [dz]
        }
    }

    /// The mean over examples of `−Σᵢ yᵢ log softmax(z)ᵢ`, a `1×1` tensor;
    /// `labels` has the logits' shape (one-hot columns, see ``oneHot(_:classes:)``).
    ///
    /// Stable form with `lse = max z + log Σₖ e^(zₖ − max z)`:
    /// `ℓ = Σᵢ yᵢ·(lse − zᵢ)`. Pullback: `∂z = (Ḡ/m)·(softmax(z)·Σᵢyᵢ − y)`,
    /// which is the familiar `(p − y)/m` for one-hot labels.
    public static func softmaxCrossEntropy(logits: Tensor, labels: Matrix) -> Tensor {
        let z = logits.value
        precondition(labels.rows == z.rows && labels.columns == z.columns, "labels must match the logits' shape")
        let m = z.columns
        var probabilities = Matrix(rows: z.rows, columns: m)
        var total = 0.0
        for j in 0..<m {
            var top = -Double.infinity
            for i in 0..<z.rows { top = max(top, z[i, j]) }
            var sum = 0.0
            for i in 0..<z.rows { sum += libmExp(z[i, j] - top) }
            let lse = top + libmLog(sum)
            for i in 0..<z.rows {
                probabilities[i, j] = libmExp(z[i, j] - lse)
                total += labels[i, j] * (lse - z[i, j])
            }
        }
        let loss = Matrix(rows: 1, columns: 1, elements: [total / Double(max(m, 1))])
        return Tensor(loss, operation: "softmax_cross_entropy", inputs: [logits]) { g in
            let scale = g.elements[0] / Double(max(m, 1))
            var dz = Matrix(rows: z.rows, columns: m)
            for j in 0..<m {
                var labelMass = 0.0
                for i in 0..<z.rows { labelMass += labels[i, j] }
                for i in 0..<z.rows { dz[i, j] = scale * (probabilities[i, j] * labelMass - labels[i, j]) }
            }
            return [dz]
        }
    }

    /// Elementwise `−y·log σ(z) − (1−y)·log(1 − σ(z))`, the same shape as the
    /// logits (as `tf.nn.sigmoid_cross_entropy_with_logits`; take ``mean()``
    /// for the cost). Stable form: `max(z, 0) − z·y + log(1 + e^(−|z|))`.
    /// Pullback: `∂z = Ḡ ⊙ (σ(z) − y)`.
    public static func sigmoidCrossEntropy(logits: Tensor, labels: Matrix) -> Tensor {
        let z = logits.value
        precondition(labels.rows == z.rows && labels.columns == z.columns, "labels must match the logits' shape")
        let loss = z.combined(with: labels) { zi, yi in max(zi, 0) - zi * yi + libmLog1p(libmExp(-abs(zi))) }
        return Tensor(loss, operation: "sigmoid_cross_entropy", inputs: [logits]) { g in
            let residual = z.combined(with: labels) { zi, yi in 1 / (1 + libmExp(-zi)) - yi }
            return [g .* residual]
        }
    }

    /// Softmax of each column of a plain matrix (no graph), e.g. for predictions.
    public static func columnSoftmax(_ z: Matrix) -> Matrix {
        var s = z
        for j in 0..<z.columns {
            var top = -Double.infinity
            for i in 0..<z.rows { top = max(top, z[i, j]) }
            var sum = 0.0
            for i in 0..<z.rows {
                let e = libmExp(z[i, j] - top)
                s[i, j] = e
                sum += e
            }
            for i in 0..<z.rows { s[i, j] /= sum }
        }
        return s
    }
}
