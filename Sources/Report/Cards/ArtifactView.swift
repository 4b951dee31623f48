import LessonKit

/// Draws one `Artifact` of an experiment: charts for scatters, decision
/// boundaries, bars and images (with their CSV exports), tables for
/// matrices and plain tables.
struct ArtifactView {
    var experiment: String
    var context: PageContext

    func render(_ artifact: Artifact) -> String {
        switch artifact {
        case .scatter(let scatter):
            let svg = ScatterChart(scatter: scatter).render(id: context.chartID("\(experiment)-scatter"))
            let link = context.export(.points(scatter), name: "\(experiment)-\(scatter.title)")
            return ChartFigure(svg: svg, caption: scatter.title, csvLink: link, shape: "square").html
        case .decisionBoundary(let boundary):
            let svg = DecisionBoundaryChart(boundary: boundary).render(id: context.chartID("\(experiment)-boundary"))
            let link = context.export(.grid(boundary), name: "\(experiment)-boundary")
            return ChartFigure(svg: svg, caption: boundary.title, csvLink: link, shape: "square").html
        case .bars(let bars):
            let svg = BarChart(bars: bars, yTitle: BarChart.valueTitle(bars.title)).render(id: context.chartID("\(experiment)-bars"))
            let link = context.export(.bars(bars), name: "\(experiment)-\(bars.title)")
            return ChartFigure(svg: svg, caption: bars.title, csvLink: link, shape: "wide").html
        case .images(let grid):
            let svg = ImageGridChart(grid: grid).render(id: context.chartID("\(experiment)-images"))
            return ChartFigure(svg: svg, caption: grid.title, shape: "wide").html
        case .matrices(let title, let matrices):
            return matricesHTML(title: title, matrices)
        case .table(let table):
            return tableHTML(table)
        }
    }

    /// Whether the artifact is a chart (goes in the figure grid) or a table.
    static func isChart(_ artifact: Artifact) -> Bool {
        switch artifact {
        case .matrices, .table: return false
        default: return true
        }
    }

    /// Each matrix as a bracketed grid of numbers, at most 8×8 shown.
    func matricesHTML(title: String, _ matrices: [NamedMatrix]) -> String {
        var out = "<div class=\"artifact matrices\"><p class=\"artifact-title\">\(HTML.escape(title))</p><div class=\"matrix-list\">"
        let limit = 8
        for matrix in matrices {
            let rows = matrix.rows.count, columns = matrix.rows.first?.count ?? 0
            out += "<div class=\"matrix-block\"><p class=\"matrix-name\"><span class=\"mono\">\(HTML.escape(matrix.name))</span>"
            out += " <span class=\"shape\">\(rows)×\(columns)</span></p><table class=\"matrix\"><tbody>"
            for row in matrix.rows.prefix(limit) {
                out += "<tr>"
                for value in row.prefix(limit) {
                    out += "<td title=\"\(HTML.escape(NumberFormat.full(value)))\">\(HTML.escape(NumberFormat.significant(value, digits: 3)))</td>"
                }
                if row.count > limit { out += "<td class=\"more\">⋯</td>" }
                out += "</tr>"
            }
            if rows > limit {
                out += "<tr>" + String(repeating: "<td class=\"more\">⋮</td>", count: min(columns, limit) + (columns > limit ? 1 : 0)) + "</tr>"
            }
            out += "</tbody></table></div>"
        }
        return out + "</div></div>"
    }

    /// A plain table with a caption; numeric-looking cells are right-aligned.
    func tableHTML(_ table: Table) -> String {
        var out = "<div class=\"artifact table-wrap\"><table class=\"data\"><caption>\(HTML.escape(table.title))</caption><thead><tr>"
        for cell in table.header { out += "<th scope=\"col\">\(HTML.escape(cell))</th>" }
        out += "</tr></thead><tbody>"
        for row in table.rows {
            out += "<tr>"
            for cell in row {
                let numeric = Double(cell.replacingOccurrences(of: "%", with: "")) != nil
                out += numeric ? "<td class=\"num\">\(HTML.escape(cell))</td>" : "<td>\(HTML.escape(cell))</td>"
            }
            out += "</tr>"
        }
        return out + "</tbody></table></div>"
    }
}
