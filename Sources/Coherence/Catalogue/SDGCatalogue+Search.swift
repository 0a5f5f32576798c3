import Foundation

extension SDGCatalogue {
    /// The targets that match every word of a query, in official order.
    ///
    /// A query word matches when it is the start of a word of the target's official text, its English or
    /// Dutch short name, or its goal's English or Dutch name; case and diacritics are ignored (`"afval"` finds
    /// "Luchtkwaliteit en afval in steden", `"energie"` finds "energieëfficiëntie"). Words are runs of letters
    /// and digits; everything else separates them. An empty query (no words) matches every target.
    /// - Parameter words: The query, e.g. `"waste"` or `"afval stad"`.
    /// - Returns: The matching targets, in official order.
    /// - Complexity: O(t · q · log w) for t targets, q query words and w words per target.
    public func search(_ words: String) -> [Target] {
        let query = Array(Set(SDGCatalogue.searchTokens(words)))
        return targets.indices.compactMap { index in
            let haystack = searchWords[index]
            return query.allSatisfy { SDGCatalogue.hasWord(startingWith: $0, in: haystack) } ? targets[index] : nil
        }
    }

    /// Splits text into lowercase words without diacritics, for search.
    /// - Parameter text: Any text.
    /// - Returns: Its words, in order.
    static func searchTokens(_ text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        return folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Whether a sorted word list holds a word that starts with `prefix` (binary search).
    static func hasWord(startingWith prefix: String, in sorted: [String]) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < prefix { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low].hasPrefix(prefix)
    }
}
