import LessonKit

/// Labelled 2-D points drawn as dots coloured by class, shared by the
/// scatter plot and the decision boundary, plus the class legend.
struct PointLayer {
    var points: [[Double]]
    var labels: [Int]

    /// Distinct labels, ascending.
    var classes: [Int] { Array(Set(labels)).sorted() }

    var xs: [Double] { points.compactMap { $0.count > 0 ? $0[0] : nil } }
    var ys: [Double] { points.compactMap { $0.count > 1 ? $0[1] : nil } }

    /// One group per class so each colour is written once.
    func draw(x: Axis, y: Axis, radius: Double = 3.2, on canvas: inout SVGCanvas) {
        for label in classes {
            canvas.group(class: "points", style: "--c:\(Palette.series(Palette.classColor(label)))") { c in
                for (point, pointLabel) in zip(points, labels) where pointLabel == label && point.count >= 2 {
                    guard let px = x.position(point[0]), let py = y.position(point[1]) else { continue }
                    c.circle(px, py, r: radius, class: "pt")
                }
            }
        }
    }

    /// "y = 0", "y = 1" swatches.
    var legend: Legend {
        Legend(entries: classes.map { ("y = \($0)", Palette.classColor($0)) }, maxWidth: 400)
    }
}
