import Testing
@testable import LessonKit

/// Block bodies that are not a usable YAML mapping.
@Suite("Validation of block bodies")
struct ValidationBodyTests {
    let fixture = LessonFixture()
    var file: String { fixture.path("1.1-test.md") }

    @Test func yamlSyntaxErrorIsMappedToTheFileLine() {
        #expect(fixture.check(lesson("routine: train\nlayers: [2, 3, 1\nepochs: 5"))
            == ["\(file):6:7: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence)"])
        #expect(fixture.check(lesson("routine: train\nlayers: [2, 3, 1]\n  epochs: 5\nseed: 1"))
            == ["\(file):6:3: error: invalid YAML: did not find expected key (while parsing a block mapping)"])
    }

    @Test func yamlSyntaxErrorInsideAListItem() {
        let text = "# T\n\n- step\n\n  ```experiment run\n  routine: train\n  layers: [2, 3, 1]\n    epochs: 5\n  ```\n"
        #expect(fixture.check(text) == ["\(file):8:5: error: invalid YAML: did not find expected key (while parsing a block mapping)"])
        #expect(fixture.check(lesson("routine: train\nlayers: [2, 3, 1]\nepochs: 5: 6"))
            == ["\(file):6:10: error: invalid YAML: mapping values are not allowed in this context"])
    }

    @Test func duplicateKey() {
        #expect(fixture.check(lesson("routine: train\nlayers: [2, 3, 1]\nepochs: 5\nepochs: 6"))
            == ["\(file):6:1: error: duplicate key 'epochs': each parameter may appear once"])
    }

    @Test func emptyBody() {
        let message = "\(file):3:1: error: experiment block 'run' is empty: write a YAML mapping such as 'routine: train'"
        #expect(fixture.check("# T\n\n```experiment run\n```\n") == [message])
        #expect(fixture.check(lesson("# only a comment")) == [message])
    }

    @Test func nonMappingBody() {
        #expect(fixture.check(lesson("- routine\n- train"))
            == ["\(file):4:1: error: experiment block body must be a YAML mapping of 'key: value' lines, got a list"])
        #expect(fixture.check(lesson("just words"))
            == ["\(file):4:1: error: experiment block body must be a YAML mapping of 'key: value' lines, got 'just words'"])
    }

    @Test func mathBlocksAreNotValidated() {
        #expect(fixture.check(lesson("x^2 : [ {", kind: "math", name: "")) == [])
    }
}
