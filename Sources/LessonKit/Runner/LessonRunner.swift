import Foundation

/// Runs validated experiments: reuses cached results, runs the rest on up to
/// `jobs` threads, and assembles `LessonRun`s with results in source order.
///
/// Experiments are pure functions of their parameters, so running them in
/// any order or at once gives the same results: the JSON of a parallel run is
/// byte-identical to a serial one except for `seconds` (and `generated_at`).
/// A routine that throws, or a routine name the lookup does not know, marks
/// that experiment `failed` with a located error; the others still run.
/// (A routine that traps — an out-of-bounds index — still ends the process:
/// Swift cannot catch that; routines must throw instead.)
///
/// The runner depends on routines only through a lookup closure, e.g.
/// `LessonRunner(routines: { registry.routine(named: $0) }, …)`.
public struct LessonRunner: Sendable {
    public typealias RoutineLookup = @Sendable (_ name: String) -> (any Routine)?

    public struct Options: Sendable, Hashable {
        /// Experiments running at once (`--jobs`); the processor count by default.
        public var jobs: Int
        /// Rerun even when a cached result exists (`--force`).
        public var force: Bool
        /// Run only this experiment (`--experiment NAME`); the lesson's other
        /// experiments are taken from the cache when present, else left out.
        public var experiment: String?
        /// Run nothing: every experiment comes from the cache or is left out.
        /// (The other lessons of the index that `lessons run` rewrites.)
        public var reuseOnly: Bool

        public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, force: Bool = false,
                    experiment: String? = nil, reuseOnly: Bool = false) {
            self.jobs = max(1, jobs)
            self.force = force
            self.experiment = experiment
            self.reuseOnly = reuseOnly
        }
    }

    public let routines: RoutineLookup
    /// The stamp of the results, asked for once the experiments are done
    /// (so a slow probe, such as asking git for the commit, overlaps them).
    public let environment: @Sendable () -> RunEnvironment
    /// nil: no cache at all (every experiment runs, nothing is stored).
    public let cache: ResultCache?
    public let options: Options
    public let display: ProgressDisplay
    /// Stamps `generated_at`; injectable so tests get stable files.
    public let now: @Sendable () -> Date

    public init(routines: @escaping RoutineLookup, environment: RunEnvironment, cache: ResultCache?,
                options: Options = Options(), display: ProgressDisplay = .quiet,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.init(routines: routines, environment: { environment }, cache: cache, options: options,
                  display: display, now: now)
    }

    public init(routines: @escaping RoutineLookup, environment: @escaping @Sendable () -> RunEnvironment,
                cache: ResultCache?, options: Options = Options(), display: ProgressDisplay = .quiet,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.routines = routines
        self.environment = environment
        self.cache = cache
        self.options = options
        self.display = display
        self.now = now
    }

    public func run(_ lesson: ValidatedLesson) -> LessonOutcome {
        run([lesson])[0]
    }

    /// Runs several lessons through one pool (a render keeps every core busy
    /// even when one lesson has fewer experiments than `jobs`).
    public func run(_ lessons: [ValidatedLesson]) -> [LessonOutcome] {
        let items = lessons.indices.flatMap { l in lessons[l].experiments.indices.map { (lesson: l, experiment: $0) } }
        let directories = lessons.map { Self.lessonDirectory(of: $0.lesson) }
        let indexes = lessons.map { cache?.index(for: $0.lesson.id) ?? CacheIndex(lessonID: $0.lesson.id) }
        // Started longest first (see `RunOrder`); `done` is in source order.
        let order = RunOrder.plan(costs: items.map { item in
            let experiment = lessons[item.lesson].experiments[item.experiment]
            return isSelected(experiment) ? experiment.estimatedCost : 0
        }, threads: options.jobs)
        let started = WorkerPool.map(count: items.count, width: options.jobs) { [self] k in
            let (l, e) = items[order[k]]
            let experiment = lessons[l].experiments[e]
            return perform(experiment, lessonID: lessons[l].lesson.id, directory: directories[l],
                           previous: indexes[l].entry(named: experiment.name))
        }
        var done = started
        for (k, item) in order.enumerated() { done[item] = started[k] }

        var outcomes: [LessonOutcome] = []
        var cursor = 0
        for (l, lesson) in lessons.enumerated() {
            let lessonItems = Array(done[cursor..<cursor + lesson.experiments.count])
            cursor += lesson.experiments.count
            outcomes.append(assemble(lesson, items: lessonItems, previous: indexes[l]))
        }
        return outcomes
    }

    // MARK: One experiment

    /// What happened to one experiment.
    struct Item: Sendable {
        var result: ExperimentResult?
        var explanation: CacheExplanation
        var key: CacheKey?
        var warnings: [Diagnostic] = []
    }

    /// Whether this run may execute `experiment` (rather than only reuse its cached result).
    private func isSelected(_ experiment: Experiment) -> Bool {
        !options.reuseOnly && (options.experiment == nil || options.experiment == experiment.name)
    }

    private func perform(_ experiment: Experiment, lessonID: String, directory: String,
                         previous: CacheIndex.Entry?) -> Item {
        let id = "\(lessonID)/\(experiment.name)"
        let selected = isSelected(experiment)
        let force = options.force && selected
        var warnings: [Diagnostic] = []

        var key: CacheKey?
        var explanation: CacheExplanation
        if let cache {
            let experimentKey = cache.key(for: experiment, lessonDirectory: directory)
            key = experimentKey
            let lookup: ResultCache.Lookup = force ? .miss : cache.lookup(experimentKey, for: experiment)
            explanation = cache.explain(experiment, key: experimentKey, lookup: lookup, previous: previous, force: force)
            switch lookup {
            case .hit(let result):
                display.finished(id, .cached, seconds: result.seconds)
                return Item(result: result, explanation: explanation, key: experimentKey)
            case .corrupt(let why):
                warnings.append(.warning(at: experiment.location, cache.corruptionWarning(for: experimentKey, reason: why)))
            case .miss:
                break
            }
        } else {
            explanation = CacheExplanation(experiment: experiment.name, key: "", decision: .ran(.cacheDisabled))
        }
        guard selected else {
            explanation.decision = .notSelected
            return Item(result: nil, explanation: explanation, key: key, warnings: warnings)
        }

        display.started(id)
        let result = execute(experiment, directory: directory, progress: display.sink(for: id))
        display.finished(id, result.status == .ok ? .ok : .failed(result.error ?? "failed"), seconds: result.seconds)

        if let cache, let key, result.status == .ok {
            do {
                try cache.store(result, key: key)
            } catch {
                warnings.append(.warning(at: experiment.location,
                                         "cannot cache the result of '\(experiment.name)': \(error)"))
            }
        }
        return Item(result: result, explanation: explanation, key: key, warnings: warnings)
    }

    /// Runs the routine, timing it; errors become a failed result.
    func execute(_ experiment: Experiment, directory: String, progress: ProgressSink) -> ExperimentResult {
        var result = ExperimentResult(name: experiment.name, line: experiment.location.line,
                                      routine: experiment.routine, parameters: experiment.parameters)
        let start = ContinuousClock.now
        if let routine = routines(experiment.routine) {
            do {
                let output = try routine.run(experiment, context: RunContext(lessonDirectory: directory), progress: progress)
                result.metrics = output.metrics
                result.series = output.series
                result.artifacts = output.artifacts
                result.notes = output.notes
            } catch {
                result.status = .failed
                result.error = "\(experiment.location): \(Self.message(of: error))"
            }
        } else {
            result.status = .failed
            result.error = "\(experiment.location): unknown routine '\(experiment.routine)'"
        }
        let elapsed = start.duration(to: .now).components
        result.seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        return result
    }

    /// A diagnostic's own message (its location is the experiment's); any other error's description.
    static func message(of error: any Error) -> String {
        if let diagnostic = error as? Diagnostic { return diagnostic.message }
        return String(describing: error)
    }

    // MARK: One lesson

    private func assemble(_ lesson: ValidatedLesson, items: [Item], previous: CacheIndex) -> LessonOutcome {
        var warnings = items.flatMap(\.warnings)
        let results = items.compactMap(\.result)
        // A diverged run is a result (status ok, plotted up to the divergence,
        // PRODUCT §6), not a failure; it is still said on the command line.
        for (experiment, item) in zip(lesson.experiments, items) {
            guard let note = item.result?.divergenceNote else { continue }
            warnings.append(.warning(at: experiment.location, "experiment '\(experiment.name)' \(note)"))
        }
        let failures = zip(lesson.experiments, items).compactMap { experiment, item -> Diagnostic? in
            guard let result = item.result, result.status == .failed else { return nil }
            let prefix = "\(experiment.location): "
            let error = result.error ?? "failed"
            return .error(at: experiment.location, error.hasPrefix(prefix) ? String(error.dropFirst(prefix.count)) : error)
        }
        if let cache {
            let entries = zip(lesson.experiments, items).compactMap { experiment, item -> CacheIndex.Entry? in
                guard let key = item.key, let result = item.result else { return previous.entry(named: experiment.name) }
                return CacheIndex.Entry(name: experiment.name, key: key, failed: result.status == .failed)
            }
            do {
                try cache.writeIndex(CacheIndex(lessonID: lesson.lesson.id, entries: entries))
            } catch {
                warnings.append(.warning(at: SourceLocation(file: lesson.lesson.path, line: 1),
                                         "cannot write the cache index: \(error)"))
            }
        }
        let run = LessonRun(validated: lesson, results: results, diagnostics: lesson.diagnostics,
                            environment: environment(), generatedAt: now())
        return LessonOutcome(run: run, explanations: items.map(\.explanation), warnings: warnings, failures: failures)
    }

    /// The absolute folder of the lesson file: where `csv` paths are resolved.
    static func lessonDirectory(of lesson: Lesson) -> String {
        (OutputPath.absolute(lesson.path) as NSString).deletingLastPathComponent
    }
}
