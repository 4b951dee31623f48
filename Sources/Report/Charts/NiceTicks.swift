import Foundation

/// Tick positions a person would choose: steps of 1, 2 or 5 times a power of
/// ten on linear axes, powers of ten (with 2 and 5 between them on short
/// ranges) on logarithmic ones. The axis domain is widened to the outer ticks.
struct NiceTicks: Equatable {
    /// The widened domain, from the first to the last tick.
    var domain: ClosedRange<Double>
    /// Tick values, ascending.
    var values: [Double]
    /// The linear step (0 for log axes), used to choose label decimals.
    var step: Double

    /// Ticks for a linear axis covering `lower...upper` with about `target` intervals.
    static func linear(_ lower: Double, _ upper: Double, target: Int = 5) -> NiceTicks {
        var low = lower.isFinite ? lower : 0
        var high = upper.isFinite ? upper : 1
        if low > high { swap(&low, &high) }
        // A flat series (the zeros run's cost is 0.6931471805599453 ± 1 ulp) has a
        // range far below the values' resolution: treat it as one value, or the
        // tick loop below would count up from 10¹⁶ in steps it cannot represent.
        if high - low <= max(abs(low), abs(high)) * 1e-9 {
            let pad = low == 0 ? 1 : abs(low) * 0.1
            low -= pad
            high += pad
        }
        var step = niceStep((high - low) / Double(max(target, 1)))
        var first = (low / step).rounded(.down)
        var last = (high / step).rounded(.up)
        var widenings = 0
        while !(last - first <= 50) && widenings < 700 { // only when the range overflowed
            widenings += 1
            step = niceStep(step * 10)
            first = (low / step).rounded(.down)
            last = (high / step).rounded(.up)
        }
        guard (last - first).isFinite else { return linear(-1, 1, target: target) }
        var values: [Double] = []
        for index in 0...Int(max(last - first, 0)) {
            values.append(clean((first + Double(index)) * step, step: step))
        }
        return NiceTicks(domain: values.first!...values.last!, values: values, step: step)
    }

    /// Ticks for a log axis covering positive `lower...upper`.
    static func log(_ lower: Double, _ upper: Double) -> NiceTicks {
        var low = lower > 0 && lower.isFinite ? lower : 1
        var high = upper > 0 && upper.isFinite ? upper : low * 10
        if low > high { swap(&low, &high) }
        var lowExponent = Int(Foundation.log10(low).rounded(.down))
        var highExponent = Int(Foundation.log10(high).rounded(.up))
        // Guard against log10(1000) = 2.9999999999999996.
        if pow(10, Double(lowExponent + 1)) <= low * (1 + 1e-12) { lowExponent += 1 }
        if pow(10, Double(highExponent - 1)) >= high * (1 - 1e-12) { highExponent -= 1 }
        if highExponent <= lowExponent { highExponent = lowExponent + 1 }
        let decades = highExponent - lowExponent
        let stride = decades > 16 ? 3 : decades > 10 ? 2 : 1
        highExponent = lowExponent + (decades + stride - 1) / stride * stride
        var values: [Double] = []
        var exponent = lowExponent
        while exponent <= highExponent {
            let power = decimalPower(exponent)
            values.append(power)
            if decades <= 2 && exponent < highExponent {
                values.append(clean(2 * power, step: power))
                values.append(clean(5 * power, step: power))
            }
            exponent += stride
        }
        return NiceTicks(domain: decimalPower(lowExponent)...decimalPower(highExponent), values: values, step: 0)
    }

    /// The nice step nearest `raw`: 1, 2, 5 or 10 times a power of ten.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let exponent = Foundation.log10(raw).rounded(.down)
        let magnitude = pow(10, exponent)
        let fraction = raw / magnitude
        let nice: Double = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        return nice * magnitude
    }

    /// `10^exponent` parsed from its decimal text, so `1e-7` is exactly the literal.
    static func decimalPower(_ exponent: Int) -> Double {
        Double("1e\(exponent)")!
    }

    /// Rounds away binary noise (`0.30000000000000004` → `0.3`).
    static func clean(_ value: Double, step: Double) -> Double {
        let decimals = max(0, -Int(Foundation.log10(step).rounded(.down)) + 1)
        guard decimals < 17 else { return value }
        let text = String(format: "%.\(decimals)f", value)
        let cleaned = Double(text) ?? value
        return cleaned == 0 ? 0 : cleaned
    }

    /// The label of a tick: decimals from the step on linear axes,
    /// `10⁻⁷`-style powers on log axes; thousands grouped.
    func label(_ value: Double) -> String {
        if step == 0 {
            let exponent = Foundation.log10(value)
            if abs(exponent - exponent.rounded()) < 1e-9 {
                let whole = Int(exponent.rounded())
                if whole >= 0 && whole <= 4 { return NumberFormat.grouped(Int(value.rounded())) }
                if whole == -1 { return "0.1" }
                if whole == -2 { return "0.01" }
                return "10" + NumberFormat.superscript(whole)
            }
            let mantissaExponent = Int(exponent.rounded(.down))
            if mantissaExponent >= -2 && mantissaExponent <= 4 {
                return NumberFormat.trimmed(String(format: "%.\(max(0, -mantissaExponent))f", value))
            }
            return NumberFormat.scientific(value, digits: 1)
        }
        let value = value == 0 ? 0 : value // no "-0.0"
        let decimals = max(0, -Int(Foundation.log10(step).rounded(.down)))
        if decimals == 0 && abs(value) >= 1000 && value == value.rounded() {
            return NumberFormat.grouped(Int(value))
        }
        if decimals > 5 { return NumberFormat.scientific(value, digits: 2) }
        let text = String(format: "%.\(decimals)f", value)
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }
}
