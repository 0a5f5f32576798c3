/// The file format a ``Renderer`` produces.
public enum RenderFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// SVG 1.1 (Graphviz's own SVG writer), text, byte-stable for the same diagram.
    case svg
    /// PNG at 144 dpi (cairo).
    case png
    /// PDF (cairo). PDF embeds a creation time, so it is not byte-stable.
    case pdf
    /// DOT source, written by this package (not Graphviz), byte-stable.
    case dot
    /// Graphviz's JSON output (layout with coordinates, attributes and drawing operations).
    case json

    /// The usual file extension, without the dot.
    public var fileExtension: String { rawValue }

    /// Whether the output is UTF-8 text.
    public var isText: Bool { self == .svg || self == .dot || self == .json }
}

/// The Graphviz layout engine that places nodes and routes edges.
public enum LayoutEngine: String, Sendable, Hashable, Codable, CaseIterable {
    /// Layered (hierarchical) drawings of directed graphs; clusters are framed.
    case dot
    /// Spring model (stress majorization); honours fixed ``NodePosition``s.
    case neato
    /// Force-directed; draws clusters and honours fixed positions.
    case fdp
    /// Multiscale force-directed, for large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a centre node.
    case twopi

    /// Whether this engine becomes slow on large graphs, so that ``RenderLimits`` switches it
    /// to sfdp past the slow-layout thresholds (dot, neato, fdp, circo; sfdp and twopi are fast).
    public var isSlowOnLargeGraphs: Bool {
        switch self {
        case .dot, .neato, .fdp, .circo: return true
        case .sfdp, .twopi: return false
        }
    }
}
