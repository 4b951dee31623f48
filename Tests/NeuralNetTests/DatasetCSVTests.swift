import Foundation
import Testing
@testable import NeuralNet

/// The CSV loader: the golden course files, and a located error for each way
/// a file can be wrong.
@Suite struct DatasetCSVTests {
    /// A fresh directory holding the given files (name → contents).
    private func directory(_ files: [String: String]) throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("DatasetCSVTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return url.path
    }

    /// Loads `dir/kicks_*` and returns the error it throws.
    private func loadError(_ files: [String: String], classes: Int? = 2) throws -> DatasetError? {
        let dir = try directory(files)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        do {
            _ = try Dataset.csv(prefix: dir + "/kicks", classes: classes)
            return nil
        } catch {
            return error  // typed throws: `error` is a DatasetError
        }
    }

    private let goodX = "0.5,1\n-2,3.25\n4e-1, 7\n"
    private let goodY = "0\n1\n1\n"

    @Test(.enabled(if: DatasetGoldenData.isAvailable, DatasetGoldenData.skipMessage))
    func loadsTheCourseRegularizationData() throws {
        let data = try Dataset.csv(prefix: DatasetGoldenData.directory.path)
        #expect(data.trainX.rows == 2 && data.trainX.columns == 211)
        #expect(data.trainY.rows == 1 && data.trainY.columns == 211)
        #expect(data.testX?.columns == 200 && data.testY?.columns == 200)
        #expect(data.trainY.sum() == 106 && data.testY?.sum() == 87)  // course-facts §4
        #expect(data.trainX == (try DatasetGoldenData.matrix("train_X.csv")))
        #expect(data.classes == 2 && data.name == "data")
    }

    @Test func loadsPrefixedFilesInTheCourseLayout() throws {
        let dir = try directory(["kicks_train_X.csv": goodX, "kicks_train_Y.csv": goodY,
                                 "kicks_test_X.csv": "1,2\r\n\r\n# a comment\n3,4\n", "kicks_test_Y.csv": "1.0\n0\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let data = try Dataset.csv(prefix: dir + "/kicks")
        #expect(data.name == "kicks")
        #expect(data.trainX == Matrix([[0.5, -2, 0.4], [1, 3.25, 7]]))
        #expect(data.trainY == Matrix([[0, 1, 1]]))
        #expect(data.testX == Matrix([[1, 3], [2, 4]]))
        #expect(data.testY == Matrix([[1, 0]]))
    }

    @Test func missingFile() throws {
        let error = try #require(try loadError(["kicks_train_X.csv": goodX]))
        #expect(error.kind == .missingFile && error.file.hasSuffix("kicks_train_Y.csv") && error.line == nil)
        #expect(error.description.hasSuffix("kicks_train_Y.csv: error: file not found"))
    }

    @Test func emptyFile() throws {
        let error = try #require(try loadError(["kicks_train_X.csv": "\n  \n", "kicks_train_Y.csv": goodY]))
        #expect(error.kind == .emptyFile && error.file.hasSuffix("kicks_train_X.csv"))
    }

    @Test func raggedRow() throws {
        let error = try #require(try loadError(["kicks_train_X.csv": "1,2\n3,4\n5\n", "kicks_train_Y.csv": goodY]))
        #expect(error.kind == .raggedRow(expected: 2, found: 1))
        #expect(error.line == 3 && error.file.hasSuffix("kicks_train_X.csv"))
        #expect(error.description.hasSuffix("kicks_train_X.csv:3: error: row has 1 field, expected 2 like the first row"))
    }

    @Test func nonNumberIsLocatedToLineAndColumn() throws {
        let error = try #require(try loadError(["kicks_train_X.csv": "1,2\n\n3,  abc\n", "kicks_train_Y.csv": "0\n1\n"]))
        #expect(error.kind == .notANumber(field: 2, text: "abc"))
        #expect(error.line == 3 && error.column == 5)
        #expect(error.description.hasSuffix("kicks_train_X.csv:3:5: error: 'abc' is not a number (field 2)"))
        let empty = try #require(try loadError(["kicks_train_X.csv": "1,\n", "kicks_train_Y.csv": "0\n"]))
        #expect(empty.kind == .notANumber(field: 2, text: "") && empty.message == "field 2 is empty")
        let nan = try #require(try loadError(["kicks_train_X.csv": "nan,1\n", "kicks_train_Y.csv": "0\n"]))
        #expect(nan.kind == .notANumber(field: 1, text: "nan") && nan.column == 1)
    }

    @Test func labelOtherThanZeroOrOneForBinaryData() throws {
        let error = try #require(try loadError(["kicks_train_X.csv": goodX, "kicks_train_Y.csv": "0\n2\n1\n"]))
        #expect(error.kind == .labelOutOfRange(label: 2, classes: 2))
        #expect(error.line == 2 && error.column == 1)
        #expect(error.message == "label 2 is not 0 or 1 (binary data)")
        let negative = try #require(try loadError(["kicks_train_X.csv": goodX, "kicks_train_Y.csv": "0\n1\n-1\n"], classes: nil))
        #expect(negative.kind == .labelOutOfRange(label: -1, classes: 2) && negative.line == 3)
    }

    @Test func multiClassLabelsWhenAsked() throws {
        let dir = try directory(["kicks_train_X.csv": goodX, "kicks_train_Y.csv": "0\n4\n2\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try Dataset.csv(prefix: dir + "/kicks", classes: nil).classes == 5)
        #expect(try Dataset.csv(prefix: dir + "/kicks", classes: 10).classes == 10)
        #expect(throws: DatasetError.self) { try Dataset.csv(prefix: dir + "/kicks", classes: 3) }
    }

    @Test func nonIntegerLabel() throws {
        let error = try #require(try loadError(["kicks_train_X.csv": goodX, "kicks_train_Y.csv": "0\n1\n0.5\n"]))
        #expect(error.kind == .nonIntegerLabel(text: "0.5") && error.line == 3 && error.column == 1)
        let wide = try #require(try loadError(["kicks_train_X.csv": goodX, "kicks_train_Y.csv": "0,1\n1,0\n1,1\n"]))
        #expect(wide.kind == .labelColumns(found: 2) && wide.line == 1)
    }

    @Test func mismatchedCounts() throws {
        let error = try #require(try loadError(["kicks_train_X.csv": goodX, "kicks_train_Y.csv": "0\n1\n"]))
        #expect(error.kind == .countMismatch(examples: 3, labels: 2, labelFile: error.kind.labelFile ?? ""))
        #expect(error.file.hasSuffix("kicks_train_X.csv") && error.line == 3)
        let moreLabels = try #require(try loadError(["kicks_train_X.csv": goodX, "kicks_train_Y.csv": "0\n1\n1\n0\n"]))
        #expect(moreLabels.file.hasSuffix("kicks_train_Y.csv") && moreLabels.line == 4)
    }

    @Test func incompleteOrMismatchedTestSet() throws {
        let base = ["kicks_train_X.csv": goodX, "kicks_train_Y.csv": goodY]
        let unpaired = try #require(try loadError(base.merging(["kicks_test_X.csv": "1,2\n"]) { $1 }))
        #expect(unpaired.file.hasSuffix("kicks_test_X.csv"))
        guard case .unpairedTestFile(let missing) = unpaired.kind else { Issue.record("wrong kind"); return }
        #expect(missing.hasSuffix("kicks_test_Y.csv"))
        let wider = try #require(try loadError(base.merging(["kicks_test_X.csv": "1,2,3\n", "kicks_test_Y.csv": "1\n"]) { $1 }))
        #expect(wider.kind == .featureMismatch(expected: 2, found: 3) && wider.line == 1)
        let badLabel = try #require(try loadError(base.merging(["kicks_test_X.csv": "1,2\n", "kicks_test_Y.csv": "7\n"]) { $1 }))
        #expect(badLabel.file.hasSuffix("kicks_test_Y.csv") && badLabel.line == 1)
    }
}

extension DatasetError.Kind {
    fileprivate var labelFile: String? {
        if case .countMismatch(_, _, let file) = self { return file }
        return nil
    }
}
