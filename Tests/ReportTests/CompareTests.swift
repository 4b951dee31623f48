import Testing
@testable import Report

@Suite struct CompareTests {
    @Test func valuesTiedAtTheShownPrecisionAreAllBest() {
        // 0.6931471805599453 and 0.6931471805599461 both read 0.693147.
        let costs: [Double?] = [0.6931471805599453, 0.6931471805599461, 0.7, nil]
        #expect(CompareCard.bestMarks(costs, metric: "cost") == [true, true, false, false])
        let accuracies: [Double?] = [0.99333333, 0.993334, 0.98]
        #expect(NumberFormat.metric("test_accuracy", 0.99333333) == NumberFormat.metric("test_accuracy", 0.993334))
        #expect(CompareCard.bestMarks(accuracies, metric: "test_accuracy") == [true, true, false])
    }

    @Test func distinctValuesMarkOnlyTheBest() {
        #expect(CompareCard.bestMarks([0.5, 0.25, 0.75], metric: "cost") == [false, true, false])
        #expect(CompareCard.bestMarks([0.5, 0.25, 0.75], metric: "train_accuracy") == [false, false, true])
        #expect(CompareCard.bestMarks([0.5, .nan, .infinity], metric: "train_accuracy") == [false, false, false])
        #expect(CompareCard.bestMarks([0.5], metric: "cost") == [false])
    }
}
