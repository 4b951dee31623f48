import Foundation
import Testing
@testable import NeuralNet

/// Training through the engine: the course's recipe on digits, and the same
/// network as the hand-written trainer giving the same numbers.
@Suite struct AutodiffTrainingTests {
    static let digitsConfiguration: AutodiffConfiguration = {
        var config = AutodiffConfiguration(layers: [64, 25, 12, 10])
        config.learningRate = 0.001
        config.epochs = 200
        config.recordEvery = 10
        return config
    }()

    /// The bar: at least 95 % on the 360 held-out images. Heavy in a
    /// debug build (about a minute); a release build takes about a second.
    @Test func digitsReachNinetyFivePercent() throws {
        let data = try Dataset.digits()
        let start = Date()
        let outcome = trainWithAutodiff(dataset: data, configuration: Self.digitsConfiguration)
        let seconds = Date().timeIntervalSince(start)
        let test = try #require(outcome.testAccuracy)
        #expect(test >= 0.95, "test accuracy \(test)")
        #expect(outcome.trainAccuracy >= test)
        #expect(outcome.costs.first!.cost > outcome.finalCost)
        #expect(outcome.costs.count == 20 && outcome.epochsRun == 200 && outcome.divergedAtEpoch == nil)
        #expect(outcome.testPredictions?.count == 360 && outcome.trainPredictions.count == 1437)
        let confusion = outcome.confusionMatrix
        #expect(confusion.count == 10 && confusion.flatMap { $0 }.reduce(0, +) == 360)
        let correct = (0..<10).map { confusion[$0][$0] }.reduce(0, +)
        #expect(Double(correct) / 360 == test)
        print("digits: train \(outcome.trainAccuracy) test \(test) final cost \(outcome.finalCost) in \(seconds) s")
    }
}
