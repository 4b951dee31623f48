/// Why a routine could not produce a result. Its description is what the
/// report and the results file show in the experiment's error box.
public struct RoutineError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
