/// A validated `listing <name>` block: real Swift source from `Sources/`,
/// so the code a reader sees is the code that ran.
///
/// ````
/// ```listing he-init
/// symbol: heInitialization        # a func/struct/enum/extension by name
/// file: NeuralNet/Network/Initialization.swift   # optional, narrows the search
/// ```
/// ```listing adam-step
/// region: adam-update             # between `// region: adam-update` and `// endregion`
/// ```
/// ````
public struct Listing: Sendable, Hashable {
    public var name: String
    public var location: SourceLocation
    /// The file the code came from, relative to the package root (`Sources/NeuralNet/…`).
    public var file: String
    /// The first line of the excerpt in that file.
    public var firstLine: Int
    /// The excerpt, verbatim (common indentation removed).
    public var code: String
    /// What was asked for (`symbol heInitialization`, `region adam-update`).
    public var reference: String

    public init(name: String, location: SourceLocation, file: String, firstLine: Int, code: String, reference: String) {
        self.name = name
        self.location = location
        self.file = file
        self.firstLine = firstLine
        self.code = code
        self.reference = reference
    }
}
