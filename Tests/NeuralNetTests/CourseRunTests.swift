import Foundation
import Testing
@testable import NeuralNet

/// The course's nine training runs, end to end on the golden data.
/// Heavy: run with `swift test -c release --filter CourseRunTests`.
@Suite(.enabled(if: TrainingFixtures.dataAvailable, TrainingFixtures.missingData),
       .enabled(if: TrainingFixtures.heavyEnabled, TrainingFixtures.debugBuild))
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

    @Test func circlesZeros() throws {
        let data = try TrainingFixtures.circles()
        let outcome = Self.timed("circles zeros") { train(data, Self.initialization(.zeros)) }
        // Symmetry is never broken: the cost stays log 2 and everything is class 0.
        for sample in outcome.costs { expectClose(sample.cost, 0.6931471805599453, tolerance: 1e-15) }
        #expect(outcome.trainAccuracy == 0.5)
        #expect(outcome.testAccuracy == 0.5)
    }

    @Test func circlesRandomTimesTen() throws {
        let data = try TrainingFixtures.circles()
        let outcome = Self.timed("circles random") { train(data, Self.initialization(.random)) }
        // Saturated outputs: the first cost is inf (nansum drops the NaN terms).
        #expect(outcome.costs[0].cost == .infinity)
        #expect(outcome.divergedAtEpoch == nil)
        expectClose(outcome.trainAccuracy, 0.83, tolerance: 1e-12, "train accuracy")
        expectClose(outcome.testAccuracy ?? -1, 0.86, tolerance: 1e-12, "test accuracy")
    }

    static func optimization(_ kind: OptimizerKind) -> TrainingConfiguration {
        var config = TrainingConfiguration(layers: [2, 5, 2, 1])
        config.initialization = .he
        config.seed = 3
        config.learningRate = 0.0007
        config.miniBatchSize = .size(64)
        config.epochs = 10_000
        config.optimizer = kind
        config.shuffleSeed = 10
        return config
    }

    @Test(arguments: [(OptimizerKind.gd, 239.0 / 300), (.momentum, 239.0 / 300), (.adam, 0.94)])
    func moons(kind: OptimizerKind, expected: Double) throws {
        let data = try TrainingFixtures.moons()
        let outcome = Self.timed("moons \(kind)") { train(data, Self.optimization(kind)) }
        print("moons \(kind) costs:", outcome.costs.map(\.cost))
        expectClose(outcome.trainAccuracy, expected, tolerance: 1e-12, "\(kind) train accuracy")
        #expect(outcome.testAccuracy == nil)
        #expect(outcome.costs.count == 10)
    }

    static func regularization() -> TrainingConfiguration {
        var config = TrainingConfiguration(layers: [2, 20, 3, 1])
        config.initialization = .xavier
        config.seed = 3
        config.learningRate = 0.3
        config.epochs = 30_000
        config.recordEvery = 10_000
        return config
    }

    static func checkRegularization(_ label: String, _ config: TrainingConfiguration, costs: [Double],
                                    train trainAccuracy: Double, test testAccuracy: Double) throws {
        let data = try TrainingFixtures.football()
        let outcome = timed(label) { train(data, config) }
        #expect(outcome.backwardOrdering == .scaleProducts)
        #expect(outcome.costs.map(\.epoch) == [0, 10_000, 20_000])
        for (sample, want) in zip(outcome.costs, costs) {
            expectRelativelyClose(sample.cost, want, tolerance: 1e-9, "\(label) cost at \(sample.epoch)")
        }
        print(label, outcome.costs.map(\.cost), outcome.trainAccuracy, outcome.testAccuracy ?? -1)
        expectClose(outcome.trainAccuracy, trainAccuracy, tolerance: 1e-12, "\(label) train accuracy")
        expectClose(outcome.testAccuracy ?? -1, testAccuracy, tolerance: 1e-12, "\(label) test accuracy")
    }

    /// The course's printed costs at 0, 10 000 and 20 000 iterations.
    @Test func regularizationNone() throws {
        try Self.checkRegularization(
            "reg none", Self.regularization(),
            costs: [0.6557412523481002, 0.16329987525724216, 0.13851642423255986],
            train: 200.0 / 211, test: 0.915)
    }

    @Test func regularizationL2() throws {
        var config = Self.regularization()
        config.lambda = 0.7
        try Self.checkRegularization(
            "reg L2", config, costs: [0.6974484493131264, 0.2684918873282239, 0.26809163371273015],
            train: 198.0 / 211, test: 0.93)
    }

    @Test func regularizationDropout() throws {
        var config = Self.regularization()
        config.keepProb = 0.86
        config.dropoutMasks = .fixed
        config.dropoutSeed = 1
        try Self.checkRegularization(
            "reg dropout", config, costs: [0.6543912405149825, 0.061016986574905605, 0.060582435798513114],
            train: 196.0 / 211, test: 0.95)
    }
}
