import Foundation
import Testing
@testable import LessonKit

@Suite("Output atomic files")
struct OutputAtomicFileTests {
    typealias F = RunnerFixtures

    struct Refused: Error {}

    static func listing(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    /// Durable or not (cache entries skip the flushes), a write replaces the
    /// file whole and leaves no temporary file.
    @Test(arguments: [true, false])
    func writesAndReplaces(durable: Bool) throws {
        let root = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/sub/dir/page.html"
        try AtomicFile.write("first", to: path, within: root, durable: durable)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first")
        try AtomicFile.write("second, longer", to: path, within: root, durable: durable)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second, longer")
        try AtomicFile.write("", to: path, within: root, durable: durable)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "")
        #expect(Self.listing(root + "/sub/dir") == ["page.html"], "no temporary files left")
    }

    /// Writing the same bytes again leaves the file alone (same inode), and
    /// one changed byte in a file of the same size replaces it.
    @Test func identicalContentIsNotRewritten() throws {
        let root = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/grid.csv"
        let text = String(repeating: "0.5,-0.25,1\n", count: 5000)
        func inode() throws -> Int { (try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int) ?? -1 }
        try AtomicFile.write(text, to: path, within: root)
        let first = try inode()
        try AtomicFile.write(text, to: path, within: root)
        #expect(try inode() == first)
        var changed = Array(text.utf8)
        changed[changed.count - 2] = UInt8(ascii: "0")
        try AtomicFile.write(changed, to: path, within: root)
        #expect(try inode() != first)
        #expect(try Array(String(contentsOfFile: path, encoding: .utf8).utf8) == changed)
    }

    @Test func failureLeavesTheOldFile() throws {
        let root = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/lesson.json"
        try AtomicFile.write("old", to: path, within: root)

        // The producer fails: nothing is touched.
        #expect(throws: Refused.self) {
            try AtomicFile.write(to: path, within: root) { throw Refused() }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")

        // Failing after the temporary file is complete, just before the rename.
        var temporary = ""
        #expect(throws: Refused.self) {
            try AtomicFile.write(Array("new".utf8), to: path, within: root, guard: InterruptGuard(terminate: { _ in }),
                                 beforeRename: { temp in
                                     temporary = temp
                                     #expect(try String(contentsOfFile: temp, encoding: .utf8) == "new")
                                     throw Refused()
                                 })
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(!temporary.isEmpty && !FileManager.default.fileExists(atPath: temporary))
        #expect(Self.listing(root) == ["lesson.json"])

        // The rename fails (the target is a folder): the folder stays, no temp file.
        try FileManager.default.createDirectory(atPath: root + "/folder.html", withIntermediateDirectories: false)
        #expect(throws: OutputPathError.isAFolder(path: root + "/folder.html")) {
            try AtomicFile.write("x", to: root + "/folder.html", within: root)
        }
        #expect(Self.listing(root) == ["folder.html", "lesson.json"])
    }

    @Test func refusesPathsOutsideTheOutputFolder() throws {
        let base = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let root = base + "/output"
        for target in [base + "/escape.html", root + "/../escape.html", root + "/a/../../escape.html", "/tmp/x.html", root] {
            #expect(throws: OutputPathError.self, "\(target)") { try AtomicFile.write("x", to: target, within: root) }
        }
        #expect(!FileManager.default.fileExists(atPath: base + "/escape.html"))
        // `..` that stays inside is fine.
        try AtomicFile.write("ok", to: root + "/a/../b.html", within: root)
        #expect(FileManager.default.fileExists(atPath: root + "/b.html"))
    }

    @Test func refusesSymlinksPointingOut() throws {
        let base = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let root = base + "/output", outside = base + "/outside"
        let manager = FileManager.default
        try manager.createDirectory(atPath: root, withIntermediateDirectories: true)
        try manager.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try "precious".write(toFile: outside + "/victim.html", atomically: true, encoding: .utf8)

        // A folder link leading out.
        try manager.createSymbolicLink(atPath: root + "/linked", withDestinationPath: outside)
        #expect(throws: OutputPathError.self) { try AtomicFile.write("x", to: root + "/linked/victim.html", within: root) }
        #expect(throws: OutputPathError.self) { try AtomicFile.write("x", to: root + "/linked/new/deeper.html", within: root) }
        // A file link leading out.
        try manager.createSymbolicLink(atPath: root + "/page.html", withDestinationPath: outside + "/victim.html")
        #expect(throws: OutputPathError.self) { try AtomicFile.write("x", to: root + "/page.html", within: root) }
        // A dangling relative link leading out.
        try manager.createSymbolicLink(atPath: root + "/dangling.html", withDestinationPath: "../outside/nothing.html")
        #expect(throws: OutputPathError.self) { try AtomicFile.write("x", to: root + "/dangling.html", within: root) }
        #expect(try String(contentsOfFile: outside + "/victim.html", encoding: .utf8) == "precious")
        #expect(Self.listing(outside) == ["victim.html"])

        // Links that stay inside are followed (folder) or replaced (file).
        try manager.createDirectory(atPath: root + "/real", withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: root + "/alias", withDestinationPath: root + "/real")
        try AtomicFile.write("inside", to: root + "/alias/a.html", within: root)
        #expect(try String(contentsOfFile: root + "/real/a.html", encoding: .utf8) == "inside")
    }

    @Test func aLinkedOutputFolderItselfIsAllowed() throws {
        let base = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createDirectory(atPath: base + "/real-output", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: base + "/output", withDestinationPath: base + "/real-output")
        try AtomicFile.write("x", to: base + "/output/.cache/k.json", within: base + "/output")
        #expect(FileManager.default.fileExists(atPath: base + "/real-output/.cache/k.json"))
    }

    @Test func concurrentWritersNeverExposeAPartialFile() throws {
        let root = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/shared.json"
        let contents = (0..<4).map { String(repeating: "\($0)", count: 200_000) }
        try AtomicFile.write(contents[0], to: path, within: root)
        let bad = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            if i < 4 {
                for _ in 0..<5 { try? AtomicFile.write(contents[i], to: path, within: root) }
            } else {
                for _ in 0..<20 {
                    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
                    if !contents.contains(text) { bad.withLock { $0 += 1 } }
                }
            }
        }
        #expect(bad.current == 0)
        #expect(Self.listing(root) == ["shared.json"])
    }

    @Test func interruptWaitsForWritesInFlightThenExits() throws {
        let root = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let exits = Locked([Int32]())
        let cleaned = Locked(false)
        let exited = DispatchSemaphore(value: 0)
        let guardian = InterruptGuard(terminate: { code in exits.withLock { $0.append(code) }; exited.signal() })
        guardian.onInterrupt { cleaned.withLock { $0 = true } }
        let inRename = DispatchSemaphore(value: 0), proceed = DispatchSemaphore(value: 0)
        let path = root + "/page.html"
        try AtomicFile.write("old", to: path, within: root)

        let writer = Thread {
            try? AtomicFile.write(Array("new".utf8), to: path, within: root, guard: guardian, beforeRename: { _ in
                inRename.signal()
                proceed.wait()
            })
        }
        writer.start()
        inRename.wait()
        guardian.handle(signal: SIGINT)
        #expect(guardian.isInterrupted)
        // The write in flight holds the exit back.
        #expect(exited.wait(timeout: .now() + 0.3) == .timedOut)
        #expect(exits.current.isEmpty)
        // New writes are refused meanwhile.
        #expect(throws: InterruptGuard.Interrupted.self) {
            try AtomicFile.write(Array("later".utf8), to: root + "/other.html", within: root, guard: guardian, beforeRename: nil)
        }
        proceed.signal()
        #expect(exited.wait(timeout: .now() + 5) == .success)
        #expect(exits.current == [130])
        #expect(cleaned.current)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(Self.listing(root) == ["page.html"])
    }

    @Test func secondSignalExitsAtOnceAndTermUses143() {
        let exits = Locked([Int32]())
        let guardian = InterruptGuard(terminate: { code in exits.withLock { $0.append(code) } })
        try? guardian.beginWrite()  // a write that never ends
        guardian.handle(signal: SIGTERM)
        guardian.handle(signal: SIGTERM)
        #expect(exits.current == [143])
        guardian.endWrite()
    }
}
