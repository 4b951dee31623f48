import Testing
@testable import LessonKit

/// Hostile or broken input never crashes reading or validation, and every
/// problem comes back located inside the file.
@Suite("Validation robustness")
struct ValidationRobustnessTests {
    static let nasty: [String] = [
        "routine: train\nlayers: [2, 3, 1]\nepochs: 99999999999999999999999",
        "routine: train\nlayers: *missing",
        "base: &a [1, 2]\nroutine: train\nlayers: *a",
        "routine: train\n? [a, b]\n: c",
        "routine: train\nlayers: [2, 3, 1]\n---\nother: doc",
        "routine: train\n\tlayers: [2, 3, 1]",
        "routine: train\nlayers: [[2], [3]]",
        "routine: train\nlayers: [2, 3, 1]\nlearning_rate: .nan",
        "routine: train\nlayers: [2, 3, 1]\nlearning_rate: .inf",
        "routine: train\nlayers: [2, 3, 1]\ndataset: {csv: }",
        "routine: train\nlayers: [2, 3, 1]\ndataset: {csv: [a]}",
        "routine: train\nlayers: [2, 3, 1]\ndataset: {}",
        "routine: train\nlayers: [2, 3, 1]\nmini_batch_size: -1",
        "routine: train\nlayers: []",
        "routine:\nlayers: [2, 1]",
        "routine: [train]",
        "\"unterminated",
        "routine: train\nlayers: [2, 3, 1]\nepochs: 1e3",
        "routine: train\nlayers: [2, 3, 1]\nseed: 4294967296",
        "routine: mini_batches\nexamples: 0",
        "routine: gradient_check\nmodel: network\nlayers: [4, 5, 2]",
        "experiments: [a, a]\nsweep: 3",
        "symbol: ../../etc/passwd\nfile: ../x",
        String(repeating: "[", count: 5000),
        "\u{0}\u{1}\u{7F}",
        "routine: train\r\nlayers: [2, 3, 1]\r\n",
    ]

    @Test(arguments: LessonBlock.Kind.allCases)
    func nastyBodiesGiveLocatedDiagnostics(kind: LessonBlock.Kind) {
        let fixture = LessonFixture()
        for body in Self.nasty {
            let validated = fixture.validate(lesson(body, kind: kind.rawValue, name: kind == .math ? "" : "b"))
            let lines = validated.lesson.source.split(separator: "\n", omittingEmptySubsequences: false).count
            for diagnostic in validated.diagnostics {
                #expect((1...lines).contains(diagnostic.location.line), "\(body): \(diagnostic)")
                #expect(diagnostic.location.column >= 1)
            }
        }
    }

    @Test func strangeDocumentsParse() {
        let documents = [
            "```experiment a\n", "```", "~~~\n~~~", "> ```experiment q\nroutine: dataset", "```experiment a b c\n```",
            "- ```experiment x\n  routine: dataset\n  ```", "```experiment \u{00E9}t\u{00E9}\nroutine: dataset\n```\n",
            String(repeating: "```experiment x\n```\n", count: 200),
        ]
        for document in documents {
            let lesson = LessonReader().parse(source: document, path: "x.md")
            _ = LessonValidator().validate(lesson)
        }
    }
}
