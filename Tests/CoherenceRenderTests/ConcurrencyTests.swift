import Foundation
import Testing
@testable import CoherenceRender
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Graphviz behind one lock")
struct ConcurrencyTests {
    @Test("16 renders from parallel tasks")
    func parallelRenders() async throws {
        let results = try await withThrowingTaskGroup(of: (Int, RenderedDiagram).self) { group in
            for index in 0..<16 {
                group.addTask {
                    let diagram = index.isMultiple(of: 2) ? Fixtures.goals() : Fixtures.chain(5 + index, name: "chain\(index)")
                    let engine: LayoutEngine = index.isMultiple(of: 3) ? .neato : .dot
                    return (index, try Renderer().render(diagram, format: .svg, engine: engine))
                }
            }
            var collected: [Int: RenderedDiagram] = [:]
            for try await (index, rendered) in group { collected[index] = rendered }
            return collected
        }
        #expect(results.count == 16)
        for (index, rendered) in results {
            let svg = try #require(rendered.text)
            #expect(svg.contains("</svg>"), "render \(index)")
            #expect(XMLParser(data: rendered.data).parse(), "render \(index) is not well-formed XML")
        }
        // The same diagram rendered concurrently gives the same bytes.
        #expect(results[2]?.data == results[4]?.data)
    }
}
