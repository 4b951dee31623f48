import Yams

/// Checks YAML values against ``ParameterType``s and converts them to
/// ``JSONValue``s, collecting located diagnostics and the file location of
/// every key and list element (`layers`, `layers[0]`, `dataset.csv`) so that
/// later cross-checks can point at the exact offending value.
struct ValueChecker {
    let body: BlockBody
    /// The absolute folder of the lesson file (csv paths are relative to it).
    let lessonDirectory: String
    private(set) var diagnostics: [Diagnostic] = []
    var locations: [String: SourceLocation] = [:]
    /// Where each top-level key's value starts (for errors about the value as a whole).
    private(set) var valueLocations: [String: SourceLocation] = [:]

    init(body: BlockBody, lessonDirectory: String) {
        self.body = body
        self.lessonDirectory = lessonDirectory
        for entry in body.entries {
            locations[entry.key] = entry.keyLocation
            valueLocations[entry.key] = body.location(of: entry.value)
        }
    }

    mutating func fail(_ node: Node, _ message: String) {
        diagnostics.append(.error(at: body.location(of: node), message))
    }

    mutating func fail(at location: SourceLocation, _ message: String) {
        diagnostics.append(.error(at: location, message))
    }

    /// The value of `node` as `type`, or `nil` after recording why not.
    /// `name` is the key as messages show it (`layers[1]` for an element).
    mutating func check(_ node: Node, as type: ParameterType, name: String) -> JSONValue? {
        switch type {
        case .integer(let range):
            guard let value = integer(node) else {
                if node.tag.rawValue == Tag.Name.int.rawValue {
                    fail(node, "'\(name)' is too large for an integer, got \(written(node))")
                } else {
                    fail(node, "'\(name)' must be an integer, got \(BlockBody.describe(node))")
                }
                return nil
            }
            guard range.contains(value) else {
                fail(node, "'\(name)' must be \(ValueFormat.range(range)), got \(written(node))")
                return nil
            }
            return .int(value)

        case let .number(minimum, maximum, exclusiveMinimum, exclusiveMaximum):
            guard let value = number(node) else {
                fail(node, "'\(name)' must be a number, got \(BlockBody.describe(node))")
                return nil
            }
            guard value.isFinite else {
                fail(node, "'\(name)' must be a finite number, got \(written(node))")
                return nil
            }
            let belowMinimum = minimum.map { exclusiveMinimum ? value <= $0 : value < $0 } ?? false
            let aboveMaximum = maximum.map { exclusiveMaximum ? value >= $0 : value > $0 } ?? false
            if belowMinimum || aboveMaximum {
                let bounds = ValueFormat.bounds(minimum: minimum, maximum: maximum,
                                                exclusiveMinimum: exclusiveMinimum, exclusiveMaximum: exclusiveMaximum)
                fail(node, "'\(name)' must be \(bounds), got \(written(node))")
                return nil
            }
            return .double(value)

        case .choice(let words):
            guard let word = text(node), words.contains(word) else {
                let got = BlockBody.describe(node)
                let hint = text(node).map { Suggestion.didYouMean($0, among: words) } ?? ""
                fail(node, "'\(name)' must be one of \(words.joined(separator: ", ")), got \(got)\(hint)")
                return nil
            }
            return .string(word)

        case .boolean:
            guard node.tag.rawValue == Tag.Name.bool.rawValue, let flag = node.bool else {
                fail(node, "'\(name)' must be true or false, got \(BlockBody.describe(node))")
                return nil
            }
            return .bool(flag)

        case .string:
            guard let string = text(node) else {
                fail(node, "'\(name)' must be text, got \(BlockBody.describe(node))")
                return nil
            }
            return .string(string)

        case let .list(element, count):
            return list(node, of: element, count: count, name: name)

        case let .choiceOrInteger(words, range):
            if let word = text(node), words.contains(word) { return .string(word) }
            if let value = integer(node) {
                guard range.contains(value) else {
                    fail(node, "'\(name)' must be \(words.joined(separator: ", ")) or an integer \(ValueFormat.range(range)), got \(written(node))")
                    return nil
                }
                return .int(value)
            }
            let hint = text(node).map { Suggestion.didYouMean($0, among: words) } ?? ""
            fail(node, "'\(name)' must be \(words.joined(separator: ", ")) or an integer, got \(BlockBody.describe(node))\(hint)")
            return nil

        case .dataset(let names):
            return dataset(node, builtins: names, name: name)
        }
    }

    private mutating func list(_ node: Node, of element: ParameterType, count: ClosedRange<Int>, name: String) -> JSONValue? {
        guard let sequence = node.sequence else {
            fail(node, "'\(name)' must be a list such as [2, 10, 5, 1], got \(BlockBody.describe(node))")
            return nil
        }
        let items = Array(sequence)
        for (index, item) in items.enumerated() { locations["\(name)[\(index)]"] = body.location(of: item) }
        if !count.contains(items.count) {
            let expected = count.upperBound == Int.max
                ? "at least \(count.lowerBound)" : "\(count.lowerBound) to \(count.upperBound)"
            let what = name == "layers" ? " (the input width, any hidden widths, the output width)" : ""
            fail(node, "'\(name)' must have \(expected) entries\(what), got \(items.count)")
            return nil
        }
        var values: [JSONValue] = []
        var ok = true
        for (index, item) in items.enumerated() {
            if let value = check(item, as: element, name: "\(name)[\(index)]") { values.append(value) } else { ok = false }
        }
        return ok ? .array(values) : nil
    }

    // MARK: - Scalars

    /// An integer scalar (`15000`; also `1e4`, which YAML reads as a float).
    func integer(_ node: Node) -> Int? {
        guard case .scalar = node else { return nil }
        switch node.tag.rawValue {
        case Tag.Name.int.rawValue: return node.int
        case Tag.Name.float.rawValue:
            guard let value = node.float, value == value.rounded(), abs(value) < 9e15 else { return nil }
            return Int(value)
        default: return nil
        }
    }

    func number(_ node: Node) -> Double? {
        guard case .scalar = node else { return nil }
        switch node.tag.rawValue {
        case Tag.Name.int.rawValue: return node.int.map(Double.init) ?? node.float
        case Tag.Name.float.rawValue: return node.float
        default: return nil
        }
    }

    /// The text of a non-empty scalar (numbers and words alike).
    func text(_ node: Node) -> String? {
        guard let scalar = node.scalar, node.tag.rawValue != Tag.Name.null.rawValue, !scalar.string.isEmpty else { return nil }
        return scalar.string
    }

    /// The scalar exactly as written, for "got 0" in range messages.
    func written(_ node: Node) -> String { node.scalar?.string ?? BlockBody.describe(node) }
}
