import CommonMark

/// The opening line of a fenced code block, read from the source bytes,
/// because cmark 0.30 neither says whether a block was fenced nor whether its
/// fence was ever closed (an unterminated fence silently runs to the end of
/// the document).
struct FenceLine {
    /// `` ` `` or `~`.
    let character: UInt8
    /// How many fence characters opened the block (3 or more).
    let count: Int
    /// Columns from the fence's first character to the block name (the word
    /// after the language), or to just past the language when there is no name.
    let nameOffset: Int

    /// `nil` when the block is an indented code block (no fence at its start).
    init?(lines: SourceLines, block: CodeBlock) {
        let line = lines.line(block.startLine)
        let start = line.startIndex + block.startColumn - 1
        guard start >= line.startIndex, start < line.endIndex else { return nil }
        let first = line[start]
        guard first == UInt8(ascii: "`") || first == UInt8(ascii: "~") else { return nil }
        let rest = line[start...]
        let count = rest.prefix { $0 == first }.count
        guard count >= 3 else { return nil }
        character = first
        self.count = count

        // fence, spaces, language, spaces, name: measured in characters.
        let text = String(decoding: rest, as: UTF8.self)
        var offset = 0
        var index = text.startIndex
        func skip(while predicate: (Character) -> Bool) {
            while index < text.endIndex, predicate(text[index]) {
                index = text.index(after: index)
                offset += 1
            }
        }
        skip { $0 == Character(Unicode.Scalar(first)) }
        skip { $0 == " " || $0 == "\t" }
        skip { $0 != " " && $0 != "\t" }
        let afterLanguage = offset
        skip { $0 == " " || $0 == "\t" }
        nameOffset = index == text.endIndex ? afterLanguage + 1 : offset
    }

    /// The fence as written, for messages (```` ``` ````).
    var marker: String { String(repeating: Character(Unicode.Scalar(character)), count: count) }

    /// Whether `line` (the block's last line according to cmark) is a closing
    /// fence for this opening: the same character, at least as many of them,
    /// nothing else but spaces. Container prefixes (`>` of a quote, list
    /// indentation) are skipped.
    func isClosed(by line: ArraySlice<UInt8>, sameLine: Bool) -> Bool {
        guard !sameLine else { return false }
        let content = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") }
        let run = content.prefix { $0 == character }.count
        guard run >= count else { return false }
        return content.dropFirst(run).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
