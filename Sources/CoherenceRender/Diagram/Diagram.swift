/// What to draw: a complete, self-contained picture description in plain Swift values.
///
/// A `Diagram` knows nothing of Graphviz; ``Renderer`` turns it into SVG, PNG, PDF, DOT or
/// Graphviz JSON. Nodes, edges and clusters are drawn in the order given here, so the same
/// `Diagram` always gives the same SVG, DOT and JSON.
///
/// ```swift
/// var diagram = Diagram(name: "spillovers", title: "Spillovers", altText: "Two domains …")
/// diagram.nodes = [DiagramNode(id: "mobility"), DiagramNode(id: "welfare")]
/// diagram.edges = [DiagramEdge(from: "mobility", to: "welfare", style: Palette.edgeStyle(forScore: -2))]
/// diagram.legend = Legend(entries: Palette.signLegendEntries())
/// let svg = try Renderer().render(diagram, format: .svg)
/// ```
public struct Diagram: Sendable, Hashable {
    /// The id of the node that draws the legend; no diagram node may use it.
    public static let legendNodeID = "_legend"

    /// The graph's name (Graphviz always gets a name; it is the SVG `<title>` and JSON `name`).
    /// Not empty, no control characters or backslashes.
    public var name: String
    /// Drawn large at the top.
    public var title: String?
    /// Drawn under the title, smaller and grey.
    public var subtitle: String?
    /// The key to colours and line styles, if any.
    public var legend: Legend?
    /// A text alternative describing what the diagram shows, for readers who cannot see it
    /// (reports put it next to the image; ``RenderedDiagram/inlineSVG`` puts it in `aria-label`).
    public var altText: String
    /// Graph-wide attributes.
    public var graphStyle: GraphStyle
    /// Defaults for every node.
    public var nodeStyle: NodeStyle
    /// Defaults for every edge.
    public var edgeStyle: EdgeStyle
    /// Nodes, in drawing order.
    public var nodes: [DiagramNode]
    /// Edges, in drawing order; both ends must be nodes of the diagram.
    public var edges: [DiagramEdge]
    /// Top-level clusters.
    public var clusters: [DiagramCluster]

    /// Creates a diagram.
    /// - Parameters:
    ///   - name: Graph name (see ``name``).
    ///   - title: Title drawn at the top.
    ///   - subtitle: Smaller line under the title.
    ///   - altText: Text alternative.
    ///   - legend: Key to the encodings.
    ///   - graphStyle: Graph-wide attributes.
    ///   - nodeStyle: Node defaults.
    ///   - edgeStyle: Edge defaults.
    ///   - nodes: Nodes in order.
    ///   - edges: Edges in order.
    ///   - clusters: Top-level clusters.
    public init(
        name: String, title: String? = nil, subtitle: String? = nil, altText: String = "", legend: Legend? = nil,
        graphStyle: GraphStyle = GraphStyle(), nodeStyle: NodeStyle = NodeStyle(), edgeStyle: EdgeStyle = EdgeStyle(),
        nodes: [DiagramNode] = [], edges: [DiagramEdge] = [], clusters: [DiagramCluster] = []
    ) {
        self.name = name
        self.title = title
        self.subtitle = subtitle
        self.altText = altText
        self.legend = legend
        self.graphStyle = graphStyle
        self.nodeStyle = nodeStyle
        self.edgeStyle = edgeStyle
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
    }
}
