import Foundation
import LessonKit
import Testing
@testable import Report

/// The structure of whole pages: valid-HTML basics, cards in place of
/// blocks, located error boxes, exports, navigation, self-containment.
@Suite struct PageTests {
    static let page = SiteRenderer().lessonPage(Fixtures.run(), previous: ("1.0-intro", "Intro"),
                                                next: ("2.1-optimization", "Optimization"))
    static let index = SiteRenderer().indexPage([Fixtures.secondRun(), Fixtures.run()])

    static func ids(in html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: #"\sid="([^"]*)""#)
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            String(html[Range($0.range(at: 1), in: html)!])
        }
    }

    static func links(in html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: #"\s(?:src|href|xlink:href|action|data)\s*=\s*["']?([^"'\s>]*)"#, options: [.caseInsensitive])
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            String(html[Range($0.range(at: 1), in: html)!])
        }
    }

    @Test func documentBasics() {
        for html in [Self.page.html, Self.index] {
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
            #expect(html.contains("<meta charset=\"utf-8\">"))
            #expect(html.components(separatedBy: "<h1").count == 2, "exactly one h1")
            let ids = Self.ids(in: html)
            #expect(Set(ids).count == ids.count, "duplicate ids: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
        }
    }

    @Test func noExternalRequests() {
        for html in [Self.page.html, Self.index] {
            for link in Self.links(in: html) {
                #expect(!link.lowercased().hasPrefix("http:") && !link.lowercased().hasPrefix("https:") && !link.hasPrefix("//"),
                        "external link \(link)")
            }
            #expect(!html.contains("http://") && !html.contains("https://"))
            #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("@import"))
        }
    }

    @Test func cardsReplaceBlocksWithAnchors() {
        let html = Self.page.html
        for anchor in ["experiment-he", "experiment-zeros", "experiment-random", "compare-initializations", "listing-he-init"] {
            #expect(html.contains("id=\"\(anchor)\""), "missing #\(anchor)")
        }
        #expect(!html.contains("routine: train"), "block bodies are not shown as code")
        #expect(html.contains("99.33%") && html.contains("title=\"0.9933333333333333\""))
        #expect(html.contains("<details class=\"parameters\">"))
    }

    @Test func errorsAreLocatedBoxes() {
        let html = Self.page.html
        let typoLine = Fixtures.line(of: "typo", in: Fixtures.lesson())
        #expect(html.contains("lessons/1.1-initialization.md:\(typoLine + 2):1</span>"))
        #expect(html.contains("unknown parameter &#39;lamda&#39; (did you mean &#39;lambda&#39;?)"))
        let divergesLine = Fixtures.line(of: "diverges", in: Fixtures.lesson())
        #expect(html.contains("lessons/1.1-initialization.md:\(divergesLine + 2):1</span> <span class=\"severity\">error</span> <span class=\"message\">training diverged at epoch 212 (cost is nan)</span>"))
    }

    @Test func mathIsMathMLAndUnsupportedIsAWarning() {
        let html = Self.page.html
        #expect(html.contains("<math display=\"block\">"))
        #expect(html.contains("<code class=\"math-source\">\\frobnicate{x}</code>"))
        #expect(Self.page.warnings.count == 1)
        let warning = Self.page.warnings[0]
        #expect(warning.severity == .warning)
        #expect(warning.message == "unsupported TeX command \\frobnicate")
        let lines = Fixtures.lessonSource.split(separator: "\n", omittingEmptySubsequences: false)
        let line = lines.firstIndex { $0.contains("frobnicate") }! + 1
        #expect(warning.location == SourceLocation(file: "lessons/1.1-initialization.md", line: line, column: 36))
    }

    @Test func inlineMathKeepsFollowingPunctuationOnItsLine() {
        let html = Self.page.html
        #expect(html.contains("<span class=\"nowrap\"><math><semantics><mrow><msqrt>"))
        #expect(html.contains("</annotation></semantics></math>:</span>"))
        #expect(html.contains("<span class=\"nowrap\"><code class=\"math-source\">\\frobnicate{x}</code>.</span>"))
        #expect(html.contains(".nowrap{white-space:nowrap}"))
    }

    @Test func printShowsTheFullParameterTables() {
        // Chromium never prints a closed details' content (short of `::details-content`,
        // which the Nu checker rejects): a print-only copy of each table, without ids.
        let html = Self.page.html
        let screen = html.components(separatedBy: "<details class=\"parameters\">").count - 1
        let print = html.components(separatedBy: "<div class=\"parameters print-only\"><p class=\"params-title\">Parameters <span class=\"summary-note\">").count - 1
        #expect(screen > 0 && print == screen)
        #expect(html.components(separatedBy: "<table class=\"params\" id=\"experiment-").count - 1 == screen)
        #expect(html.components(separatedBy: "</p><table class=\"params\"><thead>").count - 1 == screen, "the copies carry no id")
        #expect(Stylesheet.css.contains(".print-only{display:none}"))
        #expect(Stylesheet.css.contains("details.parameters{display:none}.print-only{display:block}}"))
        #expect(!Stylesheet.css.contains("::details-content"))
    }

    @Test func exportsBesideThePage() {
        let paths = Self.page.exports.map(\.path)
        #expect(paths.contains("1.1-initialization/he-cost.csv"))
        #expect(paths.contains("1.1-initialization/initializations-cost.csv"))
        #expect(Set(paths).count == paths.count)
        for path in paths { #expect(Self.page.html.contains("href=\"\(path)\"")) }
        let he = Self.page.exports.first { $0.path == "1.1-initialization/he-cost.csv" }!.contents
        #expect(he.hasPrefix("epoch,cost\n0,0.8830537463419761\n1000,0.6879825919728063\n"))
        let random = Self.page.exports.first { $0.path == "1.1-initialization/random-cost.csv" }!.contents
        #expect(random.contains("0,inf\n") && random.contains("6000,nan\n"))
        #expect(Self.page.html.contains("href=\"1.1-initialization.json\""))
    }

    @Test func navigationAndStamp() {
        let html = Self.page.html
        #expect(html.contains("href=\"2.1-optimization.html\" rel=\"next\""))
        #expect(html.contains("href=\"1.0-intro.html\" rel=\"prev\""))
        #expect(html.contains("<nav class=\"toc\""))
        #expect(html.contains("href=\"#the-data\""))
        for part in ["0.1.0", "4743b15c0ffe", "6.3.1", "OpenBLAS 0.3.26", "<time datetime=\""] {
            #expect(html.contains(part))
        }
    }

    @Test func indexListsLessonsInSectionOrder() {
        let html = Self.index
        let first = html.range(of: "Initialization</a>")!.lowerBound
        let second = html.range(of: "Optimization</a>")!.lowerBound
        #expect(first < second)
        #expect(html.contains("href=\"1.1-initialization.html#experiment-he\""))
        #expect(html.contains("99.33%") && html.contains("1 error, 1 failed"))
    }
}
