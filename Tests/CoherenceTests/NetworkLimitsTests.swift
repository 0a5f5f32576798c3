import Foundation
import Testing
@testable import Coherence

/// Node and edge limits checked when a network is built (``NetworkLimits``).
@Suite("Network limits (nodes and edges)")
struct NetworkLimitsTests {
    /// A builder with `domains` declared domains and `owned` ownership links (domain d0 owns the first targets).
    func builder(domains: Int, owned: Int) -> PolicyNetworkBuilder {
        var b = PolicyNetworkBuilder(name: "limits")
        for i in 0..<domains { b.addDomain(id: "d\(i)", label: "D\(i)", at: SourceLocation(file: "m.yaml", line: i + 1)) }
        let targets = SDGCatalogue.standard.targets.prefix(owned)
        for target in targets { b.addOwnership(domain: "d0", of: target.id) }
        return b
    }

    @Test("the defaults are generous enough for a region: 2,000,000 nodes and 20,000,000 links")
    func defaults() {
        #expect(NetworkLimits.standard.maxNodes == 2_000_000)
        #expect(NetworkLimits.standard.maxEdges == 20_000_000)
        #expect(NetworkLimits.current == .standard)
    }

    @Test("nodes: at the limit the network builds; one more is refused with a message naming --max-nodes")
    func nodeLimit() throws {
        let limits = NetworkLimits(maxNodes: 5, maxEdges: 100)
        let atLimit = try NetworkLimits.$current.withValue(limits) { try builder(domains: 5, owned: 1).build() }
        #expect(atLimit.nodes(of: .domain).count == 5)
        let error = try #require(throws: InputError.self) {
            try NetworkLimits.$current.withValue(limits) { try builder(domains: 6, owned: 1).build() }
        }
        let d = try #require(error.errors.first)
        #expect(error.errors.count == 1)
        #expect(d.location?.description == "m.yaml")
        #expect(d.message == "the model has 6 nodes, more than the limit of 5")
        #expect(d.suggestion?.contains("--max-nodes") == true)
        #expect(d.suggestion?.contains("NetworkLimits.maxNodes") == true)
    }

    @Test("edges: at the limit the network builds; one more is refused with a message naming --max-edges")
    func edgeLimit() throws {
        let limits = NetworkLimits(maxNodes: 100, maxEdges: 10)
        _ = try NetworkLimits.$current.withValue(limits) { try builder(domains: 1, owned: 10).build() }
        let error = try #require(throws: InputError.self) {
            try NetworkLimits.$current.withValue(limits) { try builder(domains: 1, owned: 11).build() }
        }
        #expect(error.errors.count == 1)
        #expect(error.errors.first?.message == "the model has 11 links, more than the limit of 10")
        #expect(error.errors.first?.suggestion?.contains("--max-edges 20") == true)
    }

    @Test("every expert's interaction score and every unscored link counts as a link")
    func judgementsAndUnscoredCount() throws {
        let limits = NetworkLimits(maxNodes: 100, maxEdges: 3)
        let matrix = try MatrixReader.read(data: Data("x,a,b\na,,1\nb,-100,\n".utf8), file: "m.csv", expert: "e",
                                           options: MatrixReadOptions(unscoredCodes: [-100]))
        let other = CrossImpactMatrix(expert: "f", ids: matrix.ids, cells: matrix.cells)
        // 2 scores (e and f on a → b) + 1 unscored link = 3: at the limit.
        let built = try NetworkLimits.$current.withValue(limits) { try MatrixImport.network(from: [matrix, other], name: "t") }
        #expect(built.unscoredLinks.count == 1)
        let tight = NetworkLimits(maxNodes: 100, maxEdges: 2)
        let error = try #require(throws: InputError.self) {
            try NetworkLimits.$current.withValue(tight) { try MatrixImport.network(from: [matrix, other], name: "t") }
        }
        #expect(error.errors.first?.message.contains("3 links") == true)
        #expect(error.errors.first?.location?.file == "m.csv")
    }

    @Test("a model file over the limit is refused whole, by the reader, before analysis")
    func modelReader() throws {
        let text = "coherence: 1\nname: N\ndomains:\n" + (0..<4).map { "  - {id: d\($0), label: D}\n" }.joined()
        _ = try NetworkLimits.$current.withValue(NetworkLimits(maxNodes: 4)) { try readModel(text) }
        let error = try #require(throws: InputError.self) {
            try NetworkLimits.$current.withValue(NetworkLimits(maxNodes: 3)) { try readModel(text) }
        }
        #expect(error.errors.first?.location?.file == "test.yaml")
        #expect(error.errors.first?.message.contains("4 nodes") == true)
    }

    @Test("counts are written with thousands separators; suggested limits are round")
    func formatting() {
        #expect(NetworkLimits.grouped(2_000_001) == "2,000,001")
        #expect(NetworkLimits.grouped(999) == "999")
        #expect(NetworkLimits.suggested(2_000_001) == 3_000_000)
        #expect(NetworkLimits.suggested(11) == 20)
        let d = NetworkLimits.standard.diagnostics(nodes: 2_000_001, edges: 20_000_000)
        #expect(d.count == 1)
        #expect(d.first?.description.contains("2,000,001 nodes, more than the limit of 2,000,000") == true)
    }
}
