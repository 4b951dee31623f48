import Testing
@testable import NeuralNet

/// course-facts §6: `random_mini_batches`.
@Suite struct MiniBatchTests {
    /// `random_mini_batches_test_case`: seed(1), X = randn(12288,148),
    /// Y = randn(1,148) < 0.5, batches of 64 with the default seed 0.
    @Test func courseTestCase() {
        var random = NumpyRandom(seed: 1)
        let X = random.randn(12288, 148)
        let Y = random.randn(1, 148).map { $0 < 0.5 ? 1 : 0 }
        let batches = randomMiniBatches(X, Y, size: 64, seed: 0)
        #expect(batches.map { $0.X.rows } == [12288, 12288, 12288])
        #expect(batches.map { $0.X.columns } == [64, 64, 20])
        #expect(batches.map { $0.Y.rows } == [1, 1, 1])
        #expect(batches.map { $0.Y.columns } == [64, 64, 20])
        let first = Array(batches[0].X.row(0).prefix(3))
        for (value, want) in zip(first, [0.90085595, -0.7612069, 0.2344157]) { expectClose(value, want) }
        #expect(Array(batches[0].indices.prefix(4)) == [24, 7, 37, 114])
        #expect(batches[1].Y.elements == batches[1].indices.map { Y[0, $0] })
    }

    /// The optimization run's first epoch shuffles with seed 11.
    @Test func partitionOfTheMoonsRun() {
        let partition = miniBatches(examples: 300, size: 64, seed: 11)
        #expect(partition.sizes == [64, 64, 64, 64, 44])
        #expect(Array(partition.permutation.prefix(8)) == [174, 113, 86, 239, 12, 252, 261, 39])
        #expect(partition.firstIndices(2)[0] == [174, 113])
        #expect(Set(partition.permutation) == Set(0..<300))
        #expect(miniBatches(examples: 128, size: 64).sizes == [64, 64])
        #expect(miniBatches(examples: 10, size: 64).sizes == [10])
    }
}
