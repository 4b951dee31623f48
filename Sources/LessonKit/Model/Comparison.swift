/// A validated `compare <name>` block: a table of metrics across experiments
/// of the same lesson and, optionally, their series overlaid in one chart.
///
/// ````
/// ```compare initializations
/// experiments: [zeros, random, he]
/// metrics: [train_accuracy, test_accuracy]
/// chart: cost
/// log_scale: false
/// title: Three initializations
/// ```
/// ````
public struct Comparison: Sendable, Hashable {
    public var name: String
    public var location: SourceLocation
    public var title: String?
    /// Experiment names, in column/legend order; all exist in the lesson.
    public var experiments: [String]
    public var metrics: [String]
    /// The series to overlay (`cost`), or nil for a table only.
    public var chart: String?
    public var logScale: Bool
    /// Optional: plot a metric against one parameter of the experiments
    /// (a λ sweep: `x: lambda`, `y: test_accuracy`).
    public var sweep: Sweep?

    public struct Sweep: Sendable, Hashable {
        public var parameter: String
        public var metrics: [String]
        public init(parameter: String, metrics: [String]) {
            self.parameter = parameter
            self.metrics = metrics
        }
    }

    public init(name: String, location: SourceLocation, title: String? = nil, experiments: [String],
                metrics: [String], chart: String? = nil, logScale: Bool = false, sweep: Sweep? = nil) {
        self.name = name
        self.location = location
        self.title = title
        self.experiments = experiments
        self.metrics = metrics
        self.chart = chart
        self.logScale = logScale
        self.sweep = sweep
    }
}
