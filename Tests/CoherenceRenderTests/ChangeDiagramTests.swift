import Foundation
import Testing
import Coherence
@testable import CoherenceRender

/// The diagram of what changed in the spillovers between two versions.
@Suite("Change diagram")
struct ChangeDiagramTests {
    /// Economy owns 8.5, Environment 15.1. Before: `old` (Economy) weakens 15.1 by −1. After: `old`
    /// is gone, `new` (Economy) weakens 15.1 by −2, and Housing is a new domain without findings.
    static func versions() throws -> (PolicyNetwork, PolicyNetwork) {
        func build(_ actions: [(String, Double)], housing: Bool) throws -> PolicyNetwork {
            var builder = PolicyNetworkBuilder(name: "Tiny plan", language: .en)
            builder.addDomain(id: "eco", label: "Economy")
            builder.addDomain(id: "env", label: "Environment")
            if housing { builder.addDomain(id: "hou", label: "Housing") }
            builder.addOwnership(domain: "eco", of: "8.5")
            builder.addOwnership(domain: "env", of: "15.1")
            for (id, score) in actions {
                builder.addAction(ActionDeclaration(id: id, label: id.capitalized, domain: "eco"))
                builder.addContribution(action: id, to: "15.1", score: score)
            }
            return try builder.build()
        }
        return (try build([("old", -1)], housing: false), try build([("new", -2)], housing: true))
    }

    @Test("new trade-offs are highlighted, resolved ones faded, and Graphviz draws it")
    func encodesChanges() throws {
        let (before, after) = try Self.versions()
        let comparison = compare(before, after)
        let diagram = try #require(SpilloverDiagrams.changes(comparison, before: before, after: after, language: .en))
        #expect(diagram.validationProblems().isEmpty)
        #expect(diagram.nodes.map(\.id) == ["domain:eco", "domain:env", "domain:hou"])
        #expect(diagram.nodes.last?.style.penWidth == 3, "a new domain has a thick outline")
        let new = try #require(diagram.edges.first { $0.style.colour == Palette.negative })
        // One new trade-off of |−2|: bold width 1.2 + 1.6·√2.
        #expect(new.from == "domain:eco" && new.to == "domain:env" && new.style.lineStyle == .dashed)
        #expect(new.label == .plain("+1 new") && abs((new.style.penWidth?.value ?? 0) - (1.2 + 1.6 * 2.0.squareRoot())) < 1e-9)
        let resolved = try #require(diagram.edges.first { $0.style.colour == SpilloverDiagrams.resolvedTradeOffColour })
        #expect(resolved.style.lineStyle == .dotted && resolved.label == .plain("1 resolved"))
        #expect(SpilloverDiagrams.resolvedTradeOffColour.alpha < 255)
        #expect(diagram.altText.hasPrefix("Changes in the spillovers between 3 policy domains: 1 new trade-off, 1 resolved"))
        let svg = try Renderer().render(diagram, format: .svg, engine: SpilloverDiagrams.domainsEngine)
        let text = String(decoding: svg.data, as: UTF8.self)
        #expect(text.contains("+1 new") && text.contains("1 resolved"))
        #expect(text.contains("stroke-opacity"), "the faded arrow is translucent")
        let dutch = try #require(SpilloverDiagrams.changes(comparison, before: before, after: after, language: .nl))
        #expect(dutch.title == "Wat veranderde tussen de beleidsdomeinen" && dutch.edges.contains { $0.label == .plain("+1 nieuw") })
    }

    @Test("no diagram when nothing changed or spillovers were not compared")
    func nothingToDraw() throws {
        let (before, _) = try Self.versions()
        #expect(SpilloverDiagrams.changes(compare(before, before), before: before, after: before, language: .en) == nil)
    }
}
