/// Typed, allow-listed node attributes. Every property is optional: `nil` keeps the diagram's
/// default (``Diagram/nodeStyle``), which itself falls back to the report defaults
/// (rounded filled boxes, DejaVu Sans 11 pt).
///
/// There is deliberately no way to set an image, a shape file, a URL or a raw Graphviz `style`.
public struct NodeStyle: Sendable, Hashable {
    /// Outline shape.
    public var shape: NodeShape?
    /// Fill colour. When ``fontColour`` is `nil`, the text colour is chosen to contrast with it.
    public var fillColour: Colour?
    /// Outline colour.
    public var lineColour: Colour?
    /// Text colour; `nil` picks white or near-black by contrast with the fill.
    public var fontColour: Colour?
    /// Text size.
    public var fontSize: FontSize?
    /// Outline width.
    public var penWidth: PenWidth?
    /// Outline style.
    public var lineStyle: LineStyle?
    /// Whether the node is filled (default `true`).
    public var filled: Bool?
    /// Whether box corners are rounded (default `true`).
    public var rounded: Bool?
    /// Minimum width in inches.
    public var width: NodeDimension?
    /// Minimum height in inches.
    public var height: NodeDimension?
    /// Whether ``width`` and ``height`` are exact rather than minimums.
    public var fixedSize: Bool?

    /// Creates a node style; every attribute defaults to "inherit".
    public init(
        shape: NodeShape? = nil, fillColour: Colour? = nil, lineColour: Colour? = nil, fontColour: Colour? = nil,
        fontSize: FontSize? = nil, penWidth: PenWidth? = nil, lineStyle: LineStyle? = nil, filled: Bool? = nil,
        rounded: Bool? = nil, width: NodeDimension? = nil, height: NodeDimension? = nil, fixedSize: Bool? = nil
    ) {
        self.shape = shape
        self.fillColour = fillColour
        self.lineColour = lineColour
        self.fontColour = fontColour
        self.fontSize = fontSize
        self.penWidth = penWidth
        self.lineStyle = lineStyle
        self.filled = filled
        self.rounded = rounded
        self.width = width
        self.height = height
        self.fixedSize = fixedSize
    }
}

/// Typed, allow-listed edge attributes; `nil` keeps the diagram's default (``Diagram/edgeStyle``).
public struct EdgeStyle: Sendable, Hashable {
    /// Line colour (also the arrow's colour).
    public var colour: Colour?
    /// Line style.
    public var lineStyle: LineStyle?
    /// Line width.
    public var penWidth: PenWidth?
    /// Arrow head at the target.
    public var arrowHead: ArrowHead?
    /// Arrow head size.
    public var arrowSize: ArrowSize?
    /// Label text colour.
    public var fontColour: Colour?
    /// Label text size.
    public var fontSize: FontSize?
    /// dot only: how strongly the edge is kept short and straight.
    public var weight: EdgeWeight?
    /// dot only: whether the edge takes part in ranking (default `true`).
    public var constraint: Bool?

    /// Creates an edge style; every attribute defaults to "inherit".
    public init(
        colour: Colour? = nil, lineStyle: LineStyle? = nil, penWidth: PenWidth? = nil, arrowHead: ArrowHead? = nil,
        arrowSize: ArrowSize? = nil, fontColour: Colour? = nil, fontSize: FontSize? = nil, weight: EdgeWeight? = nil,
        constraint: Bool? = nil
    ) {
        self.colour = colour
        self.lineStyle = lineStyle
        self.penWidth = penWidth
        self.arrowHead = arrowHead
        self.arrowSize = arrowSize
        self.fontColour = fontColour
        self.fontSize = fontSize
        self.weight = weight
        self.constraint = constraint
    }
}

/// Typed, allow-listed cluster attributes (a cluster is a framed group of nodes).
public struct ClusterStyle: Sendable, Hashable {
    /// Background fill (default a very light grey).
    public var fillColour: Colour?
    /// Frame colour.
    public var lineColour: Colour?
    /// Label text colour; `nil` picks by contrast with the fill.
    public var fontColour: Colour?
    /// Label text size.
    public var fontSize: FontSize?
    /// Frame width.
    public var penWidth: PenWidth?
    /// Frame style.
    public var lineStyle: LineStyle?
    /// Whether the frame has rounded corners (default `true`).
    public var rounded: Bool?

    /// Creates a cluster style; every attribute defaults to "inherit".
    public init(
        fillColour: Colour? = nil, lineColour: Colour? = nil, fontColour: Colour? = nil, fontSize: FontSize? = nil,
        penWidth: PenWidth? = nil, lineStyle: LineStyle? = nil, rounded: Bool? = nil
    ) {
        self.fillColour = fillColour
        self.lineColour = lineColour
        self.fontColour = fontColour
        self.fontSize = fontSize
        self.penWidth = penWidth
        self.lineStyle = lineStyle
        self.rounded = rounded
    }
}

/// Typed, allow-listed graph attributes.
public struct GraphStyle: Sendable, Hashable {
    /// Direction of flow in the dot layout (default top to bottom).
    public var rankDirection: RankDirection?
    /// Minimum space between nodes of one rank (default 0.35 in).
    public var nodeSeparation: Spacing?
    /// Minimum space between ranks (default 0.5 in).
    public var rankSeparation: Spacing?
    /// Edge routing (default: Graphviz's own per engine).
    public var edgeRouting: EdgeRouting?
    /// Overlap handling for neato, fdp and sfdp (default ``OverlapRemoval/remove``).
    public var overlap: OverlapRemoval?
    /// Page background (default white).
    public var background: Colour?
    /// Title size (default 16 pt; the subtitle is drawn at 11 pt).
    public var titleFontSize: FontSize?

    /// Creates a graph style; every attribute defaults to the report defaults.
    public init(
        rankDirection: RankDirection? = nil, nodeSeparation: Spacing? = nil, rankSeparation: Spacing? = nil,
        edgeRouting: EdgeRouting? = nil, overlap: OverlapRemoval? = nil, background: Colour? = nil,
        titleFontSize: FontSize? = nil
    ) {
        self.rankDirection = rankDirection
        self.nodeSeparation = nodeSeparation
        self.rankSeparation = rankSeparation
        self.edgeRouting = edgeRouting
        self.overlap = overlap
        self.background = background
        self.titleFontSize = titleFontSize
    }
}
