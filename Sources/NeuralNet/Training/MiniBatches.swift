/// Mini-batch partitioning, as `random_mini_batches(X, Y, size, seed)`:
///
/// 1. `np.random.seed(seed)` and `permutation(m)`;
/// 2. reorder the columns of `X` and `Y` by it;
/// 3. cut `⌊m/size⌋` full batches of `size` columns, then one batch with
///    the `m mod size` remaining columns (if any).
///
/// (A generator seeded per call, so the partition depends only on `seed`.)
public struct MiniBatchPartition: Sendable, Equatable {
    public var examples: Int
    public var size: Int
    public var seed: UInt32
    /// The shuffled example order, `permutation(m)`.
    public var permutation: [Int]
    /// Column ranges of the shuffled order, one per batch.
    public var batches: [Range<Int>]

    public init(examples: Int, size: Int, seed: UInt32) {
        precondition(examples > 0 && size > 0, "need examples and a positive batch size")
        self.examples = examples
        self.size = size
        self.seed = seed
        // region: partition
        var random = NumpyRandom(seed: seed)
        permutation = random.permutation(examples)
        batches = stride(from: 0, to: examples, by: size).map { $0..<min($0 + size, examples) }
        // endregion
    }

    /// Number of columns of each batch: `[64, 64, 64, 64, 44]` for 300 by 64.
    public var sizes: [Int] { batches.map(\.count) }

    /// The original example indices in batch `k`, in batch order.
    public func indices(ofBatch k: Int) -> ArraySlice<Int> { permutation[batches[k]] }

    /// The first `count` example indices of every batch (for display).
    public func firstIndices(_ count: Int = 5) -> [[Int]] {
        batches.indices.map { Array(indices(ofBatch: $0).prefix(count)) }
    }
}

/// One mini-batch: `X` is `(features, size)`, `Y` is `(1, size)`.
public struct MiniBatch: Sendable, Equatable {
    public var X: Matrix
    public var Y: Matrix
    /// The original column of each example.
    public var indices: [Int]
}

/// Entry point of the `mini_batches` routine: the shuffle and partition of
/// `examples` examples into batches of `size`, with `seed`.
public func miniBatches(examples: Int, size: Int, seed: UInt32 = 0) -> MiniBatchPartition {
    MiniBatchPartition(examples: examples, size: size, seed: seed)
}

/// The mini-batches themselves (the course's `random_mini_batches`).
public func randomMiniBatches(_ X: Matrix, _ Y: Matrix, size: Int, seed: UInt32 = 0) -> [MiniBatch] {
    precondition(X.columns == Y.columns, "X and Y disagree on the number of examples")
    let partition = MiniBatchPartition(examples: X.columns, size: size, seed: seed)
    return partition.batches.indices.map { k in
        let indices = Array(partition.indices(ofBatch: k))
        return MiniBatch(X: X.selectingColumns(indices), Y: Y.selectingColumns(indices), indices: indices)
    }
}
