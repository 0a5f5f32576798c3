import Foundation

/// A policy network flattened into the rows every export writes: one ``ExportNode`` per node and
/// one ``ExportEdge`` per edge, in network order, with the attributes other tools read.
///
/// GraphML, GEXF, node-link JSON and the CSV edge list are all written from this one value, so
/// the four formats carry the same attributes with the same values. Attributes that do not apply
/// to a node or edge (a budget on a goal, a score on an ownership) are absent, not zero.
///
/// ```swift
/// let graph = ExportGraph(network, provenance: provenance)
/// graph.nodes.count == network.nodes.count   // true
/// ```
public struct ExportGraph: Sendable, Hashable, Codable {
    /// The model's name.
    public let name: String
    /// The language of the labels.
    public let language: Language
    /// The score scale.
    public let scale: ScoreScale
    /// Where the network comes from: tool and catalogue version, input hash, inputs.
    public let provenance: Provenance
    /// One row per node, in node-index order.
    public let nodes: [ExportNode]
    /// One row per edge, in the network's edge order (kind, source, target, subject).
    public let edges: [ExportEdge]

    /// Flattens a network for export.
    ///
    /// Negative scores are kept as they are in `score`; `sign` is −1 for them and `weight` their
    /// magnitude (see ``ExportEdge/weight``).
    ///
    /// - Parameters:
    ///   - network: the network to export.
    ///   - provenance: the provenance written into the export (graph-level data, metadata or
    ///     `provenance.json`).
    /// - Complexity: O(n + m) for n nodes and m edges.
    public init(_ network: PolicyNetwork, provenance: Provenance) {
        self.name = network.name
        self.language = network.language
        self.scale = network.scale
        self.provenance = provenance
        self.nodes = network.nodes.indices.map { ExportNode(network, index: $0) }
        self.edges = network.edges.enumerated().map { ExportEdge(network, edge: $0.element, position: $0.offset) }
    }
}

/// One node as exported.
public struct ExportNode: Sendable, Hashable, Codable {
    /// The node's id (`SDG11`, `11.6`, or the declared id).
    public let id: String
    /// What the node is.
    public let kind: NodeKind
    /// Its label in the model's language.
    public let label: String
    /// For goals and targets: the goal number.
    public let goal: Int?
    /// `#RRGGBB`: the official goal colour for goals and targets, the kind's colour otherwise
    /// (see ``ExportPalette``).
    public let colour: String
    /// For actions: the id of their domain.
    public let domain: String?
    /// For actions: the budget in euro, when given.
    public let budget: Double?
    /// For stakeholders: their kind.
    public let stakeholderKind: StakeholderKind?
    /// For groups: the UNDP factors that put them at risk of being left behind, in declared order.
    public let factors: [UNDPFactor]
    /// For actions: their place in the plan's tree (policy objective, action plan).
    public let plan: [String]

    /// Flattens node `index` of `network`.
    ///
    /// - Complexity: O(1).
    init(_ network: PolicyNetwork, index: Int) {
        let node = network.nodes[index]
        self.id = node.id
        self.kind = node.kind
        self.label = node.label
        let goal = network.goalNumber(of: index)
        self.goal = goal
        self.colour = ExportPalette.colour(kind: node.kind, goal: goal)
        self.domain = node.kind == .action ? node.domain : nil
        self.budget = node.budget.flatMap { $0.isFinite ? $0 : nil }
        self.stakeholderKind = node.stakeholderKind
        self.factors = node.factors
        self.plan = node.plan
    }
}

/// One edge as exported.
public struct ExportEdge: Sendable, Hashable, Codable {
    /// `e<position>`: the edge's position in the network's edge order; the edge id in GraphML and
    /// GEXF, the multigraph `key` in node-link JSON, the `id` column of `edges.csv`.
    public let id: String
    /// The id of the node the edge leaves.
    public let from: String
    /// The id of the node the edge enters.
    public let to: String
    /// What the edge means.
    public let kind: EdgeKind
    /// The score, for interactions, contributions and group effects (negative for trade-offs and
    /// burdens); `nil` for the other kinds.
    public let score: Double?
    /// +1, −1 or 0: the sign of the score; `nil` for unscored kinds.
    public let sign: Int?
    /// Where the effect lands, for scored edges.
    public let scope: Scope?
    /// The confidence the file gives, for scored edges; `nil` when not given (analyses assume medium).
    public let confidence: Confidence?
    /// Whether the score was assumed rather than given, for scored edges.
    public let assumed: Bool?
    /// For a mitigation: the id of the group or target whose burden is offset.
    public let subject: String?
    /// A positive weight for layouts: |score| for a nonzero score, 1 for a score of 0 and for
    /// unscored edges (Gephi drops edges of weight 0). Analyse with ``score`` and ``sign`` instead.
    public let weight: Double

    /// Flattens one edge.
    ///
    /// - Complexity: O(1).
    init(_ network: PolicyNetwork, edge: Edge, position: Int) {
        self.id = "e\(position)"
        self.from = network.nodes[edge.from].id
        self.to = network.nodes[edge.to].id
        self.kind = edge.kind
        let score = edge.kind.isScored ? edge.score.flatMap { $0.isFinite ? $0 : nil } : nil
        self.score = score
        self.sign = score.map { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }
        self.scope = score == nil ? nil : edge.annotation.scope
        self.confidence = score == nil ? nil : edge.annotation.confidence
        self.assumed = score == nil ? nil : edge.annotation.assumed
        self.subject = edge.subject.map { network.nodes[$0].id }
        if let score, score != 0 { self.weight = abs(score) } else { self.weight = 1 }
    }
}
