/// Inverted dropout on the hidden layers.
///
/// Forward: draw `D[l] = rand(n[l], m) < keepProb` and set
/// `A[l] = (A[l] ⊙ D[l]) / keepProb`, so the expected activation is unchanged
/// and prediction (which never drops) needs no rescaling. Backward applies
/// the same mask: `dA[l] = (dA[l] ⊙ D[l]) / keepProb`. The output layer is
/// never dropped.
public struct DropoutSettings: Sendable, Hashable {
    /// Probability of keeping a unit (`1` switches dropout off).
    public var keepProb: Double
    public var masks: DropoutMasks
    public var seed: UInt32

    public init(keepProb: Double, masks: DropoutMasks = .fixed, seed: UInt32 = 1) {
        precondition(keepProb > 0 && keepProb <= 1, "keep_prob must be in (0, 1]")
        self.keepProb = keepProb
        self.masks = masks
        self.seed = seed
    }
}

/// Produces the masks of successive forward passes.
///
/// - `fixed` reproduces `forward_propagation_with_dropout`, which calls
///   `np.random.seed(1)` at the start of *every* call and then draws
///   `D1 = rand(n1, m)`, `D2 = rand(n2, m)`, …: every step gets the same
///   masks (3627 of 4220 and 544 of 633 units kept on the course data at
///   keep_prob 0.86). Since the masks depend only on the batch width, they are
///   drawn once per width and reused: bit-identical, without 10⁴ uniform
///   draws per step.
/// - `fresh` seeds one stream once and keeps drawing from it: new masks
///   every step, which is what dropout is meant to be.
struct DropoutMaskGenerator {
    let settings: DropoutSettings
    private var random: NumpyRandom
    private var fixedMasks: [Int: [[Double]]] = [:]

    init(_ settings: DropoutSettings) {
        self.settings = settings
        random = NumpyRandom(seed: settings.seed)
    }

    /// Fills `masks[l]` (`widths[l] × m`, row-major) with 0/1 entries for
    /// one forward pass, drawing the layers in order.
    mutating func fill(_ masks: [UnsafeMutablePointer<Double>], widths: [Int], columns m: Int) {
        let keep = settings.keepProb
        // region: dropout-masks
        switch settings.masks {
        case .fresh:
            for (mask, rows) in zip(masks, widths) {
                random.fillUniform(mask, count: rows * m)
                for i in 0..<(rows * m) { mask[i] = mask[i] < keep ? 1 : 0 }
            }
        case .fixed:
            if fixedMasks[m] == nil {
                random.seed(settings.seed)
                fixedMasks[m] = widths.map { rows in
                    (0..<(rows * m)).map { _ in random.nextDouble() < keep ? 1 : 0 }
                }
            }
            for (mask, stored) in zip(masks, fixedMasks[m]!) {
                stored.withUnsafeBufferPointer { mask.update(from: $0.baseAddress!, count: $0.count) }
            }
        }
        // endregion
    }
}
