/// The plot rectangle of a chart and the furniture around it: grid lines,
/// axis lines, tick labels and axis titles.
struct ChartFrame {
    var left: Double
    var top: Double
    var width: Double
    var height: Double

    var right: Double { left + width }
    var bottom: Double { top + height }

    /// A y axis spanning the frame bottom-up.
    func yAxis(values: [Double], scale: Axis.Scale, includeZero: Bool = false) -> Axis {
        Axis(values: values, scale: scale, start: bottom, end: top, includeZero: includeZero)
    }

    /// An x axis spanning the frame left to right.
    func xAxis(values: [Double], scale: Axis.Scale, target: Int = 6) -> Axis {
        Axis(values: values, scale: scale, start: left, end: right, target: target)
    }

    /// Horizontal grid lines and labels for `y`.
    func drawY(_ y: Axis, title: String?, format: ((Double) -> String)? = nil, on canvas: inout SVGCanvas) {
        canvas.group(class: "grid") { c in
            for tick in y.ticks.values {
                guard let py = y.position(tick) else { continue }
                c.line(left, py, right, py, class: "gridline")
            }
        }
        canvas.group(class: "tick-labels") { c in
            for tick in y.ticks.values {
                guard let py = y.position(tick) else { continue }
                c.text(format?(tick) ?? y.ticks.label(tick), x: left - 8, y: py + 4, anchor: .end, class: "tick")
            }
        }
        if let title {
            canvas.text(title, x: 16, y: top + height / 2, anchor: .middle, class: "axis-title", rotate: -90)
        }
    }

    /// Vertical grid lines and labels for `x`.
    func drawX(_ x: Axis, title: String?, on canvas: inout SVGCanvas) {
        drawX(ticks: x.ticks.values.compactMap { tick in x.position(tick).map { ($0, x.ticks.label(tick)) } },
              title: title, on: &canvas)
    }

    /// Vertical grid lines and labels at given positions (category axes).
    func drawX(ticks: [(position: Double, label: String)], title: String?, on canvas: inout SVGCanvas) {
        canvas.group(class: "grid") { c in
            for tick in ticks { c.line(tick.position, top, tick.position, bottom, class: "gridline") }
        }
        canvas.group(class: "tick-labels") { c in
            for tick in ticks { c.text(tick.label, x: tick.position, y: bottom + 18, anchor: .middle, class: "tick") }
        }
        if let title {
            canvas.text(title, x: left + width / 2, y: bottom + 38, anchor: .middle, class: "axis-title")
        }
    }

    /// The outline of the plot area (drawn last so it sits over the data edges).
    func drawBorder(on canvas: inout SVGCanvas) {
        canvas.rect(left, top, width, height, class: "frame")
    }
}
