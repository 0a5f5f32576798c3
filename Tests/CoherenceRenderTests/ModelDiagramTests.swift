import Foundation
import Testing
import Coherence
@testable import CoherenceRender

/// Tests of the model-based diagrams (network, ego, radial, actions, MICMAC, clusters): what they
/// encode, checked on the Graphviz JSON, on small hand-built networks and on the bundled example.
@Suite("Model diagrams")
struct ModelDiagramTests {
    /// Two domains, three actions, four targets and one objective.
    ///
    /// Interactions: 11.6 → 3.9 +2, 11.6 → 8.3 −1, 7.2 → 11.6 +3, 3.9 → 8.3 +1, 8.3 → cores +2.
    /// Ownership: mobility owns 11.6, economy owns 8.3.
    static func network(language: Language = .en) throws -> PolicyNetwork {
        var builder = PolicyNetworkBuilder(name: "Tiny plan", language: language)
        builder.addDomain(id: "mobility", label: "Mobility")
        builder.addDomain(id: "economy", label: "Economy")
        builder.addOwnership(domain: "mobility", of: "11.6")
        builder.addOwnership(domain: "economy", of: "8.3")
        builder.addObjective(id: "cores", label: "Lively village cores")
        builder.addAction(ActionDeclaration(id: "lez", label: "Low-emission zone", domain: "mobility"))
        builder.addAction(ActionDeclaration(id: "bus", label: "Bus network", domain: "mobility"))
        builder.addAction(ActionDeclaration(id: "market", label: "Market square", domain: "economy"))
        builder.addContribution(action: "lez", to: "11.6", score: 2)
        builder.addContribution(action: "lez", to: "8.3", score: -1)
        builder.addContribution(action: "bus", to: "11.6", score: 1)
        builder.addContribution(action: "market", to: "8.3", score: 2)
        for (from, to, score) in [("11.6", "3.9", 2.0), ("11.6", "8.3", -1), ("7.2", "11.6", 3), ("3.9", "8.3", 1), ("8.3", "cores", 2)] {
            builder.addJudgement(InteractionJudgement(expert: "a", from: from, to: to, score: score))
        }
        return try builder.build()
    }

    /// The Graphviz JSON of a diagram, with its nodes by name and its edges.
    struct Layout {
        let json: [String: Any]
        let nodes: [String: [String: Any]]
        let edges: [[String: Any]]

        init(_ diagram: Diagram, engine: LayoutEngine) throws {
            #expect(diagram.validationProblems().isEmpty)
            json = try Fixtures.json(try Renderer().render(diagram, format: .json, engine: engine))
            nodes = Dictionary(uniqueKeysWithValues: Fixtures.jsonNodes(json).map { ($0["name"] as? String ?? "", $0) })
            edges = json["edges"] as? [[String: Any]] ?? []
        }

        /// The names of the nodes at both ends of every edge.
        var links: [String] {
            let objects = json["objects"] as? [[String: Any]] ?? []
            return edges.map { edge in
                let tail = (edge["tail"] as? Int).flatMap { objects.indices.contains($0) ? objects[$0]["name"] as? String : nil } ?? "?"
                let head = (edge["head"] as? Int).flatMap { objects.indices.contains($0) ? objects[$0]["name"] as? String : nil } ?? "?"
                return "\(tail)>\(head)"
            }
        }

        var legendTexts: [String] { Fixtures.drawnTexts(nodes[Diagram.legendNodeID] ?? [:]) }
    }

    @Test func networkColoursTargetsAndEncodesSigns() throws {
        let network = try Self.network()
        let layout = try Layout(NetworkDiagram.make(network), engine: NetworkDiagram.defaultEngine)
        // 5 nodes with interactions: 11.6, 3.9, 8.3, 7.2, cores (+ the legend)
        #expect(Set(layout.nodes.keys) == ["11.6", "3.9", "8.3", "7.2", "cores", Diagram.legendNodeID])
        #expect(layout.nodes["11.6"]?["fillcolor"] as? String == "#FD9D24")   // SDG 11 orange
        #expect(layout.nodes["8.3"]?["fillcolor"] as? String == "#A21942")    // SDG 8 burgundy
        #expect(layout.nodes["8.3"]?["fontcolor"] as? String == "#FFFFFF")    // white on dark
        #expect(layout.nodes["7.2"]?["fontcolor"] as? String == "#1A1A1A")    // dark on SDG 7 yellow
        #expect(layout.nodes["cores"]?["fillcolor"] as? String == NetworkDiagram.neutralFill.description)
        #expect(Fixtures.drawnTexts(layout.nodes["11.6"] ?? [:]).first == "11.6")   // number on the first line, then the name
        #expect(layout.edges.count == 5)
        let negative = try #require(layout.edges.first { $0["color"] as? String == "#C62828" })
        #expect(negative["style"] as? String == "dashed")
        // width: |3| on the 7-point scale → 0.1·9 + 0.9·3 = 3.6
        #expect(layout.edges.contains { $0["penwidth"] as? String == "3.6" && $0["style"] as? String == "solid" })
        // legend: goals 3, 7, 8, 11 present, the objective, the signs; no min-score note on 5 nodes
        let legend = layout.legendTexts
        #expect(legend.contains("SDG 3 Good Health and Well-being"))
        #expect(legend.contains("SDG 11 Sustainable Cities and Communities"))
        #expect(!legend.contains { $0.hasPrefix("SDG 13") })
        #expect(legend.contains("own objective"))
        #expect(legend.contains("reinforces (synergy)") && legend.contains("constrains (trade-off)"))
        #expect(!legend.contains { $0.contains("are hidden") })
    }

    @Test func minScoreHidesWeakLinksAndSaysSo() throws {
        let network = try Self.network()
        let diagram = NetworkDiagram.make(network, options: NetworkDiagramOptions(minScore: 2))
        // |score| ≥ 2 keeps 11.6→3.9 (2), 7.2→11.6 (3), 8.3→cores (2); hides 11.6→8.3 (−1), 3.9→8.3 (1)
        #expect(diagram.edges.count == 3)
        #expect(diagram.legend?.notes.contains("Links with |score| below 2 are hidden (2 of 5).") == true)
        let layout = try Layout(diagram, engine: .neato)
        #expect(layout.legendTexts.contains("Links with |score| below 2 are hidden (2 of 5)."))
    }

    @Test func denseNetworksHideWeakLinksByDefault() throws {
        // 42 targets in a ring (> 40 nodes): scores alternate 1 and −3, so half the links go.
        var builder = PolicyNetworkBuilder(name: "Ring", language: .nl)
        let ids = SDGCatalogue.standard.targets.prefix(42).map(\.id)
        for (i, id) in ids.enumerated() {
            builder.addJudgement(InteractionJudgement(expert: "a", from: id, to: ids[(i + 1) % ids.count], score: i.isMultiple(of: 2) ? 1 : -3))
        }
        let diagram = NetworkDiagram.make(try builder.build())
        #expect(diagram.edges.count == 21)
        #expect(diagram.legend?.notes.contains("Verbanden met |score| onder 2 zijn verborgen (21 van 42).") == true)
        #expect(diagram.nodes.count == 42)   // every node keeps one link of −3
        #expect(diagram.title?.hasPrefix("Interacties tussen doelen") == true)
    }

    @Test func egoOfATargetHasCausesAndEffectsInTwoOrders() throws {
        let network = try Self.network()
        let centre = try #require(network.index(of: "11.6"))
        let diagram = EgoDiagram.make(network, centre: centre, options: EgoDiagramOptions(secondOrderMinScore: 2))
        // first order: actions lez, bus (contributions), 7.2 (in), 3.9 and 8.3 (out);
        // second order out: 3.9→8.3 is 1 (< 2, left out), 8.3→cores 2 (kept)
        #expect(diagram.nodes.map(\.id) == ["11.6", "lez", "bus", "7.2", "3.9", "8.3", "cores"])
        #expect(diagram.edges.count == 6)
        #expect(diagram.nodes.first?.style.penWidth == 3)
        #expect(diagram.nodes.last?.style.fontSize == 9)   // second order drawn smaller
        let layout = try Layout(diagram, engine: EgoDiagram.defaultEngine)
        #expect(layout.links.contains("8.3>cores"))
        #expect(!layout.links.contains("3.9>8.3"))
        #expect(layout.legendTexts.contains("Second order only where |score| ≥ 2."))
    }

    @Test func egoOfAnActionFollowsItsContributions() throws {
        let network = try Self.network()
        let diagram = EgoDiagram.make(network, centre: try #require(network.index(of: "lez")))
        // lez → 11.6 (+2), lez → 8.3 (−1); then 11.6 → 3.9 (2) kept, 11.6 → 8.3 (−1) weak, 8.3 → cores (2) kept
        // (order follows the network's node order; compare as sets)
        #expect(diagram.nodes.first?.id == "lez")
        #expect(Set(diagram.nodes.map(\.id)) == ["lez", "11.6", "8.3", "3.9", "cores"])
        #expect(Set(diagram.edges.map { "\($0.from)>\($0.to)" }) == ["lez>11.6", "lez>8.3", "11.6>3.9", "8.3>cores"])
        #expect(diagram.legend?.entries.first?.text == "action")
    }

    @Test func radialPutsTheNodeInTheMiddleAndTellsDirections() throws {
        let network = try Self.network()
        let diagram = RadialDiagram.make(network, centre: try #require(network.index(of: "8.3")), language: .nl)
        // 8.3 is affected by 11.6 (−1) and 3.9 (+1) and affects cores (+2)
        #expect(diagram.nodes.map(\.id) == ["8.3", "3.9", "11.6", "cores"])
        let layout = try Layout(diagram, engine: RadialDiagram.defaultEngine)
        #expect(layout.nodes["cores"]?["color"] as? String == RadialDiagram.affectedOutline.description)
        #expect(layout.nodes["11.6"]?["color"] as? String == RadialDiagram.affectingOutline.description)
        let into = try #require(layout.edges.first { $0["arrowhead"] as? String == "empty" && $0["label"] as? String == "−1" })
        #expect(into["style"] as? String == "dashed")
        #expect(layout.edges.contains { $0["arrowhead"] as? String == "normal" && $0["label"] as? String == "+2" })
        #expect(layout.legendTexts.contains("blauwe rand: alleen beïnvloed door 8.3"))
        #expect(diagram.title == "8.3 Ondernemerschap en kmo's tegenover de andere doelen" || diagram.title?.hasPrefix("8.3 ") == true)
    }

    @Test func actionsDiagramMarksContributionsToAnotherDomainsTargets() throws {
        let network = try Self.network()
        let diagram = ActionsDiagram.make(network)
        #expect(diagram.clusters.map(\.id) == ["domain:mobility", "domain:economy"])
        #expect(diagram.clusters.map(\.nodeIDs) == [["lez", "bus"], ["market"]])
        // lez → 8.3 crosses into economy's target: full colour; lez → 11.6 stays in mobility: faint
        let cross = try #require(diagram.edges.first { $0.from == "lez" && $0.to == "8.3" })
        #expect(cross.style.colour == Palette.negative)
        let own = try #require(diagram.edges.first { $0.from == "lez" && $0.to == "11.6" })
        #expect(own.style.colour?.alpha == ActionsDiagram.ownOpacity)
        let target = try #require(diagram.nodes.first { $0.id == "8.3" })
        #expect(target.style.penWidth == 3.5)
        #expect(target.label == .plain("8.3\n" + LNOBDiagrams.wrap(DiagramText(.en).name(of: network.node("8.3")!), width: 22) + "\n(of Economy)"))
        #expect(diagram.nodes.first { $0.id == "11.6" }?.style.penWidth != 3.5)
        _ = try Layout(diagram, engine: ActionsDiagram.defaultEngine)

        let economyIndex: Int = try #require(network.index(of: "economy"))
        let economy = ActionsDiagram.make(network, domain: economyIndex)
        #expect(economy.nodes.map(\.id) == ["market", "8.3"])
        #expect(economy.title == "Actions of Economy")
    }

    @Test func micmacPinsPointsAndNamesQuadrants() throws {
        let network = try Self.network(language: .nl)
        let report = micmac(in: network)
        let diagram = MICMACDiagram.make(report, network: network)
        let layout = try Layout(diagram, engine: MICMACDiagram.defaultEngine)
        for name in ["DRIJVERS", "SCHAKELS", "AFHANKELIJK", "AUTONOOM"] {
            #expect(layout.nodes.values.contains { $0["label"] as? String == name })
        }
        // the point with the largest indirect influence sits at the top of the plot
        let top = try #require(report.nodes.max { $0.indirectInfluence < $1.indirectInfluence })
        let point = try #require(diagram.nodes.first { $0.id == top.id })
        #expect(point.position?.y.value == MICMACDiagram.plotHeight)
        #expect(layout.nodes[top.id]?["pos"] as? String != nil)
        let legend = Fixtures.drawnTexts(layout.nodes[MICMACDiagram.legendNodeID] ?? [:])
        #expect(legend.contains { $0.hasPrefix("Drijvers: ") })
        #expect(legend.first == "Legende")
        #expect(diagram.nodes.filter { !$0.id.hasPrefix("_") }.count == report.nodes.count)
    }

    @Test func clustersColourMembersAndStateTheSeed() throws {
        let network = try Self.network()
        let report = communities(in: network, options: CommunityOptions(seed: 7))
        let diagram = ClustersDiagram.make(report, network: network)
        #expect(diagram.subtitle?.contains("seed 7") == true)
        #expect(diagram.clusters.count == report.clusters.count)
        for cluster in report.clusters {
            for member in cluster.members {
                #expect(diagram.nodes.first { $0.id == member.id }?.style.fillColour == ClustersDiagram.colour(ofCluster: cluster.number))
            }
        }
        // every drawn edge stays inside one cluster
        for edge in diagram.edges { #expect(report.clusterOf[edge.from] == report.clusterOf[edge.to]) }
        let layout = try Layout(diagram, engine: ClustersDiagram.defaultEngine)
        #expect(layout.legendTexts.contains { $0.hasPrefix("Cluster 1: ") })
    }

    @Test func everyKindRendersTheBundledExample() throws {
        let network = try BundledExample.network()
        #expect(network.language == .nl)
        let renderer = Renderer()
        let diagrams: [(Diagram, LayoutEngine)] = [
            (NetworkDiagram.make(network), NetworkDiagram.defaultEngine),
            (EgoDiagram.make(network, centre: try #require(network.index(of: "11.6"))), EgoDiagram.defaultEngine),
            (EgoDiagram.make(network, centre: try #require(network.index(of: "lez"))), EgoDiagram.defaultEngine),
            (RadialDiagram.make(network, centre: try #require(network.index(of: "7.2"))), RadialDiagram.defaultEngine),
            (ActionsDiagram.make(network), ActionsDiagram.defaultEngine),
            (MICMACDiagram.make(micmac(in: network), network: network), MICMACDiagram.defaultEngine),
            (ClustersDiagram.make(communities(in: network), network: network), ClustersDiagram.defaultEngine),
        ]
        let preview = ProcessInfo.processInfo.environment["COHERENCE_DIAGRAM_PREVIEW"]
        for (diagram, engine) in diagrams {
            #expect(diagram.validationProblems().isEmpty, "\(diagram.name)")
            #expect(diagram.legend?.title == "Legende" || diagram.nodes.contains { $0.id == MICMACDiagram.legendNodeID })
            let svg = try renderer.render(diagram, format: .svg, engine: engine)
            #expect(svg.diagnostics.filter { $0.lowercased().contains("error") }.isEmpty, "\(diagram.name): \(svg.diagnostics)")
            #expect(svg.text?.contains("<svg") == true)
            let png = try renderer.render(diagram, format: .png, engine: engine)
            #expect(png.data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            if let preview {
                let name = diagram.name + (diagram.name == "ego" ? "-" + diagram.nodes[0].id : "")
                try png.data.write(to: URL(fileURLWithPath: preview).appendingPathComponent(name + ".png"))
            }
        }
        // the example has 31 interaction nodes but about 9 links per node: dense, so weak links are hidden
        #expect(diagrams[0].0.legend?.notes.contains { $0.hasPrefix("Verbanden met |score| onder 2 zijn verborgen") } == true)
    }
}
