import Foundation
import Testing
@testable import CoherenceRender

/// Labels that try to be markup, escapes or attribute injections are drawn literally.
@Suite("Hostile and non-Latin labels")
struct HostileLabelTests {
    static let labels = [
        "say \"hi\"",
        "\\N",
        "\\n",
        "\\G \\L \\E \\T \\H",
        "<script>alert(1)</script>",
        "]; node [image=\"/etc/passwd\"]",
        "<IMG SRC=\"/etc/passwd\"/>",
        "Ελληνικά",
        "中文",
        "ñ",
        "a & b < c > d ' e",
    ]

    static func diagram(html: Bool) -> Diagram {
        var diagram = Diagram(name: "hostile", title: "<b>title</b> \\G", altText: "hostile labels")
        diagram.nodes = labels.enumerated().map { index, text in
            DiagramNode(
                id: "n\(index)", label: html ? .html(HTMLLabel(.text(text))) : .plain(text), tooltip: text)
        }
        diagram.edges = [DiagramEdge(from: "n0", to: "n1", label: .plain(labels[5]), tooltip: labels[4])]
        diagram.legend = Legend(title: "<i>legend</i>", entries: [LegendEntry(.swatch("#E5243B"), labels[4])], notes: [labels[5]])
        return diagram
    }

    @Test("SVG: texts literal, no injected elements", arguments: [false, true])
    func svg(html: Bool) throws {
        let rendered = try Renderer().render(Self.diagram(html: html), format: .svg)
        let svg = try #require(SVGInspector.inspect(rendered.data), "SVG is not well-formed")
        for label in Self.labels {
            #expect(svg.texts.contains(label), "label \(label.debugDescription) not drawn literally")
        }
        #expect(svg.texts.contains("<b>title</b> \\G"))
        #expect(svg.texts.contains("<i>legend</i>"))
        #expect(svg.texts.filter { $0 == Self.labels[5] }.count == 3)  // node, edge label, legend note
        let allowed: Set<String> = ["svg", "g", "title", "text", "polygon", "path", "ellipse", "polyline", "a"]
        #expect(Set(svg.elements).isSubset(of: allowed), "unexpected elements: \(Set(svg.elements).subtracting(allowed))")
        #expect(!svg.elements.contains("image") && !svg.elements.contains("script"))
        #expect(!(rendered.text ?? "").contains("/etc/passwd\"/>"))
        // Tooltips arrive as attribute text, literally.
        #expect(svg.attributeValues.contains(Self.labels[4]))
        #expect(svg.attributeValues.contains(Self.labels[0]))
        // One node per label plus the legend: nothing was injected.
        #expect(svg.titles.filter { $0.hasPrefix("n") && !$0.contains("->") }.count == Self.labels.count)
    }

    @Test("JSON: drawn texts literal", arguments: [false, true])
    func json(html: Bool) throws {
        let json = try Fixtures.json(try Renderer().render(Self.diagram(html: html), format: .json))
        let nodes = Fixtures.jsonNodes(json)
        #expect(nodes.count == Self.labels.count + 1)
        for (index, label) in Self.labels.enumerated() {
            let node = try #require(nodes.first { $0["name"] as? String == "n\(index)" })
            #expect(Fixtures.drawnTexts(node) == [label])
            #expect(node["image"] == nil)
        }
    }

    @Test("Hostile node ids and graph name are names, not syntax")
    func hostileIDs() throws {
        let ids = Self.labels.filter { !$0.contains("\\") } + ["{", "}", "->", "--", "node", "subgraph", "//", "/*", "#x"]
        var diagram = Diagram(name: "g\"; node [image=\"/etc/passwd\"] //")
        diagram.nodes = ids.map { DiagramNode(id: $0) }
        diagram.edges = [DiagramEdge(from: ids[0], to: ids[1])]
        let json = try Fixtures.json(try Renderer().render(diagram, format: .json))
        #expect(json["name"] as? String == diagram.name)
        #expect(Fixtures.jsonNodes(json).compactMap { $0["name"] as? String } == ids)
        let dot = try Renderer().dotSource(diagram)
        let parsed = try GraphvizEngine.shared.parse(dot: dot)
        #expect(parsed.errors.isEmpty)
        #expect(parsed.name == diagram.name)
        #expect(parsed.nodes.map(\.name) == ids)
        #expect(parsed.edgeCount == 1)
    }

    @Test("Ids with a backslash are refused (DOT cannot always carry them)")
    func backslashIDs() {
        var diagram = Diagram(name: "g")
        diagram.nodes = [DiagramNode(id: "a\\")]
        #expect(diagram.validationProblems() == ["node 1: id \"a\\\\\" contains a backslash, which DOT output cannot always carry; use another id"])
    }
}
