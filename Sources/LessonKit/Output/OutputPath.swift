import Foundation

/// Keeps every write inside the output folder (issue 8, "nothing let in"):
/// a target given with `..`, an absolute path elsewhere, or a folder or file
/// that is a symbolic link leading out of the output folder is refused before
/// anything is created.
///
/// Checks are lexical first (normalized absolute paths) and then physical
/// (`realpath` of every existing component), so `output/x -> /etc` is caught
/// even though `output/x/passwd` looks fine as text.
public enum OutputPathError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path is not inside the output folder.
    case outsideOutput(path: String, output: String)
    /// A component of the path is a symbolic link that leads out of the output folder.
    case symlinkOutside(path: String, target: String)
    /// A component that must be a folder is a file (or the target is a folder).
    case notAFolder(path: String)
    case isAFolder(path: String)

    public var description: String {
        switch self {
        case .outsideOutput(let path, let output):
            return "refusing to write '\(path)': it is outside the output folder '\(output)'"
        case .symlinkOutside(let path, let target):
            return "refusing to write through '\(path)': it is a symbolic link to '\(target)', outside the output folder"
        case .notAFolder(let path):
            return "cannot write under '\(path)': it is not a folder"
        case .isAFolder(let path):
            return "cannot write '\(path)': it is a folder"
        }
    }
}

enum OutputPath {
    /// An absolute, normalized form of `path` (`.` and `..` resolved as text;
    /// relative paths are taken from the current directory).
    static func absolute(_ path: String) -> String {
        let base = path.hasPrefix("/") ? "" : FileManager.default.currentDirectoryPath
        var parts: [Substring] = []
        for component in (base + "/" + path).split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(component)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// `path` is `root` or below it (both absolute and normalized).
    static func isInside(_ path: String, _ root: String) -> Bool {
        root == "/" || path == root || path.hasPrefix(root + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Validates `target` against `root`, creating the output folder and any
    /// missing folders between it and the target. Returns the target's
    /// absolute path, ready for the temp-file-and-rename dance.
    static func prepare(_ target: String, within root: String) throws -> String {
        let lexicalRoot = absolute(root)
        let lexicalTarget = absolute(target)
        guard isInside(lexicalTarget, lexicalRoot), lexicalTarget != lexicalRoot else {
            throw OutputPathError.outsideOutput(path: target, output: root)
        }
        try makeFolder(lexicalRoot)
        guard let physicalRoot = realPath(lexicalRoot) else { throw OutputPathError.notAFolder(path: root) }

        // Walk the folders between the root and the target, one component at a time.
        let relative = lexicalTarget.dropFirst(lexicalRoot == "/" ? 1 : lexicalRoot.count + 1)
        let components = relative.split(separator: "/")
        var current = lexicalRoot
        for component in components.dropLast() {
            current += (current == "/" ? "" : "/") + component
            var info = stat()
            if lstat(current, &info) != 0 {
                try makeFolder(current)
                continue
            }
            if info.st_mode & S_IFMT == S_IFLNK {
                guard let resolved = realPath(current), isInside(resolved, physicalRoot) else {
                    throw OutputPathError.symlinkOutside(path: current, target: realPath(current) ?? linkTarget(current))
                }
                var resolvedInfo = stat()
                guard stat(resolved, &resolvedInfo) == 0, resolvedInfo.st_mode & S_IFMT == S_IFDIR else {
                    throw OutputPathError.notAFolder(path: current)
                }
            } else if info.st_mode & S_IFMT != S_IFDIR {
                throw OutputPathError.notAFolder(path: current)
            }
        }
        // The parent, fully resolved, must still be inside the physical root.
        let parent = (lexicalTarget as NSString).deletingLastPathComponent
        guard let physicalParent = realPath(parent), isInside(physicalParent, physicalRoot) else {
            throw OutputPathError.symlinkOutside(path: parent, target: realPath(parent) ?? parent)
        }
        var info = stat()
        if lstat(lexicalTarget, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFLNK {
                // Renaming over a link replaces the link, but a link that
                // points out is a sign of tampering: refuse it loudly.
                let raw = linkTarget(lexicalTarget)
                let resolved = realPath(lexicalTarget)
                    ?? absolute(raw.hasPrefix("/") ? raw : physicalParent + "/" + raw)
                guard isInside(resolved, physicalRoot) else {
                    throw OutputPathError.symlinkOutside(path: target, target: resolved)
                }
            } else if info.st_mode & S_IFMT == S_IFDIR {
                throw OutputPathError.isAFolder(path: target)
            }
        }
        return lexicalTarget
    }

    private static func linkTarget(_ path: String) -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
    }

    private static func makeFolder(_ path: String) throws {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw OutputPathError.notAFolder(path: path) }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            // Another thread may have created it in the meantime.
            if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return }
            throw error
        }
    }
}
