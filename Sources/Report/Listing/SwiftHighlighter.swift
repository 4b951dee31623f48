/// Swift source as HTML with token classes, for listings and ```` ```swift ````
/// blocks: keywords, types (capitalised names), attributes and `#`
/// directives, comments, strings (with interpolation) and numbers. No
/// JavaScript: colours come from the stylesheet.
enum SwiftHighlighter {
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer",
        "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where",
        "while", "as", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "await", "async",
        "mutating", "nonmutating", "override", "final", "lazy", "weak", "unowned", "some", "any", "indirect",
        "convenience", "required", "optional", "get", "set", "willSet", "didSet", "package", "consuming", "borrowing",
        "sending", "nonisolated", "isolated",
    ]

    /// Highlighted HTML for `code`, one string per source line (spans never cross lines).
    static func lines(_ code: String) -> [String] {
        var lines: [String] = []
        var current = ""
        func emit(_ text: String, _ cls: String?) {
            // Split on newlines so every line is closed and reopened.
            let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if index > 0 {
                    lines.append(current)
                    current = ""
                }
                guard !part.isEmpty else { continue }
                let escaped = HTML.escape(String(part))
                current += cls.map { "<span class=\"tok-\($0)\">\(escaped)</span>" } ?? escaped
            }
        }
        let chars = Array(code)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            if c == "/" && next == "/" {
                var j = i
                while j < chars.count && chars[j] != "\n" { j += 1 }
                emit(String(chars[i..<j]), "c")
                i = j
            } else if c == "/" && next == "*" {
                var j = i + 2
                var blockDepth = 1
                while j < chars.count && blockDepth > 0 {
                    if chars[j] == "/" && j + 1 < chars.count && chars[j + 1] == "*" { blockDepth += 1; j += 2; continue }
                    if chars[j] == "*" && j + 1 < chars.count && chars[j + 1] == "/" { blockDepth -= 1; j += 2; continue }
                    j += 1
                }
                emit(String(chars[i..<min(j, chars.count)]), "c")
                i = j
            } else if c == "\"" {
                let multiline = next == "\"" && i + 2 < chars.count && chars[i + 2] == "\""
                var j = i + (multiline ? 3 : 1)
                var segmentStart = i
                while j < chars.count {
                    if chars[j] == "\\" && j + 1 < chars.count && chars[j + 1] == "(" {
                        // Interpolation: the string so far, then the expression as code.
                        emit(String(chars[segmentStart..<(j + 2)]), "s")
                        var depth = 1, k = j + 2
                        while k < chars.count && depth > 0 {
                            if chars[k] == "(" { depth += 1 } else if chars[k] == ")" { depth -= 1 }
                            if depth > 0 { k += 1 }
                        }
                        emit(String(chars[(j + 2)..<min(k, chars.count)]), nil)
                        segmentStart = min(k, chars.count)
                        j = k
                        continue
                    }
                    if chars[j] == "\\" { j += 2; continue }
                    if multiline {
                        if chars[j] == "\"" && j + 2 < chars.count && chars[j + 1] == "\"" && chars[j + 2] == "\"" { j += 3; break }
                    } else if chars[j] == "\"" || chars[j] == "\n" {
                        j += chars[j] == "\"" ? 1 : 0
                        break
                    }
                    j += 1
                }
                emit(String(chars[segmentStart..<min(j, chars.count)]), "s")
                i = j
            } else if c.isNumber {
                var j = i
                while j < chars.count && (chars[j].isNumber || chars[j].isLetter || chars[j] == "_" ||
                                          (chars[j] == "." && j + 1 < chars.count && chars[j + 1].isNumber)) { j += 1 }
                emit(String(chars[i..<j]), "n")
                i = j
            } else if c.isLetter || c == "_" || ((c == "@" || c == "#") && (next?.isLetter ?? false)) {
                var j = i + 1
                while j < chars.count && (chars[j].isLetter || chars[j].isNumber || chars[j] == "_") { j += 1 }
                let word = String(chars[i..<j])
                let cls: String?
                if c == "@" || c == "#" { cls = "a" }
                else if keywords.contains(word) { cls = "k" }
                else if c.isUppercase { cls = "t" }
                else if j < chars.count && chars[j] == "(" && i > 0 && chars[i - 1] != "." { cls = "f" }
                else { cls = nil }
                emit(word, cls)
                i = j
            } else {
                emit(String(c), nil)
                i += 1
            }
        }
        lines.append(current)
        if code.hasSuffix("\n") { lines.removeLast() }
        return lines
    }
}
