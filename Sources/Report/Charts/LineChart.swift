import LessonKit

/// Several `(x, y)` series over shared axes: cost curves, overlaid
/// comparisons and metric-versus-parameter sweeps.
///
/// Points whose y cannot be drawn (`inf`, `nan`, or ≤ 0 on a log axis) break
/// the line into a gap and get a marker on the plot's edge, ▲ for `+inf`
/// (top), ▼ for `-inf` or non-positive values on a log axis (bottom), ○ for
/// `nan` (top); `notes` explains them in words under the chart.
struct LineChart {
    struct Line {
        var name: String
        var points: [Series.Point]
        /// Palette index of the line's colour.
        var color: Int
    }

    struct Rendered {
        var svg: String
        var notes: [String]
    }

    var title: String
    var xTitle: String
    var yTitle: String
    var lines: [Line]
    var logY = false
    var logX = false
    /// Draws a dot at every point (sweeps with few points).
    var markers = false
    /// Y tick labels as percentages (accuracies).
    var percentY = false
    /// Evenly spaced x positions for these values (a λ sweep over 0, 0.1, …, 5),
    /// labelled with the values; points at other x are left out.
    var xCategories: [Double]? = nil
    var width = 560.0
    var height = 330.0

    func render(id: String) -> Rendered {
        var canvas = SVGCanvas(width: width, height: height)
        let legend = lines.count > 1 ? Legend(entries: lines.map { ($0.name, $0.color) }, maxWidth: width - 80) : nil
        let top = 16 + (legend.map { Double($0.rows) * 20 } ?? 0)
        let frame = ChartFrame(left: 68, top: top, width: width - 68 - 20, height: height - top - 52)
        let xs = lines.flatMap { $0.points.map(\.x) }
        let ys = lines.flatMap { $0.points.map(\.y) }
        var xAxis = frame.xAxis(values: xs, scale: logX ? .log : .linear)
        if let categories = xCategories, !categories.isEmpty {
            // Index space: category i sits at i + ½ of `count` slots.
            xAxis = Axis(fixed: -0.5...(Double(categories.count) - 0.5), start: frame.left, end: frame.right)
        }
        let xPosition: (Double) -> Double? = { x in
            guard let categories = xCategories else { return xAxis.position(x) }
            return categories.firstIndex(of: x).flatMap { xAxis.position(Double($0)) }
        }
        let yAxis = frame.yAxis(values: ys, scale: logY ? .log : .linear)

        frame.drawY(yAxis, title: yTitle + (logY ? " (log scale)" : ""),
                    format: percentY ? { NumberFormat.percent($0) } : nil, on: &canvas)
        if let categories = xCategories {
            frame.drawX(ticks: categories.enumerated().compactMap { index, value in
                xAxis.position(Double(index)).map { ($0, NumberFormat.full(value)) }
            }, title: xTitle, on: &canvas)
        } else {
            frame.drawX(xAxis, title: xTitle, on: &canvas)
        }
        legend?.draw(x: frame.left, y: 14, on: &canvas)

        var notes: [String] = []
        for (index, line) in lines.enumerated() {
            var gaps = GapSummary()
            canvas.group(class: "series", style: "--c:\(Palette.series(line.color))") { c in
                var segments: [[(Double, Double)]] = [[]]
                var dots = ""
                for point in line.points {
                    guard let px = xPosition(point.x) else { continue }
                    if let py = yAxis.position(point.y) {
                        segments[segments.count - 1].append((px, py))
                        if markers {
                            let value = percentY ? NumberFormat.percent(point.y) : NumberFormat.full(point.y)
                            dots += "<circle class=\"dot\" cx=\"\(SVGCanvas.c(px))\" cy=\"\(SVGCanvas.c(py))\" r=\"3.5\">"
                                + "<title>\(HTML.escape("\(line.name): \(value) at \(xTitle) = \(NumberFormat.full(point.x))"))</title></circle>"
                        }
                    } else {
                        if !(segments.last?.isEmpty ?? true) { segments.append([]) }
                        let kind = gaps.add(point, logScale: logY)
                        c.raw(marker(kind: kind, x: px, frame: frame,
                                     tooltip: "\(line.name): \(kind.word) at \(xTitle.lowercased()) \(NumberFormat.full(point.x))"))
                    }
                }
                let d = segments.filter { !$0.isEmpty }.map { segment in
                    "M" + segment.map { "\(SVGCanvas.c($0.0)) \(SVGCanvas.c($0.1))" }.joined(separator: "L")
                }.joined()
                if !d.isEmpty { c.path(d, class: "line") }
                c.raw(dots) // over the line
                if !markers {
                    // A finite point alone between gaps would be invisible as a path.
                    for segment in segments where segment.count == 1 {
                        c.circle(segment[0].0, segment[0].1, r: 2.5, class: "dot")
                    }
                }
            }
            if let note = gaps.note(series: lines.count > 1 ? line.name : yTitle, xTitle: xTitle) {
                notes.append(note)
            }
            _ = index
        }
        frame.drawBorder(on: &canvas)
        let description = lines.map { "\($0.name): \($0.points.count) points" }.joined(separator: "; ")
        return Rendered(svg: canvas.render(id: id, title: title, description: description, class: "chart line-chart"),
                        notes: notes)
    }

    private func marker(kind: GapSummary.Kind, x: Double, frame: ChartFrame, tooltip: String) -> String {
        let c = SVGCanvas.c
        let shape: String
        switch kind {
        case .positiveInfinity:
            shape = "<path class=\"gap-marker\" d=\"M\(c(x - 5)) \(c(frame.top + 9))L\(c(x)) \(c(frame.top + 1))L\(c(x + 5)) \(c(frame.top + 9))Z\">"
        case .negativeInfinity, .nonPositive:
            shape = "<path class=\"gap-marker\" d=\"M\(c(x - 5)) \(c(frame.bottom - 9))L\(c(x)) \(c(frame.bottom - 1))L\(c(x + 5)) \(c(frame.bottom - 9))Z\">"
        case .notANumber:
            shape = "<circle class=\"gap-marker nan\" cx=\"\(c(x))\" cy=\"\(c(frame.top + 6))\" r=\"4\">"
        }
        let close = kind == .notANumber ? "</circle>" : "</path>"
        return shape + "<title>\(HTML.escape(tooltip))</title>" + close
    }
}

/// Counts the unplottable points of one series and words a note about them.
struct GapSummary {
    enum Kind {
        case positiveInfinity, negativeInfinity, notANumber, nonPositive
        var word: String {
            switch self {
            case .positiveInfinity: return "inf"
            case .negativeInfinity: return "-inf"
            case .notANumber: return "nan"
            case .nonPositive: return "≤ 0"
            }
        }
        var symbol: String {
            switch self {
            case .positiveInfinity: return "▲ at the top edge"
            case .negativeInfinity, .nonPositive: return "▼ at the bottom edge"
            case .notANumber: return "○ at the top edge"
            }
        }
    }

    private(set) var found: [(Kind, [Double])] = []

    mutating func add(_ point: Series.Point, logScale: Bool) -> Kind {
        let kind: Kind = point.y.isNaN ? .notANumber
            : point.y == .infinity ? .positiveInfinity
            : point.y == -.infinity ? .negativeInfinity : .nonPositive
        if let index = found.firstIndex(where: { $0.0 == kind }) {
            found[index].1.append(point.x)
        } else {
            found.append((kind, [point.x]))
        }
        return kind
    }

    /// "random: inf at epoch 0; nan at epochs 2,000, 3,000 and 4,000 — gaps in the line, …"
    func note(series: String, xTitle: String) -> String? {
        guard !found.isEmpty else { return nil }
        let axis = xTitle.lowercased()
        let parts = found.map { kind, xs -> String in
            let shown = xs.prefix(4).map { label($0) }
            var list = shown.count == 1 ? shown[0] : shown.dropLast().joined(separator: ", ") + " and " + shown.last!
            if xs.count > 4 { list = shown.joined(separator: ", ") + " and \(xs.count - 4) more" }
            let noun = xs.count == 1 ? axis : (axis.hasSuffix("s") || axis.isEmpty ? axis : axis + "s")
            return "\(kind.word) at \(noun) \(list)"
        }
        let symbols = found.map { "\($0.0.word): \($0.0.symbol)" }.joined(separator: "; ")
        return "\(series): \(parts.joined(separator: "; ")). These are gaps in the line (\(symbols))."
    }

    private func label(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e12 ? NumberFormat.grouped(Int(x)) : NumberFormat.full(x)
    }
}

/// Colour swatches with names, laid out in rows above a chart.
struct Legend {
    var entries: [(name: String, color: Int)]
    var maxWidth: Double

    /// Approximate width of an entry: swatch + text at ~6.8 units per character.
    private func entryWidth(_ name: String) -> Double { 22 + Double(name.count) * 6.8 + 18 }

    var rows: Int { layout().last.map { $0.row + 1 } ?? 0 }

    /// The width of the last row (where more items can follow).
    var lastRowWidth: Double {
        let placed = layout()
        guard let last = placed.last, let entry = entries.last else { return 0 }
        return last.x + entryWidth(entry.name)
    }

    private func layout() -> [(row: Int, x: Double)] {
        var placed: [(row: Int, x: Double)] = []
        var row = 0, x = 0.0
        for entry in entries {
            let w = entryWidth(entry.name)
            if x > 0 && x + w > maxWidth { row += 1; x = 0 }
            placed.append((row, x))
            x += w
        }
        return placed
    }

    func draw(x: Double, y: Double, on canvas: inout SVGCanvas) {
        let placed = layout()
        canvas.group(class: "legend") { c in
            for (entry, spot) in zip(entries, placed) {
                let ex = x + spot.x, ey = y + Double(spot.row) * 20
                c.group(class: "legend-entry", style: "--c:\(Palette.series(entry.color))") { g in
                    g.rect(ex, ey - 9, 16, 10, class: "swatch")
                    g.text(entry.name, x: ex + 22, y: ey, class: "legend-label")
                }
            }
        }
    }
}
