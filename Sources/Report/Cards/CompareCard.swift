import Foundation
import LessonKit

/// The card of a `compare` block: the chosen metrics of several experiments
/// side by side (best value of each column marked), their series overlaid in
/// one chart, and optionally a sweep (metrics against one parameter).
struct CompareCard {
    var comparison: Comparison
    var run: LessonRun
    var context: PageContext

    static func anchor(_ name: String) -> String { "compare-" + Slug.make(name, fallback: "unnamed") }

    func html(id: String) -> String {
        var out = "<section class=\"card compare\" id=\"\(id)\" aria-labelledby=\"\(id)-name\">"
        out += CardHeader(kind: "Comparison", name: comparison.name, id: id, title: comparison.title).html
        out += table
        if let chart = comparison.chart { out += overlay(chart) }
        if let sweep = comparison.sweep { out += sweepFigure(sweep) }
        return out + "</section>"
    }

    private var results: [(String, ExperimentResult?)] {
        comparison.experiments.map { ($0, run.result(named: $0)) }
    }

    /// Lower is better for costs and differences, higher for everything else.
    static func lowerIsBetter(_ metric: String) -> Bool {
        metric.contains("cost") || metric.contains("loss") || metric.contains("difference") || metric.contains("error")
    }

    /// Which values of one column get the "best" mark: every value that reads
    /// the same as the best one at the precision shown (`0.693147` twice is a
    /// tie even when the doubles differ in the 10th digit). None when fewer
    /// than two finite values can be compared.
    static func bestMarks(_ values: [Double?], metric: String) -> [Bool] {
        let finite = values.compactMap { $0 }.filter(\.isFinite)
        guard finite.count > 1, let best = lowerIsBetter(metric) ? finite.min() : finite.max() else {
            return values.map { _ in false }
        }
        let shown = NumberFormat.metric(metric, best)
        return values.map { value in value.map { $0.isFinite && NumberFormat.metric(metric, $0) == shown } ?? false }
    }

    private var table: String {
        var out = "<div class=\"table-wrap\"><table class=\"compare-table\"><thead><tr><th scope=\"col\">Experiment</th>"
        for metric in comparison.metrics {
            out += "<th scope=\"col\" class=\"num\">\(HTML.escape(NumberFormat.label(metric)))</th>"
        }
        out += "<th scope=\"col\" class=\"num\">Run time</th></tr></thead><tbody>"
        var best: [String: [Bool]] = [:]
        for metric in comparison.metrics {
            best[metric] = Self.bestMarks(results.map { $0.1?.status == .ok ? $0.1?.metric(metric) : nil }, metric: metric)
        }
        for (index, (name, result)) in results.enumerated() {
            out += "<tr><th scope=\"row\"><span class=\"swatch\" style=\"--c:\(Palette.series(index))\"></span>"
            out += "<a href=\"#\(ResultCard.anchor(name))\"><code>\(HTML.escape(name))</code></a></th>"
            for metric in comparison.metrics {
                if let result, result.status == .ok, let value = result.metric(metric) {
                    let isBest = best[metric]?[index] ?? false
                    out += "<td class=\"num\(isBest ? " best" : "")\" title=\"\(HTML.escape(NumberFormat.full(value)))\">"
                        + HTML.escape(NumberFormat.metric(metric, value)) + "</td>"
                } else {
                    out += "<td class=\"num missing\">\(result?.status == .failed ? "failed" : "–")</td>"
                }
            }
            out += "<td class=\"num\">\(result.map { NumberFormat.seconds($0.seconds) } ?? "–")</td></tr>"
        }
        return out + "</tbody></table></div>"
    }

    private func overlay(_ seriesName: String) -> String {
        var lines: [LineChart.Line] = []
        for (index, (name, result)) in results.enumerated() {
            guard let series = result?.series.first(where: { $0.name == seriesName }) else { continue }
            lines.append(.init(name: name, points: series.points, color: index))
        }
        guard !lines.isEmpty else {
            return "<p class=\"not-run\">No experiment of this comparison recorded a \(HTML.escape(seriesName)) series.</p>"
        }
        let yTitle = NumberFormat.label(seriesName)
        let chart = LineChart(title: "\(yTitle) of \(lines.map(\.name).joined(separator: ", "))", xTitle: "Epoch",
                              yTitle: yTitle, lines: lines, logY: comparison.logScale)
        let rendered = chart.render(id: context.chartID("\(comparison.name)-\(seriesName)"))
        let csv = CSV.overlaid(lines.map { ($0.name, $0.points) }, groupName: "experiment", xName: "epoch", yName: seriesName)
        let link = context.export(csv, name: "\(comparison.name)-\(seriesName)")
        return "<div class=\"figures\">" + ChartFigure(svg: rendered.svg, caption: "\(yTitle) of each experiment, overlaid",
                                                       notes: rendered.notes, csvLink: link).html + "</div>"
    }

    private func sweepFigure(_ sweep: Comparison.Sweep) -> String {
        var rows: [(x: Double, result: ExperimentResult)] = []
        for (_, result) in results {
            guard let result, result.status == .ok, let x = result.parameters[sweep.parameter]?.doubleValue else { continue }
            rows.append((x, result))
        }
        rows.sort { $0.x < $1.x }
        let lines = sweep.metrics.enumerated().map { index, metric in
            LineChart.Line(name: NumberFormat.label(metric),
                           points: rows.compactMap { row in row.result.metric(metric).map { Series.Point(row.x, $0) } },
                           color: index + 2)
        }
        let xs = Array(Set(rows.map(\.x))).sorted()
        let positive = xs.filter { $0 > 0 }
        let wide = positive.count >= 2 && positive.max()! / positive.min()! >= 20
        let useLog = wide && positive.count == xs.count
        let allAccuracies = sweep.metrics.allSatisfy(NumberFormat.isPercentage)
        var chart = LineChart(title: "\(sweep.metrics.map(NumberFormat.label).joined(separator: ", ")) against \(sweep.parameter)",
                              xTitle: sweep.parameter,
                              yTitle: sweep.metrics.count == 1 ? NumberFormat.label(sweep.metrics[0]) : (allAccuracies ? "Accuracy" : "Value"),
                              lines: lines, logX: useLog, markers: true)
        chart.percentY = allAccuracies
        // Values from 0 to decades above it (λ = 0, 0.1, …, 5): evenly spaced, labelled.
        if wide && !useLog { chart.xCategories = xs }
        let rendered = chart.render(id: context.chartID("\(comparison.name)-sweep"))
        var table = CSV(header: [sweep.parameter] + sweep.metrics)
        for row in rows {
            table.append([CSV.number(row.x)] + sweep.metrics.map { row.result.metric($0).map(CSV.number) ?? "" })
        }
        let csv = table
        let link = context.export(csv, name: "\(comparison.name)-sweep")
        return "<div class=\"figures\">" + ChartFigure(svg: rendered.svg, caption: "Sweep over \(sweep.parameter)",
                                                       notes: rendered.notes, csvLink: link).html + "</div>"
    }
}
