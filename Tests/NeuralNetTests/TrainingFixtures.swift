import Foundation
import Testing
@testable import NeuralNet

/// Shared helpers of the training-core tests: the golden data of
/// `../shared/data/` (a sibling of the repository, located from this file's
/// path; tests that need it are disabled, saying so, when it is absent) and
/// tolerant comparisons.
enum TrainingFixtures {
    static let dataDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // NeuralNetTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository
        .deletingLastPathComponent()
        .appendingPathComponent("shared/data")

    static var dataAvailable: Bool {
        FileManager.default.fileExists(atPath: dataDirectory.appendingPathComponent("train_X.csv").path)
            && FileManager.default.fileExists(atPath: dataDirectory.appendingPathComponent("circles_train_X.csv").path)
    }

    /// Heavy suites (the course's full runs) need an optimized build: debug
    /// code is 20–100× slower. `NEURALNET_HEAVY=1` forces them in debug.
    static var heavyEnabled: Bool {
        #if DEBUG
        return ProcessInfo.processInfo.environment["NEURALNET_HEAVY"] == "1"
        #else
        return true
        #endif
    }

    static let debugBuild: Comment = "skipped in debug builds: run `swift test -c release --filter CourseRunTests`"

    static let missingData: Comment = "skipped: golden data ../shared/data (sibling of the repository) not found"

    /// A CSV with one example per row, as `(columns, rows)` of the file.
    static func csv(_ name: String) throws -> Matrix {
        let text = try String(contentsOf: dataDirectory.appendingPathComponent(name), encoding: .utf8)
        let rows = text.split(whereSeparator: \.isNewline).map { line in
            line.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces))! }
        }
        return Matrix(rows).transposed
    }

    static func dataset(_ name: String, train: String, test: String?) throws -> Dataset {
        try Dataset(name: name, trainX: csv("\(train)_X.csv"), trainY: csv("\(train)_Y.csv"),
                    testX: test.map { try csv("\($0)_X.csv") }, testY: test.map { try csv("\($0)_Y.csv") })
    }

    static func circles() throws -> Dataset { try dataset("circles", train: "circles_train", test: "circles_test") }
    static func moons() throws -> Dataset { try dataset("moons", train: "moons_train", test: nil) }
    static func football() throws -> Dataset { try dataset("football", train: "train", test: "test") }
}

/// `|a − b| ≤ tolerance` for every entry, reporting the first mismatch.
func expectClose(_ actual: Matrix, _ expected: [[Double]], tolerance: Double = 1e-8,
                 _ label: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.rows == expected.count && actual.columns == (expected.first?.count ?? 0),
            "\(label) shape \(actual.rows)×\(actual.columns)", sourceLocation: sourceLocation)
    guard actual.rows == expected.count, actual.columns == (expected.first?.count ?? 0) else { return }
    for r in 0..<actual.rows {
        for c in 0..<actual.columns where !(abs(actual[r, c] - expected[r][c]) <= tolerance) {
            Issue.record("\(label)[\(r),\(c)] = \(actual[r, c]), expected \(expected[r][c])",
                         sourceLocation: sourceLocation)
            return
        }
    }
}

func expectClose(_ actual: Double, _ expected: Double, tolerance: Double = 1e-8, _ label: String = "",
                 sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(abs(actual - expected) <= tolerance, "\(label) = \(actual), expected \(expected)",
            sourceLocation: sourceLocation)
}

/// `|a − b| ≤ tolerance·|b|`.
func expectRelativelyClose(_ actual: Double, _ expected: Double, tolerance: Double, _ label: String = "",
                           sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(abs(actual - expected) <= tolerance * abs(expected), "\(label) = \(actual), expected \(expected)",
            sourceLocation: sourceLocation)
}
