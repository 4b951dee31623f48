import Foundation
import LessonKit
import Testing
@testable import Report

/// Snapshot tests: the SVG of charts and the MathML of the course's formulas
/// for fixed inputs, compared with `Goldens/` (re-record: `RECORD_GOLDENS=1`).
@Suite struct GoldenTests {
    // MARK: - Charts

    @Test func linearAxisCostCurve() throws {
        let chart = LineChart(title: "Cost of he", xTitle: "Epoch", yTitle: "Cost",
                              lines: [.init(name: "he", points: Fixtures.costSeries(Fixtures.heCosts).points, color: 0)])
        let rendered = chart.render(id: "chart-he-cost")
        #expect(rendered.notes.isEmpty)
        try Golden.check(Golden.pretty(rendered.svg), "line-linear.svg")
    }

    @Test func logAxisBars() throws {
        let bars = Bars(title: "Relative difference per parameter", labels: ["W1", "b1", "W2", "b2"],
                        values: [1.1e-8, 0.61, 0.33, 2.4e-9], logScale: true, threshold: 2e-7)
        try Golden.check(Golden.pretty(BarChart(bars: bars, yTitle: "Relative difference").render(id: "chart-check")), "bars-log.svg")
    }

    @Test func seriesWithInfAtStartAndNanInside() throws {
        let points = [Series.Point(0, .infinity), Series.Point(1000, 0.62), Series.Point(2000, 0.55),
                      Series.Point(3000, .nan), Series.Point(4000, 0.45), Series.Point(5000, 0.42)]
        let chart = LineChart(title: "Cost of random", xTitle: "Epoch", yTitle: "Cost",
                              lines: [.init(name: "random", points: points, color: 1)])
        let rendered = chart.render(id: "chart-random-cost")
        #expect(rendered.notes == ["Cost: inf at epoch 0; nan at epoch 3,000. These are gaps in the line (inf: ▲ at the top edge; nan: ○ at the top edge)."])
        // Two segments (the nan splits the line), one ▲ and one ○ marker.
        #expect(rendered.svg.components(separatedBy: "M").count - 1 >= 2)
        #expect(rendered.svg.contains("<circle class=\"gap-marker nan\""))
        try Golden.check(Golden.pretty(rendered.svg), "line-inf-nan.svg")
    }

    @Test func logScaleLineWithLegend() throws {
        let chart = LineChart(title: "Cost, log scale", xTitle: "Epoch", yTitle: "Cost",
                              lines: [.init(name: "gd", points: Fixtures.costSeries([0.7, 0.2, 0.05, 0.01, 0]).points, color: 0),
                                      .init(name: "adam", points: Fixtures.costSeries([0.7, 0.05, 0.004, 0.0009, 0.0002]).points, color: 1)],
                              logY: true)
        try Golden.check(Golden.pretty(chart.render(id: "chart-log").svg), "line-log.svg")
    }

    @Test func twoClassDecisionBoundary() throws {
        // Class 1 in the upper-right triangle of a 6×6 grid, four points on top.
        var cells: [Int] = []
        for row in 0..<6 { for column in 0..<6 { cells.append(column + row >= 6 ? 1 : 0) } }
        let boundary = DecisionBoundary(title: "Two classes", xRange: -1...1, yRange: -1...1, resolution: 6, cells: cells,
                                        points: Scatter(title: "data", points: [[-0.5, -0.5], [0.5, 0.5], [-0.8, 0.2], [0.7, -0.1]],
                                                        labels: [0, 1, 0, 1]))
        try Golden.check(Golden.pretty(DecisionBoundaryChart(boundary: boundary).render(id: "chart-boundary")), "boundary-two-class.svg")
    }

    /// The grid export: one `x1,x2,predicted` line per cell centre, rows from
    /// the bottom, classes of more than one digit and negative ones written whole.
    @Test func boundaryGridCSV() {
        let boundary = DecisionBoundary(title: "g", xRange: 0...3, yRange: -1...1, resolution: 3,
                                        cells: [0, 1, 12, 1, 0, -1, 7, 7, 0],
                                        points: Scatter(title: "p", points: [], labels: []))
        #expect(CSV.grid(boundary).text == """
            x1,x2,predicted
            0.5,-0.6666666666666667,0
            1.5,-0.6666666666666667,1
            2.5,-0.6666666666666667,12
            0.5,0,1
            1.5,0,0
            2.5,0,-1
            0.5,0.6666666666666665,7
            1.5,0.6666666666666665,7
            2.5,0.6666666666666665,0

            """)
    }

    @Test func boundaryKeepsTheDataAspectRatio() {
        func viewBox(x: ClosedRange<Double>, y: ClosedRange<Double>) -> String {
            let boundary = DecisionBoundary(title: "b", xRange: x, yRange: y, resolution: 2, cells: [0, 1, 1, 0],
                                            points: Scatter(title: "data", points: [], labels: []))
            let svg = DecisionBoundaryChart(boundary: boundary).render(id: "b")
            let start = svg.range(of: "viewBox=\"")!.upperBound
            return String(svg[start...].prefix { $0 != "\"" })
        }
        // The plot is 334 wide; its height follows Δy/Δx, between 0.5 and 1.25 of that.
        #expect(viewBox(x: -1...1, y: -1...1) == "0 0 400 412")
        #expect(viewBox(x: -1.5...1.5, y: -1...1) == "0 0 400 301")  // 334 × 2/3 = 223
        #expect(viewBox(x: -4...4, y: -1...1) == "0 0 400 245")      // flat data: clamped at 0.5
        #expect(viewBox(x: -1...1, y: -3...3) == "0 0 400 496")      // tall data: clamped at 1.25
        // A uniform grid is one rectangle filling the 334 × 223 plot of the 3:2 range.
        let boundary = DecisionBoundary(title: "b", xRange: -1.5...1.5, yRange: -1...1, resolution: 2, cells: [0, 0, 0, 0],
                                        points: Scatter(title: "data", points: [], labels: []))
        #expect(DecisionBoundaryChart(boundary: boundary).render(id: "b").contains("<rect x=\"52\" y=\"30\" width=\"334\" height=\"223\""))
    }

    @Test func boundaryMergesRunsAndRows() {
        // 4×4: left half class 0, right half class 1 → exactly two rectangles.
        let cells = (0..<16).map { $0 % 4 < 2 ? 0 : 1 }
        let blocks = DecisionBoundaryChart.blocks(cells: cells, resolution: 4)
        #expect(blocks == [.init(start: 0, end: 2, label: 0, firstRow: 0, lastRow: 3),
                           .init(start: 2, end: 4, label: 1, firstRow: 0, lastRow: 3)])
        // A 200×200 smooth boundary stays far below 40 000 shapes.
        let big = Fixtures.boundary(radius: 0.7, resolution: 200)
        #expect(DecisionBoundaryChart.blocks(cells: big.cells, resolution: 200).count < 800)
    }

    // MARK: - Math

    static let formulas: [(String, String)] = [
        ("math-l2-cost.mathml", #"J_{\text{regularized}} = \underbrace{-\frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} \log a^{[L](i)} + (1 - y^{(i)}) \log\left(1 - a^{[L](i)}\right) \right)}_{\text{cross-entropy cost}} + \underbrace{\frac{1}{m} \frac{\lambda}{2} \sum_{l} \sum_{k} \sum_{j} W_{k,j}^{[l]2}}_{\text{L2 regularization cost}}"#),
        ("math-dropout.mathml", #"A^{[1]} \leftarrow \frac{A^{[1]} \odot D^{[1]}}{\text{keep\_prob}}"#),
        ("math-gradient-difference.mathml", #"\text{difference} = \frac{\| \mathrm{grad} - \mathrm{gradapprox} \|_2}{\| \mathrm{grad} \|_2 + \| \mathrm{gradapprox} \|_2}"#),
        ("math-two-sided.mathml", #"\frac{\partial J}{\partial \theta} = \lim_{\varepsilon \to 0} \frac{J(\theta + \varepsilon) - J(\theta - \varepsilon)}{2 \varepsilon}"#),
        ("math-momentum.mathml", #"\begin{cases} v_{dW^{[l]}} = \beta v_{dW^{[l]}} + (1 - \beta) dW^{[l]} \\ W^{[l]} = W^{[l]} - \alpha v_{dW^{[l]}} \end{cases}"#),
        ("math-adam.mathml", #"\begin{aligned} v_{dW} &= \beta_1 v_{dW} + (1 - \beta_1) \frac{\partial \mathcal{J}}{\partial W} \\ \hat{v}_{dW} &= \frac{v_{dW}}{1 - \beta_1^t} \\ s_{dW} &= \beta_2 s_{dW} + (1 - \beta_2) \left( \frac{\partial \mathcal{J}}{\partial W} \right)^2 \\ \hat{s}_{dW} &= \frac{s_{dW}}{1 - \beta_2^t} \\ W &\leftarrow W - \alpha \frac{\hat{v}_{dW}}{\sqrt{\hat{s}_{dW}} + \varepsilon} \end{aligned}"#),
    ]

    @Test(arguments: formulas.map(\.0))
    func formula(_ name: String) throws {
        let tex = Self.formulas.first { $0.0 == name }!.1
        let output = MathRenderer.render(tex, display: true)
        #expect(output.problems.isEmpty, "\(output.problems)")
        #expect(output.html.hasPrefix("<math display=\"block\">"))
        try Golden.check(Golden.pretty(output.html), name)
    }
}
