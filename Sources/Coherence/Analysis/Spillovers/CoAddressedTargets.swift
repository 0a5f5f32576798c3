/// Two goals, targets or objectives that the same actions address (the JRC KnowSDGs co-mapping
/// idea): where domains already work on the same things.
///
/// These links are **not causal**: they say nothing about whether progress on one helps the
/// other, and the spillover analysis never uses them as interaction scores in paths.
public struct CoAddressedTargets: Sendable, Hashable, Codable {
    /// The first node's id (the lower index: catalogue order, then objectives).
    public var first: String
    /// Its label.
    public var firstLabel: String
    /// The second node's id.
    public var second: String
    /// Its label.
    public var secondLabel: String
    /// How many actions address both.
    public var actions: Int
    /// Those actions, in model order (empty when only aggregates were asked for).
    public var actionIDs: [String]
    /// actions / |actions addressing either| (the Jaccard share).
    public var jaccard: Double
    /// The domains that own the first node.
    public var firstOwners: [String]
    /// The domains that own the second node.
    public var secondOwners: [String]
    /// Whether the two nodes have different owners (a meeting point of domains).
    public var crossesDomains: Bool

    /// Finds every pair addressed by at least `minimum` common actions.
    ///
    /// An action addresses a node when it contributes to it with a score ≠ 0, of either sign (a
    /// trade-off addresses a target too); a goal tag next to targets of the same goal counts once,
    /// through the targets.
    ///
    /// - Parameters:
    ///   - network: the plan.
    ///   - minimum: the fewest common actions for a pair to be listed (at least 1).
    ///   - listActions: whether to list the common actions (off for aggregates only).
    ///   - language: the language of the labels.
    /// - Returns: the pairs, most common actions first, then by Jaccard share, then by ids.
    /// - Complexity: O(Σ kᵢ²) for kᵢ contributions of action i, plus sorting the pairs.
    public static func find(in network: PolicyNetwork, minimum: Int = 1, listActions: Bool = true,
                            language: Language? = nil) -> [CoAddressedTargets] {
        let language = language ?? network.language
        let n = network.nodes.count
        var addressedBy = [Int](repeating: 0, count: n)
        var together: [Int: Int] = [:]
        var common: [Int: [Int]] = [:]
        for action in network.indices(of: .action) {
            let nodes = Array(Set(network.effectiveContributions(of: action).filter { ($0.score ?? 0) != 0 }.map(\.to))).sorted()
            for node in nodes { addressedBy[node] += 1 }
            guard nodes.count > 1 else { continue }
            for i in 0..<(nodes.count - 1) {
                for j in (i + 1)..<nodes.count {
                    let key = nodes[i] * n + nodes[j]
                    together[key, default: 0] += 1
                    if listActions { common[key, default: []].append(action) }
                }
            }
        }
        var ownersCache: [Int: [String]] = [:]
        func owners(_ node: Int) -> [String] {
            if let known = ownersCache[node] { return known }
            let list = network.owners(of: node).map { network.nodes[$0].id }
            ownersCache[node] = list
            return list
        }
        var result: [CoAddressedTargets] = []
        for (key, count) in together where count >= max(1, minimum) {
            let (a, b) = (key / n, key % n)
            let union = addressedBy[a] + addressedBy[b] - count
            let firstOwners = owners(a), secondOwners = owners(b)
            result.append(CoAddressedTargets(
                first: network.nodes[a].id, firstLabel: SpilloverText.label(of: a, in: network, language: language),
                second: network.nodes[b].id, secondLabel: SpilloverText.label(of: b, in: network, language: language),
                actions: count, actionIDs: (common[key] ?? []).map { network.nodes[$0].id },
                jaccard: Double(count) / Double(union), firstOwners: firstOwners, secondOwners: secondOwners,
                crossesDomains: Set(firstOwners) != Set(secondOwners)))
        }
        let order = Dictionary(uniqueKeysWithValues: network.nodes.enumerated().map { ($1.id, $0) })
        result.sort { x, y in
            if x.actions != y.actions { return x.actions > y.actions }
            if x.jaccard != y.jaccard { return x.jaccard > y.jaccard }
            if x.first != y.first { return order[x.first]! < order[y.first]! }
            return order[x.second]! < order[y.second]!
        }
        return result
    }
}
