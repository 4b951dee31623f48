import Testing
@testable import LessonKit

@Suite("JSON parser")
struct JSONParserTests {
    @Test func roundTripKeepsOrderIntsAndDoubles() throws {
        let value = JSONValue.object([
            ("zeta", .int(15000)),
            ("alpha", .double(0.01)),
            ("mid", .double(15000)),
            ("neg", .int(-3)),
            ("big", .int(Int.max)),
            ("small", .double(.leastNonzeroMagnitude)),
            ("third", .double(1.0 / 3.0)),
            ("negzero", .double(-0.0)),
            ("list", .array([.null, .bool(true), .bool(false), .array([]), .object([])])),
            ("nested", .object([("b", .int(1)), ("a", .int(2))])),
        ])
        for text in [value.prettyPrinted(), value.compact()] {
            let parsed = try JSONParser.parse(text)
            #expect(parsed == value)
            #expect(parsed.compact() == value.compact())
            #expect(parsed.objectValue?.map(\.0) == ["zeta", "alpha", "mid", "neg", "big", "small", "third", "negzero", "list", "nested"])
        }
        #expect(try JSONParser.parse("15000") == .int(15000))
        #expect(try JSONParser.parse("15000.0") == .double(15000))
        #expect(try JSONParser.parse("1e3") == .double(1000))
        #expect(try JSONParser.parse("-0.0") == .double(-0.0))
        // Beyond Int: still a number, as a double.
        #expect(try JSONParser.parse("123456789012345678901234") == .double(1.2345678901234568e23))
    }

    @Test func doublesUseShortestRoundTripForm() throws {
        for d in [0.1, 0.2 + 0.1, 0.8830537463419761, 1e-300, 1.7976931348623157e308, 2.5e-8, 123456.789] {
            let text = JSONValue.double(d).compact()
            #expect(text == "\(d)")
            #expect(try JSONParser.parse(text) == .double(d))
        }
    }

    @Test func nonFiniteValuesStayStrings() throws {
        let value = JSONValue.array([.double(.infinity), .double(-.infinity), .double(.nan)])
        #expect(value.compact() == #"["inf","-inf","nan"]"#)
        let parsed = try JSONParser.parse(value.compact())
        #expect(parsed == .array([.string("inf"), .string("-inf"), .string("nan")]))
        #expect(parsed.arrayValue?.map { $0.doubleValue?.isNaN } == [false, false, true])
        #expect(parsed.arrayValue?[0].doubleValue == .infinity)
    }

    @Test func escapesAndUnicode() throws {
        let tricky = "quote \" backslash \\ slash / newline \n tab \t cr \r bell \u{07} nul \u{00} é 中文 🧠"
        let text = JSONValue.string(tricky).compact()
        #expect(try JSONParser.parse(text) == .string(tricky))
        #expect(try JSONParser.parse(#""\u00e9\u4E2D\ud83e\udde0\/\b\f""#) == .string("é中🧠/\u{08}\u{0C}"))
        #expect(try JSONParser.parse("\"中文 🧠\"") == .string("中文 🧠"))
        let key = JSONValue.object([("clé \"1\"", .string("ü"))])
        #expect(try JSONParser.parse(key.prettyPrinted()) == key)
    }

    @Test func whitespaceAround() throws {
        #expect(try JSONParser.parse(" \n\t\r{ \"a\" : [ 1 , 2 ] } \n") == .object([("a", .array([.int(1), .int(2)]))]))
    }

    @Test(arguments: [
        ("", 0, "unexpected end of input"),
        ("{\"a\": 1,}", 8, "expected a string key"),
        ("[1, 2,]", 6, "unexpected character ']'"),
        ("[1 2]", 3, "expected ',' or ']'"),
        ("{\"a\" 1}", 5, "expected ':'"),
        ("{\"a\": 1", 7, "unexpected end of input"),
        ("01", 1, "leading zeros"),
        ("1.", 2, "expected a digit after '.'"),
        ("1e", 2, "expected a digit in the exponent"),
        ("-", 1, "expected a digit"),
        ("NaN", 0, "unexpected character 'N'"),
        ("Infinity", 0, "unexpected character 'I'"),
        ("tru", 0, "expected 'true'"),
        ("nul", 0, "expected 'null'"),
        ("\"abc", 4, "unterminated string"),
        ("\"a\nb\"", 2, "control character"),
        ("\"\\x\"", 1, "invalid escape"),
        ("\"\\u12\"", 5, "hex digit"),
        ("\"\\ud83e\"", 1, "lone high surrogate"),
        ("\"\\udde0\"", 1, "lone low surrogate"),
        ("1e400", 0, "out of range"),
        ("[1] x", 4, "unexpected data after"),
        ("// c\n1", 0, "unexpected character '/'"),
    ] as [(String, Int, String)])
    func errorsCarryByteOffsets(text: String, offset: Int, message: String) {
        do {
            let value = try JSONParser.parse(text)
            Issue.record("parsed \(value) from \(text)")
        } catch {
            #expect(error.offset == offset, "\(text): \(error)")
            #expect(error.message.contains(message), "\(text): \(error)")
            #expect(error.description.hasPrefix("byte \(offset): "))
        }
    }

    @Test func invalidUTF8IsRefusedWithItsOffset() {
        let bytes: [UInt8] = [0x22, 0x61, 0xC3, 0x28, 0x22]  // "a\xC3(" 
        #expect(throws: JSONParseError.self) { try JSONParser.parse(bytes) }
        do { _ = try JSONParser.parse(bytes) } catch { #expect(error.offset == 2) }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
        let fine = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect((try? JSONParser.parse(fine)) != nil)
    }

    @Test func truncatedDocumentsAlwaysFail() throws {
        let text = JSONValue.object([("a", .array([.double(0.5), .string("x\u{e9}")])), ("b", .null)]).compact()
        let bytes = Array(text.utf8)
        for length in 0..<bytes.count {
            #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(bytes[0..<length])) }
        }
    }
}

@Suite("JSON writer layout")
struct JSONWriterLayoutTests {
    @Test func seriesPointsReadAsInTheProductExample() {
        let series = JSONValue.object([("cost", .array([.array([.int(0), .double(0.8830537463419761)]),
                                                        .array([.int(1000), .double(0.6879825919728063)])]))])
        #expect(series.prettyPrinted() == "{\n  \"cost\": [[0, 0.8830537463419761], [1000, 0.6879825919728063]]\n}\n")
        #expect(series.compact() == #"{"cost":[[0,0.8830537463419761],[1000,0.6879825919728063]]}"#)
    }
}
