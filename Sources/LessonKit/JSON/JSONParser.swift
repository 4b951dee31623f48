/// A strict parser for the JSON this project writes (results files and cache
/// entries), producing a `JSONValue`.
///
/// Why our own: Foundation's `JSONSerialization` loses key order and turns
/// every number into `NSNumber`, so `15000` and `15000.0` could not be told
/// apart and a cache entry would not decode to exactly what was stored.
///
/// Strict means RFC 8259 and nothing more: no comments, no trailing commas, no
/// `NaN`/`Infinity` literals (non-finite values are the strings `"inf"`,
/// `"-inf"`, `"nan"` and stay strings), no leading zeros, no control
/// characters or lone surrogates in strings, valid UTF-8 only, and a number
/// that does not fit a `Double` is an error rather than a silent infinity.
/// Integers without fraction or exponent that fit an `Int` become `.int`,
/// every other number `.double`. Object keys keep their order (duplicates are
/// kept as written). Errors carry the byte offset, so a corrupt cache entry
/// can be named precisely in the warning.
public struct JSONParser {
    /// Nesting deeper than this is refused instead of overflowing the stack.
    public static let maximumDepth = 512

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Parses one JSON document; only whitespace may follow it.
    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(bytes)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.index < bytes.count { throw parser.error("unexpected data after the JSON value") }
        return value
    }

    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    // MARK: Values

    private mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard index < bytes.count else { throw error("unexpected end of input, expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("unexpected character \(describe(bytes[index])), expected a value")
        }
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        index += 1  // {
        var pairs: [(String, JSONValue)] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "}") { index += 1; depth -= 1; return .object(pairs) }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw error("expected a string key") }
            let key = try parseString()
            skipWhitespace()
            try expect(UInt8(ascii: ":"), "expected ':' after an object key")
            skipWhitespace()
            pairs.append((key, try parseValue()))
            skipWhitespace()
            guard let next = peek() else { throw error("unexpected end of input, expected ',' or '}'") }
            index += 1
            if next == UInt8(ascii: "}") { break }
            if next != UInt8(ascii: ",") { index -= 1; throw error("expected ',' or '}' in an object") }
        }
        depth -= 1
        return .object(pairs)
    }

    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        index += 1  // [
        var items: [JSONValue] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") { index += 1; depth -= 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            guard let next = peek() else { throw error("unexpected end of input, expected ',' or ']'") }
            index += 1
            if next == UInt8(ascii: "]") { break }
            if next != UInt8(ascii: ",") { index -= 1; throw error("expected ',' or ']' in an array") }
        }
        depth -= 1
        return .array(items)
    }

    private mutating func enterContainer() throws(JSONParseError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
    }

    // MARK: Numbers

    private mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = index
        var isInteger = true
        let negative = peek() == UInt8(ascii: "-")
        if negative { index += 1 }
        guard let first = peek(), isDigit(first) else { throw error("expected a digit") }
        let digitsStart = index
        if first == UInt8(ascii: "0") {
            index += 1
            if let next = peek(), isDigit(next) { throw error("leading zeros are not allowed") }
        } else {
            skipDigits()
        }
        // Fast path for the common short integer (grid cells, labels, epochs):
        // up to 18 digits cannot overflow an Int.
        if index - digitsStart <= 18, !(peek().map(Self.continuesNumber) ?? false) {
            var value = 0
            for i in digitsStart..<index { value = value &* 10 &+ Int(bytes[i] &- UInt8(ascii: "0")) }
            return .int(negative ? -value : value)
        }
        if peek() == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard let d = peek(), isDigit(d) else { throw error("expected a digit after '.'") }
            skipDigits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            guard let d = peek(), isDigit(d) else { throw error("expected a digit in the exponent") }
            skipDigits()
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let value = Int(text) { return .int(value) }
        guard let value = Double(text), value.isFinite else {
            throw JSONParseError(offset: start, message: "number \(text) is out of range")
        }
        return .double(value)
    }

    /// `.`, `e` or `E`: the integer part is followed by a fraction or an exponent.
    private static func continuesNumber(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
    }

    private mutating func skipDigits() {
        while let b = peek(), isDigit(b) { index += 1 }
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    // MARK: Strings

    private mutating func parseString() throws(JSONParseError) -> String {
        index += 1  // opening quote
        var scalars = String.UnicodeScalarView()
        var runStart = index
        while true {
            guard index < bytes.count else { throw error("unterminated string") }
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                try appendRun(from: runStart, to: index, into: &scalars)
                index += 1
                return String(scalars)
            }
            if b == UInt8(ascii: "\\") {
                try appendRun(from: runStart, to: index, into: &scalars)
                scalars.append(try parseEscape())
                runStart = index
                continue
            }
            if b < 0x20 { throw error("control character \(describe(b)) in a string must be escaped") }
            index += 1
        }
    }

    /// Appends raw (unescaped) bytes after checking they are valid UTF-8.
    private func appendRun(from start: Int, to end: Int, into scalars: inout String.UnicodeScalarView) throws(JSONParseError) {
        guard start < end else { return }
        var decoder = UTF8()
        var iterator = bytes[start..<end].makeIterator()
        var offset = start
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                offset += UTF8.width(scalar)
            case .emptyInput:
                return
            case .error:
                throw JSONParseError(offset: offset, message: "invalid UTF-8 in a string")
            }
        }
    }

    private mutating func parseEscape() throws(JSONParseError) -> Unicode.Scalar {
        let escapeStart = index
        index += 1  // backslash
        guard let b = peek() else { throw error("unterminated escape sequence") }
        index += 1
        switch b {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex4()
            if (0xD800...0xDBFF).contains(high) {
                guard peek() == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                    throw JSONParseError(offset: escapeStart, message: "lone high surrogate \\u\(hex(high))")
                }
                index += 2
                let low = try parseHex4()
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw JSONParseError(offset: escapeStart, message: "high surrogate \\u\(hex(high)) not followed by a low surrogate")
                }
                let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                return Unicode.Scalar(value)!
            }
            if (0xDC00...0xDFFF).contains(high) {
                throw JSONParseError(offset: escapeStart, message: "lone low surrogate \\u\(hex(high))")
            }
            return Unicode.Scalar(high)!
        default:
            throw JSONParseError(offset: escapeStart, message: "invalid escape sequence \\\(describe(b))")
        }
    }

    private mutating func parseHex4() throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let b = peek() else { throw error("unterminated \\u escape") }
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw error("expected a hex digit in a \\u escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    // MARK: Helpers

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        while let b = peek(), b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { index += 1 }
    }

    private mutating func expect(_ byte: UInt8, _ message: String) throws(JSONParseError) {
        guard peek() == byte else { throw error(message) }
        index += 1
    }

    private mutating func expectWord(_ word: String) throws(JSONParseError) {
        let start = index
        for expected in word.utf8 {
            guard peek() == expected else {
                throw JSONParseError(offset: start, message: "invalid literal, expected '\(word)'")
            }
            index += 1
        }
    }

    private func describe(_ b: UInt8) -> String {
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        return "0x" + String(b, radix: 16, uppercase: true)
    }

    private func error(_ message: String) -> JSONParseError {
        JSONParseError(offset: index, message: message)
    }
}

/// Why a document is not valid JSON, and where: the 0-based byte offset.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var offset: Int
    public var message: String

    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    public var description: String { "byte \(offset): \(message)" }
}
