/// `ExperimentResult` ⇄ JSON: the `experiments[i]` entry of the results file
/// (PRODUCT.md §3.4) and the payload of a cache entry — one encoding for both,
/// so what the cache returns is exactly what a fresh run would have written.
///
/// ```json
/// {"name": "he", "line": 42, "routine": "train", "parameters": {…},
///  "status": "ok", "error": null, "cached": false, "seconds": 0.08,
///  "metrics": {"final_cost": 0.0736, …}, "series": {"cost": [[0, 0.88], …]},
///  "artifacts": [{"kind": "scatter", …}], "notes": ["…"]}
/// ```
extension ExperimentResult {
    /// Seconds are rounded to 0.1 ms: finer digits are noise, and shorter
    /// numbers keep the file readable.
    static func roundedSeconds(_ seconds: Double) -> Double {
        guard seconds.isFinite else { return seconds }
        return (seconds * 10_000).rounded() / 10_000
    }

    public var jsonValue: JSONValue {
        .object([
            ("name", .string(name)),
            ("line", .int(line)),
            ("routine", .string(routine)),
            ("parameters", parameters),
            ("status", .string(status.rawValue)),
            ("error", error.map { .string($0) } ?? .null),
            ("cached", .bool(cached)),
            ("seconds", .double(Self.roundedSeconds(seconds))),
            ("metrics", .object(metrics.map { ($0.name, JSONNumbers.double($0.value)) })),
            ("series", .object(series.map { series in
                (series.name, .array(series.points.map { .array([JSONNumbers.coordinate($0.x), JSONNumbers.double($0.y)]) }))
            })),
            ("artifacts", .array(artifacts.map(\.jsonValue))),
            ("notes", JSONNumbers.strings(notes)),
        ])
    }

    /// Decodes what `jsonValue` wrote. Every key is required (`error` may be
    /// `null`); anything else is a `ResultDecodingError` naming the field.
    public init(json: JSONValue) throws(ResultDecodingError) {
        try self.init(field: JSONField(json))
    }

    init(field: JSONField) throws(ResultDecodingError) {
        let statusText = try field.field("status").string()
        guard let status = Status(rawValue: statusText) else {
            throw try field.field("status").fail("unknown status '\(statusText)'")
        }
        let parameters = try field.field("parameters")
        guard case .object = parameters.value else { throw parameters.fail("expected an object") }

        var metrics: [Metric] = []
        for (name, value) in try field.field("metrics").members() {
            metrics.append(Metric(name, try value.double()))
        }
        var series: [Series] = []
        for (name, value) in try field.field("series").members() {
            var points: [Series.Point] = []
            for point in try value.array() {
                let xy = try point.doubles()
                guard xy.count == 2 else { throw point.fail("expected a point [x, y]") }
                points.append(Series.Point(xy[0], xy[1]))
            }
            series.append(Series(name, points))
        }
        var artifacts: [Artifact] = []
        for item in try field.field("artifacts").array() {
            artifacts.append(try Artifact(field: item))
        }
        self.init(
            name: try field.field("name").string(),
            line: try field.field("line").int(),
            routine: try field.field("routine").string(),
            parameters: parameters.value,
            status: status,
            error: try field.optionalField("error")?.string(),
            cached: try field.field("cached").bool(),
            seconds: try field.field("seconds").double(),
            metrics: metrics, series: series, artifacts: artifacts,
            notes: try field.field("notes").strings())
    }
}
