import CommonMark
import Foundation
import LessonKit

/// One lesson as a page: the prose rendered by cmark (safe mode), each
/// special block replaced by its card, math converted to MathML, headings
/// given ids for the table of contents, all inside the shared page chrome.
struct LessonPage {
    var run: LessonRun
    var siteTitle: String
    var previous: (id: String, title: String)?
    var next: (id: String, title: String)?

    /// Block kinds whose code blocks become cards.
    static let cardKinds: Set<String> = ["experiment", "compare", "listing"]

    func render() -> RenderedPage {
        let lesson = run.lesson
        let context = PageContext(lessonID: lesson.id, lessonPath: lesson.path, reservedIDs: PageChrome.reservedIDs)
        let document = MarkdownDocument(lesson.source)
        let codeBlocks = document.codeBlocks
        let diagnostics = allDiagnostics

        // Card anchors first, so `#experiment-he` is stable whatever the headings say.
        var cardIDs: [Int: String] = [:]
        for block in codeBlocks where Self.cardKinds.contains(block.language) {
            let base: String
            switch block.language {
            case "experiment": base = ResultCard.anchor(block.argument)
            case "compare": base = CompareCard.anchor(block.argument)
            default: base = ListingCard.anchor(block.argument)
            }
            cardIDs[block.startLine] = context.ids.claim(base)
        }
        var headingIDs: [Int: String] = [:]
        var toc: [TableOfContents.Entry] = []
        let headings = document.headings
        for heading in headings {
            let id = context.ids.claim(Slug.make(heading.text))
            headingIDs[heading.line] = id
            if heading.level == 2 || heading.level == 3 {
                toc.append(.init(level: heading.level, text: heading.text, id: id))
            }
        }

        var claimedLines: Set<Int> = []
        let locator = InlineMathLocator(source: lesson.source, file: lesson.path)
        var body = document.renderHTML(
            codeBlock: { block in
                let inBlock = diagnostics.filter { $0.location.line >= block.startLine && $0.location.line <= block.endLine }
                if Self.cardKinds.contains(block.language) || block.language == "math" { claimedLines.insert(block.startLine) }
                switch block.language {
                case "experiment", "compare", "listing":
                    return card(for: block, id: cardIDs[block.startLine] ?? context.ids.claim("block"),
                                diagnostics: inBlock, context: context)
                case "math":
                    let output = MathRenderer.render(block.literal, display: true)
                    for problem in output.problems {
                        context.warn(.warning(at: SourceLocation(file: lesson.path, line: block.startLine + 1), problem))
                    }
                    return "<div class=\"math-display\">\(output.html)</div>"
                case "swift":
                    return ListingCard.codeHTML(block.literal, firstLine: nil)
                default:
                    return nil
                }
            },
            inlineMath: { tex in
                let output = MathRenderer.render(tex, display: false)
                let location = locator.next(tex)
                for problem in output.problems { context.warn(.warning(at: location, problem)) }
                return output.html
            },
            headingID: { headingIDs[$0.line] },
            // `$`10^{-10}`$;` must not leave the `;` alone at the start of the next line.
            mathWithPunctuation: { math, punctuation in "<span class=\"nowrap\">\(math)\(HTML.escape(punctuation))</span>" })

        // Problems outside every card: show them at the top, where they cannot be missed.
        let claimed = codeBlocks.filter { claimedLines.contains($0.startLine) }
        let loose = diagnostics.filter { diagnostic in
            !claimed.contains { diagnostic.location.line >= $0.startLine && diagnostic.location.line <= $0.endLine }
        }
        let intro = LessonIntro(run: run, context: context, problems: loose).html
        // Searched as bytes: Foundation's `range(of:)` walks the whole page as UTF-16.
        if headings.contains(where: { $0.level == 1 }), let close = body.utf8.firstRange(of: "</h1>".utf8) {
            body.insert(contentsOf: intro, at: close.upperBound)
        } else {
            body = "<h1>\(HTML.escape(lesson.title))</h1>" + intro + body
        }

        let chrome = PageChrome(siteTitle: siteTitle, pageTitle: lesson.title, toc: toc,
                                previous: previous, next: next, environment: run.environment, generatedAt: run.generatedAt)
        let html = chrome.page(main: "<article class=\"lesson\">\(body)</article>")
        return RenderedPage(html: html, exports: context.exports, warnings: context.warnings)
    }

    /// Reading, validation and run diagnostics, each once, in source order.
    var allDiagnostics: [Diagnostic] {
        var seen: Set<Diagnostic> = []
        let all = run.lesson.diagnostics + run.validated.diagnostics + run.diagnostics
        return all.filter { seen.insert($0).inserted }
            .sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }

    /// The card for an `experiment`, `compare` or `listing` block.
    private func card(for block: CodeBlock, id: String, diagnostics: [Diagnostic], context: PageContext) -> String {
        let name = block.argument
        let errors = diagnostics.filter { $0.severity == .error }
        let warnings = diagnostics.filter { $0.severity == .warning }
        let kind = LessonBlock.Kind(rawValue: block.language) ?? .experiment
        if !errors.isEmpty {
            return ProblemCard(kind: kind, name: name, diagnostics: diagnostics).html(id: id)
        }
        let lessonBlock = run.lesson.blocks.first { $0.location.line == block.startLine && $0.kind == kind }
        var out: String
        switch kind {
        case .experiment:
            let result = run.results.first { $0.name == name && $0.line == block.startLine }
                ?? run.results.first { $0.name == name }
            guard let result else {
                return ProblemCard(kind: kind, name: name, diagnostics: warnings,
                                   fallback: "This experiment was not run in this render (another experiment was selected).").html(id: id)
            }
            return ResultCard(result: result, block: lessonBlock, warnings: warnings, context: context).html(id: id)
        case .compare:
            guard let comparison = run.validated.comparisons.first(where: { $0.location.line == block.startLine })
                    ?? run.validated.comparisons.first(where: { $0.name == name }) else {
                return ProblemCard(kind: kind, name: name, diagnostics: warnings, fallback: "This comparison was not validated.").html(id: id)
            }
            out = CompareCard(comparison: comparison, run: run, context: context).html(id: id)
        case .listing:
            guard let listing = run.validated.listings.first(where: { $0.location.line == block.startLine })
                    ?? run.validated.listings.first(where: { $0.name == name }) else {
                return ProblemCard(kind: kind, name: name, diagnostics: warnings, fallback: "This listing was not resolved.").html(id: id)
            }
            out = ListingCard(listing: listing).html(id: id)
        case .math:
            return ""
        }
        if !warnings.isEmpty {
            out.insert(contentsOf: ErrorBox.html(warnings), at: out.index(out.endIndex, offsetBy: -"</section>".count))
        }
        return out
    }
}

/// Finds where an inline `` $`…`$ `` span is in the source, for located
/// warnings (the cmark hook only gives the span's text). Spans with the
/// same text are matched in order.
final class InlineMathLocator {
    /// The lines that hold inline math at all (`$` then a backtick), with
    /// their 0-based numbers: each lookup searches only these.
    private let lines: [(number: Int, text: Substring)]
    private let file: String
    private var seen: [String: Int] = [:]

    init(source: String, file: String) {
        lines = source.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { Self.opensMath($0.element) }
            .map { (number: $0.offset, text: $0.element) }
        self.file = file
    }

    private static func opensMath(_ line: Substring) -> Bool {
        var previous: UInt8 = 0
        for byte in line.utf8 {
            if previous == UInt8(ascii: "$") && byte == UInt8(ascii: "`") { return true }
            previous = byte
        }
        return false
    }

    func next(_ tex: String) -> SourceLocation {
        let needle = "$`" + tex + "`$"
        let wanted = seen[tex, default: 0]
        seen[tex] = wanted + 1
        var count = 0
        for (number, line) in lines {
            var searchStart = line.startIndex
            while let range = line.range(of: needle, range: searchStart..<line.endIndex) {
                if count == wanted {
                    return SourceLocation(file: file, line: number + 1, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
                }
                count += 1
                searchStart = range.upperBound
            }
        }
        return SourceLocation(file: file, line: 1)
    }
}
