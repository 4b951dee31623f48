import Foundation

/// A value guarded by a lock, shareable across threads.
///
/// `Synchronization.Mutex` would do, but it needs macOS 15 and the package
/// supports macOS 14; `NSLock` is available everywhere Foundation is.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }

    var current: Value { withLock { $0 } }
}
