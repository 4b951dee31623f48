import LessonKit

/// Comma-separated text (RFC 4180): a header row, then one row per record;
/// fields with commas, quotes or line breaks are quoted. Non-finite numbers
/// are written `inf`, `-inf`, `nan`, as in the results JSON.
///
/// Records are encoded as they are appended, into one growing byte buffer:
/// a decision-boundary grid has ~2·10⁴ rows, and keeping them as arrays of
/// strings cost an allocation per row and a second pass.
struct CSV {
    var header: [String]
    /// The records so far, encoded, one line each.
    fileprivate(set) var body: [UInt8] = []

    init(header: [String]) {
        self.header = header
    }

    mutating func append(_ fields: [String]) { Self.encode(fields, into: &body) }

    static func number(_ value: Double) -> String { NumberFormat.full(value) }

    static func field(_ text: String) -> String {
        // Bytes, not Characters: the four specials are ASCII, and a scan of
        // the UTF-8 view costs no grapheme breaking.
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `fields` as one line: escaped, comma-separated, newline-terminated.
    private static func encode(_ fields: [String], into out: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(0x2C) }
            out.append(contentsOf: Self.field(field).utf8)
        }
        out.append(0x0A)
    }

    var text: String {
        var out: [UInt8] = []
        out.reserveCapacity(body.count + 64)
        Self.encode(header, into: &out)
        out.append(contentsOf: body)
        return String(decoding: out, as: UTF8.self)
    }

    /// One series as `x,y` columns (`epoch,cost`).
    static func series(_ points: [Series.Point], xName: String, yName: String) -> CSV {
        var csv = CSV(header: [xName, yName])
        for point in points { csv.append([number(point.x), number(point.y)]) }
        return csv
    }

    /// Several series in long form: `experiment,epoch,cost`.
    static func overlaid(_ lines: [(name: String, points: [Series.Point])], groupName: String, xName: String, yName: String) -> CSV {
        var csv = CSV(header: [groupName, xName, yName])
        for line in lines {
            for point in line.points { csv.append([line.name, number(point.x), number(point.y)]) }
        }
        return csv
    }

    /// Labelled points: `x1,x2,label`.
    static func points(_ scatter: Scatter) -> CSV {
        var csv = CSV(header: ["x1", "x2", "label"])
        for (point, label) in zip(scatter.points, scatter.labels) {
            csv.append(point.map(number) + [String(label)])
        }
        return csv
    }

    /// The predicted class per grid cell: `x1,x2,predicted` at cell centres.
    static func grid(_ boundary: DecisionBoundary) -> CSV {
        var csv = CSV(header: ["x1", "x2", "predicted"])
        let n = boundary.resolution
        guard n > 0 else { return csv }
        let dx = (boundary.xRange.upperBound - boundary.xRange.lowerBound) / Double(n)
        let dy = (boundary.yRange.upperBound - boundary.yRange.lowerBound) / Double(n)
        // A centre's x depends on the column only and its y on the row only:
        // encode each once (2n numbers instead of 2n²) with its comma, then
        // copy bytes into a buffer sized exactly (10⁴ small appends to an
        // array cost more than the copying).
        let xs = (0..<n).map { Array((field(number(boundary.xRange.lowerBound + (Double($0) + 0.5) * dx)) + ",").utf8) }
        let ys = (0..<n).map { Array((field(number(boundary.yRange.lowerBound + (Double($0) + 0.5) * dy)) + ",").utf8) }
        let cells = boundary.cells.prefix(n * n)
        /// A class as text with its newline; one digit is the common case.
        func label(_ value: Int) -> [UInt8]? { value >= 0 && value < 10 ? nil : Array((String(value) + "\n").utf8) }
        var size = 0
        for (cell, value) in zip(cells.indices, cells) {
            size += xs[cell % n].count + ys[cell / n].count + (label(value)?.count ?? 2)
        }
        csv.body = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var at = buffer.baseAddress!
            func copy(_ bytes: [UInt8]) {
                bytes.withUnsafeBufferPointer { at.update(from: $0.baseAddress!, count: $0.count) }
                at += bytes.count
            }
            for (cell, value) in zip(cells.indices, cells) {
                let (row, column) = cell.quotientAndRemainder(dividingBy: n)
                copy(xs[column])
                copy(ys[row])
                if let text = label(value) {
                    copy(text)
                } else {
                    at[0] = 0x30 + UInt8(value)
                    at[1] = 0x0A
                    at += 2
                }
            }
            count = size
        }
        return csv
    }

    /// `label,value` rows.
    static func bars(_ bars: Bars) -> CSV {
        var csv = CSV(header: ["label", "value"])
        for (label, value) in zip(bars.labels, bars.values) { csv.append([label, number(value)]) }
        return csv
    }
}
