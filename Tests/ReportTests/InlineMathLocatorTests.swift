import Testing
@testable import LessonKit
@testable import Report

@Suite struct InlineMathLocatorTests {
    @Test func spansWithTheSameTextAreFoundInOrder() {
        let source = """
            # Title

            Prose with $`\\alpha`$ and, later on the line, $`\\beta`$.
            Plain prose, no math; a price of $5 and `code`.
            Again $`\\alpha`$ here.
            """
        let locator = InlineMathLocator(source: source, file: "lesson.md")
        #expect(locator.next("\\alpha") == SourceLocation(file: "lesson.md", line: 3, column: 12))
        #expect(locator.next("\\beta") == SourceLocation(file: "lesson.md", line: 3, column: 47))
        #expect(locator.next("\\alpha") == SourceLocation(file: "lesson.md", line: 5, column: 7))
        // A span the source does not hold (or a third occurrence) falls back to line 1.
        #expect(locator.next("\\alpha") == SourceLocation(file: "lesson.md", line: 1))
    }
}
