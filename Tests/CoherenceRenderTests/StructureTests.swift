import Foundation
import Testing
@testable import CoherenceRender

/// Checks what Graphviz built (via its JSON output), not the bytes.
@Suite("Rendered structure")
struct StructureTests {
    @Test("JSON: nodes, labels, colours, edges, cluster, title, legend")
    func jsonStructure() throws {
        let rendered = try Renderer().render(Fixtures.goals(), format: .json)
        #expect(rendered.engineUsed == .dot)
        #expect(rendered.diagnostics.isEmpty)
        let json = try Fixtures.json(rendered)
        #expect(json["name"] as? String == "goals")
        #expect(json["directed"] as? Bool == true)

        let nodes = Fixtures.jsonNodes(json)
        #expect(nodes.map { $0["name"] as? String } == ["SDG7", "SDG13", "SDG1", Diagram.legendNodeID])
        let byName = Dictionary(uniqueKeysWithValues: nodes.map { ($0["name"] as? String ?? "", $0) })
        #expect(byName["SDG7"]?["label"] as? String == "Affordable and clean energy")
        #expect(byName["SDG7"]?["fillcolor"] as? String == "#FCC30B")
        #expect(byName["SDG7"]?["fontcolor"] as? String == "#1A1A1A")  // dark text on light yellow
        #expect(byName["SDG1"]?["fontcolor"] as? String == "#FFFFFF")  // white text on red
        #expect(Fixtures.drawnTexts(byName["SDG13"] ?? [:]) == ["Climate action"])

        let edges = try #require(json["edges"] as? [[String: Any]])
        #expect(edges.count == 2)
        #expect(edges.map { $0["color"] as? String } == ["#2E7D32", "#C62828"])
        #expect(edges.map { $0["style"] as? String } == ["solid", "dashed"])
        #expect(edges.map { $0["penwidth"] as? String } == ["2.2", "1"])
        #expect(edges.map { $0["label"] as? String } == ["+2", "−1"])

        let objects = try #require(json["objects"] as? [[String: Any]])
        let cluster = try #require(objects.first { $0["name"] as? String == "cluster_planet" })
        #expect(cluster["label"] as? String == "Planet")
        #expect(Fixtures.drawnTexts(cluster) == ["Planet"])

        #expect(Fixtures.drawnTexts(json) == ["Interactions between three goals", "Hand-built fixture"])
        let legendTexts = Fixtures.drawnTexts(byName[Diagram.legendNodeID] ?? [:])
        #expect(legendTexts == ["Legend", "SDG 7 colour", "positive", "negative", "links below |score| 1 are hidden"])
    }

    @Test("The pinned font is used for every text")
    func font() throws {
        let json = try Fixtures.json(try Renderer().render(Fixtures.goals(), format: .json))
        var faces = Set<String>()
        func collect(_ object: [String: Any]) {
            for key in ["_draw_", "_ldraw_", "_hldraw_", "_tldraw_"] {
                for operation in object[key] as? [[String: Any]] ?? [] where operation["op"] as? String == "F" {
                    faces.insert(operation["face"] as? String ?? "?")
                }
            }
        }
        collect(json)
        (json["objects"] as? [[String: Any]] ?? []).forEach(collect)
        (json["edges"] as? [[String: Any]] ?? []).forEach(collect)
        #expect(faces == ["DejaVu Sans"])
    }

    @Test("Every layout engine renders", arguments: LayoutEngine.allCases)
    func engines(engine: LayoutEngine) throws {
        let rendered = try Renderer().render(Fixtures.goals(), format: .json, engine: engine)
        #expect(rendered.engineUsed == engine)
        let nodes = Fixtures.jsonNodes(try Fixtures.json(rendered))
        #expect(nodes.count == 4)
        #expect(nodes.allSatisfy { $0["pos"] is String })
    }

    @Test("neato keeps pinned positions (points)")
    func pinnedPositions() throws {
        var diagram = Diagram(name: "pinned", graphStyle: GraphStyle(overlap: .allow))
        diagram.nodes = [
            DiagramNode(id: "a", position: NodePosition(x: 0, y: 0)),
            DiagramNode(id: "b", position: NodePosition(x: 200, y: 100)),
            DiagramNode(id: "c"),
        ]
        diagram.edges = [DiagramEdge(from: "a", to: "c"), DiagramEdge(from: "b", to: "c")]
        let json = try Fixtures.json(try Renderer().render(diagram, format: .json, engine: .neato))
        func position(_ name: String) throws -> (Double, Double) {
            let node = try #require(Fixtures.jsonNodes(json).first { $0["name"] as? String == name })
            let parts = (node["pos"] as? String ?? "").replacingOccurrences(of: "!", with: "").split(separator: ",")
            return (Double(parts.first ?? "") ?? .nan, Double(parts.last ?? "") ?? .nan)
        }
        let a = try position("a")
        let b = try position("b")
        #expect(abs((b.0 - a.0) - 200) < 0.5)
        #expect(abs((b.1 - a.1) - 100) < 0.5)
    }

    @Test("Diagram defaults and per-node attributes reach Graphviz")
    func styles() throws {
        var diagram = Diagram(name: "styles", nodeStyle: NodeStyle(shape: .ellipse, fillColour: "#19486A"))
        diagram.nodes = [
            DiagramNode(id: "inherits"),
            DiagramNode(id: "own", style: NodeStyle(shape: .box, fillColour: "#FCC30B", penWidth: 2, lineStyle: .dashed)),
            DiagramNode(id: "hollow", style: NodeStyle(filled: false)),
        ]
        diagram.edges = [DiagramEdge(from: "inherits", to: "own", style: EdgeStyle(arrowHead: .vee, weight: 5, constraint: false))]
        let json = try Fixtures.json(try Renderer().render(diagram, format: .json))
        let nodes = Dictionary(uniqueKeysWithValues: Fixtures.jsonNodes(json).map { ($0["name"] as? String ?? "", $0) })
        #expect(nodes["inherits"]?["shape"] as? String == "ellipse")
        #expect(nodes["inherits"]?["fontcolor"] as? String == "#FFFFFF")  // white on dark blue default fill
        #expect(nodes["own"]?["style"] as? String == "rounded,filled,dashed")
        #expect(nodes["own"]?["fontcolor"] as? String == "#1A1A1A")
        #expect(nodes["own"]?["penwidth"] as? String == "2")
        #expect(nodes["hollow"]?["style"] as? String == "solid")
        #expect(nodes["hollow"]?["fontcolor"] as? String == "#1A1A1A")  // no fill: dark text on white
        let edge = try #require((json["edges"] as? [[String: Any]])?.first)
        #expect(edge["arrowhead"] as? String == "vee")
        #expect(edge["weight"] as? String == "5")
        #expect(edge["constraint"] as? String == "false")
    }

    @Test("Empty and title-only diagrams render", arguments: RenderFormat.allCases)
    func emptyDiagram(format: RenderFormat) throws {
        let empty = try Renderer().render(Diagram(name: "empty"), format: format)
        #expect(!empty.data.isEmpty)
        let titled = try Renderer().render(Diagram(name: "titled", title: "Nothing to show yet"), format: format)
        #expect(titled.diagnostics.isEmpty)
        if format == .svg { #expect(SVGInspector.inspect(titled.data)?.texts == ["Nothing to show yet"]) }
    }
}
