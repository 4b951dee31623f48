import Foundation
import Dispatch

/// Turns SIGINT/SIGTERM into an orderly stop (issue 8, "nothing lost").
///
/// Atomic writes already guarantee that a killed process leaves every file
/// either old or new. The guard adds the rest: on the first signal it stops
/// new writes from starting, waits for the writes in flight (temp file →
/// fsync → rename, milliseconds) to finish so no temp file is left behind,
/// runs the cleanup handlers (the progress display restores the terminal)
/// and exits with 128 + the signal number (130 for SIGINT, 143 for SIGTERM,
/// as shells report them). A second signal exits at once.
///
/// Without `install()` nothing changes: signals keep their default action,
/// which is still safe because of the atomic renames.
public final class InterruptGuard: @unchecked Sendable {
    /// The guard every `AtomicFile` write registers with.
    public static let shared = InterruptGuard()

    /// Thrown by a write that would start after the interruption.
    public struct Interrupted: Error, Sendable, CustomStringConvertible {
        public var signal: Int32
        public var description: String { "interrupted by signal \(signal)" }
    }

    private let condition = NSCondition()
    private var inFlight = 0
    private var signalNumber: Int32?
    private var cleanups: [@Sendable () -> Void] = []
    private var sources: [any DispatchSourceSignal] = []
    private let terminate: @Sendable (Int32) -> Void

    /// `terminate` flushes stdio and `_exit`s in real use (no atexit handlers
    /// or static destructors racing the worker threads); tests pass a recorder.
    init(terminate: @escaping @Sendable (Int32) -> Void = { code in
        fflush(nil)
        _exit(code)
    }) {
        self.terminate = terminate
    }

    /// Catches `signals` from now on. Call once, early in `main`.
    public func install(signals: [Int32] = [SIGINT, SIGTERM]) {
        condition.lock()
        defer { condition.unlock() }
        guard sources.isEmpty else { return }
        for number in signals {
            signal(number, SIG_IGN)  // the dispatch source receives it instead
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.handle(signal: number) }
            source.resume()
            sources.append(source)
        }
    }

    /// Runs `cleanup` (on any thread) just before the process exits on a signal.
    public func onInterrupt(_ cleanup: @escaping @Sendable () -> Void) {
        condition.lock()
        cleanups.append(cleanup)
        condition.unlock()
    }

    /// Whether a signal arrived; long loops may poll it to stop early.
    public var isInterrupted: Bool {
        condition.lock()
        defer { condition.unlock() }
        return signalNumber != nil
    }

    /// Registers a write about to start; throws once a signal arrived.
    func beginWrite() throws {
        condition.lock()
        defer { condition.unlock() }
        if let signalNumber { throw Interrupted(signal: signalNumber) }
        inFlight += 1
    }

    func endWrite() {
        condition.lock()
        inFlight -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// The signal path, callable directly by tests.
    func handle(signal number: Int32) {
        condition.lock()
        if signalNumber != nil {
            condition.unlock()
            terminate(128 + number)  // second signal: the user insists
            return
        }
        signalNumber = number
        condition.unlock()
        // Wait elsewhere so a second signal can still be delivered meanwhile.
        DispatchQueue.global().async { [self] in
            condition.lock()
            while inFlight > 0 { condition.wait() }
            let handlers = cleanups
            condition.unlock()
            for handler in handlers { handler() }
            terminate(128 + number)
        }
    }
}
