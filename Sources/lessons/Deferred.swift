import Foundation

/// A value computed on another thread; `value` waits for it. (Unchecked
/// sendability: `stored` is only touched under `condition`'s lock.)
final class Deferred<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var stored: Value?

    func fulfill(_ value: Value) {
        condition.lock()
        stored = value
        condition.broadcast()
        condition.unlock()
    }

    var value: Value {
        condition.lock()
        defer { condition.unlock() }
        while stored == nil { condition.wait() }
        return stored!
    }
}
