import ArgumentParser
import Foundation

/// `lessons`: turns Markdown lessons with experiment blocks into HTML reports.
///
/// Exit status (PRODUCT.md §4): 0 when everything ran, 1 when an experiment
/// failed or a lesson is invalid (pages are still written), 2 for usage errors.
@main
struct Lessons: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "Run the experiments of Markdown lessons and write self-contained HTML reports.",
        discussion: """
            Lessons are Markdown files in lessons/ (ids like 1.1-initialization). \
            Each `experiment <name>` block runs a routine of the NeuralNet library; \
            results are cached under <output>/.cache, so rerendering after a prose \
            edit reruns nothing.
            """,
        version: ToolInfo.version,
        subcommands: [Render.self, Run.self, Check.self, List.self, Routines.self],
        defaultSubcommand: nil)

    /// Parses and runs, mapping ArgumentParser's usage errors to exit status 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help, --version
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(code == .failure ? 1 : 2)
        }
    }
}
