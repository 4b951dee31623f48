import LessonKit

/// A dataset as a scatter plot: one dot per example, coloured by class.
struct ScatterChart {
    var scatter: Scatter
    var xTitle = "x₁"
    var yTitle = "x₂"
    var width = 400.0
    var height = 392.0

    func render(id: String) -> String {
        var canvas = SVGCanvas(width: width, height: height)
        let layer = PointLayer(points: scatter.points, labels: scatter.labels)
        let frame = ChartFrame(left: 52, top: 30, width: width - 52 - 14, height: height - 30 - 48)
        let x = frame.xAxis(values: layer.xs, scale: .linear, target: 5)
        let y = frame.yAxis(values: layer.ys, scale: .linear)
        frame.drawY(y, title: yTitle, on: &canvas)
        frame.drawX(x, title: xTitle, on: &canvas)
        layer.legend.draw(x: frame.left, y: 16, on: &canvas)
        layer.draw(x: x, y: y, on: &canvas)
        frame.drawBorder(on: &canvas)
        let counts = layer.classes.map { label in "\(layer.labels.filter { $0 == label }.count) of class \(label)" }
        return canvas.render(id: id, title: scatter.title,
                             description: "\(scatter.points.count) points: " + counts.joined(separator: ", "),
                             class: "chart scatter-chart")
    }
}
