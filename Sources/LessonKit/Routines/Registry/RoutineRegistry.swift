/// The routines an experiment block may name, by name.
public struct RoutineRegistry: Sendable {
    public var routines: [any Routine]

    public init(_ routines: [any Routine]) {
        self.routines = routines
    }

    /// The course's routines, in catalog order.
    public static let standard = RoutineRegistry([
        TrainRoutine(), DatasetRoutine(), InitializeRoutine(), MiniBatchesRoutine(), GradientCheckRoutine(), FrameworkWarmupRoutine(),
    ])

    public var names: [String] { routines.map(\.schema.name) }

    public func routine(named name: String) -> (any Routine)? {
        routines.first { $0.schema.name == name }
    }
}
