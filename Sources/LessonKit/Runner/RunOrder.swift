/// The order in which the runner starts experiments, so that its threads
/// finish together.
///
/// Each free thread takes the next experiment of the order (list
/// scheduling). Written order can leave one core idle while a long run that
/// started late finishes alone. Starting the longest first (LPT) leaves the
/// short runs for the end, where they fill whatever gap the estimates got
/// wrong; pairs of the order are then swapped while that shortens the
/// simulated finish time.
///
/// Runs estimated under `quick` (10 ms) go first, in source order: they
/// change nothing in the balance, and their results show up (and are cached)
/// at once.
///
/// The order only decides when each experiment starts: results are still
/// assembled in source order, and every result is the same.
public enum RunOrder {
    /// A permutation of `costs.indices` to start in, for `threads` threads.
    /// One thread, or no more experiments than threads: source order.
    public static func plan(costs: [Double], threads: Int) -> [Int] {
        let source = Array(costs.indices)
        guard threads > 1, costs.count > threads else { return source }
        let quickOnes = source.filter { costs[$0] < quick }
        var order = source.filter { costs[$0] >= quick }.sorted { (costs[$0], $1) > (costs[$1], $0) }
        var best = finishTime(order, costs: costs, threads: threads)
        // Pairwise swaps until none helps (a few passes for a lesson's runs).
        for _ in 0..<20 {
            var improved = false
            for i in order.indices {
                for j in order.indices where j > i {
                    order.swapAt(i, j)
                    let time = finishTime(order, costs: costs, threads: threads)
                    if time < best * (1 - 1e-9) {
                        best = time
                        improved = true
                    } else {
                        order.swapAt(i, j)
                    }
                }
            }
            if !improved { break }
        }
        return quickOnes + order
    }

    /// Estimated microseconds under which a run counts as quick.
    static let quick = 10_000.0

    /// When the last thread finishes if each free thread takes the next item
    /// of `order` (ties to the lowest-numbered thread).
    static func finishTime(_ order: [Int], costs: [Double], threads: Int) -> Double {
        var busyUntil = [Double](repeating: 0, count: threads)
        for item in order {
            var earliest = 0
            for t in busyUntil.indices where busyUntil[t] < busyUntil[earliest] { earliest = t }
            busyUntil[earliest] += costs[item]
        }
        return busyUntil.max() ?? 0
    }
}
