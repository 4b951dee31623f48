import Foundation
import Testing

/// Issue 8, "every bad input answered": each malformed input, given to the
/// real `lessons` binary, prints exactly one located
/// `file:line:column: error: message` line, exits 1, and leaves the rest of
/// the lesson (and the other lessons of a render) running and rendered.
@Suite struct MalformedInputTests {
    /// A fast experiment that must survive its neighbour's error.
    static let good = """
    ```experiment good
    routine: dataset
    dataset: moons
    ```
    """

    /// A lesson whose broken block comes first and `good` after it.
    static func lesson(_ broken: String) -> String {
        "# Broken\n\nSome prose.\n\n\(broken)\n\n\(good)\n"
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        /// The exact stderr line, with `FILE` for the lesson's path and
        /// `LESSONS` for the absolute lessons folder.
        var expected: String
        /// Whether the lesson has the `good` experiment that must still run.
        var hasGood = true
        var testDescription: String { name }
    }

    /// Every block-level case of the issue. Lines: 1 title, 3 prose, 5 the
    /// broken block's fence, so the block's first body line is 6.
    static let blockCases: [Case] = [
        Case(name: "unterminated-fence", text: """
             # Fence

             ```experiment broken
             routine: train
             layers: [2, 4, 1]
             """,
             expected: "FILE:3:1: error: unterminated code fence: add a closing ``` line (without it the block swallows the text after it)",
             hasGood: false),
        Case(name: "no-name", text: lesson("```experiment\nroutine: dataset\n```"),
             expected: "FILE:5:15: error: experiment block has no name: write '```experiment <name>'"),
        Case(name: "bad-name", text: lesson("```experiment Bad_Name\nroutine: dataset\n```"),
             expected: "FILE:5:15: error: invalid block name 'Bad_Name': use lowercase letters, digits and '-', starting with a letter or digit"),
        Case(name: "duplicate-name", text: lesson("```experiment good\nroutine: dataset\ndataset: circles\n```"),
             expected: "FILE:10:15: error: duplicate block name 'good' (first used on line 5); names must be unique within a lesson"),
        Case(name: "empty-yaml", text: lesson("```experiment nothing\n```"),
             expected: "FILE:5:1: error: experiment block 'nothing' is empty: write a YAML mapping such as 'routine: train'"),
        Case(name: "non-mapping-yaml", text: lesson("```experiment listy\n- routine\n- train\n```"),
             expected: "FILE:6:1: error: experiment block body must be a YAML mapping of 'key: value' lines, got a list"),
        Case(name: "scalar-yaml", text: lesson("```experiment word\ntrain\n```"),
             expected: "FILE:6:1: error: experiment block body must be a YAML mapping of 'key: value' lines, got 'train'"),
        Case(name: "yaml-syntax-error", text: lesson("```experiment syntax\nroutine: train\nlayers: [2, 4, 1]\nepochs: 10\nlearning_rate: : 0.1\n```"),
             expected: "FILE:9:16: error: invalid YAML: mapping values are not allowed in this context"),
        Case(name: "yaml-error-in-indented-block", text: """
             # Indented

             - A list item holding the block:

               ```experiment indented
               routine: train
               layers: [2, 4, 1
               epochs: 10
               ```

             \(good)
             """,
             expected: "FILE:8:9: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence)"),
        Case(name: "yaml-unclosed-quote", text: lesson("```experiment quote\nroutine: train\nlayers: \"[2, 4, 1]\n```"),
             expected: "FILE:7:9: error: invalid YAML: found unexpected end of stream (while scanning a quoted scalar)"),
        Case(name: "yaml-tab", text: lesson("```experiment tab\nroutine: train\n\tepochs: 10\n```"),
             expected: "FILE:7:1: error: invalid YAML: found a tab character that violates indentation (while scanning a plain scalar)"),
        Case(name: "unknown-routine", text: lesson("```experiment what\nroutine: trian\n```"),
             expected: "FILE:6:10: error: unknown routine 'trian' (did you mean 'train'?); the routines are train, dataset, initialize, mini_batches, gradient_check, framework_warmup"),
        Case(name: "unknown-parameter", text: lesson("```experiment typo\nroutine: train\nlayers: [2, 4, 1]\nepochs: 10\nlamda: 0.7\n```"),
             expected: "FILE:9:1: error: unknown parameter 'lamda' (did you mean 'lambda'?)"),
        Case(name: "wrong-type", text: lesson("```experiment typed\nroutine: train\nlayers: [2, 4, 1]\nepochs: many\n```"),
             expected: "FILE:8:9: error: 'epochs' must be an integer, got 'many'"),
        Case(name: "wrong-type-list", text: lesson("```experiment typed\nroutine: train\nlayers: 2\nepochs: 10\n```"),
             expected: "FILE:7:9: error: 'layers' must be a list such as [2, 10, 5, 1], got '2'"),
        Case(name: "negative-learning-rate", text: lesson("```experiment lr\nroutine: train\nlayers: [2, 4, 1]\nepochs: 10\nlearning_rate: -0.5\n```"),
             expected: "FILE:9:16: error: 'learning_rate' must be > 0, got -0.5"),
        Case(name: "keep-prob-zero", text: lesson("```experiment keep\nroutine: train\nlayers: [2, 4, 1]\nepochs: 10\nkeep_prob: 0\n```"),
             expected: "FILE:9:12: error: 'keep_prob' must be in (0, 1], got 0"),
        Case(name: "epochs-zero", text: lesson("```experiment zero\nroutine: train\nlayers: [2, 4, 1]\nepochs: 0\n```"),
             expected: "FILE:8:9: error: 'epochs' must be at least 1, got 0"),
        Case(name: "layers-one-entry", text: lesson("```experiment one\nroutine: train\nlayers: [2]\nepochs: 10\n```"),
             expected: "FILE:7:9: error: 'layers' must have 2 to 64 entries (the input width, any hidden widths, the output width), got 1"),
        Case(name: "layers-zero-width", text: lesson("```experiment gap\nroutine: train\nlayers: [2, 0, 1]\nepochs: 10\n```"),
             expected: "FILE:7:13: error: 'layers[1]' must be at least 1, got 0"),
        Case(name: "input-width-mismatch", text: lesson("```experiment wide\nroutine: train\ndataset: circles\nlayers: [3, 4, 1]\nepochs: 10\n```"),
             expected: "FILE:8:10: error: 'layers[0]' is 3 but dataset 'circles' has 2 features"),
        Case(name: "layer-too-wide", text: lesson("```experiment wide\nroutine: train\nlayers: [2, 1000000, 1]\nepochs: 10\n```"),
             expected: "FILE:7:13: error: 'layers[1]' is 1000000 units wide, above the limit of 4096 units per layer; set 'allow_heavy: true' to run it anyway"),
        Case(name: "too-many-epochs", text: lesson("```experiment long\nroutine: train\nlayers: [2, 4, 1]\nepochs: 1000000000\n```"),
             expected: "FILE:8:1: error: 'epochs' is 1000000000, above the limit of 1000000 epochs; set 'allow_heavy: true' to run it anyway"),
        Case(name: "compare-missing-experiment", text: lesson("```compare table\nexperiments: [good, goood]\n```"),
             expected: "FILE:6:21: error: compare 'table' names experiment 'goood', which is not an experiment of this lesson (did you mean 'good'?)"),
        Case(name: "listing-missing-symbol", text: lesson("```listing code\nsymbol: realThnig\n```"),
             expected: "FILE:6:9: error: symbol 'realThnig' not found in Sources/ (did you mean 'realThing'?)"),
        Case(name: "csv-outside-lesson-folder", text: lesson("```experiment outside\nroutine: train\ndataset: {csv: ../data/kicks}\nlayers: [2, 4, 1]\nepochs: 10\n```"),
             expected: "FILE:7:16: error: csv dataset '../data/kicks' is outside the lesson's folder (LESSONS); data files must be inside the folder tree of the lesson file"),
        Case(name: "csv-missing", text: lesson("```experiment absent\nroutine: train\ndataset: {csv: data/kicks}\nlayers: [2, 4, 1]\nepochs: 10\n```"),
             expected: "FILE:7:16: error: csv dataset file 'data/kicks_train_X.csv' not found (paths are relative to the lesson file)"),
    ]

    /// A workspace that is also a package, so `listing` blocks have a
    /// `Sources/` to quote, and holds a csv data set just outside `lessons/`.
    static func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.file("Package.swift", "// swift-tools-version: 6.1\n")
        try workspace.file("Sources/Demo/Demo.swift", "/// A demo.\npublic func realThing() -> Int { 1 }\n")
        try workspace.file("data/kicks_train_X.csv", "0.1,0.2\n0.3,0.4\n")
        try workspace.file("data/kicks_train_Y.csv", "0\n1\n")
        return workspace
    }

    @Test(arguments: blockCases)
    func blockErrorIsLocatedAndTheRestRuns(_ fixture: Case) throws {
        let workspace = try Self.workspace()
        let file = try workspace.lesson("0.1-\(fixture.name).md", fixture.text)
        let expected = fixture.expected
            .replacingOccurrences(of: "FILE", with: file)
            .replacingOccurrences(of: "LESSONS", with: workspace.root.appendingPathComponent("lessons").path)

        // check: the one error line, exit 1, nothing written.
        let check = try workspace.run("check", file)
        #expect(check.status == 1, "stderr: \(check.stderr)")
        #expect(check.errorLines == [expected], "stderr: \(check.stderr)")
        #expect(!workspace.exists("output"))

        // run: the same line, exit 1, and the page and JSON are still written.
        let run = try workspace.run("run", file, "--quiet")
        #expect(run.status == 1, "stderr: \(run.stderr)")
        #expect(run.errorLines == [expected], "stderr: \(run.stderr)")
        let id = "0.1-\(fixture.name)"
        let results = try workspace.results(id)
        if fixture.hasGood {
            #expect(results.status(of: "good") == "ok", "\(results.experimentNames)")
        }
        let html = try workspace.read("output/\(id).html")
        let location = String(expected.prefix { $0 != " " }.dropLast())  // file:line:column
        let message = String(expected.drop { $0 != " " }.dropFirst("error: ".count + 1))
        #expect(html.contains("<span class=\"location\">\(location)</span> <span class=\"severity\">error</span> <span class=\"message\">\(escaped(message))</span>"),
                "the page shows the error in place")
        #expect(html.contains("role=\"alert\""))
    }

    /// The resource limits are refused at validation unless the author lifts them.
    @Test func liftedLimitIsValid() throws {
        let workspace = try Workspace()
        let file = try workspace.lesson("0.1-heavy.md", Self.lesson(
            "```experiment long\nroutine: train\nlayers: [2, 4, 1]\nepochs: 2000000\nallow_heavy: true\n```"))
        let check = try workspace.run("check", file)
        #expect(check.status == 0, "stderr: \(check.stderr)")
        #expect(check.errorLines == [])
    }

    // MARK: Files that cannot be lessons

    @Test func emptyFile() throws {
        let workspace = try Workspace()
        let file = try workspace.lesson("0.1-empty.md", "")
        try expectUnreadable(file, "\(file):1:1: error: lesson file is empty", in: workspace)
        try workspace.lesson("0.1-empty.md", "  \n\n\t\n")
        try expectUnreadable(file, "\(file):1:1: error: lesson file is empty", in: workspace)
    }

    @Test func notUTF8() throws {
        let workspace = try Workspace()
        // Latin-1 "# Café" : é is the single byte 0xE9.
        try workspace.file("lessons/0.1-latin1.md", bytes: Array("# Caf".utf8) + [0xE9, 0x0A])
        let file = "lessons/0.1-latin1.md"
        try expectUnreadable(file, "\(file):1:6: error: file is not valid UTF-8 text (bad byte 0xE9 at byte offset 5); save it as UTF-8", in: workspace)
    }

    @Test func invalidUTF8OnALaterLineIsLocatedThere() throws {
        let workspace = try Workspace()
        try workspace.file("lessons/0.1-late.md", bytes: Array("# Title\n\nabc ".utf8) + [0xFF, 0xFE] + Array(" def\n".utf8))
        let file = "lessons/0.1-late.md"
        try expectUnreadable(file, "\(file):3:5: error: file is not valid UTF-8 text (bad byte 0xFF at byte offset 13); save it as UTF-8", in: workspace)
    }

    @Test func directoryGivenAsALesson() throws {
        let workspace = try Workspace()
        try FileManager.default.createDirectory(at: workspace.root.appendingPathComponent("lessons/0.1-folder.md"),
                                                withIntermediateDirectories: true)
        let file = "lessons/0.1-folder.md"
        try expectUnreadable(file, "\(file):1:1: error: is a directory, not a lesson file (give a .md file)", in: workspace)
    }

    @Test func missingPath() throws {
        let workspace = try Workspace()
        let file = "lessons/0.1-nowhere.md"
        let check = try workspace.run("check", file)
        #expect(check.status == 1)
        #expect(check.errorLines == ["\(file):1:1: error: no such lesson file"], "stderr: \(check.stderr)")
        let run = try workspace.run("run", file, "--quiet")
        #expect(run.status == 1)
        #expect(run.errorLines == ["\(file):1:1: error: no such lesson file"], "stderr: \(run.stderr)")
        // A missing id names the lessons folder and the closest lesson.
        try workspace.lesson("0.1-present.md", "# Present\n\n\(Self.good)\n")
        let byID = try workspace.run("check", "0.1-presnet")
        #expect(byID.status == 1)
        #expect(byID.errorLines == ["lessons/0.1-presnet.md:1:1: error: no lesson '0.1-presnet' in lessons/ (did you mean '0.1-present'?)"],
                "stderr: \(byID.stderr)")
    }

    /// `check` and `run` both report `expected` alone and exit 1; `run` still
    /// writes a page showing the error and a JSON file carrying it.
    private func expectUnreadable(_ file: String, _ expected: String, in workspace: Workspace) throws {
        let check = try workspace.run("check", file)
        #expect(check.status == 1)
        #expect(check.errorLines == [expected], "stderr: \(check.stderr)")
        let run = try workspace.run("run", file, "--quiet")
        #expect(run.status == 1)
        #expect(run.errorLines == [expected], "stderr: \(run.stderr)")
        let id = String((file as NSString).lastPathComponent.dropLast(3))
        let html = try workspace.read("output/\(id).html")
        let message = String(expected.drop { $0 != " " }.dropFirst("error: ".count + 1))
        #expect(html.contains(escaped(message)))
        let results = try workspace.results(id)
        #expect(results.experimentNames.isEmpty)
        #expect(results.diagnosticMessages == [message])
    }

    // MARK: A render with broken lessons

    @Test func renderKeepsTheGoodLessonsAndShowsEveryError() throws {
        let workspace = try Self.workspace()
        try workspace.lesson("0.1-fine.md", "# Fine\n\n\(Self.good)\n")
        try workspace.lesson("0.2-empty.md", "")
        try workspace.file("lessons/0.3-latin1.md", bytes: Array("# Caf".utf8) + [0xE9, 0x0A])
        try workspace.lesson("0.4-typo.md", Self.lesson("```experiment typo\nroutine: train\nlayers: [2, 4, 1]\nepochs: 10\nlamda: 0.7\n```"))
        try workspace.lesson("0.5-fence.md", "# Fence\n\n\(Self.good)\n\n```experiment open\nroutine: dataset\n")

        let render = try workspace.run("render", "--quiet")
        #expect(render.status == 1, "stderr: \(render.stderr)")
        #expect(render.errorLines == [
            "lessons/0.2-empty.md:1:1: error: lesson file is empty",
            "lessons/0.3-latin1.md:1:6: error: file is not valid UTF-8 text (bad byte 0xE9 at byte offset 5); save it as UTF-8",
            "lessons/0.4-typo.md:9:1: error: unknown parameter 'lamda' (did you mean 'lambda'?)",
            "lessons/0.5-fence.md:8:1: error: unterminated code fence: add a closing ``` line (without it the block swallows the text after it)",
        ], "stderr: \(render.stderr)")
        #expect(try workspace.results("0.1-fine").status(of: "good") == "ok")
        #expect(try workspace.results("0.4-typo").status(of: "good") == "ok")
        #expect(try workspace.results("0.5-fence").status(of: "good") == "ok")
        let index = try workspace.read("output/index.html")
        for id in ["0.1-fine", "0.2-empty", "0.3-latin1", "0.4-typo", "0.5-fence"] {
            #expect(workspace.exists("output/\(id).html"), "\(id) has a page")
            #expect(index.contains("\(id).html"), "the index links \(id)")
        }
        #expect(try workspace.read("output/0.2-empty.html").contains("lesson file is empty"))
        #expect(try workspace.read("output/0.5-fence.html").contains("unterminated code fence"))
    }
}

// MARK: - Helpers

func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        .replacingOccurrences(of: "'", with: "&#39;")
}

extension LessonsBinary.Outcome {
    /// The `error:` lines of standard error, in order.
    var errorLines: [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
    }
}

/// `output/<id>.json`, parsed.
struct ResultsJSON {
    let root: [String: Any]

    var experiments: [[String: Any]] { root["experiments"] as? [[String: Any]] ?? [] }
    var experimentNames: [String] { experiments.compactMap { $0["name"] as? String } }
    var diagnosticMessages: [String] {
        (root["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
    }

    func experiment(_ name: String) -> [String: Any]? {
        experiments.first { $0["name"] as? String == name }
    }

    func status(of name: String) -> String? { experiment(name)?["status"] as? String }
}

extension Workspace {
    /// Writes `relative` (creating its folders).
    func file(_ relative: String, _ text: String) throws {
        try file(relative, bytes: Array(text.utf8))
    }

    func file(_ relative: String, bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func results(_ id: String) throws -> ResultsJSON {
        let data = try Data(contentsOf: root.appendingPathComponent("output/\(id).json"))
        return ResultsJSON(root: try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:])
    }
}
