import Foundation

/// Runs the built `lessons` executable, as a user would from a shell.
///
/// SwiftPM builds the executable next to the test bundle because this test
/// target depends on it, so the binary is found beside `/proc/self/exe`.
struct LessonsBinary {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let url: URL = {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = exe.deletingLastPathComponent()
        // The bundle may be a folder (…/X.xctest/…) on some platforms.
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("lessons").path),
              directory.path != "/" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("lessons")
    }()

    /// Runs `lessons <arguments>` in `directory` with no terminal attached.
    static func run(_ arguments: [String], in directory: URL) throws -> Outcome {
        try run(url, arguments, in: directory)
    }

    /// Runs `executable <arguments>` in `directory` with no terminal attached.
    static func run(_ executable: URL, _ arguments: [String], in directory: URL) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read before waiting so a full pipe cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A scratch folder with fixture lessons, removed when the test ends.
final class Workspace {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("lessons-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("lessons"), withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Writes `lessons/<name>` and returns its path relative to the root.
    @discardableResult
    func lesson(_ name: String, _ text: String) throws -> String {
        let relative = "lessons/\(name)"
        try text.write(to: root.appendingPathComponent(relative), atomically: true, encoding: .utf8)
        return relative
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path)
    }

    func run(_ arguments: String...) throws -> LessonsBinary.Outcome {
        try LessonsBinary.run(arguments, in: root)
    }
}
