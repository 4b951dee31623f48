import Foundation

/// Computes the hash recorded in `LibraryFingerprint.sourceHash`.
///
/// What is hashed is everything whose change can change a result: every file
/// under `Sources/NeuralNet/` (the numerics and data resources) and under
/// `Sources/LessonKit/Routines/` (the routines that turn library calls into
/// metrics, series and figures). Files are taken in byte order of their path
/// relative to `Sources/`, each contributing `path NUL size NUL bytes`, so a
/// rename, a move or an edit all change the hash, and the hash does not
/// depend on the file system's listing order or on where the checkout lives.
public enum SourceFingerprint {
    /// The folders, relative to the package's `Sources/`, whose files are hashed.
    public static let folders = ["NeuralNet", "LessonKit/Routines"]

    /// The SHA-256 (hex) of those folders under `sourcesDirectory` (the
    /// package's `Sources/`), or nil when a folder is missing.
    public static func compute(sourcesDirectory: String) -> String? {
        var files: [String] = []
        let manager = FileManager.default
        for folder in folders {
            let root = (sourcesDirectory as NSString).appendingPathComponent(folder)
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue,
                  let walker = manager.enumerator(atPath: root) else { return nil }
            for case let relative as String in walker {
                let name = (relative as NSString).lastPathComponent
                guard !name.hasPrefix(".") else { continue }  // editor swap files, .DS_Store
                let full = (root as NSString).appendingPathComponent(relative)
                var info = stat()
                guard stat(full, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
                files.append(folder + "/" + relative)
            }
        }
        files.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var hasher = SHA256()
        for file in files {
            guard let data = manager.contents(atPath: (sourcesDirectory as NSString).appendingPathComponent(file)) else {
                return nil
            }
            hasher.update(file.utf8)
            hasher.update([0])
            hasher.update(String(data.count).utf8)
            hasher.update([0])
            hasher.update(data)
        }
        return SHA256.hexString(hasher.finalize())
    }
}
