extension PolicyNetwork {
    /// The index of the node with this id.
    ///
    /// - Complexity: O(1).
    public func index(of id: String) -> Int? { indexByID[id] }

    /// The node with this id.
    ///
    /// - Complexity: O(1).
    public func node(_ id: String) -> Node? { indexByID[id].map { nodes[$0] } }

    /// The indices of the nodes of one kind, in index order.
    ///
    /// - Complexity: O(n).
    public func indices(of kind: NodeKind) -> [Int] {
        nodes.indices.filter { nodes[$0].kind == kind }
    }

    /// The nodes of one kind, in index order.
    public func nodes(of kind: NodeKind) -> [Node] { nodes.filter { $0.kind == kind } }

    /// The edges of one kind, ordered by source then target.
    ///
    /// - Complexity: O(1).
    public func edges(of kind: EdgeKind) -> ArraySlice<Edge> { edges[edgeRanges[kind] ?? 0..<0] }

    /// The CSR adjacency of one edge kind from source to target.
    public func outgoing(_ kind: EdgeKind) -> Adjacency { outgoingAdjacency[kind]! }

    /// The CSR adjacency of one edge kind from target to source.
    public func incoming(_ kind: EdgeKind) -> Adjacency { incomingAdjacency[kind]! }

    /// The edges of one kind that leave a node.
    ///
    /// - Complexity: O(degree).
    public func edges(_ kind: EdgeKind, from node: Int) -> [Edge] {
        let adjacency = outgoing(kind)
        return adjacency.range(of: node).map { edges[adjacency.edgeIndices[$0]] }
    }

    /// The edges of one kind that enter a node.
    ///
    /// - Complexity: O(degree).
    public func edges(_ kind: EdgeKind, to node: Int) -> [Edge] {
        let adjacency = incoming(kind)
        return adjacency.range(of: node).map { edges[adjacency.edgeIndices[$0]] }
    }

    /// The index of an action's domain.
    public func domainIndex(ofAction action: Int) -> Int? {
        nodes[action].domain.flatMap { indexByID[$0] }
    }

    /// The actions of a domain, in index order.
    public func actions(inDomain domain: Int) -> [Int] {
        let id = nodes[domain].id
        return nodes.indices.filter { nodes[$0].kind == .action && nodes[$0].domain == id }
    }

    /// The number of nodes of each kind.
    public var nodeCounts: [NodeKind: Int] {
        var counts: [NodeKind: Int] = [:]
        for node in nodes { counts[node.kind, default: 0] += 1 }
        return counts
    }

    /// The number of edges of each kind.
    public var edgeCounts: [EdgeKind: Int] {
        var counts: [EdgeKind: Int] = [:]
        for kind in EdgeKind.allCases { counts[kind] = edgeRanges[kind]?.count ?? 0 }
        return counts
    }

    /// The experts whose interaction scores the network holds, sorted.
    public var experts: [String] { Array(Set(judgements.map(\.expert))).sorted() }
}
