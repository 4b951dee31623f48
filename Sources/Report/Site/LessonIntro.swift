import LessonKit

/// The line under a lesson's title: section, status, experiment count, run
/// time, a link to the results JSON, and any problems not tied to a card.
struct LessonIntro {
    var run: LessonRun
    var context: PageContext
    var problems: [Diagnostic]

    var html: String {
        let results = run.results
        let failed = results.filter { $0.status == .failed }.count
        let errors = (run.lesson.diagnostics + run.validated.diagnostics + run.diagnostics)
            .filter { $0.severity == .error }
        let invalid = Set(errors).count
        var out = "<div class=\"lesson-intro\"><p class=\"lesson-meta\">"
        let section = run.lesson.section.map(String.init).joined(separator: ".")
        if !section.isEmpty && !run.lesson.title.hasPrefix(section + " ") {
            out += "<span class=\"badge section\">Lesson \(HTML.escape(section))</span>"
        }
        out += StatusBadge(failed: failed, invalid: invalid).html
        out += "<span class=\"meta-item\">\(results.count) experiment\(results.count == 1 ? "" : "s")</span>"
        let cached = results.filter(\.cached).count
        if cached > 0 { out += "<span class=\"meta-item\">\(cached) from cache</span>" }
        let seconds = results.reduce(0) { $0 + $1.seconds }
        out += "<span class=\"meta-item\" title=\"Total compute time of the experiments\">\(NumberFormat.seconds(seconds)) of compute</span>"
        out += "<a class=\"meta-item\" href=\"\(HTML.escape(context.jsonLink))\">Results (JSON)</a></p>"
        if !problems.isEmpty {
            out += "<div id=\"problems\">" + ErrorBox.html(problems, heading: "Problems in \(run.lesson.path)") + "</div>"
        }
        return out + "</div>"
    }
}

/// `ok`, `1 failed`, `2 errors`: the lesson's state at a glance.
struct StatusBadge {
    var failed: Int
    var invalid: Int

    var html: String {
        var parts: [String] = []
        if invalid > 0 { parts.append("\(invalid) error\(invalid == 1 ? "" : "s")") }
        if failed > 0 { parts.append("\(failed) failed") }
        if parts.isEmpty { return "<span class=\"badge ok\">all ok</span>" }
        return "<span class=\"badge failed\">\(parts.joined(separator: ", "))</span>"
    }
}
