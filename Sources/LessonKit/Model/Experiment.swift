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

    public init(name: String, routine: String, location: SourceLocation, parameters: JSONValue) {
        self.name = name
        self.routine = routine
        self.location = location
        self.parameters = parameters
    }
}
