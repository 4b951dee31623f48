import Foundation

/// Finds the lessons of a folder: every `*.md` file except `README.md`,
/// ordered by section number (`1.1` < `1.2` < `2.1` < `3.1` < `10.1`), then by
/// name; files without a section number come last, by name.
public enum LessonDirectory {
    /// The lesson paths in `folder` (joined to `folder` as given), in order.
    public static func lessonPaths(in folder: String) throws(Diagnostic) -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .error(at: SourceLocation(file: folder, line: 1, column: 1),
                         "cannot list the lessons folder")
        }
        let lessons = names.filter { name in
            name.hasSuffix(".md") && name.lowercased() != "readme.md" && !name.hasPrefix(".")
        }
        return ordered(lessons).map { (folder as NSString).appendingPathComponent($0) }
    }

    /// Orders file names by section number, then name.
    public static func ordered(_ names: [String]) -> [String] {
        names.sorted { a, b in
            let sa = section(of: a), sb = section(of: b)
            switch (sa.isEmpty, sb.isEmpty) {
            case (false, true): return true
            case (true, false): return false
            default:
                if sa != sb { return sa.lexicographicallyPrecedes(sb) }
                return a < b
            }
        }
    }

    /// `[1, 2]` for `1.2-regularization.md`; empty when the name has no number.
    public static func section(of name: String) -> [Int] {
        let prefix = name.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        return prefix.split(separator: ".").compactMap { Int($0) }
    }
}
