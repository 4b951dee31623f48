// The LessonFuzzer program. Built two ways (Fuzz/README.md):
//
// - `make fuzz`: `-sanitize=fuzzer,address -DLESSON_FUZZER` links libFuzzer
//   and hands control to its driver, which mutates inputs and calls
//   `lessonFuzzerTestOneInput` (FuzzTarget.swift). SwiftPM renames an
//   executable's `main` (so tests can link executables), which is why this
//   calls `LLVMFuzzerRunDriver` rather than relying on libFuzzer's own
//   `main`, and why `-parse-as-library` is not used.
// - a plain `swift build`: no libFuzzer; the program replays inputs instead:
//   `LessonFuzzer FILE|DIR…` runs every file once (a crash found by the
//   fuzzer reproduces without the sanitizer toolchain), `-` reads stdin.
import Foundation
import LessonFuzzerDriver

#if LESSON_FUZZER
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in lessonFuzzerTestOneInput(data, size) })
#else
var inputs: [String] = []
for argument in CommandLine.arguments.dropFirst() {
    var isDirectory: ObjCBool = false
    if argument != "-", FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []
        inputs += names.sorted().map { (argument as NSString).appendingPathComponent($0) }
    } else {
        inputs.append(argument)
    }
}
if inputs.isEmpty {
    FileHandle.standardError.write(Data("usage: LessonFuzzer FILE|DIR… (replays inputs; build with `make fuzz` to fuzz)\n".utf8))
    exit(2)
}
for input in inputs {
    let data = input == "-" ? FileHandle.standardInput.readDataToEndOfFile() : (FileManager.default.contents(atPath: input) ?? Data())
    let bytes = [UInt8](data)
    _ = bytes.withUnsafeBufferPointer { lessonFuzzerTestOneInput($0.baseAddress, $0.count) }
}
print("replayed \(inputs.count) input\(inputs.count == 1 ? "" : "s"): no crash")
#endif
