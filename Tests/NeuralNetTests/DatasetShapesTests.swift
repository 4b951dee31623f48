import Testing
@testable import NeuralNet

/// circles and moons against the golden CSVs, compared as exact doubles.
@Suite struct DatasetShapesTests {
    private func expectBitExact(_ actual: Matrix, _ expected: Matrix, _ label: String) {
        #expect(actual.rows == expected.rows && actual.columns == expected.columns, "\(label) shape")
        guard actual.count == expected.count else { return }
        let mismatches = zip(actual.elements, expected.elements).enumerated()
            .filter { $0.element.0.bitPattern != $0.element.1.bitPattern }
        #expect(mismatches.isEmpty, "\(label): \(mismatches.count) entries differ, first at \(mismatches.first.map { "\($0.offset): \($0.element.0) vs \($0.element.1)" } ?? "")")
    }

    @Test(.enabled(if: DatasetGoldenData.isAvailable, DatasetGoldenData.skipMessage))
    func circlesEqualTheGoldenFilesBitForBit() throws {
        let data = Dataset.circles()
        expectBitExact(data.trainX, try DatasetGoldenData.matrix("circles_train_X.csv"), "train X")
        expectBitExact(data.trainY, try DatasetGoldenData.matrix("circles_train_Y.csv"), "train Y")
        expectBitExact(try #require(data.testX), try DatasetGoldenData.matrix("circles_test_X.csv"), "test X")
        expectBitExact(try #require(data.testY), try DatasetGoldenData.matrix("circles_test_Y.csv"), "test Y")
    }

    @Test(.enabled(if: DatasetGoldenData.isAvailable, DatasetGoldenData.skipMessage))
    func moonsEqualTheGoldenFilesBitForBit() throws {
        let data = Dataset.moons()
        expectBitExact(data.trainX, try DatasetGoldenData.matrix("moons_train_X.csv"), "train X")
        expectBitExact(data.trainY, try DatasetGoldenData.matrix("moons_train_Y.csv"), "train Y")
        #expect(data.testX == nil && data.testY == nil)
    }

    /// course-facts §3 and §6, which hold without the golden files.
    @Test func courseCheckValues() throws {
        let circles = Dataset.circles()
        #expect(abs(circles.trainX[0, 0] - -0.07741354) < 1e-8)
        #expect(abs(circles.trainX[1, 0] - 0.85260226) < 1e-8)
        #expect(circles.trainY[0, 0] == 1 && circles.trainY[0, 1] == 0)
        #expect(abs(try #require(circles.testX)[0, 0] - -0.52423739) < 1e-8)
        #expect(circles.trainY.sum() == 150 && circles.testY?.sum() == 50)
        #expect(circles.trainCount == 300 && circles.testCount == 100 && circles.classes == 2)
        let moons = Dataset.moons()
        #expect(abs(moons.trainX[0, 0] - -0.21687013) < 1e-8)
        #expect(abs(moons.trainX[1, 1] - -0.55797340) < 1e-8)
        #expect(moons.trainY[0, 0] == 0 && moons.trainY[0, 1] == 1)
    }

    @Test func parametersChangeTheData() {
        let small = Dataset.circles(trainCount: 11, testCount: 5, noise: 0)
        #expect(small.trainCount == 11 && small.testCount == 5)
        #expect(small.trainY.sum() == 6)  // n_in = n − n/2
        // Noise-free points lie exactly on their circles (up to rounding).
        for c in 0..<11 {
            let r = (small.trainX[0, c] * small.trainX[0, c] + small.trainX[1, c] * small.trainX[1, c]).squareRoot()
            #expect(abs(r - (small.trainY[0, c] == 0 ? 1 : 0.8)) < 1e-12)
        }
        #expect(Dataset.moons(seed: 4) != Dataset.moons())
        #expect(SyntheticShapes.linspace(0, 1, count: 5, endpoint: true) == [0, 0.25, 0.5, 0.75, 1])
    }
}
