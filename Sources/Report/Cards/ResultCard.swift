import LessonKit

/// The card that replaces an `experiment` block: name and routine, the
/// parameters the lesson set, headline metrics, charts, artifacts, notes,
/// run time, cache state and the full parameter set.
struct ResultCard {
    var result: ExperimentResult
    var block: LessonBlock?
    /// Warnings located inside the block (errors produce an `ErrorCard` instead).
    var warnings: [Diagnostic] = []
    var context: PageContext

    /// The anchor of an experiment card: `experiment-he`.
    static func anchor(_ name: String) -> String { "experiment-" + Slug.make(name, fallback: "unnamed") }

    func html(id: String) -> String {
        let explicit = ParameterTable.keys(inBody: block?.body ?? "")
        let parameters = ParameterTable(parameters: result.parameters, explicitKeys: explicit.subtracting(["routine"]),
                                        id: "\(id)-parameters")
        let location = SourceLocation(file: context.lessonPath, line: result.line)
        var out = "<section class=\"card experiment\(result.status == .failed ? " failed" : "")\" id=\"\(id)\" aria-labelledby=\"\(id)-name\">"
        out += CardHeader(kind: "Experiment", name: result.name, id: id, routine: result.routine).html
        out += "<p class=\"card-meta\">"
        if let diverged = result.divergenceStatus {
            // Still a result (status ok in the JSON), but not one to read as fine.
            out += "<span class=\"badge failed\">\(HTML.escape(diverged))</span>"
        } else {
            out += result.status == .ok ? "<span class=\"badge ok\">ok</span>" : "<span class=\"badge failed\">failed</span>"
        }
        if result.cached {
            out += "<span class=\"badge cached\" title=\"Loaded from the result cache; computed in \(NumberFormat.seconds(result.seconds))\">cached</span>"
        }
        out += "<span class=\"meta-item\">\(result.cached ? "computed" : "ran") in \(NumberFormat.seconds(result.seconds))</span>"
        out += "<span class=\"meta-item source\">\(HTML.escape(location.file)):\(location.line)</span>"
        out += "<a class=\"meta-item\" href=\"\(HTML.escape(context.jsonLink))\">JSON</a></p>"
        out += parameters.chips

        if result.status == .failed {
            out += ErrorBox.failure(result.error ?? "The routine reported no error text.", at: location)
        }
        if !warnings.isEmpty { out += ErrorBox.html(warnings) }
        if !result.metrics.isEmpty { out += MetricTiles(metrics: result.metrics).html }

        var figures: [String] = []
        for series in result.series {
            figures.append(seriesFigure(series))
        }
        var tables: [String] = []
        let view = ArtifactView(experiment: result.name, context: context)
        for artifact in result.artifacts {
            if ArtifactView.isChart(artifact) { figures.append(view.render(artifact)) } else { tables.append(view.render(artifact)) }
        }
        if !figures.isEmpty { out += "<div class=\"figures\">" + figures.joined() + "</div>" }
        out += tables.joined()
        if !result.notes.isEmpty {
            out += "<ul class=\"notes\">" + result.notes.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>"
        }
        out += parameters.html
        return out + "</section>"
    }

    private func seriesFigure(_ series: Series) -> String {
        let xTitle = series.name == "cost" ? "Epoch" : "Step"
        let yTitle = NumberFormat.label(series.name)
        let chart = LineChart(title: "\(yTitle) of \(result.name) by \(xTitle.lowercased())", xTitle: xTitle, yTitle: yTitle,
                              lines: [.init(name: result.name, points: series.points, color: 0)])
        let rendered = chart.render(id: context.chartID("\(result.name)-\(series.name)"))
        let link = context.export(.series(series.points, xName: xTitle.lowercased(), yName: series.name),
                                  name: "\(result.name)-\(series.name)")
        return ChartFigure(svg: rendered.svg, caption: "\(yTitle) during training", notes: rendered.notes,
                           csvLink: link, shape: "wide").html
    }
}

/// The heading row shared by experiment, compare and listing cards.
struct CardHeader {
    var kind: String
    var name: String
    var id: String
    var routine: String?
    var title: String?

    var html: String {
        var out = "<header class=\"card-header\"><h3 class=\"card-title\" id=\"\(id)-name\">"
        out += "<span class=\"card-kind\">\(HTML.escape(kind))</span> "
        if let title {
            out += "<span class=\"card-name\">\(HTML.escape(title))</span> <code class=\"card-code\">\(HTML.escape(name))</code>"
        } else {
            out += "<code class=\"card-name\">\(HTML.escape(name))</code>"
        }
        out += "<a class=\"anchor\" href=\"#\(id)\" aria-label=\"Link to this card\">#</a></h3>"
        if let routine { out += "<span class=\"routine\" title=\"Library routine\"><code>\(HTML.escape(routine))</code></span>" }
        return out + "</header>"
    }
}

/// Headline metrics as tiles: accuracies as percentages, full precision on hover.
struct MetricTiles {
    var metrics: [Metric]

    var html: String {
        "<dl class=\"metrics\">" + metrics.map { metric in
            let bad = metric.value.isFinite ? "" : " bad"
            return "<div class=\"metric\(bad)\"><dt>\(HTML.escape(NumberFormat.label(metric.name)))</dt>"
                + "<dd title=\"\(HTML.escape(NumberFormat.full(metric.value)))\">\(HTML.escape(NumberFormat.metric(metric.name, metric.value)))</dd></div>"
        }.joined() + "</dl>"
    }
}
