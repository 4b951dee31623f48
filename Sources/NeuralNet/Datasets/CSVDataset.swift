import Foundation

extension Dataset {
    /// Loads the user's CSV files `prefix_train_X.csv` and `prefix_train_Y.csv`,
    /// plus `prefix_test_X.csv` and `prefix_test_Y.csv` when both exist.
    ///
    /// Every file has one example per row (numpy's `savetxt(X.T)` layout);
    /// the result uses the course's layout, X `(features, m)` and Y `(1, m)`.
    /// Labels are integer class indices in `0..<classes`; `classes: 2` (the
    /// default) accepts only 0 and 1, `classes: nil` takes the largest label
    /// plus one (at least 2). Every failure is a ``DatasetError`` naming the
    /// file and, where one line is at fault, its line and column.
    ///
    /// - Parameters:
    ///   - prefix: the path up to `_train_X.csv`, e.g. `data/kicks`; or a
    ///     directory (`data/` or an existing folder), which reads
    ///     `data/train_X.csv` etc., the course's own file names.
    ///   - name: the data set's name; defaults to the prefix's last component.
    public static func csv(prefix: String, classes: Int? = 2, name: String? = nil) throws(DatasetError) -> Dataset {
        let stem = fileStem(prefix)
        let trainXPath = stem + "train_X.csv", trainYPath = stem + "train_Y.csv"
        let testXPath = stem + "test_X.csv", testYPath = stem + "test_Y.csv"

        let trainX = try CSVTable.read(trainXPath)
        let trainYTable = try CSVTable.read(trainYPath)
        var labelTables = [trainYTable]
        try checkCounts(trainX, trainYTable)

        var test: (x: CSVTable, y: CSVTable)?
        let fileManager = FileManager.default
        switch (fileManager.fileExists(atPath: testXPath), fileManager.fileExists(atPath: testYPath)) {
        case (true, true):
            let x = try CSVTable.read(testXPath), y = try CSVTable.read(testYPath)
            if x.width != trainX.width {
                throw DatasetError(file: testXPath, line: x.lines[0],
                                   .featureMismatch(expected: trainX.width, found: x.width))
            }
            try checkCounts(x, y)
            labelTables.append(y)
            test = (x, y)
        case (true, false):
            throw DatasetError(file: testXPath, .unpairedTestFile(missing: testYPath))
        case (false, true):
            throw DatasetError(file: testYPath, .unpairedTestFile(missing: testXPath))
        case (false, false):
            break
        }

        let labelSets = try labelTables.map { table throws(DatasetError) in try labels(table) }
        let largest = labelSets.flatMap { $0.map(\.value) }.max() ?? 0
        let classCount = classes ?? max(2, largest + 1)
        for (table, labels) in zip(labelTables, labelSets) {
            if let bad = labels.first(where: { $0.value < 0 || $0.value >= classCount }) {
                throw DatasetError(file: table.path, line: bad.line, column: bad.column,
                                   .labelOutOfRange(label: bad.value, classes: classCount))
            }
        }

        let toRow: ([(value: Int, line: Int, column: Int)]) -> Matrix = { labels in
            Matrix(rows: 1, columns: labels.count, elements: labels.map { Double($0.value) })
        }
        let datasetName = name ?? URL(fileURLWithPath: prefix).standardizedFileURL.lastPathComponent
        return Dataset(name: datasetName,
                       trainX: trainX.examplesAsColumns, trainY: toRow(labelSets[0]),
                       testX: test?.x.examplesAsColumns, testY: test.map { _ in toRow(labelSets[1]) },
                       classes: classCount)
    }

    /// `prefix_` for a file prefix, `prefix/` for a directory.
    private static func fileStem(_ prefix: String) -> String {
        var isDirectory: ObjCBool = false
        if prefix.hasSuffix("/") { return prefix }
        if FileManager.default.fileExists(atPath: prefix, isDirectory: &isDirectory), isDirectory.boolValue {
            return prefix + "/"
        }
        return prefix + "_"
    }

    /// X and Y must hold the same number of examples; the error points at the
    /// first row that has no partner (in whichever file is longer).
    private static func checkCounts(_ x: CSVTable, _ y: CSVTable) throws(DatasetError) {
        guard x.rows.count != y.rows.count else { return }
        let longer = x.rows.count > y.rows.count ? x : y
        let shorter = x.rows.count > y.rows.count ? y : x
        throw DatasetError(file: longer.path, line: longer.lines[shorter.rows.count],
                           .countMismatch(examples: x.rows.count, labels: y.rows.count, labelFile: y.path))
    }

    /// One integer label per row: `1`, `1.0` and `1e0` are class 1; `0.5` is an error.
    private static func labels(_ table: CSVTable) throws(DatasetError) -> [(value: Int, line: Int, column: Int)] {
        if table.width != 1 {
            throw DatasetError(file: table.path, line: table.lines[0], .labelColumns(found: table.width))
        }
        var result = [(value: Int, line: Int, column: Int)]()
        result.reserveCapacity(table.rows.count)
        for i in table.rows.indices {
            let value = table.rows[i][0]
            guard value == value.rounded(), abs(value) < 1e9 else {
                throw DatasetError(file: table.path, line: table.lines[i], column: table.columns[i][0],
                                   .nonIntegerLabel(text: String(table.fields[i][0])))
            }
            result.append((Int(value), table.lines[i], table.columns[i][0]))
        }
        return result
    }
}
