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
    /// takes about 30 ms of waiting, which then overlaps the experiments
    /// instead of preceding them.
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

/// A value computed on another thread; `value` waits for it.
final class Deferred<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var stored: Value?

    func fulfill(_ value: Value) {
        condition.lock()
        stored = value
        condition.broadcast()
        condition.unlock()
    }

    var value: Value {
        condition.lock()
        defer { condition.unlock() }
        while stored == nil { condition.wait() }
        return stored!
    }
}
