import Foundation
import Testing
import CoherenceRender

/// The code of the Getting Started article, kept compiling and working.
@Suite("Getting Started article")
struct GettingStartedTests {
    @Test func articleExample() throws {
        var diagram = Diagram(
            name: "mobility-spillovers",
            title: "Spillovers of the mobility domain",
            subtitle: "Meerjarenplan 2026–2031",
            altText: "The low-emission zone reinforces air quality (11.6) and burdens people in poverty.")
        diagram.nodes = [
            DiagramNode(id: "lez", label: "Lage-emissiezone", style: NodeStyle(shape: .box)),
            DiagramNode(id: "11.6", label: "11.6 Air quality and waste", style: NodeStyle(fillColour: "#FD9D24")),
            DiagramNode(id: "low-income", label: "Mensen in armoede", style: NodeStyle(shape: .ellipse, filled: false)),
        ]
        diagram.edges = [
            DiagramEdge(from: "lez", to: "11.6", label: "+2", style: Palette.edgeStyle(forScore: 2)),
            DiagramEdge(from: "lez", to: "low-income", label: "−1", style: Palette.edgeStyle(forScore: -1)),
        ]
        diagram.clusters = [DiagramCluster(id: "mobility", label: "Mobiliteit", nodeIDs: ["lez"])]
        diagram.legend = Legend(entries: Palette.signLegendEntries(), notes: ["links below |score| 1 are hidden"])

        let label = HTMLLabel(
            table: HTMLTable(
                rows: [
                    HTMLRow([HTMLCell(.bold("SDG 7"), background: "#FCC30B")]),
                    HTMLRow([HTMLCell("Affordable and clean energy", alignment: .left)]),
                ], border: 0, cellBorder: 1))
        diagram.nodes.append(DiagramNode(id: "SDG7", label: .html(label), style: NodeStyle(shape: .plain)))

        let renderer = Renderer()
        let svg = try renderer.render(diagram, format: .svg)
        if let path = ProcessInfo.processInfo.environment["COHERENCE_DUMP_PNG"] { try renderer.render(diagram, format: .png).data.write(to: URL(fileURLWithPath: path)) }
        #expect(svg.diagnostics.isEmpty, "\(svg.diagnostics)")
        #expect(svg.inlineSVG?.contains("aria-label=\"The low-emission zone") == true)
        for engine in LayoutEngine.allCases {
            let rendered = try renderer.render(diagram, format: .svg, engine: engine)
            #expect(rendered.diagnostics.isEmpty, "\(engine): \(rendered.diagnostics)")
        }
        #expect(try renderer.dotSource(diagram).contains("subgraph \"cluster_mobility\""))
    }
}
