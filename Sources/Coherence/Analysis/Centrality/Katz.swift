/// The result of Katz centrality.
struct KatzResult: Sendable {
    var scores: [Double]
    var iterations: Int
    var converged: Bool
}

enum Katz {
    /// Katz centrality by power iteration, as networkx's `katz_centrality` computes it (β = 1, normalised).
    ///
    /// x_j ← α · Σ_i x_i · w_ij + β from x = 0 (a node gains from the arcs that enter it); stops when
    /// the L1 change is below `n · tolerance`; then divides by the Euclidean norm of x.
    ///
    /// - Precondition: α · λmax < 1 (otherwise the series diverges).
    /// - Complexity: O(iterations · (n + m)).
    static func compute(_ graph: WeightedGraph, alpha: Double, beta: Double = 1, tolerance: Double,
                        maxIterations: Int) -> KatzResult {
        let n = graph.count
        guard n > 0 else { return KatzResult(scores: [], iterations: 0, converged: true) }
        var x = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        var iterations = 0
        var converged = false
        while iterations < maxIterations {
            iterations += 1
            for j in 0..<n { next[j] = 0 }
            for i in 0..<n where x[i] != 0 {
                for a in graph.arcs(i) { next[graph.targets[a]] += x[i] * graph.weights[a] }
            }
            var error = 0.0
            for j in 0..<n {
                let v = alpha * next[j] + beta
                error += abs(v - x[j])
                next[j] = v
            }
            swap(&x, &next)
            if error < Double(n) * tolerance {
                converged = true
                break
            }
        }
        var norm = 0.0
        for v in x { norm += v * v }
        norm = norm.squareRoot()
        if norm > 0 { x = x.map { $0 / norm } }
        return KatzResult(scores: x, iterations: iterations, converged: converged)
    }
}
