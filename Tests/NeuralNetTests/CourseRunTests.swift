import Foundation
import Testing
@testable import NeuralNet

/// The course's nine training runs, end to end on the golden data.
/// Heavy: run with `swift test -c release --filter CourseRunTests`.
@Suite(.enabled(if: TrainingFixtures.dataAvailable, TrainingFixtures.missingData))
struct CourseRunTests {
    static func timed<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now
        let result = try body()
        print("\(label): \(ContinuousClock.now - start)")
        return result
    }

    static func initialization(_ scheme: InitializationScheme) -> TrainingConfiguration {
        var config = TrainingConfiguration(layers: [2, 10, 5, 1])
        config.initialization = scheme
        config.learningRate = 0.01
        config.epochs = 15_000
        return config
    }

    @Test func circlesHe() throws {
        let data = try TrainingFixtures.circles()
        let outcome = Self.timed("circles he") { train(data, Self.initialization(.he)) }
        // The course's printed costs of the He run (every 1000 iterations).
        let expected = [
            0.8830537463419761, 0.6879825919728063, 0.6751286264523371, 0.6526117768893807,
            0.6082958970572938, 0.5304944491717495, 0.4138645817071794, 0.3117803464844441,
            0.23696215330322562, 0.18597287209206834, 0.1501555628037182, 0.12325079292273548,
            0.09917746546525937, 0.0845705595402428, 0.07357895962677366,
        ]
        #expect(outcome.costs.map(\.epoch) == Array(stride(from: 0, to: 15_000, by: 1000)))
        for (sample, want) in zip(outcome.costs, expected) {
            expectRelativelyClose(sample.cost, want, tolerance: 1e-9, "cost at \(sample.epoch)")
        }
        print(outcome.costs.map { "\($0.epoch): \($0.cost)" }.joined(separator: "\n"))
        expectClose(outcome.trainAccuracy, 298.0 / 300, tolerance: 1e-12, "train accuracy")
        expectClose(outcome.testAccuracy ?? -1, 0.96, tolerance: 1e-12, "test accuracy")
        #expect(outcome.divergedAtEpoch == nil)
    }
}
