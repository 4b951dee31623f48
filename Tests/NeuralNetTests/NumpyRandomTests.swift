import Testing
@testable import NeuralNet

/// Check values from course-facts §2, verified there against numpy 2.4.6.
@Suite struct NumpyRandomTests {
    @Test func seedOneRawWords() {
        var rng = NumpyRandom(seed: 1)
        #expect(rng.nextUInt32() == 1_791_095_845)
        #expect(rng.nextUInt32() == 4_282_876_139)
        var zero = NumpyRandom(seed: 0)
        #expect(zero.nextUInt32() == 2_357_136_044)
    }

    /// MT19937's known answer (the C++ standard requires it of
    /// `std::mt19937`, seeded the same way): the 10 000th word after seed 5489.
    /// It passes through 16 twists, so every word of the vectorized twist counts.
    @Test func tenThousandthWordAfterTheReferenceSeed() {
        var rng = NumpyRandom(seed: 5489)
        var word: UInt32 = 0
        for _ in 0..<10_000 { word = rng.nextUInt32() }
        #expect(word == 4_123_659_995)
    }

    /// The bulk path must give exactly the values of one `nextDouble` call
    /// after another, from any position in a block (odd ones too, after an odd
    /// number of raw words) and across several twists.
    @Test func fillUniformEqualsSuccessiveDraws() {
        for (skipped, count) in [(0, 1), (0, 5000), (1, 311), (2, 312), (3, 4000), (617, 9), (622, 1), (623, 700)] {
            var bulk = NumpyRandom(seed: 7)
            var single = NumpyRandom(seed: 7)
            for _ in 0..<skipped { _ = bulk.nextUInt32(); _ = single.nextUInt32() }
            var values = [Double](repeating: -1, count: count)
            values.withUnsafeMutableBufferPointer { bulk.fillUniform($0.baseAddress!, count: count) }
            let expected = (0..<count).map { _ in single.nextDouble() }
            #expect(values.map(\.bitPattern) == expected.map(\.bitPattern), "skipped \(skipped), count \(count)")
            #expect(bulk.nextUInt32() == single.nextUInt32(), "the streams go on in step")
        }
    }

    @Test func randAfterSeedOne() {
        var rng = NumpyRandom(seed: 1)
        let values = rng.rand(1, 3).elements
        #expect(abs(values[0] - 0.417022005) < 1e-9)
        #expect(abs(values[1] - 0.720324493) < 1e-9)
        #expect(abs(values[2] - 0.000114374817) < 1e-12)
    }

    @Test func randnUsesTheCachedSecondValue() {
        var rng = NumpyRandom(seed: 1)
        let expected = [1.62434536, -0.61175641, -0.52817175, -1.07296862, 0.86540763, -2.3015387]
        // Odd-sized draws: the cache must carry across calls.
        let first = rng.randn(1, 3).elements
        let second = rng.randn(3, 1).elements
        for (value, want) in zip(first + second, expected) { #expect(abs(value - want) < 1e-8) }
        var three = NumpyRandom(seed: 3)
        let values = three.randn(2, 2).elements
        for (value, want) in zip(values, [1.78862847, 0.43650985, 0.09649747, -1.8634927]) {
            #expect(abs(value - want) < 1e-8)
        }
    }

    @Test func reseedingClearsTheGaussianCache() {
        var rng = NumpyRandom(seed: 1)
        _ = rng.randn(1, 1)
        rng.seed(1)
        #expect(abs(rng.nextGaussian() - 1.62434536) < 1e-8)
    }

    @Test func permutationMatchesNumpy() {
        var rng = NumpyRandom(seed: 11)
        #expect(Array(rng.permutation(300).prefix(8)) == [174, 113, 86, 239, 12, 252, 261, 39])
        var zero = NumpyRandom(seed: 0)
        #expect(Array(zero.permutation(148).prefix(4)) == [24, 7, 37, 114])
    }
}
