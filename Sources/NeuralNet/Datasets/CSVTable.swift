import Foundation

/// A numeric CSV file: one row per line, comma-separated fields, every row
/// as wide as the first. Blank lines and lines starting with `#` are skipped
/// (as numpy's `loadtxt` does), but line numbers keep counting them, so an
/// error points at the line an editor shows.
///
/// Numbers are parsed with `Double(_:)`, which rounds correctly: a file
/// written with Python's `repr` (shortest round-trip form) gives back the
/// exact doubles. `nan` and `inf` are rejected: they are never data.
struct CSVTable {
    var path: String
    /// The rows' values, `rows[i].count == width` for every row.
    var rows: [[Double]]
    /// The raw text of each field, kept for label checks (`1` vs `1.5`).
    var fields: [[Substring]]
    /// 1-based line of each row and 1-based character column of each field.
    var lines: [Int]
    var columns: [[Int]]

    var width: Int { rows.first?.count ?? 0 }

    /// Reads and parses `path`.
    static func read(_ path: String) throws(DatasetError) -> CSVTable {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw DatasetError(file: path, .missingFile)
        }
        let text: String
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard let decoded = String(data: data, encoding: .utf8) else {
                throw DatasetError(file: path, .unreadable(reason: "not UTF-8 text"))
            }
            text = decoded
        } catch let error as DatasetError {
            throw error
        } catch {
            throw DatasetError(file: path, .unreadable(reason: error.localizedDescription))
        }
        return try parse(text, path: path)
    }

    /// Parses CSV text; `path` only names the source in errors.
    static func parse(_ text: String, path: String) throws(DatasetError) -> CSVTable {
        var table = CSVTable(path: path, rows: [], fields: [], lines: [], columns: [])
        // Keeping empty pieces makes the index the line number. "\r\n" is a
        // single Character in Swift, so Windows files split like Unix ones.
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let lineNumber = index + 1
            let content = line.drop { $0 == " " || $0 == "\t" }
            if content.isEmpty || content.first == "#" { continue }

            var values = [Double](), texts = [Substring](), starts = [Int]()
            var column = 1
            for piece in line.split(separator: ",", omittingEmptySubsequences: false) {
                let leading = piece.prefix { $0 == " " || $0 == "\t" }.count
                let field = trimmed(piece)
                guard let value = Double(field), value.isFinite else {
                    throw DatasetError(file: path, line: lineNumber, column: column + leading,
                                       .notANumber(field: values.count + 1, text: String(field)))
                }
                values.append(value)
                texts.append(field)
                starts.append(column + leading)
                column += piece.count + 1
            }
            if let first = table.rows.first, first.count != values.count {
                throw DatasetError(file: path, line: lineNumber,
                                   .raggedRow(expected: first.count, found: values.count))
            }
            table.rows.append(values)
            table.fields.append(texts)
            table.lines.append(lineNumber)
            table.columns.append(starts)
        }
        if table.rows.isEmpty { throw DatasetError(file: path, .emptyFile) }
        return table
    }

    private static func trimmed(_ s: Substring) -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = s.firstIndex(where: { !isSpace($0) }),
              let last = s.lastIndex(where: { !isSpace($0) }) else { return s[s.endIndex...] }
        return s[first...last]
    }

    /// The table in the course's layout: `(width, rows)`, one column per example.
    var examplesAsColumns: Matrix {
        var m = Matrix(rows: width, columns: rows.count)
        for (c, row) in rows.enumerated() {
            for (r, value) in row.enumerated() { m[r, c] = value }
        }
        return m
    }
}
