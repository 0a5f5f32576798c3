/// Clusters of mutually reinforcing goals, targets or objectives: Louvain on the undirected
/// positive layer, weight (a⁺_ij + a⁺_ji)/2, with an explicit seed (DESIGN §4.2).
///
/// Negative scores are left out: a trade-off does not pull two targets into one cluster (nor push
/// them apart — the method has no repulsion). Nodes without a positive link are clusters of one.
/// The same seed gives the same clusters on every machine (``SplitMix64``).
///
/// - Parameters:
///   - network: the network.
///   - options: seed, resolution, threshold.
/// - Returns: the clusters, largest first, with their modularity.
/// - Complexity: near-linear in n + m per level in practice.
public func communities(in network: PolicyNetwork, options: CommunityOptions = .init()) -> CommunityReport {
    communities(of: InteractionMatrix(network), options: options)
}

/// Clusters of an interaction matrix; see ``communities(in:options:)``.
public func communities(of matrix: InteractionMatrix, options: CommunityOptions = .init()) -> CommunityReport {
    let graph = UndirectedGraph(positiveLayerOf: matrix)
    var generator = SplitMix64(seed: options.seed)
    let (raw, levels) = Louvain.partition(graph, resolution: options.resolution, threshold: options.threshold,
                                          generator: &generator)
    let n = matrix.count
    var groups: [Int: [Int]] = [:]
    for v in 0..<n { groups[raw[v], default: []].append(v) }
    let firstByID: (Int, Int) -> Bool = { matrix.idOrder[$0] < matrix.idOrder[$1] }
    let ordered = groups.values.map { $0.sorted(by: firstByID) }.sorted {
        $0.count != $1.count ? $0.count > $1.count : firstByID($0[0], $1[0])
    }
    var number = [Int](repeating: 0, count: n)
    for (k, members) in ordered.enumerated() { for v in members { number[v] = k } }
    let degrees = graph.degrees
    var inside = [Double](repeating: 0, count: n)
    var clusterInside = [Double](repeating: 0, count: ordered.count)
    var clusterOutside = [Double](repeating: 0, count: ordered.count)
    for v in 0..<n {
        for a in graph.offsets[v]..<graph.offsets[v + 1] {
            if number[graph.neighbours[a]] == number[v] {
                inside[v] += graph.weights[a]
                clusterInside[number[v]] += graph.weights[a] / 2
            } else {
                clusterOutside[number[v]] += graph.weights[a]
            }
        }
    }
    var clusters: [Cluster] = []
    var clusterOf: [String: Int] = [:]
    for (k, members) in ordered.enumerated() {
        let sorted = members.sorted { inside[$0] != inside[$1] ? inside[$0] > inside[$1] : firstByID($0, $1) }
        clusters.append(Cluster(
            number: k + 1,
            members: sorted.map {
                ClusterMember(id: matrix.ids[$0], label: matrix.labels[$0], kind: matrix.kinds[$0],
                              internalStrength: inside[$0], strength: degrees[$0])
            },
            internalWeight: clusterInside[k], externalWeight: clusterOutside[k]))
        for v in members { clusterOf[matrix.ids[v]] = k + 1 }
    }
    return CommunityReport(
        layer: .positive, negativeScores: InteractionLayer.positive.negativeScores,
        weight: "(a⁺_ij + a⁺_ji) / 2 on the undirected positive layer",
        method: "Louvain (Blondel et al. 2008), node order shuffled with SplitMix64 from the seed",
        seed: options.seed, resolution: options.resolution,
        modularity: graph.modularity(of: number, resolution: options.resolution),
        levels: levels, clusters: clusters, clusterOf: clusterOf)
}
