import LessonKit

/// A rendered lesson page and what goes beside it.
public struct RenderedPage: Sendable {
    /// One CSV file beside the page (its records already encoded); the
    /// text is assembled when `contents` is read, on the writer's threads
    /// (a lesson of nine training runs has ~4 MB of boundary grids).
    public struct Export: Sendable {
        /// Relative to the output folder (`1.1-initialization/he-cost.csv`).
        public let path: String
        let csv: CSV
        public var contents: String { csv.text }
    }

    /// The whole HTML document.
    public var html: String
    /// CSV files of the page's charts; the page links to them relatively.
    public var exports: [Export]
    /// Located warnings (unsupported math) for the command line to print.
    public var warnings: [Diagnostic]

    init(html: String, exports: [Export], warnings: [Diagnostic]) {
        self.html = html
        self.exports = exports
        self.warnings = warnings
    }
}
