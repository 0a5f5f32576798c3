/// Which part of a signed interaction matrix an analysis uses.
///
/// Scores are signed: +3 *indivisible* … −3 *cancelling*. Some methods need non-negative weights
/// (PageRank, Katz, betweenness, Louvain, MICMAC powers), so each analysis states the layer it
/// works on and, through ``negativeScores``, what happens to negative scores there.
public enum InteractionLayer: String, Sendable, Hashable, Codable, CaseIterable {
    /// The scores as they are: synergies add, trade-offs subtract.
    case signed
    /// The synergies only: `max(a, 0)`; negative scores count as blank.
    case positive
    /// The trade-offs only, as magnitudes: `max(−a, 0)`; positive scores count as blank.
    case negative
    /// The strength of every link, `|a|`: synergies and trade-offs alike.
    case absolute

    /// The weight this layer gives a score.
    ///
    /// - Complexity: O(1).
    @inlinable public func value(_ score: Double) -> Double {
        switch self {
        case .signed: return score
        case .positive: return score > 0 ? score : 0
        case .negative: return score < 0 ? -score : 0
        case .absolute: return abs(score)
        }
    }

    /// What this layer does with negative scores, in one sentence (English, for JSON readers).
    public var negativeScores: String {
        switch self {
        case .signed:
            return "kept with their sign: trade-offs subtract from sums, and a product of two negative scores is positive"
        case .positive:
            return "left out: only positive scores (synergies) are links; a negative or zero score counts as no link"
        case .negative:
            return "the only links, by magnitude: a score −a becomes weight a; positive and zero scores count as no link"
        case .absolute:
            return "taken by magnitude: a score −a weighs as much as +a, so synergies and trade-offs mix into one strength"
        }
    }
}
