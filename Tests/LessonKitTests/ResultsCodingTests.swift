import Foundation
import Testing
@testable import LessonKit

@Suite("Results coding")
struct ResultsCodingTests {
    static let parameters = JSONValue.object([
        ("dataset", .string("circles")), ("layers", .array([.int(2), .int(10), .int(5), .int(1)])),
        ("learning_rate", .double(0.01)), ("epochs", .int(15000)),
    ])

    static let artifacts: [Artifact] = [
        .scatter(Scatter(title: "circles", points: [[0.5, -1.25], [1e-9, 3]], labels: [0, 1])),
        .decisionBoundary(DecisionBoundary(
            title: "boundary <he>", xRange: -1.5...2.5, yRange: -1...1, resolution: 2, cells: [0, 1, 1, 0],
            points: Scatter(title: "train", points: [[0.1, 0.2]], labels: [1]))),
        .matrices(title: "parameters", [NamedMatrix(name: "W1", rows: [[0.1, -0.2], [.nan, .infinity]]),
                                        NamedMatrix(name: "b1", rows: [[0], [0]])]),
        .table(Table(title: "batches", header: ["batch", "shape"], rows: [["1", "(2, 64)"], ["2", "(2, \"12\")"]])),
        .bars(Bars(title: "differences", labels: ["W1", "b1"], values: [2.4e-8, -.infinity], logScale: true, threshold: 1e-7)),
        .bars(Bars(title: "no threshold", labels: [], values: [])),
        .images(ImageGrid(title: "misclassified", width: 2, height: 1, images: [[0, 1], [0.5, 0.25]], captions: ["7 as 1", "é"])),
    ]

    static let result = ExperimentResult(
        name: "he", line: 42, routine: "train", parameters: parameters, status: .ok, error: nil,
        cached: false, seconds: 0.0812345,
        metrics: [Metric("final_cost", 0.0736), Metric("train_accuracy", 0.99333), Metric("diverged", .nan)],
        series: [Series("cost", [Series.Point(0, 0.8830537463419761), Series.Point(1000, 0.6879825919728063),
                                 Series.Point(2000, .infinity), Series.Point(2500.5, .nan)])],
        artifacts: artifacts, notes: ["diverged at epoch 2000", "ünïcode"])

    @Test func experimentEntryHasTheProductLayout() {
        let json = Self.result.jsonValue
        #expect(json.objectValue?.map(\.0) == ["name", "line", "routine", "parameters", "status", "error", "cached",
                                               "seconds", "metrics", "series", "artifacts", "notes"])
        #expect(json["seconds"] == .double(0.0812))
        #expect(json["error"] == .null)
        let cost = json["series"]?["cost"]?.compact()
        #expect(cost == #"[[0,0.8830537463419761],[1000,0.6879825919728063],[2000,"inf"],[2500.5,"nan"]]"#)
        #expect(json["metrics"]?.compact() == #"{"final_cost":0.0736,"train_accuracy":0.99333,"diverged":"nan"}"#)
        #expect(json["artifacts"]?.arrayValue?.map { $0["kind"]?.stringValue ?? "" }
                == ["scatter", "decision_boundary", "matrices", "table", "bars", "bars", "images"])
    }

    @Test func everyArtifactKindRoundTrips() throws {
        for artifact in Self.artifacts {
            let text = artifact.jsonValue.prettyPrinted()
            let decoded = try Artifact(json: JSONParser.parse(text))
            #expect(decoded.jsonValue == artifact.jsonValue, "\(artifact.kindName)")
            if !text.contains("nan") { #expect(decoded == artifact) }
        }
    }

    @Test func resultRoundTripsThroughText() throws {
        var failed = Self.result
        failed.status = .failed
        failed.error = "lessons/x.md:42:1: training diverged"
        failed.cached = true
        for result in [Self.result, failed] {
            for text in [result.jsonValue.prettyPrinted(), result.jsonValue.compact()] {
                let decoded = try ExperimentResult(json: JSONParser.parse(text))
                #expect(decoded.jsonValue == result.jsonValue)
                #expect(decoded.jsonValue.compact() == result.jsonValue.compact())
                #expect(decoded.status == result.status)
                #expect(decoded.error == result.error)
                #expect(decoded.cached == result.cached)
                #expect(decoded.series[0].points[1] == Series.Point(1000, 0.6879825919728063))
                #expect(decoded.metric("diverged")?.isNaN == true)
            }
        }
    }

    @Test(arguments: [
        (#"{"kind":"sparkles","title":"x"}"#, "kind: unknown artifact kind 'sparkles'"),
        (#"{"kind":"scatter","title":"x","points":[[1,2]],"labels":[]}"#, "labels: expected 1 labels"),
        (#"{"kind":"scatter","title":"x","points":[[1,"a"]],"labels":[0]}"#, "points[0][1]: expected a number"),
        (#"{"kind":"decision_boundary","title":"b","x_range":[2,1],"y_range":[0,1],"resolution":1,"cells":[0],"points":{"title":"","points":[],"labels":[]}}"#, "x_range: expected [lower, upper]"),
        (#"{"kind":"decision_boundary","title":"b","x_range":["nan","nan"],"y_range":[0,1],"resolution":1,"cells":[0],"points":{"title":"","points":[],"labels":[]}}"#, "x_range: expected [lower, upper]"),
        (#"{"kind":"decision_boundary","title":"b","x_range":[0,1],"y_range":[0,1],"resolution":2,"cells":[0],"points":{"title":"","points":[],"labels":[]}}"#, "cells: expected 2×2 cells"),
        (#"{"kind":"bars","title":"b","labels":["a"],"values":[1],"log_scale":"yes","threshold":null}"#, "log_scale: expected a boolean"),
        (#"{"kind":"table","title":"t","header":["a"]}"#, "missing key 'rows'"),
        (#"[1]"#, "expected an object"),
    ] as [(String, String)])
    func badArtifactsAreLocatedErrors(text: String, message: String) throws {
        let json = try JSONParser.parse(text)
        #expect { try Artifact(json: json) } throws: { error in
            (error as? ResultDecodingError)?.description.contains(message) == true
        }
    }

    @Test func badResultsAreLocatedErrors() throws {
        var json = Self.result.jsonValue
        guard case .object(var pairs) = json else { return }
        pairs[4].1 = .string("maybe")
        json = .object(pairs)
        #expect { try ExperimentResult(json: json) } throws: { error in
            (error as? ResultDecodingError)?.description == "status: unknown status 'maybe'"
        }
        pairs[4].1 = .string("ok")
        pairs.removeAll { $0.0 == "notes" }
        #expect { try ExperimentResult(json: .object(pairs)) } throws: { error in
            (error as? ResultDecodingError)?.description == "missing key 'notes'"
        }
    }

    @Test func resultsFileMatchesProductSection34() throws {
        let lesson = RunnerFixtures.lesson([], id: "1.1-initialization",
                                           diagnostics: [.error(at: SourceLocation(file: "lessons/1.1-initialization.md", line: 31, column: 3),
                                                                "unknown parameter 'lamda' (did you mean 'lambda'?)")])
        var result = Self.result
        result.artifacts = []
        let run = LessonRun(validated: lesson, results: [result], diagnostics: lesson.diagnostics,
                            environment: RunnerFixtures.environment, generatedAt: RunnerFixtures.fixedDate)
        let json = ResultsFile.json(for: run)
        #expect(json.objectValue?.map(\.0) == ["lesson", "title", "source", "generated_at", "environment", "experiments", "diagnostics"])
        #expect(json["lesson"] == .string("1.1-initialization"))
        #expect(json["source"] == .string("lessons/1.1-initialization.md"))
        #expect(json["generated_at"] == .string("2026-11-26T12:00:00Z"))
        #expect(json["environment"]?.compact() == #"{"tool":"0.1.0-test","swift":"6.3.1","blas":"none","commit":"abc123"}"#)
        #expect(json["diagnostics"]?.compact()
                == #"[{"file":"lessons/1.1-initialization.md","line":31,"column":3,"severity":"error","message":"unknown parameter 'lamda' (did you mean 'lambda'?)"}]"#)
        let text = ResultsFile.text(for: run)
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains(#""layers": [2, 10, 5, 1]"#))
        #expect(try JSONParser.parse(text).compact() == json.compact())
    }

    @Test func iso8601IsUTCWholeSeconds() {
        #expect(ResultsFile.iso8601(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(ResultsFile.iso8601(Date(timeIntervalSince1970: 1_795_694_400.999)) == "2026-11-26T12:00:00Z")
        #expect(ResultsFile.iso8601(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
    }
}
