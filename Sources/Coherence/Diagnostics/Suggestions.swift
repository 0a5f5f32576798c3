/// Did-you-mean suggestions by edit distance.
enum Suggestions {
    /// The Levenshtein distance between two strings, compared case-insensitively.
    ///
    /// - Complexity: O(|a| · |b|).
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased()), y = Array(b.lowercased())
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The candidates closest to `text`, at most `limit`, within a distance that grows with length.
    static func closest(to text: String, in candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let budget = max(2, text.count / 3)
        return candidates
            .map { (candidate: $0, distance: distance(text, $0)) }
            .filter { $0.distance <= budget || $0.candidate.lowercased().hasPrefix(text.lowercased()) }
            .sorted { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }
            .prefix(limit)
            .map(\.candidate)
    }

    /// "Did you mean `a` or `b`?", or `nil` when there is nothing to suggest.
    static func didYouMean(_ options: [String]) -> String? {
        guard !options.isEmpty else { return nil }
        let quoted = options.map { "`\($0)`" }
        if quoted.count == 1 { return "Did you mean \(quoted[0])?" }
        return "Did you mean " + quoted.dropLast().joined(separator: ", ") + " or \(quoted.last!)?"
    }
}
