import LessonKit

/// A rendered lesson page and what goes beside it.
public struct RenderedPage: Sendable {
    /// One CSV file beside the page. Its records are encoded only when
    /// `contents` is read, which the writer does on its threads, side by side
    /// with the page's other files (a lesson of nine training runs has ~4 MB
    /// of boundary grids, which would otherwise be encoded one after another
    /// before anything is written).
    public struct Export: Sendable {
        /// Relative to the output folder (`1.1-initialization/he-cost.csv`).
        public let path: String
        let csv: @Sendable () -> CSV
        public var contents: String { csv().text }
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
