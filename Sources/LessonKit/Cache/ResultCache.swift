import Foundation

/// Results of earlier runs, under `<output>/.cache/`, one file per key
/// (`<sha256>.json`), so editing prose reruns nothing and changing one
/// parameter reruns one experiment.
///
/// The cache sits inside the output folder because it belongs to the pages
/// there: deleting `output/` resets both, and the same containment rules
/// (`AtomicFile`, no symlinks out) protect it. Entries are written atomically
/// and checked on every read: the stored key, routine and parameters must
/// match and the result must decode completely; anything else is reported as
/// corrupt and recomputed, never trusted. Only successful results are cached.
///
/// Safe to share between threads: it holds no mutable state; concurrent
/// writers of one entry write identical bytes and the last rename wins.
public struct ResultCache: Sendable {
    /// Bumped when the entry layout or the result encoding changes; part of every key.
    public static let formatVersion = 1

    public let outputDirectory: String
    public let library: LibraryIdentity

    public init(outputDirectory: String, library: LibraryIdentity = .current) {
        self.outputDirectory = outputDirectory
        self.library = library
    }

    /// `<output>/.cache`.
    public var directory: String { (outputDirectory as NSString).appendingPathComponent(".cache") }

    public func entryPath(for key: CacheKey) -> String {
        (directory as NSString).appendingPathComponent("\(key.digest).json")
    }

    public func indexPath(for lessonID: String) -> String {
        ((directory as NSString).appendingPathComponent("index") as NSString)
            .appendingPathComponent("\(Self.safeFileName(lessonID)).json")
    }

    public func key(for experiment: Experiment, lessonDirectory: String) -> CacheKey {
        CacheKey.of(experiment, lessonDirectory: lessonDirectory, library: library)
    }

    // MARK: Entries

    public enum Lookup: Sendable {
        /// The stored result, renamed and relocated to `experiment`, `cached: true`.
        case hit(ExperimentResult)
        case miss
        /// The entry exists but cannot be trusted; the reason is for the warning.
        case corrupt(String)
    }

    public func lookup(_ key: CacheKey, for experiment: Experiment) -> Lookup {
        let path = entryPath(for: key)
        guard let data = FileManager.default.contents(atPath: path) else {
            return FileManager.default.fileExists(atPath: path) ? .corrupt("unreadable") : .miss
        }
        do {
            let root = JSONField(try Self.parse(data))
            guard try root.field("format").int() == Self.formatVersion else { return .corrupt("unknown format") }
            guard try root.field("key").string() == key.digest else { return .corrupt("stored key does not match its file name") }
            guard try root.field("routine").string() == experiment.routine,
                  try root.field("parameters").value == experiment.parameters else {
                return .corrupt("stored parameters do not match the key")
            }
            var result = try ExperimentResult(field: root.field("result"))
            guard result.status == .ok, result.routine == experiment.routine,
                  result.parameters == experiment.parameters else {
                return .corrupt("stored result does not belong to the key")
            }
            result.name = experiment.name
            result.line = experiment.location.line
            result.cached = true
            return .hit(result)
        } catch let error as JSONParseError {
            return .corrupt(error.description)
        } catch let error as ResultDecodingError {
            return .corrupt(error.description)
        } catch {
            return .corrupt(String(describing: error))
        }
    }

    /// Stores a successful result (failed ones are ignored). Checks that the
    /// entry reads back before writing it, so a result that cannot round-trip
    /// is reported here rather than as "corrupt" on every later run.
    public func store(_ result: ExperimentResult, key: CacheKey) throws {
        guard result.status == .ok else { return }
        var stored = result
        stored.cached = false
        let entry = JSONValue.object([
            ("format", .int(Self.formatVersion)),
            ("key", .string(key.digest)),
            ("routine", .string(key.routine)),
            ("parameters", key.parameters),
            ("library", key.library.json),
            ("result", stored.jsonValue),
        ])
        let text = entry.compact() + "\n"
        let reread = try ExperimentResult(field: JSONField(try JSONParser.parse(text)).field("result"))
        guard reread.jsonValue == stored.jsonValue else {
            throw ResultDecodingError(path: "result", message: "does not read back identically")
        }
        try AtomicFile.write(text, to: entryPath(for: key), within: outputDirectory, durable: false)
    }

    /// The warning printed for a corrupt entry.
    public func corruptionWarning(for key: CacheKey, reason: String) -> String {
        "cache entry \(entryPath(for: key)) is corrupt (\(reason)); recomputing"
    }

    // MARK: Index and explanations

    /// The lesson's index, or an empty one when it is missing or unreadable.
    public func index(for lessonID: String) -> CacheIndex {
        guard let data = FileManager.default.contents(atPath: indexPath(for: lessonID)),
              let json = try? Self.parse(data),
              let index = try? CacheIndex(json: json), index.lessonID == lessonID else {
            return CacheIndex(lessonID: lessonID)
        }
        return index
    }

    public func writeIndex(_ index: CacheIndex) throws {
        try AtomicFile.write(index.json.prettyPrinted(), to: indexPath(for: index.lessonID), within: outputDirectory)
    }

    /// Why `experiment` will run or be reused, given the lookup's outcome and
    /// the lesson's index from the last run.
    public func explain(_ experiment: Experiment, key: CacheKey, lookup: Lookup,
                        previous: CacheIndex.Entry?, force: Bool) -> CacheExplanation {
        func ran(_ reason: CacheExplanation.Reason) -> CacheExplanation {
            CacheExplanation(experiment: experiment.name, key: key.digest, decision: .ran(reason))
        }
        if force { return ran(.forced) }
        switch lookup {
        case .hit: return CacheExplanation(experiment: experiment.name, key: key.digest, decision: .reused)
        case .corrupt(let why): return ran(.corruptEntry(why))
        case .miss: break
        }
        guard let previous else { return ran(.noCacheEntry) }
        if previous.routine != key.routine { return ran(.routineChanged(from: previous.routine, to: key.routine)) }
        if previous.parameters != key.parameters {
            return ran(.parametersChanged(ParameterChange.differences(from: previous.parameters, to: key.parameters)))
        }
        if previous.library != key.library { return ran(.libraryChanged(from: previous.library, to: key.library)) }
        if previous.inputs != key.inputs {
            let changed = key.inputs.filter { input in !previous.inputs.contains(input) }.map(\.file)
            return ran(.inputsChanged(changed.isEmpty ? key.inputs.map(\.file) : changed))
        }
        if previous.failed && previous.key == key.digest { return ran(.previousRunFailed) }
        return ran(.noCacheEntry)
    }

    /// Explanations for a whole lesson without running anything (for
    /// `lessons list` and `lessons run --explain` before the run).
    public func explain(_ lesson: ValidatedLesson, lessonDirectory: String, force: Bool = false) -> [CacheExplanation] {
        let index = index(for: lesson.lesson.id)
        return lesson.experiments.map { experiment in
            let key = key(for: experiment, lessonDirectory: lessonDirectory)
            return explain(experiment, key: key, lookup: lookup(key, for: experiment),
                           previous: index.entry(named: experiment.name), force: force)
        }
    }

    // MARK: Housekeeping

    /// Removes entries that no lesson index refers to (results of parameters
    /// since changed) and temporary files left by a killed process, both only
    /// when older than `age` (a concurrent run may be writing them). Returns how many files were removed. Optional: a render never needs it
    /// for correctness, only to keep `.cache/` from growing.
    @discardableResult
    public func prune(olderThan age: TimeInterval = 3600) -> Int {
        let manager = FileManager.default
        let indexFolder = (directory as NSString).appendingPathComponent("index")
        var referenced = Set<String>()
        for name in (try? manager.contentsOfDirectory(atPath: indexFolder)) ?? [] where name.hasSuffix(".json") {
            guard let data = manager.contents(atPath: (indexFolder as NSString).appendingPathComponent(name)),
                  let json = try? Self.parse(data), let index = try? CacheIndex(json: json) else { continue }
            referenced.formUnion(index.entries.map(\.key))
        }
        var removed = 0
        let cutoff = Date().addingTimeInterval(-age)
        for folder in [directory, indexFolder] {
            for name in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] {
                let path = (folder as NSString).appendingPathComponent(name)
                let isEntry = folder == directory && name.hasSuffix(".json") && name.count == 69
                let isTemporary = name.hasPrefix(".") && name.hasSuffix(".tmp")
                guard isTemporary || (isEntry && !referenced.contains(String(name.dropLast(5)))) else { continue }
                let modified = (try? manager.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? nil
                guard let modified, modified < cutoff else { continue }
                if (try? manager.removeItem(atPath: path)) != nil { removed += 1 }
            }
        }
        return removed
    }

    // MARK: Helpers

    static func parse(_ data: Data) throws -> JSONValue {
        try JSONParser.parse([UInt8](data))
    }

    /// Lesson ids are file names; keep anything else out of the index path.
    static func safeFileName(_ id: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_")
        let cleaned = String(id.map { allowed.contains($0) ? $0 : "_" })
        return cleaned.isEmpty || cleaned.hasPrefix(".") ? "_" + cleaned : cleaned
    }
}
