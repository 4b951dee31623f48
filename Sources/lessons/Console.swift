import Foundation
import LessonKit

/// Standard-error output of diagnostics and notes. Everything a user should
/// act on goes to stderr; `lessons list` and `lessons routines` print their
/// answers to stdout.
struct Console {
    func print(_ diagnostic: Diagnostic) {
        write(diagnostic.description + "\n")
    }

    func print(_ error: any Error) {
        if let diagnostic = error as? Diagnostic { print(diagnostic) } else { write("error: \(error)\n") }
    }

    func note(_ text: String) {
        write(text + "\n")
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
