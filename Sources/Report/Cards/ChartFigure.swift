/// A chart on the page: the inline SVG in a `<figure>` with a caption,
/// notes (gaps in a series) and a relative "Download CSV" link.
struct ChartFigure {
    var svg: String
    var caption: String
    var notes: [String] = []
    var csvLink: String?
    /// Extra class (`wide` for line charts, `square` for 2-D plots).
    var shape: String = "wide"

    var html: String {
        var out = "<figure class=\"chart-figure \(shape)\">\(svg)<figcaption><span class=\"caption-row\"><span class=\"caption-text\">\(HTML.escape(caption))</span>"
        if let csvLink {
            out += " <a class=\"download\" href=\"\(HTML.escape(csvLink))\" download>Download CSV</a>"
        }
        out += "</span>"
        for note in notes {
            out += "<span class=\"chart-note\">\(HTML.escape(note))</span>"
        }
        return out + "</figcaption></figure>"
    }
}
