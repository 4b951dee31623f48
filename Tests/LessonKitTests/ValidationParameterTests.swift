import Testing
@testable import LessonKit

/// Experiment blocks: every error message and its `file:line:column`.
/// `lesson(body)` puts the fence on line 3 and the body from line 4.
@Suite("Validation of experiment parameters")
struct ValidationParameterTests {
    let fixture = LessonFixture()
    var file: String { fixture.path("1.1-test.md") }

    func errors(_ body: String) -> [String] { fixture.check(lesson(body)) }

    @Test func unknownParameterWithSuggestion() {
        #expect(errors("routine: train\nlayers: [2, 3, 1]\nlamda: 0.7")
            == ["\(file):6:1: error: unknown parameter 'lamda' (did you mean 'lambda'?)"])
    }

    @Test func unknownParameterInsideAListItemKeepsTheIndentColumn() {
        let text = "# T\n\n- step\n\n  ```experiment run\n  routine: train\n  layers: [2, 3, 1]\n  lamda: 0.7\n  ```\n"
        #expect(fixture.check(text) == ["\(file):8:3: error: unknown parameter 'lamda' (did you mean 'lambda'?)"])
    }

    @Test func unknownParameterWithoutSuggestion() {
        #expect(errors("routine: train\nlayers: [2, 3, 1]\ncolour: red")
            == ["\(file):6:1: error: unknown parameter 'colour' for routine 'train' (see 'lessons routines')"])
    }

    @Test func wrongType() {
        #expect(errors("routine: train\nlayers: [2, 3, 1]\nepochs: many")
            == ["\(file):6:9: error: 'epochs' must be an integer, got 'many'"])
        #expect(errors("routine: train\nlayers: 2")
            == ["\(file):5:9: error: 'layers' must be a list such as [2, 10, 5, 1], got '2'"])
        #expect(errors("routine: train\nlayers: [2, 3, 1]\nallow_heavy: maybe")
            == ["\(file):6:14: error: 'allow_heavy' must be true or false, got 'maybe'"])
        #expect(errors("routine: train\nlayers: [2, 3, 1]\nlearning_rate: \"0.1\"")
            == ["\(file):6:16: error: 'learning_rate' must be a number, got '0.1'"])
    }

    @Test func outOfRange() {
        #expect(errors("routine: train\nlayers: [2, 3, 1]\nlearning_rate: -0.01")
            == ["\(file):6:16: error: 'learning_rate' must be > 0, got -0.01"])
        #expect(errors("routine: train\nlayers: [2, 3, 1]\nkeep_prob: 0")
            == ["\(file):6:12: error: 'keep_prob' must be in (0, 1], got 0"])
        #expect(errors("routine: train\nlayers: [2, 3, 1]\nkeep_prob: 1.5")
            == ["\(file):6:12: error: 'keep_prob' must be in (0, 1], got 1.5"])
        #expect(errors("routine: train\nlayers: [2, 3, 1]\nepochs: 0")
            == ["\(file):6:9: error: 'epochs' must be at least 1, got 0"])
        #expect(errors("routine: train\nlayers: [2, 3, 1]\nlambda: -1")
            == ["\(file):6:9: error: 'lambda' must be >= 0, got -1"])
        #expect(errors("routine: train\nlayers: [2, 3, 1]\nmini_batch_size: 0")
            == ["\(file):6:18: error: 'mini_batch_size' must be full or an integer at least 1, got 0"])
        #expect(errors("routine: train\nlayers: [2, 3, 1]\noptimizer: adamw")
            == ["\(file):6:12: error: 'optimizer' must be one of gd, momentum, adam, rmsprop, got 'adamw' (did you mean 'adam'?)"])
        #expect(errors("routine: train\nlayers: [2, 3, 1]\nepochs: 99999999999999999999999")
            == ["\(file):6:9: error: 'epochs' is too large for an integer, got 99999999999999999999999"])
        #expect(errors("routine: train\nlayers: [2, 3, 1]\nseed: -3")
            == ["\(file):6:7: error: 'seed' must be in [0, 4294967295], got -3"])
    }

    @Test func layerWidths() {
        #expect(errors("routine: train\nlayers: [2]")
            == ["\(file):5:9: error: 'layers' must have 2 to 64 entries (the input width, any hidden widths, the output width), got 1"])
        #expect(errors("routine: train\nlayers: [2, 0, 1]")
            == ["\(file):5:13: error: 'layers[1]' must be at least 1, got 0"])
        #expect(errors("routine: train\nlayers:\n  - 2\n  - 4\n  - x")
            == ["\(file):8:5: error: 'layers[2]' must be an integer, got 'x'"])
    }

    @Test func inputWidthMustMatchTheDataset() {
        #expect(errors("routine: train\ndataset: circles\nlayers: [3, 5, 1]")
            == ["\(file):6:10: error: 'layers[0]' is 3 but dataset 'circles' has 2 features"])
        // Defaulted dataset: still circles.
        #expect(errors("routine: train\nlayers: [4, 1]")
            == ["\(file):5:10: error: 'layers[0]' is 4 but dataset 'circles' has 2 features"])
        #expect(errors("routine: train\nlayers: [2, 5, 2]")
            == ["\(file):5:16: error: 'layers[2]' is 2 but the network needs 1 output unit (sigmoid) for the two-class dataset 'circles'"])
        #expect(errors("routine: train\ndataset: digits\nlayers: [64, 32, 1]")
            == ["\(file):6:18: error: 'layers[2]' is 1 but the network needs 10 output units (one softmax unit per class) for the 10-class dataset 'digits'"])
    }

    @Test func missingRequired() {
        #expect(errors("routine: train\nepochs: 10")
            == ["\(file):3:1: error: missing required parameter 'layers' for routine 'train': layer widths from input to output, e.g. [2, 10, 5, 1]; the first must equal the data's features, the last 1 (or the class count)"])
    }

    @Test func routineProblems() {
        #expect(errors("routine: trian\nlayers: [2, 1]")
            == ["\(file):4:10: error: unknown routine 'trian' (did you mean 'train'?); the routines are train, dataset, initialize, mini_batches, gradient_check, framework_warmup"])
        #expect(errors("dataset: circles")
            == ["\(file):3:1: error: experiment 'run' has no 'routine:' key (one of train, dataset, initialize, mini_batches, gradient_check, framework_warmup)"])
    }

    @Test func everyProblemOfABlockIsReported() {
        #expect(errors("routine: train\nlayers: [2, 3, 1]\nlamda: 1\nepochs: -5\nkeep_prob: 2")
            == ["\(file):6:1: error: unknown parameter 'lamda' (did you mean 'lambda'?)",
                "\(file):7:9: error: 'epochs' must be at least 1, got -5",
                "\(file):8:12: error: 'keep_prob' must be in (0, 1], got 2"])
    }

    @Test func otherBlocksStillValidate() {
        let text = lesson("routine: trian") + "\n```experiment good\nroutine: dataset\n```\n"
        let validated = fixture.validate(text)
        #expect(validated.experiments.map(\.name) == ["good"])
        #expect(validated.diagnostics.count == 1)
        #expect(!validated.isValid)
    }

    @Test func defaultsAreFilledInSchemaOrder() throws {
        let validated = fixture.validate(lesson("epochs: 300\nroutine: train\nlayers: [2, 4, 1]\nlearning_rate: 1"))
        let experiment = try #require(validated.experiments.first)
        #expect(validated.diagnostics.isEmpty)
        #expect(experiment.routine == "train")
        #expect(experiment.location.line == 3)
        let expected: JSONValue = .object([
            ("dataset", .string("circles")), ("layers", .array([.int(2), .int(4), .int(1)])),
            ("initialization", .string("he")), ("init_scale", .double(10)), ("seed", .int(3)),
            ("learning_rate", .double(1)), ("epochs", .int(300)), ("mini_batch_size", .string("full")),
            ("shuffle_seed", .int(10)), ("optimizer", .string("gd")), ("beta", .double(0.9)),
            ("beta1", .double(0.9)), ("beta2", .double(0.999)), ("epsilon", .double(1e-8)),
            ("lambda", .double(0)), ("keep_prob", .double(1)), ("dropout_masks", .string("fresh")),
            ("dropout_seed", .int(1)), ("record_every", .int(1000)), ("engine", .string("auto")),
            ("allow_heavy", .bool(false)),
        ])
        #expect(experiment.parameters == expected)
        let names = experiment.parameters.objectValue?.map(\.0) ?? []
        #expect(names == TrainRoutine().schema.parameters.map(\.name))
    }

    @Test func everyRoutineFillsEveryParameter() throws {
        for routine in RoutineRegistry.standard.routines {
            let required = routine.schema.parameters.filter(\.isRequired).map { "\($0.name): [2, 3, 1]" }
            let validated = fixture.validate(lesson((["routine: \(routine.schema.name)"] + required).joined(separator: "\n")))
            #expect(validated.diagnostics.isEmpty, "\(routine.schema.name): \(validated.diagnostics)")
            let experiment = try #require(validated.experiments.first)
            #expect(experiment.parameters.objectValue?.map(\.0) == routine.schema.parameters.map(\.name))
        }
    }
}
