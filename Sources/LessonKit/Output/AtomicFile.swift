import Foundation

/// Writes files so that readers (a browser, the next render, a concurrent
/// `lessons` process) only ever see the old content or the complete new one:
/// the bytes go to a temporary file in the same folder, are flushed with
/// `fsync` (unless `durable` is off), and the temporary file is renamed over
/// the target (atomic on POSIX file systems). A failure at any step removes
/// the temporary file and leaves the old file untouched.
///
/// Every write is confined to an output folder (see `OutputPath`) and
/// registered with `InterruptGuard.shared`, so a SIGINT waits for it.
/// Used for the results JSON, the cache and (by the report) the HTML pages.
public enum AtomicFile {
    /// Why a write failed at the file-system level.
    public struct WriteError: Error, Sendable, Hashable, CustomStringConvertible {
        public var path: String
        public var operation: String
        public var code: Int32

        public var description: String {
            "cannot write '\(path)': \(operation) failed: \(String(cString: strerror(code)))"
        }
    }

    /// `durable: false` skips the two `fsync`s: the rename is still atomic,
    /// but after a power cut the file may be empty or missing. For the result
    /// cache, whose entries are checked on every read (a damaged one is
    /// recomputed with a warning), that costs nothing worth a flush.
    public static func write(_ text: String, to path: String, within outputDirectory: String,
                             durable: Bool = true) throws {
        try write(Array(text.utf8), to: path, within: outputDirectory, durable: durable)
    }

    public static func write(_ data: Data, to path: String, within outputDirectory: String) throws {
        try write([UInt8](data), to: path, within: outputDirectory)
    }

    public static func write(_ bytes: [UInt8], to path: String, within outputDirectory: String,
                             durable: Bool = true) throws {
        try write(bytes, to: path, within: outputDirectory, durable: durable, guard: .shared, beforeRename: nil)
    }

    /// Produces the content first (a throwing renderer leaves the old file
    /// as it was), then writes it atomically.
    public static func write(to path: String, within outputDirectory: String,
                             contents: () throws -> [UInt8]) throws {
        let bytes = try contents()
        try write(bytes, to: path, within: outputDirectory)
    }

    /// The implementation; `beforeRename` lets tests fail or pause a write
    /// between the temporary file and the rename.
    static func write(_ bytes: [UInt8], to path: String, within outputDirectory: String, durable: Bool = true,
                      guard interruptGuard: InterruptGuard,
                      beforeRename: ((_ temporaryPath: String) throws -> Void)?) throws {
        let target = try OutputPath.prepare(path, within: outputDirectory)
        // A cached render produces the same pages, JSON and CSV files again:
        // leave an identical file alone (no temporary file, no two fsyncs).
        if beforeRename == nil, hasContents(target, bytes) { return }
        try interruptGuard.beginWrite()
        defer { interruptGuard.endWrite() }

        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let temporary = "\(folder)/.\(name).\(getpid()).\(TemporaryNames.next()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, operation: "creating a temporary file", code: errno) }
        var succeeded = false
        defer { if !succeeded { unlink(temporary) } }
        do {
            defer { close(fd) }
            try writeAll(bytes, to: fd, path: path)
            guard !durable || fsync(fd) == 0 else { throw WriteError(path: path, operation: "fsync", code: errno) }
        }
        try beforeRename?(temporary)
        guard rename(temporary, target) == 0 else { throw WriteError(path: path, operation: "rename", code: errno) }
        succeeded = true
        if durable { syncFolder(folder) }
    }

    /// Whether `path` is a regular file holding exactly `bytes`.
    static func hasContents(_ path: String, _ bytes: [UInt8]) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else {
            return false
        }
        var existing = [UInt8](repeating: 0, count: bytes.count)
        let complete = existing.withUnsafeMutableBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let got = read(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else { return false }
                offset += got
            }
            return true
        }
        return complete && (bytes.isEmpty || existing.withUnsafeBytes { old in
            bytes.withUnsafeBytes { new in memcmp(old.baseAddress!, new.baseAddress!, new.count) == 0 }
        })
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteError(path: path, operation: "write", code: errno)
                }
                offset += written
            }
        }
    }

    /// Makes the rename itself durable; best effort (not every file system allows it).
    private static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}

/// Unique suffixes for temporary files written by this process's threads.
enum TemporaryNames {
    private static let counter = Locked(0)

    static func next() -> Int {
        counter.withLock { value in
            value += 1
            return value
        }
    }
}
