/// How numbers, ranges and types read in messages and in the catalog.
enum ValueFormat {
    /// `1` for 1.0, `0.5`, `1e-08`; integers print as integers.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// `at least 1`, `in [0, 4294967295]`.
    static func range(_ range: ClosedRange<Int>) -> String {
        switch (range.lowerBound == Int.min, range.upperBound == Int.max) {
        case (false, true): return "at least \(range.lowerBound)"
        case (true, false): return "at most \(range.upperBound)"
        case (true, true): return "any integer"
        case (false, false): return "in [\(range.lowerBound), \(range.upperBound)]"
        }
    }

    /// `in (0, 1]`, `> 0`, `>= 0`, or empty when unbounded.
    static func bounds(minimum: Double?, maximum: Double?, exclusiveMinimum: Bool, exclusiveMaximum: Bool) -> String {
        switch (minimum, maximum) {
        case let (low?, high?):
            return "in \(exclusiveMinimum ? "(" : "[")\(number(low)), \(number(high))\(exclusiveMaximum ? ")" : "]")"
        case let (low?, nil): return "\(exclusiveMinimum ? ">" : ">=") \(number(low))"
        case let (nil, high?): return "\(exclusiveMaximum ? "<" : "<=") \(number(high))"
        case (nil, nil): return ""
        }
    }

    /// The catalog's name for a type: `integer >= 1`, `number in (0, 1]`,
    /// `gd | momentum | adam`, `list of 2-100 integers >= 1`.
    static func typeName(_ type: ParameterType) -> String {
        switch type {
        case .integer(let bounds):
            return "integer" + compact(bounds)
        case let .number(minimum, maximum, exclusiveMinimum, exclusiveMaximum):
            let text = bounds(minimum: minimum, maximum: maximum,
                              exclusiveMinimum: exclusiveMinimum, exclusiveMaximum: exclusiveMaximum)
            return text.isEmpty ? "number" : "number \(text)"
        case .choice(let words): return words.joined(separator: " | ")
        case .boolean: return "true | false"
        case .string: return "text"
        case let .list(element, count):
            let counts = count.upperBound == Int.max ? "\(count.lowerBound) or more" : "\(count.lowerBound) to \(count.upperBound)"
            return "list of \(counts) \(plural(typeName(element)))"
        case let .choiceOrInteger(words, range):
            return (words + ["integer" + compact(range)]).joined(separator: " | ")
        case .dataset(let names):
            return (names + ["{csv: path/prefix}"]).joined(separator: " | ")
        }
    }

    /// ` >= 1`, ` in [0, 4294967295]`, or empty for any integer.
    static func compact(_ range: ClosedRange<Int>) -> String {
        switch (range.lowerBound == Int.min, range.upperBound == Int.max) {
        case (false, true): return " >= \(range.lowerBound)"
        case (true, false): return " <= \(range.upperBound)"
        case (true, true): return ""
        case (false, false): return " in [\(range.lowerBound), \(range.upperBound)]"
        }
    }

    /// `integers >= 1` from `integer >= 1`; `texts` reads badly, so `names`.
    static func plural(_ type: String) -> String {
        if type.hasPrefix("integer") { return "integers" + type.dropFirst("integer".count) }
        if type.hasPrefix("number") { return "numbers" + type.dropFirst("number".count) }
        if type == "text" { return "names" }
        return "(\(type))"
    }

    /// A default as written in a lesson: `[2, 10, 5, 1]`, `full`, `1e-08`.
    static func yaml(_ value: JSONValue) -> String {
        switch value {
        case .null: return "none"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let int): return String(int)
        case .double(let double): return "\(double)".hasSuffix(".0") ? number(double) : "\(double)"
        case .string(let string): return string
        case .array(let items): return "[" + items.map(yaml).joined(separator: ", ") + "]"
        case .object(let pairs): return "{" + pairs.map { "\($0.0): \(yaml($0.1))" }.joined(separator: ", ") + "}"
        }
    }
}
