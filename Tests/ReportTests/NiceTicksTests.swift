import Testing
@testable import Report

@Suite struct NiceTicksTests {
    @Test func aFlatSeriesOneULPWideGetsAFewTicks() {
        // The zeros-initialization cost: 0.6931471805599453 and 0.6931471805599455.
        let ticks = NiceTicks.linear(0.6931471805599453, 0.6931471805599455)
        #expect(ticks.values.count < 12)
        #expect(ticks.domain.lowerBound < 0.69 && ticks.domain.upperBound > 0.70)
    }

    @Test func unitInterval() {
        let ticks = NiceTicks.linear(0, 1)
        #expect(ticks.values == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(ticks.domain == 0...1)
    }

    @Test func costRangeWidensToNiceBounds() {
        let ticks = NiceTicks.linear(0.0736, 0.883)
        #expect(ticks.values == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(ticks.values.map(ticks.label) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    }

    @Test func epochs() {
        let ticks = NiceTicks.linear(0, 14000, target: 6)
        #expect(ticks.step == 2000)
        #expect(ticks.values.first == 0 && ticks.values.last == 14000)
        #expect(ticks.label(14000) == "14,000")
    }

    @Test func stepsAreOneTwoOrFive() {
        for (raw, nice) in [(0.13, 0.1), (0.27, 0.2), (0.42, 0.5), (0.8, 1.0), (1.6, 2.0), (3.4, 5.0), (7.5, 10.0), (1200.0, 1000.0)] {
            #expect(NiceTicks.niceStep(raw) == nice, "raw \(raw)")
        }
    }

    @Test func noBinaryNoise() {
        let ticks = NiceTicks.linear(0.1, 0.7)
        #expect(ticks.values == [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
    }

    @Test func negativeRangeAndMinusSign() {
        let ticks = NiceTicks.linear(-1.3, 1.4)
        #expect(ticks.values == [-1.5, -1, -0.5, 0, 0.5, 1, 1.5])
        #expect(ticks.label(-1.5) == "−1.5")
    }

    @Test func constantSeriesGetsARange() {
        let ticks = NiceTicks.linear(0.6931, 0.6931)
        #expect(ticks.domain.lowerBound < 0.6931 && ticks.domain.upperBound > 0.6931)
        #expect(NiceTicks.linear(0, 0).values == [-1, -0.5, 0, 0.5, 1])
    }

    @Test func almostConstantSeriesDoesNotExplode() {
        let ticks = NiceTicks.linear(0.6931471805599453, 0.6931471805599454)
        #expect(ticks.values.count < 12)
        #expect(ticks.domain.lowerBound < 0.69 && ticks.domain.upperBound > 0.70)
        #expect(NiceTicks.linear(-1e300, 1e300).values.count < 60)
        #expect(NiceTicks.linear(-Double.greatestFiniteMagnitude, .greatestFiniteMagnitude).values.count < 60)
    }

    @Test func logDecades() {
        let ticks = NiceTicks.log(1.2e-9, 0.61)
        #expect(ticks.domain == 1e-9...1)
        #expect(ticks.values == [1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1])
        #expect(ticks.label(1e-7) == "10⁻⁷")
        #expect(ticks.label(0.1) == "0.1")
        #expect(ticks.label(1000) == "1,000")
    }

    @Test func shortLogRangeAddsTwoAndFive() {
        let ticks = NiceTicks.log(0.05, 0.9)
        #expect(ticks.values == [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1])
    }

    @Test func exactPowersStayInside() {
        let ticks = NiceTicks.log(1e-3, 1000)
        #expect(ticks.domain == 1e-3...1000)
    }

    @Test func logAxisPlacesNonPositiveAsGaps() {
        let axis = Axis(values: [0.1, 10], scale: .log, start: 100, end: 0)
        #expect(axis.position(0) == nil)
        #expect(axis.position(-1) == nil)
        #expect(axis.position(.nan) == nil)
        #expect(axis.position(1) == 50)
    }
}
