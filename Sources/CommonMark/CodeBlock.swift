import CCmark

/// A code block as cmark reports it. Lines are 1-based file lines.
public struct CodeBlock: Sendable, Hashable {
    /// The info string after the opening fence (`experiment he`); empty for
    /// indented blocks and bare fences (cmark 0.30 cannot tell them apart).
    public var info: String
    /// The body, without the fences.
    public var literal: String
    /// The line of the opening fence.
    public var startLine: Int
    /// The column of the opening fence (blocks inside lists are indented).
    public var startColumn: Int
    /// The line of the closing fence (or the last line when unterminated).
    public var endLine: Int

    public init(info: String, literal: String, startLine: Int, startColumn: Int, endLine: Int) {
        self.info = info
        self.literal = literal
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
    }

    init(_ node: OpaquePointer) {
        self.info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
        self.literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        self.startLine = Int(cmark_node_get_start_line(node))
        self.startColumn = Int(cmark_node_get_start_column(node))
        self.endLine = Int(cmark_node_get_end_line(node))
    }

    /// The first word of the info string (`experiment`, `compare`, `math`, `swift`).
    public var language: String {
        String(info.split(separator: " ", maxSplits: 1).first ?? "")
    }

    /// The rest of the info string after the first word, trimmed (`he`).
    public var argument: String {
        let parts = info.split(separator: " ", maxSplits: 1)
        guard parts.count > 1 else { return "" }
        return String(parts[1].drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

