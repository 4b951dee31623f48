/// The one escaping function of the report: every string that reaches HTML or
/// SVG text or an attribute value goes through `HTML.escape`.
public enum HTML {
    /// Escapes `& < > " '` so the result is safe as element text and as a
    /// double- or single-quoted attribute value.
    public static func escape(_ text: String) -> String {
        // Fast path: most strings (numbers, identifiers) need nothing.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// ` name="value"` with the value escaped (note the leading space).
    static func attribute(_ name: String, _ value: String) -> String {
        " \(name)=\"\(escape(value))\""
    }

    /// An element with escaped text content: `<tag attrs>text</tag>`.
    static func element(_ tag: String, _ text: String, class className: String? = nil) -> String {
        let cls = className.map { attribute("class", $0) } ?? ""
        return "<\(tag)\(cls)>\(escape(text))</\(tag)>"
    }
}
