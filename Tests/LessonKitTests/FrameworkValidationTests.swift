import Foundation
import NeuralNet
import Testing
@testable import LessonKit

/// Located errors and warnings of `framework_warmup` and of `train`'s
/// `engine`, and the engine comparison run. `lesson(body)` puts the fence on
/// line 3 and the body from line 4.
@Suite("Framework validation and engines")
struct FrameworkValidationTests {
    let fixture = LessonFixture()
    var file: String { fixture.path("1.1-test.md") }

    func check(_ body: String) -> [String] { fixture.check(lesson(body)) }

    @Test func unknownExample() {
        let messages = check("routine: framework_warmup\nexample: softmax")
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("\(file):5:10: error: ") == true, "\(messages)")
        #expect(messages.first?.contains("one_hot") == true)
    }

    @Test func labelsMustMatchTheLogits() {
        #expect(check("routine: framework_warmup\nexample: cost_with_logits\nlabels: [0, 1]")
            == ["\(file):6:1: error: 'labels' has 2 entries but 'logits' has 4: give one 0/1 label per logit"])
    }

    @Test func costLabelsAreProbabilities() {
        #expect(check("routine: framework_warmup\nexample: cost_with_logits\nlabels: [0, 2, 1, 1]")
            == ["\(file):6:13: error: 'labels[1]' is 2 but a sigmoid cross-entropy label is a probability in [0, 1]"])
    }

    @Test func oneHotLabelsAreWholeIndices() {
        #expect(check("routine: framework_warmup\nexample: one_hot\nlabels: [1, 0.5]")
            == ["\(file):6:13: error: 'labels[1]' is 0.5 but one_hot needs whole class indices"])
        #expect(check("routine: framework_warmup\nexample: one_hot\nlabels: [1, 7]\nclasses: 4")
            == ["\(file):6:13: warning: 'labels[1]' is 7, outside 0…3 for 'classes: 4': its column will be all zeros (as tf.one_hot does)"])
    }

    @Test func parametersOfAnotherExampleAreFlagged() {
        #expect(check("routine: framework_warmup\nexample: sigmoid\nz: [1]\ny_hat: 3")
            == ["\(file):7:1: warning: 'y_hat' has no effect for 'example: sigmoid' (it is read by loss)"])
        #expect(check("routine: framework_warmup\nexample: loss\nlabels: [1]")
            == ["\(file):6:1: warning: 'labels' has no effect for 'example: loss' (it is read by cost_with_logits and one_hot)"])
    }

    @Test func wrongTypesAndRanges() {
        #expect(check("routine: framework_warmup\nexample: sigmoid\nz: []").first?.hasPrefix("\(file):6:") == true)
        #expect(check("routine: framework_warmup\nexample: one_hot\nclasses: 0").first?.hasPrefix("\(file):6:10: error:") == true)
        #expect(check("routine: framework_warmup\nexample: cost_with_logits\napply_sigmoid_first: yes please")
            .first?.hasPrefix("\(file):6:22: error:") == true)
    }

    @Test func unknownEngine() {
        let messages = check("routine: train\nlayers: [2, 3, 1]\nengine: tensorflow")
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("\(file):6:9: error: ") == true, "\(messages)")
    }

    @Test func autodiffEngineRefusesWhatItLacks() {
        #expect(check("routine: train\nlayers: [2, 3, 1]\nengine: autodiff\noptimizer: momentum\nkeep_prob: 0.8")
            == ["\(file):7:1: error: 'optimizer: momentum' is not available: 'engine: autodiff' trains on the autodiff engine, which has gd and adam",
                "\(file):8:1: error: 'keep_prob' (dropout) is not available: 'engine: autodiff' trains on the autodiff engine, which has no dropout"])
    }

    @Test func xavierUniformNeedsTheAutodiffEngine() {
        #expect(check("routine: train\nlayers: [2, 3, 1]\nengine: handwritten\ninitialization: xavier_uniform")
            == ["\(file):7:1: error: 'initialization: xavier_uniform' is only available on the autodiff engine (data with more than two classes, or 'engine: autodiff'); use xavier for 'circles'"])
        #expect(check("routine: train\nlayers: [2, 3, 1]\nengine: autodiff\ninitialization: xavier_uniform") == [])
    }

    /// The lesson's comparison, shortened: both engines from the same He
    /// weights give the same costs, accuracies and decision boundary.
    @Test func bothEnginesTrainTheSameNetwork() throws {
        func run(_ engine: String) throws -> RoutineOutput {
            let validated = fixture.validate(lesson(
                "routine: train\nlayers: [2, 10, 5, 1]\nepochs: 300\nrecord_every: 100\nengine: \(engine)"))
            let experiment = try #require(validated.experiments.first)
            return try TrainRoutine().run(experiment, context: RunContext(lessonDirectory: fixture.folder), progress: .ignore)
        }
        let handwritten = try run("handwritten"), autodiff = try run("autodiff")
        let names = ["final_cost", "train_accuracy", "test_accuracy", "epochs_run"]
        #expect(handwritten.metrics.map(\.name) == names && autodiff.metrics.map(\.name) == names)
        for (h, a) in zip(handwritten.metrics, autodiff.metrics) {
            #expect(abs(h.value - a.value) < 1e-10, "\(h.name): \(h.value) vs \(a.value)")
        }
        let hCosts = try #require(handwritten.series.first).points, aCosts = try #require(autodiff.series.first).points
        #expect(hCosts.map(\.x) == aCosts.map(\.x))
        for (h, a) in zip(hCosts, aCosts) { #expect(abs(h.y - a.y) < 1e-10) }
        guard case .decisionBoundary(let hb)? = handwritten.artifacts.first,
              case .decisionBoundary(let ab)? = autodiff.artifacts.first else {
            Issue.record("a decision boundary is missing"); return
        }
        #expect(hb.cells == ab.cells)
        // auto keeps the hand-written trainer for two classes.
        #expect(try run("auto").metrics == handwritten.metrics)
    }
}
