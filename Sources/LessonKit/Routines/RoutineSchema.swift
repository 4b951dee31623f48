/// The typed parameter list of a routine. Validation, default filling and the
/// `lessons routines` catalog are all generated from it, so they cannot drift.
public struct RoutineSchema: Sendable {
    public var name: String
    /// One line for the catalog.
    public var summary: String
    public var parameters: [ParameterSpec]
    /// The metrics the routine can report (`compare` blocks are checked against them).
    public var metrics: [String]
    /// The series the routine can report (`chart: cost`).
    public var series: [String]

    public init(name: String, summary: String, parameters: [ParameterSpec],
                metrics: [String] = [], series: [String] = []) {
        self.name = name
        self.summary = summary
        self.parameters = parameters
        self.metrics = metrics
        self.series = series
    }

    public func parameter(_ name: String) -> ParameterSpec? {
        parameters.first { $0.name == name }
    }
}

/// One parameter: its name, type (with range), default and documentation.
public struct ParameterSpec: Sendable {
    public var name: String
    public var type: ParameterType
    /// `nil` means required.
    public var defaultValue: JSONValue?
    public var doc: String

    public init(_ name: String, _ type: ParameterType, default defaultValue: JSONValue?, _ doc: String) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.doc = doc
    }

    public var isRequired: Bool { defaultValue == nil }
}

/// The value types parameters can have, each with its own bounds.
public indirect enum ParameterType: Sendable {
    /// An integer in `range`.
    case integer(ClosedRange<Int>)
    /// A finite number; `minimum`/`maximum` bounds and whether each is exclusive.
    case number(minimum: Double?, maximum: Double?, exclusiveMinimum: Bool = false, exclusiveMaximum: Bool = false)
    /// One of fixed words (`gd`, `momentum`, `adam`).
    case choice([String])
    case boolean
    case string
    /// A list of elements of one type, with a count range.
    case list(ParameterType, count: ClosedRange<Int>)
    /// Either one of the words or an integer in range (`mini_batch_size: full | 64`).
    case choiceOrInteger([String], ClosedRange<Int>)
    /// A dataset: a built-in name, or `{csv: path/prefix}`.
    case dataset([String])
}
