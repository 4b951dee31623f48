import LessonKit

/// The card of a `listing` block: the real source excerpt, highlighted,
/// with its file path and the file's line numbers.
struct ListingCard {
    var listing: Listing

    static func anchor(_ name: String) -> String { "listing-" + Slug.make(name, fallback: "unnamed") }

    func html(id: String) -> String {
        var out = "<section class=\"card listing\" id=\"\(id)\" aria-labelledby=\"\(id)-name\">"
        out += CardHeader(kind: "Source", name: listing.name, id: id).html
        let lastLine = listing.firstLine + max(SwiftHighlighter.lines(listing.code).count - 1, 0)
        out += "<p class=\"card-meta\"><span class=\"meta-item source\">\(HTML.escape(listing.file)):\(listing.firstLine)–\(lastLine)</span>"
        out += "<span class=\"meta-item\">\(HTML.escape(listing.reference))</span></p>"
        out += Self.codeHTML(listing.code, firstLine: listing.firstLine)
        return out + "</section>"
    }

    /// Numbered, highlighted lines. Numbers are generated content of the
    /// stylesheet's counter, so copying the code copies no numbers.
    static func codeHTML(_ code: String, firstLine: Int?) -> String {
        let lines = SwiftHighlighter.lines(code)
        let numbered = firstLine != nil
        var out = "<pre class=\"code swift\(numbered ? " numbered" : "")\"\(numbered ? " style=\"counter-reset: line \(firstLine! - 1)\"" : "")"
        out += "><code>"
        out += lines.map { "<span class=\"line\">\($0)</span>" }.joined(separator: "\n")
        return out + "</code></pre>"
    }
}
