import Foundation
import LessonKit

/// The full, default-filled parameter set of an experiment in a
/// collapsible `<details>`; parameters the lesson did not write are marked
/// as defaults.
struct ParameterTable {
    var parameters: JSONValue
    /// Keys written in the block (the rest were filled from defaults).
    var explicitKeys: Set<String>
    /// The id of the full table, so the chips' "+N more" can link to it.
    var id: String? = nil
    /// Most chips in the card header; the lessons set ten at most, so normally all are shown.
    static let chipLimit = 12

    /// The top-level keys of a YAML block body (`key:` at column 1).
    static func keys(inBody body: String) -> Set<String> {
        var keys: Set<String> = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let first = line.first, first != " ", first != "\t", first != "#", first != "-" else { continue }
            if let colon = line.firstIndex(of: ":") {
                keys.insert(line[..<colon].trimmingCharacters(in: .whitespaces))
            }
        }
        return keys
    }

    var pairs: [(String, JSONValue)] { parameters.objectValue ?? [] }

    /// The table in a closed `<details>` on screen, and a print-only copy outside
    /// it: Chromium prints a closed details' content only through
    /// `::details-content`, which the Nu checker rejects, so the page carries
    /// the table twice (the copy without ids) and the stylesheet swaps them.
    var html: String {
        let all = pairs
        let set = all.filter { explicitKeys.contains($0.0) }.count
        let note = "<span class=\"summary-note\">\(all.count) in all · \(set) set in the lesson, \(all.count - set) defaults</span>"
        var rows = "<thead><tr><th scope=\"col\">Parameter</th><th scope=\"col\">Value</th><th scope=\"col\">Source</th></tr></thead><tbody>"
        for (key, value) in all {
            let isDefault = !explicitKeys.contains(key)
            rows += "<tr\(isDefault ? " class=\"default\"" : "")><th scope=\"row\"><code>\(HTML.escape(key))</code></th>"
            rows += "<td><code>\(HTML.escape(NumberFormat.parameter(value)))</code></td>"
            rows += "<td>\(isDefault ? "default" : "lesson")</td></tr>"
        }
        rows += "</tbody>"
        var out = "<details class=\"parameters\"><summary>Parameters \(note)</summary>"
        out += "<table class=\"params\"\(id.map { " id=\"\(HTML.escape($0))\"" } ?? "")>\(rows)</table></details>"
        out += "<div class=\"parameters print-only\"><p class=\"params-title\">Parameters \(note)</p><table class=\"params\">\(rows)</table></div>"
        return out
    }

    /// The parameters the lesson set, as `key value` chips for the card header:
    /// all of them, or when there are more than `chipLimit`, the first ones and
    /// a "+N more" chip that opens the full table (a fragment inside a closed
    /// `<details>` opens it).
    var chips: String {
        let set = pairs.filter { explicitKeys.contains($0.0) }
        guard !set.isEmpty else { return "" }
        let shown = set.count > Self.chipLimit ? Array(set.prefix(Self.chipLimit - 1)) : set
        var out = "<ul class=\"chips\">" + shown.map { key, value in
            "<li><span class=\"chip-key\">\(HTML.escape(key))</span> <span class=\"chip-value\">\(HTML.escape(NumberFormat.parameter(value)))</span></li>"
        }.joined()
        if shown.count < set.count {
            let more = "+\(set.count - shown.count) more"
            out += "<li class=\"chip-more\">" + (id.map { "<a href=\"#\(HTML.escape($0))\">\(more)</a>" } ?? more) + "</li>"
        }
        return out + "</ul>"
    }
}
