import Yams

/// Validates `compare` blocks against the lesson's experiments: every named
/// experiment must be an experiment block of the lesson, and metrics, chart
/// series and sweep parameters must be ones those experiments' routines know.
struct ComparisonValidator {
    let registry: RoutineRegistry
    /// Every experiment block's name with the routine it names (nil when
    /// the block did not validate far enough to tell).
    let experimentRoutines: [(name: String, routine: String?)]
    let lessonDirectory: String

    func validate(_ block: LessonBlock) -> (comparison: Comparison?, diagnostics: [Diagnostic]) {
        let body: BlockBody
        do { body = try BlockBody(block) } catch { return (nil, [error]) }
        let schema = BlockSchemas.compare
        var checker = ValueChecker(body: body, lessonDirectory: lessonDirectory)
        var given: [String: JSONValue] = [:]
        var sweepNode: Node?
        for entry in body.entries {
            guard let spec = schema.parameter(entry.key) else {
                checker.fail(at: entry.keyLocation,
                             "unknown compare key '\(entry.key)'\(Suggestion.didYouMean(entry.key, among: schema.parameters.map(\.name)))")
                continue
            }
            if entry.key == "sweep" { sweepNode = entry.value; continue }
            if let value = checker.check(entry.value, as: spec.type, name: entry.key) { given[entry.key] = value }
        }
        if body.entry("experiments") == nil {
            checker.fail(at: block.location, "compare '\(block.name)' has no 'experiments:' list (names of experiment blocks of this lesson)")
        }
        guard !checker.diagnostics.contains(where: { $0.severity == .error }) else { return (nil, checker.diagnostics) }

        let names = given["experiments"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let known = experimentRoutines.map(\.name)
        var routines: [RoutineSchema] = []
        for (index, name) in names.enumerated() {
            guard let match = experimentRoutines.first(where: { $0.name == name }) else {
                checker.fail(at: checker.locations["experiments[\(index)]"] ?? block.location,
                             "compare '\(block.name)' names experiment '\(name)', which is not an experiment of this lesson\(Suggestion.didYouMean(name, among: known))")
                continue
            }
            if let routine = match.routine.flatMap(registry.routine(named:)) { routines.append(routine.schema) }
        }
        let reported = routines.flatMap(\.metrics)
        var metrics = given["metrics"]?.arrayValue?.compactMap(\.stringValue) ?? []
        if body.entry("metrics") == nil { metrics = routines.first?.metrics ?? [] }
        checkNames(metrics, key: "metrics", kind: "metric", known: reported, checker: &checker)

        var chart: String? = given["chart"]?.stringValue
        if body.entry("chart") == nil {
            chart = !routines.isEmpty && routines.allSatisfy({ $0.series.contains("cost") }) ? "cost" : nil
        } else if chart == "none" {
            chart = nil
        } else if let series = chart {
            let knownSeries = routines.flatMap(\.series)
            if !knownSeries.isEmpty, !knownSeries.contains(series) {
                checker.fail(at: checker.valueLocations["chart"] ?? block.location,
                             "unknown series '\(series)' for 'chart'\(Suggestion.didYouMean(series, among: knownSeries)) (series: \(Set(knownSeries).sorted().joined(separator: ", ")), or none)")
            }
        }
        var sweep: Comparison.Sweep?
        if let sweepNode { sweep = parseSweep(sweepNode, routines: routines, checker: &checker) }
        guard !checker.diagnostics.contains(where: { $0.severity == .error }) else { return (nil, checker.diagnostics) }
        let title = given["title"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        let comparison = Comparison(name: block.name, location: block.location, title: title, experiments: names,
                                    metrics: metrics, chart: chart, logScale: given["log_scale"]?.boolValue ?? false,
                                    sweep: sweep)
        return (comparison, checker.diagnostics)
    }

    /// `sweep: {parameter: lambda, metrics: [test_accuracy]}`.
    private func parseSweep(_ node: Node, routines: [RoutineSchema], checker: inout ValueChecker) -> Comparison.Sweep? {
        guard let mapping = node.mapping else {
            checker.fail(node, "'sweep' must be a mapping such as {parameter: lambda, metrics: [test_accuracy]}, got \(BlockBody.describe(node))")
            return nil
        }
        var parameter: String?, metrics: [String]?
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            checker.locations["sweep.\(name)"] = checker.body.location(of: value)
            switch name {
            case "parameter": parameter = checker.check(value, as: .string, name: "sweep.parameter")?.stringValue
            case "metrics":
                metrics = checker.check(value, as: .list(.string, count: 1...Int.max), name: "sweep.metrics")?
                    .arrayValue?.compactMap(\.stringValue)
            default:
                checker.fail(key, "unknown sweep key '\(name)'\(Suggestion.didYouMean(name, among: ["parameter", "metrics"]))")
                return nil
            }
        }
        guard let parameter, let metrics else {
            checker.fail(node, "'sweep' needs both 'parameter:' and 'metrics:'")
            return nil
        }
        let parameters = routines.flatMap { $0.parameters.map(\.name) }
        if !routines.isEmpty, !parameters.contains(parameter) {
            checker.fail(at: checker.locations["sweep.parameter"] ?? checker.body.location(of: node),
                         "unknown parameter '\(parameter)' for 'sweep'\(Suggestion.didYouMean(parameter, among: parameters))")
        }
        checkNames(metrics, key: "sweep.metrics", kind: "metric", known: routines.flatMap(\.metrics), checker: &checker)
        return Comparison.Sweep(parameter: parameter, metrics: metrics)
    }

    private func checkNames(_ names: [String], key: String, kind: String, known: [String], checker: inout ValueChecker) {
        guard !known.isEmpty else { return }
        for (index, name) in names.enumerated() where !known.contains(name) {
            var unique: [String] = []
            for metric in known where !unique.contains(metric) { unique.append(metric) }
            checker.fail(at: checker.locations["\(key)[\(index)]"] ?? checker.body.block.location,
                         "unknown \(kind) '\(name)'\(Suggestion.didYouMean(name, among: unique)) (these experiments report \(unique.joined(separator: ", ")))")
        }
    }
}
