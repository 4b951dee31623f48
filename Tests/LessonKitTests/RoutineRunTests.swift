import Foundation
import NeuralNet
import Testing
@testable import LessonKit

/// Each routine run end to end from a lesson block (small sizes: debug builds are slow).
@Suite("Routine runs")
struct RoutineRunTests {
    let fixture = LessonFixture()

    /// Validates a one-block lesson and runs its experiment.
    func run(_ body: String) throws -> RoutineOutput {
        let validated = fixture.validate(lesson(body))
        #expect(validated.diagnostics.filter { $0.severity == .error }.isEmpty, "\(validated.diagnostics)")
        let experiment = try #require(validated.experiments.first)
        let routine = try #require(RoutineRegistry.standard.routine(named: experiment.routine))
        return try routine.run(experiment, context: RunContext(lessonDirectory: fixture.folder), progress: .ignore)
    }

    func metric(_ output: RoutineOutput, _ name: String) -> Double? {
        output.metrics.first { $0.name == name }?.value
    }

    @Test func trainHeOnCirclesStartsAtTheCourseCost() throws {
        let output = try run("routine: train\nlayers: [2, 10, 5, 1]\nepochs: 3")
        #expect(output.metrics.map(\.name) == ["final_cost", "train_accuracy", "test_accuracy", "epochs_run"])
        let first = try #require(output.series.first?.points.first)
        #expect(first.x == 0)
        #expect(abs(first.y - 0.8830537463419761) < 1e-9)
        #expect(metric(output, "epochs_run") == 3)
        guard case .decisionBoundary(let boundary)? = output.artifacts.first else {
            Issue.record("no decision boundary"); return
        }
        #expect(boundary.cells.count == 100 * 100)
        #expect(boundary.points.points.count == 300)
        #expect(boundary.xRange.lowerBound < -1 && boundary.xRange.upperBound > 1)
    }

    @Test func nonFiniteCostsAndDivergenceAreNotes() throws {
        // The course's random ×10 run: the sigmoid saturates, so epoch 0 costs log 0.
        let output = try run("routine: train\nlayers: [2, 10, 5, 1]\ninitialization: random\nepochs: 1")
        #expect(output.series.first?.points.first?.y == .infinity)
        #expect(output.notes == ["the cost was not finite at epoch 0: some outputs saturated to exactly 0 or 1, so log 0 entered the cost (the chart marks these points)"])
        let costs = [CostSample(epoch: 0, cost: 0.7), CostSample(epoch: 10, cost: .nan)]
        #expect(TrainRunner.notes(costs: costs, diverged: 10)
            == ["diverged at epoch 10: the parameters stopped being finite, so training stopped there (try a smaller learning_rate)"])
    }

    @Test func multiClassTrainsWithSoftmax() throws {
        let output = try run("routine: train\ndataset: digits\nlayers: [64, 10]\noptimizer: adam\nlearning_rate: 0.01\nepochs: 2\nmini_batch_size: 64\nrecord_every: 1")
        #expect((metric(output, "test_accuracy") ?? 0) > 0.5)
        guard case .table(let confusion)? = output.artifacts.first else { Issue.record("no confusion matrix"); return }
        #expect(confusion.header.count == 11 && confusion.rows.count == 10)
        let total = confusion.rows.flatMap { $0.dropFirst().compactMap { Int($0) } }.reduce(0, +)
        #expect(total == 360)
        if case .images(let grid)? = output.artifacts.last { #expect(grid.width == 8) }
    }

    @Test func multiClassRefusesWhatAutodiffLacks() {
        let file = fixture.path("1.1-test.md")
        #expect(fixture.check(lesson("routine: train\ndataset: digits\nlayers: [64, 10]\noptimizer: momentum\nlambda: 0.1"))
            == ["\(file):7:1: error: 'optimizer: momentum' is not available: the 10-class dataset 'digits' trains on the autodiff engine, which has gd and adam",
                "\(file):8:1: error: 'lambda' (L2) is not available: the 10-class dataset 'digits' trains on the autodiff engine, which has no regularization"])
    }

    @Test func datasetShowsCountsAndScatter() throws {
        let output = try run("routine: dataset\ndataset: circles")
        #expect(output.metrics.map(\.value) == [300, 100, 2, 2])
        guard case .table(let table)? = output.artifacts.first else { Issue.record("no table"); return }
        #expect(table.rows == [["0", "150", "50"], ["1", "150", "50"], ["total", "300", "100"]])
        #expect(output.artifacts.count == 3)
    }

    @Test func initializeReproducesTheCourse() throws {
        let output = try run("routine: initialize\nlayers: [2, 4, 1]\ninitialization: he")
        guard case .matrices(_, let matrices)? = output.artifacts.first else { Issue.record("no matrices"); return }
        #expect(matrices.map(\.name) == ["W1", "b1", "W2", "b2"])
        let expected = [[1.78862847, 0.43650985], [0.09649747, -1.8634927], [-0.2773882, -0.35475898], [-0.08274148, -0.62700068]]
        for (row, want) in zip(matrices[0].rows, expected) {
            for (a, b) in zip(row, want) { #expect(abs(a - b) < 1e-8) }
        }
    }

    @Test func miniBatchesOfTheCourseTestCase() throws {
        let output = try run("routine: mini_batches")
        #expect(metric(output, "batches") == 3)
        #expect(metric(output, "last_batch_size") == 20)
        guard case .table(let table)? = output.artifacts.first else { Issue.record("no table"); return }
        #expect(table.rows.map { $0[1] } == ["(12288, 64)", "(12288, 64)", "(12288, 20)"])
        #expect(table.rows[0][4] == "[0.90085595, -0.76120690, 0.23441570]")
    }

    @Test func gradientCheckVerdicts() throws {
        let correct = try run("routine: gradient_check")
        #expect(metric(correct, "passed") == 1)
        #expect((metric(correct, "difference") ?? 1) > 1e-7)  // why the threshold is 2e-7
        let buggy = try run("routine: gradient_check\nbug: planted")
        #expect(metric(buggy, "passed") == 0)
        #expect((metric(buggy, "difference") ?? 0) > 1e-2)
        #expect(buggy.notes.first?.hasPrefix("failed:") == true)
        guard case .bars(let bars)? = buggy.artifacts.last else { Issue.record("no bars"); return }
        #expect(bars.labels == ["W1", "b1", "W2", "b2", "W3", "b3"])
        #expect(bars.threshold == 2e-7)
        let linear = try run("routine: gradient_check\nmodel: linear")
        #expect(metric(linear, "passed") == 1)
    }
}

