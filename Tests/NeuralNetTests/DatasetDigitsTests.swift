import Foundation
import Testing
@testable import NeuralNet

/// The shipped digits resource, its split, and located load errors.
@Suite struct DatasetDigitsTests {
    @Test func loadsAllImagesScaledToUnitRange() throws {
        let all = try Digits.load()
        #expect(all.x.rows == 64 && all.x.columns == 1797 && all.y.columns == 1797)
        #expect(all.x.elements.allSatisfy { $0 >= 0 && $0 <= 1 })
        #expect(all.x.elements.contains(1) && all.x.elements.contains(0))
        // The file's first image is a 0 whose row 0 reads 0,0,5,13,9,1,0,0.
        #expect(all.y[0, 0] == 0 && all.y[0, 1] == 1)
        #expect((0..<8).map { all.x[$0, 0] * 16 } == [0, 0, 5, 13, 9, 1, 0, 0])
        var counts = [Int](repeating: 0, count: 10)
        for label in all.y.elements { counts[Int(label)] += 1 }
        #expect(counts == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180])  // sklearn's bincount
    }

    @Test func splitsWithNumpysPermutation() throws {
        let data = try Dataset.digits()
        #expect(data.trainCount == 1437 && data.testCount == 360 && data.classes == 10 && data.features == 64)
        let all = try Digits.load()
        var random = NumpyRandom(seed: 1)
        let order = random.permutation(1797)
        #expect(data.trainX.column(0) == all.x.column(order[0]))
        #expect(try #require(data.testX).column(359) == all.x.column(order[1796]))
        #expect(data.trainY.sum() + (data.testY?.sum() ?? 0) == all.y.sum())
        #expect(try Dataset.digits(testCount: 97, seed: 5).testCount == 97)
        #expect(try Dataset.digits(seed: 2) != data)
    }

    private func loadError(_ text: String, testCount: Int = 0) throws -> DatasetError? {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("digits-\(UUID().uuidString).csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try Dataset.digits(testCount: testCount, path: url.path)
            return nil
        } catch {
            return error
        }
    }

    private func row(pixel: String = "3", label: String = "7") -> String {
        (Array(repeating: "0", count: 63) + [pixel, label]).joined(separator: ",")
    }

    @Test func locatedLoadErrors() throws {
        #expect(try loadError(row() + "\n" + row() + "\n", testCount: 1) == nil)
        let short = try #require(try loadError("1,2,3\n"))
        #expect(short.line == 1 && short.message.contains("expected 65 fields"))
        let bright = try #require(try loadError(row() + "\n" + row(pixel: "17") + "\n"))
        #expect(bright.line == 2 && bright.column == 127 && bright.message.contains("pixel 64 is '17'"))
        let label = try #require(try loadError(row(label: "10") + "\n"))
        #expect(label.kind == .labelOutOfRange(label: 10, classes: 10) && label.line == 1 && label.column == 129)
        #expect(label.message == "label 10 is outside 0…9 (10 classes)")
        let fraction = try #require(try loadError(row(label: "2.5") + "\n"))
        #expect(fraction.kind == .nonIntegerLabel(text: "2.5"))
        let split = try #require(try loadError(row() + "\n", testCount: 1))
        #expect(split.kind == .tooFewExamples(needed: 2, found: 1))
        #expect(throws: DatasetError(file: "/nonexistent/digits.csv", .missingFile)) {
            try Digits.load(path: "/nonexistent/digits.csv")
        }
    }

    @Test func theResourceIsFoundInTheSourceTreeToo() {
        let url = ResourceLocator.sourceResources.appendingPathComponent("digits.csv")
        #expect(FileManager.default.fileExists(atPath: url.path))
        #expect(ResourceLocator.url(forResource: "digits.csv") != nil)
        #expect(ResourceLocator.url(forResource: "no-such-file") == nil)
    }
}
