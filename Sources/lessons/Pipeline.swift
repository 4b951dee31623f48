import Foundation
import LessonKit
import NeuralNet
import Report

/// The command line's one-way pipeline: lesson files → cmark → validated
/// experiments → runner (cache, parallel) → results → pages in the output folder.
///
/// Diagnostics go to standard error as `file:line:column: severity: message`;
/// every page is written even when its lesson has errors, showing them in place.
struct Pipeline {
    let lessonsDirectory: String
    let options: OutputOptions
    let registry = RoutineRegistry.standard
    let console = Console()

    // MARK: Commands

    /// `lessons render`: every lesson, then the index. True when all is well.
    func renderAll() throws -> Bool {
        let paths: [String]
        do {
            paths = try LessonDirectory.lessonPaths(in: lessonsDirectory)
        } catch {
            console.print(error)
            return false
        }
        // Reading, validating and writing a lesson touch nothing the other
        // lessons do, so each phase takes the lessons on every core (a
        // cached render is mostly these two phases); diagnostics are printed
        // afterwards in lesson order, as a serial render prints them.
        let loaded = WorkerPool.map(count: paths.count, width: jobs) { [self] in load(paths[$0], quiet: true) }
        loaded.forEach { $0.lesson.diagnostics.forEach(console.print) }
        let outcomes = runner(experiment: nil).run(loaded.map(\.lesson))
        var runs: [LessonRun] = []
        var ok = loaded.allSatisfy(\.readable)
        for outcome in outcomes {
            report(outcome)
            runs.append(outcome.run)
            ok = ok && !outcome.run.hasErrors
        }
        let navigation = runs.map { (id: $0.lesson.id, title: $0.lesson.title) }
        let written = WorkerPool.map(count: runs.count, width: jobs) { [self, runs] index in
            write(runs[index], previous: index > 0 ? navigation[index - 1] : nil,
                  next: index + 1 < runs.count ? navigation[index + 1] : nil)
        }
        for diagnostics in written {
            diagnostics.forEach(console.print)
            ok = ok && !diagnostics.contains { $0.severity == .error }
        }
        ok = writeFile(SiteRenderer().indexPage(runs), named: "index.html") && ok
        // Every lesson's index is now current: drop cache entries that no
        // index refers to (superseded parameters) and stale temporary files,
        // both only when older than an hour. A few directory reads and stats.
        ResultCache(outputDirectory: options.output).prune()
        if !options.quiet {
            console.note("wrote \(runs.count) lesson page\(runs.count == 1 ? "" : "s") and \(outputPath("index.html"))")
        }
        return ok
    }

    /// `lessons run <id-or-path> [--experiment NAME]`: one lesson's page and JSON.
    func renderOne(_ idOrPath: String, experiment: String?) throws -> Bool {
        guard let path = resolve(idOrPath) else { return false }
        let loaded = load(path)
        if let experiment, loaded.readable,
           !loaded.lesson.lesson.blocks.contains(where: { $0.kind == .experiment && $0.name == experiment }) {
            let names = loaded.lesson.lesson.blocks.filter { $0.kind == .experiment }.map(\.name)
            console.print(Diagnostic.error(
                at: SourceLocation(file: path, line: 1),
                "no experiment '\(experiment)' in this lesson\(Suggestion.didYouMean(experiment, among: names))"))
            return false
        }
        let outcome = runner(experiment: experiment).run(loaded.lesson)
        report(outcome)
        let (previous, next) = neighbours(of: outcome.run.lesson.id)
        let diagnostics = write(outcome.run, previous: previous, next: next, width: jobs)
        diagnostics.forEach(console.print)
        let written = !diagnostics.contains { $0.severity == .error }
        if written && !options.quiet { console.note("wrote \(outputPath(outcome.run.lesson.id + ".html"))") }
        let indexed = refreshIndex(with: outcome.run, path: path)
        return loaded.readable && written && indexed && !outcome.run.hasErrors
    }

    /// After `lessons run`, the index must not keep showing the lesson's old
    /// results: it is rebuilt from this run and the other lessons' cached
    /// results (nothing else runs; what the cache lacks is left out, as on
    /// their pages). Only when a render already wrote an index and the lesson
    /// is one of the lessons folder's: a file elsewhere has no place in it.
    private func refreshIndex(with run: LessonRun, path: String) -> Bool {
        func canonical(_ p: String) -> String { URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath().path }
        guard FileManager.default.fileExists(atPath: outputPath("index.html")),
              let paths = try? LessonDirectory.lessonPaths(in: lessonsDirectory),
              paths.map(canonical).contains(canonical(path)) else { return true }
        let others = paths.filter { canonical($0) != canonical(path) }
        let lessons = WorkerPool.map(count: others.count, width: jobs) { [self] in load(others[$0], quiet: true).lesson }
        let reused = runner(experiment: nil, reuseOnly: true).run(lessons).map(\.run)
        let written = writeFile(SiteRenderer().indexPage(reused + [run]), named: "index.html")
        if written && !options.quiet { console.note("updated \(outputPath("index.html"))") }
        return written
    }

    /// `lessons check`: read and validate, run nothing.
    func check(_ idsOrPaths: [String]) -> Bool {
        var paths: [String] = []
        if idsOrPaths.isEmpty {
            do { paths = try LessonDirectory.lessonPaths(in: lessonsDirectory) } catch {
                console.print(error)
                return false
            }
        } else {
            for argument in idsOrPaths {
                guard let path = resolve(argument) else { return false }
                paths.append(path)
            }
        }
        let diagnostics = LessonValidator(registry: registry).check(paths: paths)
        diagnostics.forEach(console.print)
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors == 0 { console.note("\(paths.count) lesson\(paths.count == 1 ? "" : "s") valid") }
        return errors == 0
    }

    /// `lessons list`: lessons, their experiments and whether each is cached.
    func list() -> Bool {
        guard let paths = try? LessonDirectory.lessonPaths(in: lessonsDirectory) else {
            console.print(Diagnostic.error(at: SourceLocation(file: lessonsDirectory, line: 1),
                                           "cannot read the lessons folder"))
            return false
        }
        let cache = ResultCache(outputDirectory: options.output)
        var ok = true
        for path in paths {
            let loaded = load(path)
            let lesson = loaded.lesson
            ok = ok && loaded.readable && lesson.isValid
            print("\(lesson.lesson.id)  \(lesson.lesson.title)")
            let explanations = cache.explain(lesson, lessonDirectory: PathSafety.lessonDirectory(of: path))
            for (experiment, explanation) in zip(lesson.experiments, explanations) {
                let state = explanation.decision == .reused ? "cached" : "not cached"
                let padded = experiment.name.padding(toLength: max(18, experiment.name.count), withPad: " ", startingAt: 0)
                print("  \(padded) \(experiment.routine.padding(toLength: 15, withPad: " ", startingAt: 0)) \(state)")
            }
            let invalid = lesson.diagnostics.filter { $0.severity == .error }.count
            if invalid > 0 { print("  (\(invalid) error\(invalid == 1 ? "" : "s"): run `lessons check \(lesson.lesson.id)`)") }
        }
        return ok
    }

    static func routineCatalog() -> String {
        RoutineCatalog(registry: .standard).render()
    }

    // MARK: Steps

    /// A lesson read and validated; a file that cannot be read at all becomes
    /// an empty lesson carrying the error, so it still gets a page.
    /// `quiet`: say nothing of its diagnostics (the page shows them).
    private func load(_ path: String, quiet: Bool = false) -> (lesson: ValidatedLesson, readable: Bool) {
        switch LessonValidator(registry: registry).load(path) {
        case .success(let validated):
            if !quiet { validated.diagnostics.forEach(console.print) }
            return (validated, true)
        case .failure(let diagnostic):
            if !quiet { console.print(diagnostic) }
            let id = LessonReader.lessonID(forPath: path)
            let lesson = Lesson(id: id, path: path, source: "", title: id, blocks: [], diagnostics: [diagnostic])
            return (ValidatedLesson(lesson: lesson, experiments: [], comparisons: [], listings: [],
                                    diagnostics: [diagnostic]), false)
        }
    }

    /// Threads for experiments and for the lessons' reading and writing (`--jobs`, or one per core).
    private var jobs: Int { max(1, options.jobs ?? ProcessInfo.processInfo.activeProcessorCount) }

    /// The results' stamp, probed once per process, in the background
    /// from the first runner on.
    private static let environment = ToolInfo.environmentInBackground(in: FileManager.default.currentDirectoryPath)

    private func runner(experiment: String?, reuseOnly: Bool = false) -> LessonRunner {
        InterruptGuard.shared.install()
        // The experiments are what use the cores; a matrix product here is at
        // most a few million multiply-adds and gets one thread, unless the
        // environment says otherwise (see NeuralNetLibrary.limitBLASThreads).
        if ProcessInfo.processInfo.environment["OPENBLAS_NUM_THREADS"] == nil {
            NeuralNetLibrary.limitBLASThreads(to: 1)
        }
        let cache = ResultCache(outputDirectory: options.output)
        return LessonRunner(
            routines: { [registry] in registry.routine(named: $0) },
            environment: Self.environment,
            cache: cache,
            options: .init(jobs: jobs, force: options.force && !reuseOnly, experiment: experiment, reuseOnly: reuseOnly),
            display: reuseOnly ? .quiet : .automatic(quiet: options.quiet))
    }

    /// Prints what the run found: why each experiment ran (with `--explain`),
    /// cache warnings and failed experiments.
    private func report(_ outcome: LessonOutcome) {
        if options.explain {
            for explanation in outcome.explanations { console.note("\(outcome.run.lesson.id)/\(explanation)") }
        }
        outcome.warnings.forEach(console.print)
        outcome.failures.forEach(console.print)
    }

    /// Writes `<id>.json`, `<id>.html` and the page's CSV exports on up to
    /// `width` threads (the results file beside the page, then the page's
    /// files side by side: a lesson of nine runs has about 4 MB of boundary
    /// grids); returns what went wrong (errors) and the page's warnings, for
    /// the caller to print.
    private func write(_ run: LessonRun, previous: (id: String, title: String)?,
                       next: (id: String, title: String)?, width: Int = 1) -> [Diagnostic] {
        let parts = WorkerPool.map(count: 2, width: width) { part -> [Diagnostic] in
            if part == 0 {
                do {
                    _ = try ResultsFile.write(run, to: options.output)
                    return []
                } catch {
                    return [.error(at: SourceLocation(file: run.lesson.path, line: 1), "\(error)")]
                }
            }
            let page = SiteRenderer().lessonPage(run, previous: previous, next: next)
            // The page first (the largest file), then the CSV exports, each
            // encoded on the thread that writes it.
            let html = page.html, exports = page.exports
            let errors = WorkerPool.map(count: exports.count + 1, width: width) { index in
                index == 0 ? fileErrors(html, named: run.lesson.id + ".html")
                    : fileErrors(exports[index - 1].contents, named: exports[index - 1].path)
            }
            return page.warnings + errors.flatMap { $0 }
        }
        return parts.flatMap { $0 }
    }

    private func writeFile(_ text: String, named name: String) -> Bool {
        let errors = fileErrors(text, named: name)
        errors.forEach(console.print)
        return errors.isEmpty
    }

    /// Writes `text` to `name` in the output folder atomically; the error, located at that file.
    private func fileErrors(_ text: String, named name: String) -> [Diagnostic] {
        do {
            try AtomicFile.write(text, to: outputPath(name), within: options.output)
            return []
        } catch {
            return [.error(at: SourceLocation(file: outputPath(name), line: 1), "\(error)")]
        }
    }

    private func outputPath(_ name: String) -> String {
        (options.output as NSString).appendingPathComponent(name)
    }

    /// A lesson id (`1.2-regularization`) or a path to a `.md` file.
    private func resolve(_ idOrPath: String) -> String? {
        let manager = FileManager.default
        if idOrPath.hasSuffix(".md") || idOrPath.contains("/") || manager.fileExists(atPath: idOrPath) {
            return idOrPath
        }
        let candidate = (lessonsDirectory as NSString).appendingPathComponent(idOrPath + ".md")
        if manager.fileExists(atPath: candidate) { return candidate }
        let known = ((try? LessonDirectory.lessonPaths(in: lessonsDirectory)) ?? []).map(LessonReader.lessonID(forPath:))
        console.print(Diagnostic.error(
            at: SourceLocation(file: candidate, line: 1),
            "no lesson '\(idOrPath)' in \(lessonsDirectory)/\(Suggestion.didYouMean(idOrPath, among: known))"))
        return nil
    }

    /// The lessons before and after `id` in the lessons folder, for navigation.
    private func neighbours(of id: String) -> (previous: (id: String, title: String)?, next: (id: String, title: String)?) {
        let paths = (try? LessonDirectory.lessonPaths(in: lessonsDirectory)) ?? []
        let ids = paths.map(LessonReader.lessonID(forPath:))
        guard let index = ids.firstIndex(of: id) else { return (nil, nil) }
        func entry(_ i: Int) -> (id: String, title: String)? {
            guard paths.indices.contains(i) else { return nil }
            let title = (try? LessonReader().read(paths[i]).title) ?? ids[i]
            return (ids[i], title)
        }
        return (entry(index - 1), entry(index + 1))
    }
}
