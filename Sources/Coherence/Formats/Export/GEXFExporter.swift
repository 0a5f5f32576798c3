/// Writes a policy network as GEXF 1.3, Gephi's own format (also read by networkx's `read_gexf`).
///
/// One static, directed graph. Nodes carry GEXF's own `label` and a `viz:color` — the official
/// goal colour for goals and targets, the kind's colour (``ExportPalette``) for the rest — and the
/// attributes kind, goal, colour, domain, budget, stakeholder_kind, factors and plan. Edges carry
/// GEXF's own `weight` (|score|, or 1; see ``ExportEdge/weight``) and `kind` (the edge kind, so
/// Gephi keeps parallel edges of different kinds apart), a `viz:color` by sign for scored edges,
/// and the attributes kind, score, sign, scope, confidence, assumed and subject. The provenance
/// is in `<meta>` (creator and description); networkx does not read it, Gephi shows it.
/// Output is deterministic: nodes and edges in network order, no date stamp.
///
/// ```swift
/// let xml = GEXFExporter.export(network, provenance: provenance)
/// // Gephi: File ▸ Open… model.gexf; Python: networkx.read_gexf("model.gexf")
/// ```
public enum GEXFExporter {
    /// The GEXF 1.3 document for a network.
    ///
    /// Negative scores are written as they are (`score` −2, `sign` −1), with weight |score| and
    /// a red edge colour.
    ///
    /// - Parameters:
    ///   - network: the network.
    ///   - provenance: tool and catalogue version, input hash and inputs, written in `<meta>`.
    /// - Returns: the document, UTF-8 XML 1.0 text.
    /// - Complexity: O(n + m) for n nodes and m edges.
    public static func export(_ network: PolicyNetwork, provenance: Provenance) -> String {
        export(ExportGraph(network, provenance: provenance))
    }

    /// The GEXF 1.3 document for a flattened network (see ``export(_:provenance:)``).
    ///
    /// - Complexity: O(n + m).
    public static func export(_ graph: ExportGraph) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\""
        out += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        out += " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
        out += "  <meta>\n"
        out += "    <creator>\(XMLText.content("coherence \(graph.provenance.toolVersion)"))</creator>\n"
        out += "    <keywords>policy coherence, SDG, spillovers, LNOB</keywords>\n"
        out += "    <description>\(XMLText.content(description(graph)))</description>\n"
        out += "  </meta>\n"
        out += "  <graph mode=\"static\" defaultedgetype=\"directed\">\n"
        out += "    <attributes class=\"node\">\n"
        for column in nodeColumns {
            out += "      <attribute id=\"\(column.name)\" title=\"\(column.name)\" type=\"\(column.type.gexf)\"/>\n"
        }
        out += "    </attributes>\n"
        out += "    <attributes class=\"edge\">\n"
        for column in edgeColumns {
            out += "      <attribute id=\"\(column.name)\" title=\"\(column.name)\" type=\"\(column.type.gexf)\"/>\n"
        }
        out += "    </attributes>\n"
        out += "    <nodes>\n"
        for node in graph.nodes {
            out += "      <node id=\"\(XMLText.attribute(node.id))\" label=\"\(XMLText.attribute(node.label))\">\n"
            out += attributeValues(nodeColumns.compactMap { column in column.value(node).map { (column.name, $0) } })
            if let (r, g, b) = ExportPalette.components(node.colour) {
                out += "        <viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\"/>\n"
            }
            out += "      </node>\n"
        }
        out += "    </nodes>\n"
        out += "    <edges>\n"
        for edge in graph.edges {
            out += "      <edge id=\"\(XMLText.attribute(edge.id))\" source=\"\(XMLText.attribute(edge.from))\""
            out += " target=\"\(XMLText.attribute(edge.to))\" kind=\"\(edge.kind.rawValue)\""
            out += " weight=\"\(ExportValue.format(edge.weight))\">\n"
            out += attributeValues(edgeColumns.compactMap { column in column.value(edge).map { (column.name, $0) } })
            if let sign = edge.sign, let (r, g, b) = ExportPalette.components(ExportPalette.colour(sign: sign)) {
                out += "        <viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\"/>\n"
            }
            out += "      </edge>\n"
        }
        out += "    </edges>\n"
        out += "  </graph>\n</gexf>\n"
        return out
    }

    /// Node attributes as GEXF attributes: all but the label, which is GEXF's own.
    static let nodeColumns = ExportNode.columns.filter { $0.name != "label" }

    /// Edge attributes as GEXF attributes: all but the weight, which is GEXF's own.
    static let edgeColumns = ExportEdge.columns.filter { $0.name != "weight" }

    private static func attributeValues(_ values: [(String, ExportValue)]) -> String {
        guard !values.isEmpty else { return "" }
        var out = "        <attvalues>\n"
        for (name, value) in values {
            out += "          <attvalue for=\"\(name)\" value=\"\(XMLText.attribute(value.text))\"/>\n"
        }
        return out + "        </attvalues>\n"
    }

    /// The `<meta>` description: the model's name, its scale and the provenance, one per line.
    static func description(_ graph: ExportGraph) -> String {
        graph.graphAttributes.filter { $0.name != "tool" && $0.name != "tool_version" }
            .map { "\($0.name): \($0.value.text)" }
            .joined(separator: "\n")
    }
}
