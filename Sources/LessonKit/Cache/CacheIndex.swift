/// The last key each experiment of a lesson ran or was reused with, kept in
/// `<output>/.cache/index/<lesson-id>.json`.
///
/// Cache entries are addressed by key only, so on a miss they cannot say what
/// changed; the index can: "parameters changed: epochs 15000 → 20000". It is
/// advisory: an unreadable index only makes explanations vaguer, and it is
/// never used to decide whether a result is reused.
public struct CacheIndex: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var key: String
        public var routine: String
        public var parameters: JSONValue
        public var library: LibraryIdentity
        public var inputs: [CacheInput]
        /// The last run failed (failures are not cached).
        public var failed: Bool

        public init(name: String, key: CacheKey, failed: Bool) {
            self.name = name
            self.key = key.digest
            self.routine = key.routine
            self.parameters = key.parameters
            self.library = key.library
            self.inputs = key.inputs
            self.failed = failed
        }
    }

    public var lessonID: String
    /// In source order of the lesson's last run.
    public var entries: [Entry]

    public init(lessonID: String, entries: [Entry] = []) {
        self.lessonID = lessonID
        self.entries = entries
    }

    public func entry(named name: String) -> Entry? { entries.first { $0.name == name } }

    var json: JSONValue {
        .object([
            ("format", .int(ResultCache.formatVersion)),
            ("lesson", .string(lessonID)),
            ("experiments", .array(entries.map { entry in
                .object([
                    ("name", .string(entry.name)),
                    ("key", .string(entry.key)),
                    ("routine", .string(entry.routine)),
                    ("parameters", entry.parameters),
                    ("library", entry.library.json),
                    ("inputs", .array(entry.inputs.map(\.json))),
                    ("failed", .bool(entry.failed)),
                ])
            })),
        ])
    }

    init(json: JSONValue) throws(ResultDecodingError) {
        let root = JSONField(json)
        guard try root.field("format").int() == ResultCache.formatVersion else {
            throw root.fail("unsupported index format")
        }
        var entries: [Entry] = []
        for item in try root.field("experiments").array() {
            let library = try item.field("library")
            var inputs: [CacheInput] = []
            for input in try item.field("inputs").array() {
                inputs.append(CacheInput(file: try input.field("file").string(),
                                         digest: try input.optionalField("sha256")?.string()))
            }
            let key = CacheKey(routine: try item.field("routine").string(),
                               parameters: try item.field("parameters").value,
                               library: LibraryIdentity(version: try library.field("version").string(),
                                                        sourceHash: try library.field("sources").string()),
                               inputs: inputs)
            var entry = Entry(name: try item.field("name").string(), key: key, failed: try item.field("failed").bool())
            entry.key = try item.field("key").string()
            entries.append(entry)
        }
        self.init(lessonID: try root.field("lesson").string(), entries: entries)
    }
}
