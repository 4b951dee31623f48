import LessonKit
import Testing
@testable import Report

/// The footer's reproducibility stamp: a full hash is shortened, a `-dirty` mark never cut.
@Suite struct ReproducibilityStampTests {
    static func shownCommit(_ commit: String) -> String? {
        let environment = RunEnvironment(tool: "0.1.0", swift: "6.3", blas: "none", commit: commit)
        let html = ReproducibilityStamp(environment: environment, generatedAt: nil).html
        guard let start = html.range(of: "<dt>Commit</dt><dd title=\"") else { return nil }
        let rest = html[start.upperBound...]
        guard let close = rest.range(of: "\">"), let end = rest.range(of: "</dd>") else { return nil }
        return String(rest[close.upperBound..<end.lowerBound])
    }

    @Test func longHashesAreShortenedAndDirtyMarksKept() {
        #expect(Self.shownCommit("4743b15c0ffee1234567890abcdef1234567890a") == "4743b15c0ffe")
        #expect(Self.shownCommit("4743b15c0ffee1234567890abcdef1234567890a-dirty") == "4743b15c0ffe-dirty")
        #expect(Self.shownCommit("70f4fd9-dirty") == "70f4fd9-dirty")
        #expect(Self.shownCommit("70f4fd9") == "70f4fd9")
        #expect(Self.shownCommit("") == "unknown")
    }
}
