import LessonKit

/// A card in place of a block that could not be shown: its validation
/// errors with their locations, or a note that it was not run.
struct ProblemCard {
    var kind: LessonBlock.Kind
    var name: String
    var diagnostics: [Diagnostic]
    /// Shown when there are no diagnostics (an experiment left out of this run).
    var fallback: String = "This block has no result in this run."

    func html(id: String) -> String {
        let title = NumberFormat.label(kind.rawValue)
        var out = "<section class=\"card problem-card\" id=\"\(id)\" aria-labelledby=\"\(id)-name\">"
        out += CardHeader(kind: title, name: name.isEmpty ? "(unnamed)" : name, id: id).html
        if diagnostics.isEmpty {
            out += "<p class=\"not-run\">\(HTML.escape(fallback))</p>"
        } else {
            let errors = diagnostics.filter { $0.severity == .error }.count
            let heading = errors > 0
                ? "This \(kind.rawValue) block is invalid and was not run (\(errors) error\(errors == 1 ? "" : "s"))"
                : "Warnings"
            out += ErrorBox.html(diagnostics, heading: heading)
        }
        return out + "</section>"
    }
}
