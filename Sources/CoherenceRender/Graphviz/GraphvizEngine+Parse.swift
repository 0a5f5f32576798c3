import CGraphviz

/// What Graphviz's own DOT parser makes of a DOT text (used to check `DOTWriter` against the
/// real lexer).
struct ParsedDOT: Sendable, Hashable {
    struct Node: Sendable, Hashable {
        var name: String
        var label: String
        var labelIsHTML: Bool
    }

    var name: String
    var nodes: [Node]
    var edgeCount: Int
    var subgraphNames: [String]
    var graphLabel: String
    var errors: [String]
}

extension GraphvizEngine {
    /// Parses DOT text with Graphviz (`agmemread`), under the lock.
    /// - Parameter text: DOT source.
    /// - Returns: Graph name, nodes in order with their labels as stored, edge count, all subgraph names.
    /// - Throws: ``RenderError/graphviz(stage:messages:)`` when the text does not parse.
    func parse(dot text: String) throws -> ParsedDOT {
        try withLock {
            GraphvizLog.shared.reset()
            agreseterrors()
            guard let graph = text.withCString({ agmemread($0) }) else {
                throw RenderError.graphviz(stage: "parsing DOT", messages: GraphvizLog.shared.collected.map(\.text))
            }
            defer { agclose(graph) }
            func attribute(_ object: UnsafeMutableRawPointer, _ name: String) -> (String, Bool) {
                guard let value = name.withCString({ agget(object, UnsafeMutablePointer(mutating: $0)) }) else { return ("", false) }
                return (String(cString: value), aghtmlstr(value) != 0)
            }
            var nodes: [ParsedDOT.Node] = []
            var edges = 0
            var node = agfstnode(graph)
            while let current = node {
                let (label, isHTML) = attribute(UnsafeMutableRawPointer(current), "label")
                nodes.append(ParsedDOT.Node(name: String(cString: agnameof(UnsafeMutableRawPointer(current))), label: label, labelIsHTML: isHTML))
                var edge = agfstout(graph, current)
                while let out = edge {
                    edges += 1
                    edge = agnxtout(graph, out)
                }
                node = agnxtnode(graph, current)
            }
            var subgraphs: [String] = []
            func collect(_ parent: UnsafeMutablePointer<Agraph_t>) {
                var sub = agfstsubg(parent)
                while let current = sub {
                    subgraphs.append(String(cString: agnameof(UnsafeMutableRawPointer(current))))
                    collect(current)
                    sub = agnxtsubg(current)
                }
            }
            collect(graph)
            return ParsedDOT(
                name: String(cString: agnameof(UnsafeMutableRawPointer(graph))), nodes: nodes, edgeCount: edges,
                subgraphNames: subgraphs, graphLabel: attribute(UnsafeMutableRawPointer(graph), "label").0,
                errors: GraphvizLog.shared.collected.filter(\.isError).map(\.text))
        }
    }
}
