/// Writes a ``GraphSpec`` as DOT text — byte-stable, with every id and value quoted.
///
/// The statements come in the same order as the cgraph calls of `GraphvizEngine`, so
/// `dot -Tsvg` on this text draws what the renderer draws. Quoting follows Graphviz's lexer
/// (2.43 and later): inside `"…"`, `\"` stands for `"`, `\\` is kept as two backslashes,
/// backslash-newline is dropped, and any other backslash stays as it is. So writing `"` as `\"`
/// is exact as long as every run of backslashes before a `"` or the closing quote is even —
/// which holds for every value: label and tooltip text double each backslash (escString), and
/// ids may not contain one (see ``Diagram/validationProblems()``). HTML-like labels are written
/// as `<…>`; the builder's markup never holds an unbalanced `<` or `>`.
enum DOTWriter {
    /// The DOT text of a graph.
    /// - Parameter spec: The lowered graph.
    /// - Returns: DOT source ending in a newline.
    /// - Complexity: O(size of the graph and its labels).
    static func write(_ spec: GraphSpec) -> String {
        var out = "digraph \(quote(spec.name)) {\n"
        if !spec.graphSettings.isEmpty { out += "\tgraph \(attributeList(spec.graphSettings));\n" }
        if !spec.nodeDefaults.isEmpty { out += "\tnode \(attributeList(spec.nodeDefaults));\n" }
        if !spec.edgeDefaults.isEmpty { out += "\tedge \(attributeList(spec.edgeDefaults));\n" }
        for node in spec.nodes {
            out += "\t\(quote(node.name))"
            if !node.settings.isEmpty { out += " " + attributeList(node.settings) }
            out += ";\n"
        }
        for edge in spec.edges {
            out += "\t\(quote(edge.tail)) -> \(quote(edge.head))"
            if !edge.settings.isEmpty { out += " " + attributeList(edge.settings) }
            out += ";\n"
        }
        for subgraph in spec.subgraphs { write(subgraph, indent: "\t", to: &out) }
        out += "}\n"
        return out
    }

    static func write(_ subgraph: GraphSpec.Subgraph, indent: String, to out: inout String) {
        out += "\(indent)subgraph \(quote(subgraph.name)) {\n"
        if !subgraph.settings.isEmpty { out += "\(indent)\tgraph \(attributeList(subgraph.settings));\n" }
        for node in subgraph.nodes { out += "\(indent)\t\(quote(node));\n" }
        for nested in subgraph.subgraphs { write(nested, indent: indent + "\t", to: &out) }
        out += "\(indent)}\n"
    }

    static func attributeList(_ settings: [GVSetting]) -> String {
        "[" + settings.map { "\($0.attribute.rawValue)=\(value($0.value))" }.joined(separator: ", ") + "]"
    }

    static func value(_ value: GVValue) -> String {
        switch value {
        case .text(let text): return quote(text)
        case .html(let markup): return "<" + markup + ">"
        }
    }

    /// A DOT quoted string holding exactly `text`.
    static func quote(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out += "\\\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }
}
