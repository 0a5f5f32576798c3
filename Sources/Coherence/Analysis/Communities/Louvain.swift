/// The Louvain method (Blondel et al. 2008), structured as networkx's `louvain_partitions`.
enum Louvain {
    /// The final partition of the graph's nodes (community numbers 0..<k, not yet ordered) and the
    /// number of levels run.
    ///
    /// Each level visits the nodes in an order shuffled once by the generator, and moves each node to
    /// the neighbouring community with the largest modularity gain (strictly positive, first found on
    /// ties) until a full pass moves nothing; then communities become nodes. It stops when a level moves
    /// nothing or raises modularity by at most `threshold`.
    ///
    /// - Complexity: O(L · P · m) for L levels of P passes over m edges; near-linear in practice.
    static func partition(_ graph: UndirectedGraph, resolution: Double, threshold: Double,
                          generator: inout SplitMix64) -> (community: [Int], levels: Int) {
        let n = graph.count
        var assignment = Array(0..<n)    // original node → node of the current level
        let m = graph.totalWeight
        guard m > 0 else { return (assignment, 0) }
        var level = graph
        var modularity = graph.modularity(of: Array(0..<n), resolution: resolution)
        var levels = 0
        while true {
            let (community, moved) = oneLevel(level, m: m, resolution: resolution, generator: &generator)
            guard moved else { break }
            levels += 1
            // Renumber communities 0..<k in order of their label.
            var number = [Int](repeating: -1, count: level.count)
            var k = 0
            for c in community.sorted() where number[c] == -1 {
                number[c] = k
                k += 1
            }
            let compact = community.map { number[$0] }
            for v in 0..<n { assignment[v] = compact[assignment[v]] }
            let newModularity = level.modularity(of: compact, resolution: resolution)
            level = level.aggregated(by: compact, communityCount: k)
            if newModularity - modularity <= threshold { break }
            modularity = newModularity
        }
        return (assignment, levels)
    }

    /// One level of local moves; returns each node's community label (a node index) and whether anything moved.
    static func oneLevel(_ graph: UndirectedGraph, m: Double, resolution: Double,
                         generator: inout SplitMix64) -> (community: [Int], moved: Bool) {
        let n = graph.count
        let degrees = graph.degrees
        var community = Array(0..<n)
        var total = degrees
        var order = Array(0..<n)
        generator.shuffle(&order)
        var weightTo = [Double](repeating: 0, count: n)
        var seen = [Bool](repeating: false, count: n)
        var touched: [Int] = []
        var improvement = false
        while true {
            var moves = 0
            for u in order {
                let current = community[u]
                for a in graph.offsets[u]..<graph.offsets[u + 1] {
                    let c = community[graph.neighbours[a]]
                    if !seen[c] {
                        seen[c] = true
                        touched.append(c)
                    }
                    weightTo[c] += graph.weights[a]
                }
                let degree = degrees[u]
                total[current] -= degree
                let removeCost = -weightTo[current] / m + resolution * (total[current] * degree) / (2 * m * m)
                var bestGain = 0.0
                var best = current
                for c in touched {
                    let gain = removeCost + weightTo[c] / m - resolution * (total[c] * degree) / (2 * m * m)
                    if gain > bestGain {
                        bestGain = gain
                        best = c
                    }
                }
                total[best] += degree
                if best != current {
                    community[u] = best
                    moves += 1
                    improvement = true
                }
                for c in touched {
                    weightTo[c] = 0
                    seen[c] = false
                }
                touched.removeAll(keepingCapacity: true)
            }
            if moves == 0 { break }
        }
        return (community, improvement)
    }
}
