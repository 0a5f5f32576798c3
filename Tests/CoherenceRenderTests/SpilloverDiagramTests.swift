import Foundation
import Testing
import Coherence
@testable import CoherenceRender

/// Tests of the spillover diagrams: what they encode, and that Graphviz draws them.
@Suite("Spillover diagrams")
struct SpilloverDiagramTests {
    /// Three domains: mob's lez weakens 8.3 of eco (unmanaged) and, via 11.2 → 11.6, strengthens
    /// env's 11.6 by 3·2/3 = +2; it also touches 3.9, which nobody owns.
    static func network() throws -> PolicyNetwork {
        var builder = PolicyNetworkBuilder(name: "Tiny plan", language: .en)
        builder.addDomain(id: "mob", label: "Mobility")
        builder.addDomain(id: "eco", label: "Economy")
        builder.addDomain(id: "env", label: "Environment")
        builder.addOwnership(domain: "mob", of: "11.2")
        builder.addOwnership(domain: "eco", of: "8.3")
        builder.addOwnership(domain: "env", of: "11.6")
        builder.addAction(ActionDeclaration(id: "lez", label: "Low-emission zone", domain: "mob"))
        builder.addContribution(action: "lez", to: "11.2", score: 3)
        builder.addContribution(action: "lez", to: "8.3", score: -1)
        builder.addContribution(action: "lez", to: "3.9", score: 2)
        builder.addJudgement(InteractionJudgement(expert: "a", from: "11.2", to: "11.6", score: 2))
        return try builder.build()
    }

    @Test func domainsDiagramEncodesFlows() throws {
        let network = try Self.network()
        let report = try spillovers(in: network)
        let diagram = SpilloverDiagrams.domains(report, network: network)
        #expect(diagram.validationProblems().isEmpty)
        #expect(diagram.nodes.map(\.id) == ["domain:mob", "domain:eco", "domain:env", "nobody"])
        let tradeOff = try #require(diagram.edges.first { $0.to == "domain:eco" })
        #expect(tradeOff.style.colour == SpilloverDiagrams.unmanagedColour && tradeOff.style.lineStyle == .dashed)
        #expect(tradeOff.label == .plain("\u{2212}1 (1)\n1 unmanaged"))
        let coBenefit = try #require(diagram.edges.first { $0.to == "domain:env" })
        #expect(coBenefit.style.colour == Palette.positive && coBenefit.style.lineStyle == .solid)
        #expect(coBenefit.label == nil && coBenefit.tooltip?.contains("+2") == true)
        // eco receives an unmanaged trade-off: thick dark-red outline.
        #expect(diagram.nodes.first { $0.id == "domain:eco" }?.style.penWidth == 3)
        #expect(diagram.altText.contains("Mobility → Economy: 1 trade-off (−1, 1 unmanaged)."))
        // Co-benefit flows below a minimum are hidden, and the legend says so; trade-offs stay.
        let strict = SpilloverDiagrams.domains(report, network: network, coBenefitMinimum: 3)
        #expect(strict.edges.count == 1 && strict.edges.first?.to == "domain:eco")
        #expect(strict.legend?.notes.last == "2 of the 2 co-benefit flows with a sum below 3 are hidden.")
        let svg = try Renderer().render(diagram, format: .svg, engine: SpilloverDiagrams.domainsEngine)
        #expect(String(decoding: svg.data, as: UTF8.self).contains("Environment"))
    }

    @Test func spilloverPathDiagram() throws {
        let network = try Self.network()
        let report = try spillovers(in: network)
        let finding = try #require(report.finding("lez>11.2>11.6"))
        let diagram = SpilloverDiagrams.spillover(finding, network: network)
        #expect(diagram.validationProblems().isEmpty)
        #expect(diagram.nodes.map(\.id) == ["action:lez", "node:11.2", "node:11.6"])
        #expect(diagram.edges.map(\.label) == [.plain("+3"), .plain("+2")])
        #expect(diagram.clusters.first?.nodeIDs == ["action:lez", "node:11.2"])
        #expect(diagram.subtitle?.contains("strengthens") == true)
        let all = try #require(SpilloverDiagrams.spillovers(from: "lez", report: report, network: network))
        #expect(all.nodes.count == 5 && all.edges.count == 4)   // lez, 11.2, 11.6, 8.3, 3.9
        #expect(all.nodes.first { $0.id == "node:8.3" }?.style.penWidth == 4)   // unmanaged trade-off ends there
        #expect(SpilloverDiagrams.spillovers(from: "nothing", report: report, network: network) == nil)
        _ = try Renderer().render(all, format: .svg)
    }
}
