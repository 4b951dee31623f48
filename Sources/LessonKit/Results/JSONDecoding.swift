/// Reading typed fields out of a `JSONValue`, with the path of the offending
/// field in every error (`result.artifacts[2].cells[17]: expected an integer`).
///
/// Used to decode cache entries: anything unexpected is an error, so a
/// damaged or foreign file is recomputed instead of half-trusted.
public struct ResultDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// A cursor on one JSON value and where it sits in the document.
struct JSONField {
    let value: JSONValue
    let path: String

    init(_ value: JSONValue, path: String = "") {
        self.value = value
        self.path = path
    }

    func fail(_ message: String) -> ResultDecodingError {
        ResultDecodingError(path: path, message: message)
    }

    /// The member `key` of an object; a missing key is an error.
    func field(_ key: String) throws(ResultDecodingError) -> JSONField {
        guard case .object(let pairs) = value else { throw fail("expected an object") }
        guard let member = pairs.first(where: { $0.0 == key }) else {
            throw fail("missing key '\(key)'")
        }
        return JSONField(member.1, path: path.isEmpty ? key : "\(path).\(key)")
    }

    /// The member `key`, or nil when it is absent or `null`.
    func optionalField(_ key: String) throws(ResultDecodingError) -> JSONField? {
        guard case .object(let pairs) = value else { throw fail("expected an object") }
        guard let member = pairs.first(where: { $0.0 == key }), member.1 != .null else { return nil }
        return JSONField(member.1, path: path.isEmpty ? key : "\(path).\(key)")
    }

    func string() throws(ResultDecodingError) -> String {
        guard case .string(let s) = value else { throw fail("expected a string") }
        return s
    }

    func int() throws(ResultDecodingError) -> Int {
        guard case .int(let i) = value else { throw fail("expected an integer") }
        return i
    }

    func bool() throws(ResultDecodingError) -> Bool {
        guard case .bool(let b) = value else { throw fail("expected a boolean") }
        return b
    }

    /// A number, or one of the strings `"inf"`, `"-inf"`, `"nan"`.
    func double() throws(ResultDecodingError) -> Double {
        switch value {
        case .int, .double, .string("inf"), .string("-inf"), .string("nan"): return value.doubleValue!
        default: throw fail("expected a number")
        }
    }

    func array() throws(ResultDecodingError) -> [JSONField] {
        guard case .array(let items) = value else { throw fail("expected an array") }
        return items.enumerated().map { JSONField($0.element, path: "\(path)[\($0.offset)]") }
    }

    func members() throws(ResultDecodingError) -> [(String, JSONField)] {
        guard case .object(let pairs) = value else { throw fail("expected an object") }
        return pairs.map { ($0.0, JSONField($0.1, path: path.isEmpty ? $0.0 : "\(path).\($0.0)")) }
    }

    // Bulk readers: the hot path of a cached render (decision-boundary grids,
    // scatter points). They walk the raw values and build a path only on failure.

    private func items() throws(ResultDecodingError) -> [JSONValue] {
        guard case .array(let items) = value else { throw fail("expected an array") }
        return items
    }

    private func element(_ index: Int) -> String { "\(path)[\(index)]" }

    func strings() throws(ResultDecodingError) -> [String] {
        let items = try items()
        var out: [String] = []
        out.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            guard case .string(let s) = item else {
                throw ResultDecodingError(path: element(index), message: "expected a string")
            }
            out.append(s)
        }
        return out
    }

    func ints() throws(ResultDecodingError) -> [Int] {
        let items = try items()
        var out: [Int] = []
        out.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            guard case .int(let i) = item else {
                throw ResultDecodingError(path: element(index), message: "expected an integer")
            }
            out.append(i)
        }
        return out
    }

    func doubles() throws(ResultDecodingError) -> [Double] {
        let items = try items()
        var out: [Double] = []
        out.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            guard let d = item.doubleValue else {
                throw ResultDecodingError(path: element(index), message: "expected a number")
            }
            out.append(d)
        }
        return out
    }

    func doubleRows() throws(ResultDecodingError) -> [[Double]] {
        let items = try items()
        var out: [[Double]] = []
        out.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            guard case .array(let values) = item else {
                throw ResultDecodingError(path: element(index), message: "expected an array")
            }
            var row: [Double] = []
            row.reserveCapacity(values.count)
            for (column, value) in values.enumerated() {
                guard let d = value.doubleValue else {
                    throw ResultDecodingError(path: "\(element(index))[\(column)]", message: "expected a number")
                }
                row.append(d)
            }
            out.append(row)
        }
        return out
    }

    func stringRows() throws(ResultDecodingError) -> [[String]] {
        let items = try items()
        var out: [[String]] = []
        for (index, item) in items.enumerated() {
            out.append(try JSONField(item, path: element(index)).strings())
        }
        return out
    }
}

/// Encoding side: numbers the way the results file shows them.
enum JSONNumbers {
    /// Non-finite values become the strings `"inf"`, `"-inf"`, `"nan"` through
    /// the writer; finite ones keep full precision.
    static func double(_ d: Double) -> JSONValue { .double(d) }

    /// An integral coordinate (an epoch) written as an integer, `[1000, 0.68]`
    /// rather than `[1000.0, 0.68]`, as in PRODUCT.md §3.4; others stay doubles.
    static func coordinate(_ d: Double) -> JSONValue {
        if d.isFinite, d == d.rounded(), abs(d) < 9_007_199_254_740_992, !(d == 0 && d.sign == .minus) {
            return .int(Int(d))
        }
        return .double(d)
    }

    static func doubles(_ values: [Double]) -> JSONValue { .array(values.map(double)) }

    static func ints(_ values: [Int]) -> JSONValue { .array(values.map { .int($0) }) }

    static func strings(_ values: [String]) -> JSONValue { .array(values.map { .string($0) }) }
}
