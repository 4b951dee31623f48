import LessonKit

/// Named values as vertical bars, e.g. gradient-check differences per
/// parameter on a log axis with the pass threshold as a dashed line. With a
/// threshold, bars above it are drawn in the warning colour.
struct BarChart {
    var bars: Bars
    var yTitle = "value"
    var width = 560.0
    var height = 310.0

    /// "Relative difference per parameter" → "Relative difference".
    static func valueTitle(_ title: String) -> String {
        if let range = title.range(of: " per ") { return String(title[..<range.lowerBound]) }
        return "Value"
    }

    func render(id: String) -> String {
        var canvas = SVGCanvas(width: width, height: height)
        let frame = ChartFrame(left: 68, top: 34, width: width - 68 - 20, height: height - 34 - 52)
        var values = bars.values
        if let threshold = bars.threshold { values.append(threshold) }
        // Headroom above the tallest bar for its value label.
        if let top = values.filter({ $0.isFinite && (!bars.logScale || $0 > 0) }).max() {
            values.append(bars.logScale ? top * 4 : top * 1.12)
        }
        let scale: Axis.Scale = bars.logScale ? .log : .linear
        let y = frame.yAxis(values: values, scale: scale, includeZero: !bars.logScale)
        frame.drawY(y, title: yTitle + (bars.logScale ? " (log scale)" : ""), on: &canvas)

        let count = max(bars.values.count, 1)
        let slot = frame.width / Double(count)
        let barWidth = min(slot * 0.62, 56)
        let baseline = bars.logScale ? frame.bottom : (y.clampedPosition(0) ?? frame.bottom)
        if let threshold = bars.threshold {
            let legend = Legend(entries: [("above threshold", 1), ("below threshold", 2)], maxWidth: 400)
            legend.draw(x: frame.left, y: 16, on: &canvas)
            let lx = frame.left + legend.lastRowWidth
            canvas.line(lx, 12, lx + 22, 12, class: "threshold")
            canvas.text("threshold \(NumberFormat.significant(threshold, digits: 3))", x: lx + 28, y: 16, class: "legend-label")
        }
        for (index, (label, value)) in zip(bars.labels, bars.values).enumerated() {
            let center = frame.left + slot * (Double(index) + 0.5)
            let over = bars.threshold.map { value > $0 } ?? false
            let color = bars.threshold == nil ? 0 : (over || !value.isFinite ? 1 : 2)
            canvas.group(class: "bar", style: "--c:\(Palette.series(color))") { c in
                let valueText = NumberFormat.significant(value, digits: 3)
                if let top = y.clampedPosition(value) {
                    let y0 = min(top, baseline), h = abs(baseline - top)
                    c.raw("<rect x=\"\(SVGCanvas.c(center - barWidth / 2))\" y=\"\(SVGCanvas.c(y0))\" width=\"\(SVGCanvas.c(barWidth))\" height=\"\(SVGCanvas.c(max(h, 0.5)))\">"
                        + "<title>\(HTML.escape("\(label): \(NumberFormat.full(value))"))</title></rect>")
                    c.text(valueText, x: center, y: max(y0 - 5, frame.top + 10), anchor: .middle, class: "bar-value")
                } else {
                    c.text(valueText, x: center, y: baseline - 6, anchor: .middle, class: "bar-value")
                }
            }
            canvas.text(label, x: center, y: frame.bottom + 18, anchor: .middle, class: "tick category")
        }
        if let threshold = bars.threshold, let ty = y.clampedPosition(threshold) {
            canvas.line(frame.left, ty, frame.right, ty, class: "threshold")
        }
        frame.drawBorder(on: &canvas)
        let description = zip(bars.labels, bars.values).map { "\($0): \(NumberFormat.significant($1, digits: 3))" }
            .joined(separator: ", ")
        return canvas.render(id: id, title: bars.title, description: description, class: "chart bar-chart")
    }
}
