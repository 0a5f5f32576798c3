import Coherence

/// The policy domains with their actions and the goals and targets those contribute to.
public enum ActionsDiagram {
    /// The layout engine: dot, left to right (domains and actions left, targets right).
    public static let defaultEngine: LayoutEngine = .dot
    /// Opacity of a contribution that stays inside its own domain (or lands on a target nobody owns):
    /// drawn faint, so that contributions to another domain's targets stand out.
    public static let ownOpacity: UInt8 = 0x59

    /// Draws the actions of every domain (or of one) and what they contribute to.
    ///
    /// Domains are frames holding their actions; goals and targets (filled with their goal's
    /// official colour) sit on the right. A contribution is green and solid when positive, red and
    /// dashed when negative, wider when stronger. A contribution to a target that *another* domain
    /// owns (a spillover) is drawn at full strength, the others faint. A target that receives such a
    /// contribution gets a thick dark outline and its owner's name. Goal tags that only repeat a
    /// tagged target of the same goal count once (``PolicyNetwork/effectiveContributions(of:)``).
    ///
    /// - Parameters:
    ///   - network: The model.
    ///   - domain: The index of one domain to draw, or `nil` for all.
    ///   - language: Language of the texts (`nil`: the model's).
    /// - Returns: A diagram for ``defaultEngine``.
    /// - Complexity: O(a · c) for a actions with c contributions each, plus ownership look-ups.
    public static func make(_ network: PolicyNetwork, domain: Int? = nil, language: Language? = nil) -> Diagram {
        let text = DiagramText(network, override: language)
        let domains = domain.map { [$0] } ?? network.indices(of: .domain)
        var diagram = Diagram(
            name: "actions",
            title: domain.map { text.pick("Acties van \(network.nodes[$0].label)", "Actions of \(network.nodes[$0].label)") }
                ?? text.pick("Acties per beleidsdomein", "Actions per policy domain"),
            subtitle: network.name,
            graphStyle: GraphStyle(rankDirection: .leftToRight, nodeSeparation: 0.12, rankSeparation: 1.8),
            edgeStyle: EdgeStyle(arrowSize: 0.6))

        var targets: [Int] = []
        var seenTargets = Set<Int>()
        var crossOwners: [Int: Set<Int>] = [:]      // target → owning domains it is a spillover for
        var edges: [DiagramEdge] = []
        var crossCount = 0
        for d in domains {
            var members: [String] = []
            for action in network.actions(inDomain: d) {
                let contributions = network.effectiveContributions(of: action).filter { ($0.score ?? 0) != 0 }
                guard !contributions.isEmpty else { continue }
                let node = network.nodes[action]
                members.append(node.id)
                diagram.nodes.append(DiagramNode(
                    id: node.id, label: .plain(LNOBDiagrams.wrap(node.label, width: 30)),
                    style: NodeStyle(shape: .box, fillColour: "#FFFFFF", lineColour: "#9E9E9E", fontSize: 10),
                    tooltip: node.label))
                for edge in contributions {
                    if seenTargets.insert(edge.to).inserted { targets.append(edge.to) }
                    let owners = network.owners(of: edge.to)
                    let cross = !owners.isEmpty && !owners.contains(d)
                    var style = Palette.edgeStyle(forScore: edge.score ?? 0, scaleMagnitude: network.scale.magnitude)
                    if cross {
                        crossOwners[edge.to, default: []].formUnion(owners)
                        crossCount += 1
                    } else if let colour = style.colour {
                        style.colour = Colour(red: colour.red, green: colour.green, blue: colour.blue, alpha: ownOpacity)
                    }
                    let target = network.nodes[edge.to]
                    edges.append(DiagramEdge(
                        from: node.id, to: target.id, style: style,
                        tooltip: "\(node.label) → \(target.id): \(text.number(edge.score ?? 0))"))
                }
            }
            guard !members.isEmpty else { continue }
            diagram.clusters.append(DiagramCluster(
                id: "domain:\(network.nodes[d].id)", label: .plain(network.nodes[d].label), nodeIDs: members,
                style: ClusterStyle(fillColour: "#F5F5F5", lineColour: "#BDBDBD", fontSize: 12)))
        }

        let ordered = targets.sorted { compare(network.nodes[$0].id, network.nodes[$1].id) }
        for index in ordered {
            var node = NetworkDiagram.node(index, in: network, text: text)
            if let owners = crossOwners[index] {
                node.style.penWidth = 3.5
                node.style.lineColour = "#212121"
                let names = owners.sorted().map { network.nodes[$0].label }.joined(separator: ", ")
                if case .plain(let label)? = node.label {
                    node.label = .plain(label + "\n" + text.pick("(van \(names))", "(of \(names))"))
                }
            }
            diagram.nodes.append(node)
        }
        diagram.edges = edges

        let entries = NetworkDiagram.legendEntries(for: Set(ordered), in: network, text: text).filter {
            if case .line = $0.sample { return false }
            return true
        } + [
            LegendEntry(.line(colour: Palette.positive, style: .solid, width: Palette.penWidth(forScore: 2)),
                        text.pick("draagt bij aan een doel van een ánder domein", "contributes to another domain's target")),
            LegendEntry(.line(colour: Palette.negative, style: .dashed, width: Palette.penWidth(forScore: -2)),
                        text.pick("belemmert een doel van een ánder domein", "constrains another domain's target")),
            LegendEntry(.line(colour: Colour(red: 0x2E, green: 0x7D, blue: 0x32, alpha: ownOpacity), style: .solid, width: Palette.penWidth(forScore: 2)),
                        text.pick("bijdrage binnen het eigen domein (of aan een doel zonder eigenaar)",
                                  "contribution within its own domain (or to a target nobody owns)")),
        ]
        diagram.legend = Legend(title: text.legendTitle, entries: entries, notes: [
            text.pick("Dik omrand: een doel dat een ander domein beheert en dat deze acties raken; tussen haakjes de eigenaar.",
                      "Thick outline: a target another domain owns that these actions touch; its owner in brackets."),
            text.pick("Dikte van een pijl: sterkte van de bijdrage.", "Arrow width: strength of the contribution."),
        ])
        diagram.altText = text.pick(
            "\(diagram.clusters.count) domeinen met \(diagram.clusters.map(\.nodeIDs.count).reduce(0, +)) acties die bijdragen aan \(ordered.count) doelen; \(crossCount) bijdragen raken een doel van een ander domein.",
            "\(diagram.clusters.count) domains with \(diagram.clusters.map(\.nodeIDs.count).reduce(0, +)) actions contributing to \(ordered.count) goals; \(crossCount) contributions touch another domain's target.")
        return diagram
    }

    /// Orders goal and target ids naturally: "SDG3" < "3.4" < "11.6" < "11.a" by goal, then target.
    static func compare(_ a: String, _ b: String) -> Bool {
        func key(_ id: String) -> (Int, Int, String) {
            if id.hasPrefix("SDG"), let n = Int(id.dropFirst(3)) { return (n, -1, "") }
            let parts = id.split(separator: ".", maxSplits: 1)
            if parts.count == 2, let goal = Int(parts[0]) {
                return (goal, Int(parts[1]) ?? 100, String(parts[1]))
            }
            return (1_000, 0, id)
        }
        let ka = key(a), kb = key(b)
        return ka.0 != kb.0 ? ka.0 < kb.0 : (ka.1 != kb.1 ? ka.1 < kb.1 : ka.2 < kb.2)
    }
}
