import LessonKit

/// Small grey-scale images in a grid, each with its caption. Pixels are
/// quantized to 64 grey levels and equal neighbours in a row share one
/// rectangle, so a 64×64 image costs far fewer than 4096 shapes.
struct ImageGridChart {
    var grid: ImageGrid
    var columns = 6
    var cell = 96.0

    func render(id: String) -> String {
        let count = grid.images.count
        let cols = max(1, min(columns, count))
        let rows = (count + cols - 1) / cols
        let gap = 14.0, captionHeight = 22.0
        let width = Double(cols) * (cell + gap) + gap
        let height = Double(max(rows, 1)) * (cell + captionHeight + gap) + gap
        var canvas = SVGCanvas(width: width, height: height)
        let w = max(grid.width, 1), h = max(grid.height, 1)
        let pixel = cell / Double(max(w, h))
        for (index, image) in grid.images.enumerated() {
            let ox = gap + Double(index % cols) * (cell + gap)
            let oy = gap + Double(index / cols) * (cell + captionHeight + gap)
            canvas.raw("<g class=\"image\" shape-rendering=\"crispEdges\">")
            canvas.rect(ox, oy, Double(w) * pixel, Double(h) * pixel, class: "image-back")
            for row in 0..<h {
                var column = 0
                while column < w {
                    let level = Self.level(image, row * w + column)
                    var end = column + 1
                    while end < w && Self.level(image, row * w + end) == level { end += 1 }
                    if level > 0 {
                        let grey = Int((Double(level) / 63 * 255).rounded())
                        canvas.rect(ox + Double(column) * pixel, oy + Double(row) * pixel,
                                    Double(end - column) * pixel, pixel, style: "fill:rgb(\(grey),\(grey),\(grey))")
                    }
                    column = end
                }
            }
            canvas.raw("</g>")
            let caption = index < grid.captions.count ? grid.captions[index] : ""
            canvas.text(caption, x: ox + cell / 2, y: oy + cell + 16, anchor: .middle, class: "caption")
        }
        return canvas.render(id: id, title: grid.title, description: "\(count) images, \(grid.width)×\(grid.height) pixels",
                             class: "chart image-grid")
    }

    /// The 0…63 grey level of pixel `index` (missing or non-finite pixels are black).
    static func level(_ image: [Double], _ index: Int) -> Int {
        guard index < image.count, image[index].isFinite else { return 0 }
        return Int((min(max(image[index], 0), 1) * 63).rounded())
    }
}
