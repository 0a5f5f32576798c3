extension Diagram {
    /// Everything that keeps this diagram from being drawn, all at once (empty when it is fine).
    ///
    /// Checks: a usable graph name; node ids not empty, unique, free of control characters and
    /// backslashes, and not the reserved ``legendNodeID``; edge ends that are nodes of the diagram; cluster ids not
    /// empty, unique and free of control characters and backslashes; cluster members that are nodes; no node in
    /// two clusters.
    /// - Returns: One sentence per problem, in diagram order.
    /// - Complexity: O(nodes + edges + cluster members).
    public func validationProblems() -> [String] {
        var problems: [String] = []
        if let problem = Diagram.identifierProblem(name) { problems.append("diagram name: \(problem)") }
        var nodeIDs = Set<String>()
        for (index, node) in nodes.enumerated() {
            if let problem = Diagram.identifierProblem(node.id) {
                problems.append("node \(index + 1): id \(problem)")
            } else if node.id == Diagram.legendNodeID {
                problems.append("node \(index + 1): id \"\(Diagram.legendNodeID)\" is reserved for the legend")
            } else if !nodeIDs.insert(node.id).inserted {
                problems.append("node \(index + 1): id \"\(node.id)\" is used by an earlier node")
            }
        }
        for (index, edge) in edges.enumerated() {
            for (end, id) in [("from", edge.from), ("to", edge.to)] where !nodeIDs.contains(id) {
                problems.append("edge \(index + 1) (\(edge.from) → \(edge.to)): \(end) \"\(id)\" is not a node of the diagram")
            }
        }
        var clusterIDs = Set<String>()
        var owner: [String: String] = [:]
        func visit(_ cluster: DiagramCluster) {
            if let problem = Diagram.identifierProblem(cluster.id) {
                problems.append("cluster: id \(problem)")
            } else if !clusterIDs.insert(cluster.id).inserted {
                problems.append("cluster \"\(cluster.id)\": id is used by another cluster")
            }
            for member in cluster.nodeIDs {
                if !nodeIDs.contains(member) {
                    problems.append("cluster \"\(cluster.id)\": member \"\(member)\" is not a node of the diagram")
                } else if let previous = owner[member] {
                    problems.append("cluster \"\(cluster.id)\": node \"\(member)\" is already in cluster \"\(previous)\"")
                } else {
                    owner[member] = cluster.id
                }
            }
            cluster.clusters.forEach(visit)
        }
        clusters.forEach(visit)
        return problems
    }

    /// The number of nodes and edges Graphviz will lay out (the legend counts as one node).
    var layoutSize: (nodes: Int, edges: Int) {
        (nodes.count + (legend == nil ? 0 : 1), edges.count)
    }

    static func identifierProblem(_ id: String) -> String? {
        if id.isEmpty { return "is empty" }
        if id.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
            return "\(id.debugDescription) contains a control character (such as a newline or tab)"
        }
        if id.contains("\\") {
            return "\(id.debugDescription) contains a backslash, which DOT output cannot always carry; use another id"
        }
        if id.utf8.count > 1_000 { return "is longer than 1,000 bytes" }
        return nil
    }
}
