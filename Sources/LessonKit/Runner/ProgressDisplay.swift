import Foundation

/// Shows what the runner is doing, in one of three modes:
///
/// - `live` (stderr is a terminal): one line per running experiment with a
///   bar, `epoch k/N`, the cost and an ETA, redrawn in place with ANSI codes
///   at most ~10 times a second; finished experiments scroll up above them.
/// - `plain` (CI logs, pipes): one line per finished experiment, e.g.
///   `  ✓ 1.1-initialization/he  0.84 s` or `  ✗ 1.1-initialization/x  failed: …`.
/// - `quiet`: nothing.
///
/// Routines report progress from worker threads at any rate, so every entry
/// point is thread-safe (one lock around the state and the write) and the
/// per-step call returns after a clock read and a comparison unless a redraw is due.
public final class ProgressDisplay: @unchecked Sendable {
    public enum Mode: Sendable, Hashable { case live, plain, quiet }

    /// How an experiment ended, as the display shows it.
    public enum Outcome: Sendable, Hashable {
        case ok
        case cached
        case failed(String)
    }

    public let mode: Mode
    private let output: @Sendable (String) -> Void
    private let width: @Sendable () -> Int
    private let clock: @Sendable () -> Double
    private let interval: Double

    private struct Running {
        var id: String
        var started: Double
        var step = 0
        var total = 0
        var value: Double?
    }

    private let lock = NSLock()
    private var running: [Running] = []
    private var drawnLines = 0
    private var lastDraw = -Double.infinity

    /// - Parameters:
    ///   - output: receives complete chunks of text (stderr by default).
    ///   - width: terminal columns; live lines are cut to fit so they never wrap.
    ///   - clock: seconds on a monotonic clock (injectable for tests).
    ///   - interval: the minimum time between two live redraws.
    public init(mode: Mode,
                output: @escaping @Sendable (String) -> Void = Terminal.writeToStandardError,
                width: @escaping @Sendable () -> Int = { Terminal.standardErrorWidth },
                clock: @escaping @Sendable () -> Double = ProgressDisplay.monotonicSeconds,
                interval: Double = 0.1) {
        self.mode = mode
        self.output = output
        self.width = width
        self.clock = clock
        self.interval = interval
    }

    /// `live` on an interactive stderr, `plain` otherwise, `quiet` when asked.
    /// A live display also restores the terminal if the run is interrupted.
    public static func automatic(quiet: Bool = false) -> ProgressDisplay {
        if quiet { return ProgressDisplay(mode: .quiet) }
        let display = ProgressDisplay(mode: Terminal.standardErrorIsInteractive ? .live : .plain)
        if display.mode == .live { InterruptGuard.shared.onInterrupt { display.finish() } }
        return display
    }

    public static let quiet = ProgressDisplay(mode: .quiet)

    public static let monotonicSeconds: @Sendable () -> Double = {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }

    // MARK: Events

    /// An experiment begins running (cached ones are only `finished`).
    public func started(_ id: String) {
        guard mode == .live else { return }
        lock.lock()
        defer { lock.unlock() }
        running.append(Running(id: id, started: clock()))
        redraw(permanent: [])
    }

    /// The routine's progress callback for experiment `id`.
    public func sink(for id: String) -> ProgressSink {
        guard mode == .live else { return .ignore }
        return ProgressSink { [self] step, total, value in progress(id, step: step, total: total, value: value) }
    }

    public func progress(_ id: String, step: Int, total: Int, value: Double?) {
        guard mode == .live else { return }
        lock.lock()
        defer { lock.unlock() }
        guard let index = running.firstIndex(where: { $0.id == id }) else { return }
        running[index].step = step
        running[index].total = total
        running[index].value = value
        if clock() - lastDraw >= interval { redraw(permanent: []) }
    }

    public func finished(_ id: String, _ outcome: Outcome, seconds: Double) {
        guard mode != .quiet else { return }
        let line = Self.finishedLine(id, outcome, seconds: seconds)
        lock.lock()
        defer { lock.unlock() }
        if mode == .plain {
            output(line + "\n")
            return
        }
        running.removeAll { $0.id == id }
        redraw(permanent: [line])
    }

    /// Clears the live lines (call before printing anything else, and at the end).
    public func finish() {
        guard mode == .live else { return }
        lock.lock()
        defer { lock.unlock() }
        running.removeAll()
        redraw(permanent: [])
    }

    // MARK: Drawing (with the lock held)

    private func redraw(permanent: [String]) {
        var text = ""
        if drawnLines > 0 { text += "\r\u{1B}[\(drawnLines)A\u{1B}[J" }
        for line in permanent { text += line + "\n" }
        let now = clock()
        let columns = max(20, width() - 1)
        for entry in running { text += Self.fit(liveLine(entry, now: now, columns: columns), columns) + "\n" }
        drawnLines = running.count
        lastDraw = now
        if !text.isEmpty { output(text) }
    }

    /// The id, a bar, the epoch, the cost and the ETA. The numbers come
    /// first: on a narrow terminal the bar shrinks, then goes, before `fit`
    /// has to cut anything.
    private func liveLine(_ entry: Running, now: Double, columns: Int) -> String {
        let head = "  ▸ \(entry.id)"
        guard entry.total > 0 else { return head + "  starting…" }
        var tail = "  epoch \(entry.step)/\(entry.total)"
        if let value = entry.value { tail += "  cost " + Self.formatValue(value) }
        let elapsed = now - entry.started
        if entry.step > 0, elapsed > 0 {
            let remaining = elapsed * Double(entry.total - entry.step) / Double(entry.step)
            tail += "  ETA " + Self.formatDuration(remaining)
        }
        let barWidth = min(20, columns - head.count - tail.count - 2)
        guard barWidth >= 5 else { return head + tail }
        let fraction = min(1, max(0, Double(entry.step) / Double(entry.total)))
        let filled = Int((fraction * Double(barWidth)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
        return head + "  " + bar + tail
    }

    // MARK: Formatting

    static func finishedLine(_ id: String, _ outcome: Outcome, seconds: Double) -> String {
        switch outcome {
        case .ok: return "  ✓ \(id)  \(formatDuration(seconds))"
        case .cached: return "  ✓ \(id)  cached"
        case .failed(let message):
            let oneLine = message.split(whereSeparator: \.isNewline).joined(separator: " ")
            return "  ✗ \(id)  failed: \(oneLine)"
        }
    }

    /// `0.84 s`, `12.3 s`, `2 min 05 s`.
    static func formatDuration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "?" }
        if seconds < 10 { return String(format: "%.2f s", seconds) }
        if seconds < 60 { return String(format: "%.1f s", seconds) }
        let whole = Int(seconds.rounded())
        return String(format: "%d min %02d s", whole / 60, whole % 60)
    }

    static func formatValue(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        return String(format: "%.5g", value)
    }

    /// Cuts a line to `columns` characters so the terminal never wraps it
    /// (a wrapped line would break the cursor arithmetic of the redraw).
    static func fit(_ line: String, _ columns: Int) -> String {
        line.count <= columns ? line : String(line.prefix(columns - 1)) + "…"
    }
}
