import Foundation
import Testing
@testable import LessonKit

@Suite("Reading lesson files")
struct ReadingTests {
    @Test func readsIDTitleAndBlocksWithPositions() throws {
        let fixture = LessonFixture()
        let path = fixture.write("1.2-regularization.md", """
        Intro text.

        # Regularization

        ```experiment base
        routine: train
        layers: [2, 3, 1]
        ```

        ```python
        print("not ours")
        ```

        - item

          ```compare both
          experiments: [base]
          ```

        ```math
        a^2
        ```
        """)
        let lesson = try LessonReader().read(path)
        #expect(lesson.id == "1.2-regularization")
        #expect(lesson.title == "Regularization")
        #expect(lesson.diagnostics.isEmpty)
        #expect(lesson.blocks.map(\.kind) == [.experiment, .compare, .math])
        #expect(lesson.blocks.map(\.name) == ["base", "both", ""])
        #expect(lesson.blocks[0].location == SourceLocation(file: path, line: 5, column: 1))
        #expect(lesson.blocks[0].bodyFirstLine == 6)
        #expect(lesson.blocks[0].body == "routine: train\nlayers: [2, 3, 1]\n")
        #expect(lesson.blocks[1].location == SourceLocation(file: path, line: 16, column: 3))
    }

    @Test func titleFallsBackToID() {
        let lesson = LessonReader().parse(source: "no heading\n", path: "lessons/2.1-optimization.md")
        #expect(lesson.title == "2.1-optimization")
    }

    @Test func missingPath() {
        #expect(throws: Diagnostic.error(at: SourceLocation(file: "nope/1.1-x.md", line: 1, column: 1), "no such lesson file")) {
            try LessonReader().read("nope/1.1-x.md")
        }
    }

    @Test func directoryAsLesson() {
        let fixture = LessonFixture()
        let messages = LessonValidator().check(paths: [fixture.folder]).map(\.description)
        #expect(messages == ["\(fixture.folder):1:1: error: is a directory, not a lesson file (give a .md file)"])
    }

    @Test func emptyFile() {
        let fixture = LessonFixture()
        #expect(fixture.check("") == ["\(fixture.path("1.1-test.md")):1:1: error: lesson file is empty"])
        #expect(fixture.check("  \n\n\t\n") == ["\(fixture.path("1.1-test.md")):1:1: error: lesson file is empty"])
    }

    @Test func notUTF8() {
        let fixture = LessonFixture()
        let path = fixture.write("1.1-latin1.md", Data("# Caf".utf8) + Data([0xE9]) + Data("\n".utf8))
        #expect(LessonValidator().check(paths: [path]).map(\.description)
            == ["\(path):1:6: error: file is not valid UTF-8 text (bad byte 0xE9 at byte offset 5); save it as UTF-8"])
    }

    @Test func blockWithoutName() {
        let fixture = LessonFixture()
        #expect(fixture.check("# T\n\n```experiment\nroutine: train\n```\n")
            == ["\(fixture.path("1.1-test.md")):3:15: error: experiment block has no name: write '```experiment <name>'"])
    }

    @Test func badName() {
        let fixture = LessonFixture()
        #expect(fixture.check("# T\n\n```experiment He_Init\nroutine: dataset\n```\n")
            == ["\(fixture.path("1.1-test.md")):3:15: error: invalid block name 'He_Init': use lowercase letters, digits and '-', starting with a letter or digit"])
        #expect(fixture.check("# T\n\n```experiment -x\nroutine: dataset\n```\n").count == 1)
    }

    @Test func duplicateName() {
        let fixture = LessonFixture()
        let text = "# T\n\n```experiment he\nroutine: dataset\n```\n\n```experiment  he\nroutine: dataset\n```\n"
        #expect(fixture.check(text)
            == ["\(fixture.path("1.1-test.md")):7:16: error: duplicate block name 'he' (first used on line 3); names must be unique within a lesson"])
    }

    @Test func unterminatedFence() {
        let fixture = LessonFixture()
        let text = "# T\n\n```experiment ok\nroutine: dataset\n```\n\n```experiment open\nroutine: dataset\n\nMore prose.\n"
        #expect(fixture.check(text)
            == ["\(fixture.path("1.1-test.md")):7:1: error: unterminated code fence: add a closing ``` line (without it the block swallows the text after it)"])
        // A longer opening fence is not closed by a shorter one.
        #expect(fixture.check("# T\n\n````experiment a\nroutine: dataset\n```\n").count == 1)
        // A fence on the very last line, with nothing after it.
        #expect(fixture.check("# T\n\n```python").count == 1)
    }

    @Test func closedFencesInContainersAreFine() {
        let fixture = LessonFixture()
        let text = "# T\n\n> ```experiment q\n> routine: dataset\n> ```\n\n~~~~experiment t\nroutine: dataset\n~~~~~\n"
        #expect(fixture.check(text) == [])
    }

    @Test func indentedCodeIsIgnored() {
        let lesson = LessonReader().parse(source: "# T\n\n    experiment x\n\ntext\n", path: "a.md")
        #expect(lesson.blocks.isEmpty && lesson.diagnostics.isEmpty)
    }

    @Test func directoryScanOrdersBySection() throws {
        let fixture = LessonFixture()
        for name in ["3.1-frameworks.md", "README.md", "10.1-later.md", "1.2-regularization.md", "notes.md",
                     "2.1-optimization.md", "1.1-initialization.md", "data.csv"] {
            fixture.write(name, "# x\n")
        }
        let names = try LessonDirectory.lessonPaths(in: fixture.folder).map { ($0 as NSString).lastPathComponent }
        #expect(names == ["1.1-initialization.md", "1.2-regularization.md", "2.1-optimization.md",
                          "3.1-frameworks.md", "10.1-later.md", "notes.md"])
    }

    @Test func packageRootIsFoundAbove() {
        let fixture = LessonFixture()
        fixture.write("pkg/Package.swift", "// swift-tools-version: 6.1\n")
        fixture.write("pkg/lessons/deep/1.1-a.md", "# a\n")
        let root = PackageRoot.find(from: fixture.path("pkg/lessons/deep"))
        #expect(root.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
            == URL(fileURLWithPath: fixture.path("pkg")).resolvingSymlinksInPath().path)
    }
}
