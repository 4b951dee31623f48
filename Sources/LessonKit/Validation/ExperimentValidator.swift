/// Validates one `experiment` block: YAML mapping → known routine → every key
/// typed and range-checked against the routine's schema → defaults filled in
/// schema order → the routine's cross-parameter checks.
///
/// All problems of a block are reported together (a misspelt key does not
/// hide a wrong type two lines down); cross-checks run only once every
/// parameter passed its own checks, so they can rely on types.
struct ExperimentValidator {
    let registry: RoutineRegistry
    let limits: ResourceLimits
    let lessonDirectory: String

    func validate(_ block: LessonBlock) -> (experiment: Experiment?, diagnostics: [Diagnostic]) {
        let body: BlockBody
        do { body = try BlockBody(block) } catch { return (nil, [error]) }

        guard let routineEntry = body.entry("routine") else {
            return (nil, [.error(at: block.location,
                "experiment '\(block.name)' has no 'routine:' key (one of \(registry.names.joined(separator: ", ")))")])
        }
        guard let routineName = routineEntry.value.scalar?.string, !routineName.isEmpty else {
            return (nil, [.error(at: body.location(of: routineEntry.value),
                "'routine' must name a routine (one of \(registry.names.joined(separator: ", "))), got \(BlockBody.describe(routineEntry.value))")])
        }
        guard let routine = registry.routine(named: routineName) else {
            return (nil, [.error(at: body.location(of: routineEntry.value),
                "unknown routine '\(routineName)'\(Suggestion.didYouMean(routineName, among: registry.names)); the routines are \(registry.names.joined(separator: ", "))")])
        }
        let schema = routine.schema

        var checker = ValueChecker(body: body, lessonDirectory: lessonDirectory)
        var given: [String: JSONValue] = [:]
        for entry in body.entries where entry.key != "routine" {
            guard let spec = schema.parameter(entry.key) else {
                let hint = Suggestion.didYouMean(entry.key, among: schema.parameters.map(\.name))
                let tail = hint.isEmpty ? " for routine '\(schema.name)' (see 'lessons routines')" : hint
                checker.fail(at: entry.keyLocation, "unknown parameter '\(entry.key)'\(tail)")
                continue
            }
            if let value = checker.check(entry.value, as: spec.type, name: entry.key) {
                given[entry.key] = value
            }
        }
        for spec in schema.parameters where spec.isRequired && body.entry(spec.name) == nil {
            checker.fail(at: block.location,
                         "missing required parameter '\(spec.name)' for routine '\(schema.name)': \(spec.doc)")
        }
        if checker.diagnostics.contains(where: { $0.severity == .error }) {
            return (nil, checker.diagnostics)
        }

        let parameters = JSONValue.object(schema.parameters.compactMap { spec in
            (given[spec.name] ?? spec.defaultValue).map { (spec.name, $0) }
        })
        let locations = checker.locations
        let context = ValidationContext(lessonDirectory: lessonDirectory, limits: limits) { key in
            locations[key] ?? block.location
        }
        let cross = routine.crossCheck(parameters, context: context)
        let diagnostics = checker.diagnostics + cross
        if cross.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
        let experiment = Experiment(name: block.name, routine: schema.name, location: block.location,
                                    parameters: parameters,
                                    estimatedCost: routine.estimatedCost(parameters, context: context))
        return (experiment, diagnostics)
    }
}
