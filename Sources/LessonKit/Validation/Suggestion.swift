/// "Did you mean …?" for misspelt keys, routines and words.
public enum Suggestion {
    /// The candidate closest to `word`: a prefix match (`learn` → `learning_rate`)
    /// or an optimal-string-alignment (Damerau–Levenshtein) distance of at most
    /// 2 (at most 1 for words of three letters or fewer). Ties go to the
    /// earlier candidate, so schema order decides.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let lower = word.lowercased()
        guard !lower.isEmpty else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let distance = Self.distance(lower, candidate.lowercased())
            let limit = lower.count <= 3 ? 1 : 2
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        if let best { return best.candidate }
        if lower.count >= 3 {
            return candidates.first { $0.lowercased().hasPrefix(lower) }
        }
        return nil
    }

    /// ` (did you mean 'x'?)`, or empty when nothing is close.
    public static func didYouMean(_ word: String, among candidates: [String]) -> String {
        closest(to: word, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Edit distance counting insertions, deletions, substitutions and
    /// transpositions of adjacent characters.
    public static func distance(_ a: String, _ b: String) -> Int {
        let s = Array(a), t = Array(b)
        if s.isEmpty { return t.count }
        if t.isEmpty { return s.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: t.count + 1), count: s.count + 1)
        for i in 0...s.count { table[i][0] = i }
        for j in 0...t.count { table[0][j] = j }
        for i in 1...s.count {
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                var value = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                    value = min(value, table[i - 2][j - 2] + 1)
                }
                table[i][j] = value
            }
        }
        return table[s.count][t.count]
    }
}
