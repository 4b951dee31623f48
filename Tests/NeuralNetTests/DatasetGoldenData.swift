import Foundation
import Testing
@testable import NeuralNet

/// The golden CSV files of `../shared/data/` (a sibling of the repository),
/// located from this file's path so tests work from any working directory.
/// They are fixtures only: tests that need them are disabled, saying so,
/// where the folder is absent.
enum DatasetGoldenData {
    static let directory: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent()  // NeuralNetTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root
        .deletingLastPathComponent()
        .appendingPathComponent("shared/data")

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("circles_train_X.csv").path)
    }

    static let skipMessage: Comment = "golden data ../shared/data not found next to the repository"

    static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// A CSV with one example per row, returned in the course's layout
    /// `(columns of the file, rows of the file)`. `Double(String)` rounds
    /// correctly, so `repr`-written floats come back as the exact doubles.
    static func matrix(_ name: String) throws -> Matrix {
        let text = try String(contentsOf: url(name), encoding: .utf8)
        let rows = text.split(whereSeparator: \.isNewline).map { line in
            line.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces))! }
        }
        return Matrix(rows).transposed
    }
}
