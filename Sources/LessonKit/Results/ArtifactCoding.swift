/// `Artifact` ⇄ JSON. Every artifact is an object whose first key is `kind`
/// (`scatter`, `decision_boundary`, `matrices`, `table`, `bars`, `images`),
/// so readers of the results file can dispatch on it and the cache can store
/// figures exactly.
extension Artifact {
    public var kindName: String {
        switch self {
        case .scatter: return "scatter"
        case .decisionBoundary: return "decision_boundary"
        case .matrices: return "matrices"
        case .table: return "table"
        case .bars: return "bars"
        case .images: return "images"
        }
    }

    public var jsonValue: JSONValue {
        var pairs: [(String, JSONValue)] = [("kind", .string(kindName))]
        switch self {
        case .scatter(let scatter):
            pairs += scatter.jsonPairs
        case .decisionBoundary(let boundary):
            pairs += [
                ("title", .string(boundary.title)),
                ("x_range", JSONNumbers.doubles([boundary.xRange.lowerBound, boundary.xRange.upperBound])),
                ("y_range", JSONNumbers.doubles([boundary.yRange.lowerBound, boundary.yRange.upperBound])),
                ("resolution", .int(boundary.resolution)),
                ("cells", JSONNumbers.ints(boundary.cells)),
                ("points", .object(boundary.points.jsonPairs)),
            ]
        case .matrices(let title, let matrices):
            pairs += [
                ("title", .string(title)),
                ("matrices", .array(matrices.map { matrix in
                    .object([("name", .string(matrix.name)), ("rows", .array(matrix.rows.map(JSONNumbers.doubles)))])
                })),
            ]
        case .table(let table):
            pairs += [
                ("title", .string(table.title)),
                ("header", JSONNumbers.strings(table.header)),
                ("rows", .array(table.rows.map(JSONNumbers.strings))),
            ]
        case .bars(let bars):
            pairs += [
                ("title", .string(bars.title)),
                ("labels", JSONNumbers.strings(bars.labels)),
                ("values", JSONNumbers.doubles(bars.values)),
                ("log_scale", .bool(bars.logScale)),
                ("threshold", bars.threshold.map(JSONNumbers.double) ?? .null),
            ]
        case .images(let grid):
            pairs += [
                ("title", .string(grid.title)),
                ("width", .int(grid.width)),
                ("height", .int(grid.height)),
                ("images", .array(grid.images.map(JSONNumbers.doubles))),
                ("captions", JSONNumbers.strings(grid.captions)),
            ]
        }
        return .object(pairs)
    }

    public init(json: JSONValue) throws(ResultDecodingError) {
        try self.init(field: JSONField(json))
    }

    init(field: JSONField) throws(ResultDecodingError) {
        let kind = try field.field("kind").string()
        switch kind {
        case "scatter":
            self = .scatter(try Scatter(field: field))
        case "decision_boundary":
            let resolution = try field.field("resolution").int()
            let cells = try field.field("cells").ints()
            guard resolution >= 0, cells.count == resolution * resolution else {
                throw try field.field("cells").fail("expected \(resolution)×\(resolution) cells, found \(cells.count)")
            }
            self = .decisionBoundary(DecisionBoundary(
                title: try field.field("title").string(),
                xRange: try Self.range(field.field("x_range")),
                yRange: try Self.range(field.field("y_range")),
                resolution: resolution, cells: cells,
                points: try Scatter(field: field.field("points"))))
        case "matrices":
            var matrices: [NamedMatrix] = []
            for item in try field.field("matrices").array() {
                matrices.append(NamedMatrix(name: try item.field("name").string(), rows: try item.field("rows").doubleRows()))
            }
            self = .matrices(title: try field.field("title").string(), matrices)
        case "table":
            self = .table(Table(title: try field.field("title").string(),
                                header: try field.field("header").strings(),
                                rows: try field.field("rows").stringRows()))
        case "bars":
            let labels = try field.field("labels").strings()
            let values = try field.field("values").doubles()
            guard labels.count == values.count else {
                throw try field.field("values").fail("expected \(labels.count) values, one per label")
            }
            self = .bars(Bars(title: try field.field("title").string(), labels: labels, values: values,
                              logScale: try field.field("log_scale").bool(),
                              threshold: try field.optionalField("threshold")?.double()))
        case "images":
            self = .images(ImageGrid(title: try field.field("title").string(),
                                     width: try field.field("width").int(),
                                     height: try field.field("height").int(),
                                     images: try field.field("images").doubleRows(),
                                     captions: try field.field("captions").strings()))
        default:
            throw try field.field("kind").fail("unknown artifact kind '\(kind)'")
        }
    }

    /// `[lower, upper]`; refuses reversed or NaN bounds (a `ClosedRange` would trap).
    private static func range(_ field: JSONField) throws(ResultDecodingError) -> ClosedRange<Double> {
        let bounds = try field.doubles()
        guard bounds.count == 2, bounds[0] <= bounds[1] else {
            throw field.fail("expected [lower, upper] with lower ≤ upper")
        }
        return bounds[0]...bounds[1]
    }
}

extension Scatter {
    var jsonPairs: [(String, JSONValue)] {
        [
            ("title", .string(title)),
            ("points", .array(points.map(JSONNumbers.doubles))),
            ("labels", JSONNumbers.ints(labels)),
        ]
    }

    init(field: JSONField) throws(ResultDecodingError) {
        let points = try field.field("points").doubleRows()
        let labels = try field.field("labels").ints()
        guard points.count == labels.count else {
            throw try field.field("labels").fail("expected \(points.count) labels, one per point")
        }
        self.init(title: try field.field("title").string(), points: points, labels: labels)
    }
}
