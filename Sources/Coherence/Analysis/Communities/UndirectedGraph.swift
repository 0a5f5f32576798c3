/// An undirected weighted graph with self-loops, as Louvain's levels need it.
///
/// Conventions follow networkx: a self-loop of weight w adds 2w to its node's degree; m is the
/// total weight with each edge (and self-loop) counted once.
struct UndirectedGraph: Sendable {
    /// The number of nodes.
    let count: Int
    /// Row offsets (n + 1) of the neighbour lists (both directions stored; no self-loops here).
    let offsets: [Int]
    /// Neighbours, ascending within a row.
    let neighbours: [Int]
    /// The weight of each neighbour entry.
    let weights: [Double]
    /// Self-loop weight per node (counted once).
    let selfLoops: [Double]

    /// Weighted degrees: Σ neighbour weights + 2 · self-loop.
    var degrees: [Double] {
        (0..<count).map { i in (offsets[i]..<offsets[i + 1]).reduce(2 * selfLoops[i]) { $0 + weights[$1] } }
    }

    /// m: the total weight, each edge once.
    var totalWeight: Double { degrees.reduce(0, +) / 2 }

    /// The undirected positive layer of a matrix: w_ij = (a⁺_ij + a⁺_ji)/2, kept when positive.
    ///
    /// - Complexity: O(n + m).
    init(positiveLayerOf matrix: InteractionMatrix) {
        let n = matrix.count
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbours: [Int] = []
        var weights: [Double] = []
        var accumulated = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        for i in 0..<n {
            for e in matrix.row(i) where matrix.values[e] > 0 {
                let j = matrix.columns[e]
                if accumulated[j] == 0 { touched.append(j) }
                accumulated[j] += matrix.values[e] / 2
            }
            for t in matrix.column(i) {
                let e = matrix.entriesByColumn[t]
                guard matrix.values[e] > 0 else { continue }
                let j = matrix.rowsByColumn[t]
                if accumulated[j] == 0 { touched.append(j) }
                accumulated[j] += matrix.values[e] / 2
            }
            touched.sort()
            for j in touched where j != i {
                neighbours.append(j)
                weights.append(accumulated[j])
            }
            for j in touched { accumulated[j] = 0 }
            touched.removeAll(keepingCapacity: true)
            offsets[i + 1] = neighbours.count
        }
        self.init(count: n, offsets: offsets, neighbours: neighbours, weights: weights,
                  selfLoops: [Double](repeating: 0, count: n))
    }

    init(count: Int, offsets: [Int], neighbours: [Int], weights: [Double], selfLoops: [Double]) {
        self.count = count
        self.offsets = offsets
        self.neighbours = neighbours
        self.weights = weights
        self.selfLoops = selfLoops
    }

    /// The graph of communities: one node per community (numbered 0..<k), edge weights summed,
    /// weight inside a community becoming its self-loop.
    ///
    /// - Complexity: O(n + m).
    func aggregated(by community: [Int], communityCount k: Int) -> UndirectedGraph {
        var selfLoops = [Double](repeating: 0, count: k)
        var members = [[Int]](repeating: [], count: k)
        for v in 0..<count {
            members[community[v]].append(v)
            selfLoops[community[v]] += self.selfLoops[v]
        }
        var offsets = [Int](repeating: 0, count: k + 1)
        var neighbours: [Int] = []
        var weights: [Double] = []
        var accumulated = [Double](repeating: 0, count: k)
        var seen = [Bool](repeating: false, count: k)
        var touched: [Int] = []
        for c in 0..<k {
            for v in members[c] {
                for a in self.offsets[v]..<self.offsets[v + 1] {
                    let d = community[self.neighbours[a]]
                    if d == c {
                        selfLoops[c] += self.weights[a] / 2   // each inside edge is seen from both ends
                        continue
                    }
                    if !seen[d] {
                        seen[d] = true
                        touched.append(d)
                    }
                    accumulated[d] += self.weights[a]
                }
            }
            touched.sort()
            for d in touched {
                neighbours.append(d)
                weights.append(accumulated[d])
                accumulated[d] = 0
                seen[d] = false
            }
            touched.removeAll(keepingCapacity: true)
            offsets[c + 1] = neighbours.count
        }
        return UndirectedGraph(count: k, offsets: offsets, neighbours: neighbours, weights: weights, selfLoops: selfLoops)
    }

    /// Modularity of a partition (networkx's definition): Σ_c [L_c/m − γ (d_c / 2m)²], L_c the weight
    /// inside community c (each edge once), d_c the sum of its degrees; 0 when the graph has no weight.
    ///
    /// - Complexity: O(n + m).
    func modularity(of community: [Int], resolution: Double) -> Double {
        let m = totalWeight
        guard m > 0 else { return 0 }
        let k = (community.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: k)
        var degree = [Double](repeating: 0, count: k)
        let degrees = self.degrees
        for v in 0..<count {
            let c = community[v]
            degree[c] += degrees[v]
            inside[c] += selfLoops[v]
            for a in offsets[v]..<offsets[v + 1] where community[neighbours[a]] == c { inside[c] += weights[a] / 2 }
        }
        var q = 0.0
        for c in 0..<k { q += inside[c] / m - resolution * (degree[c] / (2 * m)) * (degree[c] / (2 * m)) }
        return q
    }
}
