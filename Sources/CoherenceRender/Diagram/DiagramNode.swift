/// A node to draw.
public struct DiagramNode: Sendable, Hashable, Identifiable {
    /// The node's id: unique in the diagram, not empty, no control characters or backslashes. It is the
    /// Graphviz node name, so it appears as the `<title>` of the node in SVG and as `name` in JSON.
    public var id: String
    /// The text drawn in the node; `nil` draws the id.
    public var label: DiagramLabel?
    /// Attributes that differ from the diagram's defaults.
    public var style: NodeStyle
    /// Text shown when hovering over the node in SVG (drawn literally).
    public var tooltip: String?
    /// A fixed position for neato (see ``NodePosition``; ignored by dot, sfdp, circo, twopi).
    public var position: NodePosition?

    /// Creates a node.
    /// - Parameters:
    ///   - id: Unique id (see ``id``).
    ///   - label: Text to draw; `nil` draws the id.
    ///   - style: Attributes that differ from the diagram's defaults.
    ///   - tooltip: Hover text in SVG.
    ///   - position: Fixed position for neato.
    public init(
        id: String, label: DiagramLabel? = nil, style: NodeStyle = NodeStyle(), tooltip: String? = nil,
        position: NodePosition? = nil
    ) {
        self.id = id
        self.label = label
        self.style = style
        self.tooltip = tooltip
        self.position = position
    }
}

/// A node position in points (1/72 inch), for the neato engine.
///
/// neato keeps pinned nodes exactly where they are when overlaps are allowed
/// (``OverlapRemoval/allow``); overlap removal may still spread the layout. fdp honours positions
/// only for nodes outside clusters; dot, sfdp, circo and twopi ignore them.
public struct NodePosition: Sendable, Hashable {
    /// Horizontal position, growing to the right.
    public var x: Coordinate
    /// Vertical position, growing upwards.
    public var y: Coordinate
    /// Whether the node stays exactly here (`true`) or only starts here (`false`).
    public var pinned: Bool

    /// Creates a position.
    /// - Parameters:
    ///   - x: Horizontal position in points.
    ///   - y: Vertical position in points.
    ///   - pinned: Keep the node exactly here (default `true`).
    public init(x: Coordinate, y: Coordinate, pinned: Bool = true) {
        self.x = x
        self.y = y
        self.pinned = pinned
    }
}

/// A directed edge to draw.
public struct DiagramEdge: Sendable, Hashable {
    /// The id of the node the edge starts at.
    public var from: String
    /// The id of the node the edge points to.
    public var to: String
    /// Text drawn beside the edge.
    public var label: DiagramLabel?
    /// Attributes that differ from the diagram's defaults.
    public var style: EdgeStyle
    /// Text shown when hovering over the edge in SVG (drawn literally).
    public var tooltip: String?

    /// Creates an edge.
    /// - Parameters:
    ///   - from: Source node id.
    ///   - to: Target node id.
    ///   - label: Text beside the edge.
    ///   - style: Attributes that differ from the diagram's defaults.
    ///   - tooltip: Hover text in SVG.
    public init(from: String, to: String, label: DiagramLabel? = nil, style: EdgeStyle = EdgeStyle(), tooltip: String? = nil) {
        self.from = from
        self.to = to
        self.label = label
        self.style = style
        self.tooltip = tooltip
    }
}

/// A framed group of nodes (a Graphviz cluster), possibly holding nested clusters.
///
/// The dot and fdp engines draw clusters; neato, sfdp, circo and twopi ignore them.
public struct DiagramCluster: Sendable, Hashable, Identifiable {
    /// Unique among all clusters of the diagram, not empty, no control characters or backslashes.
    public var id: String
    /// The cluster's title, drawn at its top.
    public var label: DiagramLabel?
    /// Ids of the nodes directly in this cluster. A node belongs to at most one cluster.
    public var nodeIDs: [String]
    /// Clusters nested inside this one.
    public var clusters: [DiagramCluster]
    /// Attributes of the frame and title.
    public var style: ClusterStyle

    /// Creates a cluster.
    /// - Parameters:
    ///   - id: Unique cluster id.
    ///   - label: Title.
    ///   - nodeIDs: Nodes directly in the cluster.
    ///   - clusters: Nested clusters.
    ///   - style: Frame attributes.
    public init(
        id: String, label: DiagramLabel? = nil, nodeIDs: [String], clusters: [DiagramCluster] = [],
        style: ClusterStyle = ClusterStyle()
    ) {
        self.id = id
        self.label = label
        self.nodeIDs = nodeIDs
        self.clusters = clusters
        self.style = style
    }
}
