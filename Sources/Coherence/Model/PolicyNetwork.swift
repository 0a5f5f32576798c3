/// A municipality's plan as one weighted, signed, directed network: goals, targets, objectives,
/// domains, actions, groups and stakeholders, and the edges between them.
///
/// A `PolicyNetwork` is an immutable value, built only through ``PolicyNetworkBuilder`` (which
/// validates) or a model reader. Nodes have dense integer indices; lookups by id are O(1); each
/// edge kind has compressed adjacency (CSR) in both directions for the analyses.
///
/// Interaction edges carry the mean score over the experts who scored the cell; the individual
/// scores are kept in ``judgements``.
public struct PolicyNetwork: Sendable {
    /// The model's name.
    public let name: String
    /// The language of its labels and of the explanations written about it.
    public let language: Language
    /// The score scale.
    public let scale: ScoreScale
    /// Every node; a node's position is its index.
    public let nodes: [Node]
    /// Every edge, ordered by kind, then source, then target.
    public let edges: [Edge]
    /// Every expert's interaction score, ordered by expert, source and target.
    public let judgements: [InteractionJudgement]
    /// Links the input says exist but does not quantify (an unscored code such as `-100` in a
    /// matrix, or `unscored: true`), sorted by expert, source and target. They are not edges: no
    /// analysis sums, averages or counts them as scored cells.
    public internal(set) var unscoredLinks: [UnscoredLink] = []
    /// Warnings found while building (problems that did not stop it); not part of equality.
    public internal(set) var warnings: [Diagnostic] = []

    let indexByID: [String: Int]
    let edgeRanges: [EdgeKind: Range<Int>]
    let outgoingAdjacency: [EdgeKind: Adjacency]
    let incomingAdjacency: [EdgeKind: Adjacency]
    /// The goal number of every node (0 for nodes that are neither a goal nor a target).
    let goalNumbers: [UInt8]

    /// Assembles a network from validated parts; only the builder calls this.
    init(name: String, language: Language, scale: ScoreScale, nodes: [Node], edges: [Edge],
         judgements: [InteractionJudgement]) {
        self.name = name
        self.language = language
        self.scale = scale
        self.nodes = nodes
        self.judgements = judgements
        var index: [String: Int] = [:]
        index.reserveCapacity(nodes.count)
        for (i, node) in nodes.enumerated() { index[node.id] = i }
        self.indexByID = index
        self.goalNumbers = nodes.map { node in
            switch node.kind {
            case .goal: UInt8(SDGCatalogue.standard.goal(id: node.id)?.number ?? 0)
            case .target: UInt8(SDGCatalogue.standard.target(node.id)?.goal ?? 0)
            default: 0
            }
        }
        let sorted = edges.sorted { a, b in
            if a.kind != b.kind { return a.kind < b.kind }
            if a.from != b.from { return a.from < b.from }
            if a.to != b.to { return a.to < b.to }
            return (a.subject ?? -1) < (b.subject ?? -1)
        }
        self.edges = sorted
        var ranges: [EdgeKind: Range<Int>] = [:]
        var outgoing: [EdgeKind: Adjacency] = [:]
        var incoming: [EdgeKind: Adjacency] = [:]
        var start = 0
        for kind in EdgeKind.allCases {
            var end = start
            while end < sorted.count, sorted[end].kind == kind { end += 1 }
            ranges[kind] = start..<end
            let slice = sorted[start..<end]
            outgoing[kind] = Adjacency(nodeCount: nodes.count,
                                       entries: slice.indices.map { (sorted[$0].from, sorted[$0].to, $0) })
            incoming[kind] = Adjacency(nodeCount: nodes.count,
                                       entries: slice.indices.map { (sorted[$0].to, sorted[$0].from, $0) })
            start = end
        }
        self.edgeRanges = ranges
        self.outgoingAdjacency = outgoing
        self.incomingAdjacency = incoming
    }
}

extension PolicyNetwork: Equatable {
    /// Two networks are equal when they hold the same name, language, scale, nodes, edges,
    /// judgements and unscored links.
    public static func == (lhs: PolicyNetwork, rhs: PolicyNetwork) -> Bool {
        lhs.name == rhs.name && lhs.language == rhs.language && lhs.scale == rhs.scale
            && lhs.nodes == rhs.nodes && lhs.edges == rhs.edges && lhs.judgements == rhs.judgements
            && lhs.unscoredLinks == rhs.unscoredLinks
    }
}
