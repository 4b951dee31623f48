/// Bounds on the work one block may ask for, checked at validation so that a
/// typo (`epochs: 150000000`, `layers: [2, 1000000, 1]`) is refused before it
/// ties up the machine. `train` lifts them with `allow_heavy: true`; the other
/// routines are small by nature and keep them.
public struct ResourceLimits: Sendable, Hashable {
    /// The widest layer.
    public var maxLayerWidth: Int
    public var maxEpochs: Int
    /// Weights × examples × epochs: about the multiply-adds of one forward pass,
    /// summed over the run. 10¹¹ is a minute or two on one core; the course's
    /// largest run (regularization: 103 weights × 211 examples × 30 000 epochs)
    /// is 6.5 × 10⁸.
    public var maxWork: Double
    /// Parameters of a gradient check (two forward passes per parameter).
    public var maxCheckedParameters: Int
    /// Examples × features of a `mini_batches` demonstration matrix.
    public var maxMatrixEntries: Int

    public init(maxLayerWidth: Int = 4096, maxEpochs: Int = 1_000_000, maxWork: Double = 1e11,
                maxCheckedParameters: Int = 100_000, maxMatrixEntries: Int = 50_000_000) {
        self.maxLayerWidth = maxLayerWidth
        self.maxEpochs = maxEpochs
        self.maxWork = maxWork
        self.maxCheckedParameters = maxCheckedParameters
        self.maxMatrixEntries = maxMatrixEntries
    }

    public static let standard = ResourceLimits()

    /// How to lift a limit, for messages.
    static let liftHint = "set 'allow_heavy: true' to run it anyway"

    /// The number of weights of a fully connected network with these widths.
    static func weights(_ layers: [Int]) -> Double {
        zip(layers, layers.dropFirst()).reduce(0) { $0 + Double($1.0) * Double($1.1) }
    }

    /// Errors for layers wider than the limit, located at the element.
    func checkWidths(_ layers: [Int], context: ValidationContext, hint: String?) -> [Diagnostic] {
        layers.enumerated().compactMap { index, width in
            guard width > maxLayerWidth else { return nil }
            let lift = hint.map { "; \($0)" } ?? ""
            return .error(at: context.locate("layers[\(index)]"),
                          "'layers[\(index)]' is \(width) units wide, above the limit of \(maxLayerWidth) units per layer\(lift)")
        }
    }
}
