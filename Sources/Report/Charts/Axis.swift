import Foundation

/// A value axis: nice ticks over the data and a map from values to SVG
/// coordinates, linear or logarithmic. Values that cannot be placed
/// (non-finite, or ≤ 0 on a log axis) map to `nil` and become gaps.
struct Axis {
    enum Scale: Equatable { case linear, log }

    var ticks: NiceTicks
    var scale: Scale
    /// SVG coordinate of the domain's lower and upper ends (for a y axis the
    /// lower end is the bottom, so `start > end`).
    var start: Double
    var end: Double

    /// An axis over the plottable `values`; falls back to `0...1` (or `1...10`) when there are none.
    init(values: [Double], scale: Scale, start: Double, end: Double, includeZero: Bool = false, target: Int = 5) {
        let usable = values.filter { $0.isFinite && (scale == .linear || $0 > 0) }
        switch scale {
        case .linear:
            var low = usable.min() ?? 0
            var high = usable.max() ?? 1
            if includeZero { low = min(low, 0); high = max(high, 0) }
            ticks = .linear(low, high, target: target)
        case .log:
            ticks = .log(usable.min() ?? 1, usable.max() ?? 10)
        }
        self.scale = scale
        self.start = start
        self.end = end
    }

    /// A linear axis whose domain is exactly `domain` (a grid that must fill
    /// the frame), with the nice ticks that fall inside it.
    init(fixed domain: ClosedRange<Double>, start: Double, end: Double, target: Int = 5) {
        let nice = NiceTicks.linear(domain.lowerBound, domain.upperBound, target: target)
        let tolerance = (domain.upperBound - domain.lowerBound) * 1e-9
        let inside = nice.values.filter { $0 >= domain.lowerBound - tolerance && $0 <= domain.upperBound + tolerance }
        let span = domain.upperBound > domain.lowerBound ? domain : (domain.lowerBound - 1)...(domain.upperBound + 1)
        ticks = NiceTicks(domain: span, values: inside, step: nice.step)
        scale = .linear
        self.start = start
        self.end = end
    }

    /// Whether `value` can be drawn on this axis.
    func canPlace(_ value: Double) -> Bool {
        value.isFinite && (scale == .linear || value > 0)
    }

    /// The SVG coordinate of `value`, or nil for a gap.
    func position(_ value: Double) -> Double? {
        guard canPlace(value) else { return nil }
        let fraction: Double
        switch scale {
        case .linear:
            let span = ticks.domain.upperBound - ticks.domain.lowerBound
            fraction = span == 0 ? 0.5 : (value - ticks.domain.lowerBound) / span
        case .log:
            let low = log10(ticks.domain.lowerBound), high = log10(ticks.domain.upperBound)
            fraction = high == low ? 0.5 : (log10(value) - low) / (high - low)
        }
        return start + fraction * (end - start)
    }

    /// Like `position`, but clamps into the axis (for reference lines).
    func clampedPosition(_ value: Double) -> Double? {
        guard let raw = position(value) else { return nil }
        return min(max(raw, min(start, end)), max(start, end))
    }
}
