/// The spectral radius λmax of a non-negative weighted graph, which bounds Katz's α.
enum SpectralRadius {
    /// The strongly connected component of each node (Tarjan's algorithm, iterative).
    ///
    /// - Returns: a component number per node and the number of components.
    /// - Complexity: O(n + m).
    static func components(_ graph: WeightedGraph) -> (component: [Int], count: Int) {
        let n = graph.count
        var index = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var component = [Int](repeating: -1, count: n)
        var stack: [Int] = []
        var calls: [(node: Int, arc: Int)] = []
        var counter = 0
        var count = 0
        func visit(_ v: Int) {
            index[v] = counter
            low[v] = counter
            counter += 1
            stack.append(v)
            onStack[v] = true
            calls.append((v, graph.offsets[v]))
        }
        for root in 0..<n where index[root] == -1 {
            visit(root)
            while let (v, a) = calls.last {
                if a < graph.offsets[v + 1] {
                    calls[calls.count - 1].arc += 1
                    let w = graph.targets[a]
                    if index[w] == -1 {
                        visit(w)
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                } else {
                    calls.removeLast()
                    if let parent = calls.last { low[parent.node] = min(low[parent.node], low[v]) }
                    if low[v] == index[v] {
                        while let w = stack.popLast() {
                            onStack[w] = false
                            component[w] = count
                            if w == v { break }
                        }
                        count += 1
                    }
                }
            }
        }
        return (component, count)
    }

    /// λmax: the largest spectral radius over the strongly connected components (0 when the graph
    /// has no cycle), each found by power iteration on B + I with the Collatz–Wielandt bounds
    /// min (Bx)_i/x_i ≤ λ ≤ max (Bx)_i/x_i; the upper bound is returned, so α = c/λ stays safe.
    ///
    /// - Returns: the estimate and whether the graph is acyclic.
    /// - Complexity: O(iterations · (n + m)), iterations ≤ `maxIterations` per component.
    static func estimate(_ graph: WeightedGraph, relativeTolerance: Double = 1e-13,
                         maxIterations: Int = 100_000) -> (value: Double, acyclic: Bool) {
        let (component, count) = components(graph)
        var members = [[Int]](repeating: [], count: count)
        for v in 0..<graph.count { members[component[v]].append(v) }
        var radius = 0.0
        var acyclic = true
        var x = [Double](repeating: 0, count: graph.count)
        var y = [Double](repeating: 0, count: graph.count)
        for (c, nodes) in members.enumerated() {
            var internalArcs = false
            for v in nodes {
                for a in graph.arcs(v) where component[graph.targets[a]] == c { internalArcs = true }
            }
            guard internalArcs else { continue }
            acyclic = false
            for v in nodes { x[v] = 1 }
            var upper = Double.infinity
            for _ in 0..<maxIterations {
                for v in nodes { y[v] = x[v] }
                for v in nodes {
                    for a in graph.arcs(v) where component[graph.targets[a]] == c {
                        y[graph.targets[a]] += graph.weights[a] * x[v]
                    }
                }
                var high = 0.0, lowRatio = Double.infinity, largest = 0.0
                for v in nodes {
                    let r = y[v] / x[v]
                    high = max(high, r)
                    lowRatio = min(lowRatio, r)
                    largest = max(largest, y[v])
                }
                upper = min(upper, high)
                for v in nodes { x[v] = y[v] / largest }
                if upper - lowRatio <= relativeTolerance * upper { break }
            }
            radius = max(radius, upper - 1)
        }
        return (radius, acyclic)
    }
}
