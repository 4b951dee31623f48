import CCmark
#if canImport(Glibc)
import Glibc
#endif

/// A CommonMark document parsed by cmark (the C library).
///
/// cmark's nodes are raw pointers that must stay inside this class: it is not
/// `Sendable`, it is created, read and rendered within one task, and it frees
/// the tree in `deinit`. What leaves it is plain Swift values.
public final class MarkdownDocument {
    private let root: OpaquePointer

    /// Parses `source` (UTF-8). cmark never fails to parse: every text is Markdown.
    public init(_ source: String) {
        var utf8 = Array(source.utf8)
        utf8.append(0)
        root = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parse_document($0, buffer.count - 1, CMARK_OPT_DEFAULT)
            }
        }
    }

    deinit { cmark_node_free(root) }

    /// Every code block (fenced or indented) in document order, at any depth.
    public var codeBlocks: [CodeBlock] {
        var blocks: [CodeBlock] = []
        walk { node in
            if cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK {
                blocks.append(CodeBlock(node))
            }
        }
        return blocks
    }

    /// Every heading in document order, with its plain text.
    public var headings: [Heading] {
        var found: [Heading] = []
        walk { node in
            if cmark_node_get_type(node) == CMARK_NODE_HEADING {
                found.append(Heading(
                    level: Int(cmark_node_get_heading_level(node)),
                    text: Self.plainText(of: node),
                    line: Int(cmark_node_get_start_line(node))))
            }
        }
        return found
    }

    /// Renders the document to HTML in cmark's safe mode (raw HTML omitted,
    /// `javascript:` and similar links blanked), with three hooks:
    ///
    /// - `codeBlock`: return HTML to put in place of a code block (a result
    ///   card, display math), or `nil` to keep cmark's `<pre><code>`.
    /// - `inlineMath`: called with the code of every inline `` $`...`$ ``
    ///   span; return HTML (MathML) or `nil` to leave the span as code.
    /// - `headingID`: an `id` for each heading, so pages can link to sections.
    /// - `mathWithPunctuation`: when the text right after an inline math span
    ///   starts with punctuation (`;`, `).`, `,`), that punctuation is taken out
    ///   of the text and this hook gets the math's HTML and the punctuation
    ///   (raw, to be escaped) and returns the markup of both, so a page can keep
    ///   them on one line. `nil` leaves the punctuation in the text.
    ///
    /// Replacements go through cmark's custom nodes, whose text cmark emits
    /// verbatim; the hooks are responsible for escaping what they return.
    public func renderHTML(
        codeBlock: (CodeBlock) -> String? = { _ in nil },
        inlineMath: (String) -> String? = { _ in nil },
        headingID: (Heading) -> String? = { _ in nil },
        mathWithPunctuation: ((_ mathHTML: String, _ punctuation: String) -> String)? = nil
    ) -> String {
        var replacements: [(OpaquePointer, String)] = []
        var mathSpans: [(OpaquePointer, String)] = []
        var headingNodes: [(OpaquePointer, String)] = []
        walk { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_CODE_BLOCK:
                if let html = codeBlock(CodeBlock(node)) { replacements.append((node, html)) }
            case CMARK_NODE_CODE:
                if Self.isDollarDelimited(node), let literal = cmark_node_get_literal(node),
                   let html = inlineMath(String(cString: literal)) {
                    mathSpans.append((node, html))
                }
            case CMARK_NODE_HEADING:
                let heading = Heading(level: Int(cmark_node_get_heading_level(node)),
                                      text: Self.plainText(of: node),
                                      line: Int(cmark_node_get_start_line(node)))
                if let id = headingID(heading) { headingNodes.append((node, id)) }
            default: break
            }
        }
        for (node, html) in replacements {
            let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
            cmark_node_set_on_enter(custom, html)
            cmark_node_replace(node, custom)
            cmark_node_free(node)
        }
        for (node, html) in mathSpans {
            Self.trimDollar(cmark_node_previous(node), atEnd: true)
            Self.trimDollar(cmark_node_next(node), atEnd: false)
            var markup = html
            if let mathWithPunctuation {
                let punctuation = Self.takeLeadingPunctuation(after: node)
                if !punctuation.isEmpty { markup = mathWithPunctuation(html, punctuation) }
            }
            let custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
            cmark_node_set_on_enter(custom, markup)
            cmark_node_replace(node, custom)
            cmark_node_free(node)
        }
        for (node, id) in headingNodes {
            // Wrap the heading's inline children in a custom block that writes
            // the tag itself, so the id attribute survives.
            let level = cmark_node_get_heading_level(node)
            let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
            cmark_node_set_on_enter(custom, "<h\(level) id=\"\(id)\">")
            cmark_node_set_on_exit(custom, "</h\(level)>")
            while let child = cmark_node_first_child(node) {
                cmark_node_unlink(child)
                cmark_node_append_child(custom, child)
            }
            cmark_node_replace(node, custom)
            cmark_node_free(node)
        }
        guard let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    // MARK: - Tree helpers

    /// Calls `visit` on every node once, on entry, in document order.
    private func walk(_ visit: (OpaquePointer) -> Void) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { visit(node) }
        }
    }

    /// The concatenated text and code of a node's descendants.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(child) {
                text += String(cString: literal)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }

    /// Whether a code span is written `` $`...`$ ``: a text node ending in `$`
    /// before it and one starting with `$` after it.
    private static func isDollarDelimited(_ node: OpaquePointer) -> Bool {
        guard let previous = cmark_node_previous(node), let next = cmark_node_next(node),
              cmark_node_get_type(previous) == CMARK_NODE_TEXT, cmark_node_get_type(next) == CMARK_NODE_TEXT,
              let before = cmark_node_get_literal(previous), let after = cmark_node_get_literal(next)
        else { return false }
        return String(cString: before).hasSuffix("$") && String(cString: after).hasPrefix("$")
    }

    /// Marks that belong to the word before them: a line must not start with one.
    static let trailingPunctuation: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "…",
                                                     "'", "\"", "\u{2019}", "\u{201D}"]

    /// Removes the run of punctuation that starts the text after `node`
    /// (over text nodes cmark split, e.g. before `!`) and returns it.
    private static func takeLeadingPunctuation(after node: OpaquePointer) -> String {
        var taken = ""
        var current = cmark_node_next(node)
        while let text = current, cmark_node_get_type(text) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(text) {
            let string = String(cString: literal)
            let run = string.prefix(while: trailingPunctuation.contains)
            taken += run
            guard run.count == string.count else {
                if !run.isEmpty { cmark_node_set_literal(text, String(string.dropFirst(run.count))) }
                break
            }
            if !string.isEmpty { cmark_node_set_literal(text, "") }
            current = cmark_node_next(text)
        }
        return taken
    }

    private static func trimDollar(_ node: OpaquePointer?, atEnd: Bool) {
        guard let node, let literal = cmark_node_get_literal(node) else { return }
        var text = String(cString: literal)
        if atEnd { text.removeLast() } else { text.removeFirst() }
        cmark_node_set_literal(node, text)
    }
}
