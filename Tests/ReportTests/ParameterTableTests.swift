import LessonKit
import Testing
@testable import Report

@Suite struct ParameterTableTests {
    static func table(set count: Int, defaults: Int = 3) -> ParameterTable {
        let pairs: [(String, JSONValue)] = (0..<(count + defaults)).map { ("p\($0)", .int($0)) }
        return ParameterTable(parameters: .object(pairs), explicitKeys: Set((0..<count).map { "p\($0)" }), id: "experiment-x-parameters")
    }

    static func chipCount(_ html: String) -> Int { html.components(separatedBy: "<span class=\"chip-key\">").count - 1 }

    @Test func everyParameterTheLessonSetIsAChip() {
        // Ten explicit parameters (the most a lesson sets): all shown, no "more".
        let chips = Self.table(set: 10).chips
        #expect(Self.chipCount(chips) == 10)
        #expect(chips.contains("<span class=\"chip-key\">p9</span> <span class=\"chip-value\">9</span>"))
        #expect(!chips.contains("more"))
        #expect(!chips.contains("p10"), "defaults are not chips")
    }

    @Test func manyParametersEndWithALinkToTheFullTable() {
        let table = Self.table(set: 15)
        #expect(Self.chipCount(table.chips) == ParameterTable.chipLimit - 1)
        #expect(table.chips.contains("<li class=\"chip-more\"><a href=\"#experiment-x-parameters\">+4 more</a></li>"))
        #expect(table.html.contains("<table class=\"params\" id=\"experiment-x-parameters\">"))
    }
}
