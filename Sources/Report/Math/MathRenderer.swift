import Foundation

/// TeX → MathML at build time (no JavaScript, no CDN).
///
/// Lessons write inline math as `` $`…`$ `` and display math in
/// ```` ```math ```` blocks, which cmark passes through untouched
/// (backslashes and underscores included). The converter knows the
/// commands the course's formulas use; anything else is a problem that the
/// caller reports as a located warning, and the source is shown as code.
enum MathRenderer {
    struct Output: Equatable {
        /// `<math>` markup, or `<code class="math-source">` when conversion failed.
        var html: String
        /// What was not understood (empty when the MathML is complete).
        var problems: [String]
    }

    static func render(_ tex: String, display: Bool) -> Output {
        do {
            var parser = TeXParser(tex)
            let nodes = try parser.parse()
            let body = MathMLWriter(display: display).write(nodes)
            let annotation = "<annotation encoding=\"application/x-tex\">\(HTML.escape(tex.trimmingCharacters(in: .whitespacesAndNewlines)))</annotation>"
            let math = "<math\(display ? " display=\"block\"" : "")><semantics><mrow>\(body)</mrow>\(annotation)</semantics></math>"
            return Output(html: math, problems: [])
        } catch let error as TeXParser.Failure {
            return Output(html: fallback(tex, display: display), problems: [error.message])
        } catch {
            return Output(html: fallback(tex, display: display), problems: ["\(error)"])
        }
    }

    /// The source as code, marked so the reader sees it was not rendered.
    static func fallback(_ tex: String, display: Bool) -> String {
        let code = "<code class=\"math-source\">\(HTML.escape(tex))</code>"
        return display ? "<pre class=\"math-source\">\(code)</pre>" : code
    }
}
