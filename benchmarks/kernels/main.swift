// The dense kernels of one training step, timed alone on the course's shapes.
//
// Built by benchmarks/kernels/run.sh from Sources/NeuralNet/Kernels (no
// package, no other module), so two checkouts' kernels can be compared side
// by side in a few seconds. Each line: the best of five timings of a loop of
// calls on the same inputs (warm caches: an in-situ step runs slower, see
// benchmarks/README.md), in nanoseconds per call.
import Foundation

/// Deterministic values in [-0.5, 0.5).
func values(_ count: Int, seed: UInt64) -> [Double] {
    var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    return (0..<count).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(Int64(bitPattern: state >> 11) % (1 << 40)) / Double(1 << 40) - 0.5
    }
}

/// Nanoseconds per call of `body`: the best of five loops of `calls`.
func nanoseconds(calls: Int = 100_000, _ body: () -> Void) -> Double {
    for _ in 0..<1000 { body() }
    var best = Double.infinity
    for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<calls { body() }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / Double(calls))
    }
    return best
}

func report(_ name: String, _ ns: Double) {
    print(name.padding(toLength: 28, withPad: " ", startingAt: 0), String(format: "%8.1f ns", ns))
}

let only = CommandLine.arguments.dropFirst().first
let networks: [(name: String, layers: [Int], columns: Int)] = [
    ("init", [2, 10, 5, 1], 300), ("reg", [2, 20, 3, 1], 211), ("opt", [2, 5, 2, 1], 64),
]
for network in networks where only == nil || only == network.name {
    let m = network.columns, layers = network.layers
    for l in 1..<layers.count {
        let rows = layers[l], inner = layers[l - 1]
        let w = values(rows * inner, seed: 1), b = values(rows, seed: 2), x = values(inner * m, seed: 3)
        let dz = values(rows * m, seed: 4)
        var z = [Double](repeating: 0, count: rows * m)
        var dw = [Double](repeating: 0, count: rows * inner)
        var db = [Double](repeating: 0, count: rows)
        var dx = [Double](repeating: 0, count: inner * m)
        let hidden = l < layers.count - 1
        report("\(network.name) W·X+b \(rows)×\(inner)", nanoseconds {
            DenseKernels.affine(weights: w, bias: b, input: x, output: &z, rows: rows, inner: inner,
                                columns: m, relu: hidden)
        })
        report("\(network.name) dW \(rows)×\(inner)", nanoseconds {
            DenseKernels.gradientOfWeights(delta: dz, input: x, output: &dw, rows: rows, inner: inner,
                                           columns: m, scale: 1 / Double(m))
        })
        report("\(network.name) db \(rows)", nanoseconds {
            dz.withUnsafeBufferPointer { dz in
                for i in 0..<rows { db[i] = PairwiseSum.sum(dz.baseAddress! + i * m, m) }
            }
        })
        if l > 1 {
            report("\(network.name) Wᵀ·dZ⊙gate \(rows)→\(inner)", nanoseconds {
                DenseKernels.backpropagate(weights: w, delta: dz, output: &dx, rows: rows, inner: inner,
                                           columns: m, gate: x)
            })
        }
    }
}
