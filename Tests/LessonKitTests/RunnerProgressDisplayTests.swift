import Foundation
import Testing
@testable import LessonKit

@Suite("Runner progress display")
struct RunnerProgressDisplayTests {
    /// A display writing into a buffer, on a clock the test moves.
    final class Harness: @unchecked Sendable {
        let text = Locked("")
        let time = Locked(100.0)
        let display: ProgressDisplay
        init(_ mode: ProgressDisplay.Mode, width: Int = 60) {
            let text = self.text, time = self.time
            display = ProgressDisplay(mode: mode, output: { chunk in text.withLock { $0 += chunk } },
                                      width: { width }, clock: { time.current })
        }
        func advance(_ seconds: Double) { time.withLock { $0 += seconds } }
        func take() -> String { text.withLock { let t = $0; $0 = ""; return t } }
    }

    @Test func plainModePrintsOneLinePerFinishedExperiment() {
        let h = Harness(.plain)
        h.display.started("1.1-initialization/he")
        h.display.progress("1.1-initialization/he", step: 10, total: 100, value: 0.5)
        #expect(h.take() == "")
        h.display.finished("1.1-initialization/he", .ok, seconds: 0.8412)
        h.display.finished("1.1-initialization/zeros", .cached, seconds: 3)
        h.display.finished("1.1-initialization/bad", .failed("x.md:3:1: diverged\nat epoch 3"), seconds: 0.1)
        h.display.finish()
        #expect(h.take() == """
              ✓ 1.1-initialization/he  0.84 s
              ✓ 1.1-initialization/zeros  cached
              ✗ 1.1-initialization/bad  failed: x.md:3:1: diverged at epoch 3

            """)
    }

    @Test func quietModePrintsNothing() {
        let h = Harness(.quiet)
        h.display.started("a")
        h.display.progress("a", step: 1, total: 2, value: nil)
        h.display.finished("a", .failed("boom"), seconds: 1)
        h.display.finish()
        h.display.sink(for: "a").report(1, 2, nil)
        #expect(h.take() == "")
    }

    @Test func liveModeRedrawsInPlaceThrottled() {
        let h = Harness(.live)
        h.display.started("1.1/he")
        #expect(h.take() == "  ▸ 1.1/he  starting…\n")
        h.advance(1)
        h.display.progress("1.1/he", step: 3000, total: 15000, value: 0.6879825919728063)
        let frame = h.take()
        // Up one line, clear, redraw: epoch, cost, ETA (1 s for 20 % → 4 s left);
        // the 60-column terminal leaves room for a bar of 3, so there is none.
        #expect(frame == "\r\u{1B}[1A\u{1B}[J  ▸ 1.1/he  epoch 3000/15000  cost 0.68798  ETA 4.00 s\n")
        // Within 0.1 s of the last frame: no redraw.
        h.advance(0.05)
        h.display.progress("1.1/he", step: 3100, total: 15000, value: 0.68)
        #expect(h.take() == "")
        h.advance(0.06)
        h.display.progress("1.1/he", step: 3200, total: 15000, value: 0.68)
        #expect(h.take().contains("epoch 3200/15000"))
    }

    @Test func liveModeKeepsOneLinePerRunningExperiment() {
        let h = Harness(.live)
        h.display.started("a")
        h.display.started("b")
        _ = h.take()
        h.display.finished("a", .ok, seconds: 1.5)
        // The finished line scrolls up permanently; b stays live below it.
        #expect(h.take() == "\r\u{1B}[2A\u{1B}[J  ✓ a  1.50 s\n  ▸ b  starting…\n")
        h.display.finish()
        #expect(h.take() == "\r\u{1B}[1A\u{1B}[J")
        h.display.finish()
        #expect(h.take() == "")
    }

    @Test func liveLineShowsETAAndCost() {
        let h = Harness(.live, width: 200)
        h.display.started("x")
        h.advance(2)
        h.display.progress("x", step: 50, total: 100, value: .nan)
        let frame = h.take()
        #expect(frame.hasSuffix("  ▸ x  ██████████░░░░░░░░░░  epoch 50/100  cost nan  ETA 2.00 s\n"))
    }

    @Test func narrowTerminalsShrinkTheBarBeforeTheNumbers() {
        let h = Harness(.live, width: 70)
        h.display.started("1.2/l2")
        _ = h.take()
        h.advance(1)
        h.display.progress("1.2/l2", step: 15000, total: 30000, value: 0.25)
        // 69 usable columns: 10 for the id, 42 for the numbers, 2 spaces, a bar of 15.
        #expect(h.take().hasSuffix("  ▸ 1.2/l2  ███████░░░░░░░░  epoch 15000/30000  cost 0.25  ETA 1.00 s\n"))
    }

    @Test func formatting() {
        #expect(ProgressDisplay.formatDuration(0.8412) == "0.84 s")
        #expect(ProgressDisplay.formatDuration(12.34) == "12.3 s")
        #expect(ProgressDisplay.formatDuration(125) == "2 min 05 s")
        #expect(ProgressDisplay.formatValue(0.68798259) == "0.68798")
        #expect(ProgressDisplay.formatValue(-.infinity) == "-inf")
        #expect(ProgressDisplay.fit("abcdef", 4) == "abc…")
    }

    @Test func concurrentReportsAreSafe() {
        let h = Harness(.live)
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            let id = "e\(i)"
            h.display.started(id)
            let sink = h.display.sink(for: id)
            for step in 0..<200 { sink.report(step, 200, Double(step)); if step % 50 == 0 { h.advance(0.2) } }
            h.display.finished(id, .ok, seconds: 0.1)
        }
        h.display.finish()
        let text = h.take()
        for i in 0..<8 { #expect(text.contains("  ✓ e\(i)  0.10 s\n")) }
    }
}
