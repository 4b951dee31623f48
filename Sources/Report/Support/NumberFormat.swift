import Foundation
import LessonKit

/// How numbers read on the page: accuracies as percentages, costs with six
/// significant digits, tiny values as `1.2×10⁻⁷`, full precision for titles.
enum NumberFormat {
    /// Swift's shortest round-trip form (`0.9933333333333333`), `inf`, `-inf`, `nan`.
    static func full(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// Whether a metric is a fraction best shown as a percentage.
    static func isPercentage(_ metricName: String) -> Bool {
        metricName.contains("accuracy")
    }

    /// A metric for display: `99.33%` for accuracies, `0.0736372` otherwise.
    static func metric(_ name: String, _ value: Double) -> String {
        guard value.isFinite else { return full(value) }
        if isPercentage(name) { return percent(value) }
        if value == value.rounded(), abs(value) < 1e15, !name.contains("cost"), !name.contains("difference") {
            return grouped(Int(value))
        }
        return significant(value, digits: 6)
    }

    /// `0.99333` → `99.33%`, `0.5` → `50%` (at most two decimals, trailing zeros dropped).
    static func percent(_ value: Double) -> String {
        trimmed(String(format: "%.2f", value * 100)) + "%"
    }

    /// `digits` significant digits; scientific values as `1.2×10⁻⁷`.
    static func significant(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return full(value) }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        if magnitude >= 1e-4 && magnitude < 1e7 {
            var text = String(format: "%.\(digits)g", value)
            if text.contains("e") { text = String(format: "%.0f", value) }
            return text.contains(".") ? trimmed(text) : text
        }
        return scientific(value, digits: digits)
    }

    /// `3.2e-07` → `3.2×10⁻⁷` with `digits` significant digits.
    static func scientific(_ value: Double, digits: Int) -> String {
        let text = String(format: "%.\(max(digits - 1, 0))e", value)
        let parts = text.split(separator: "e")
        guard parts.count == 2, let exponent = Int(parts[1]) else { return text }
        var mantissa = String(parts[0])
        if mantissa.contains(".") { mantissa = trimmed(mantissa) }
        let power = "10" + superscript(exponent)
        return mantissa == "1" ? power : mantissa + "×" + power
    }

    /// `-7` → `⁻⁷`.
    static func superscript(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        var out = number < 0 ? "⁻" : ""
        for character in String(abs(number)) {
            out.append(digits[Int(String(character))!])
        }
        return out
    }

    /// `15000` → `15,000`.
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(character)
        }
        return value < 0 ? "−" + out : out
    }

    /// Run time: `0.08 s`, `12.3 s`, `2 min 05 s`.
    static func seconds(_ value: Double) -> String {
        guard value.isFinite, value >= 0 else { return "–" }
        if value < 0.01 { return "under 0.01 s" }
        if value < 10 { return String(format: "%.2f s", value) }
        if value < 60 { return String(format: "%.1f s", value) }
        let minutes = Int(value / 60)
        let rest = Int(value.rounded()) - minutes * 60
        return String(format: "%d min %02d s", minutes, rest)
    }

    /// An SVG coordinate: at most two decimals, no trailing zeros.
    static func coordinate(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (value * 100).rounded()
        let rounded = hundredths / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        guard abs(hundredths) < 1e15 else { return trimmed(String(format: "%.2f", rounded)) }
        // What `%.2f` then trimming gives, from the integer count of
        // hundredths (charts format thousands of these; `String(format:)`
        // goes through Foundation's formatter each time).
        let count = Int(hundredths)
        let magnitude = count < 0 ? -count : count
        let fraction = magnitude % 100
        var text = count < 0 ? "-" : ""
        text += String(magnitude / 100)
        text += fraction % 10 == 0 ? "." + String(fraction / 10)
            : (fraction < 10 ? ".0" + String(fraction) : "." + String(fraction))
        return text
    }

    /// Drops trailing zeros (and a trailing dot) of a decimal string.
    static func trimmed(_ text: String) -> String {
        guard text.contains("."), !text.contains("e") else { return text }
        var out = text
        while out.hasSuffix("0") { out.removeLast() }
        if out.hasSuffix(".") { out.removeLast() }
        return out
    }

    /// A parameter value as a reader would write it in YAML:
    /// `circles`, `[2, 10, 5, 1]`, `0.01`, `{csv: data/x}`.
    static func parameter(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return full(number)
        case .string(let text): return text
        case .array(let items): return "[" + items.map(parameter).joined(separator: ", ") + "]"
        case .object(let pairs): return "{" + pairs.map { "\($0.0): \(parameter($0.1))" }.joined(separator: ", ") + "}"
        }
    }

    /// `train_accuracy` → `Train accuracy`.
    static func label(_ name: String) -> String {
        let spaced = name.replacingOccurrences(of: "_", with: " ")
        guard let first = spaced.first else { return spaced }
        return first.uppercased() + spaced.dropFirst()
    }
}
