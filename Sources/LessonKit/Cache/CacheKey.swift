import NeuralNet
import Foundation

/// The identity of a library build in cache keys: the version constant and
/// the recorded hash of the sources (see `LibraryFingerprint`).
public struct LibraryIdentity: Sendable, Hashable, CustomStringConvertible {
    public var version: String
    public var sourceHash: String

    public init(version: String, sourceHash: String) {
        self.version = version
        self.sourceHash = sourceHash
    }

    public static var current: LibraryIdentity {
        LibraryIdentity(version: NeuralNetLibrary.version, sourceHash: LibraryFingerprint.sourceHash)
    }

    public var description: String { "\(version)+\(sourceHash.prefix(12))" }

    var json: JSONValue { .object([("version", .string(version)), ("sources", .string(sourceHash))]) }
}

/// A data file an experiment reads (a `csv` dataset) and the hash of its
/// bytes, so editing the data reruns the experiment even though its
/// parameters did not change. `digest` is nil for a file that does not exist.
public struct CacheInput: Sendable, Hashable {
    /// As derived from the parameters, relative to the lesson file.
    public var file: String
    public var digest: String?

    public init(file: String, digest: String?) {
        self.file = file
        self.digest = digest
    }

    var json: JSONValue { .object([("file", .string(file)), ("sha256", digest.map { .string($0) } ?? .null)]) }
}

/// What a cached result depends on, and its SHA-256: routine + parameters
/// (defaults filled, schema order) + library identity + input files + the
/// cache's own format version. Everything an experiment is a pure function of.
public struct CacheKey: Sendable, Hashable, CustomStringConvertible {
    public var routine: String
    public var parameters: JSONValue
    public var library: LibraryIdentity
    public var inputs: [CacheInput]
    /// Lower-case hex SHA-256 of `material.compact()`; also the entry's file name.
    public var digest: String

    public init(routine: String, parameters: JSONValue, library: LibraryIdentity, inputs: [CacheInput]) {
        self.routine = routine
        self.parameters = parameters
        self.library = library
        self.inputs = inputs
        self.digest = ""
        self.digest = SHA256.hex(material.compact())
    }

    /// The JSON whose compact text is hashed.
    public var material: JSONValue {
        .object([
            ("cache_format", .int(ResultCache.formatVersion)),
            ("routine", .string(routine)),
            ("parameters", parameters),
            ("library", library.json),
            ("inputs", .array(inputs.map(\.json))),
        ])
    }

    /// The first 12 hex digits, for messages.
    public var short: String { String(digest.prefix(12)) }
    public var description: String { short }

    /// The key of `experiment`, hashing the data files it names.
    public static func of(_ experiment: Experiment, lessonDirectory: String, library: LibraryIdentity) -> CacheKey {
        CacheKey(routine: experiment.routine, parameters: experiment.parameters, library: library,
                 inputs: ExperimentInputs.files(in: experiment.parameters).map { file in
                     CacheInput(file: file, digest: ExperimentInputs.digest(of: file, lessonDirectory: lessonDirectory))
                 })
    }
}

/// Finds the files an experiment reads from its parameters. Any object with
/// a string member `csv` (the `dataset: {csv: prefix}` form) names the
/// course's four files, either `prefix_train_X.csv` … or, for a folder,
/// `prefix/train_X.csv` …; every candidate is listed, existing or not, so
/// creating a missing test file also changes the key.
public enum ExperimentInputs {
    static let suffixes = ["train_X.csv", "train_Y.csv", "test_X.csv", "test_Y.csv"]

    public static func files(in parameters: JSONValue) -> [String] {
        var prefixes: [String] = []
        collect(parameters, into: &prefixes)
        var files: [String] = []
        for prefix in prefixes {
            let stems = prefix.hasSuffix("/") ? [prefix] : [prefix + "_", prefix + "/"]
            for stem in stems { files += suffixes.map { stem + $0 } }
        }
        return files
    }

    private static func collect(_ value: JSONValue, into prefixes: inout [String]) {
        switch value {
        case .object(let pairs):
            for (key, member) in pairs {
                if key == "csv", case .string(let prefix) = member { prefixes.append(prefix) } else { collect(member, into: &prefixes) }
            }
        case .array(let items):
            for item in items { collect(item, into: &prefixes) }
        default:
            break
        }
    }

    /// SHA-256 of the file's bytes, or nil when it cannot be read.
    public static func digest(of file: String, lessonDirectory: String) -> String? {
        let path = file.hasPrefix("/") ? file : (lessonDirectory as NSString).appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return SHA256.hexString(SHA256.digest(data))
    }
}
