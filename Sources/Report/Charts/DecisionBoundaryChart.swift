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
    var height = 392.0

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
        var canvas = SVGCanvas(width: width, height: height)
        let layer = PointLayer(points: boundary.points.points, labels: boundary.points.labels)
        let frame = ChartFrame(left: 52, top: 30, width: width - 52 - 14, height: height - 30 - 48)
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
