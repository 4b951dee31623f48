import Foundation
import Yams

extension ValueChecker {
    /// `dataset: circles` or `dataset: {csv: data/kicks, classes: 2}`. CSV
    /// paths are relative to the lesson file and must stay inside the
    /// lesson's folder tree (`..` and symbolic links out are refused); the
    /// training files must exist, and the test files come in pairs.
    mutating func dataset(_ node: Node, builtins: [String], name: String) -> JSONValue? {
        if let word = text(node), node.mapping == nil {
            guard builtins.contains(word) else {
                fail(node, "'\(name)' must be one of \(builtins.joined(separator: ", ")) or {csv: path/prefix}, got '\(word)'\(Suggestion.didYouMean(word, among: builtins))")
                return nil
            }
            return .string(word)
        }
        guard let mapping = node.mapping else {
            fail(node, "'\(name)' must be one of \(builtins.joined(separator: ", ")) or {csv: path/prefix}, got \(BlockBody.describe(node))")
            return nil
        }
        var prefixNode: Node?
        var classes = 2
        for (key, value) in mapping {
            let keyText = key.scalar?.string ?? ""
            locations["\(name).\(keyText)"] = body.location(of: value)
            switch keyText {
            case "csv": prefixNode = value
            case "classes":
                guard let count = check(value, as: .integer(2...1000), name: "\(name).classes")?.intValue else { return nil }
                classes = count
            default:
                fail(key, "unknown dataset option '\(keyText)'\(Suggestion.didYouMean(keyText, among: ["csv", "classes"]))")
                return nil
            }
        }
        guard let prefixNode else {
            fail(node, "'\(name)' as a mapping needs 'csv: path/prefix' (files prefix_train_X.csv, prefix_train_Y.csv)")
            return nil
        }
        guard let prefix = text(prefixNode) else {
            fail(prefixNode, "'\(name).csv' must be a path prefix such as data/kicks, got \(BlockBody.describe(prefixNode))")
            return nil
        }
        guard checkCSVFiles(prefix: prefix, at: prefixNode) else { return nil }
        return DatasetSource.csv(prefix: prefix, classes: classes).json
    }

    private mutating func checkCSVFiles(prefix: String, at node: Node) -> Bool {
        let files = DatasetSource.csvFiles(prefix: prefix, lessonDirectory: lessonDirectory)
        for file in files.train + files.test {
            let resolved = PathSafety.resolve(file, against: lessonDirectory)
            if !PathSafety.isInside(resolved, root: lessonDirectory) {
                fail(node, "csv dataset '\(prefix)' is outside the lesson's folder (\(lessonDirectory)); data files must be inside the folder tree of the lesson file")
                return false
            }
        }
        for file in files.train {
            let resolved = PathSafety.resolve(file, against: lessonDirectory)
            if !FileManager.default.fileExists(atPath: resolved) {
                fail(node, "csv dataset file '\(file)' not found (paths are relative to the lesson file)")
                return false
            }
        }
        let present = files.test.map { FileManager.default.fileExists(atPath: PathSafety.resolve($0, against: lessonDirectory)) }
        if present[0] != present[1] {
            let missing = present[0] ? files.test[1] : files.test[0]
            fail(node, "csv dataset '\(prefix)' has an incomplete test set: '\(missing)' not found")
            return false
        }
        return true
    }
}
