import Foundation
import LessonKit

/// `output/index.html`: every lesson in section order with its status,
/// experiment count, run time and headline metrics (the accuracies of each
/// training run), so the course's summary tables are visible at a glance.
struct IndexPage {
    var runs: [LessonRun]
    var siteTitle: String

    /// Lessons by section number (`1.1` < `1.2` < `2.1` < `10.1`), then id.
    static func ordered(_ runs: [LessonRun]) -> [LessonRun] {
        runs.sorted { a, b in
            let x = a.lesson.section, y = b.lesson.section
            if x != y { return x.lexicographicallyPrecedes(y) }
            return a.lesson.id < b.lesson.id
        }
    }

    func render() -> String {
        let ordered = Self.ordered(runs)
        var main = "<div class=\"index\"><div class=\"hero\"><h1>\(HTML.escape(siteTitle))</h1>"
        main += "<p class=\"lede\">An executable companion to <em>Improving Deep Neural Networks</em>: "
        main += "initialization, regularization, gradient checking and optimization, written in Swift. "
        main += "Each lesson is a Markdown file whose experiments were run to build these pages.</p>"
        let total = ordered.reduce(0) { $0 + $1.results.count }
        let seconds = ordered.reduce(0) { $0 + $1.results.reduce(0) { $0 + $1.seconds } }
        main += "<p class=\"lesson-meta\"><span class=\"meta-item\">\(ordered.count) lesson\(ordered.count == 1 ? "" : "s")</span>"
        main += "<span class=\"meta-item\">\(total) experiments</span><span class=\"meta-item\">\(NumberFormat.seconds(seconds)) of compute</span></p></div>"
        if ordered.isEmpty {
            main += "<p class=\"not-run\">No lessons were found.</p>"
        } else {
            main += "<ol class=\"lesson-list\">" + ordered.map(entry).joined() + "</ol>"
        }
        main += "</div>"
        let latest = ordered.map(\.generatedAt).max()
        let chrome = PageChrome(siteTitle: siteTitle, pageTitle: siteTitle, environment: ordered.first?.environment,
                                generatedAt: latest, isIndex: true)
        return chrome.page(main: main)
    }

    private func entry(_ run: LessonRun) -> String {
        let lesson = run.lesson
        let section = lesson.section.map(String.init).joined(separator: ".")
        let failed = run.results.filter { $0.status == .failed }.count
        let invalid = Set((run.lesson.diagnostics + run.validated.diagnostics + run.diagnostics).filter { $0.severity == .error }).count
        let seconds = run.results.reduce(0) { $0 + $1.seconds }
        var out = "<li class=\"lesson-card\"><div class=\"lesson-card-head\">"
        out += "<span class=\"lesson-number\">\(HTML.escape(section.isEmpty ? "·" : section))</span>"
        // "1.1 Initialization" → "Initialization": the number is shown beside it.
        var title = lesson.title
        if !section.isEmpty, title.hasPrefix(section + " ") { title = String(title.dropFirst(section.count + 1)) }
        out += "<h2 class=\"lesson-card-title\"><a href=\"\(PageChrome.link(lesson.id))\">\(HTML.escape(title))</a></h2>"
        out += StatusBadge(failed: failed, invalid: invalid).html + "</div>"
        out += "<p class=\"lesson-meta\"><span class=\"meta-item\">\(run.results.count) experiment\(run.results.count == 1 ? "" : "s")</span>"
        out += "<span class=\"meta-item\">\(NumberFormat.seconds(seconds))</span>"
        let cached = run.results.filter(\.cached).count
        if cached > 0 { out += "<span class=\"meta-item\">\(cached) cached</span>" }
        out += "<a class=\"meta-item\" href=\"\(Slug.percentEncoded(lesson.id + ".json"))\">JSON</a></p>"
        out += headlines(run)
        return out + "</li>"
    }

    /// A small table of the headline metric of each experiment: accuracies
    /// for training runs, the difference for gradient checks.
    private func headlines(_ run: LessonRun) -> String {
        let preferred = ["train_accuracy", "test_accuracy", "difference"]
        let rows = run.results.filter { result in result.metrics.contains { preferred.contains($0.name) } || result.status == .failed }
        guard !rows.isEmpty else { return "" }
        let columns = preferred.filter { name in rows.contains { $0.metric(name) != nil } }
        var out = "<table class=\"headline\"><thead><tr><th scope=\"col\">Experiment</th>"
        out += columns.map { "<th scope=\"col\" class=\"num\">\(HTML.escape(NumberFormat.label($0)))</th>" }.joined()
        out += "</tr></thead><tbody>"
        for result in rows.prefix(8) {
            out += "<tr><th scope=\"row\"><a href=\"\(PageChrome.link(run.lesson.id))#\(ResultCard.anchor(result.name))\"><code>\(HTML.escape(result.name))</code></a></th>"
            for column in columns {
                if result.status == .failed {
                    out += "<td class=\"num missing\">failed</td>"
                } else if let value = result.metric(column) {
                    out += "<td class=\"num\" title=\"\(HTML.escape(NumberFormat.full(value)))\">\(HTML.escape(NumberFormat.metric(column, value)))</td>"
                } else {
                    out += "<td class=\"num missing\">–</td>"
                }
            }
            out += "</tr>"
        }
        if rows.count > 8 {
            out += "<tr><td colspan=\"\(columns.count + 1)\" class=\"more\">and \(rows.count - 8) more</td></tr>"
        }
        return out + "</tbody></table>"
    }
}
