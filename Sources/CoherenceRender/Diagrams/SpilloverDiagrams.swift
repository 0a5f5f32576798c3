import Coherence
import Foundation

/// Diagrams of the spillover analysis: the flows between policy domains, and the path of one
/// spillover (or of all spillovers of one action) from the action to where it lands.
public enum SpilloverDiagrams {
    /// The engine that lays out the domains diagram best (domains on a circle).
    public static let domainsEngine: LayoutEngine = .circo
    /// The engine that lays out path diagrams best (left to right).
    public static let pathEngine: LayoutEngine = .dot
    /// Above this many co-benefit flows, ``domains(_:network:scope:coBenefitMinimum:)`` hides the weak ones by default.
    public static let coBenefitFlowLimit = 20
    /// Colour of trade-off flows that hold at least one unmanaged trade-off: dark red.
    public static let unmanagedColour: Colour = "#7F0000"
    /// Fill of domain and action nodes: light grey.
    public static let domainFill: Colour = "#ECEFF1"
    /// Fill of the node for targets nobody owns: white.
    public static let nobodyFill: Colour = "#FFFFFF"

    /// One node per policy domain and the aggregated spillovers between them.
    ///
    /// Each (action, target) pair counts once (``SpilloverReport`` aggregates). Per pair of
    /// domains there are at most two arrows: co-benefits (green, solid) and trade-offs (red,
    /// dashed; dark red when at least one is unmanaged), each as wide as the square root of its
    /// summed |strength|. Trade-offs are always drawn and labelled with their sum, their count and
    /// how many are unmanaged; co-benefits carry their numbers in the tooltip and the alt text, and
    /// when there are more than ``coBenefitFlowLimit`` co-benefit flows, those with a summed strength
    /// below s (3 on the default scale) are hidden, which the legend says. Spillovers on targets
    /// nobody owns go to a dashed "nobody" node. A domain that receives an unmanaged trade-off has
    /// a thick dark-red outline.
    ///
    /// - Parameters:
    ///   - report: The spillover report (its language sets the diagram's language).
    ///   - network: The plan the report was computed from (domain labels, the scale).
    ///   - scope: Draw only this scope's totals; `nil` for all scopes together.
    ///   - coBenefitMinimum: Hide co-benefit flows with a smaller summed strength; `nil` for the
    ///     default rule above, 0 to draw them all.
    /// - Returns: A diagram for circo (``domainsEngine``), with legend and alt text.
    /// - Complexity: O(d²) for d domains.
    public static func domains(_ report: SpilloverReport, network: PolicyNetwork, scope: Scope? = nil,
                               coBenefitMinimum: Double? = nil) -> Diagram {
        let text = DiagramText(report.parameters.language)
        let s = network.scale.magnitude
        func totals(_ scoped: ScopedSpilloverTotals) -> SpilloverTotals { scope.map { scoped[$0] } ?? scoped.total }
        let scopeName = scope.map { scopeWord($0, text: text) }
        var diagram = Diagram(
            name: "spillovers-domains",
            title: text.pick("Spillovers tussen beleidsdomeinen", "Spillovers between policy domains") + " — \(network.name)",
            subtitle: text.pick("Wat de acties van een domein doen met de subdoelen van een ander domein",
                                "What one domain's actions do to another domain's targets")
                + (scopeName.map { " (\($0))" } ?? ""),
            graphStyle: GraphStyle(rankDirection: .leftToRight, nodeSeparation: 0.5, rankSeparation: 1.4))

        var receivesUnmanaged = Set<String>()
        for flow in report.flows where totals(flow.totals).unmanagedTradeOffs > 0 { receivesUnmanaged.insert(flow.to ?? "") }
        for domain in report.domains {
            let exported = totals(domain.exports), received = totals(domain.receives)
            let summary = text.pick("geeft \(text.number(exported.coBenefitStrength)) / \(text.number(exported.tradeOffStrength))",
                                    "gives \(text.number(exported.coBenefitStrength)) / \(text.number(exported.tradeOffStrength))")
                + "\n" + text.pick("krijgt \(text.number(received.coBenefitStrength)) / \(text.number(received.tradeOffStrength))",
                                   "gets \(text.number(received.coBenefitStrength)) / \(text.number(received.tradeOffStrength))")
            let alarm = receivesUnmanaged.contains(domain.domain)
            diagram.nodes.append(DiagramNode(
                id: "domain:\(domain.domain)", label: .plain(LNOBDiagrams.wrap(domain.label, width: 24) + "\n" + summary),
                style: NodeStyle(shape: .box, fillColour: domainFill, lineColour: alarm ? unmanagedColour : "#607D8B",
                                 fontSize: 11, penWidth: alarm ? 3 : 1),
                tooltip: domain.label))
        }
        if report.flows.contains(where: { $0.to == nil && totals($0.totals).count > 0 }) {
            diagram.nodes.append(DiagramNode(
                id: "nobody", label: .plain(text.pick("niemand\n(subdoelen zonder eigenaar)", "nobody\n(targets nobody owns)")),
                style: NodeStyle(shape: .box, fillColour: nobodyFill, lineColour: unmanagedColour, fontSize: 11,
                                 penWidth: 2, lineStyle: .dashed),
                tooltip: text.pick("Subdoelen waarvoor geen domein verantwoordelijk is", "Targets no domain is responsible for")))
        }

        let labels = Dictionary(uniqueKeysWithValues: report.domains.map { ($0.domain, $0.label) })
        let coBenefitFlows = report.flows.filter { totals($0.totals).coBenefits > 0 }.count
        let minimum = coBenefitMinimum ?? (coBenefitFlows > coBenefitFlowLimit ? s : 0)
        var hidden = 0
        var lines: [String] = []
        for flow in report.flows {
            let t = totals(flow.totals)
            guard t.count > 0 else { continue }
            let from = "domain:\(flow.from)", to = flow.to.map { "domain:\($0)" } ?? "nobody"
            let toLabel = flow.to.map { labels[$0] ?? $0 } ?? text.pick("niemand", "nobody")
            if t.coBenefits > 0 && t.coBenefitStrength < minimum {
                hidden += 1
            } else if t.coBenefits > 0 {
                var style = Palette.edgeStyle(forScore: 1, scaleMagnitude: s)
                style.penWidth = width(t.coBenefitStrength, s: s)
                diagram.edges.append(DiagramEdge(from: from, to: to, style: style,
                                                 tooltip: "\(labels[flow.from] ?? flow.from) → \(toLabel): \(t.coBenefits) co-benefits, \(text.number(t.coBenefitStrength))"))
            }
            if t.tradeOffs > 0 {
                var style = Palette.edgeStyle(forScore: -1, scaleMagnitude: s)
                style.penWidth = width(t.tradeOffStrength, s: s)
                var label = "\(text.number(t.tradeOffStrength)) (\(t.tradeOffs))"
                if t.unmanagedTradeOffs > 0 {
                    style.colour = unmanagedColour
                    label += "\n" + text.pick("\(t.unmanagedTradeOffs) onbeheerd", "\(t.unmanagedTradeOffs) unmanaged")
                }
                style.fontColour = style.colour
                let tip = text.pick("\(t.tradeOffs) afwegingen, \(t.unmanagedTradeOffs) onbeheerd",
                                    "\(t.tradeOffs) trade-offs, \(t.unmanagedTradeOffs) unmanaged")
                diagram.edges.append(DiagramEdge(from: from, to: to, label: .plain(label), style: style,
                                                 tooltip: "\(labels[flow.from] ?? flow.from) → \(toLabel): \(tip), \(text.number(t.tradeOffStrength))"))
            }
            lines.append(altLine(from: labels[flow.from] ?? flow.from, to: toLabel, totals: t, text: text))
        }

        diagram.legend = Legend(
            title: text.legendTitle,
            entries: [
                LegendEntry(.line(colour: Palette.positive, style: .solid, width: 2.4), "co-benefits"),
                LegendEntry(.line(colour: Palette.negative, style: .dashed, width: 2.4), text.pick("afwegingen, alle beheerd", "trade-offs, all managed")),
                LegendEntry(.line(colour: unmanagedColour, style: .dashed, width: 2.4),
                            text.pick("afwegingen waarvan een deel onbeheerd", "trade-offs, some unmanaged")),
                LegendEntry(.swatch(domainFill), text.pick("domein: geeft en krijgt (co-benefits / afwegingen)",
                                                           "domain: gives and gets (co-benefits / trade-offs)")),
            ],
            notes: [text.pick("Dikte: som van de sterktes; elke combinatie van actie en subdoel telt één keer.",
                              "Width: summed strength; each action–target pair counts once."),
                    text.pick("Label van een afweging: som (aantal), en hoeveel er onbeheerd zijn.",
                              "Trade-off label: sum (count), and how many are unmanaged."),
                    text.pick("Dikke rode rand: het domein krijgt een onbeheerde afweging.",
                              "Thick red outline: the domain receives an unmanaged trade-off.")]
                + (hidden == 0 ? [] : [text.pick(
                    "\(hidden) van de \(coBenefitFlows) stromen van co-benefits met een som onder \(text.number(minimum, signed: false)) zijn verborgen.",
                    "\(hidden) of the \(coBenefitFlows) co-benefit flows with a sum below \(text.number(minimum, signed: false)) are hidden.")]))
        let total = totals(report.totals)
        diagram.altText = text.pick(
            "Spillovers tussen \(report.domains.count) beleidsdomeinen: \(total.coBenefits) co-benefits en \(total.tradeOffs) afwegingen, waarvan \(total.unmanagedTradeOffs) onbeheerd. ",
            "Spillovers between \(report.domains.count) policy domains: \(total.coBenefits) co-benefits and \(total.tradeOffs) trade-offs, \(total.unmanagedTradeOffs) of them unmanaged. ")
            + lines.joined(separator: " ")
        return diagram
    }

    /// The path of one spillover, from the action through each target to where it lands.
    ///
    /// - Parameters:
    ///   - finding: The spillover.
    ///   - network: The plan (goal colours, owners, the scale).
    ///   - language: The language of the diagram; `nil` for the finding's report language, i.e. the model's.
    /// - Returns: A left-to-right diagram with the explanation as subtitle.
    /// - Complexity: O(path length).
    public static func spillover(_ finding: Spillover, network: PolicyNetwork, language: Language? = nil) -> Diagram {
        let text = DiagramText(network, override: language)
        return paths([finding], network: network, text: text, name: "spillover",
                     title: "Spillover " + finding.path.joined(separator: " → "),
                     subtitle: LNOBDiagrams.wrap(finding.explanation, width: 90))
    }

    /// Every spillover of one action in one picture (the paths merged).
    ///
    /// - Parameters:
    ///   - action: The action's id.
    ///   - report: The spillover report (with full detail).
    ///   - network: The plan.
    /// - Returns: The diagram, or `nil` when the report has no finding of that action.
    /// - Complexity: O(total path length of the action's findings).
    public static func spillovers(from action: String, report: SpilloverReport, network: PolicyNetwork) -> Diagram? {
        let findings = report.findings.filter { $0.action == action }
        guard let first = findings.first else { return nil }
        let text = DiagramText(report.parameters.language)
        let trade = findings.filter { $0.effect == .tradeOff }.count
        return paths(findings, network: network, text: text, name: "spillovers-\(action)",
                     title: text.pick("Spillovers van", "Spillovers of") + " ‘\(first.actionLabel)’ (\(first.domainLabel))",
                     subtitle: text.pick("\(findings.count - trade) co-benefits, \(trade) afwegingen",
                                         "\(findings.count - trade) co-benefits, \(trade) trade-offs"))
    }

    /// Draws the union of some findings' paths.
    static func paths(_ findings: [Spillover], network: PolicyNetwork, text: DiagramText, name: String,
                      title: String, subtitle: String) -> Diagram {
        let s = network.scale.magnitude
        var diagram = Diagram(name: name, title: title, subtitle: subtitle,
                              graphStyle: GraphStyle(rankDirection: .leftToRight, nodeSeparation: 0.3, rankSeparation: 0.9))
        var seen = Set<String>()
        var edgesSeen = Set<String>()
        var ends: [String: Spillover] = [:]
        for finding in findings where ends[finding.target].map({ abs($0.strength) < abs(finding.strength) }) ?? true {
            ends[finding.target] = finding
        }
        var goals = Set<Int>()
        var actingCluster: [String] = []
        for finding in findings {
            for (k, id) in finding.path.enumerated() where seen.insert(id).inserted {
                if k == 0 {
                    let label = LNOBDiagrams.wrap(finding.actionLabel, width: 28) + "\n(\(finding.domainLabel))"
                    diagram.nodes.append(DiagramNode(
                        id: "action:\(id)", label: .plain(label),
                        style: NodeStyle(shape: .box, fillColour: domainFill, lineColour: "#607D8B", fontSize: 11), tooltip: finding.actionLabel))
                    actingCluster.append("action:\(id)")
                    continue
                }
                guard let index = network.index(of: id) else { continue }
                let node = network.nodes[index]
                let owners = network.owners(of: index).map { network.nodes[$0] }
                let ownerText = owners.isEmpty ? text.pick("geen eigenaar", "no owner") : owners.map(\.label).joined(separator: ", ")
                var style: NodeStyle
                if let number = network.goalNumber(of: index), let goal = SDGCatalogue.standard.goal(number) {
                    goals.insert(number)
                    let colour = Colour(hex: goal.colour) ?? Palette.neutral
                    style = NodeStyle(shape: .box, fillColour: colour, lineColour: colour, fontSize: 10)
                } else {
                    style = NodeStyle(shape: .box, fillColour: "#CFD8DC", lineColour: "#546E7A", fontSize: 10)
                }
                if let end = ends[id], end.management == .unmanaged {
                    style.lineColour = unmanagedColour
                    style.penWidth = 4
                }
                var label = text.label(of: node) + "\n(\(ownerText))"
                if let end = ends[id] {
                    label += "\n" + text.pick("effect ", "effect ") + text.number(end.strength)
                    switch end.management {
                    case .managed?: label += text.pick(", beheerd", ", managed")
                    case .partly?: label += text.pick(", deels beheerd", ", partly managed")
                    case .unmanaged?: label += text.pick(", onbeheerd", ", unmanaged")
                    case nil: break
                    }
                }
                diagram.nodes.append(DiagramNode(
                    id: "node:\(id)", label: .plain(label), style: style,
                    tooltip: text.name(of: node)))
                if owners.contains(where: { $0.id == finding.domain }) { actingCluster.append("node:\(id)") }
            }
            for k in 1..<finding.path.count {
                let from = k == 1 ? "action:\(finding.path[0])" : "node:\(finding.path[k - 1])"
                let to = "node:\(finding.path[k])"
                guard edgesSeen.insert(from + "\u{1F}" + to).inserted else { continue }
                let score = finding.scores[k - 1]
                var style = Palette.edgeStyle(forScore: score, scaleMagnitude: s)
                style.fontColour = style.colour
                diagram.edges.append(DiagramEdge(from: from, to: to, label: .plain(text.number(score)), style: style,
                                                 tooltip: "\(finding.path[k - 1]) → \(finding.path[k]): \(text.number(score))"))
            }
        }
        if let first = findings.first {
            diagram.clusters = [DiagramCluster(id: "acting", label: .plain(first.domainLabel), nodeIDs: actingCluster,
                                               style: ClusterStyle(fontSize: 11))]
        }
        var entries = text.goalEntries(goals) + text.signEntries(includeWidths: false)
        entries.append(LegendEntry(.swatch(unmanagedColour), text.pick("rode rand: onbeheerde afweging", "red outline: unmanaged trade-off")))
        diagram.legend = Legend(
            title: text.legendTitle, entries: entries,
            notes: [text.pick("Pijlen: de score van de bijdrage of de interactie.",
                              "Arrows: the score of the contribution or the interaction."),
                    text.pick("Effect op een subdoel: het product van de scores langs het pad, gedeeld door \(text.number(s, signed: false)) per extra stap.",
                              "Effect on a target: the product of the scores along the path, divided by \(text.number(s, signed: false)) per extra step.")])
        diagram.altText = findings.map(\.explanation).joined(separator: " ")
        return diagram
    }

    /// The width of a flow: 0.8 + 1.6·√(|sum| · 3/s) points, at most 10.
    static func width(_ sum: Double, s: Double) -> PenWidth {
        PenWidth(clamping: 0.8 + 1.6 * (abs(sum) * 3 / max(s, 1e-9)).squareRoot())
    }

    static func scopeWord(_ scope: Scope, text: DiagramText) -> String {
        switch scope {
        case .here: return text.pick("hier en nu", "here and now")
        case .elsewhere: return text.pick("elders", "elsewhere")
        case .later: return text.pick("later", "later")
        }
    }

    static func altLine(from: String, to: String, totals t: SpilloverTotals, text: DiagramText) -> String {
        var parts: [String] = []
        if t.coBenefits > 0 { parts.append("\(t.coBenefits) co-benefit\(t.coBenefits == 1 ? "" : "s") (\(text.number(t.coBenefitStrength)))") }
        if t.tradeOffs > 0 {
            parts.append(text.pick("\(t.tradeOffs) \(t.tradeOffs == 1 ? "afweging" : "afwegingen") (\(text.number(t.tradeOffStrength)), \(t.unmanagedTradeOffs) onbeheerd)",
                                   "\(t.tradeOffs) trade-off\(t.tradeOffs == 1 ? "" : "s") (\(text.number(t.tradeOffStrength)), \(t.unmanagedTradeOffs) unmanaged)"))
        }
        return "\(from) → \(to): " + parts.joined(separator: text.pick(" en ", " and ")) + "."
    }
}
