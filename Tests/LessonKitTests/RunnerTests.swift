import Foundation
import Testing
@testable import LessonKit

@Suite("Runner")
struct RunnerTests {
    typealias F = RunnerFixtures

    /// Eight experiments whose run times are inversely ordered, so in a
    /// parallel run they finish out of source order.
    static func mixedLesson() -> ValidatedLesson {
        var experiments: [Experiment] = []
        for i in 0..<8 {
            if i == 3 {
                experiments.append(F.experiment("broken", line: 10 + 5 * i, routine: "fail"))
            } else if i == 5 {
                experiments.append(F.experiment("mystery", line: 10 + 5 * i, routine: "no_such_routine"))
            } else {
                experiments.append(F.experiment("e\(i)", line: 10 + 5 * i, epochs: 100 * (i + 1),
                                                rate: Double(i) / 10 + 0.05, delay: Double(8 - i)))
            }
        }
        return F.lesson(experiments)
    }

    @Test func failingRoutineDoesNotStopTheOthers() throws {
        let log = F.RunLog()
        let outcome = F.runner(log, output: nil).run(Self.mixedLesson())
        let results = outcome.run.results
        #expect(results.count == 8)
        #expect(results.map(\.status) == [.ok, .ok, .ok, .failed, .ok, .failed, .ok, .ok])
        #expect(results[3].error == "lessons/9.9-test.md:25:1: training diverged at epoch 3")
        #expect(results[5].error == "lessons/9.9-test.md:35:1: unknown routine 'no_such_routine'")
        #expect(results[3].metrics.isEmpty && results[3].series.isEmpty)
        #expect(outcome.failures.map(\.description) == [
            "lessons/9.9-test.md:25:1: error: training diverged at epoch 3",
            "lessons/9.9-test.md:35:1: error: unknown routine 'no_such_routine'",
        ])
        #expect(outcome.run.hasErrors)
        #expect(log.total == 7)  // every known routine ran, the failing one included
        let json = ResultsFile.json(for: outcome.run)["experiments"]?.arrayValue
        #expect(json?[3]["status"] == .string("failed"))
        #expect(json?[3]["error"] == .string("lessons/9.9-test.md:25:1: training diverged at epoch 3"))
        #expect(json?[0]["error"] == .null)
    }

    @Test func resultsKeepSourceOrder() {
        let log = F.RunLog()
        let outcome = F.runner(log, output: nil, jobs: 4, sleepScale: 0.01).run(Self.mixedLesson())
        #expect(outcome.run.results.map(\.name) == Self.mixedLesson().experiments.map(\.name))
        #expect(outcome.run.results.map(\.line) == [10, 15, 20, 25, 30, 35, 40, 45])
        #expect(outcome.explanations.map(\.experiment) == Self.mixedLesson().experiments.map(\.name))
    }

    @Test func parallelAndSerialJSONAreIdenticalApartFromTimings() throws {
        let lesson = Self.mixedLesson()
        let serial = F.runner(F.RunLog(), output: nil, jobs: 1, sleepScale: 0.005).run(lesson)
        let parallel = F.runner(F.RunLog(), output: nil, jobs: 4, sleepScale: 0.005).run(lesson)
        #expect(F.withoutTimings(parallel.run) == F.withoutTimings(serial.run))
        // And with a cache, cold then warm, the same again (only `cached` differs when warm).
        let folderA = F.temporaryFolder(), folderB = F.temporaryFolder()
        defer { for f in [folderA, folderB] { try? FileManager.default.removeItem(atPath: f) } }
        let coldSerial = F.runner(F.RunLog(), output: folderA, jobs: 1).run(lesson)
        let coldParallel = F.runner(F.RunLog(), output: folderB, jobs: 4).run(lesson)
        #expect(F.withoutTimings(coldSerial.run) == F.withoutTimings(serial.run))
        #expect(F.withoutTimings(coldParallel.run) == F.withoutTimings(serial.run))
        // The cache entries written are byte-identical apart from the stored seconds.
        let entries = try FileManager.default.contentsOfDirectory(atPath: folderA + "/.cache").filter { $0.hasSuffix(".json") }
        #expect(entries.count == 6)
        for name in entries {
            func normalized(_ folder: String) throws -> String {
                let text = try String(contentsOfFile: "\(folder)/.cache/\(name)", encoding: .utf8)
                return text.replacingOccurrences(of: #""seconds":[0-9.e-]+"#, with: "\"seconds\":0", options: .regularExpression)
            }
            #expect(try normalized(folderA) == normalized(folderB))
        }
    }

    @Test func severalLessonsShareOnePool() {
        let log = F.RunLog()
        let a = F.lesson([F.experiment("x", line: 1), F.experiment("y", line: 2, rate: 0.2)], id: "1.1-a")
        let b = F.lesson([F.experiment("x", line: 1, rate: 0.3)], id: "1.2-b")
        let empty = F.lesson([], id: "1.3-empty")
        let outcomes = F.runner(log, output: nil, jobs: 3).run([a, empty, b])
        #expect(outcomes.map(\.run.lesson.id) == ["1.1-a", "1.3-empty", "1.2-b"])
        #expect(outcomes.map(\.run.results.count) == [2, 0, 1])
        #expect(outcomes[2].run.results[0].metric("train_accuracy") == 0.9 + 0.3 / 10)
        #expect(log.total == 3)
    }

    @Test func secondsAreMeasured() {
        let log = F.RunLog()
        let lesson = F.lesson([F.experiment("slow", line: 1, delay: 1)])
        let outcome = F.runner(log, output: nil, sleepScale: 0.05).run(lesson)
        let seconds = outcome.run.results[0].seconds
        #expect(seconds >= 0.05 && seconds < 5)
    }

    @Test func runCarriesTheLessonAndItsDiagnostics() {
        let diagnostic = Diagnostic.error(at: SourceLocation(file: "lessons/9.9-test.md", line: 3, column: 1), "bad block")
        let lesson = F.lesson([F.experiment("a", line: 9)], diagnostics: [diagnostic])
        let outcome = F.runner(F.RunLog(), output: nil).run(lesson)
        #expect(outcome.run.diagnostics == [diagnostic])
        #expect(outcome.run.generatedAt == F.fixedDate)
        #expect(outcome.run.environment == F.environment)
        #expect(outcome.explanations.map(\.summary) == ["ran (cache disabled)"])
    }

    @Test func resultsFileIsWrittenAtomicallyIntoTheOutputFolder() throws {
        let output = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let outcome = F.runner(F.RunLog(), output: output).run(F.lesson([F.experiment("a", line: 9)]))
        let path = try ResultsFile.write(outcome.run, to: output)
        #expect(path == output + "/9.9-test.json")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == ResultsFile.text(for: outcome.run))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func progressReachesTheDisplay() {
        let lines = Locked([String]())
        let display = ProgressDisplay(mode: .plain, output: { text in lines.withLock { $0.append(text) } })
        let runner = LessonRunner(routines: F.lookup(F.RunLog()), environment: F.environment, cache: nil,
                                  options: .init(jobs: 2), display: display, now: { F.fixedDate })
        _ = runner.run(F.lesson([F.experiment("ok", line: 1), F.experiment("bad", line: 2, routine: "fail")]))
        let text = lines.current.sorted()
        #expect(text.count == 2)
        #expect(text.contains { $0.hasPrefix("  ✓ 9.9-test/ok  ") && $0.hasSuffix(" s\n") })
        #expect(text.contains("  ✗ 9.9-test/bad  failed: lessons/9.9-test.md:2:1: training diverged at epoch 3\n"))
    }
}
