/// A data file that cannot be loaded, located as precisely as the problem
/// allows: the file always, the 1-based line when one line is at fault, and
/// the 1-based character column of the offending field when one field is.
///
/// `description` reads like a compiler diagnostic,
/// `data/kicks_train_X.csv:12:9: error: 'abc' is not a number (field 2)`,
/// so the command line can print it as is and a lesson can show it in place.
public struct DatasetError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        /// The file does not exist (or is not a regular file).
        case missingFile
        /// The file exists but cannot be read or is not UTF-8 text.
        case unreadable(reason: String)
        /// No data rows at all (only blank or `#` comment lines).
        case emptyFile
        /// A row with a different number of fields than the first row.
        case raggedRow(expected: Int, found: Int)
        /// A field that does not parse as a finite number.
        case notANumber(field: Int, text: String)
        /// A label that is a number but not an integer (`0.5`).
        case nonIntegerLabel(text: String)
        /// An integer label outside `0..<classes`.
        case labelOutOfRange(label: Int, classes: Int)
        /// A label file with more than one field per row.
        case labelColumns(found: Int)
        /// X and Y hold different numbers of examples.
        case countMismatch(examples: Int, labels: Int, labelFile: String)
        /// A test set whose feature count differs from the training set's.
        case featureMismatch(expected: Int, found: Int)
        /// A test X file without its Y file or the other way round.
        case unpairedTestFile(missing: String)
        /// Stored data whose shape or content is wrong (a corrupt resource).
        case corrupt(reason: String)
        /// A split that asks for more test examples than the data leaves room for.
        case tooFewExamples(needed: Int, found: Int)
    }

    public var file: String
    public var line: Int?
    public var column: Int?
    public var kind: Kind

    public init(file: String, line: Int? = nil, column: Int? = nil, _ kind: Kind) {
        self.file = file
        self.line = line
        self.column = column
        self.kind = kind
    }

    /// The message without the location.
    public var message: String {
        switch kind {
        case .missingFile:
            return "file not found"
        case .unreadable(let reason):
            return "cannot read the file: \(reason)"
        case .emptyFile:
            return "the file holds no data rows"
        case .raggedRow(let expected, let found):
            return "row has \(found) field\(found == 1 ? "" : "s"), expected \(expected) like the first row"
        case .notANumber(let field, let text):
            return text.isEmpty ? "field \(field) is empty" : "'\(text)' is not a number (field \(field))"
        case .nonIntegerLabel(let text):
            return "label '\(text)' is not an integer class index"
        case .labelOutOfRange(let label, let classes):
            return classes == 2
                ? "label \(label) is not 0 or 1 (binary data)"
                : "label \(label) is outside 0…\(classes - 1) (\(classes) classes)"
        case .labelColumns(let found):
            return "a label file has one label per row, found \(found) fields"
        case .countMismatch(let examples, let labels, let labelFile):
            return "\(examples) examples but \(labels) labels in \(labelFile)"
        case .featureMismatch(let expected, let found):
            return "test examples have \(found) features, training examples have \(expected)"
        case .unpairedTestFile(let missing):
            return "test set is incomplete: \(missing) not found"
        case .corrupt(let reason):
            return "corrupt data: \(reason)"
        case .tooFewExamples(let needed, let found):
            return "\(found) examples cannot be split: at least \(needed) are needed"
        }
    }

    /// `file:line:column: error: message`, leaving out the parts that are unknown.
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): error: \(message)"
    }
}
