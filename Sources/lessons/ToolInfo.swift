import Foundation
import LessonKit
import NeuralNet

/// The reproducibility stamp: tool version, Swift, BLAS and the git commit.
enum ToolInfo {
    static let version = "0.1.0"

    /// The compiler that built this binary (major.minor).
    static var swiftVersion: String {
        #if compiler(>=6.4)
        return "6.4"
        #elseif compiler(>=6.3)
        return "6.3"
        #elseif compiler(>=6.2)
        return "6.2"
        #elseif compiler(>=6.1)
        return "6.1"
        #else
        return "6.0"
        #endif
    }

    /// `git rev-parse --short HEAD` in `directory`, plus `-dirty` when the
    /// work tree has changes; "unknown" outside a git checkout.
    static func commit(in directory: String) -> String {
        guard let head = git(["rev-parse", "--short", "HEAD"], in: directory) else { return "unknown" }
        let dirty = git(["status", "--porcelain", "--untracked-files=no"], in: directory).map { !$0.isEmpty } ?? false
        return dirty ? head + "-dirty" : head
    }

    static func environment(in directory: String) -> RunEnvironment {
        RunEnvironment(tool: version, swift: swiftVersion, blas: NeuralNetLibrary.blasDescription,
                       commit: commit(in: directory))
    }

    private static func git(_ arguments: [String], in directory: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
