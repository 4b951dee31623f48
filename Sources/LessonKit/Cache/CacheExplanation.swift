/// Why an experiment ran or was reused: the answer of `lessons run --explain`
/// and the "cached or not" column of `lessons list`.
public struct CacheExplanation: Sendable, Hashable, CustomStringConvertible {
    public enum Decision: Sendable, Hashable {
        /// The cached result was used.
        case reused
        /// The experiment ran, for this reason.
        case ran(Reason)
        /// Not run: another experiment was selected (`--experiment`) and no
        /// cached result exists.
        case notSelected
    }

    public enum Reason: Sendable, Hashable {
        case forced
        case noCacheEntry
        case cacheDisabled
        case corruptEntry(String)
        case parametersChanged([ParameterChange])
        case routineChanged(from: String, to: String)
        case libraryChanged(from: LibraryIdentity, to: LibraryIdentity)
        case inputsChanged([String])
        case previousRunFailed
    }

    public var experiment: String
    public var key: String
    public var decision: Decision

    public init(experiment: String, key: String, decision: Decision) {
        self.experiment = experiment
        self.key = key
        self.decision = decision
    }

    public var willRun: Bool { if case .ran = decision { return true } else { return false } }

    /// `he: ran (parameters changed: epochs 15000 → 20000)`.
    public var description: String { "\(experiment): \(summary)" }

    /// The explanation without the experiment name.
    public var summary: String {
        switch decision {
        case .reused: return "reused (cache entry \(key.prefix(12)))"
        case .notSelected: return "not run (another experiment was selected and no cached result exists)"
        case .ran(let reason): return "ran (\(reason))"
        }
    }
}

extension CacheExplanation.Reason: CustomStringConvertible {
    public var description: String {
        switch self {
        case .forced: return "forced"
        case .noCacheEntry: return "no cache entry"
        case .cacheDisabled: return "cache disabled"
        case .corruptEntry(let why): return "cache entry corrupt: \(why)"
        case .parametersChanged(let changes):
            return "parameters changed: " + changes.map(\.description).joined(separator: ", ")
        case .routineChanged(let old, let new): return "routine changed: \(old) → \(new)"
        case .libraryChanged(let old, let new): return "library changed: \(old) → \(new)"
        case .inputsChanged(let files): return "data changed: " + files.joined(separator: ", ")
        case .previousRunFailed: return "the previous run failed"
        }
    }
}

/// One parameter's difference between the last run and this one.
public struct ParameterChange: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    /// nil: the parameter did not exist before (or does not now).
    public var old: JSONValue?
    public var new: JSONValue?

    public init(name: String, old: JSONValue?, new: JSONValue?) {
        self.name = name
        self.old = old
        self.new = new
    }

    /// `epochs 15000 → 20000`, `optimizer added (adam)`, `beta removed`.
    public var description: String {
        switch (old, new) {
        case let (old?, new?): return "\(name) \(Self.show(old)) → \(Self.show(new))"
        case let (nil, new?): return "\(name) added (\(Self.show(new)))"
        case let (old?, nil): return "\(name) removed (was \(Self.show(old)))"
        case (nil, nil): return name
        }
    }

    /// Strings bare (`he`), everything else as compact JSON.
    static func show(_ value: JSONValue) -> String {
        if case .string(let s) = value { return s }
        return value.compact()
    }

    /// Key-by-key differences of two parameter objects, in the new order,
    /// then removed keys in the old order.
    public static func differences(from old: JSONValue, to new: JSONValue) -> [ParameterChange] {
        let oldPairs = old.objectValue ?? []
        let newPairs = new.objectValue ?? []
        var changes: [ParameterChange] = []
        for (key, value) in newPairs {
            let before = oldPairs.first { $0.0 == key }?.1
            if before != value { changes.append(ParameterChange(name: key, old: before, new: value)) }
        }
        for (key, value) in oldPairs where !newPairs.contains(where: { $0.0 == key }) {
            changes.append(ParameterChange(name: key, old: value, new: nil))
        }
        return changes
    }
}
