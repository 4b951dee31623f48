import Foundation
import Testing
@testable import LessonKit

/// `compare` and `listing` blocks, csv datasets and resource limits.
@Suite("Validation of compare, listing, datasets and limits")
struct ValidationBlockTests {
    let fixture = LessonFixture()
    var file: String { fixture.path("1.1-test.md") }

    let experiments = """
    # T

    ```experiment zeros
    routine: train
    layers: [2, 4, 1]
    initialization: zeros
    ```

    ```experiment he
    routine: train
    layers: [2, 4, 1]
    ```

    """

    @Test func compareBuildsAComparison() throws {
        let validated = fixture.validate(experiments + """
        ```compare both
        title: Two runs
        experiments: [zeros, he]
        metrics: [train_accuracy]
        log_scale: true
        sweep: {parameter: lambda, metrics: [test_accuracy]}
        ```
        """)
        #expect(validated.diagnostics.isEmpty)
        let comparison = try #require(validated.comparisons.first)
        #expect(comparison.experiments == ["zeros", "he"])
        #expect(comparison.metrics == ["train_accuracy"])
        #expect(comparison.chart == "cost")
        #expect(comparison.logScale)
        #expect(comparison.title == "Two runs")
        #expect(comparison.sweep == Comparison.Sweep(parameter: "lambda", metrics: ["test_accuracy"]))
        #expect(comparison.location.line == 13)
    }

    @Test func compareDefaultsAndChartNone() throws {
        let validated = fixture.validate(experiments + "```compare both\nexperiments: [zeros, he]\nchart: none\n```\n")
        let comparison = try #require(validated.comparisons.first)
        #expect(comparison.metrics == ["final_cost", "train_accuracy", "test_accuracy", "epochs_run"])
        #expect(comparison.chart == nil)
        #expect(comparison.title == nil)
    }

    @Test func compareNamingAMissingExperiment() {
        #expect(fixture.check(experiments + "```compare both\nexperiments: [zeros, hee]\n```\n")
            == ["\(file):14:22: error: compare 'both' names experiment 'hee', which is not an experiment of this lesson (did you mean 'he'?)"])
    }

    @Test func compareUnknownMetricAndSeries() {
        #expect(fixture.check(experiments + "```compare both\nexperiments: [he]\nmetrics: [train_acc]\nchart: costs\n```\n")
            == ["\(file):15:11: error: unknown metric 'train_acc' (did you mean 'train_accuracy'?) (these experiments report final_cost, train_accuracy, test_accuracy, epochs_run)",
                "\(file):16:8: error: unknown series 'costs' for 'chart' (did you mean 'cost'?) (series: cost, or none)"])
        #expect(fixture.check(experiments + "```compare both\n```\n")
            == ["\(file):13:1: error: compare block 'both' is empty: write a YAML mapping such as 'experiments: [a, b]'"])
    }

    // MARK: - Listings

    func package() -> String {
        fixture.write("pkg/Package.swift", "// swift-tools-version: 6.1\n")
        fixture.write("pkg/Sources/Lib/Init.swift", """
        import Foundation

        /// He initialization.
        /// Scales by √(2/n).
        @inlinable
        public func heInit(_ n: Int) -> Double {
            let text = "a } brace in a string"
            // and } one in a comment
            return (2.0 / Double(n)).squareRoot()
        }

        public struct Box {
            public var value: Int

            /// Doubles.
            public func doubled() -> Int {
                value * 2
            }
        }

        enum Steps {
            static func adam() {
                // region: adam-update
                let v = 1
                let s = 2
                // endregion
            }
        }
        """)
        return fixture.path("pkg")
    }

    @Test func listingFindsSymbolsWithDocCommentsAndBodies() throws {
        let root = package()
        let validated = fixture.validate("""
        # L

        ```listing he
        symbol: heInit
        ```

        ```listing doubled
        symbol: Box.doubled
        file: Lib/Init.swift
        ```

        ```listing adam
        region: adam-update
        ```
        """, name: "pkg/lessons/1.1-l.md")
        _ = root
        #expect(validated.diagnostics.isEmpty)
        #expect(validated.listings.count == 3)
        let he = validated.listings[0]
        #expect(he.file == "Sources/Lib/Init.swift")
        #expect(he.firstLine == 3)
        #expect(he.reference == "symbol heInit")
        #expect(he.code == """
        /// He initialization.
        /// Scales by √(2/n).
        @inlinable
        public func heInit(_ n: Int) -> Double {
            let text = "a } brace in a string"
            // and } one in a comment
            return (2.0 / Double(n)).squareRoot()
        }
        """)
        #expect(validated.listings[1].code == "/// Doubles.\npublic func doubled() -> Int {\n    value * 2\n}")
        #expect(validated.listings[1].firstLine == 15)
        #expect(validated.listings[2].code == "let v = 1\nlet s = 2")
        #expect(validated.listings[2].firstLine == 24)
    }

    @Test func listingNamingAMissingSymbolOrRegion() {
        let root = package()
        let path = fixture.write("pkg/lessons/1.1-l.md", """
        # L

        ```listing he
        symbol: heInti
        ```

        ```listing r
        region: adam
        ```

        ```listing f
        symbol: heInit
        file: Lib/Nope.swift
        ```

        ```listing n
        file: Lib/Init.swift
        ```
        """)
        #expect(LessonValidator(packageRoot: root).check(paths: [path]).map(\.description) == [
            "\(path):4:9: error: symbol 'heInti' not found in Sources/ (did you mean 'heInit'?)",
            "\(path):8:9: error: region 'adam' not found in Sources/ (did you mean 'adam-update'?)",
            "\(path):13:7: error: no Swift file 'Lib/Nope.swift' in Sources/",
            "\(path):16:1: error: listing 'n' needs 'symbol: NAME' or 'region: NAME'",
        ])
    }

    @Test func listingsQuoteThisPackage() throws {
        // The real package: found by walking up from a lesson folder inside it.
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let index = SourceIndex(packageRoot: here)
        let found = index.symbol("LessonValidator.validate", in: index.files)
        #expect(found.first?.file == "Sources/LessonKit/Validation/LessonValidator.swift")
        #expect(found.first?.code.hasPrefix("/// Validates every block of `lesson`.") == true)
    }

    // MARK: - CSV datasets

    @Test func csvDatasetInsideTheLessonFolder() throws {
        fixture.write("data/kicks_train_X.csv", "0.1,0.2\n0.3,0.4\n0.5,0.1\n")
        fixture.write("data/kicks_train_Y.csv", "0\n1\n0\n")
        let validated = fixture.validate(lesson("routine: train\ndataset: {csv: data/kicks}\nlayers: [2, 3, 1]"))
        #expect(validated.diagnostics.isEmpty)
        #expect(validated.experiments.first?.parameters["dataset"]
            == .object([("csv", .string("data/kicks")), ("classes", .int(2))]))
    }

    @Test func csvDatasetOutsideTheLessonFolderIsRefused() {
        let outside = LessonFixture()
        outside.write("secret_train_X.csv", "1,2\n")
        outside.write("secret_train_Y.csv", "1\n")
        let relative = "../" + (outside.folder as NSString).lastPathComponent + "/secret"
        #expect(fixture.check(lesson("routine: dataset\ndataset: {csv: \(relative)}"))
            == ["\(file):5:16: error: csv dataset '\(relative)' is outside the lesson's folder (\(fixture.folder)); data files must be inside the folder tree of the lesson file"])
        #expect(fixture.check(lesson("routine: dataset\ndataset:\n  csv: /etc/passwd")).count == 1)
    }

    @Test func csvSymlinkOutOfTheLessonFolderIsRefused() throws {
        let outside = LessonFixture()
        outside.write("s_train_X.csv", "1,2\n")
        outside.write("s_train_Y.csv", "1\n")
        try FileManager.default.createSymbolicLink(atPath: fixture.path("link"), withDestinationPath: outside.folder)
        #expect(fixture.check(lesson("routine: dataset\ndataset: {csv: link/s}")).first?
            .contains("is outside the lesson's folder") == true)
    }

    @Test func csvDatasetMissingOrBroken() {
        #expect(fixture.check(lesson("routine: dataset\ndataset: {csv: data/none}"))
            == ["\(file):5:16: error: csv dataset file 'data/none_train_X.csv' not found (paths are relative to the lesson file)"])
        fixture.write("data/bad_train_X.csv", "0.1,0.2\n0.3\n")
        fixture.write("data/bad_train_Y.csv", "0\n1\n")
        #expect(fixture.check(lesson("routine: dataset\ndataset: {csv: data/bad}"))
            == ["\(file):5:16: error: cannot load dataset 'data/bad': data/bad_train_X.csv:2: row has 1 field, expected 2 like the first row"])
        #expect(fixture.check(lesson("routine: dataset\ndataset: {cvs: data/bad}"))
            == ["\(file):5:11: error: unknown dataset option 'cvs' (did you mean 'csv'?)"])
        #expect(fixture.check(lesson("routine: dataset\ndataset: moon"))
            == ["\(file):5:10: error: 'dataset' must be one of circles, moons, football, digits or {csv: path/prefix}, got 'moon' (did you mean 'moons'?)"])
    }

    // MARK: - Resource limits

    @Test func absurdWorkIsRefusedUnlessAllowed() {
        #expect(fixture.check(lesson("routine: train\nlayers: [2, 3, 1]\nepochs: 2000000"))
            == ["\(file):6:1: error: 'epochs' is 2000000, above the limit of 1000000 epochs; set 'allow_heavy: true' to run it anyway"])
        #expect(fixture.check(lesson("routine: train\nlayers: [2, 1000000, 1]"))
            == ["\(file):5:13: error: 'layers[1]' is 1000000 units wide, above the limit of 4096 units per layer; set 'allow_heavy: true' to run it anyway"])
        #expect(fixture.check(lesson("routine: train\nlayers: [2, 4000, 4000, 1]\nepochs: 100000"))
            == ["\(file):6:1: error: this run needs about 4.8e+14 multiply-adds (weights × examples × epochs), above the limit of 1.0e+11; lower 'epochs' or the layer widths, or set 'allow_heavy: true' to run it anyway"])
        #expect(fixture.check(lesson("routine: train\nlayers: [2, 1000000, 1]\nepochs: 2000000\nallow_heavy: true")) == [])
        #expect(fixture.check(lesson("routine: gradient_check\nlayers: [4, 1000, 1000, 1]"))
            == ["\(file):5:1: error: this network has 1007001 parameters, above the gradient check's limit of 100000 (two forward passes per parameter)"])
        #expect(fixture.check(lesson("routine: mini_batches\nexamples: 100000\nfeatures: 12288"))
            == ["\(file):5:1: error: 'examples' × 'features' is 1228800000 entries, above the limit of 50000000"])
    }

    @Test func otherCrossChecks() {
        #expect(fixture.check(lesson("routine: gradient_check\nlayers: [4, 1]\nbug: planted"))
            == ["\(file):6:1: error: 'bug: planted' needs at least two weight layers (the planted bugs change dW2 and db1), got layers of 2 entries"])
        #expect(fixture.check(lesson("routine: train\nlayers: [2, 1]\nkeep_prob: 0.5"))
            == ["\(file):6:1: warning: 'keep_prob' has no effect: dropout acts on hidden layers and this network has none"])
    }
}
