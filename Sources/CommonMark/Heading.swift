/// A heading: its level (1–6), plain text and file line.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var line: Int

    public init(level: Int, text: String, line: Int) {
        self.level = level
        self.text = text
        self.line = line
    }
}
