/// Finds where a Swift declaration's body ends by counting braces, skipping
/// those inside comments (`//`, nested `/* */`) and string literals (`"…"`
/// with escapes, `"""…"""`).
enum BraceMatcher {
    private enum State { case code, lineComment, blockComment(Int), string, multilineString }

    /// The 0-based line holding the `}` that closes the first body opened at
    /// or after `start`; `start` itself (extended over continuation lines)
    /// when the declaration has no body (a protocol requirement, a stored
    /// property), or the last line when the braces never balance.
    static func lastLine(from start: Int, in lines: [Substring]) -> Int {
        var state = State.code
        var depth = 0, parens = 0
        var opened = false
        var index = start
        while index < lines.count {
            let chars = Array(lines[index])
            var i = 0
            if case .lineComment = state { state = .code }
            while i < chars.count {
                let c = chars[i]
                let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
                switch state {
                case .code:
                    if c == "/", next == "/" { state = .lineComment; i = chars.count; continue }
                    if c == "/", next == "*" { state = .blockComment(1); i += 2; continue }
                    if c == "\"" {
                        if i + 2 < chars.count, chars[i + 1] == "\"", chars[i + 2] == "\"" {
                            state = .multilineString; i += 3; continue
                        }
                        state = .string
                    } else if c == "(" || c == "[" {
                        parens += 1
                    } else if c == ")" || c == "]" {
                        parens -= 1
                    } else if c == "{" {
                        depth += 1; opened = true
                    } else if c == "}" {
                        depth -= 1
                        if opened, depth == 0 { return index }
                        if depth < 0 { return max(start, index - 1) }  // the enclosing scope ended
                    }
                case .lineComment:
                    i = chars.count; continue
                case .blockComment(let level):
                    if c == "*", next == "/" { state = level == 1 ? .code : .blockComment(level - 1); i += 2; continue }
                    if c == "/", next == "*" { state = .blockComment(level + 1); i += 2; continue }
                case .string:
                    if c == "\\" { i += 2; continue }
                    if c == "\"" { state = .code }
                case .multilineString:
                    if c == "\\" { i += 2; continue }
                    if c == "\"", i + 2 < chars.count, chars[i + 1] == "\"", chars[i + 2] == "\"" {
                        state = .code; i += 3; continue
                    }
                }
                i += 1
            }
            if case .string = state { state = .code }  // unterminated single-line string: give up on it
            if !opened, parens <= 0, case .code = state, endsDeclaration(after: index, in: lines) {
                return index
            }
            index += 1
        }
        return lines.count - 1
    }

    /// Whether a body-less declaration ends at line `index`: the line does
    /// not continue (`,`, `(`, `->`, `:`, `=`, `&`) and the next code line does
    /// not either (`{`, `->`, `where`, `throws`, `.`, `)`).
    private static func endsDeclaration(after index: Int, in lines: [Substring]) -> Bool {
        let current = lines[index].trimmingCharacters()
        if let last = current.last, ",(:=&".contains(last) || current.hasSuffix("->") { return false }
        var next = index + 1
        while next < lines.count, lines[next].trimmingCharacters().isEmpty { next += 1 }
        guard next < lines.count else { return true }
        let following = lines[next].trimmingCharacters()
        for continuation in ["{", "->", "where", "throws", "rethrows", "async", ".", ")", "]", "&"]
        where following.hasPrefix(continuation) {
            return false
        }
        return true
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    func trimmingCharacters() -> Substring {
        let start = drop { $0 == " " || $0 == "\t" }
        var end = start
        while let last = end.last, last == " " || last == "\t" { end = end.dropLast() }
        return end
    }
}
