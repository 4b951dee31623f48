import LessonKit

/// A visible, located problem: `file:line:column` and the message, as the
/// command line prints it, in a box where the block was.
enum ErrorBox {
    /// A list of diagnostics (validation errors and warnings of one block).
    static func html(_ diagnostics: [Diagnostic], heading: String? = nil) -> String {
        let isError = diagnostics.contains { $0.severity == .error }
        var out = "<div class=\"problem \(isError ? "error" : "warning")\"\(isError ? " role=\"alert\"" : "")>"
        if let heading { out += "<p class=\"problem-heading\">\(HTML.escape(heading))</p>" }
        out += "<ul class=\"problem-list\">"
        for diagnostic in diagnostics {
            out += "<li><span class=\"location\">\(HTML.escape(diagnostic.location.description))</span>"
            out += " <span class=\"severity\">\(diagnostic.severity.rawValue)</span>"
            out += " <span class=\"message\">\(HTML.escape(diagnostic.message))</span></li>"
        }
        return out + "</ul></div>"
    }

    /// A failed experiment's error text, located at its block. The error may
    /// already start with the location; it is not repeated then.
    static func failure(_ message: String, at location: SourceLocation) -> String {
        var text = message
        var shownLocation = location.description
        // `file:line:column: error: message` → the location and the message apart.
        if text.hasPrefix(location.file + ":") {
            let rest = text.dropFirst(location.file.count + 1)
            let numbers = rest.prefix { $0.isNumber || $0 == ":" }
            if !numbers.isEmpty, rest.dropFirst(numbers.count).hasPrefix(" ") {
                shownLocation = location.file + ":" + numbers.dropLast(numbers.hasSuffix(":") ? 1 : 0)
                text = String(rest.dropFirst(numbers.count + 1))
                if text.hasPrefix("error: ") { text.removeFirst(7) }
            }
        }
        return "<div class=\"problem error\" role=\"alert\"><p class=\"problem-heading\">The experiment failed</p><ul class=\"problem-list\"><li>"
            + "<span class=\"location\">\(HTML.escape(shownLocation))</span> <span class=\"severity\">error</span>"
            + " <span class=\"message\">\(HTML.escape(text))</span></li></ul></div>"
    }
}
