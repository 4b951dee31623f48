import Foundation
import Testing
@testable import Report

/// Writes the fixture pages to `/tmp/report-preview/` for screenshots.
/// Runs only with `REPORT_PREVIEW=1`.
@Suite struct PreviewTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["REPORT_PREVIEW"] == "1"))
    func writePreviewPages() throws {
        let folder = URL(fileURLWithPath: "/tmp/report-preview")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let renderer = SiteRenderer()
        let first = Fixtures.run(), second = Fixtures.secondRun()
        let page = renderer.lessonPage(first, previous: nil, next: (second.lesson.id, second.lesson.title))
        try page.html.write(to: folder.appendingPathComponent("1.1-initialization.html"), atomically: true, encoding: .utf8)
        for export in page.exports {
            let url = folder.appendingPathComponent(export.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try export.contents.write(to: url, atomically: true, encoding: .utf8)
        }
        let page2 = renderer.lessonPage(second, previous: (first.lesson.id, first.lesson.title), next: nil)
        try page2.html.write(to: folder.appendingPathComponent("2.1-optimization.html"), atomically: true, encoding: .utf8)
        try renderer.indexPage([second, first]).write(to: folder.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        for warning in page.warnings { print(warning) }
        let hostile = EscapingTests.hostileRun()
        try renderer.lessonPage(hostile, previous: (EscapingTests.evil, EscapingTests.evil), next: nil).html
            .write(to: folder.appendingPathComponent("hostile.html"), atomically: true, encoding: .utf8)
        // Every golden formula on one page, to look at the MathML in a browser.
        let gallery = GoldenTests.formulas.map { name, tex in
            "<h2>\(name)</h2><div class=\"math-display\">\(MathRenderer.render(tex, display: true).html)</div>"
                + "<p>Inline: \(MathRenderer.render(tex, display: false).html)</p>"
        }.joined()
        let chrome = PageChrome(siteTitle: "DeepLessons", pageTitle: "Math", environment: Fixtures.environment, generatedAt: Fixtures.date)
        try chrome.page(main: "<article class=\"lesson\"><h1>Math</h1>\(gallery)</article>")
            .write(to: folder.appendingPathComponent("math.html"), atomically: true, encoding: .utf8)
    }
}
