import LessonKit

/// A trained classifier's predicted class over a grid, drawn behind the data.
///
/// The grid can have tens of thousands of cells; equal neighbours in a row
/// are merged into one rectangle, and a rectangle continues down into the
/// next row when that row has the same run, so a smooth boundary costs a few
/// hundred shapes, not `resolution²`.
struct DecisionBoundaryChart {
    var boundary: DecisionBoundary
    var xTitle = "x₁"
    var yTitle = "x₂"
    var width = 400.0
    /// Nil: from the data's aspect ratio (see `plotHeight`).
    var height: Double? = nil

    static let margins = (left: 52.0, top: 30.0, right: 14.0, bottom: 48.0)
    /// The plot keeps the data's aspect ratio (one unit of x as long as one of y),
    /// clamped so very flat or very tall ranges still give a readable plot.
    static let aspectLimits = 0.5...1.25

    /// The plot's height for a plot `width` wide showing `xRange` × `yRange`.
    static func plotHeight(width: Double, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>) -> Double {
        let dx = xRange.upperBound - xRange.lowerBound, dy = yRange.upperBound - yRange.lowerBound
        guard dx > 0, dy > 0, dx.isFinite, dy.isFinite else { return width }
        return width * min(max(dy / dx, aspectLimits.lowerBound), aspectLimits.upperBound)
    }

    /// A run of equal cells: columns `start..<end` of class `label`, rows `firstRow...lastRow`.
    struct Block: Equatable {
        var start: Int, end: Int, label: Int
        var firstRow: Int, lastRow: Int
    }

    /// Merges the cells into blocks (row runs, extended over identical rows).
    static func blocks(cells: [Int], resolution n: Int) -> [Block] {
        guard n > 0, cells.count >= n * n else { return [] }
        var finished: [Block] = []
        var open: [Block] = []
        for row in 0..<n {
            var runs: [Block] = []
            var column = 0
            while column < n {
                let label = cells[row * n + column]
                var end = column + 1
                while end < n && cells[row * n + end] == label { end += 1 }
                runs.append(Block(start: column, end: end, label: label, firstRow: row, lastRow: row))
                column = end
            }
            var nextOpen: [Block] = []
            for run in runs {
                if let index = open.firstIndex(where: { $0.start == run.start && $0.end == run.end && $0.label == run.label }) {
                    var extended = open.remove(at: index)
                    extended.lastRow = row
                    nextOpen.append(extended)
                } else {
                    nextOpen.append(run)
                }
            }
            finished += open
            open = nextOpen
        }
        finished += open
        return finished.sorted { ($0.firstRow, $0.start) < ($1.firstRow, $1.start) }
    }

    func render(id: String) -> String {
        let m = Self.margins
        let plotWidth = width - m.left - m.right
        let plotHeight = height.map { $0 - m.top - m.bottom }
            ?? Self.plotHeight(width: plotWidth, xRange: boundary.xRange, yRange: boundary.yRange).rounded()
        var canvas = SVGCanvas(width: width, height: m.top + plotHeight + m.bottom)
        let layer = PointLayer(points: boundary.points.points, labels: boundary.points.labels)
        let frame = ChartFrame(left: m.left, top: m.top, width: plotWidth, height: plotHeight)
        let x = Axis(fixed: boundary.xRange, start: frame.left, end: frame.right)
        let y = Axis(fixed: boundary.yRange, start: frame.bottom, end: frame.top)
        let n = boundary.resolution
        let blocks = Self.blocks(cells: boundary.cells, resolution: n)
        let cellWidth = frame.width / Double(max(n, 1)), cellHeight = frame.height / Double(max(n, 1))
        let labels = Array(Set(blocks.map(\.label))).sorted()
        canvas.raw("<g class=\"regions\" shape-rendering=\"crispEdges\">")
        for label in labels {
            canvas.group(class: "region", style: "fill:var(--r\(Palette.classColor(label)))") { c in
                for block in blocks where block.label == label {
                    // Rows count from the bottom; SVG y grows downwards.
                    let top = frame.bottom - Double(block.lastRow + 1) * cellHeight
                    c.rect(frame.left + Double(block.start) * cellWidth, top,
                           Double(block.end - block.start) * cellWidth,
                           Double(block.lastRow - block.firstRow + 1) * cellHeight)
                }
            }
        }
        canvas.raw("</g>")
        frame.drawY(y, title: yTitle, on: &canvas)
        frame.drawX(x, title: xTitle, on: &canvas)
        layer.legend.draw(x: frame.left, y: 16, on: &canvas)
        layer.draw(x: x, y: y, on: &canvas)
        frame.drawBorder(on: &canvas)
        let share = labels.map { label -> String in
            let count = boundary.cells.filter { $0 == label }.count
            let percent = NumberFormat.percent(Double(count) / Double(max(boundary.cells.count, 1)))
            return "class \(label) over \(percent) of the plane"
        }
        return canvas.render(id: id, title: boundary.title,
                             description: "Predicted class on a \(n)×\(n) grid (\(share.joined(separator: ", "))) with \(layer.points.count) data points",
                             class: "chart boundary-chart")
    }
}
