/// Rankings of nodes by a value, highest first, ties broken by id.
///
/// Values that agree to 9 significant digits relative to the largest magnitude are ties: sums
/// that are equal in exact arithmetic but were added in a different order then rank by id, so
/// rankings do not flip on rounding noise.
enum Ranking {
    /// Integer keys that are equal exactly for values equal to 1e-9 of the largest magnitude.
    ///
    /// - Complexity: O(n).
    static func keys(_ values: [Double]) -> [Int64] {
        var keys = [Int64](repeating: 0, count: values.count)
        fillKeys(values, into: &keys)
        return keys
    }

    /// Writes the keys of ``keys(_:)`` into an existing array of the same length (no allocation).
    static func fillKeys(_ values: [Double], into keys: inout [Int64]) {
        var reference = 0.0
        for v in values where abs(v) > reference { reference = abs(v) }
        guard reference > 0, reference.isFinite else {
            for k in keys.indices { keys[k] = 0 }
            return
        }
        let factor = 1e9 / reference
        for k in values.indices { keys[k] = Int64((values[k] * factor).rounded()) }
    }

    /// The node indices from first to last: the highest value first, ties by ``InteractionMatrix/idOrder``.
    ///
    /// - Complexity: O(n log n).
    static func order(_ values: [Double], idOrder: [Int]) -> [Int] {
        let k = keys(values)
        return values.indices.sorted { k[$0] != k[$1] ? k[$0] > k[$1] : idOrder[$0] < idOrder[$1] }
    }

    /// The 1-based rank of each node in an order.
    ///
    /// - Complexity: O(n).
    static func ranks(of order: [Int]) -> [Int] {
        var ranks = [Int](repeating: 0, count: order.count)
        for (position, node) in order.enumerated() { ranks[node] = position + 1 }
        return ranks
    }
}
