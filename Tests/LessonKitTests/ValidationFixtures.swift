import Foundation
@testable import LessonKit

/// A private temporary folder holding fixture lessons written from string
/// literals; removed when the value is dropped.
final class LessonFixture {
    let folder: String

    init() {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("lessonkit-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// Writes `text` to `name` (sub-folders created) and returns the full path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) -> String {
        let path = (folder as NSString).appendingPathComponent(name)
        try! FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: path, contents: data)
        return path
    }

    /// Writes a lesson and returns every diagnostic of reading and validating
    /// it, as printed (`file:line:column: error: message`).
    func check(_ text: String, name: String = "1.1-test.md", packageRoot: String? = nil) -> [String] {
        let path = write(name, text)
        return LessonValidator(packageRoot: packageRoot).check(paths: [path]).map(\.description)
    }

    /// Writes and validates a lesson.
    func validate(_ text: String, name: String = "1.1-test.md", packageRoot: String? = nil) -> ValidatedLesson {
        let path = write(name, text)
        return try! LessonValidator(packageRoot: packageRoot).validate(LessonReader().read(path))
    }

    func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
}

/// A lesson with one experiment block starting at line 3 (body from line 4).
func lesson(_ body: String, kind: String = "experiment", name: String = "run") -> String {
    "# Test\n\n```\(kind) \(name)\n\(body)\n```\n"
}
