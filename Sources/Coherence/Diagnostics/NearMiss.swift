import Foundation

/// Names that are probably typing mistakes of one another: `Mobilitiet` and `Mobiliteit`,
/// `Senioreraad` and `Seniorenraad`, `oudren` and `ouderen`.
///
/// Readers that make a new domain, stakeholder or group from every name they have not met before
/// use it to warn when a new name is a near miss of a known one, since such a typo silently
/// changes the results (a second domain that owns nothing, a group no one helps).
///
/// The rule: two names are near misses when their keys — folded (lower case, no accents) and
/// reduced to letters and digits, so that case, accents, spaces and punctuation do not count — are
/// equal, or are at most one edit apart (an insertion, deletion, substitution or transposition of
/// neighbours) when the shorter key has 4 to 7 characters, or two edits when it has 8 or more.
/// Names whose digits differ (`Domein 1`, `Domein 2`; `AP1.1`, `AP1.2`) are never near misses:
/// numbered names are numbered on purpose. Keys shorter than 4 characters are only compared whole.
struct NearMiss: Sendable {
    /// The most names compared with each other: near misses are not looked for among more (a
    /// municipality's plan has tens of domains and a few hundred stakeholders), which keeps the
    /// pairwise comparison to half a million pairs at most.
    static let comparisonLimit = 1_000

    /// A name's key: folded, letters and digits only.
    static func key(_ name: String) -> [Character] {
        let letters = name.unicodeScalars.allSatisfy(\.isASCII)
            ? name.lowercased()
            : name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX")).lowercased()
        return Array(letters.filter { $0.isLetter || $0.isNumber })
    }

    /// Whether two keys (see ``key(_:)``) are near misses.
    ///
    /// - Complexity: O(length of the keys).
    static func isNearMiss(_ a: [Character], _ b: [Character]) -> Bool {
        if a == b { return !a.isEmpty }
        let shorter = min(a.count, b.count)
        guard shorter >= 4, a.filter(\.isNumber) == b.filter(\.isNumber) else { return false }
        return Suggestions.isWithin(shorter >= 8 ? 2 : 1, a, b)
    }

    /// Whether two names are near misses.
    static func isNearMiss(_ a: String, _ b: String) -> Bool { isNearMiss(key(a), key(b)) }

    /// The pairs of near misses among `names` (indices into it, the lower first), in order; none
    /// when there are more than ``comparisonLimit`` names.
    ///
    /// - Complexity: O(n² · L) for n names of length L, n ≤ ``comparisonLimit``.
    static func pairs(among names: [String]) -> [(Int, Int)] {
        guard names.count > 1, names.count <= comparisonLimit else { return [] }
        let keys = names.map(key)
        var result: [(Int, Int)] = []
        for i in keys.indices {
            for j in (i + 1)..<keys.count where isNearMiss(keys[i], keys[j]) { result.append((i, j)) }
        }
        return result
    }
}
