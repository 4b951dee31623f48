import Foundation
import Testing
@testable import LessonKit

@Suite("Cache")
struct CacheTests {
    typealias F = RunnerFixtures

    static func twoExperiments(heEpochs: Int = 100) -> ValidatedLesson {
        F.lesson([F.experiment("zeros", line: 10, rate: 0.1), F.experiment("he", line: 20, epochs: heEpochs)])
    }

    @Test func secondRunReusesEverything() throws {
        let output = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let log = F.RunLog()
        let first = F.runner(log, output: output).run(Self.twoExperiments())
        #expect(log.total == 2)
        #expect(first.run.results.map(\.cached) == [false, false])
        #expect(first.explanations.map(\.summary) == ["ran (no cache entry)", "ran (no cache entry)"])

        let second = F.runner(log, output: output).run(Self.twoExperiments())
        #expect(log.total == 2, "nothing reran")
        #expect(second.run.results.map(\.cached) == [true, true])
        #expect(second.reusedCount == 2 && second.ranCount == 0)
        #expect(second.explanations[0].summary.hasPrefix("reused (cache entry "))
        #expect(second.warnings.isEmpty)
        // Apart from `cached`, the reused results are what the first run produced.
        for (a, b) in zip(first.run.results, second.run.results) {
            var fresh = a
            fresh.cached = true
            fresh.seconds = ExperimentResult.roundedSeconds(a.seconds)
            #expect(fresh.jsonValue == b.jsonValue)
        }
        // The JSON says so.
        #expect(ResultsFile.json(for: second.run)["experiments"]?.arrayValue?.map { $0["cached"] } == [.bool(true), .bool(true)])
    }

    @Test func oneParameterChangeRerunsExactlyOne() throws {
        let output = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let log = F.RunLog()
        _ = F.runner(log, output: output).run(Self.twoExperiments(heEpochs: 15000))
        let second = F.runner(log, output: output).run(Self.twoExperiments(heEpochs: 20000))
        #expect(log.count("zeros") == 1)
        #expect(log.count("he") == 2)
        #expect(second.run.results.map(\.cached) == [true, false])
        #expect(second.explanations[1].description == "he: ran (parameters changed: epochs 15000 → 20000)")
        #expect(second.run.results[1].parameters["epochs"] == .int(20000))

        // Reverting reuses the earlier entry: both are kept.
        let third = F.runner(log, output: output).run(Self.twoExperiments(heEpochs: 15000))
        #expect(log.count("he") == 2)
        #expect(third.run.results.map(\.cached) == [true, true])
    }

    @Test func renamingOrMovingAnExperimentReusesItsResult() throws {
        let output = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let log = F.RunLog()
        _ = F.runner(log, output: output).run(F.lesson([F.experiment("he", line: 20)]))
        let moved = F.runner(log, output: output).run(F.lesson([F.experiment("he-init", line: 35)]))
        #expect(log.total == 1, "prose edits (moved lines) and renames rerun nothing")
        #expect(moved.run.results[0].name == "he-init")
        #expect(moved.run.results[0].line == 35)
        #expect(moved.run.results[0].cached)
    }

    @Test(arguments: ["", "{\"format\":1,\"key\":", "garbage \u{00}\u{01}", "[]", "{\"format\":1}"])
    func corruptEntryIsRecomputedWithAWarning(garbage: String) throws {
        let output = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let log = F.RunLog()
        let lesson = Self.twoExperiments()
        _ = F.runner(log, output: output).run(lesson)
        let cache = ResultCache(outputDirectory: output)
        let key = cache.key(for: lesson.experiments[1], lessonDirectory: LessonRunner.lessonDirectory(of: lesson.lesson))
        try garbage.write(toFile: cache.entryPath(for: key), atomically: false, encoding: .utf8)

        let second = F.runner(log, output: output).run(lesson)
        #expect(log.count("he") == 2, "the corrupt entry was not trusted")
        #expect(log.count("zeros") == 1)
        #expect(second.run.results.map(\.cached) == [true, false])
        #expect(second.run.results[1].status == .ok)
        #expect(second.warnings.count == 1)
        let warning = try #require(second.warnings.first)
        #expect(warning.severity == .warning)
        #expect(warning.location.line == 20)
        #expect(warning.message.hasPrefix("cache entry \(cache.entryPath(for: key)) is corrupt ("))
        #expect(warning.message.hasSuffix("); recomputing"))
        #expect(warning.description.contains(": warning: cache entry "))
        #expect(second.explanations[1].summary.hasPrefix("ran (cache entry corrupt: "))

        // The recomputed result replaced the bad file.
        let third = F.runner(log, output: output).run(lesson)
        #expect(log.count("he") == 2)
        #expect(third.warnings.isEmpty)
    }

    @Test func truncatedEntryIsRecomputed() throws {
        let output = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let log = F.RunLog()
        let lesson = F.lesson([F.experiment("he", line: 20)])
        _ = F.runner(log, output: output).run(lesson)
        let cache = ResultCache(outputDirectory: output)
        let path = cache.entryPath(for: cache.key(for: lesson.experiments[0], lessonDirectory: "/"))
        let bytes = try #require(FileManager.default.contents(atPath: path))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
        let second = F.runner(log, output: output).run(lesson)
        #expect(log.count("he") == 2)
        #expect(second.warnings.first?.message.contains("is corrupt (byte ") == true, "\(second.warnings)")
    }

    @Test func tamperedEntryIsNotTrusted() throws {
        let output = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let log = F.RunLog()
        let lesson = F.lesson([F.experiment("he", line: 20)])
        _ = F.runner(log, output: output).run(lesson)
        let cache = ResultCache(outputDirectory: output)
        let path = cache.entryPath(for: cache.key(for: lesson.experiments[0], lessonDirectory: "/"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        // Valid JSON, but the parameters no longer match the key.
        try text.replacingOccurrences(of: "\"epochs\":100", with: "\"epochs\":7").write(toFile: path, atomically: true, encoding: .utf8)
        let second = F.runner(log, output: output).run(lesson)
        #expect(log.count("he") == 2)
        #expect(second.warnings.first?.message.contains("do not match") == true)
    }

    @Test func forceRerunsEverythingAndRefreshesTheCache() throws {
        let output = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let log = F.RunLog()
        _ = F.runner(log, output: output).run(Self.twoExperiments())
        let forced = F.runner(log, output: output, force: true).run(Self.twoExperiments())
        #expect(log.total == 4)
        #expect(forced.run.results.map(\.cached) == [false, false])
        #expect(forced.explanations.map(\.summary) == ["ran (forced)", "ran (forced)"])
        let after = F.runner(log, output: output).run(Self.twoExperiments())
        #expect(log.total == 4)
        #expect(after.reusedCount == 2)
    }

    @Test func libraryChangeInvalidatesAndIsExplained() throws {
        let output = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let log = F.RunLog()
        let old = LibraryIdentity(version: "0.1.0", sourceHash: String(repeating: "a", count: 64))
        let new = LibraryIdentity(version: "0.1.0", sourceHash: String(repeating: "b", count: 64))
        _ = F.runner(log, output: output, library: old).run(Self.twoExperiments())
        let second = F.runner(log, output: output, library: new).run(Self.twoExperiments())
        #expect(log.total == 4)
        #expect(second.explanations[0].summary == "ran (library changed: 0.1.0+aaaaaaaaaaaa → 0.1.0+bbbbbbbbbbbb)")
    }

    @Test func csvDataEditsChangeTheKey() throws {
        let folder = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "1,2\n".write(toFile: folder + "/kicks_train_X.csv", atomically: true, encoding: .utf8)
        let experiment = Experiment(name: "csv", routine: "fake_train", location: SourceLocation(file: "x.md", line: 1),
                                    parameters: .object([("dataset", .object([("csv", .string("kicks")), ("classes", .int(2))]))]))
        #expect(ExperimentInputs.files(in: experiment.parameters).prefix(4)
                == ["kicks_train_X.csv", "kicks_train_Y.csv", "kicks_test_X.csv", "kicks_test_Y.csv"])
        let cache = ResultCache(outputDirectory: folder + "/out")
        let before = cache.key(for: experiment, lessonDirectory: folder)
        #expect(before == cache.key(for: experiment, lessonDirectory: folder))
        try "1,3\n".write(toFile: folder + "/kicks_train_X.csv", atomically: true, encoding: .utf8)
        let after = cache.key(for: experiment, lessonDirectory: folder)
        #expect(after.digest != before.digest)
        let explanation = cache.explain(experiment, key: after, lookup: .miss,
                                        previous: CacheIndex.Entry(name: "csv", key: before, failed: false), force: false)
        #expect(explanation.summary == "ran (data changed: kicks_train_X.csv)")
    }

    @Test func failuresAreNotCachedAndExplained() throws {
        let output = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let log = F.RunLog()
        let lesson = F.lesson([F.experiment("bad", line: 5, routine: "fail")])
        _ = F.runner(log, output: output).run(lesson)
        let second = F.runner(log, output: output).run(lesson)
        #expect(log.count("bad") == 2)
        #expect(second.explanations[0].summary == "ran (the previous run failed)")
    }

    @Test func explainWithoutRunning() throws {
        let output = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let log = F.RunLog()
        _ = F.runner(log, output: output).run(Self.twoExperiments(heEpochs: 15000))
        let cache = ResultCache(outputDirectory: output)
        let edited = Self.twoExperiments(heEpochs: 20000)
        let explanations = cache.explain(edited, lessonDirectory: LessonRunner.lessonDirectory(of: edited.lesson))
        #expect(explanations.map(\.willRun) == [false, true])
        #expect(explanations[1].summary == "ran (parameters changed: epochs 15000 → 20000)")
        #expect(cache.explain(edited, lessonDirectory: "/", force: true).map(\.summary) == ["ran (forced)", "ran (forced)"])
        #expect(log.total == 2)
    }

    @Test func parameterDifferencesAreReadable() {
        let old = JSONValue.object([("epochs", .int(15000)), ("initialization", .string("he")), ("beta", .double(0.9))])
        let new = JSONValue.object([("epochs", .int(20000)), ("initialization", .string("xavier")),
                                    ("layers", .array([.int(2), .int(1)]))])
        #expect(ParameterChange.differences(from: old, to: new).map(\.description)
                == ["epochs 15000 → 20000", "initialization he → xavier", "layers added ([2,1])", "beta removed (was 0.9)"])
    }

    @Test func onlySelectedExperimentRunsOthersComeFromTheCache() throws {
        let output = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let log = F.RunLog()
        let lesson = F.lesson([F.experiment("a", line: 1), F.experiment("b", line: 2, rate: 0.2),
                               F.experiment("c", line: 3, rate: 0.3)])
        // Nothing cached: only the selected one runs; the others are left out.
        let first = F.runner(log, output: output, only: "b").run(lesson)
        #expect(first.run.results.map(\.name) == ["b"])
        #expect(first.explanations.map(\.decision) == [.notSelected, .ran(.noCacheEntry), .notSelected])
        _ = F.runner(log, output: output).run(lesson)
        #expect(log.count("b") == 1 && log.count("a") == 1)
        // --experiment b --force: b reruns, a and c are reused, not forced.
        let forced = F.runner(log, output: output, force: true, only: "b").run(lesson)
        #expect(log.count("b") == 2 && log.count("a") == 1 && log.count("c") == 1)
        #expect(forced.run.results.map(\.cached) == [true, false, true])
    }

    @Test func cacheLivesUnderTheOutputFolder() throws {
        let output = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let log = F.RunLog()
        _ = F.runner(log, output: output).run(Self.twoExperiments())
        let files = try FileManager.default.contentsOfDirectory(atPath: output + "/.cache").sorted()
        #expect(files.count == 3)  // two entries and the index folder
        #expect(files.contains("index"))
        #expect(files.filter { $0.hasSuffix(".json") }.allSatisfy { $0.count == 64 + 5 })
        #expect(FileManager.default.fileExists(atPath: output + "/.cache/index/9.9-test.json"))
        #expect(ResultCache.safeFileName("../evil") == "_.._evil")
    }
}

@Suite("Cache housekeeping")
struct CacheHousekeepingTests {
    typealias F = RunnerFixtures

    @Test func pruneRemovesUnreferencedEntriesAndStaleTemporaries() throws {
        let output = F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let log = F.RunLog()
        let lesson = { (epochs: Int) in F.lesson([F.experiment("a", line: 1), F.experiment("b", line: 2, epochs: epochs)]) }
        _ = F.runner(log, output: output).run(lesson(10))
        _ = F.runner(log, output: output).run(lesson(20))  // b's epochs-10 entry is now unreferenced
        let cache = ResultCache(outputDirectory: output)
        try "x".write(toFile: cache.directory + "/.junk.json.123.1.tmp", atomically: false, encoding: .utf8)
        #expect(cache.prune() == 0, "young files are kept: a concurrent run may own them")
        #expect(cache.prune(olderThan: -1) == 2)
        let left = try FileManager.default.contentsOfDirectory(atPath: cache.directory).filter { $0.hasSuffix(".json") }
        #expect(left.count == 2)
        _ = F.runner(log, output: output).run(lesson(20))
        #expect(log.total == 3, "what the index refers to is still cached")
    }
}
