/// Writes a policy network as GraphML, for networkx (`read_graphml`), Gephi, igraph, yEd and Cytoscape.
///
/// One directed graph; every node with its attributes as `<data>` (kind, label, goal, colour,
/// domain, budget, stakeholder_kind, factors, plan, and `r`/`g`/`b` so Gephi colours the nodes),
/// every edge with id `e<n>` and its attributes (kind, score, sign, scope, confidence, assumed,
/// subject, weight). The model's name, scale and provenance are graph-level `<data>`.
/// Attributes that do not apply to a node or edge are left out. Output is deterministic: nodes
/// and edges in network order, attributes in a fixed order.
///
/// ```swift
/// let xml = GraphMLExporter.export(network, provenance: provenance)
/// // Python: G = networkx.read_graphml("model.graphml")
/// ```
public enum GraphMLExporter {
    /// The GraphML document for a network.
    ///
    /// Negative scores are written as they are (`score` −2, `sign` −1, `weight` 2).
    ///
    /// - Parameters:
    ///   - network: the network.
    ///   - provenance: tool and catalogue version, input hash and inputs, written as graph data.
    /// - Returns: the document, UTF-8 XML 1.0 text.
    /// - Complexity: O(n + m) for n nodes and m edges.
    public static func export(_ network: PolicyNetwork, provenance: Provenance) -> String {
        export(ExportGraph(network, provenance: provenance))
    }

    /// The GraphML document for a flattened network (see ``export(_:provenance:)``).
    ///
    /// - Complexity: O(n + m).
    public static func export(_ graph: ExportGraph) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
        out += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        out += " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        let graphAttributes = graph.graphAttributes
        for attribute in graphAttributes {
            out += key(id: "g_" + attribute.name, for: "graph", name: attribute.name, type: attribute.type)
        }
        for column in ExportNode.columns {
            out += key(id: "n_" + column.name, for: "node", name: column.name, type: column.type)
        }
        for component in rgb {
            out += key(id: "n_" + component, for: "node", name: component, type: .integer)
        }
        for column in ExportEdge.columns {
            out += key(id: "e_" + column.name, for: "edge", name: column.name, type: column.type)
        }
        out += "  <graph id=\"G\" edgedefault=\"directed\">\n"
        for attribute in graphAttributes {
            out += data(key: "g_" + attribute.name, attribute.value, indent: "    ")
        }
        for node in graph.nodes {
            out += "    <node id=\"\(XMLText.attribute(node.id))\">\n"
            for column in ExportNode.columns {
                if let value = column.value(node) { out += data(key: "n_" + column.name, value, indent: "      ") }
            }
            if let (r, g, b) = ExportPalette.components(node.colour) {
                for (component, value) in zip(rgb, [r, g, b]) {
                    out += data(key: "n_" + component, .integer(value), indent: "      ")
                }
            }
            out += "    </node>\n"
        }
        for edge in graph.edges {
            out += "    <edge id=\"\(XMLText.attribute(edge.id))\" source=\"\(XMLText.attribute(edge.from))\""
            out += " target=\"\(XMLText.attribute(edge.to))\">\n"
            for column in ExportEdge.columns {
                if let value = column.value(edge) { out += data(key: "e_" + column.name, value, indent: "      ") }
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// The node colour components Gephi's GraphML importer reads as the node's colour.
    private static let rgb = ["r", "g", "b"]

    private static func key(id: String, for domain: String, name: String, type: ExportValueType) -> String {
        "  <key id=\"\(XMLText.attribute(id))\" for=\"\(domain)\" attr.name=\"\(XMLText.attribute(name))\" attr.type=\"\(type.graphML)\"/>\n"
    }

    private static func data(key: String, _ value: ExportValue, indent: String) -> String {
        "\(indent)<data key=\"\(XMLText.attribute(key))\">\(XMLText.content(value.text))</data>\n"
    }
}
