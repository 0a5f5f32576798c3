/// Compressed sparse row (CSR) adjacency of one edge kind in one direction.
///
/// `neighbours[offsets[i]..<offsets[i+1]]` are the nodes adjacent to node `i`, and
/// `edgeIndices` the positions of those edges in ``PolicyNetwork/edges``, in the same order.
public struct Adjacency: Sendable, Hashable {
    /// Row offsets, one more than the number of nodes.
    public let offsets: [Int]
    /// Adjacent node indices, row after row.
    public let neighbours: [Int]
    /// The index in the network's edge list of each adjacency entry.
    public let edgeIndices: [Int]

    /// Builds the adjacency from `(row, neighbour, edge index)` triples.
    ///
    /// - Complexity: O(n + m) for n nodes and m entries (a counting sort; stable per row).
    init(nodeCount: Int, entries: [(row: Int, neighbour: Int, edge: Int)]) {
        var counts = [Int](repeating: 0, count: nodeCount + 1)
        for entry in entries { counts[entry.row + 1] += 1 }
        for i in 0..<nodeCount { counts[i + 1] += counts[i] }
        var cursor = counts
        var neighbours = [Int](repeating: 0, count: entries.count)
        var edgeIndices = [Int](repeating: 0, count: entries.count)
        for entry in entries {
            let position = cursor[entry.row]
            neighbours[position] = entry.neighbour
            edgeIndices[position] = entry.edge
            cursor[entry.row] += 1
        }
        self.offsets = counts
        self.neighbours = neighbours
        self.edgeIndices = edgeIndices
    }

    /// The range of adjacency entries of node `i`.
    @inlinable public func range(of i: Int) -> Range<Int> { offsets[i]..<offsets[i + 1] }

    /// The number of entries of node `i`.
    @inlinable public func degree(of i: Int) -> Int { offsets[i + 1] - offsets[i] }
}
