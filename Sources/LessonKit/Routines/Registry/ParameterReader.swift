import NeuralNet

/// Typed access to validated, default-filled parameters. Validation has
/// already checked every type and range, so a mismatch here is a programming
/// error in a schema; it is still reported as a ``RoutineError``, not a crash.
struct ParameterReader {
    let parameters: JSONValue

    init(_ parameters: JSONValue) { self.parameters = parameters }

    private func value(_ key: String) throws(RoutineError) -> JSONValue {
        guard let value = parameters[key] else { throw RoutineError("internal: parameter '\(key)' missing") }
        return value
    }

    func int(_ key: String) throws(RoutineError) -> Int {
        guard let int = try value(key).intValue else { throw RoutineError("internal: '\(key)' is not an integer") }
        return int
    }

    func double(_ key: String) throws(RoutineError) -> Double {
        guard let double = try value(key).doubleValue else { throw RoutineError("internal: '\(key)' is not a number") }
        return double
    }

    func string(_ key: String) throws(RoutineError) -> String {
        guard let string = try value(key).stringValue else { throw RoutineError("internal: '\(key)' is not text") }
        return string
    }

    func bool(_ key: String) throws(RoutineError) -> Bool {
        guard let flag = try value(key).boolValue else { throw RoutineError("internal: '\(key)' is not a boolean") }
        return flag
    }

    func seed(_ key: String) throws(RoutineError) -> UInt32 {
        let int = try int(key)
        guard let seed = UInt32(exactly: int) else { throw RoutineError("internal: '\(key)' out of range") }
        return seed
    }

    func ints(_ key: String) throws(RoutineError) -> [Int] {
        guard let items = try value(key).arrayValue else { throw RoutineError("internal: '\(key)' is not a list") }
        return try items.map { item throws(RoutineError) in
            guard let int = item.intValue else { throw RoutineError("internal: '\(key)' holds a non-integer") }
            return int
        }
    }

    func choice<T: RawRepresentable>(_ key: String, as type: T.Type) throws(RoutineError) -> T where T.RawValue == String {
        guard let choice = T(rawValue: try string(key)) else { throw RoutineError("internal: '\(key)' has an unknown value") }
        return choice
    }

    /// Ints where validation guarantees they are ints; for cross-checks that
    /// run on parameters that passed their own checks.
    static func ints(_ value: JSONValue?) -> [Int]? {
        value?.arrayValue?.compactMap(\.intValue)
    }
}
