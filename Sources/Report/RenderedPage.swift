import LessonKit

/// A rendered lesson page and what goes beside it.
public struct RenderedPage: Sendable {
    /// The whole HTML document.
    public var html: String
    /// CSV files of the page's charts, paths relative to the output folder
    /// (`1.1-initialization/he-cost.csv`); the page links to them relatively.
    public var exports: [(path: String, contents: String)]
    /// Located warnings (unsupported math) for the command line to print.
    public var warnings: [Diagnostic]

    public init(html: String, exports: [(path: String, contents: String)], warnings: [Diagnostic]) {
        self.html = html
        self.exports = exports
        self.warnings = warnings
    }
}
