/// An experiment block after validation: every parameter typed, range-checked
/// and default-filled, in the routine's schema order. Only validated
/// experiments reach the runner.
public struct Experiment: Sendable, Hashable {
    public var name: String
    public var routine: String
    public var location: SourceLocation
    /// All of the routine's parameters, defaults filled, in schema order
    /// (a `JSONValue.object`). This is also what the cache key hashes.
    public var parameters: JSONValue
    /// The routine's estimate of its running time, in microseconds (see
    /// `Routine.estimatedCost`): the runner starts the longest first.
    public var estimatedCost: Double

    public init(name: String, routine: String, location: SourceLocation, parameters: JSONValue,
                estimatedCost: Double = 0) {
        self.name = name
        self.routine = routine
        self.location = location
        self.parameters = parameters
        self.estimatedCost = estimatedCost
    }
}
