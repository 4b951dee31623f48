/// The `lessons routines` text, generated from the same schemas the
/// validator checks against, so the documentation cannot drift from the code.
///
/// ```
/// train
///   Trains an L-layer classifier (...).
///
///   dataset: circles | moons | football | digits | {csv: path/prefix}  [default: circles]
///       the data: circles (course 1.1), ...
/// ```
public struct RoutineCatalog: Sendable {
    public var registry: RoutineRegistry

    public init(registry: RoutineRegistry = .standard) {
        self.registry = registry
    }

    /// The whole catalog: every routine, then the keys of `compare` and
    /// `listing` blocks.
    public func render() -> String {
        var out = "Routines: write `routine: NAME` in an ```experiment <name> block; every other key is a parameter.\n"
        for routine in registry.routines {
            out += "\n" + Self.render(routine.schema)
        }
        out += "\nOther blocks\n"
        for schema in [BlockSchemas.compare, BlockSchemas.listing] {
            out += "\n" + Self.render(schema, heading: "```\(schema.name) <name>")
        }
        return out
    }

    /// One schema: its name, summary, then each parameter with type, default and doc.
    public static func render(_ schema: RoutineSchema, heading: String? = nil) -> String {
        var out = (heading ?? schema.name) + "\n  " + schema.summary + "\n"
        if !schema.metrics.isEmpty {
            out += "  Reports: " + schema.metrics.joined(separator: ", ")
            if !schema.series.isEmpty { out += "; series: " + schema.series.joined(separator: ", ") }
            out += "\n"
        }
        out += "\n"
        for parameter in schema.parameters {
            let type = parameter.name == "sweep" ? "{parameter: NAME, metrics: [NAME, ...]}" : ValueFormat.typeName(parameter.type)
            let value: String
            switch parameter.defaultValue {
            case nil: value = "required"
            case .null?: value = "optional"
            case let other?: value = "default: " + ValueFormat.yaml(other)
            }
            out += "  \(parameter.name): \(type)  [\(value)]\n      \(parameter.doc)\n"
        }
        return out
    }
}
