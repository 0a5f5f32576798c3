/// Writes a policy network as node-link JSON, the format of networkx's `node_link_data` and
/// `node_link_graph`.
///
/// The document is what networkx 3.x writes with `node_link_data(G, edges="edges")` for a
/// `MultiDiGraph`: `{"directed": true, "multigraph": true, "graph": {…}, "nodes": [{"id": …,
/// …}], "edges": [{"source": …, "target": …, "key": "e0", …}]}`. Load it with
///
/// ```python
/// import json, networkx as nx
/// G = nx.node_link_graph(json.load(open("model.json")), edges="edges")
/// ```
///
/// `edges="edges"` is the default from networkx 3.6 on; networkx 3.4 and 3.5 default to `"links"`
/// (with a FutureWarning), so pass it explicitly. It is a multigraph because one pair of nodes can
/// be linked by edges of more than one kind (an action mitigating another action's burden on two
/// groups); each edge's `key` is its id `e<n>`. Scores, budgets and the scale are written as
/// floats (`2.0`), goal numbers and signs as integers; `factors`, `plan` and `inputs` are arrays.
/// Output is deterministic: nodes and edges in network order, keys in a fixed order.
public enum NodeLinkExporter {
    /// The node-link JSON document for a network.
    ///
    /// Negative scores are written as they are (`"score": -2.0, "sign": -1`).
    ///
    /// - Parameters:
    ///   - network: the network.
    ///   - provenance: tool and catalogue version, input hash and inputs, written in `graph`.
    /// - Returns: the JSON text (UTF-8; one node or edge per line).
    /// - Complexity: O(n + m) for n nodes and m edges.
    public static func export(_ network: PolicyNetwork, provenance: Provenance) -> String {
        export(ExportGraph(network, provenance: provenance))
    }

    /// The node-link JSON document for a flattened network (see ``export(_:provenance:)``).
    ///
    /// - Complexity: O(n + m).
    public static func export(_ graph: ExportGraph) -> String {
        var out = "{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": "
        out += object(graph.graphAttributes.map { ($0.name, $0.value) })
        out += ",\n  \"nodes\": ["
        for (i, node) in graph.nodes.enumerated() {
            let fields = [("id", ExportValue.string(node.id))]
                + ExportNode.columns.compactMap { column in column.value(node).map { (column.name, $0) } }
            out += (i == 0 ? "\n    " : ",\n    ") + object(fields)
        }
        out += graph.nodes.isEmpty ? "],\n  \"edges\": [" : "\n  ],\n  \"edges\": ["
        for (i, edge) in graph.edges.enumerated() {
            let fields = [("source", ExportValue.string(edge.from)), ("target", .string(edge.to)), ("key", .string(edge.id))]
                + ExportEdge.columns.compactMap { column in column.value(edge).map { (column.name, $0) } }
            out += (i == 0 ? "\n    " : ",\n    ") + object(fields)
        }
        out += graph.edges.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    /// A JSON object on one line, keys in the order given.
    static func object(_ fields: [(String, ExportValue)]) -> String {
        "{" + fields.map { JSONText.string($0.0) + ": " + JSONText.value($0.1) }.joined(separator: ", ") + "}"
    }
}

/// JSON text for export values.
enum JSONText {
    /// A value: strings quoted and escaped, doubles with a decimal point (`2.0`), lists as arrays.
    /// A non-finite double (which the model never holds) becomes `null`, since JSON has no infinity.
    static func value(_ value: ExportValue) -> String {
        switch value {
        case .string(let s): string(s)
        case .integer(let i): String(i)
        case .double(let d): d.isFinite ? ExportValue.format(d) : "null"
        case .boolean(let b): b ? "true" : "false"
        case .list(let items): "[" + items.map(string).joined(separator: ", ") + "]"
        }
    }

    /// A quoted JSON string (RFC 8259): `"` and `\` escaped, control characters as escapes,
    /// everything else as UTF-8.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
