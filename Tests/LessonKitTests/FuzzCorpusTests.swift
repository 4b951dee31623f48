import Foundation
import LessonKit
import Testing

/// The fuzzer's seed corpus (`Fuzz/corpus/`) and the inputs it found
/// (`Fuzz/regressions/`, if any), replayed through the reader and validator
/// on every `swift test`, as the fuzz target runs them: no crash, and every
/// diagnostic located inside the file.
@Suite("Fuzz corpus replay") struct FuzzCorpusTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    static func inputs(_ folder: String) -> [URL] {
        let url = fuzzFolder.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") && $0 != "README.md" }.map { url.appendingPathComponent($0) }
    }

    @Test func everyInputIsAnsweredWithLocatedDiagnostics() throws {
        let inputs = Self.inputs("corpus") + Self.inputs("regressions")
        #expect(inputs.count >= 50, "the seed corpus is in Fuzz/corpus")
        let validator = LessonValidator(packageRoot: "/nonexistent-lesson-fuzzer-package")
        for input in inputs {
            let bytes = [UInt8](try Data(contentsOf: input))
            guard let source = String(validating: bytes, as: UTF8.self) else { continue }
            let validated = validator.validate(LessonReader().parse(source: source, path: "fuzz/0.1-fuzz.md"))
            let lines = source.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            for diagnostic in validated.diagnostics {
                #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= lines + 1
                        && diagnostic.location.column >= 1, "\(input.lastPathComponent): \(diagnostic)")
            }
        }
    }
}
