/// One recorded point of the cost curve.
public struct CostSample: Sendable, Equatable {
    public var epoch: Int
    public var cost: Double

    public init(epoch: Int, cost: Double) {
        self.epoch = epoch
        self.cost = cost
    }
}

/// What a training run produced.
public struct TrainingOutcome: Sendable {
    public var configuration: TrainingConfiguration
    /// `(epoch, cost)` for every epoch divisible by `recordEvery`: the cost
    /// computed during that epoch, before its update (the course's printout).
    /// When training diverges, the diverged epoch is appended with its
    /// non-finite cost.
    public var costs: [CostSample]
    /// The cost computed in the last epoch run, before its update (NaN if
    /// training diverged).
    public var finalCost: Double
    public var trainAccuracy: Double
    /// `nil` when the data set has no test set.
    public var testAccuracy: Double?
    /// The trained parameters.
    public var parameters: NetworkParameters
    public var output: OutputActivation
    /// The first epoch whose parameters were no longer finite (its cost is
    /// then non-finite too); training stopped there. `nil` if it never happened.
    public var divergedAtEpoch: Int?
    /// Epochs actually run (`epochs`, or fewer after divergence).
    public var epochsRun: Int
    /// The backward ordering used (see `BackwardOrdering`).
    public var backwardOrdering: BackwardOrdering

    /// Classes `1 × m` for the columns of `X` (plain forward pass, no dropout):
    /// evaluate it on a grid to draw the decision boundary.
    public func predict(_ X: Matrix) -> Matrix {
        predictClasses(X, parameters, output: output)
    }

    /// Network outputs `A[L]` for the columns of `X`: the probability of class
    /// 1 for a sigmoid output, the class probabilities for softmax.
    public func probabilities(_ X: Matrix) -> Matrix {
        networkOutputs(X, parameters, output: output)
    }
}
