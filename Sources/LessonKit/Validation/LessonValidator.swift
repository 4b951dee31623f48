/// The validation façade: a read ``Lesson`` in, a ``ValidatedLesson`` out,
/// with every problem as a located ``Diagnostic`` and nothing run.
///
/// Blocks are independent: one bad block does not stop the others, and the
/// report shows each error where its block was. Blocks that already have a
/// reading error (a bad or duplicate name, an unterminated fence) are not
/// validated again. `compare` blocks are checked after every experiment, so
/// they may come before the experiments they name.
public struct LessonValidator: Sendable {
    public var registry: RoutineRegistry
    public var limits: ResourceLimits
    /// The package whose `Sources/` listings quote; `nil` finds it by walking
    /// up from the lesson's folder to the first folder with a `Package.swift`.
    public var packageRoot: String?

    public init(registry: RoutineRegistry = .standard, limits: ResourceLimits = .standard,
                packageRoot: String? = nil) {
        self.registry = registry
        self.limits = limits
        self.packageRoot = packageRoot
    }

    /// Validates every block of `lesson`.
    public func validate(_ lesson: Lesson) -> ValidatedLesson {
        let lessonDirectory = PathSafety.lessonDirectory(of: lesson.path)
        let unreadable = Set(lesson.diagnostics.filter { $0.severity == .error }.map(\.location.line))
        let blocks = lesson.blocks.filter { !unreadable.contains($0.location.line) }
        var diagnostics = lesson.diagnostics

        let experimentValidator = ExperimentValidator(registry: registry, limits: limits, lessonDirectory: lessonDirectory)
        var experiments: [Experiment] = []
        var routines: [(name: String, routine: String?)] = []
        for block in blocks where block.kind == .experiment {
            let (experiment, problems) = experimentValidator.validate(block)
            diagnostics += problems
            if let experiment { experiments.append(experiment) }
            routines.append((block.name, experiment?.routine))
        }

        let comparisonValidator = ComparisonValidator(registry: registry, experimentRoutines: routines,
                                                      lessonDirectory: lessonDirectory)
        var comparisons: [Comparison] = []
        for block in blocks where block.kind == .compare {
            let (comparison, problems) = comparisonValidator.validate(block)
            diagnostics += problems
            if let comparison { comparisons.append(comparison) }
        }

        var listings: [Listing] = []
        let listingBlocks = blocks.filter { $0.kind == .listing }
        if !listingBlocks.isEmpty {
            let root = packageRoot ?? PackageRoot.find(from: lessonDirectory)
            let listingValidator = ListingValidator(index: root.map { SourceIndex.shared(packageRoot: $0) },
                                                    lessonDirectory: lessonDirectory)
            for block in listingBlocks {
                let (listing, problems) = listingValidator.validate(block)
                diagnostics += problems
                if let listing { listings.append(listing) }
            }
        }

        return ValidatedLesson(lesson: lesson, experiments: experiments, comparisons: comparisons,
                               listings: listings, diagnostics: Self.sorted(diagnostics))
    }

    /// Reads and validates one lesson file; a file that cannot be read at all
    /// gives its diagnostic instead.
    public func load(_ path: String) -> Result<ValidatedLesson, Diagnostic> {
        do {
            return .success(validate(try LessonReader().read(path)))
        } catch {
            return .failure(error)
        }
    }

    /// `lessons check`: every diagnostic of every path, in path order then
    /// source order. Empty means all the lessons are valid.
    public func check(paths: [String]) -> [Diagnostic] {
        paths.flatMap { path -> [Diagnostic] in
            switch load(path) {
            case .success(let validated): return validated.diagnostics
            case .failure(let diagnostic): return [diagnostic]
            }
        }
    }

    /// Source order: by line, then column; the order found breaks ties.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            (a.element.location.line, a.element.location.column, a.offset)
                < (b.element.location.line, b.element.location.column, b.offset)
        }.map(\.element)
    }
}
