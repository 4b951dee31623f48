/// Validates `listing` blocks: the symbol or region must exist in the
/// package's `Sources/`, and becomes a ``Listing`` with the code verbatim.
struct ListingValidator {
    /// `nil` when no `Package.swift` was found above the lesson.
    let index: SourceIndex?
    let lessonDirectory: String

    func validate(_ block: LessonBlock) -> (listing: Listing?, diagnostics: [Diagnostic]) {
        let body: BlockBody
        do { body = try BlockBody(block) } catch { return (nil, [error]) }
        let schema = BlockSchemas.listing
        var checker = ValueChecker(body: body, lessonDirectory: lessonDirectory)
        var given: [String: String] = [:]
        for entry in body.entries {
            guard schema.parameter(entry.key) != nil else {
                checker.fail(at: entry.keyLocation,
                             "unknown listing key '\(entry.key)'\(Suggestion.didYouMean(entry.key, among: schema.parameters.map(\.name)))")
                continue
            }
            if let value = checker.check(entry.value, as: .string, name: entry.key)?.stringValue { given[entry.key] = value }
        }
        guard !checker.diagnostics.contains(where: { $0.severity == .error }) else { return (nil, checker.diagnostics) }
        let location = { (key: String) in checker.valueLocations[key] ?? block.location }

        switch (given["symbol"], given["region"]) {
        case (nil, nil):
            return (nil, [.error(at: block.location, "listing '\(block.name)' needs 'symbol: NAME' or 'region: NAME'")])
        case (_?, _?):
            return (nil, [.error(at: location("region"), "listing '\(block.name)' takes either 'symbol' or 'region', not both")])
        default: break
        }
        guard let index else {
            return (nil, [.error(at: block.location, "no Package.swift found above the lesson folder, so there is no Sources/ to quote")])
        }
        var candidates = index.files
        if let file = given["file"] {
            if file.split(separator: "/").contains("..") || file.hasPrefix("/") {
                return (nil, [.error(at: location("file"), "'file' must be a path inside Sources/, got '\(file)'")])
            }
            candidates = index.files(matching: file)
            if candidates.isEmpty {
                return (nil, [.error(at: location("file"), "no Swift file '\(file)' in Sources/")])
            }
        }

        let key = given["symbol"] != nil ? "symbol" : "region"
        let name = given[key]!
        let found = key == "symbol" ? index.symbol(name, in: candidates) : index.region(name, in: candidates)
        guard let first = found.first else {
            let names = key == "symbol" ? index.declaredNames(in: candidates) : index.regionNames(in: candidates)
            let scope = given["file"].map { "Sources/\($0)" } ?? "Sources/"
            let what = key == "symbol" ? "symbol" : "region"
            return (nil, [.error(at: location(key), "\(what) '\(name)' not found in \(scope)\(Suggestion.didYouMean(name, among: names))")])
        }
        var diagnostics: [Diagnostic] = []
        if found.count > 1 {
            let places = found.prefix(3).map { "\($0.file):\($0.firstLine)" }.joined(separator: ", ")
            diagnostics.append(.warning(at: location(key),
                "\(key) '\(name)' is found \(found.count) times (\(places)); showing the first, add 'file:' to choose"))
        }
        let listing = Listing(name: block.name, location: block.location, file: first.file,
                              firstLine: first.firstLine, code: first.code, reference: "\(key) \(name)")
        return (listing, diagnostics)
    }
}
