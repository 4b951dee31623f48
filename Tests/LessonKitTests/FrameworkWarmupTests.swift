import Foundation
import NeuralNet
import Testing
@testable import LessonKit

/// `framework_warmup` run from lesson blocks: each warm-up's numbers against
/// the TensorFlow tutorial's (course-facts §7).
@Suite("Framework warm-ups")
struct FrameworkWarmupTests {
    let fixture = LessonFixture()

    func run(_ body: String) throws -> RoutineOutput {
        let validated = fixture.validate(lesson("routine: framework_warmup\n" + body))
        #expect(validated.diagnostics.isEmpty, "\(validated.diagnostics)")
        let experiment = try #require(validated.experiments.first)
        let routine = try #require(RoutineRegistry.standard.routine(named: experiment.routine))
        return try routine.run(experiment, context: RunContext(lessonDirectory: fixture.folder), progress: .ignore)
    }

    func table(_ output: RoutineOutput, at index: Int = 0) throws -> Table {
        let tables = output.artifacts.compactMap { artifact -> Table? in
            if case .table(let table) = artifact { return table }
            return nil
        }
        return try #require(tables.count > index ? tables[index] : nil)
    }

    func column(_ table: Table, _ index: Int) -> [Double] {
        table.rows.compactMap { Double($0[index]) }
    }

    func close(_ a: [Double], _ b: [Double], _ tolerance: Double) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance }
    }

    @Test func theLossAndItsGradient() throws {
        let output = try run("example: loss")
        #expect(output.metrics == [Metric("loss", 9), Metric("gradient", -6)])
        #expect(try table(output).rows == [["36", "39", "9", "-6"]])
        // Not the course's numbers: (y − ŷ)² = (1 − 3.5)², gradient −2(1 − 3.5).
        let other = try run("example: loss\ny_hat: 3.5\ny: 1")
        #expect(other.metrics == [Metric("loss", 6.25), Metric("gradient", 5)])
    }

    @Test func theDefaultExampleIsTheLoss() throws {
        #expect(try run("").metrics.first == Metric("loss", 9))
    }

    @Test func linearFunctionMatchesTheCourse() throws {
        let output = try run("example: linear_function")
        let y = column(try table(output), 1)
        #expect(close(y, [-2.15657382, 2.95891446, -1.08926781, -0.84538042], 1e-8))
        guard case .matrices(_, let inputs)? = output.artifacts.first else { Issue.record("no inputs"); return }
        #expect(inputs.map(\.name) == ["X", "W", "b"])
        #expect(inputs.map { [$0.rows.count, $0.rows[0].count] } == [[3, 1], [4, 3], [4, 1]])
        #expect(inputs[0].rows[0][0] == 1.6243453636632417)  // np.random.seed(1); randn() first value
        // Another seed draws other numbers.
        #expect(column(try table(try run("example: linear_function\nseed: 2")), 1) != y)
    }

    @Test func sigmoidMatchesTheCourse() throws {
        let rows = try table(try run("example: sigmoid")).rows
        #expect(rows.map(\.first) == ["0", "12"])
        #expect(rows[0][1] == "0.5" && rows[0][2] == "0.5" && rows[0][3] == "0.25")
        #expect(rows[1][2] == "0.999994")  // TensorFlow's float32 print
        #expect(abs(try #require(Double(rows[1][1])) - 0.999994) < 1e-6)
        // σ′(12) = σ(1 − σ) from backward().
        let s = 1 / (1 + exp(-12.0))
        #expect(abs(try #require(Double(rows[1][3])) - s * (1 - s)) < 1e-15)
    }

    @Test func costWithRawLogitsMatchesTheLaterCourseVersion() throws {
        let output = try run("example: cost_with_logits")
        let table = try table(output)
        #expect(table.rows.map { $0[1] } == ["0", "0", "1", "1"])  // the default labels
        let costs = column(table, 3)
        // The course printed float32: within 1e-7 of the double results.
        #expect(close(costs, [0.79813886, 0.91301525, 0.40318605, 0.34115386], 1e-7))
        let mean = try #require(output.metrics.first { $0.name == "mean_cost" }?.value)
        #expect(abs(mean - costs.reduce(0, +) / 4) < 1e-8)
        // ∂cost/∂z = σ(z) − y.
        let gradients = column(table, 4)
        let expected = zip([0.2, 0.4, 0.7, 0.9], [0.0, 0, 1, 1]).map { 1 / (1 + exp(-$0)) - $1 }
        #expect(close(gradients, expected, 1e-9))
        #expect(output.notes.isEmpty)
    }

    @Test func costWithSigmoidFirstReproducesTheFirstCourseVersion() throws {
        let output = try run("example: cost_with_logits\nlogits: [0.2, 0.4, 0.7, 0.9]\nlabels: [0, 0, 1, 1]\napply_sigmoid_first: true")
        let costs = column(try table(output), 3)
        #expect(close(costs, [1.00538719, 1.03664088, 0.41385433, 0.39956614], 1e-7))
        #expect(output.notes.count == 1)
    }

    @Test func oneHotMatchesTheCourse() throws {
        let output = try run("example: one_hot")
        guard case .matrices(_, let matrices)? = output.artifacts.first else { Issue.record("no matrix"); return }
        #expect(matrices.first?.rows == [
            [0, 0, 0, 1, 0, 0],
            [1, 0, 0, 0, 0, 1],
            [0, 1, 0, 0, 1, 0],
            [0, 0, 1, 0, 0, 0],
        ])
        #expect(output.notes.isEmpty)
    }

    @Test func oneHotOutsideTheClassesIsAZeroColumn() throws {
        let validated = fixture.validate(lesson("routine: framework_warmup\nexample: one_hot\nlabels: [0, 3]\nclasses: 2"))
        let experiment = try #require(validated.experiments.first)
        let output = try FrameworkWarmupRoutine().run(experiment, context: RunContext(lessonDirectory: fixture.folder), progress: .ignore)
        guard case .matrices(_, let matrices)? = output.artifacts.first else { Issue.record("no matrix"); return }
        #expect(matrices.first?.rows == [[1, 0], [0, 0]])
        #expect(output.notes == ["column 1 is all zeros: the label is outside 0…1"])
    }

    @Test func theCatalogListsTheRoutine() {
        let text = RoutineCatalog().render()
        #expect(text.contains("framework_warmup\n"))
        #expect(text.contains("example: loss | linear_function | sigmoid | cost_with_logits | one_hot  [default: loss]"))
    }
}
