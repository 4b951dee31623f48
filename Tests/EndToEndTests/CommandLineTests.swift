import Foundation
import Testing

/// The `lessons` binary run on small fixture lessons, as a user runs it.
@Suite struct CommandLineTests {
    /// Two quick experiments: a short circles run and a dataset view.
    static let smallLesson = """
    # Small lesson

    Some prose.

    ```experiment quick
    routine: train
    dataset: circles
    layers: [2, 4, 1]
    epochs: 200
    record_every: 50
    ```

    ```experiment data
    routine: dataset
    dataset: circles
    ```
    """

    @Test func runWritesThePageAndResults() throws {
        let workspace = try Workspace()
        try workspace.lesson("0.1-small.md", Self.smallLesson)
        let outcome = try workspace.run("run", "0.1-small", "--quiet")
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(workspace.exists("output/0.1-small.html"))
        let json = try workspace.read("output/0.1-small.json")
        #expect(json.contains("\"lesson\": \"0.1-small\""))
        #expect(json.contains("\"name\": \"quick\""))
        #expect(json.contains("\"status\": \"ok\""))
        #expect(json.contains("\"train_accuracy\": "))
        #expect(json.contains("\"cost\": [[0, "))
        let html = try workspace.read("output/0.1-small.html")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
    }

    @Test func misspelledParameterIsLocatedAndTheRestStillRuns() throws {
        let workspace = try Workspace()
        try workspace.lesson("0.2-typo.md", """
        # Typo

        ```experiment broken
        routine: train
        layers: [2, 4, 1]
        epochs: 10
        lamda: 0.7
        ```

        ```experiment fine
        routine: dataset
        dataset: moons
        ```
        """)
        let outcome = try workspace.run("run", "lessons/0.2-typo.md", "--quiet")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains(
            "lessons/0.2-typo.md:7:1: error: unknown parameter 'lamda' (did you mean 'lambda'?)"),
            "stderr: \(outcome.stderr)")
        let json = try workspace.read("output/0.2-typo.json")
        #expect(json.contains("\"name\": \"fine\""))
        let html = try workspace.read("output/0.2-typo.html")
        #expect(html.contains("unknown parameter"))
        #expect(html.contains("lessons/0.2-typo.md:7:1"))
    }

    @Test func checkReportsUnknownRoutineAndBrokenYAMLWithoutRunning() throws {
        let workspace = try Workspace()
        try workspace.lesson("0.3-bad.md", """
        # Bad

        ```experiment one
        routine: trian
        ```

        ```experiment two
        routine: train
        layers: [2, 4, 1
        ```
        """)
        let outcome = try workspace.run("check", "0.3-bad")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("lessons/0.3-bad.md:4:10: error: unknown routine 'trian' (did you mean 'train'?)"),
                "stderr: \(outcome.stderr)")
        #expect(outcome.stderr.contains("lessons/0.3-bad.md:9:"), "stderr: \(outcome.stderr)")
        #expect(!workspace.exists("output"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let workspace = try Workspace()
        #expect(try workspace.run("render", "--jobs", "0").status == 2)
        #expect(try workspace.run("frobnicate").status == 2)
        #expect(try workspace.run("run").status == 2)
    }

    @Test func missingLessonIsAnErrorNamingIt() throws {
        let workspace = try Workspace()
        let outcome = try workspace.run("run", "9.9-nothing")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("lessons/9.9-nothing.md:1:1: error: no lesson '9.9-nothing'"),
                "stderr: \(outcome.stderr)")
    }

    @Test func renderWritesTheIndexAndReusesTheCache() throws {
        let workspace = try Workspace()
        try workspace.lesson("0.1-small.md", Self.smallLesson)
        let first = try workspace.run("render", "--explain")
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(workspace.exists("output/index.html"))
        #expect(try workspace.read("output/index.html").contains("0.1-small.html"))

        // A prose edit reruns nothing.
        try workspace.lesson("0.1-small.md", Self.smallLesson.replacingOccurrences(of: "Some prose.", with: "Other prose."))
        let second = try workspace.run("render", "--explain")
        #expect(second.status == 0)
        #expect(second.stderr.contains("0.1-small/quick: reused"), "stderr: \(second.stderr)")
        #expect(second.stderr.contains("0.1-small/data: reused"), "stderr: \(second.stderr)")
        #expect(try workspace.read("output/0.1-small.json").contains("\"cached\": true"))

        // One parameter edit reruns exactly that experiment.
        try workspace.lesson("0.1-small.md", Self.smallLesson.replacingOccurrences(of: "epochs: 200", with: "epochs: 300"))
        let third = try workspace.run("render", "--explain")
        #expect(third.stderr.contains("0.1-small/quick: ran (parameters changed: epochs 200 → 300)"),
                "stderr: \(third.stderr)")
        #expect(third.stderr.contains("0.1-small/data: reused"))
    }

    @Test func runRewritesTheIndexFromTheCacheWithoutRunningOtherLessons() throws {
        let workspace = try Workspace()
        try workspace.lesson("0.1-small.md", Self.smallLesson)
        try workspace.lesson("0.2-other.md", """
        # Other

        ```experiment view
        routine: dataset
        dataset: moons
        ```
        """)
        #expect(try workspace.run("render", "--quiet").status == 0)
        let otherResults = try workspace.read("output/0.2-other.json")
        #expect(!(try workspace.read("output/index.html").contains("<code>wider</code>")))

        // A new experiment in one lesson, that lesson rerun alone: the index
        // lists it and still shows the other lesson, which did not run.
        try workspace.lesson("0.1-small.md", Self.smallLesson + """


        ```experiment wider
        routine: train
        dataset: circles
        layers: [2, 6, 1]
        epochs: 100
        record_every: 50
        ```
        """)
        let outcome = try workspace.run("run", "0.1-small", "--explain")
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(outcome.stderr.contains("0.1-small/wider: ran"), "stderr: \(outcome.stderr)")
        #expect(!outcome.stderr.contains("0.2-other"), "stderr: \(outcome.stderr)")
        let index = try workspace.read("output/index.html")
        #expect(index.contains("<code>wider</code>"))
        #expect(index.contains("href=\"0.2-other.html\""))
        #expect(try workspace.read("output/0.2-other.json") == otherResults)

        // A lesson file outside the lessons folder leaves the index alone.
        try Self.smallLesson.replacingOccurrences(of: "experiment quick", with: "experiment elsewhere")
            .write(to: workspace.root.appendingPathComponent("9.9-outside.md"), atomically: true, encoding: .utf8)
        #expect(try workspace.run("run", "9.9-outside.md", "--quiet").status == 0)
        #expect(try workspace.read("output/index.html") == index)
    }

    @Test func pagesMakeNoExternalRequests() throws {
        let workspace = try Workspace()
        try workspace.lesson("0.1-small.md", Self.smallLesson)
        _ = try workspace.run("render", "--quiet")
        for page in ["output/index.html", "output/0.1-small.html"] {
            let html = try workspace.read(page)
            for attribute in ["src=\"http", "href=\"http", "src='http", "href='http", "url(http"] {
                #expect(!html.contains(attribute), "\(page) contains \(attribute)")
            }
        }
    }
}
