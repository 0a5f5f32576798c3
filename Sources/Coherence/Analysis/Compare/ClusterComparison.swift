/// A cluster of mutually reinforcing targets in one version matched with one in the other, or a
/// cluster that formed or dissolved.
public struct ClusterMatch: Sendable, Hashable, Codable {
    /// The cluster's number before (`nil`: it formed).
    public var before: Int?
    /// The cluster's number after (`nil`: it dissolved).
    public var after: Int?
    /// |before ∩ after| / |before ∪ after| of the members (0 for a cluster without a match).
    public var jaccard: Double
    /// Members in both.
    public var kept: [String]
    /// Members that joined (in the later cluster only).
    public var joined: [String]
    /// Members that left (in the earlier cluster only).
    public var left: [String]
    /// What changed and why, in one sentence.
    public var explanation: LocalizedText
    /// The interaction cells between its members that changed.
    public var causes: [ComparisonCause]
}

/// The clusters of two versions matched with each other.
///
/// Clusters are matched greedily by their Jaccard overlap: of all pairs of an earlier and a later
/// cluster that share at least one member, the pair with the largest overlap is matched first
/// (ties: the smaller earlier, then the smaller later cluster number), both leave the pool, and so
/// on. Clusters of one node (targets without any positive link) are not clusters here. Louvain
/// depends on its seed; both versions use the same one.
public struct ClusterComparison: Sendable, Hashable, Codable {
    /// The seed both versions were clustered with.
    public var seed: UInt64
    /// Clusters (of two or more) before.
    public var clustersBefore: Int
    /// Clusters (of two or more) after.
    public var clustersAfter: Int
    /// Matched clusters whose members are the same.
    public var unchanged: Int
    /// Matched clusters whose members changed, then clusters that formed, then those that dissolved.
    public var changes: [ClusterMatch]
}

extension ClusterComparison {
    /// Matches the clusters of two community reports.
    ///
    /// - Complexity: O(c² · m) for c clusters of m members.
    static func compare(_ before: CommunityReport, _ after: CommunityReport, causes: CauseFinder) -> ClusterComparison {
        let old = before.clusters.filter { $0.members.count > 1 }
        let new = after.clusters.filter { $0.members.count > 1 }
        let oldSets = old.map { Set($0.members.map(\.id)) }, newSets = new.map { Set($0.members.map(\.id)) }
        var pairs: [(i: Int, j: Int, jaccard: Double)] = []
        for i in old.indices {
            for j in new.indices {
                let common = oldSets[i].intersection(newSets[j]).count
                guard common > 0 else { continue }
                pairs.append((i, j, Double(common) / Double(oldSets[i].union(newSets[j]).count)))
            }
        }
        pairs.sort { x, y in
            if x.jaccard != y.jaccard { return x.jaccard > y.jaccard }
            if old[x.i].number != old[y.i].number { return old[x.i].number < old[y.i].number }
            return new[x.j].number < new[y.j].number
        }
        var usedOld = Set<Int>(), usedNew = Set<Int>()
        var matched: [ClusterMatch] = []
        var unchanged = 0
        func order(_ ids: Set<String>, in cluster: Cluster) -> [String] { cluster.members.map(\.id).filter(ids.contains) }
        for pair in pairs where !usedOld.contains(pair.i) && !usedNew.contains(pair.j) {
            usedOld.insert(pair.i)
            usedNew.insert(pair.j)
            let b = oldSets[pair.i], a = newSets[pair.j]
            if a == b { unchanged += 1; continue }
            var match = ClusterMatch(before: old[pair.i].number, after: new[pair.j].number, jaccard: pair.jaccard,
                                     kept: order(a.intersection(b), in: new[pair.j]), joined: order(a.subtracting(b), in: new[pair.j]),
                                     left: order(b.subtracting(a), in: old[pair.i]), explanation: LocalizedText(verbatim: ""),
                                     causes: causes.interactions(within: a.union(b)))
            match.explanation = ComparisonWording.cluster(match, labels: causes.labels)
            matched.append(match)
        }
        matched.sort { ($0.after ?? 0) < ($1.after ?? 0) }
        var rest: [ClusterMatch] = []
        for j in new.indices where !usedNew.contains(j) {
            var match = ClusterMatch(before: nil, after: new[j].number, jaccard: 0, kept: [], joined: new[j].members.map(\.id), left: [],
                                     explanation: LocalizedText(verbatim: ""), causes: causes.interactions(within: newSets[j]))
            match.explanation = ComparisonWording.cluster(match, labels: causes.labels)
            rest.append(match)
        }
        for i in old.indices where !usedOld.contains(i) {
            var match = ClusterMatch(before: old[i].number, after: nil, jaccard: 0, kept: [], joined: [], left: old[i].members.map(\.id),
                                     explanation: LocalizedText(verbatim: ""), causes: causes.interactions(within: oldSets[i]))
            match.explanation = ComparisonWording.cluster(match, labels: causes.labels)
            rest.append(match)
        }
        return ClusterComparison(seed: after.seed, clustersBefore: old.count, clustersAfter: new.count,
                                 unchanged: unchanged, changes: matched + rest)
    }
}
