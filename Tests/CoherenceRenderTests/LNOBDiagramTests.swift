import Foundation
import Testing
import Coherence
@testable import CoherenceRender

/// Tests of the LNOB and coverage diagrams: what they encode, and that Graphviz draws them.
@Suite("LNOB and coverage diagrams")
struct LNOBDiagramTests {
    static func network() throws -> PolicyNetwork {
        var builder = PolicyNetworkBuilder(name: "Tiny plan", language: .en)
        builder.addDomain(id: "mobility", label: "Mobility")
        builder.addAction(ActionDeclaration(id: "lez", label: "Low-emission zone", domain: "mobility", budget: 1000))
        builder.addAction(ActionDeclaration(id: "budget", label: "Mobility budget", domain: "mobility", budget: 500))
        builder.addAction(ActionDeclaration(id: "bus", label: "Bus network", domain: "mobility"))
        builder.addGroupEffect(action: "lez", group: "low-income", score: -2)
        builder.addGroupEffect(action: "budget", group: "low-income", score: 2)
        builder.addGroupEffect(action: "bus", group: "low-income", score: 1)
        builder.addGroupEffect(action: "bus", group: "older-persons", score: -2)
        builder.addMitigation(by: "budget", of: "lez", on: "low-income")
        builder.addContribution(action: "lez", to: "11.6", score: 2)
        builder.addContribution(action: "budget", to: "SDG1", score: 1)
        builder.addContribution(action: "bus", to: "11.2", score: -1)
        return try builder.build()
    }

    @Test func lnobDiagramEncodesStatusesAndBurdens() throws {
        let network = try Self.network()
        let diagram = LNOBDiagrams.lnob(lnobAnalysis(in: network), network: network)
        #expect(diagram.validationProblems().isEmpty)
        // every group is drawn, also the eight no action touches
        let groups = diagram.nodes.filter { $0.id.hasPrefix("group:") }
        #expect(groups.count == 10)
        let lowIncome = try #require(groups.first { $0.id == "group:low-income" })
        #expect(lowIncome.style.fillColour == LNOBDiagrams.fullColour)     // 2 benefits, the −2 mitigated
        let older = try #require(groups.first { $0.id == "group:older-persons" })
        #expect(older.style.fillColour == LNOBDiagrams.noneColour)
        #expect(older.style.shape == .octagon)
        #expect(groups.first { $0.id == "group:homeless" }?.style.fillColour == LNOBDiagrams.noneColour)
        // only actions with a group effect; edges: 3 to low-income, 1 to older persons
        #expect(diagram.nodes.filter { $0.id.hasPrefix("action:") }.map(\.id) == ["action:lez", "action:budget", "action:bus"])
        #expect(diagram.edges.count == 4)
        let mitigated = try #require(diagram.edges.first { $0.from == "action:lez" })
        #expect(mitigated.style.colour == LNOBDiagrams.mitigatedColour)
        #expect(mitigated.style.lineStyle == .dashed)
        #expect(mitigated.label == .plain("\u{2212}2\nmitigated\nno voice"))
        let severe = try #require(diagram.edges.first { $0.to == "group:older-persons" })
        #expect(severe.style.colour == Palette.negative)
        #expect(severe.label == .plain("\u{2212}2\nnot mitigated\nno voice"))
        #expect(diagram.altText.contains("Not reached: women and girls; children and young people; older persons;"))
        #expect(diagram.altText.contains("Full: people in poverty."))
        #expect(diagram.legend != nil)
    }

    @Test func coverageDiagramHasSeventeenTiles() throws {
        let network = try Self.network()
        let report = coverageAnalysis(in: network)
        let diagram = CoverageDiagram.make(report, network: network)
        #expect(diagram.validationProblems().isEmpty)
        guard case .html(let label)? = diagram.nodes.first?.label, case .table(let grid) = label.content else {
            Issue.record("the coverage diagram is one HTML table")
            return
        }
        #expect(grid.rows.map(\.cells.count) == [6, 6, 5])
        // SDG 11: 1 of 10 covered (11.6) → 0.45 + 0.55/10; SDG 1 goal level only → 0.4; SDG 14 → 0.12
        #expect(abs(CoverageDiagram.intensity(try #require(report.goal(11))) - 0.505) < 1e-12)
        #expect(CoverageDiagram.intensity(try #require(report.goal(1))) == 0.4)
        #expect(CoverageDiagram.intensity(try #require(report.goal(14))) == 0.12)
        #expect(CoverageDiagram.tint("#FD9D24", 1) == "#FD9D24")
        #expect(CoverageDiagram.tint("#FD9D24", 0) == "#FFFFFF")
        #expect(CoverageDiagram.euro(3_200_000, nl: true) == "€ 3,2 mln")
        #expect(CoverageDiagram.euro(45_000, nl: false) == "€ 45,000")
        #expect(diagram.altText.contains("Goal level only: SDG 1"))
    }

    @Test func bothDiagramsRenderTheBundledExample() throws {
        let network = try BundledExample.network()
        let renderer = Renderer()
        let lnob = try renderer.render(LNOBDiagrams.lnob(lnobAnalysis(in: network), network: network), format: .svg)
        let svg = String(decoding: lnob.data, as: UTF8.self)
        #expect(svg.contains("thuislozen"))   // Graphviz writes "-" as &#45; in SVG text
        #expect(svg.contains("niet bereikt"))
        let coverage = try renderer.render(CoverageDiagram.make(coverageAnalysis(in: network), network: network), format: .svg)
        let coverageSVG = String(decoding: coverage.data, as: UTF8.self)
        #expect(coverageSVG.contains("SDG 14"))
        #expect(coverageSVG.contains("niet aangepakt"))
        #expect(coverageSVG.lowercased().contains("#fd9d24") || coverageSVG.lowercased().contains("fill=\"#fd"))
    }
}
