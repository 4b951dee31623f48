import LessonKit

/// The report's entry point for the command line: a page per lesson and the
/// index. Pure functions of their inputs; the caller writes the files.
public struct SiteRenderer: Sendable {
    public var siteTitle: String

    public init(siteTitle: String = "DeepLessons") {
        self.siteTitle = siteTitle
    }

    /// The page of one lesson (`output/<id>.html`), its CSV exports and warnings.
    public func lessonPage(_ run: LessonRun, previous: (id: String, title: String)?,
                           next: (id: String, title: String)?) -> RenderedPage {
        LessonPage(run: run, siteTitle: siteTitle, previous: previous, next: next).render()
    }

    /// `output/index.html`: the lessons in section order with status, run time and headline metrics.
    public func indexPage(_ runs: [LessonRun]) -> String {
        IndexPage(runs: runs, siteTitle: siteTitle).render()
    }
}
