import Foundation

/// Runs `count` independent work items on up to `width` threads, each thread
/// taking the next unstarted item, and returns when all are done.
///
/// Why threads and not a task group: routines are synchronous, CPU-bound and
/// run for seconds; dedicated threads give exactly `--jobs` of them running at
/// once (the cooperative pool and `concurrentPerform` cap at the core count
/// and dislike long blocking work), need no `async` up the call chain, and
/// get a generous stack. Items are started in index order, so with `width: 1`
/// this is a plain loop on the calling thread.
public enum WorkerPool {
    static let stackSize = 16 << 20

    public static func run(count: Int, width: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let threads = max(1, min(width, count))
        if threads == 1 {
            for index in 0..<count { body(index) }
            return
        }
        let next = Locked(0)
        let group = DispatchGroup()
        for _ in 0..<threads {
            group.enter()
            let thread = Thread {
                while true {
                    let index = next.withLock { value -> Int in
                        defer { value += 1 }
                        return value
                    }
                    guard index < count else { break }
                    body(index)
                }
                group.leave()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        group.wait()
    }

    /// `transform` applied to `0..<count` on up to `width` threads; the
    /// results in index order, whatever order the items finished in.
    public static func map<Value: Sendable>(
        count: Int, width: Int, _ transform: @escaping @Sendable (Int) -> Value
    ) -> [Value] {
        let slots = Locked([Value?](repeating: nil, count: count))
        run(count: count, width: width) { index in
            let value = transform(index)
            slots.withLock { $0[index] = value }
        }
        return slots.current.map { $0! }
    }
}
