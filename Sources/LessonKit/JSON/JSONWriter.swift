/// Serializes a `JSONValue` deterministically: keys in stored order, doubles
/// in Swift's shortest round-trip form, two-space indentation.
///
/// The text is built as UTF-8 bytes and decoded once: a results file holds
/// ~10⁵ numbers (decision-boundary grids), and appending bytes costs about a
/// third of appending to a `String` piece by piece.
extension JSONValue {
    /// Pretty-printed text with a trailing newline (for files).
    public func prettyPrinted() -> String {
        var out: [UInt8] = []
        write(to: &out, indent: 0, style: .pretty)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    /// Single-line text (for cache keys and compact storage).
    public func compact() -> String {
        var out: [UInt8] = []
        write(to: &out, indent: 0, style: .compact)
        return String(decoding: out, as: UTF8.self)
    }

    /// `pretty` breaks lines and indents; `inline` is one line with spaces
    /// after commas (short arrays inside pretty output); `compact` has no spaces.
    private enum Style { case pretty, inline, compact }

    private func write(to out: inout [UInt8], indent: Int, style: Style) {
        let pretty = style == .pretty
        @inline(__always) func newline(_ depth: Int) {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: 2 * depth))
        }
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): Self.writeInteger(i, to: &out)
        case .double(let d): out.append(contentsOf: Self.format(d).utf8)
        case .string(let s): Self.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            // Arrays of scalars stay on one line: series points, matrix rows.
            let inline = !pretty || items.allSatisfy(\.isScalarOrScalarArray)
            let itemStyle: Style = style == .compact ? .compact : inline ? .inline : .pretty
            let spaced = itemStyle != .compact && inline
            out.append(0x5B)
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(0x2C); if spaced { out.append(0x20) } }
                if !inline { newline(indent + 1) }
                item.write(to: &out, indent: indent + 1, style: itemStyle)
            }
            if !inline { newline(indent) }
            out.append(0x5D)
        case .object(let pairs):
            if pairs.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(0x7B)
            for (index, (key, value)) in pairs.enumerated() {
                if index > 0 { out.append(0x2C); if style == .inline { out.append(0x20) } }
                if pretty { newline(indent + 1) }
                Self.writeString(key, to: &out)
                out.append(0x3A)
                if style != .compact { out.append(0x20) }
                value.write(to: &out, indent: indent + 1, style: style)
            }
            if pretty { newline(indent) }
            out.append(0x7D)
        }
    }

    /// Decimal digits of `i` (what `String(i)` writes).
    private static func writeInteger(_ i: Int, to out: inout [UInt8]) {
        if i >= 0 && i < 10 { out.append(0x30 &+ UInt8(i)); return }
        out.append(contentsOf: String(i).utf8)
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

    /// A JSON string literal: quotes, backslashes and control characters
    /// escaped, everything else (UTF-8 included) copied as is.
    static func writeString(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        for byte in s.utf8 {
            switch byte {
            case 0x22: out.append(contentsOf: #"\""#.utf8)
            case 0x5C: out.append(contentsOf: #"\\"#.utf8)
            case 0x0A: out.append(contentsOf: #"\n"#.utf8)
            case 0x0D: out.append(contentsOf: #"\r"#.utf8)
            case 0x09: out.append(contentsOf: #"\t"#.utf8)
            case ..<0x20:
                let hex = String(byte, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }
}
