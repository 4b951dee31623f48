/// Parameter types and specs that several routines share, so that `seed`
/// means the same thing (and is checked the same way) everywhere.
enum SchemaTypes {
    /// numpy's `np.random.seed` takes 0 … 2³² − 1.
    static let seed = ParameterType.integer(0...Int(UInt32.max))
    /// Layer widths including the input: at least input and output.
    static let layers = ParameterType.list(.integer(1...Int.max), count: 2...64)
    static let initialization = ParameterType.choice(["zeros", "random", "he", "xavier"])
    static let positive = ParameterType.number(minimum: 0, maximum: nil, exclusiveMinimum: true)
    static let nonNegative = ParameterType.number(minimum: 0, maximum: nil)
    /// A decay rate β in [0, 1).
    static let decay = ParameterType.number(minimum: 0, maximum: 1, exclusiveMaximum: true)
    static let dataset = ParameterType.dataset(DatasetSource.builtinNames)

    static let datasetDoc = "the data: circles (course 1.1), moons (2.1), football (1.2 stand-in), digits (10 classes, 3.1), or {csv: path/prefix} for prefix_train_X.csv etc. next to the lesson"
    static let initializationDoc = "weight initialization: zeros, random (randn × init_scale), he (randn × √(2/n[l−1])), xavier (randn / √n[l−1])"
}
