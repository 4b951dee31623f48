/// Everything the CLI needs after running a lesson: the `LessonRun` for the
/// report and the results file, why each experiment ran or was reused, and
/// the problems to print.
public struct LessonOutcome: Sendable {
    public var run: LessonRun
    /// One per experiment of the lesson, in source order (`--explain`).
    public var explanations: [CacheExplanation]
    /// Located cache problems (a corrupt entry, a result that could not be
    /// stored, an unwritable index): print them, they do not fail the run.
    public var warnings: [Diagnostic]
    /// One located error per failed experiment, `file:line:column` of its block,
    /// ready to print as `lessons/x.md:42:1: error: …`.
    public var failures: [Diagnostic]

    public init(run: LessonRun, explanations: [CacheExplanation], warnings: [Diagnostic], failures: [Diagnostic]) {
        self.run = run
        self.explanations = explanations
        self.warnings = warnings
        self.failures = failures
    }

    /// Experiments that ran in this invocation (not reused, not skipped).
    public var ranCount: Int { explanations.filter(\.willRun).count }

    /// Experiments whose cached result was used.
    public var reusedCount: Int { explanations.filter { $0.decision == .reused }.count }
}
