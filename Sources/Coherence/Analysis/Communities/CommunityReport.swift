/// The parameters of community detection.
public struct CommunityOptions: Sendable, Hashable, Codable {
    /// The seed of the generator that shuffles the node order (the result depends on it; state it).
    public var seed: UInt64
    /// The resolution γ of modularity (default 1; above 1 gives smaller clusters).
    public var resolution: Double
    /// The least modularity gain for another level (default 1e-7, as networkx).
    public var threshold: Double

    /// Creates options.
    public init(seed: UInt64 = 1, resolution: Double = 1, threshold: Double = 1e-7) {
        self.seed = seed
        self.resolution = resolution
        self.threshold = threshold
    }
}

/// A member of a cluster.
public struct ClusterMember: Sendable, Hashable, Codable {
    /// The node's id.
    public let id: String
    /// Its label.
    public let label: String
    /// Goal, target or objective.
    public let kind: NodeKind
    /// The summed weight of its links to the other members.
    public let internalStrength: Double
    /// The summed weight of all its links in the undirected positive layer.
    public let strength: Double
}

/// A cluster of mutually reinforcing goals, targets or objectives.
public struct Cluster: Sendable, Hashable, Codable {
    /// Its number: 1 for the largest, ties broken by the first member's id.
    public let number: Int
    /// The members, strongest inside the cluster first (ties by id).
    public let members: [ClusterMember]
    /// The summed weight of the links inside, each once.
    public let internalWeight: Double
    /// The summed weight of the links to other clusters.
    public let externalWeight: Double
}

/// Clusters of mutually reinforcing nodes (DESIGN §4.2).
public struct CommunityReport: Sendable, Hashable, Codable {
    /// The layer: positive, made undirected.
    public let layer: InteractionLayer
    /// How negative scores are treated.
    public let negativeScores: String
    /// The undirected weight used.
    public let weight: String
    /// The method.
    public let method: String
    /// The seed.
    public let seed: UInt64
    /// The resolution γ.
    public let resolution: Double
    /// Newman's modularity of the partition on the undirected positive layer (networkx's `modularity`).
    public let modularity: Double
    /// How many Louvain levels moved nodes.
    public let levels: Int
    /// Every cluster, largest first; nodes without any positive link are clusters of one.
    public let clusters: [Cluster]
    /// The cluster number of each node id.
    public let clusterOf: [String: Int]
}
