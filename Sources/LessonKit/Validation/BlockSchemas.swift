/// The keys of `compare` and `listing` blocks, as schemas, so that they are
/// checked by the same code as routine parameters and listed by the same
/// catalog.
public enum BlockSchemas {
    public static let compare = RoutineSchema(
        name: "compare",
        summary: "A table (and optionally an overlaid chart) over experiments of the same lesson.",
        parameters: [
            ParameterSpec("experiments", .list(.string, count: 1...Int.max), default: nil,
                          "names of experiment blocks of this lesson, in column and legend order"),
            ParameterSpec("metrics", .list(.string, count: 0...Int.max), default: .null,
                          "metrics to tabulate (default: every metric the first experiment's routine reports)"),
            ParameterSpec("chart", .string, default: .null,
                          "a series to overlay in one chart, e.g. cost; none for a table only (default: cost when every experiment trains)"),
            ParameterSpec("log_scale", .boolean, default: .bool(false), "draw the chart's value axis logarithmically"),
            ParameterSpec("title", .string, default: .null, "a caption for the table and chart"),
            ParameterSpec("sweep", .string, default: .null,
                          "{parameter: lambda, metrics: [test_accuracy]}: plot metrics against one parameter of the experiments"),
        ])

    public static let listing = RoutineSchema(
        name: "listing",
        summary: "Shows real Swift source from the package's Sources/: a declaration or a marked region.",
        parameters: [
            ParameterSpec("symbol", .string, default: .null,
                          "a declaration name (func, struct, enum, class, protocol, extension), or Type.member; with its doc comment and body"),
            ParameterSpec("region", .string, default: .null,
                          "the lines between '// region: NAME' and '// endregion'"),
            ParameterSpec("file", .string, default: .null,
                          "narrow the search to one file, relative to Sources/ (e.g. NeuralNet/Network/Initialization.swift)"),
        ])
}
