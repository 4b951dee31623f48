import Foundation
import LessonKit

/// What every page shares: the document head with the inline stylesheet,
/// the site header, lesson navigation, the table of contents and the footer
/// with the reproducibility stamp.
struct PageChrome {
    typealias Neighbour = (id: String, title: String)

    /// Ids the chrome uses, kept away from headings and cards.
    static let reservedIDs = ["main", "toc", "toc-title", "site-header", "site-footer", "problems", "lesson-nav"]

    var siteTitle: String
    var pageTitle: String
    var toc: [TableOfContents.Entry] = []
    var previous: Neighbour?
    var next: Neighbour?
    var environment: RunEnvironment?
    var generatedAt: Date?
    var isIndex = false

    /// The link to a lesson page from any page (all pages share one folder).
    static func link(_ lessonID: String) -> String { Slug.percentEncoded(lessonID + ".html") }

    func page(main: String) -> String {
        let title = isIndex ? siteTitle : "\(pageTitle) · \(siteTitle)"
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"color-scheme\" content=\"light dark\">\n"
        out += "<meta name=\"generator\" content=\"\(HTML.escape(siteTitle)) \(HTML.escape(environment?.tool ?? ""))\">\n"
        out += "<title>\(HTML.escape(title))</title>\n<style>\(Stylesheet.css)</style>\n</head>\n<body>\n"
        out += header
        let tocHTML = TableOfContents(entries: toc).html
        out += "<div class=\"layout\(tocHTML.isEmpty ? " no-toc" : "")\">"
        if !tocHTML.isEmpty { out += "<aside class=\"sidebar\">\(tocHTML)</aside>" }
        out += "<main id=\"main\">\(main)\(pager)</main></div>\n"
        out += footer
        return out + "</body>\n</html>\n"
    }

    private var header: String {
        var out = "<header class=\"site-header\" id=\"site-header\"><div class=\"header-inner\">"
        out += "<a class=\"site-name\" href=\"index.html\"><span class=\"logo\" aria-hidden=\"true\"></span>\(HTML.escape(siteTitle))</a>"
        if !isIndex {
            out += "<nav class=\"header-nav\" aria-label=\"Lessons\"><a href=\"index.html\">All lessons</a>"
            if let previous { out += "<a href=\"\(Self.link(previous.id))\" rel=\"prev\" title=\"\(HTML.escape(previous.title))\">← Previous</a>" }
            if let next { out += "<a href=\"\(Self.link(next.id))\" rel=\"next\" title=\"\(HTML.escape(next.title))\">Next →</a>" }
            out += "</nav>"
        }
        return out + "</div></header>\n"
    }

    private var pager: String {
        guard !isIndex, previous != nil || next != nil else { return "" }
        var out = "<nav class=\"pager\" id=\"lesson-nav\" aria-label=\"Previous and next lesson\">"
        if let previous {
            out += "<a class=\"pager-prev\" href=\"\(Self.link(previous.id))\" rel=\"prev\"><span class=\"pager-label\">← Previous</span><span class=\"pager-title\">\(HTML.escape(previous.title))</span></a>"
        } else {
            out += "<span></span>"
        }
        if let next {
            out += "<a class=\"pager-next\" href=\"\(Self.link(next.id))\" rel=\"next\"><span class=\"pager-label\">Next →</span><span class=\"pager-title\">\(HTML.escape(next.title))</span></a>"
        }
        return out + "</nav>"
    }

    private var footer: String {
        var out = "<footer class=\"site-footer\" id=\"site-footer\"><div class=\"footer-inner\">"
        if let environment {
            out += ReproducibilityStamp(environment: environment, generatedAt: generatedAt).html
        }
        out += "<p class=\"footer-note\">Generated from Markdown lessons; every number on this page was computed by the Swift library when the page was built.</p>"
        return out + "</div></footer>\n"
    }
}

/// Tool version, commit, Swift, BLAS and date: enough to reproduce the page.
struct ReproducibilityStamp {
    var environment: RunEnvironment
    var generatedAt: Date?

    var html: String {
        var items: [(String, String)] = [("Tool", "DeepLessons \(environment.tool)")]
        // A long hash is shortened to 12 digits; a `-dirty` mark stays whole.
        let dirty = environment.commit.hasSuffix("-dirty")
        let hash = dirty ? String(environment.commit.dropLast("-dirty".count)) : environment.commit
        let commit = String(hash.prefix(12)) + (dirty ? "-dirty" : "")
        items.append(("Commit", commit.isEmpty ? "unknown" : commit))
        items.append(("Swift", environment.swift))
        items.append(("BLAS", environment.blas))
        var out = "<dl class=\"stamp\">"
        for (key, value) in items {
            let full = key == "Commit" ? " title=\"\(HTML.escape(environment.commit))\"" : ""
            out += "<div><dt>\(key)</dt><dd\(full)>\(HTML.escape(value))</dd></div>"
        }
        if let generatedAt {
            // The results file's form, written without loading a time zone database.
            let iso = ResultsFile.iso8601(generatedAt)
            let shown = iso.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
            out += "<div><dt>Built</dt><dd><time datetime=\"\(iso)\">\(HTML.escape(shown))</time></dd></div>"
        }
        return out + "</dl>"
    }
}
