/// A directed graph with positive weights in compressed sparse row form: one layer of an
/// interaction matrix with its zero weights dropped, for the graph algorithms.
struct WeightedGraph: Sendable {
    /// The number of nodes.
    let count: Int
    /// Row offsets (n + 1).
    let offsets: [Int]
    /// The head of each arc, ascending within a row.
    let targets: [Int]
    /// The weight of each arc (> 0).
    let weights: [Double]

    /// The layer of a matrix as a graph: arc i → j with weight `layer.value(a_ij)` when that is positive.
    ///
    /// - Complexity: O(n + m).
    init(_ matrix: InteractionMatrix, layer: InteractionLayer) {
        var offsets = [Int](repeating: 0, count: matrix.count + 1)
        var targets: [Int] = []
        var weights: [Double] = []
        for i in 0..<matrix.count {
            for e in matrix.row(i) {
                let w = layer.value(matrix.values[e])
                if w > 0 {
                    targets.append(matrix.columns[e])
                    weights.append(w)
                }
            }
            offsets[i + 1] = targets.count
        }
        self.count = matrix.count
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
    }

    init(count: Int, offsets: [Int], targets: [Int], weights: [Double]) {
        self.count = count
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
    }

    /// The arcs leaving node i.
    @inlinable func arcs(_ i: Int) -> Range<Int> { offsets[i]..<offsets[i + 1] }

    /// The graph with every arc reversed (rows ascending within each new row).
    ///
    /// - Complexity: O(n + m).
    func reversed() -> WeightedGraph {
        var offsets = [Int](repeating: 0, count: count + 1)
        for t in targets { offsets[t + 1] += 1 }
        for i in 0..<count { offsets[i + 1] += offsets[i] }
        var cursor = offsets
        var newTargets = [Int](repeating: 0, count: targets.count)
        var newWeights = [Double](repeating: 0, count: targets.count)
        for i in 0..<count {
            for a in arcs(i) {
                let t = targets[a]
                newTargets[cursor[t]] = i
                newWeights[cursor[t]] = weights[a]
                cursor[t] += 1
            }
        }
        return WeightedGraph(count: count, offsets: offsets, targets: newTargets, weights: newWeights)
    }

    /// The sum of the weights leaving each node.
    func outStrength() -> [Double] {
        (0..<count).map { i in arcs(i).reduce(0) { $0 + weights[$1] } }
    }
}
