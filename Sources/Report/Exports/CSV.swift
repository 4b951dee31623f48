import LessonKit

/// Comma-separated text (RFC 4180): a header row, then one row per record;
/// fields with commas, quotes or line breaks are quoted. Non-finite numbers
/// are written `inf`, `-inf`, `nan`, as in the results JSON.
struct CSV {
    var header: [String]
    var rows: [[String]] = []

    init(header: [String]) {
        self.header = header
    }

    mutating func append(_ fields: [String]) { rows.append(fields) }

    static func number(_ value: Double) -> String { NumberFormat.full(value) }

    static func field(_ text: String) -> String {
        // Bytes, not Characters: the four specials are ASCII, and a scan of
        // the UTF-8 view costs no grapheme breaking (a grid export has 10⁴ rows).
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    var text: String {
        // One growing byte buffer (linear, no per-row strings), decoded once.
        var out: [UInt8] = []
        out.reserveCapacity((rows.count + 1) * 16 * max(header.count, 1))
        func append(_ fields: [String]) {
            for (index, field) in fields.enumerated() {
                if index > 0 { out.append(0x2C) }
                out.append(contentsOf: Self.field(field).utf8)
            }
            out.append(0x0A)
        }
        append(header)
        for row in rows { append(row) }
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
        // format each once (2n numbers instead of 2n²).
        let xs = (0..<n).map { number(boundary.xRange.lowerBound + (Double($0) + 0.5) * dx) }
        let ys = (0..<n).map { number(boundary.yRange.lowerBound + (Double($0) + 0.5) * dy) }
        csv.rows.reserveCapacity(min(n * n, boundary.cells.count))
        for row in 0..<n {
            for column in 0..<n where row * n + column < boundary.cells.count {
                csv.append([xs[column], ys[row], String(boundary.cells[row * n + column])])
            }
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
