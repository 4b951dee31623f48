/// A lesson file after cmark has read it: its identity, its Markdown source
/// (the report renders the prose from it) and its special blocks in source order.
public struct Lesson: Sendable {
    /// The file name without `.md`, e.g. `1.1-initialization`.
    public var id: String
    /// The path as given on the command line or found in the lessons folder.
    public var path: String
    /// The whole file, as UTF-8 text.
    public var source: String
    /// The text of the first level-1 heading (the id when there is none).
    public var title: String
    /// Experiment, compare, listing and math blocks, in source order.
    public var blocks: [LessonBlock]
    /// Problems found while reading the file (a bad block name, say).
    public var diagnostics: [Diagnostic]

    public init(id: String, path: String, source: String, title: String,
                blocks: [LessonBlock], diagnostics: [Diagnostic] = []) {
        self.id = id
        self.path = path
        self.source = source
        self.title = title
        self.blocks = blocks
        self.diagnostics = diagnostics
    }

    /// The section number that orders lessons: `1.1` from `1.1-initialization`.
    public var section: [Int] {
        let prefix = id.prefix { $0.isNumber || $0 == "." }
        return prefix.split(separator: ".").compactMap { Int($0) }
    }
}

/// A fenced code block whose info string names one of the lesson's block kinds.
public struct LessonBlock: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case experiment, compare, listing, math
    }

    public var kind: Kind
    /// The block's name (`he` in ```` ```experiment he ````); empty for math.
    public var name: String
    /// Where the opening fence is.
    public var location: SourceLocation
    /// The file line of the first body line (the line after the fence).
    public var bodyFirstLine: Int
    /// The text between the fences.
    public var body: String

    public init(kind: Kind, name: String, location: SourceLocation, bodyFirstLine: Int, body: String) {
        self.kind = kind
        self.name = name
        self.location = location
        self.bodyFirstLine = bodyFirstLine
        self.body = body
    }
}
