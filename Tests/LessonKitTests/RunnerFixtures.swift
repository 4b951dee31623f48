import Foundation
@testable import LessonKit

/// Fake routines and lessons for the runner, cache and results tests, so
/// they do not depend on the real routines (or take seconds to train).
enum RunnerFixtures {
    static let environment = RunEnvironment(tool: "0.1.0-test", swift: "6.3.1", blas: "none", commit: "abc123")
    static let fixedDate = Date(timeIntervalSince1970: 1_795_694_400)  // 2026-11-26T12:00:00Z

    /// Counts runs per experiment name, across threads.
    final class RunLog: @unchecked Sendable {
        private let counts = Locked([String: Int]())
        func record(_ name: String) { counts.withLock { $0[name, default: 0] += 1 } }
        func count(_ name: String) -> Int { counts.current[name] ?? 0 }
        var total: Int { counts.current.values.reduce(0, +) }
    }

    static func schema(_ name: String) -> RoutineSchema {
        RoutineSchema(name: name, summary: "a test routine", parameters: [
            ParameterSpec("epochs", .integer(1...1_000_000), default: .int(100), "steps"),
            ParameterSpec("rate", .number(minimum: 0, maximum: nil, exclusiveMinimum: true), default: .double(0.5), "rate"),
        ])
    }

    /// A deterministic "training": metrics and a series computed from the
    /// parameters, optional sleeping to scramble completion order, progress reports.
    struct FakeTrain: Routine {
        var log: RunLog
        var sleepScale: Double = 0
        var schema: RoutineSchema { RunnerFixtures.schema("fake_train") }

        func crossCheck(_ parameters: JSONValue, context: ValidationContext) -> [Diagnostic] { [] }

        func run(_ experiment: Experiment, context: RunContext, progress: ProgressSink) throws -> RoutineOutput {
            log.record(experiment.name)
            let epochs = experiment.parameters["epochs"]?.intValue ?? 100
            let rate = experiment.parameters["rate"]?.doubleValue ?? 0.5
            if let delay = experiment.parameters["delay"]?.doubleValue, sleepScale > 0 {
                Thread.sleep(forTimeInterval: delay * sleepScale)
            }
            var points: [Series.Point] = []
            for step in stride(from: 0, through: epochs, by: max(1, epochs / 4)) {
                progress.report(step, epochs, 1 / (1 + rate * Double(step)))
                points.append(Series.Point(Double(step), 1 / (1 + rate * Double(step))))
            }
            return RoutineOutput(
                metrics: [Metric("final_cost", points.last!.y), Metric("train_accuracy", 0.9 + rate / 10)],
                series: [Series("cost", points)],
                artifacts: [.bars(Bars(title: "rates", labels: ["rate"], values: [rate]))],
                notes: ["ran \(epochs) epochs"])
        }
    }

    struct Failing: Routine {
        struct Boom: Error, CustomStringConvertible { var description: String { "training diverged at epoch 3" } }
        var log: RunLog
        var schema: RoutineSchema { RunnerFixtures.schema("fail") }
        func crossCheck(_ parameters: JSONValue, context: ValidationContext) -> [Diagnostic] { [] }
        func run(_ experiment: Experiment, context: RunContext, progress: ProgressSink) throws -> RoutineOutput {
            log.record(experiment.name)
            throw Boom()
        }
    }

    static func lookup(_ log: RunLog, sleepScale: Double = 0) -> LessonRunner.RoutineLookup {
        { name in
            switch name {
            case "fake_train": return FakeTrain(log: log, sleepScale: sleepScale)
            case "fail": return Failing(log: log)
            default: return nil
            }
        }
    }

    static func experiment(_ name: String, line: Int, routine: String = "fake_train",
                           epochs: Int = 100, rate: Double = 0.5, delay: Double? = nil,
                           file: String = "lessons/9.9-test.md") -> Experiment {
        var pairs: [(String, JSONValue)] = [("epochs", .int(epochs)), ("rate", .double(rate))]
        if let delay { pairs.append(("delay", .double(delay))) }
        return Experiment(name: name, routine: routine, location: SourceLocation(file: file, line: line),
                          parameters: .object(pairs))
    }

    static func lesson(_ experiments: [Experiment], id: String = "9.9-test", path: String? = nil,
                       diagnostics: [Diagnostic] = []) -> ValidatedLesson {
        let lesson = Lesson(id: id, path: path ?? "lessons/\(id).md", source: "# Test\n", title: "Test",
                            blocks: [], diagnostics: [])
        return ValidatedLesson(lesson: lesson, experiments: experiments, comparisons: [], listings: [],
                               diagnostics: diagnostics)
    }

    static func runner(_ log: RunLog, output: String?, jobs: Int = 1, force: Bool = false,
                       only: String? = nil, sleepScale: Double = 0,
                       library: LibraryIdentity = .current) -> LessonRunner {
        LessonRunner(routines: lookup(log, sleepScale: sleepScale), environment: environment,
                     cache: output.map { ResultCache(outputDirectory: $0, library: library) },
                     options: .init(jobs: jobs, force: force, experiment: only),
                     now: { fixedDate })
    }

    /// A fresh, empty folder under the system's temporary folder.
    static func temporaryFolder() -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("lessonkit-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The results text with every `seconds` value zeroed: what must match
    /// between parallel and serial runs.
    static func withoutTimings(_ run: LessonRun) -> String {
        var copy = run
        copy.results = copy.results.map { var r = $0; r.seconds = 0; return r }
        return ResultsFile.text(for: copy)
    }
}
