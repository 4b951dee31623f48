import Foundation

/// Finds a file of `Sources/NeuralNet/Resources/` without SwiftPM's generated
/// `Bundle.module`, which stops the process with `fatalError` when the
/// resource bundle is not next to the executable (a copied or installed
/// binary). Missing data must be a located error, never a crash, so this
/// looks in order at:
/// 1. the resource bundle `<package>_NeuralNet.resources` (Linux) or
///    `.bundle` (Apple) beside the running executable, as SwiftPM builds it;
/// 2. the source tree this file was compiled from (`#filePath`), which is
///    what a development checkout has.
enum ResourceLocator {
    /// The first existing file among the candidates, or `nil`.
    static func url(forResource name: String) -> URL? {
        candidates(forResource: name).first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Every place looked at, in order (for the error message too).
    static func candidates(forResource name: String) -> [URL] {
        var result = [URL]()
        let fileManager = FileManager.default
        var directories = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL?.deletingLastPathComponent() {
            directories.append(executable)
        }
        for directory in directories {
            let entries = (try? fileManager.contentsOfDirectory(atPath: directory.path)) ?? []
            for entry in entries.sorted()
            where entry.hasSuffix("_NeuralNet.resources") || entry.hasSuffix("_NeuralNet.bundle") {
                let bundleURL = directory.appendingPathComponent(entry)
                if let bundle = Bundle(url: bundleURL),
                   let url = bundle.url(forResource: name, withExtension: nil, subdirectory: "Resources") {
                    result.append(url)
                }
                result.append(bundleURL.appendingPathComponent("Resources").appendingPathComponent(name))
            }
        }
        result.append(sourceResources.appendingPathComponent(name))
        return result
    }

    /// `Sources/NeuralNet/Resources/` of the checkout this file was compiled in.
    static var sourceResources: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Datasets
            .deletingLastPathComponent()  // NeuralNet
            .appendingPathComponent("Resources")
    }
}
