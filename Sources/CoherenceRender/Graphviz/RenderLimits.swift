/// Size limits of a ``Renderer``: when to switch to the fast sfdp engine, and when to refuse.
///
/// dot (and neato, fdp, circo) become slow on large graphs — minutes rather than seconds — so past
/// ``slowLayoutNodes`` nodes or ``slowLayoutEdges`` edges the renderer lays the graph out with sfdp
/// instead and says so in ``RenderedDiagram/diagnostics``. Past ``maximumNodes`` or
/// ``maximumEdges`` it refuses with ``RenderError/tooLarge(nodes:edges:limits:)``.
/// The legend counts as one node.
public struct RenderLimits: Sendable, Hashable, Codable {
    /// Above this many nodes a slow engine is replaced by sfdp (default 400).
    public var slowLayoutNodes: Int
    /// Above this many edges a slow engine is replaced by sfdp (default 4,000).
    public var slowLayoutEdges: Int
    /// Above this many nodes rendering fails (default 20,000).
    public var maximumNodes: Int
    /// Above this many edges rendering fails (default 200,000).
    public var maximumEdges: Int

    /// Creates limits.
    /// - Parameters:
    ///   - slowLayoutNodes: Switch to sfdp above this many nodes.
    ///   - slowLayoutEdges: Switch to sfdp above this many edges.
    ///   - maximumNodes: Refuse above this many nodes.
    ///   - maximumEdges: Refuse above this many edges.
    public init(slowLayoutNodes: Int = 400, slowLayoutEdges: Int = 4_000, maximumNodes: Int = 20_000, maximumEdges: Int = 200_000) {
        self.slowLayoutNodes = slowLayoutNodes
        self.slowLayoutEdges = slowLayoutEdges
        self.maximumNodes = maximumNodes
        self.maximumEdges = maximumEdges
    }

    /// 400 nodes / 4,000 edges before switching to sfdp; 20,000 nodes / 200,000 edges at most.
    public static let `default` = RenderLimits()

    /// The engine to use for a graph of this size, and the note explaining a switch.
    /// - Parameters:
    ///   - nodes: Number of nodes (legend included).
    ///   - edges: Number of edges.
    ///   - engine: The engine asked for.
    /// - Returns: The engine to use and a diagnostic when it differs from `engine`.
    /// - Throws: ``RenderError/tooLarge(nodes:edges:limits:)`` past the hard limits.
    /// - Complexity: O(1).
    public func plan(nodes: Int, edges: Int, engine: LayoutEngine) throws -> (engine: LayoutEngine, note: String?) {
        if nodes > maximumNodes || edges > maximumEdges {
            throw RenderError.tooLarge(nodes: nodes, edges: edges, limits: self)
        }
        guard engine.isSlowOnLargeGraphs, nodes > slowLayoutNodes || edges > slowLayoutEdges else {
            return (engine, nil)
        }
        let reason = nodes > slowLayoutNodes
            ? "\(nodes) nodes is more than \(slowLayoutNodes)"
            : "\(edges) edges is more than \(slowLayoutEdges)"
        return (
            .sfdp,
            "Laid out with sfdp instead of \(engine.rawValue): \(reason), where \(engine.rawValue) becomes slow "
                + "(raise RenderLimits.slowLayoutNodes / slowLayoutEdges to keep \(engine.rawValue)). "
                + "sfdp does not draw clusters."
        )
    }
}
