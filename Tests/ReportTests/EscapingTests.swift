import Foundation
import LessonKit
import Testing
@testable import Report

/// Hostile text in every place a lesson or a routine can put text: it must
/// arrive in the page escaped, never as markup.
@Suite struct EscapingTests {
    static let evil = "<script>alert(\"x\")</script> & 'q'"

    @Test func escapeFunction() {
        #expect(HTML.escape(#"<a href="x">Tom & 'Jerry'</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect(HTML.escape("plain") == "plain")
    }

    static func hostileRun() -> LessonRun {
        let e = evil
        let source = "# Title \(e)\n\nProse \(e) and $`x`$.\n\n```experiment bad\nroutine: train\n```\n\n```compare cmp\nexperiments: [bad]\n```\n\n```experiment broken\nroutine: nope\n```\n"
        let lesson = Fixtures.lesson(source: source, id: "9.9-evil", title: "Title \(e)")
        let comparison = Comparison(name: "cmp", location: SourceLocation(file: lesson.path, line: 9), title: e,
                                    experiments: ["bad"], metrics: ["train_accuracy"], chart: "cost",
                                    sweep: .init(parameter: "lambda", metrics: ["train_accuracy"]))
        let diagnostic = Diagnostic.error(at: SourceLocation(file: lesson.path, line: 14, column: 10), "unknown routine '\(e)'")
        let validated = ValidatedLesson(lesson: lesson, experiments: [], comparisons: [comparison], listings: [], diagnostics: [diagnostic])
        let result = ExperimentResult(
            name: "bad", line: 5, routine: e,
            parameters: .object([("dataset", .string(e)), (e, .array([.string(e)])), ("lambda", .double(0.1))]),
            status: .failed, error: "boom \(e)", seconds: 1,
            metrics: [Metric(e, 0.5), Metric("train_accuracy", 0.5)],
            series: [Series("cost", [.init(0, 1), .init(1, .nan)])],
            artifacts: [.scatter(Scatter(title: e, points: [[0, 0], [1, 1]], labels: [0, 1])),
                        .table(Table(title: e, header: [e], rows: [[e]])),
                        .bars(Bars(title: e, labels: [e], values: [1], threshold: 0.5)),
                        .matrices(title: e, [NamedMatrix(name: e, rows: [[1]])]),
                        .images(ImageGrid(title: e, width: 1, height: 1, images: [[0.5]], captions: [e]))],
            notes: [e])
        let environment = RunEnvironment(tool: e, swift: e, blas: e, commit: e)
        return LessonRun(validated: validated, results: [result], diagnostics: [diagnostic], environment: environment, generatedAt: Fixtures.date)
    }

    @Test func nothingHostileSurvives() {
        let run = Self.hostileRun()
        let renderer = SiteRenderer(siteTitle: "Site \(Self.evil)")
        let page = renderer.lessonPage(run, previous: (Self.evil, Self.evil), next: nil).html
        let index = renderer.indexPage([run])
        for html in [page, index] {
            #expect(!html.contains("<script"), "raw <script> in output")
            #expect(!html.contains("alert(\"x\")"), "unescaped quotes in output")
            #expect(!html.contains("& 'q'"), "unescaped & or ' in output")
            #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
        }
        #expect(page.contains("boom &lt;script&gt;"))
        #expect(page.contains("unknown routine &#39;&lt;script&gt;"))
        // Links built from hostile ids are percent-encoded, never markup.
        #expect(page.contains("href=\"%3Cscript%3Ealert%28%22x%22%29%3C%2Fscript%3E%20%26%20%27q%27.html\""))
    }

    @Test func rawHTMLInProseIsDropped() {
        let page = SiteRenderer().lessonPage(Self.hostileRun(), previous: nil, next: nil).html
        #expect(page.contains("<!-- raw HTML omitted -->"))
    }

    @Test func mathTextIsEscaped() {
        let output = MathRenderer.render(#"\text{a<b & "c"}"#, display: false)
        #expect(output.html.contains("<mtext>a&lt;b &amp; &quot;c&quot;</mtext>"))
        let failed = MathRenderer.render(#"\evil{<script>}"#, display: false)
        #expect(failed.html == "<code class=\"math-source\">\\evil{&lt;script&gt;}</code>")
    }
}
