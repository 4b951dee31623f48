import Testing
@testable import NeuralNet

/// The football generator: its numpy twin's check values (from
/// `benchmarks/football.py` with the defaults), shape and label balance.
@Suite struct DatasetFootballTests {
    @Test func matchesItsNumpyTwin() throws {
        let data = Dataset.football()
        // repr of numpy's values; compared as exact doubles.
        #expect(data.trainX[0, 0] == 0.17862561909601593)
        #expect(data.trainX[1, 0] == -0.23352692409502263)
        #expect(data.trainX[0, 210] == -0.17346550748533085)
        #expect(try #require(data.testX)[1, 199] == 0.20487605352844657)
        #expect(data.trainY.sum() == 111 && data.testY?.sum() == 109)
        let firstLabels: [Double] = [0, 0, 0, 0, 1, 0, 1, 0, 0, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 0]
        #expect(Array(data.trainY.elements.prefix(20)) == firstLabels)
    }

    @Test func looksLikeTheCourseData() {
        let data = Dataset.football()
        #expect(data.trainCount == 211 && data.testCount == 200 && data.features == 2 && data.classes == 2)
        #expect(data.trainY.elements.allSatisfy { $0 == 0 || $0 == 1 })
        // Mostly the clean frontier, but noisy: between 5 % and 20 % of labels disagree with it.
        let disagree = (0..<data.trainCount).filter { i in
            (Football.frontier(data.trainX[0, i], data.trainX[1, i]) > 0) != (data.trainY[0, i] == 1)
        }.count
        #expect(disagree > 10 && disagree < 42, "\(disagree) noisy labels")
    }

    @Test func parametersAreHonoured() {
        let clean = Dataset.football(trainCount: 50, testCount: 10, boundaryNoise: 1e-9, flipRate: 0, seed: 7)
        #expect(clean.trainCount == 50 && clean.testCount == 10)
        for i in 0..<50 {
            #expect((Football.frontier(clean.trainX[0, i], clean.trainX[1, i]) > 0) == (clean.trainY[0, i] == 1))
        }
        #expect(Dataset.football(seed: 2) != Dataset.football())
    }
}
