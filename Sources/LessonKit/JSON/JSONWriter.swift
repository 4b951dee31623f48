/// Serializes a `JSONValue` deterministically: keys in stored order, doubles
/// in Swift's shortest round-trip form, two-space indentation.
extension JSONValue {
    /// Pretty-printed text with a trailing newline (for files).
    public func prettyPrinted() -> String {
        var out = ""
        write(to: &out, indent: 0, style: .pretty)
        out.append("\n")
        return out
    }

    /// Single-line text (for cache keys and compact storage).
    public func compact() -> String {
        var out = ""
        write(to: &out, indent: 0, style: .compact)
        return out
    }

    /// `pretty` breaks lines and indents; `inline` is one line with spaces
    /// after commas (short arrays inside pretty output); `compact` has no spaces.
    private enum Style { case pretty, inline, compact }

    private func write(to out: inout String, indent: Int, style: Style) {
        let pretty = style == .pretty
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += Self.format(d)
        case .string(let s): Self.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            // Arrays of scalars stay on one line: series points, matrix rows.
            let inline = !pretty || items.allSatisfy(\.isScalarOrScalarArray)
            let itemStyle: Style = style == .compact ? .compact : inline ? .inline : .pretty
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += itemStyle == .compact || !inline ? "," : ", " }
                if !inline { out += "\n" + String(repeating: "  ", count: indent + 1) }
                item.write(to: &out, indent: indent + 1, style: itemStyle)
            }
            if !inline { out += "\n" + String(repeating: "  ", count: indent) }
            out += "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{"
            for (index, (key, value)) in pairs.enumerated() {
                if index > 0 { out += style == .inline ? ", " : "," }
                if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
                Self.writeString(key, to: &out)
                out += style == .compact ? ":" : ": "
                value.write(to: &out, indent: indent + 1, style: style)
            }
            if pretty { out += "\n" + String(repeating: "  ", count: indent) }
            out += "}"
        }
    }

    private var isScalarOrScalarArray: Bool {
        switch self {
        case .array(let items): return items.allSatisfy { if case .array = $0 { return false }; if case .object = $0 { return false }; return true }
        case .object: return false
        default: return true
        }
    }

    /// Shortest round-trip form; `"inf"`, `"-inf"`, `"nan"` for non-finite values.
    static func format(_ d: Double) -> String {
        if d.isNaN { return "\"nan\"" }
        if d.isInfinite { return d > 0 ? "\"inf\"" : "\"-inf\"" }
        return "\(d)"
    }

    static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
