import Foundation

/// The little the progress display needs from the terminal: whether stderr
/// is one, how wide it is, and an unbuffered, thread-safe way to write to it.
public enum Terminal {
    /// stderr is an interactive terminal that understands ANSI cursor codes.
    public static var standardErrorIsInteractive: Bool {
        guard isatty(STDERR_FILENO) != 0 else { return false }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        return term != "dumb" && !term.isEmpty
    }

    /// Columns of the terminal on stderr; `COLUMNS` or 80 when unknown.
    public static var standardErrorWidth: Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }

    /// Writes straight to file descriptor 2 (no stdio buffer to interleave
    /// with, no global `stderr` variable to trip Swift 6's checks).
    public static func writeToStandardError(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
