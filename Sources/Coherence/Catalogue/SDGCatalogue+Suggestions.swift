extension SDGCatalogue {
    /// Did-you-mean ids for an id that names no goal or target.
    ///
    /// The rule, by the shape of `text` (see ``lookup(_:)``):
    /// - a target form of an existing goal (`11.8`, `4.d`): that goal's targets, nearest first — for a number,
    ///   the numbered targets by distance to it (ties: the lower one first), then the letter targets in order;
    ///   for a letter, the letter targets by distance in the alphabet, then the numbered targets from the last;
    /// - a target form of a goal that does not exist (`18.1`, `0.1`): all target ids by edit distance
    ///   (Damerau–Levenshtein, optimal string alignment, on the normalised id), ties in official order
    ///   (`18.1` → `1.1`, `8.1`, `10.1`);
    /// - a goal form of a goal that does not exist (`SDG19`): goal ids by the edit distance of their numbers,
    ///   ties in goal order (`SDG19` → `SDG1`, `SDG9`, `SDG10`);
    /// - an indicator number (`11.6.1`): its target when that exists;
    /// - other text with a digit (`11,6`, `sdg1l`): target and goal ids within edit distance 1 of the text with
    ///   case and spaces ignored;
    /// - an id that exists, or text without a digit (`mobility`): no suggestions.
    /// - Parameters:
    ///   - text: The id text that was not found.
    ///   - limit: The largest number of suggestions (default 3).
    /// - Returns: Up to `limit` ids in canonical form (`"11.7"`, `"SDG17"`), best first.
    /// - Complexity: O(n) over the 169 targets (each edit distance is on strings of ≤ 6 characters).
    public func suggestions(for text: String, limit: Int = 3) -> [String] {
        guard limit > 0 else { return [] }
        let ids: [String]
        switch SDGIdentifier.parse(text) {
        case .goal(let number, _):
            guard goal(number) == nil else { return [] }
            let typed = String(number)
            ids = goals.map { ($0, editDistance(typed, String($0.number))) }
                .sorted { ($0.1, $0.0.number) < ($1.1, $1.0.number) }
                .map(\.0.id)
        case .target(let goalNumber, let suffix, let normalised):
            guard targetIndex[normalised] == nil else { return [] }
            if goalRanges[goalNumber] != nil {
                ids = nearestInGoal(goalNumber, suffix: suffix)
            } else {
                ids = targets.enumerated()
                    .map { ($0.element.id, editDistance(normalised, $0.element.id), $0.offset) }
                    .sorted { ($0.1, $0.2) < ($1.1, $1.2) }
                    .map(\.0)
            }
        case .none:
            ids = looseSuggestions(text)
        }
        return Array(ids.prefix(limit))
    }

    /// The targets of one goal ordered by closeness to a (missing) suffix.
    private func nearestInGoal(_ goalNumber: Int, suffix: String) -> [String] {
        let members = targets(ofGoal: goalNumber)
        let numbered = members.compactMap { target in target.id.split(separator: ".").last.flatMap { Int($0) }.map { (target.id, $0) } }
        let lettered = members.filter(\.isMeansOfImplementation).map(\.id)
        if let number = Int(suffix) {
            let near = numbered.sorted { (abs($0.1 - number), $0.1) < (abs($1.1 - number), $1.1) }.map(\.0)
            return near + lettered
        }
        let letter = suffix.unicodeScalars.first.map { Int($0.value) } ?? 0
        let letterValue: (String) -> Int = { id in id.unicodeScalars.last.map { Int($0.value) } ?? 0 }
        let near = lettered.enumerated()
            .sorted { (abs(letterValue($0.element) - letter), $0.offset) < (abs(letterValue($1.element) - letter), $1.offset) }
            .map(\.element)
        return near + numbered.reversed().map(\.0)
    }

    /// Suggestions for text that is not an SDG id form.
    private func looseSuggestions(_ text: String) -> [String] {
        let compact = String(text.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
        guard compact.unicodeScalars.contains(where: { $0.value >= 48 && $0.value <= 57 }) else { return [] }
        var result: [String] = []
        // An indicator number such as 11.6.1 points to its target.
        let parts = compact.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 3, Int(parts[2]) != nil, let target = target("\(parts[0]).\(parts[1])") {
            result.append(target.id)
        }
        let candidates = targets.map { ($0.id, $0.id) } + goals.map { ($0.id, "sdg\($0.number)") }
        let typed = Array(compact)
        for (id, spelling) in candidates where Self.withinOneEdit(typed, Array(spelling)) && !result.contains(id) {
            result.append(id)
        }
        return result
    }

    /// Whether `editDistance(a, b) <= 1`, in O(n) without a table: a plan with thousands of tags that
    /// are no id asked this of every target for each (found while fuzzing: 6,000 such tags took 15 s).
    static func withinOneEdit(_ a: [Character], _ b: [Character]) -> Bool {
        guard abs(a.count - b.count) <= 1 else { return false }
        var i = 0
        while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
        if a.count == b.count {
            if i == a.count { return true }
            // One substitution, or one transposition of neighbours.
            if a[(i + 1)...] == b[(i + 1)...] { return true }
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)...] == b[(i + 2)...]
        }
        // One insertion or deletion: skip a character of the longer.
        return a.count > b.count ? a[(i + 1)...] == b[i...] : a[i...] == b[(i + 1)...]
    }

    /// The optimal-string-alignment edit distance (insertions, deletions, substitutions, adjacent transpositions).
    func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }
}
