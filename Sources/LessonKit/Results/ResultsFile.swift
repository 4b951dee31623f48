import Foundation

/// The results file `output/<lesson-id>.json` of PRODUCT.md §3.4: the lesson,
/// its reproducibility stamp, one entry per experiment in source order, and
/// the lesson's diagnostics, so scripts can consume a run without the HTML.
public enum ResultsFile {
    /// The file name inside the output folder: `<lesson-id>.json`.
    public static func fileName(for lessonID: String) -> String { "\(lessonID).json" }

    /// The whole document, keys in the order of §3.4.
    public static func json(for run: LessonRun) -> JSONValue {
        .object([
            ("lesson", .string(run.lesson.id)),
            ("title", .string(run.lesson.title)),
            ("source", .string(run.lesson.path)),
            ("generated_at", .string(iso8601(run.generatedAt))),
            ("environment", .object([
                ("tool", .string(run.environment.tool)),
                ("swift", .string(run.environment.swift)),
                ("blas", .string(run.environment.blas)),
                ("commit", .string(run.environment.commit)),
            ])),
            ("experiments", .array(run.results.map(\.jsonValue))),
            ("diagnostics", .array(run.diagnostics.map(json(for:)))),
        ])
    }

    /// Pretty-printed text with a trailing newline.
    public static func text(for run: LessonRun) -> String { json(for: run).prettyPrinted() }

    /// Writes `<outputDirectory>/<lesson-id>.json` atomically and returns its path.
    @discardableResult
    public static func write(_ run: LessonRun, to outputDirectory: String) throws -> String {
        let path = (outputDirectory as NSString).appendingPathComponent(fileName(for: run.lesson.id))
        try AtomicFile.write(text(for: run), to: path, within: outputDirectory)
        return path
    }

    public static func json(for diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("file", .string(diagnostic.location.file)),
            ("line", .int(diagnostic.location.line)),
            ("column", .int(diagnostic.location.column)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
        ])
    }

    /// `2026-11-26T12:00:00Z`: UTC, whole seconds. Formatted by hand with
    /// `gmtime_r` so it needs no (non-Sendable) formatter and no locale.
    public static func iso8601(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))"
            + "T\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))Z"
    }
}
