import Foundation
import Testing
@testable import LessonKit

/// Guards `LibraryFingerprint.sourceHash`: cached results are keyed by it, so
/// it must change whenever the code that computes results changes.
@Suite("Cache library fingerprint")
struct CacheFingerprintTests {
    /// `<package>/Sources`, found from this file's path.
    static let sourcesDirectory: String = {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources").path
    }()

    @Test func recordedFingerprintMatchesTheSources() throws {
        let computed = try #require(SourceFingerprint.compute(sourcesDirectory: Self.sourcesDirectory),
                                    "cannot read \(Self.sourcesDirectory)")
        #expect(computed == LibraryFingerprint.sourceHash, """
            The library sources (Sources/\(SourceFingerprint.folders.joined(separator: "/, Sources/"))/) \
            changed, so cached results keyed by the old fingerprint must not be reused. Paste the new value \
            into Sources/LessonKit/Cache/LibraryFingerprint.swift:
                public static let sourceHash = "\(computed)"
            """)
    }

    @Test func fingerprintIsStableAndSensitive() throws {
        let root = RunnerFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/NeuralNet/Core", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: root + "/LessonKit/Routines", withIntermediateDirectories: true)
        try "let a = 1\n".write(toFile: root + "/NeuralNet/Core/A.swift", atomically: true, encoding: .utf8)
        try "let b = 2\n".write(toFile: root + "/NeuralNet/B.swift", atomically: true, encoding: .utf8)
        try "let r = 3\n".write(toFile: root + "/LessonKit/Routines/R.swift", atomically: true, encoding: .utf8)
        let first = try #require(SourceFingerprint.compute(sourcesDirectory: root))
        #expect(first.count == 64)
        #expect(SourceFingerprint.compute(sourcesDirectory: root) == first)

        // Hidden files (editor droppings) do not count.
        try "junk".write(toFile: root + "/NeuralNet/.B.swift.swp", atomically: true, encoding: .utf8)
        #expect(SourceFingerprint.compute(sourcesDirectory: root) == first)

        // An edit in a routine changes it.
        try "let r = 4\n".write(toFile: root + "/LessonKit/Routines/R.swift", atomically: true, encoding: .utf8)
        let second = try #require(SourceFingerprint.compute(sourcesDirectory: root))
        #expect(second != first)

        // A move with identical content changes it too.
        try manager.moveItem(atPath: root + "/NeuralNet/B.swift", toPath: root + "/NeuralNet/Core/B.swift")
        #expect(SourceFingerprint.compute(sourcesDirectory: root) != second)

        // A missing folder is nil, not a fingerprint of nothing.
        #expect(SourceFingerprint.compute(sourcesDirectory: root + "/nowhere") == nil)
    }
}
