import Yams

/// A block body parsed as a YAML mapping, every key and value with its place
/// in the lesson file.
///
/// cmark gives the block's fence line and strips the fence's indentation from
/// the body; Yams gives 1-based line/column marks inside the body. A mark
/// `(l, c)` is therefore at file line `bodyFirstLine + l − 1` and file column
/// `c + fenceColumn − 1`.
struct BlockBody {
    struct Entry {
        var key: String
        var keyLocation: SourceLocation
        var value: Node
    }

    var entries: [Entry]
    let block: LessonBlock

    /// Parses `block.body`; the error is located in the lesson file.
    init(_ block: LessonBlock) throws(Diagnostic) {
        self.block = block
        let node: Node?
        do {
            node = try Yams.compose(yaml: block.body)
        } catch let error as YamlError {
            throw Self.diagnostic(for: error, in: block)
        } catch {
            throw .error(at: block.location, "invalid YAML: \(error)")
        }
        let kind = block.kind.rawValue
        guard let node else {
            throw .error(at: block.location,
                         "\(kind) block '\(block.name)' is empty: write a YAML mapping such as '\(Self.example(for: block.kind))'")
        }
        guard let mapping = node.mapping else {
            throw .error(at: Self.location(of: node, in: block),
                         "\(kind) block body must be a YAML mapping of 'key: value' lines, got \(Self.describe(node))")
        }
        var entries: [Entry] = []
        for (keyNode, value) in mapping {
            let location = Self.location(of: keyNode, in: block)
            guard let key = keyNode.scalar?.string else {
                throw .error(at: location, "keys must be plain names, got \(Self.describe(keyNode))")
            }
            entries.append(Entry(key: key, keyLocation: location, value: value))
        }
        self.entries = entries
    }

    /// The entry for `key`, if written.
    func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }

    /// The file location of a Yams node (the fence when Yams has no mark).
    func location(of node: Node) -> SourceLocation { Self.location(of: node, in: block) }

    static func location(of node: Node, in block: LessonBlock) -> SourceLocation {
        guard let mark = node.mark else { return block.location }
        return location(line: mark.line, column: mark.column, in: block)
    }

    /// Maps a 1-based line/column inside the body to the lesson file, clamped
    /// to the body (libyaml reports end-of-input problems one line past it).
    static func location(line: Int, column: Int, in block: LessonBlock) -> SourceLocation {
        let bodyLines = bodyLineCount(block)
        let clamped = min(max(line, 1), bodyLines)
        return SourceLocation(file: block.location.file,
                              line: block.bodyFirstLine + clamped - 1,
                              column: max(column, 1) + block.location.column - 1)
    }

    /// The lines of the body (at least 1; cmark ends a body with a newline).
    static func bodyLineCount(_ block: LessonBlock) -> Int {
        max(1, block.body.split(separator: "\n", omittingEmptySubsequences: false).count - 1)
    }

    /// The first line a block of this kind usually starts with.
    static func example(for kind: LessonBlock.Kind) -> String {
        switch kind {
        case .experiment, .math: return "routine: train"
        case .compare: return "experiments: [a, b]"
        case .listing: return "symbol: NAME"
        }
    }

    /// A short description of a node for messages: `'many'`, `a list`, `a mapping`.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            return scalar.string.isEmpty ? "an empty value" : "'\(scalar.string)'"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }

    static func diagnostic(for error: YamlError, in block: LessonBlock) -> Diagnostic {
        func located(_ mark: Mark, _ message: String) -> Diagnostic {
            .error(at: location(line: mark.line, column: mark.column, in: block), message)
        }
        func text(_ context: YamlError.Context?, _ problem: String) -> String {
            guard let context, !context.text.isEmpty else { return "invalid YAML: \(problem)" }
            return "invalid YAML: \(problem) (\(context.text))"
        }
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            // A problem found at the end of the body ("found unexpected end of
            // stream" after an unclosed quote or bracket) is better shown where
            // the unclosed construct began, which libyaml gives as the context.
            if let context, mark.line > bodyLineCount(block), context.mark.line >= 1,
               context.mark.line <= bodyLineCount(block) {
                return located(context.mark, text(context, problem))
            }
            return located(mark, text(context, problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return located(context.mark, "duplicate key \(names): each parameter may appear once")
        case let .reader(problem, offset, _, yaml):
            let prefix = yaml.unicodeScalars.prefix(offset ?? 0)
            let line = prefix.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            let column = prefix.reversed().prefix { $0 != "\n" }.count + 1
            return .error(at: location(line: line, column: column, in: block), "invalid YAML: \(problem)")
        default:
            return .error(at: block.location, "invalid YAML: \(error)")
        }
    }
}
