/// The lines of a lesson file as UTF-8 bytes, addressed like cmark addresses
/// them: 1-based lines, 1-based byte columns.
struct SourceLines {
    private var lines: [ArraySlice<UInt8>]

    init(_ source: String) {
        let bytes = Array(source.utf8)
        lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            line.last == 0x0D ? line.dropLast() : line
        }
    }

    /// The bytes of line `number` (empty past the end).
    func line(_ number: Int) -> ArraySlice<UInt8> {
        guard number >= 1, number <= lines.count else { return [] }
        return lines[number - 1]
    }
}

/// Locates the first byte that breaks UTF-8, for the "not UTF-8" message.
enum UTF8Validation {
    static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for continuation in bytes[(index + 1)..<(index + length)] where continuation & 0xC0 != 0x80 {
                return index
            }
            if String(validating: bytes[index..<(index + length)], as: UTF8.self) == nil { return index }
            index += length
        }
        return nil
    }
}
