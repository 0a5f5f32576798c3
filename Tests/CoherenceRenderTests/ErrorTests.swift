import Foundation
import Testing
@testable import CoherenceRender

@Suite("Errors and diagnostics")
struct ErrorTests {
    @Test("All diagram problems are reported at once")
    func invalidDiagram() {
        var diagram = Diagram(name: "")
        diagram.nodes = [
            DiagramNode(id: "a"), DiagramNode(id: "a"), DiagramNode(id: ""), DiagramNode(id: "bad\nid"),
            DiagramNode(id: Diagram.legendNodeID),
        ]
        diagram.edges = [DiagramEdge(from: "a", to: "missing")]
        diagram.clusters = [
            DiagramCluster(id: "c1", nodeIDs: ["a", "ghost"]),
            DiagramCluster(id: "c2", nodeIDs: ["a"], clusters: [DiagramCluster(id: "c1", nodeIDs: [])]),
        ]
        #expect(throws: RenderError.self) { try Renderer().render(diagram, format: .svg) }
        do {
            _ = try Renderer().dotSource(diagram)
            Issue.record("expected an error")
        } catch RenderError.invalidDiagram(let problems) {
            #expect(problems.count == 9, "\(problems)")
            #expect(problems.contains("diagram name: is empty"))
            #expect(problems.contains("node 2: id \"a\" is used by an earlier node"))
            #expect(problems.contains { $0.contains("node 4") && $0.contains("control character") })
            #expect(problems.contains { $0.contains("reserved for the legend") })
            #expect(problems.contains { $0.contains("\"missing\" is not a node") })
            #expect(problems.contains { $0.contains("\"ghost\" is not a node") })
            #expect(problems.contains("cluster \"c2\": node \"a\" is already in cluster \"c1\""))
            #expect(problems.contains("cluster \"c1\": id is used by another cluster"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    /// A malformed HTML-like label cannot be built with the typed builder, so it goes in through
    /// the internal lowered graph.
    @Test("A logged Graphviz error becomes a thrown error")
    func graphvizError() throws {
        var spec = try Renderer().prepare(Fixtures.goals(), format: .svg, engine: .dot).spec
        spec.nodes[0].settings = [GVSetting(.label, .html("<TABLE><TR><TD>x</TD></TABLE>\n"))]
        do {
            _ = try GraphvizEngine.shared.render(spec, format: "svg", engine: "dot")
            Issue.record("expected an error")
        } catch RenderError.graphviz(let stage, let messages) {
            #expect(stage.contains("laying out"))
            #expect(messages.contains { $0.contains("mismatched tag") && $0.contains("in label of node SDG7") }, "\(messages)")
        }
        // The engine is usable again right after.
        let next = try Renderer().render(Fixtures.goals(), format: .svg)
        #expect(next.diagnostics.isEmpty)
    }

    @Test("Graphviz warnings come back as diagnostics")
    func graphvizWarning() throws {
        var spec = try Renderer().prepare(Fixtures.goals(), format: .svg, engine: .dot).spec
        spec.nodes[1].settings.append(GVSetting(.shape, "no-such-shape"))
        let result = try GraphvizEngine.shared.render(spec, format: "svg", engine: "dot")
        #expect(result.warnings.contains { $0.contains("unknown shape no-such-shape") }, "\(result.warnings)")
        #expect(String(decoding: result.data, as: UTF8.self).contains("</svg>"))
    }

    @Test("A missing layout plugin says how to repair the installation")
    func missingPlugin() throws {
        var spec = try Renderer().prepare(Fixtures.goals(), format: .svg, engine: .dot).spec
        spec.name = "missing"
        do {
            _ = try GraphvizEngine.shared.render(spec, format: "svg", engine: "no-such-engine")
            Issue.record("expected an error")
        } catch RenderError.graphvizSetup(let message) {
            #expect(message.contains("no layout engine \"no-such-engine\""))
            #expect(message.contains("dot -c"))
            #expect(message.contains("config6"))
            #expect(message.contains("libgvc6"))
            #expect(message.contains("dot, "))  // lists what is available
        }
        do {
            _ = try GraphvizEngine.shared.render(spec, format: "no-such-format", engine: "dot")
            Issue.record("expected an error")
        } catch RenderError.graphvizSetup(let message) {
            #expect(message.contains("no output format \"no-such-format\""))
        }
    }
}

@Suite("Size guard")
struct SizeGuardTests {
    @Test func defaultPlan() throws {
        let limits = RenderLimits.default
        #expect(try limits.plan(nodes: 400, edges: 4_000, engine: .dot).engine == .dot)
        let switched = try limits.plan(nodes: 401, edges: 10, engine: .dot)
        #expect(switched.engine == .sfdp)
        #expect(switched.note?.contains("401 nodes is more than 400") == true)
        #expect(try limits.plan(nodes: 10, edges: 4_001, engine: .neato).engine == .sfdp)
        #expect(try limits.plan(nodes: 5_000, edges: 10, engine: .twopi).engine == .twopi)
        #expect(try limits.plan(nodes: 20_000, edges: 200_000, engine: .sfdp).note == nil)
        #expect(throws: RenderError.tooLarge(nodes: 20_001, edges: 0, limits: limits)) {
            try limits.plan(nodes: 20_001, edges: 0, engine: .sfdp)
        }
    }

    @Test("Past the slow-layout threshold dot is replaced by sfdp")
    func switchesToSFDP() throws {
        let rendered = try Renderer(limits: RenderLimits(slowLayoutNodes: 5)).render(Fixtures.chain(10), format: .json)
        #expect(rendered.engineUsed == .sfdp)
        #expect(rendered.diagnostics.first?.contains("sfdp instead of dot") == true)
        let json = try Fixtures.json(rendered)
        #expect(Fixtures.jsonNodes(json).count == 11)
        // The default threshold, for real: 400 nodes plus the legend.
        let large = try Renderer().render(Fixtures.chain(400), format: .svg)
        #expect(large.engineUsed == .sfdp)
    }

    @Test("Past the hard limit rendering fails, naming the limit and how to raise it")
    func hardLimit() throws {
        let renderer = Renderer(limits: RenderLimits(maximumNodes: 8, maximumEdges: 100))
        do {
            _ = try renderer.render(Fixtures.chain(10), format: .svg)
            Issue.record("expected an error")
        } catch let error as RenderError {
            #expect(error == .tooLarge(nodes: 11, edges: 9, limits: renderer.limits))
            #expect(error.description.contains("11 nodes exceeds the limit of 8 (RenderLimits.maximumNodes)"))
            #expect(error.description.contains("Renderer(limits: RenderLimits(maximumNodes:"))
        }
        #expect(throws: RenderError.self) { try renderer.dotSource(Fixtures.chain(10)) }
        #expect(throws: Never.self) {
            try Renderer(limits: RenderLimits(maximumNodes: 11, maximumEdges: 9)).render(Fixtures.chain(10), format: .svg)
        }
    }
}
