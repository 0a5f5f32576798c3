/// The result of a PageRank power iteration.
struct PageRankResult: Sendable {
    var scores: [Double]
    var iterations: Int
    var converged: Bool
}

enum PageRank {
    /// PageRank by power iteration, exactly as networkx's `pagerank` computes it.
    ///
    /// Each node passes `damping` of its score along its arcs in proportion to their weights; a
    /// node without arcs (dangling) spreads its score uniformly over all nodes; every node also gets
    /// `(1 − damping)/n`. Starts from the uniform vector; stops when the L1 change of one step is
    /// below `n · tolerance` (networkx's rule), or after `maxIterations`.
    ///
    /// - Complexity: O(iterations · (n + m)).
    static func compute(_ graph: WeightedGraph, damping: Double, tolerance: Double, maxIterations: Int) -> PageRankResult {
        let n = graph.count
        guard n > 0 else { return PageRankResult(scores: [], iterations: 0, converged: true) }
        let strength = graph.outStrength()
        var inverse = [Double](repeating: 0, count: n)
        var dangling: [Int] = []
        for i in 0..<n {
            if strength[i] != 0 { inverse[i] = 1 / strength[i] } else { dangling.append(i) }
        }
        let uniform = 1 / Double(n)
        var x = [Double](repeating: uniform, count: n)
        var next = [Double](repeating: 0, count: n)
        var iterations = 0
        while iterations < maxIterations {
            iterations += 1
            for j in 0..<n { next[j] = 0 }
            for i in 0..<n where inverse[i] != 0 {
                let share = x[i] * inverse[i]
                for a in graph.arcs(i) { next[graph.targets[a]] += share * graph.weights[a] }
            }
            var danglingSum = 0.0
            for i in dangling { danglingSum += x[i] }
            var error = 0.0
            for j in 0..<n {
                let v = damping * (next[j] + danglingSum * uniform) + (1 - damping) * uniform
                error += abs(v - x[j])
                next[j] = v
            }
            swap(&x, &next)
            if error < Double(n) * tolerance {
                return PageRankResult(scores: x, iterations: iterations, converged: true)
            }
        }
        return PageRankResult(scores: x, iterations: iterations, converged: false)
    }
}
