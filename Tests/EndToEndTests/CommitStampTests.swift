import Foundation
import Testing

/// The `commit` of the results' environment: asked of git in the background
/// while the experiments run, so it must still be exact when written.
@Suite struct CommitStampTests {
    static let lesson = """
    # Stamp

    ```experiment data
    routine: dataset
    dataset: circles
    ```
    """

    /// `git <arguments>` in `directory`; nil when git is missing or fails.
    static func git(_ arguments: [String], in directory: URL) -> String? {
        let outcome = try? LessonsBinary.run(URL(fileURLWithPath: "/usr/bin/env"),
                                             ["git", "-c", "user.name=t", "-c", "user.email=t@t"] + arguments,
                                             in: directory)
        guard let outcome, outcome.status == 0 else { return nil }
        return outcome.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func commit(in workspace: Workspace) throws -> String? {
        let json = try workspace.read("output/0.1-stamp.json")
        guard let range = json.range(of: #""commit": "([^"]*)""#, options: .regularExpression) else { return nil }
        return String(json[range].dropFirst(#""commit": ""#.count).dropLast())
    }

    @Test func outsideACheckoutTheCommitIsUnknown() throws {
        let workspace = try Workspace()
        try workspace.lesson("0.1-stamp.md", Self.lesson)
        let outcome = try workspace.run("run", "0.1-stamp", "--quiet")
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(try Self.commit(in: workspace) == "unknown")
    }

    @Test func aCheckoutGivesItsCommitAndDirtyWhenTrackedFilesChanged() throws {
        let workspace = try Workspace()
        try workspace.lesson("0.1-stamp.md", Self.lesson)
        guard Self.git(["init", "-q"], in: workspace.root) != nil,
              Self.git(["add", "lessons"], in: workspace.root) != nil,
              Self.git(["commit", "-q", "-m", "fixture"], in: workspace.root) != nil,
              let head = Self.git(["rev-parse", "--short", "HEAD"], in: workspace.root)
        else {
            Issue.record("git is needed for this test and could not make a fixture repository")
            return
        }
        // output/ is untracked: writing it does not make the checkout dirty.
        #expect(try workspace.run("run", "0.1-stamp", "--quiet", "--force").status == 0)
        #expect(try Self.commit(in: workspace) == head)

        try workspace.lesson("0.1-stamp.md", Self.lesson + "\n\nMore prose.\n")
        #expect(try workspace.run("run", "0.1-stamp", "--quiet").status == 0)
        #expect(try Self.commit(in: workspace) == head + "-dirty")
    }
}
