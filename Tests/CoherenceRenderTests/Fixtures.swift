import Foundation
@testable import CoherenceRender

/// Hand-built diagrams shared by the tests.
enum Fixtures {
    static let sdg7: Colour = "#FCC30B"
    static let sdg1: Colour = "#E5243B"
    static let sdg13: Colour = "#3F7E44"

    /// Three goals, two signed links, one cluster, a title and a legend.
    static func goals() -> Diagram {
        Diagram(
            name: "goals",
            title: "Interactions between three goals",
            subtitle: "Hand-built fixture",
            altText: "SDG 7 reinforces SDG 13 (+2); SDG 7 constrains SDG 1 (−1).",
            legend: Legend(
                entries: [
                    LegendEntry(.swatch(sdg7), "SDG 7 colour"),
                    LegendEntry(.line(colour: Palette.positive, style: .solid, width: 2.2), "positive"),
                    LegendEntry(.line(colour: Palette.negative, style: .dashed, width: 1), "negative"),
                ],
                notes: ["links below |score| 1 are hidden"]),
            nodes: [
                DiagramNode(id: "SDG7", label: "Affordable and clean energy", style: NodeStyle(fillColour: sdg7)),
                DiagramNode(id: "SDG13", label: "Climate action", style: NodeStyle(fillColour: sdg13)),
                DiagramNode(id: "SDG1", label: "No poverty", style: NodeStyle(fillColour: sdg1)),
            ],
            edges: [
                DiagramEdge(from: "SDG7", to: "SDG13", label: "+2", style: Palette.edgeStyle(forScore: 2)),
                DiagramEdge(from: "SDG7", to: "SDG1", label: "−1", style: Palette.edgeStyle(forScore: -1)),
            ],
            clusters: [DiagramCluster(id: "planet", label: "Planet", nodeIDs: ["SDG13"])])
    }

    /// A chain of `count` nodes with a legend (for repeated renders).
    static func chain(_ count: Int, name: String = "chain") -> Diagram {
        var diagram = Diagram(name: name, title: "Chain of \(count)", altText: "A chain.")
        diagram.nodes = (0..<count).map { DiagramNode(id: "n\($0)", label: .plain("Node \($0)")) }
        diagram.edges = (1..<max(count, 1)).map {
            DiagramEdge(from: "n\($0 - 1)", to: "n\($0)", style: Palette.edgeStyle(forScore: Double($0 % 7 - 3)))
        }
        diagram.legend = Legend(entries: Palette.signLegendEntries())
        return diagram
    }

    /// Parses Graphviz JSON output.
    static func json(_ rendered: RenderedDiagram) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: rendered.data)
        guard let dictionary = object as? [String: Any] else { throw FixtureError.notAnObject }
        return dictionary
    }

    /// The node objects (objects with a `name` that are not subgraphs) of Graphviz JSON.
    static func jsonNodes(_ json: [String: Any]) -> [[String: Any]] {
        let objects = json["objects"] as? [[String: Any]] ?? []
        return objects.filter { $0["nodes"] == nil && $0["edges"] == nil && $0["subgraphs"] == nil && $0["bb"] == nil }
    }

    /// All texts drawn for one JSON object (its `_ldraw_` text operations).
    static func drawnTexts(_ object: [String: Any]) -> [String] {
        let operations = (object["_ldraw_"] as? [[String: Any]] ?? []) + (object["_draw_"] as? [[String: Any]] ?? [])
        return operations.compactMap { $0["op"] as? String == "T" ? $0["text"] as? String : nil }
    }

    enum FixtureError: Error { case notAnObject }
}
