/// Turns headings and names into `id`s and file names made only of
/// `[a-z0-9-]`, and keeps the ids of one page unique.
enum Slug {
    /// `"1.2 L2 regularization!"` → `"1-2-l2-regularization"`; never empty.
    static func make(_ text: String, fallback: String = "section") -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            let isAlnum = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
            if isAlnum {
                if pendingDash && !out.isEmpty { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? fallback : out
    }

    /// A safe file-name component: like `make`, but keeps dots (`1.1-initialization`).
    static func fileName(_ text: String) -> String {
        let parts = text.split(separator: ".", omittingEmptySubsequences: true).map { make(String($0), fallback: "x") }
        return parts.isEmpty ? "x" : parts.joined(separator: ".")
    }
}

/// Hands out unique ids for one page: the second `results` becomes `results-2`.
final class IDRegistry {
    private var used: Set<String> = []

    init(reserved: [String] = []) {
        used.formUnion(reserved)
    }

    /// A unique id based on `base` (already slug-safe).
    func claim(_ base: String) -> String {
        if used.insert(base).inserted { return base }
        var index = 2
        while !used.insert("\(base)-\(index)").inserted { index += 1 }
        return "\(base)-\(index)"
    }
}

extension Slug {
    /// A relative URL path component: unreserved characters kept, the rest
    /// percent-encoded (so a lesson id always makes a working link).
    static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let c = Character(UnicodeScalar(byte))
            if c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "." || c == "_" || c == "~") {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
