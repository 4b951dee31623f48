import Foundation

/// The package whose `Sources/` listings quote: the nearest folder at or above
/// a starting folder that holds a `Package.swift`.
public enum PackageRoot {
    /// Walks up from `folder` (made absolute against the current directory).
    public static func find(from folder: String) -> String? {
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.path
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }
}
