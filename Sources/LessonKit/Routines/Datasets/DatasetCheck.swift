import NeuralNet

/// Loads the `dataset` parameter during validation, so that a broken CSV file
/// (a ragged row, a label other than 0/1) is reported by `lessons check`,
/// located at the `csv:` value, before anything runs.
///
/// Validation only needs the shape (features, classes, examples). The
/// generated built-ins are made once per process anyway, but `digits` would be
/// parsed from its 1797-line CSV file for every render, cached or not, so its
/// shape comes from the published constants; the file is read (and a missing
/// one reported) when an experiment actually runs on it.
enum DatasetCheck {
    struct Shape {
        var name: String
        var features: Int
        var classes: Int
        var trainCount: Int
    }

    static func load(_ parameters: JSONValue, key: String = "dataset",
                     context: ValidationContext) -> (dataset: Shape?, diagnostics: [Diagnostic]) {
        guard let value = parameters[key], let source = DatasetSource(value) else { return (nil, []) }
        if source == .builtin("digits") {
            return (Shape(name: "digits", features: Digits.pixels, classes: Digits.classes,
                          trainCount: Digits.count - Digits.defaultTestCount), [])
        }
        do {
            let dataset = try source.load(lessonDirectory: context.lessonDirectory)
            return (Shape(name: dataset.name, features: dataset.features, classes: dataset.classes,
                          trainCount: dataset.trainCount), [])
        } catch {
            let location: SourceLocation
            if case .csv = source { location = context.locate("\(key).csv") } else { location = context.locate(key) }
            return (nil, [.error(at: location, "cannot load dataset '\(source.displayName)': \(describe(error, relativeTo: context.lessonDirectory))")])
        }
    }

    /// `data/kicks_train_X.csv:12:9: 'abc' is not a number (field 2)`, the data
    /// file shown relative to the lesson folder.
    static func describe(_ error: DatasetError, relativeTo folder: String) -> String {
        var file = error.file
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        if file.hasPrefix(prefix) { file.removeFirst(prefix.count) }
        var location = file
        if let line = error.line {
            location += ":\(line)"
            if let column = error.column { location += ":\(column)" }
        }
        return "\(location): \(error.message)"
    }
}
