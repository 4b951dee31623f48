// A libFuzzer target over the lesson reader and validator (issue 8, "Fuzzing").
//
// Each input is a lesson file's bytes. They go through what `lessons check`
// does with a file: strict UTF-8 decoding (`LessonReader.decode`'s rules,
// reached through `parse` after Swift's own validation), the cmark parse and
// block scan (`LessonReader.parse(source:path:)`), then every block through
// `LessonValidator.validate`, which parses the YAML bodies, checks every
// parameter and resolves compare and listing blocks. Nothing runs.
//
// libFuzzer calls it through `LLVMFuzzerRunDriver` (main.swift); the
// `@_cdecl` name also lets other libFuzzer-compatible engines link it.
import LessonKit

/// The validator, built once: its registry and limits are immutable.
/// `packageRoot` points nowhere, so `listing` blocks resolve against an empty
/// package (no file system walk per input) and report a located error.
private let validator = LessonValidator(packageRoot: "/nonexistent-lesson-fuzzer-package")

@_cdecl("LLVMFuzzerTestOneInput")
public func lessonFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    // Lessons are UTF-8; anything else is refused before parsing, as `read` does.
    guard let source = String(validating: bytes, as: UTF8.self) else { return 0 }
    let lesson = LessonReader().parse(source: source, path: "fuzz/0.1-fuzz.md")
    let validated = validator.validate(lesson)
    // Every diagnostic must be located inside the file (or at 1:1).
    let lineCount = source.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    for diagnostic in validated.diagnostics {
        let location = diagnostic.location
        precondition(location.line >= 1 && location.line <= lineCount + 1 && location.column >= 1,
                     "diagnostic outside the file: \(diagnostic)")
    }
    return 0
}
