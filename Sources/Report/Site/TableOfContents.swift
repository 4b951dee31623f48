/// "On this page": the lesson's second- and third-level headings, nested.
struct TableOfContents {
    struct Entry: Equatable {
        var level: Int
        var text: String
        var id: String
    }

    var entries: [Entry]

    var html: String {
        guard !entries.isEmpty else { return "" }
        var out = "<nav class=\"toc\" id=\"toc\" aria-labelledby=\"toc-title\"><p class=\"toc-title\" id=\"toc-title\">On this page</p><ol>"
        var inSub = false
        var openItem = false
        for entry in entries {
            if entry.level == 3 && openItem {
                if !inSub { out += "<ol>"; inSub = true }
                out += "<li><a href=\"#\(entry.id)\">\(HTML.escape(entry.text))</a></li>"
                continue
            }
            if inSub { out += "</ol>"; inSub = false }
            if openItem { out += "</li>" }
            out += "<li><a href=\"#\(entry.id)\">\(HTML.escape(entry.text))</a>"
            openItem = true
        }
        if inSub { out += "</ol>" }
        if openItem { out += "</li>" }
        return out + "</ol></nav>"
    }
}
