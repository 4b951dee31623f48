import Foundation
import LessonKit
@testable import Report

/// Realistic, deterministic inputs for the report tests and the preview pages.
enum Fixtures {
    static let environment = RunEnvironment(tool: "0.1.0", swift: "6.3.1", blas: "OpenBLAS 0.3.26",
                                            commit: "4743b15c0ffee1234567890abcdef1234567890a")
    static let date = Date(timeIntervalSince1970: 1_795_000_000)

    /// A small deterministic generator (so fixtures never change).
    struct LCG {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        mutating func normal() -> Double {
            let u = max(next(), 1e-12), v = next()
            return sqrt(-2 * log(u)) * cos(2 * .pi * v)
        }
    }

    /// Two noisy concentric circles, like make_circles(noise: 0.08, factor: 0.5).
    static func circles(count: Int = 300, seed: UInt64 = 3) -> Scatter {
        var rng = LCG(state: seed)
        var points: [[Double]] = [], labels: [Int] = []
        for index in 0..<count {
            let label = index % 2
            let angle = rng.next() * 2 * .pi
            let radius = label == 0 ? 1.0 : 0.5
            points.append([radius * cos(angle) + 0.08 * rng.normal(), radius * sin(angle) + 0.08 * rng.normal()])
            labels.append(label)
        }
        return Scatter(title: "Training set (circles)", points: points, labels: labels)
    }

    /// A classifier that predicts class 1 inside radius `r` (nil: everything class 0).
    static func boundary(radius: Double?, resolution: Int = 60) -> DecisionBoundary {
        var cells: [Int] = []
        for row in 0..<resolution {
            for column in 0..<resolution {
                let x = -1.5 + 3 * (Double(column) + 0.5) / Double(resolution)
                let y = -1.5 + 3 * (Double(row) + 0.5) / Double(resolution)
                let wobble = 0.08 * sin(5 * atan2(y, x))
                cells.append(radius.map { x * x + y * y < pow($0 + wobble, 2) ? 1 : 0 } ?? 0)
            }
        }
        return DecisionBoundary(title: "Decision boundary", xRange: -1.5...1.5, yRange: -1.5...1.5,
                                resolution: resolution, cells: cells, points: circles())
    }

    static let heCosts: [Double] = [0.8830537463419761, 0.6879825919728063, 0.6751286264523371, 0.6526117768893805,
                                    0.6082958970572938, 0.5261093649341028, 0.3989616667696438, 0.2856091093017624,
                                    0.1853166507979451, 0.1506555102423138, 0.1239017418045002, 0.0991356405617768,
                                    0.0845934059074014, 0.0740342384624542, 0.0736466667236965]
    static let randomCosts: [Double] = [.infinity, 0.6250982793959966, 0.5978997325337826, 0.5637604398797208,
                                        0.5501706951524493, 0.5444627755536496, .nan, 0.4486377602718434,
                                        0.4289788541693312, 0.4276357449683318, 0.4244153768093069, 0.4236013071329834,
                                        0.4180165484098282, 0.4173552447233148, 0.4167465040224466]
    static let zerosCosts = Array(repeating: 0.6931471805599453, count: 15)

    static func costSeries(_ values: [Double]) -> Series {
        Series("cost", values.enumerated().map { Series.Point(Double($0.offset * 1000), $0.element) })
    }

    static func trainParameters(init initialization: String, extra: [(String, JSONValue)] = []) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("dataset", .string("circles")), ("layers", .array([2, 10, 5, 1].map { .int($0) })),
            ("initialization", .string(initialization)), ("init_scale", .double(10)), ("seed", .int(3)),
            ("learning_rate", .double(0.01)), ("epochs", .int(15000)), ("mini_batch_size", .string("full")),
            ("optimizer", .string("gd")), ("lambda", .double(0)), ("keep_prob", .double(1)), ("record_every", .int(1000)),
        ]
        for (key, value) in extra {
            if let index = pairs.firstIndex(where: { $0.0 == key }) { pairs[index].1 = value } else { pairs.append((key, value)) }
        }
        return .object(pairs)
    }

    static let lessonSource = """
    # Initialization

    How the first weights are chosen decides whether a network can learn at all. We train the same
    three-layer network $`[2, 10, 5, 1]`$ on the *circles* data three times, changing only
    $`W^{[l]}`$ at the start, and compare. Raw HTML such as <script>alert(1)</script> is not passed through.

    ## The data

    ```experiment data
    routine: dataset
    dataset: circles
    ```

    ## The cost we minimise

    With $`m`$ examples and predictions $`a^{[L](i)}`$, the cross-entropy cost with L2 regularization is

    ```math
    J = -\\frac{1}{m} \\sum_{i=1}^{m} \\left( y^{(i)} \\log a^{[L](i)} + (1 - y^{(i)}) \\log\\left(1 - a^{[L](i)}\\right) \\right) + \\frac{\\lambda}{2m} \\sum_{l} \\|W^{[l]}\\|_F^2
    ```

    ## Three initializations

    ### Zeros

    ```experiment zeros
    routine: train
    initialization: zeros
    ```

    Every unit of a layer computes the same function, so the network never breaks symmetry.

    ### Large random values

    ```experiment random
    routine: train
    initialization: random
    init_scale: 10
    ```

    ### He initialization

    He scales each layer by $`\\sqrt{2 / n^{[l-1]}}`$:

    ```experiment he
    routine: train
    initialization: he
    ```

    ```listing he-init
    symbol: heInitialization
    ```

    ## Summary

    ```compare initializations
    experiments: [zeros, random, he]
    metrics: [train_accuracy, test_accuracy, final_cost]
    chart: cost
    title: Three initializations
    ```

    ## Broken blocks

    ```experiment typo
    routine: train
    lamda: 0.7
    ```

    ```experiment diverges
    routine: train
    learning_rate: 100
    ```

    A formula with an unknown command: $`\\frobnicate{x}`$.

    ## Checking gradients

    ```experiment check
    routine: gradient_check
    bug: planted
    ```

    ```experiment init
    routine: initialize
    layers: [2, 4, 1]
    ```
    """

    /// The lesson with its blocks located by scanning the source.
    static func lesson(source: String = lessonSource, id: String = "1.1-initialization", title: String = "Initialization") -> Lesson {
        var blocks: [LessonBlock] = []
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("```"), line.count > 3 {
                let info = line.dropFirst(3).split(separator: " ", maxSplits: 1).map(String.init)
                var end = index + 1
                while end < lines.count && !lines[end].hasPrefix("```") { end += 1 }
                let body = lines[(index + 1)..<min(end, lines.count)].joined(separator: "\n") + "\n"
                if let kind = LessonBlock.Kind(rawValue: info[0]) {
                    blocks.append(LessonBlock(kind: kind, name: info.count > 1 ? info[1] : "",
                                              location: SourceLocation(file: "lessons/\(id).md", line: index + 1),
                                              bodyFirstLine: index + 2, body: body))
                }
                index = end + 1
                continue
            }
            index += 1
        }
        return Lesson(id: id, path: "lessons/\(id).md", source: source, title: title, blocks: blocks)
    }

    static func line(of name: String, in lesson: Lesson) -> Int {
        lesson.blocks.first { $0.name == name }?.location.line ?? 1
    }

    static func run() -> LessonRun {
        let lesson = lesson()
        let path = lesson.path
        func at(_ name: String) -> Int { line(of: name, in: lesson) }
        let typoLine = at("typo")
        let diagnostics = [Diagnostic.error(at: SourceLocation(file: path, line: typoLine + 2, column: 1),
                                            "unknown parameter 'lamda' (did you mean 'lambda'?)")]
        let listing = Listing(name: "he-init", location: SourceLocation(file: path, line: at("he-init")),
                              file: "Sources/NeuralNet/Network/Initialization.swift", firstLine: 41, code: """
        /// He initialization: randn × √(2 / n_prev), seeded as the course does.
        public static func heInitialization(layers: [Int], seed: Int = 3) -> [Matrix] {
            var rng = NumpyRandom(seed: seed)
            return (1..<layers.count).map { l in
                let scale = (2.0 / Double(layers[l - 1])).squareRoot()
                return rng.randn(layers[l], layers[l - 1]) * scale // W only; b stays 0
            }
        }
        """, reference: "symbol heInitialization")
        let comparison = Comparison(name: "initializations", location: SourceLocation(file: path, line: at("initializations")),
                                    title: "Three initializations", experiments: ["zeros", "random", "he"],
                                    metrics: ["train_accuracy", "test_accuracy", "final_cost"], chart: "cost")
        let validated = ValidatedLesson(lesson: lesson, experiments: [], comparisons: [comparison], listings: [listing],
                                        diagnostics: diagnostics)
        let results: [ExperimentResult] = [
            ExperimentResult(name: "data", line: at("data"), routine: "dataset",
                             parameters: .object([("dataset", .string("circles"))]), cached: true, seconds: 0.004,
                             metrics: [Metric("examples", 300), Metric("features", 2)],
                             artifacts: [.scatter(circles()),
                                         .table(Table(title: "Class counts", header: ["class", "examples"], rows: [["0", "150"], ["1", "150"]]))]),
            ExperimentResult(name: "zeros", line: at("zeros"), routine: "train", parameters: trainParameters(init: "zeros"),
                             cached: true, seconds: 1.84,
                             metrics: [Metric("final_cost", 0.6931471805599453), Metric("train_accuracy", 0.5), Metric("test_accuracy", 0.5)],
                             series: [costSeries(zerosCosts)], artifacts: [.decisionBoundary(boundary(radius: nil))],
                             notes: ["Every prediction is 0: the network is symmetric."]),
            ExperimentResult(name: "random", line: at("random"), routine: "train", parameters: trainParameters(init: "random"),
                             seconds: 1.91,
                             metrics: [Metric("final_cost", 0.4167465040224466), Metric("train_accuracy", 0.83), Metric("test_accuracy", 0.86)],
                             series: [costSeries(randomCosts)], artifacts: [.decisionBoundary(boundary(radius: 0.8))]),
            ExperimentResult(name: "he", line: at("he"), routine: "train", parameters: trainParameters(init: "he"),
                             seconds: 1.87,
                             metrics: [Metric("final_cost", 0.0736466667236965), Metric("train_accuracy", 0.9933333333333333), Metric("test_accuracy", 0.96)],
                             series: [costSeries(heCosts)], artifacts: [.decisionBoundary(boundary(radius: 0.72))]),
            ExperimentResult(name: "diverges", line: at("diverges"), routine: "train",
                             parameters: trainParameters(init: "he", extra: [("learning_rate", .double(100))]),
                             status: .failed, error: "\(path):\(at("diverges") + 2):1: error: training diverged at epoch 212 (cost is nan)",
                             seconds: 0.02, series: [costSeries([0.88, .infinity, .nan])]),
            ExperimentResult(name: "check", line: at("check"), routine: "gradient_check",
                             parameters: .object([("model", .string("network")), ("layers", .array([4, 5, 3, 1].map { .int($0) })),
                                                  ("epsilon", .double(1e-7)), ("threshold", .double(2e-7)), ("bug", .string("planted"))]),
                             seconds: 0.01,
                             metrics: [Metric("difference", 0.2850931567761623)],
                             artifacts: [.bars(Bars(title: "Relative difference per parameter", labels: ["W1", "b1", "W2", "b2", "W3", "b3"],
                                                    values: [1.1e-8, 0.61, 0.33, 2.4e-9, 8.3e-9, 1.2e-9], logScale: true, threshold: 2e-7))],
                             notes: ["The check fails: dW2 and db1 are wrong (the two planted bugs)."]),
            ExperimentResult(name: "init", line: at("init"), routine: "initialize",
                             parameters: .object([("layers", .array([2, 4, 1].map { .int($0) })), ("initialization", .string("he")), ("seed", .int(3))]),
                             seconds: 0.001,
                             artifacts: [.matrices(title: "Initialized parameters", [
                                NamedMatrix(name: "W1", rows: [[1.7886, 0.4365], [0.0965, -1.8634], [-0.2774, -0.3548], [-0.0827, -0.6270]]),
                                NamedMatrix(name: "b1", rows: [[0], [0], [0], [0]]),
                                NamedMatrix(name: "W2", rows: [[-0.0438, -0.4772, -1.3139, 0.8846]]),
                             ])]),
        ]
        return LessonRun(validated: validated, results: results, diagnostics: diagnostics, environment: environment, generatedAt: date)
    }

    /// A second, tiny lesson for the index and navigation.
    static func secondRun() -> LessonRun {
        let source = "# Optimization\n\nMomentum and Adam.\n\n```experiment adam\nroutine: train\noptimizer: adam\n```\n"
        let lesson = lesson(source: source, id: "2.1-optimization", title: "Optimization")
        let validated = ValidatedLesson(lesson: lesson, experiments: [], comparisons: [], listings: [], diagnostics: [])
        let result = ExperimentResult(name: "adam", line: 5, routine: "train",
                                      parameters: trainParameters(init: "he", extra: [("optimizer", .string("adam"))]),
                                      seconds: 3.2, metrics: [Metric("final_cost", 0.13), Metric("train_accuracy", 0.94)],
                                      series: [costSeries([0.69, 0.3, 0.2, 0.15, 0.13])])
        return LessonRun(validated: validated, results: [result], diagnostics: [], environment: environment, generatedAt: date)
    }
}
