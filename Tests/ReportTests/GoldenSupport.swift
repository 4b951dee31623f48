import Foundation
import Testing

/// Compares output with a file under `Goldens/`, or rewrites that file
/// (in the source tree) when `RECORD_GOLDENS=1`.
enum Golden {
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" }

    /// The source folder of the goldens (for recording).
    static func sourceFolder(file: String = #filePath) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Goldens")
    }

    static func expected(_ name: String) -> String? {
        if let url = Bundle.module.resourceURL?.appendingPathComponent("Goldens").appendingPathComponent(name),
           let text = try? String(contentsOf: url, encoding: .utf8) {
            return text
        }
        return try? String(contentsOf: sourceFolder().appendingPathComponent(name), encoding: .utf8)
    }

    /// Checks `actual` against `Goldens/<name>`; records it instead when asked.
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = actual.hasSuffix("\n") ? actual : actual + "\n"
        if recording {
            try text.write(to: sourceFolder().appendingPathComponent(name), atomically: true, encoding: .utf8)
            return
        }
        guard let expected = expected(name) else {
            Issue.record("missing golden \(name); run with RECORD_GOLDENS=1 to create it", sourceLocation: sourceLocation)
            return
        }
        #expect(text == expected, "output differs from Goldens/\(name); re-record with RECORD_GOLDENS=1 if intended",
                sourceLocation: sourceLocation)
    }

    /// Markup with a line break after each `>` of a closing or self-contained
    /// tag, so golden diffs are readable.
    static func pretty(_ markup: String) -> String {
        markup.replacingOccurrences(of: "><", with: ">\n<")
    }
}
