/// Finds Swift declarations in source text by name, without a compiler:
/// a line whose first words, after modifiers and attributes, are a
/// declaration keyword and the name (`public static func circles(`,
/// `final class Cache`, `extension Dataset {`). Good enough for the library's
/// own, consistently formatted sources, which is all a listing may quote.
enum SwiftDeclarationScanner {
    static let keywords: Set<String> = [
        "func", "struct", "enum", "class", "protocol", "extension", "actor", "typealias", "var", "let", "init", "case",
    ]
    static let modifiers: Set<String> = [
        "public", "private", "fileprivate", "internal", "package", "open", "final", "static", "mutating",
        "nonmutating", "nonisolated", "override", "indirect", "convenience", "required", "dynamic", "lazy",
        "weak", "unowned", "consuming", "borrowing",
    ]

    /// A declaration: its keyword, name and 0-based line.
    struct Declaration {
        var keyword: String
        var name: String
        var line: Int
    }

    /// The declaration that starts on `line`, if any.
    ///
    /// Reads the line's words one at a time and stops at the first that
    /// cannot belong to a declaration: a render scans every line of
    /// `Sources/` (about 14 000), nearly all of them statements or comments.
    static func declaration(in line: Substring, at index: Int) -> Declaration? {
        var words = Words(line)
        // Leading attributes (`@inlinable`, `@MainActor`, `@available(...)` without spaces).
        var word = words.next()
        while let first = word, first.hasPrefix("@") || modifiers.contains(String(first.prefix { $0 != "(" })) {
            if first.hasPrefix("@"), first.contains("("), !first.contains(")") { return nil }
            word = words.next()
        }
        guard let keyword = word.map(String.init), keywords.contains(keyword) else { return nil }
        if keyword == "init" { return Declaration(keyword: keyword, name: "init", line: index) }
        guard let rawName = words.next() else { return nil }
        let name = String(rawName.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "`" }
            .filter { $0 != "`" })
        guard !name.isEmpty else { return nil }
        return Declaration(keyword: keyword, name: name, line: index)
    }

    /// The words of a line (runs of bytes between spaces and tabs), in
    /// order, without building an array of all of them. Bytes, not
    /// Characters: the separators are ASCII, and no grapheme breaking is needed.
    private struct Words {
        private let line: Substring
        private var position: Substring.UTF8View.Index

        init(_ line: Substring) {
            self.line = line
            position = line.utf8.startIndex
        }

        mutating func next() -> Substring? {
            let bytes = line.utf8
            func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
            guard let start = bytes[position...].firstIndex(where: { !isBlank($0) }) else { return nil }
            let end = bytes[start...].firstIndex(where: isBlank) ?? bytes.endIndex
            position = end
            return Substring(bytes[start..<end])
        }
    }

    /// Every declaration of the text, in order.
    static func declarations(in lines: [Substring]) -> [Declaration] {
        lines.enumerated().compactMap { declaration(in: $1, at: $0) }
    }

    /// The lines a declaration spans: from its first doc-comment or attribute
    /// line to the line of the brace that closes its body (or the declaration
    /// line alone when it has no body).
    static func extent(of declaration: Declaration, in lines: [Substring]) -> ClosedRange<Int> {
        var first = declaration.line
        while first > 0 {
            let above = lines[first - 1].drop { $0 == " " || $0 == "\t" }
            if above.hasPrefix("///") || above.hasPrefix("@") {
                first -= 1
            } else if above.hasSuffix("*/") {
                var open = first - 1
                while open > 0, !lines[open].contains("/**") { open -= 1 }
                guard lines[open].contains("/**") else { break }
                first = open
            } else {
                break
            }
        }
        return first...BraceMatcher.lastLine(from: declaration.line, in: lines)
    }
}
