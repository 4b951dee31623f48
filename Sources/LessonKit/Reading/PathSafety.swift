import Foundation

/// Path checks for files a lesson may read: a `csv` dataset must stay inside
/// the lesson's folder tree, a listing inside `Sources/`. `..` components and
/// symbolic links that lead out are both refused, by comparing fully resolved
/// paths.
public enum PathSafety {
    /// `path` made absolute against `base` (when relative), with `.`/`..`
    /// removed and symbolic links resolved as far as the path exists.
    public static func resolve(_ path: String, against base: String) -> String {
        let absolute = path.hasPrefix("/") ? path : (base as NSString).appendingPathComponent(path)
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Whether `path` (resolved) lies inside the folder `root` (resolved), or is it.
    public static func isInside(_ path: String, root: String) -> Bool {
        let resolvedRoot = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
        let rootWithSlash = resolvedRoot.hasSuffix("/") ? resolvedRoot : resolvedRoot + "/"
        return path == resolvedRoot || path.hasPrefix(rootWithSlash)
    }

    /// The absolute folder of a lesson file given as `lessonPath`.
    public static func lessonDirectory(of lessonPath: String) -> String {
        let absolute = URL(fileURLWithPath: lessonPath).standardizedFileURL
        return absolute.deletingLastPathComponent().path
    }
}
