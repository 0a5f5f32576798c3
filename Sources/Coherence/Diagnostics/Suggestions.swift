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

extension Suggestions {
    /// Whether the optimal-string-alignment distance between `a` and `b` (insertions, deletions,
    /// substitutions and transpositions of neighbours, each one edit) is at most `edits`.
    ///
    /// Only the diagonal band of width 2·`edits` + 1 of the distance table is filled, and the
    /// answer is known as soon as a row of the band exceeds `edits`; strings whose lengths differ by
    /// more than `edits` are told apart at once. One edit is answered by ``SDGCatalogue/withinOneEdit(_:_:)``.
    ///
    /// - Complexity: O(min(|a|, |b|) · `edits`).
    static func isWithin(_ edits: Int, _ a: [Character], _ b: [Character]) -> Bool {
        guard edits >= 0, abs(a.count - b.count) <= edits else { return false }
        if edits == 0 { return a == b }
        if edits == 1 { return SDGCatalogue.withinOneEdit(a, b) }
        let n = a.count, m = b.count
        if n == 0 || m == 0 { return max(n, m) <= edits }
        let big = edits + 1
        // Rows i - 2, i - 1 and i of the table, full width (the strings are names: short).
        var before = [Int](repeating: big, count: m + 1)
        var previous = (0...m).map { min($0, big) }
        var current = [Int](repeating: big, count: m + 1)
        for i in 1...n {
            current = [Int](repeating: big, count: m + 1)
            current[0] = min(i, big)
            var best = current[0]
            for j in max(1, i - edits)...min(m, i + edits) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, before[j - 2] + 1) }
                current[j] = min(d, big)
                best = min(best, current[j])
            }
            if best > edits { return false }
            before = previous
            previous = current
        }
        return previous[m] <= edits
    }
}
