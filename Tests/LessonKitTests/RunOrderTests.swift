import Testing
@testable import LessonKit

/// The start order of the runner's threads and the train routine's cost
/// estimate behind it.
@Suite struct RunOrderTests {
    /// One thread, or no more runs than threads, keeps source order.
    @Test func sourceOrderWhenNothingWaits() {
        #expect(RunOrder.plan(costs: [1, 5, 3], threads: 1) == [0, 1, 2])
        #expect(RunOrder.plan(costs: [1, 5, 3], threads: 3) == [0, 1, 2])
        #expect(RunOrder.plan(costs: [], threads: 2) == [])
    }

    /// A long run written last: in source order one thread idles while it
    /// runs alone; the plan starts it first and the short ones fill the other thread.
    @Test func aLongRunStartsFirst() {
        let costs: [Double] = [1e5, 1e5, 1e5, 1e5, 1e5, 1e5, 1e5, 1e5, 8e5]
        let order = RunOrder.plan(costs: costs, threads: 2)
        #expect(order.first == 8 && order.sorted() == Array(0..<9))
        #expect(RunOrder.finishTime(Array(0..<9), costs: costs, threads: 2) == 12e5)
        #expect(RunOrder.finishTime(order, costs: costs, threads: 2) == 8e5)
    }

    /// The nine course runs as the model estimates them (µs): the longest
    /// start first, the short optimization runs end the plan, and the
    /// estimated finish is within 0.5 % of a perfect split.
    @Test func courseRuns() {
        let costs: [Double] = [127_500, 127_500, 127_500, 223_800, 223_800, 223_800, 93_200, 93_200, 93_200]
        let order = RunOrder.plan(costs: costs, threads: 2)
        #expect(order.sorted() == Array(0..<9))
        #expect(Array(order.prefix(2)) == [3, 4])
        #expect(Set(order.suffix(3)) == [6, 7, 8])
        #expect(RunOrder.finishTime(order, costs: costs, threads: 2) < costs.reduce(0, +) / 2 * 1.005)
    }

    /// Quick runs (under 10 ms) start first, in source order, then the long
    /// ones longest first; equal costs keep their source order.
    @Test func quickRunsFirstThenLongestFirst() {
        #expect(RunOrder.plan(costs: [0, 0, 0, 0, 0], threads: 2) == [0, 1, 2, 3, 4])
        #expect(RunOrder.plan(costs: [900, 5e6, 0, 6e6], threads: 2) == [0, 2, 3, 1])
        #expect(RunOrder.plan(costs: [2e5, 9e5, 2e5, 2e5], threads: 2).first == 1)
    }

    /// The validator stores each train block's estimate: ten times the epochs
    /// cost ten times as much, mini-batches of 64 cost five steps an epoch,
    /// the autodiff engine more than the handwritten one; quick routines 0.
    @Test func trainBlocksCarryTheirEstimate() {
        let fixture = LessonFixture()
        let text = """
            # Costs

            ```experiment short
            routine: train
            dataset: circles
            layers: [2, 10, 5, 1]
            epochs: 100
            ```

            ```experiment long
            routine: train
            dataset: circles
            layers: [2, 10, 5, 1]
            epochs: 1000
            ```

            ```experiment batches
            routine: train
            dataset: circles
            layers: [2, 10, 5, 1]
            epochs: 100
            mini_batch_size: 64
            ```

            ```experiment taped
            routine: train
            dataset: circles
            layers: [2, 10, 5, 1]
            epochs: 100
            engine: autodiff
            ```

            ```experiment check
            routine: gradient_check
            ```
            """
        let validated = fixture.validate(text)
        let cost = Dictionary(uniqueKeysWithValues: validated.experiments.map { ($0.name, $0.estimatedCost) })
        #expect(cost.count == 5, "\(validated.diagnostics)")
        let short = cost["short"] ?? 0
        #expect(short > 0)
        #expect(abs((cost["long"] ?? 0) / short - 10) < 1e-9)
        // 300 examples: one step of 300 against five of 60.
        #expect(abs((cost["batches"] ?? 0) - 100 * 5 * (1 + 60 * (0.010 + 0.0002 * 75))) < 1e-6)
        #expect((cost["taped"] ?? 0) > 4 * short)
        #expect(cost["check"] == 0)
    }
}
