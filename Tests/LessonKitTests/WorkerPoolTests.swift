import Foundation
import Testing
@testable import LessonKit

@Suite("WorkerPool")
struct WorkerPoolTests {
    /// Items that take longer the earlier they come finish in reverse order
    /// on two threads; `map` must still return them by index.
    @Test func mapKeepsIndexOrderWhateverFinishesFirst() {
        let finished = Locked<[Int]>([])
        let values = WorkerPool.map(count: 6, width: 2) { index -> String in
            Thread.sleep(forTimeInterval: Double(6 - index) * 0.01)
            finished.withLock { $0.append(index) }
            return "item \(index)"
        }
        #expect(values == (0..<6).map { "item \($0)" })
        #expect(finished.current.sorted() == Array(0..<6))
        #expect(finished.current != Array(0..<6), "the items should have finished out of order")
    }

    @Test func mapOfNothingIsEmpty() {
        #expect(WorkerPool.map(count: 0, width: 4) { $0 }.isEmpty)
    }
}
