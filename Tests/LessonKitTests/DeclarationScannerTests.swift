import Testing
@testable import LessonKit

@Suite("SwiftDeclarationScanner")
struct DeclarationScannerTests {
    func declaration(_ line: String) -> (keyword: String, name: String)? {
        SwiftDeclarationScanner.declaration(in: Substring(line), at: 7).map { ($0.keyword, $0.name) }
    }

    @Test func findsKeywordAndNameAfterModifiersAndAttributes() {
        #expect(declaration("public static func circles(seed: Int) -> Dataset {")! == ("func", "circles"))
        #expect(declaration("\t@inlinable  final class   Cache {")! == ("class", "Cache"))
        #expect(declaration("    @available(macOS 14, *) public struct Adam: Optimizer {") == nil,
                "an attribute with a space inside its parentheses is not read past")
        #expect(declaration("@available(*,unavailable) enum Old {")! == ("enum", "Old"))
        #expect(declaration("extension Dataset.Source {")! == ("extension", "Dataset.Source"))
        #expect(declaration("    static func `default`() {}")! == ("func", "default"))
        #expect(declaration("  init(seed: UInt32) {") == nil, "`init(` is one word, not the keyword")
        #expect(declaration("  public init {")! == ("init", "init"))
        #expect(SwiftDeclarationScanner.declaration(in: "let m = columns", at: 7)?.line == 7)
    }

    @Test func statementsCommentsAndBlankLinesAreNotDeclarations() {
        for line in ["", "   \t ", "// func circles()", "return x", "}", "for i in 0..<n {", "public", "func"] {
            #expect(declaration(line) == nil, "\(line)")
        }
    }
}
