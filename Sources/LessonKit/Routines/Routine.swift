/// A library routine that an experiment block can name (`routine: train`).
///
/// A routine is a pure function of its validated parameters: the same
/// parameters give the same result, which is what makes caching and parallel
/// runs safe. The schema is the single source of truth for validation, default
/// filling and the `lessons routines` catalog.
public protocol Routine: Sendable {
    var schema: RoutineSchema { get }

    /// Checks that span several parameters (e.g. `layers[0]` against the
    /// dataset's feature count). Called after each parameter passed its own
    /// type and range checks; `parameters` is default-filled. Return located
    /// errors using `locate(key)`, which points at the key in the lesson file
    /// (or at the block's fence when the key was defaulted).
    func crossCheck(_ parameters: JSONValue, context: ValidationContext) -> [Diagnostic]

    /// Roughly how long `run` takes, in microseconds of one core; called after
    /// `crossCheck` passed. Only the runner's start order uses it (the longest
    /// first, so the cores finish together): it never changes a result. The
    /// default, 0, suits routines that take milliseconds.
    func estimatedCost(_ parameters: JSONValue, context: ValidationContext) -> Double

    /// Runs the experiment. Throwing marks the experiment failed with the
    /// error's description; the rest of the lesson still runs. `progress` may
    /// be called from the running thread at any rate; it must be cheap.
    func run(_ experiment: Experiment, context: RunContext, progress: ProgressSink) throws -> RoutineOutput
}

extension Routine {
    public func estimatedCost(_ parameters: JSONValue, context: ValidationContext) -> Double { 0 }
}

/// What a routine returns; the runner adds name, line, timing and cache state.
public struct RoutineOutput: Sendable, Hashable {
    public var metrics: [Metric]
    public var series: [Series]
    public var artifacts: [Artifact]
    public var notes: [String]

    public init(metrics: [Metric] = [], series: [Series] = [], artifacts: [Artifact] = [], notes: [String] = []) {
        self.metrics = metrics
        self.series = series
        self.artifacts = artifacts
        self.notes = notes
    }
}

/// Where an experiment runs: paths that routines may read (a `csv` dataset is
/// relative to the lesson file and must stay inside the lesson's folder tree).
public struct RunContext: Sendable {
    /// The folder of the lesson file (absolute).
    public var lessonDirectory: String
    public init(lessonDirectory: String) {
        self.lessonDirectory = lessonDirectory
    }
}

/// What validation knows besides the parameters.
public struct ValidationContext {
    public var lessonDirectory: String
    /// The location of a parameter's key in the file, or the block's fence
    /// when the key is absent (defaulted).
    /// Also answers `layers[1]` (a list element) and `dataset.csv` (a nested key).
    public var locate: (String) -> SourceLocation
    /// The bounds on requested work (issue 8); `allow_heavy: true` lifts them.
    public var limits: ResourceLimits

    public init(lessonDirectory: String, limits: ResourceLimits = .standard,
                locate: @escaping (String) -> SourceLocation) {
        self.lessonDirectory = lessonDirectory
        self.limits = limits
        self.locate = locate
    }
}

/// Receives progress from a running routine: `(step, total, cost)`, e.g. epoch
/// 3000 of 15000 with its cost. The runner turns it into a live line.
public struct ProgressSink: Sendable {
    public let report: @Sendable (_ step: Int, _ total: Int, _ value: Double?) -> Void
    public init(_ report: @escaping @Sendable (_ step: Int, _ total: Int, _ value: Double?) -> Void) {
        self.report = report
    }
    public static let ignore = ProgressSink { _, _, _ in }
}
