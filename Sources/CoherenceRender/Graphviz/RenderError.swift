import Foundation

/// Why a diagram could not be drawn. Every case says what went wrong and what to do about it.
public enum RenderError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The diagram itself is inconsistent (all problems, in diagram order).
    case invalidDiagram(problems: [String])
    /// The diagram is larger than the renderer's ``RenderLimits`` allow.
    case tooLarge(nodes: Int, edges: Int, limits: RenderLimits)
    /// Graphviz's plugins (layout engines or output formats) cannot be found or are missing.
    case graphvizSetup(message: String)
    /// Graphviz logged an error while building, laying out or rendering the graph.
    case graphviz(stage: String, messages: [String])

    public var description: String {
        switch self {
        case .invalidDiagram(let problems):
            return "The diagram cannot be drawn:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
        case .tooLarge(let nodes, let edges, let limits):
            var parts: [String] = []
            if nodes > limits.maximumNodes {
                parts.append("\(nodes) nodes exceeds the limit of \(limits.maximumNodes) (RenderLimits.maximumNodes)")
            }
            if edges > limits.maximumEdges {
                parts.append("\(edges) edges exceeds the limit of \(limits.maximumEdges) (RenderLimits.maximumEdges)")
            }
            return "The diagram is too large to draw: " + parts.joined(separator: "; ")
                + ". Draw a filtered view (for example only links with |score| ≥ 2), or raise the limit with "
                + "Renderer(limits: RenderLimits(maximumNodes: …, maximumEdges: …)) if you accept a long layout."
        case .graphvizSetup(let message):
            return message
        case .graphviz(let stage, let messages):
            return "Graphviz reported an error while \(stage): " + messages.joined(separator: " | ")
        }
    }

    public var errorDescription: String? { description }
}
