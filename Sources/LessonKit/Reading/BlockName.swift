/// The rule for block names (`he` in ```` ```experiment he ````):
/// `[a-z0-9][a-z0-9-]*`, so a name is also a safe HTML id and file name part.
public enum BlockName {
    /// Whether `name` is a valid block name.
    public static func isValid(_ name: String) -> Bool {
        guard let first = name.utf8.first, isLowerAlphanumeric(first) else { return false }
        return name.utf8.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    /// The message for a missing or malformed name, `nil` when it is fine.
    static func problem(with name: String, kind: LessonBlock.Kind) -> String? {
        if name.isEmpty {
            return "\(kind.rawValue) block has no name: write '```\(kind.rawValue) <name>'"
        }
        if isValid(name) { return nil }
        return "invalid block name '\(name)': use lowercase letters, digits and '-', starting with a letter or digit"
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
