/// Accumulates the markup of one inline SVG chart: the root element with its
/// accessible title, shapes and escaped text. No `xmlns`: inline SVG in HTML
/// does not need one, and the page then contains no URL at all.
struct SVGCanvas {
    let width: Double
    let height: Double
    private(set) var body = ""

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    static func c(_ value: Double) -> String { NumberFormat.coordinate(value) }

    mutating func raw(_ markup: String) { body += markup }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, class cls: String, style: String? = nil) {
        let styled = style.map { HTML.attribute("style", $0) } ?? ""
        body += "<line class=\"\(cls)\" x1=\"\(Self.c(x1))\" y1=\"\(Self.c(y1))\" x2=\"\(Self.c(x2))\" y2=\"\(Self.c(y2))\"\(styled)/>"
    }

    mutating func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, class cls: String? = nil, style: String? = nil) {
        let classed = cls.map { HTML.attribute("class", $0) } ?? ""
        let styled = style.map { HTML.attribute("style", $0) } ?? ""
        body += "<rect\(classed) x=\"\(Self.c(x))\" y=\"\(Self.c(y))\" width=\"\(Self.c(w))\" height=\"\(Self.c(h))\"\(styled)/>"
    }

    mutating func circle(_ x: Double, _ y: Double, r: Double, class cls: String, style: String? = nil) {
        let styled = style.map { HTML.attribute("style", $0) } ?? ""
        body += "<circle class=\"\(cls)\" cx=\"\(Self.c(x))\" cy=\"\(Self.c(y))\" r=\"\(Self.c(r))\"\(styled)/>"
    }

    mutating func path(_ d: String, class cls: String, style: String? = nil) {
        let styled = style.map { HTML.attribute("style", $0) } ?? ""
        body += "<path class=\"\(cls)\" d=\"\(d)\"\(styled)/>"
    }

    enum Anchor: String { case start, middle, end }

    /// Escaped text; `rotate` turns it about its anchor (y-axis titles).
    mutating func text(_ content: String, x: Double, y: Double, anchor: Anchor = .start, class cls: String,
                       rotate: Double? = nil, style: String? = nil) {
        let rotation = rotate.map { " transform=\"rotate(\(Self.c($0)) \(Self.c(x)) \(Self.c(y)))\"" } ?? ""
        let styled = style.map { HTML.attribute("style", $0) } ?? ""
        body += "<text class=\"\(cls)\" x=\"\(Self.c(x))\" y=\"\(Self.c(y))\" text-anchor=\"\(anchor.rawValue)\"\(rotation)\(styled)>\(HTML.escape(content))</text>"
    }

    /// Opens a group, e.g. for one series (`<g class="series">`).
    mutating func group(class cls: String, style: String? = nil, _ content: (inout SVGCanvas) -> Void) {
        let styled = style.map { HTML.attribute("style", $0) } ?? ""
        body += "<g class=\"\(cls)\"\(styled)>"
        content(&self)
        body += "</g>"
    }

    /// The finished `<svg>`: `role="img"`, a `<title>` (and optional `<desc>`) referenced by id.
    func render(id: String, title: String, description: String? = nil, class cls: String) -> String {
        let titleID = "\(id)-title"
        var labelled = titleID
        var desc = ""
        if let description {
            labelled += " \(id)-desc"
            desc = "<desc id=\"\(id)-desc\">\(HTML.escape(description))</desc>"
        }
        return "<svg class=\"\(cls)\" id=\"\(id)\" viewBox=\"0 0 \(Self.c(width)) \(Self.c(height))\" role=\"img\" aria-labelledby=\"\(labelled)\">"
            + "<title id=\"\(titleID)\">\(HTML.escape(title))</title>\(desc)\(body)</svg>"
    }
}
