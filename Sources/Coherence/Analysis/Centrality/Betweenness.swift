/// Betweenness centrality (Brandes 2001) with integer arc lengths.
enum Betweenness {
    /// The length of an arc of weight w on a scale of magnitude s: 2s/w rounded half away from zero
    /// (6, 3, 2 for weights 1, 2, 3 on the default scale), at least 1. Integers make equal paths tie exactly.
    @inlinable static func length(weight: Double, magnitude: Double) -> Int {
        max(1, Int((2 * magnitude / weight).rounded()))
    }

    /// Betweenness of every node: Σ over ordered pairs (s, t), s ≠ v ≠ t, of the share of shortest
    /// s→t paths through v, computed with Dijkstra from every source; normalised as networkx does for
    /// directed graphs, by 1/((n − 1)(n − 2)) when n > 2.
    ///
    /// - Parameters:
    ///   - graph: the graph.
    ///   - lengths: the integer length of each arc.
    /// - Complexity: O(n · m log n) time, O(n + m) memory.
    static func compute(_ graph: WeightedGraph, lengths: [Int]) -> [Double] {
        let n = graph.count
        var centrality = [Double](repeating: 0, count: n)
        guard n > 0 else { return centrality }
        var distance = [Int](repeating: -1, count: n)
        var sigma = [Double](repeating: 0, count: n)
        var delta = [Double](repeating: 0, count: n)
        var settled = [Bool](repeating: false, count: n)
        var order: [Int] = []
        order.reserveCapacity(n)
        // Predecessors in a flat CSR-like store: for each node, the arcs (by source) on shortest paths.
        var predecessorHead = [Int](repeating: -1, count: n)
        var predecessorNode: [Int] = []
        var predecessorNext: [Int] = []
        var heap = IntHeap()
        for source in 0..<n {
            for v in 0..<n {
                distance[v] = -1
                sigma[v] = 0
                delta[v] = 0
                settled[v] = false
                predecessorHead[v] = -1
            }
            predecessorNode.removeAll(keepingCapacity: true)
            predecessorNext.removeAll(keepingCapacity: true)
            order.removeAll(keepingCapacity: true)
            distance[source] = 0
            sigma[source] = 1
            heap.push(key: 0, value: source)
            while let (d, v) = heap.pop() {
                if settled[v] || d != distance[v] { continue }
                settled[v] = true
                order.append(v)
                for a in graph.arcs(v) {
                    let w = graph.targets[a]
                    let candidate = d + lengths[a]
                    if distance[w] == -1 || candidate < distance[w] {
                        distance[w] = candidate
                        sigma[w] = sigma[v]
                        predecessorHead[w] = predecessorNode.count
                        predecessorNode.append(v)
                        predecessorNext.append(-1)
                        heap.push(key: candidate, value: w)
                    } else if candidate == distance[w], !settled[w] {
                        sigma[w] += sigma[v]
                        predecessorNode.append(v)
                        predecessorNext.append(predecessorHead[w])
                        predecessorHead[w] = predecessorNode.count - 1
                    }
                }
            }
            for w in order.reversed() {
                let coefficient = (1 + delta[w]) / sigma[w]
                var p = predecessorHead[w]
                while p >= 0 {
                    let v = predecessorNode[p]
                    delta[v] += sigma[v] * coefficient
                    p = predecessorNext[p]
                }
                if w != source { centrality[w] += delta[w] }
            }
        }
        if n > 2 {
            let scale = 1 / (Double(n - 1) * Double(n - 2))
            for v in 0..<n { centrality[v] *= scale }
        }
        return centrality
    }
}

/// A binary min-heap of (key, value) pairs of integers, ordered by key then value.
struct IntHeap {
    private var keys: [Int] = []
    private var values: [Int] = []

    var isEmpty: Bool { keys.isEmpty }

    mutating func push(key: Int, value: Int) {
        keys.append(key)
        values.append(value)
        var i = keys.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard less(i, parent) else { break }
            swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> (Int, Int)? {
        guard let firstKey = keys.first, let firstValue = values.first else { return nil }
        let last = keys.count - 1
        swapAt(0, last)
        keys.removeLast()
        values.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var smallest = i
            if l < keys.count, less(l, smallest) { smallest = l }
            if r < keys.count, less(r, smallest) { smallest = r }
            if smallest == i { break }
            swapAt(i, smallest)
            i = smallest
        }
        return (firstKey, firstValue)
    }

    private func less(_ a: Int, _ b: Int) -> Bool {
        keys[a] != keys[b] ? keys[a] < keys[b] : values[a] < values[b]
    }

    private mutating func swapAt(_ a: Int, _ b: Int) {
        keys.swapAt(a, b)
        values.swapAt(a, b)
    }
}
