/// A lesson after validation: what the runner runs and what the report shows.
/// Blocks that failed validation are absent from `experiments`/`comparisons`/
/// `listings`; their diagnostics are in `diagnostics`, and the report draws an
/// error box where the block was (it finds it by `LessonBlock.location.line`).
public struct ValidatedLesson: Sendable {
    public var lesson: Lesson
    public var experiments: [Experiment]
    public var comparisons: [Comparison]
    public var listings: [Listing]
    /// Reading and validation problems, in source order.
    public var diagnostics: [Diagnostic]

    public init(lesson: Lesson, experiments: [Experiment], comparisons: [Comparison],
                listings: [Listing], diagnostics: [Diagnostic]) {
        self.lesson = lesson
        self.experiments = experiments
        self.comparisons = comparisons
        self.listings = listings
        self.diagnostics = diagnostics
    }

    public var isValid: Bool { !diagnostics.contains { $0.severity == .error } }
}
