import Foundation
import NeuralNet

/// The `dataset` parameter after validation: a built-in data set or the
/// user's CSV files. In the parameters (and the cache key) it is the string
/// `circles` or the object `{csv: "data/kicks", classes: 2}`, with the path as
/// written in the lesson, relative to the lesson file.
public enum DatasetSource: Sendable, Hashable {
    case builtin(String)
    case csv(prefix: String, classes: Int)

    /// The built-in names, in catalog order.
    public static let builtinNames = ["circles", "moons", "football", "digits"]

    /// Reads the validated parameter value.
    public init?(_ value: JSONValue) {
        switch value {
        case .string(let name) where Self.builtinNames.contains(name):
            self = .builtin(name)
        case .object:
            guard let prefix = value["csv"]?.stringValue else { return nil }
            self = .csv(prefix: prefix, classes: value["classes"]?.intValue ?? 2)
        default:
            return nil
        }
    }

    public var json: JSONValue {
        switch self {
        case .builtin(let name): return .string(name)
        case let .csv(prefix, classes): return .object([("csv", .string(prefix)), ("classes", .int(classes))])
        }
    }

    /// A short name for titles: `circles`, `kicks.csv`.
    public var displayName: String {
        switch self {
        case .builtin(let name): return name
        case .csv(let prefix, _): return prefix
        }
    }

    /// Loads the data. Built-in sets are generated once per process with the
    /// course's seeds and sizes; CSV files are read relative to `lessonDirectory`.
    public func load(lessonDirectory: String) throws(DatasetError) -> Dataset {
        switch self {
        case .builtin(let name):
            switch name {
            case "circles": return BuiltinDatasets.circles
            case "moons": return BuiltinDatasets.moons
            case "football": return BuiltinDatasets.football
            default: return try BuiltinDatasets.digits()
            }
        case let .csv(prefix, classes):
            let path = prefix.hasPrefix("/") ? prefix : (lessonDirectory as NSString).appendingPathComponent(prefix)
            let keepSlash = prefix.hasSuffix("/") && !path.hasSuffix("/") ? path + "/" : path
            return try Dataset.csv(prefix: keepSlash, classes: classes)
        }
    }

    /// The CSV files a prefix names, as written (relative to the lesson file):
    /// `prefix_train_X.csv` …, or `folder/train_X.csv` … for a folder, as
    /// `Dataset.csv(prefix:)` reads them.
    static func csvFiles(prefix: String, lessonDirectory: String) -> (train: [String], test: [String]) {
        let path = prefix.hasPrefix("/") ? prefix : (lessonDirectory as NSString).appendingPathComponent(prefix)
        var isDirectory: ObjCBool = false
        let isFolder = prefix.hasSuffix("/")
            || (FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue)
        let stem = isFolder ? (prefix.hasSuffix("/") ? prefix : prefix + "/") : prefix + "_"
        return ([stem + "train_X.csv", stem + "train_Y.csv"], [stem + "test_X.csv", stem + "test_Y.csv"])
    }
}

/// The built-in data sets, generated lazily once per process (they are
/// deterministic, so sharing them is safe).
enum BuiltinDatasets {
    static let circles = Dataset.circles()
    static let moons = Dataset.moons()
    static let football = Dataset.football()

    /// The shipped digits file is read once; a missing or corrupt resource is
    /// remembered and reported by every experiment that asks for it.
    static let digitsResult: Result<Dataset, DatasetError> = {
        do throws(DatasetError) { return .success(try Dataset.digits()) } catch { return .failure(error) }
    }()

    static func digits() throws(DatasetError) -> Dataset {
        try digitsResult.get()
    }
}
