import LessonKit

/// What one page accumulates while it renders: unique ids, the CSV exports
/// beside it and the warnings (unsupported math) for the command line.
final class PageContext {
    let lessonID: String
    let lessonPath: String
    let ids: IDRegistry
    private(set) var exports: [RenderedPage.Export] = []
    private(set) var warnings: [Diagnostic] = []
    private var chartCount = 0

    init(lessonID: String, lessonPath: String, reservedIDs: [String] = []) {
        self.lessonID = lessonID
        self.lessonPath = lessonPath
        self.ids = IDRegistry(reserved: reservedIDs)
    }

    /// The folder of the CSV files, relative to the page: `1.1-initialization/`.
    var exportFolder: String { Slug.fileName(lessonID) }

    /// The link to an export path (the folder name is already link-safe).
    func link(to path: String) -> String { path }

    /// The results JSON beside the page.
    var jsonLink: String { Slug.percentEncoded(lessonID + ".json") }

    /// A fresh id for a chart's `<svg>`.
    func chartID(_ base: String) -> String {
        chartCount += 1
        return ids.claim("chart-" + Slug.make(base, fallback: "chart"))
    }

    /// Registers `csv` as `<lesson>/<name>.csv` (made unique) and returns the relative link.
    /// `csv` is encoded when the file is written (see `RenderedPage.Export`).
    func export(_ csv: @escaping @Sendable @autoclosure () -> CSV, name: String) -> String {
        var file = Slug.make(name, fallback: "data")
        let taken = Set(exports.map(\.path))
        var index = 2
        let base = file
        while taken.contains("\(exportFolder)/\(file).csv") {
            file = "\(base)-\(index)"
            index += 1
        }
        let path = "\(exportFolder)/\(file).csv"
        exports.append(RenderedPage.Export(path: path, csv: csv))
        return path
    }

    func warn(_ diagnostic: Diagnostic) { warnings.append(diagnostic) }
}
