import Foundation
import Testing

/// Issue 8, "nothing lost": a `lessons render` stopped by SIGTERM or SIGINT
/// in the middle exits 143 or 130 and leaves the previous pages, results and
/// cache as they were (or complete new ones): no temporary file left behind,
/// every cache entry readable, and the next render reuses what was cached.
@Suite struct InterruptionTests {
    /// `EPOCHS` is 2 000 for the first, quick render and 1 000 000 (seconds of
    /// work) for the render that gets interrupted.
    static func lessons(epochs: Int) -> [(String, String)] {
        [
            ("0.1-first.md", """
             # First

             ```experiment quick
             routine: train
             dataset: circles
             layers: [2, 3, 1]
             epochs: 200
             record_every: 100
             ```

             ```experiment slow
             routine: train
             dataset: circles
             layers: [2, 3, 1]
             epochs: \(epochs)
             record_every: 10000
             ```
             """),
            ("0.2-second.md", """
             # Second

             ```experiment data
             routine: dataset
             dataset: moons
             ```

             ```experiment slower
             routine: train
             dataset: moons
             layers: [2, 3, 1]
             epochs: \(epochs)
             record_every: 10000
             ```
             """),
        ]
    }

    @Test(arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130))])
    func interruptedRenderLosesNothing(_ signal: Int32, _ expectedStatus: Int32) throws {
        let workspace = try Workspace()
        for (name, text) in Self.lessons(epochs: 2000) { try workspace.lesson(name, text) }
        let first = try workspace.run("render", "--quiet")
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let before = try snapshot(workspace, includingCache: false)
        #expect(before.keys.contains("0.1-first.html") && before.keys.contains("0.2-second.json")
                && before.keys.contains("index.html"))

        // The same lessons, now with seconds of training each; rerun all of them.
        for (name, text) in Self.lessons(epochs: 1_000_000) { try workspace.lesson(name, text) }
        let render = try BackgroundRun(["render", "--force", "--jobs", "2"], in: workspace.root)
        // Mid-way: the quick experiments have finished (and were cached), the slow ones run.
        let midway = render.waitForStderr(containing: ["✓ 0.1-first/quick", "✓ 0.2-second/data"], timeout: 60)
        #expect(midway, "the quick experiments finish first; stderr: \(render.stderr)")
        #expect(render.isRunning, "the slow experiments are still running")
        render.send(signal)
        let status = render.wait(timeout: 30)
        #expect(status == expectedStatus, "stderr: \(render.stderr)")

        // The previous pages, results and CSV exports are exactly as they were.
        let after = try snapshot(workspace, includingCache: false)
        #expect(after.keys.sorted() == before.keys.sorted())
        for (name, bytes) in before { #expect(after[name] == bytes, "\(name) changed") }

        // No temporary file anywhere; every cache file is complete JSON.
        let everything = try allFiles(under: workspace.root.appendingPathComponent("output"))
        #expect(everything.filter { $0.hasSuffix(".tmp") } == [], "\(everything)")
        let cacheFiles = everything.filter { $0.hasPrefix(".cache/") && $0.hasSuffix(".json") }
        #expect(cacheFiles.count >= 5, "4 entries and 2 indexes at least: \(cacheFiles)")
        for file in cacheFiles {
            let data = try Data(contentsOf: workspace.root.appendingPathComponent("output/\(file)"))
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(file) does not parse")
        }

        // Back to the first lessons: the next render reuses every result and succeeds.
        for (name, text) in Self.lessons(epochs: 2000) { try workspace.lesson(name, text) }
        let next = try workspace.run("render", "--explain")
        #expect(next.status == 0, "stderr: \(next.stderr)")
        for id in ["0.1-first/quick", "0.1-first/slow", "0.2-second/data", "0.2-second/slower"] {
            #expect(next.stderr.contains("\(id): reused"), "stderr: \(next.stderr)")
        }
        #expect(!next.stderr.contains("corrupt"), "stderr: \(next.stderr)")
        #expect(try allFiles(under: workspace.root.appendingPathComponent("output")).filter { $0.hasSuffix(".tmp") } == [])
    }

    /// A signal during the final writes (pages and JSON) still leaves each
    /// file old or new: kill renders at a spread of moments after the
    /// experiments, and every page must be one of the two versions.
    @Test func signalsDuringTheWritesLeaveOldOrNewFiles() throws {
        let workspace = try Workspace()
        for (name, text) in Self.lessons(epochs: 300) { try workspace.lesson(name, text) }
        #expect(try workspace.run("render", "--quiet").status == 0)
        let old = try snapshot(workspace, includingCache: false)
        for (name, text) in Self.lessons(epochs: 400) { try workspace.lesson(name, text) }
        // The new version, rendered in a second folder to know what "new" is.
        #expect(try workspace.run("render", "--quiet", "--output", "new").status == 0)
        let new = try snapshot(workspace, includingCache: false, folder: "new")

        for delay in stride(from: 0.0, through: 0.6, by: 0.05) {
            let render = try BackgroundRun(["render", "--force", "--quiet"], in: workspace.root)
            Thread.sleep(forTimeInterval: delay)
            render.send(SIGTERM)
            let status = render.wait(timeout: 30)
            #expect(status == 143 || status == 0, "stderr: \(render.stderr)")
            let now = try snapshot(workspace, includingCache: false)
            #expect(now.keys.sorted() == old.keys.sorted())
            for (name, bytes) in now where name.hasSuffix(".csv") {
                #expect(bytes == old[name] || bytes == new[name], "\(name) is neither old nor new after \(delay) s")
            }
            // Pages carry the time they were generated: old, or a complete new page.
            for (name, bytes) in now where name.hasSuffix(".html") && bytes != old[name] {
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(text.hasPrefix("<!DOCTYPE html>") && text.hasSuffix("</html>\n"), "\(name) is incomplete after \(delay) s")
            }
            for (name, bytes) in now where name.hasSuffix(".json") {
                #expect((try? JSONSerialization.jsonObject(with: Data(bytes))) != nil, "\(name) is not complete JSON")
            }
            let files = try allFiles(under: workspace.root.appendingPathComponent("output"))
            #expect(files.filter { $0.hasSuffix(".tmp") } == [], "after \(delay) s: \(files)")
        }
    }

    // MARK: Helpers

    /// Every file under `output/` (or `folder`), relative path → bytes.
    private func snapshot(_ workspace: Workspace, includingCache: Bool, folder: String = "output") throws -> [String: [UInt8]] {
        let root = workspace.root.appendingPathComponent(folder)
        var files: [String: [UInt8]] = [:]
        for path in try allFiles(under: root) where includingCache || !path.hasPrefix(".cache/") {
            files[path] = [UInt8](try Data(contentsOf: root.appendingPathComponent(path)))
        }
        return files
    }

    private func allFiles(under root: URL) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory),
               !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }
}

/// `lessons …` started in the background, its output going to files.
final class BackgroundRun {
    let process = Process()
    private let errorFile: URL
    private let outputFile: URL

    init(_ arguments: [String], in directory: URL) throws {
        let id = UUID().uuidString
        errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-stderr-\(id)")
        outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-stdout-\(id)")
        FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        process.executableURL = LessonsBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardError = try FileHandle(forWritingTo: errorFile)
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: errorFile)
        try? FileManager.default.removeItem(at: outputFile)
    }

    var stderr: String { (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "" }
    var isRunning: Bool { process.isRunning }

    /// Polls standard error until it holds every string (true) or time is up.
    func waitForStderr(containing needles: [String], timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let text = stderr
            if needles.allSatisfy(text.contains) { return true }
            if !process.isRunning { return false }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }

    func send(_ signal: Int32) {
        if process.isRunning { kill(process.processIdentifier, signal) }
    }

    /// The exit status (128 + n when killed by signal n), nil on timeout.
    func wait(timeout: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        guard !process.isRunning else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }
}
