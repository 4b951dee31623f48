import Foundation

/// The package's Swift sources (`Sources/**/*.swift`), read once per
/// validation, searched for the symbols and regions that `listing` blocks
/// quote.
final class SourceIndex {
    struct File {
        /// Relative to the package root: `Sources/NeuralNet/Network/Initialization.swift`.
        var path: String
        var lines: [Substring]
        /// Every declaration line of the file, in line order (scanned once:
        /// each symbol lookup used to rescan every line of every file).
        var declarations: [SwiftDeclarationScanner.Declaration]
        /// Per line: the name of a `// region: name` marker, if it is one.
        var regionNames: [String?]
        /// Per line: whether it is `// endregion`.
        var endRegions: [Bool]

        init(path: String, lines: [Substring]) {
            self.path = path
            self.lines = lines
            declarations = SwiftDeclarationScanner.declarations(in: lines)
            regionNames = [String?](repeating: nil, count: lines.count)
            endRegions = [Bool](repeating: false, count: lines.count)
            // Both markers contain "region": only such lines need the exact test.
            for (index, line) in lines.enumerated() where Self.mentionsRegion(line) {
                regionNames[index] = SourceIndex.regionName(line)
                endRegions[index] = SourceIndex.isEndRegion(line)
            }
        }

        private static func mentionsRegion(_ line: Substring) -> Bool {
            let pattern: [UInt8] = Array("region".utf8)
            var matched = 0
            for byte in line.utf8 {
                if byte == pattern[matched] {
                    matched += 1
                    if matched == pattern.count { return true }
                } else {
                    matched = byte == pattern[0] ? 1 : 0
                }
            }
            return false
        }
    }

    /// A found excerpt.
    struct Excerpt {
        var file: String
        /// 1-based line of the excerpt's first line.
        var firstLine: Int
        var code: String
    }

    let root: String
    let files: [File]

    /// Reads every `.swift` file under `root/Sources`, in path order. Files
    /// reached through symbolic links that leave `Sources/` are skipped.
    convenience init(packageRoot root: String) {
        self.init(root: root, stamp: Self.stamp(of: root))
    }

    /// What `init` would read, in path order, with sizes and modification
    /// times: equal stamps mean an equal index.
    let stamp: [Stamp]

    struct Stamp: Equatable {
        var relative: String
        var size: UInt64
        var modified: Date?
    }

    private init(root: String, stamp: [Stamp]) {
        self.root = root
        self.stamp = stamp
        let sources = (root as NSString).appendingPathComponent("Sources")
        var found: [File] = []
        for entry in stamp {
            let full = (sources as NSString).appendingPathComponent(entry.relative)
            guard PathSafety.isInside(PathSafety.resolve(full, against: root), root: sources),
                  let text = try? String(contentsOfFile: full, encoding: .utf8) else { continue }
            // Split the UTF-8 bytes (a Character split breaks graphemes for nothing).
            let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
            found.append(File(path: "Sources/" + entry.relative, lines: lines))
        }
        files = found
    }

    private static func stamp(of root: String) -> [Stamp] {
        let sources = (root as NSString).appendingPathComponent("Sources")
        guard let enumerator = FileManager.default.enumerator(atPath: sources) else { return [] }
        let paths = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted()
        return paths.map { relative in
            let attributes = try? FileManager.default.attributesOfItem(
                atPath: (sources as NSString).appendingPathComponent(relative))
            return Stamp(relative: relative, size: (attributes?[.size] as? NSNumber)?.uint64Value ?? 0,
                         modified: attributes?[.modificationDate] as? Date)
        }
    }

    private static let cache = Locked<[String: SourceIndex]>([:])

    /// The index of `root`, read once per process and reread only when a
    /// file under `Sources/` was added, removed or changed (size or time):
    /// a render validates every lesson against the same sources.
    ///
    /// Lessons validated at once wait for one reading instead of each doing it.
    static func shared(packageRoot root: String) -> SourceIndex {
        cache.withLock { indexes in
            let stamp = stamp(of: root)
            if let cached = indexes[root], cached.stamp == stamp { return cached }
            let index = SourceIndex(root: root, stamp: stamp)
            indexes[root] = index
            return index
        }
    }

    /// The files a `file:` value names: a path relative to `Sources/` or to the
    /// package root, or a file name; `nil` means every file.
    func files(matching file: String?) -> [File] {
        guard let file else { return files }
        let wanted = file.hasPrefix("Sources/") ? file : "Sources/" + file
        let exact = files.filter { $0.path == wanted }
        if !exact.isEmpty { return exact }
        return files.filter { ($0.path as NSString).lastPathComponent == file || $0.path.hasSuffix("/" + file) }
    }

    /// Every declaration of `symbol` (`circles`, or `Dataset.circles` for a
    /// member of a type or of its extensions), in file order.
    func symbol(_ symbol: String, in candidates: [File]) -> [Excerpt] {
        let parts = symbol.split(separator: ".").map(String.init)
        var excerpts: [Excerpt] = []
        for file in candidates {
            var ranges: [ClosedRange<Int>] = [0...max(0, file.lines.count - 1)]
            for container in parts.dropLast() {
                ranges = ranges.flatMap { range in
                    declarations(named: container, in: file, within: range, containersOnly: true)
                        .map { SwiftDeclarationScanner.extent(of: $0, in: file.lines) }
                }
            }
            for range in ranges {
                for declaration in declarations(named: parts.last ?? symbol, in: file, within: range,
                                                containersOnly: false) {
                    let extent = SwiftDeclarationScanner.extent(of: declaration, in: file.lines)
                    excerpts.append(excerpt(of: file, lines: extent))
                }
            }
        }
        return excerpts
    }

    /// The lines between `// region: name` and its `// endregion` (markers
    /// of nested regions are left out).
    func region(_ name: String, in candidates: [File]) -> [Excerpt] {
        var excerpts: [Excerpt] = []
        for file in candidates {
            var index = 0
            while index < file.lines.count {
                defer { index += 1 }
                guard file.regionNames[index] == name else { continue }
                var depth = 1, end = index + 1
                var kept: [Int] = []
                while end < file.lines.count {
                    if file.regionNames[end] != nil { depth += 1 } else if file.endRegions[end] {
                        depth -= 1
                        if depth == 0 { break }
                    } else {
                        kept.append(end)
                    }
                    end += 1
                }
                guard depth == 0, let first = kept.first else { continue }
                var excerpt = excerpt(of: file, lines: first...kept.last!)
                excerpt.code = Self.dedent(kept.map { file.lines[$0] })
                excerpts.append(excerpt)
            }
        }
        return excerpts
    }

    /// Names that a misspelt symbol could have meant.
    func declaredNames(in candidates: [File]) -> [String] {
        var seen = Set<String>(), names: [String] = []
        for file in candidates {
            for declaration in file.declarations where seen.insert(declaration.name).inserted {
                names.append(declaration.name)
            }
        }
        return names
    }

    /// Region names, for suggestions.
    func regionNames(in candidates: [File]) -> [String] {
        candidates.flatMap { $0.regionNames.compactMap { $0 } }
    }

    // MARK: - Helpers

    private func declarations(named name: String, in file: File, within range: ClosedRange<Int>,
                              containersOnly: Bool) -> [SwiftDeclarationScanner.Declaration] {
        let containers: Set<String> = ["struct", "enum", "class", "protocol", "extension", "actor"]
        return file.declarations.filter { declaration in
            guard range.contains(declaration.line),
                  declaration.name == name || (declaration.keyword == "extension" && declaration.name.hasSuffix("." + name))
            else { return false }
            return !containersOnly || containers.contains(declaration.keyword)
        }
    }

    private func excerpt(of file: File, lines range: ClosedRange<Int>) -> Excerpt {
        Excerpt(file: file.path, firstLine: range.lowerBound + 1, code: Self.dedent(Array(file.lines[range])))
    }

    static func regionName(_ line: Substring) -> String? {
        let text = line.trimmingCharacters()
        guard text.hasPrefix("// region:") else { return nil }
        return String(text.dropFirst("// region:".count).trimmingCharacters())
    }

    static func isEndRegion(_ line: Substring) -> Bool {
        line.trimmingCharacters() == "// endregion"
    }

    /// The lines joined, with their common leading whitespace removed.
    static func dedent(_ lines: [Substring]) -> String {
        let indents = lines.filter { !$0.trimmingCharacters().isEmpty }.map { $0.prefix { $0 == " " || $0 == "\t" }.count }
        let common = indents.min() ?? 0
        return lines.map { $0.trimmingCharacters().isEmpty ? "" : String($0.dropFirst(common)) }.joined(separator: "\n")
    }
}
