import Foundation
import Testing
@testable import CoherenceRender

@Suite("Byte-stable output")
struct DeterminismTests {
    @Test("Same diagram, same bytes", arguments: [RenderFormat.svg, .dot, .json])
    func twice(format: RenderFormat) throws {
        let first = try Renderer().render(Fixtures.goals(), format: format)
        _ = try Renderer().render(Fixtures.chain(12), format: format)  // something else in between
        let second = try Renderer().render(Fixtures.goals(), format: format)
        #expect(first.data == second.data)
        #expect(!first.data.isEmpty)
    }

    @Test func dotSourceMatchesDotFormat() throws {
        let renderer = Renderer()
        let source = try renderer.dotSource(Fixtures.goals())
        let rendered = try renderer.render(Fixtures.goals(), format: .dot)
        #expect(rendered.text == source)
        #expect(source.hasPrefix("digraph \"goals\" {\n"))
        #expect(source.hasSuffix("}\n"))
    }

    @Test func dotSourceKeepsDiagramOrder() throws {
        var diagram = Diagram(name: "order")
        diagram.nodes = ["z", "a", "m"].map { DiagramNode(id: $0) }
        diagram.edges = [DiagramEdge(from: "m", to: "z"), DiagramEdge(from: "a", to: "m")]
        let lines = try Renderer().dotSource(diagram).split(separator: "\n").map(String.init)
        let statements = lines.filter { $0.hasPrefix("\t\"") }
        #expect(statements.map { String($0.prefix(9)) } == ["\t\"z\" [lab", "\t\"a\" [lab", "\t\"m\" [lab", "\t\"m\" -> \"", "\t\"a\" -> \""])
    }
}
