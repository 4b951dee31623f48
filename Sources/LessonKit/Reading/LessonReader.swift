import CommonMark
import Foundation

/// Reads lesson files: path → bytes → UTF-8 text → cmark → ``Lesson``.
///
/// Reading never runs anything and never throws for problems *inside* the
/// file: a bad block name or an unterminated fence becomes a located
/// ``Diagnostic`` in ``Lesson/diagnostics``, and the rest of the lesson is
/// still read. Only a file that cannot be read at all (missing, a directory,
/// not UTF-8, empty) fails, with a diagnostic at `file:1:1` (at the first bad
/// byte for a file that is not UTF-8).
public struct LessonReader: Sendable {
    public init() {}

    /// Reads the lesson at `path` (kept as given in every diagnostic).
    public func read(_ path: String) throws(Diagnostic) -> Lesson {
        let start = SourceLocation(file: path, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .error(at: start, "no such lesson file")
        }
        if isDirectory.boolValue {
            throw .error(at: start, "is a directory, not a lesson file (give a .md file)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error(at: start, "cannot read the lesson file (permission denied?)")
        }
        let source = try Self.decode(data, at: start)
        return parse(source: source, path: path)
    }

    /// Parses lesson text that is already in memory (tests, fuzzing).
    /// `path` only names the file in diagnostics and gives the lesson its id.
    public func parse(source: String, path: String) -> Lesson {
        let document = MarkdownDocument(source)
        let lines = SourceLines(source)
        let id = Self.lessonID(forPath: path)
        let title = document.headings.first { $0.level == 1 }?.text ?? id

        var blocks: [LessonBlock] = []
        var diagnostics: [Diagnostic] = []
        var firstUse: [String: Int] = [:]

        for code in document.codeBlocks {
            guard let fence = FenceLine(lines: lines, block: code) else { continue }  // indented code
            let location = SourceLocation(file: path, line: code.startLine, column: code.startColumn)
            if !fence.isClosed(by: lines.line(code.endLine), sameLine: code.endLine == code.startLine) {
                diagnostics.append(.error(
                    at: location,
                    "unterminated code fence: add a closing \(fence.marker) line (without it the block swallows the text after it)"))
                if let kind = LessonBlock.Kind(rawValue: code.language) {
                    // Keep the block so the report can show the error in its place;
                    // the validator skips blocks with reading errors.
                    blocks.append(LessonBlock(kind: kind, name: code.argument, location: location,
                                              bodyFirstLine: code.startLine + 1, body: code.literal))
                }
                continue
            }
            guard let kind = LessonBlock.Kind(rawValue: code.language) else { continue }
            let block = LessonBlock(kind: kind, name: kind == .math ? "" : code.argument,
                                    location: location, bodyFirstLine: code.startLine + 1,
                                    body: code.literal)
            blocks.append(block)
            guard kind != .math else { continue }

            let nameLocation = SourceLocation(file: path, line: code.startLine,
                                              column: code.startColumn + fence.nameOffset)
            if let problem = BlockName.problem(with: block.name, kind: kind) {
                diagnostics.append(.error(at: nameLocation, problem))
            } else if let earlier = firstUse[block.name] {
                diagnostics.append(.error(
                    at: nameLocation,
                    "duplicate block name '\(block.name)' (first used on line \(earlier)); names must be unique within a lesson"))
            } else {
                firstUse[block.name] = code.startLine
            }
        }
        return Lesson(id: id, path: path, source: source, title: title,
                      blocks: blocks, diagnostics: diagnostics)
    }

    /// The lesson id: the file name without its `.md` extension.
    public static func lessonID(forPath path: String) -> String {
        let name = (path as NSString).lastPathComponent
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    /// Strict UTF-8 decoding (a leading byte-order mark is dropped); an empty or
    /// blank file is refused, since it cannot be a lesson.
    static func decode(_ data: Data, at start: SourceLocation) throws(Diagnostic) -> String {
        let bytes = [UInt8](data)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            // Located at the first bad byte (1-based line, 1-based byte column),
            // so an editor jumps straight to it; the byte is named in hex.
            let offset = UTF8Validation.firstInvalidByte(in: bytes) ?? 0
            let before = bytes[..<offset]
            let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let column = before.reversed().prefix { $0 != 0x0A }.count + 1
            let byte = offset < bytes.count ? String(format: "0x%02X", bytes[offset]) : "end of file"
            throw .error(at: SourceLocation(file: start.file, line: line, column: column),
                         "file is not valid UTF-8 text (bad byte \(byte) at byte offset \(offset)); save it as UTF-8")
        }
        let source = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        if source.allSatisfy(\.isWhitespace) {
            throw .error(at: start, "lesson file is empty")
        }
        return source
    }
}
