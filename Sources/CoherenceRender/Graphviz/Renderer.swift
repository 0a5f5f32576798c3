import Foundation

/// Draws ``Diagram`` values with Graphviz, in process.
///
/// ```swift
/// let renderer = Renderer()
/// let svg = try renderer.render(diagram, format: .svg)              // dot layout
/// let png = try renderer.render(diagram, format: .png, engine: .neato)
/// let dot = try renderer.dotSource(diagram)                          // our own DOT writer
/// ```
///
/// A renderer is a small value and may be used from any thread or task; all Graphviz work is
/// serialised behind one process-wide lock, because Graphviz itself is not thread-safe.
public struct Renderer: Sendable {
    /// The size limits (engine switch and hard limit).
    public var limits: RenderLimits

    /// Creates a renderer.
    /// - Parameter limits: Size limits (default: sfdp above 400 nodes / 4,000 edges; refuse above
    ///   20,000 nodes / 200,000 edges).
    public init(limits: RenderLimits = .default) {
        self.limits = limits
    }

    /// Draws a diagram.
    ///
    /// Validates the diagram (all problems at once), applies the size guard (a slow engine is
    /// replaced by sfdp past ``RenderLimits/slowLayoutNodes`` or ``RenderLimits/slowLayoutEdges``,
    /// with a note in the diagnostics), lowers it to allow-listed Graphviz attributes and either
    /// writes DOT (``RenderFormat/dot``, no Graphviz involved) or has Graphviz lay it out and render it.
    ///
    /// - Parameters:
    ///   - diagram: What to draw.
    ///   - format: Output format.
    ///   - engine: Layout engine (default dot).
    /// - Returns: The bytes, the engine used, and diagnostics (Graphviz warnings, engine switch).
    /// - Throws: ``RenderError/invalidDiagram(problems:)``, ``RenderError/tooLarge(nodes:edges:limits:)``,
    ///   ``RenderError/graphvizSetup(message:)`` (plugins missing: says how to repair),
    ///   ``RenderError/graphviz(stage:messages:)`` (Graphviz logged an error).
    /// - Complexity: Validation and lowering are O(nodes + edges); the layout is Graphviz's
    ///   (dot: roughly quadratic or worse on dense graphs, hence the size guard).
    public func render(_ diagram: Diagram, format: RenderFormat, engine: LayoutEngine = .dot) throws -> RenderedDiagram {
        let (spec, engineUsed, notes) = try prepare(diagram, format: format, engine: engine)
        if format == .dot {
            return RenderedDiagram(
                data: Data(DOTWriter.write(spec).utf8), format: format, engineUsed: engineUsed, diagnostics: notes,
                altText: diagram.altText)
        }
        let result = try GraphvizEngine.shared.render(spec, format: format.rawValue, engine: engineUsed.rawValue)
        return RenderedDiagram(
            data: result.data, format: format, engineUsed: engineUsed, diagnostics: notes + result.warnings,
            altText: diagram.altText)
    }

    /// The DOT source of a diagram, as written for ``RenderFormat/dot``: byte-stable, every id and
    /// value quoted and escaped, HTML-like labels in `<…>`.
    /// - Parameters:
    ///   - diagram: What to draw.
    ///   - engine: Layout engine named in the `layout` graph attribute (default dot); the size
    ///     guard applies as in ``render(_:format:engine:)``.
    /// - Returns: DOT text ending in a newline.
    /// - Throws: ``RenderError/invalidDiagram(problems:)``, ``RenderError/tooLarge(nodes:edges:limits:)``.
    public func dotSource(_ diagram: Diagram, engine: LayoutEngine = .dot) throws -> String {
        DOTWriter.write(try prepare(diagram, format: .dot, engine: engine).spec)
    }

    /// The version of the Graphviz library in use, such as "2.43.0".
    /// - Throws: ``RenderError/graphvizSetup(message:)`` when Graphviz cannot start.
    public static func graphvizVersion() throws -> String {
        try GraphvizEngine.shared.version()
    }

    func prepare(_ diagram: Diagram, format: RenderFormat, engine: LayoutEngine) throws
        -> (spec: GraphSpec, engine: LayoutEngine, notes: [String])
    {
        let problems = diagram.validationProblems()
        guard problems.isEmpty else { throw RenderError.invalidDiagram(problems: problems) }
        let size = diagram.layoutSize
        let plan = try limits.plan(nodes: size.nodes, edges: size.edges, engine: engine)
        let spec = GraphSpec(diagram: diagram, engine: plan.engine, format: format)
        return (spec, plan.engine, plan.note.map { [$0] } ?? [])
    }
}
