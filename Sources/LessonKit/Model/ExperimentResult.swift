/// What one experiment produced: the `experiments[i]` entry of
/// `output/<lesson-id>.json` (PRODUCT.md §3.4) plus the figures the report draws.
public struct ExperimentResult: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable { case ok, failed }

    public var name: String
    public var line: Int
    public var routine: String
    /// All parameters, defaults filled, in schema order (a `JSONValue.object`).
    public var parameters: JSONValue
    public var status: Status
    /// The located error text for a failed experiment.
    public var error: String?
    public var cached: Bool
    public var seconds: Double
    /// Headline numbers in the order the routine reports them
    /// (`final_cost`, `train_accuracy`, `test_accuracy`, …).
    public var metrics: [Metric]
    /// Named `(x, y)` series, e.g. `cost` as `(epoch, cost)`; y may be inf/nan.
    public var series: [Series]
    /// Figures and tables beyond metrics and series.
    public var artifacts: [Artifact]
    /// Short sentences the routine wants the reader to see ("diverged at epoch 212").
    public var notes: [String]

    public init(name: String, line: Int, routine: String, parameters: JSONValue,
                status: Status = .ok, error: String? = nil, cached: Bool = false,
                seconds: Double = 0, metrics: [Metric] = [], series: [Series] = [],
                artifacts: [Artifact] = [], notes: [String] = []) {
        self.name = name
        self.line = line
        self.routine = routine
        self.parameters = parameters
        self.status = status
        self.error = error
        self.cached = cached
        self.seconds = seconds
        self.metrics = metrics
        self.series = series
        self.artifacts = artifacts
        self.notes = notes
    }

    public func metric(_ name: String) -> Double? {
        metrics.first { $0.name == name }?.value
    }
}

public struct Metric: Sendable, Hashable {
    public var name: String
    public var value: Double
    public init(_ name: String, _ value: Double) {
        self.name = name
        self.value = value
    }
}

public struct Series: Sendable, Hashable {
    public var name: String
    public var points: [Point]
    public init(_ name: String, _ points: [Point]) {
        self.name = name
        self.points = points
    }

    public struct Point: Sendable, Hashable {
        public var x: Double
        public var y: Double
        public init(_ x: Double, _ y: Double) {
            self.x = x
            self.y = y
        }
    }
}

/// A figure or table an experiment produced. The report decides how to draw
/// each kind; routines only describe the data.
public enum Artifact: Sendable, Hashable {
    /// Labelled 2-D points (a dataset).
    case scatter(Scatter)
    /// A trained classifier's predicted class over a grid, with the data on top.
    case decisionBoundary(DecisionBoundary)
    /// Named matrices (initialized parameters, gradients).
    case matrices(title: String, [NamedMatrix])
    /// A plain table.
    case table(Table)
    /// Named values as bars (gradient-check differences per parameter).
    case bars(Bars)
    /// Small grey-scale images with captions (misclassified digits).
    case images(ImageGrid)
}

public struct Scatter: Sendable, Hashable {
    public var title: String
    /// `points[i]` is `(x, y)` with class `labels[i]`.
    public var points: [[Double]]
    public var labels: [Int]
    public init(title: String, points: [[Double]], labels: [Int]) {
        self.title = title
        self.points = points
        self.labels = labels
    }
}

public struct DecisionBoundary: Sendable, Hashable {
    public var title: String
    /// The grid spans `xRange` × `yRange` with `resolution` cells per side.
    public var xRange: ClosedRange<Double>
    public var yRange: ClosedRange<Double>
    public var resolution: Int
    /// Predicted class per cell, row-major from the bottom row (`y = yRange.lowerBound`).
    public var cells: [Int]
    /// The data drawn over the grid.
    public var points: Scatter
    public init(title: String, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
                resolution: Int, cells: [Int], points: Scatter) {
        self.title = title
        self.xRange = xRange
        self.yRange = yRange
        self.resolution = resolution
        self.cells = cells
        self.points = points
    }
}

public struct NamedMatrix: Sendable, Hashable {
    public var name: String
    public var rows: [[Double]]
    public init(name: String, rows: [[Double]]) {
        self.name = name
        self.rows = rows
    }
}

public struct Table: Sendable, Hashable {
    public var title: String
    public var header: [String]
    public var rows: [[String]]
    public init(title: String, header: [String], rows: [[String]]) {
        self.title = title
        self.header = header
        self.rows = rows
    }
}

public struct Bars: Sendable, Hashable {
    public var title: String
    public var labels: [String]
    public var values: [Double]
    /// Draw the value axis logarithmically (differences span decades).
    public var logScale: Bool
    /// A reference line, e.g. the gradient-check threshold.
    public var threshold: Double?
    public init(title: String, labels: [String], values: [Double], logScale: Bool = false, threshold: Double? = nil) {
        self.title = title
        self.labels = labels
        self.values = values
        self.logScale = logScale
        self.threshold = threshold
    }
}

public struct ImageGrid: Sendable, Hashable {
    public var title: String
    public var width: Int
    public var height: Int
    /// One image per entry, `width·height` intensities in [0, 1], row-major.
    public var images: [[Double]]
    public var captions: [String]
    public init(title: String, width: Int, height: Int, images: [[Double]], captions: [String]) {
        self.title = title
        self.width = width
        self.height = height
        self.images = images
        self.captions = captions
    }
}
