import Testing
@testable import NeuralNet

/// course-facts §5: gradient checking.
@Suite struct GradientCheckTests {
    @Test func oneDimensional() {
        let result = gradientCheck1D(theta: 4, x: 2, epsilon: 1e-7)
        #expect(result.cost == 8)
        #expect(result.gradient == 2)
        #expect(result.difference < 1e-9)
        #expect(result.passes())
    }

    @Test func courseCaseShapesAndFlattening() {
        let testCase = GradientCheckCase.course()
        #expect(testCase.parameters.layers == [4, 5, 3, 1])
        #expect(testCase.parameters.parameterCount == 47)
        #expect(testCase.Y == Matrix([[1, 1, 0]]))
        // seed(1): X takes the first 12 gaussians, W1 the next 20.
        var random = NumpyRandom(seed: 1)
        #expect(testCase.X == random.randn(4, 3))
        #expect(testCase.parameters.weights[0] == random.randn(5, 4))
        let theta = testCase.parameters.flattened
        // vector_to_dictionary's slices: [0:20] W1, [20:25] b1, [25:40] W2, [40:43] b2, [43:46] W3, [46:47] b3.
        #expect(Array(theta[20..<25]) == testCase.parameters.biases[0].elements)
        #expect(Array(theta[43..<46]) == testCase.parameters.weights[2].elements)
        #expect(testCase.parameters.replacing(with: theta) == testCase.parameters)
        #expect(testCase.parameters.componentName(25 + 5 + 3).name == "W2[1,3]")
        #expect(testCase.parameters.componentName(46).name == "b3[0,0]")
    }

    @Test func plantedBugsAreFound() {
        let result = gradientCheckND(plantedBugs: true)
        print("planted difference:", result.difference)
        #expect(result.difference > 0.1 && result.difference < 1)
        #expect(!result.passes())
        let byName = Dictionary(uniqueKeysWithValues: result.parameters.map { ($0.name, $0) })
        // Only the two planted tensors are wrong.
        #expect(byName["W2"]!.relativeDifference > 0.2)
        #expect(byName["b1"]!.relativeDifference > 0.2)
        for name in ["W1", "b2", "W3", "b3"] { #expect(byName[name]!.relativeDifference < 1e-6, "\(name)") }
        // dW2 = 2× the true gradient: analytic is twice numeric in its worst entry.
        let worst = byName["W2"]!.worst[0]
        #expect(worst.name.hasPrefix("W2["))
        expectRelativelyClose(worst.analytic, 2 * worst.numeric, tolerance: 1e-5)
        #expect(byName["W2"]!.worst.count == 3)
    }

    @Test func correctBackpropPasses() {
        let result = gradientCheckND(plantedBugs: false)
        print("fixed difference:", result.difference)
        #expect(result.difference > 1e-9 && result.difference < 2e-7)
        #expect(result.passes(threshold: 2e-7))
        #expect(result.analytic.count == 47 && result.numeric.count == 47)
    }
}
