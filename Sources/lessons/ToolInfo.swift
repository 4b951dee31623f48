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

    /// The abbreviated commit of `directory`'s checkout, plus `-dirty` when
    /// tracked files have changes (`git describe --always --dirty`, tags
    /// excluded: what `rev-parse --short HEAD` names); "unknown" outside a
    /// git checkout.
    static func commit(in directory: String) -> String {
        git(["describe", "--always", "--dirty", "--exclude=*"], in: directory) ?? "unknown"
    }

    static func environment(in directory: String) -> RunEnvironment {
        RunEnvironment(tool: version, swift: swiftVersion, blas: NeuralNetLibrary.blasDescription,
                       commit: commit(in: directory))
    }

    /// Starts asking git for the commit on a thread of its own and returns
    /// the environment once it is known. Spawning git from this process
    /// means tens of milliseconds of waiting (the two calls this replaced
    /// delayed every run by 50–100 ms), which now overlap the experiments.
    static func environmentInBackground(in directory: String) -> @Sendable () -> RunEnvironment {
        let result = Deferred<RunEnvironment>()
        Thread.detachNewThread { result.fulfill(environment(in: directory)) }
        return { result.value }
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
