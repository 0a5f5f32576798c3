import Coherence

/// Diagrams of the Leave No One Behind check.
public enum LNOBDiagrams {
    /// Colour of a group no action benefits (a gap): red.
    public static let noneColour: Colour = "#C62828"
    /// Colour of a partly reached group: amber.
    public static let partialColour: Colour = "#FFB300"
    /// Colour of a fully reached group: light green.
    public static let fullColour: Colour = "#A5D6A7"
    /// Colour of a burden that an action explicitly mitigates: grey.
    public static let mitigatedColour: Colour = "#757575"

    /// The groups with the actions that benefit or burden them.
    ///
    /// Actions (left, framed per policy domain) point to groups (right). A benefit is a green solid
    /// line, a burden a red dashed line, a burden that another action explicitly mitigates a grey
    /// dashed line; width grows with the score. Burdens carry their score and, where it applies,
    /// "no voice" (no representative of the group involved). Every group of the report is drawn —
    /// also a group no action touches — and its status is encoded three times: fill (red, amber,
    /// light green), shape and outline (a thick octagon for *none*, a dashed box for *partial*, a
    /// solid box for *full*) and text. Only actions with an effect on a group are drawn.
    ///
    /// - Parameters:
    ///   - report: The LNOB check (its language sets the diagram's language).
    ///   - network: The plan the report was computed from (labels and domains of actions).
    /// - Returns: A diagram for the dot engine (left to right), with legend and alt text.
    /// - Complexity: O(g + e) for g groups and e group effects.
    public static func lnob(_ report: LNOBReport, network: PolicyNetwork) -> Diagram {
        let nl = report.language == .nl
        let s = report.scaleMagnitude
        var diagram = Diagram(
            name: "lnob",
            title: "Leave No One Behind — \(network.name)",
            subtitle: nl ? "Welke acties helpen of belasten welke groepen" : "Which actions benefit or burden which groups",
            graphStyle: GraphStyle(rankDirection: .leftToRight, nodeSeparation: 0.2, rankSeparation: 1.6))

        // Actions with a group effect, framed per domain, in model order.
        var actionIDs: [String: String] = [:]
        var clusters: [(domain: String, members: [String])] = []
        for action in network.indices(of: .action) {
            let effects = network.edges(.groupEffect, from: action).filter { ($0.score ?? 0) != 0 }
            guard !effects.isEmpty else { continue }
            let node = network.nodes[action]
            let id = "action:\(node.id)"
            actionIDs[node.id] = id
            diagram.nodes.append(DiagramNode(
                id: id, label: .plain(wrap(node.label, width: 30)),
                style: NodeStyle(shape: .box, fillColour: "#F5F5F5", lineColour: "#9E9E9E", fontSize: 10),
                tooltip: node.label))
            let domain = node.domain ?? ""
            if let i = clusters.firstIndex(where: { $0.domain == domain }) {
                clusters[i].members.append(id)
            } else {
                clusters.append((domain, [id]))
            }
        }
        diagram.clusters = clusters.map { cluster in
            DiagramCluster(id: "domain:\(cluster.domain)", label: .plain(network.node(cluster.domain)?.label ?? cluster.domain),
                           nodeIDs: cluster.members, style: ClusterStyle(fontSize: 11))
        }

        // Every group, with its status.
        var groupIDs: [String] = []
        for finding in report.groups {
            let id = "group:\(finding.group)"
            groupIDs.append(id)
            let gaps = report.gaps(forGroup: finding.group).count
            let statusText = status(finding.status, nl: nl)
            let gapText = gaps == 0 ? (nl ? "geen hiaten" : "no gaps")
                : nl ? (gaps == 1 ? "1 hiaat" : "\(gaps) hiaten") : (gaps == 1 ? "1 gap" : "\(gaps) gaps")
            let label = wrap(finding.label, width: 26) + "\n\(statusText) · \(gapText)"
            diagram.nodes.append(DiagramNode(id: id, label: .plain(label), style: style(finding.status),
                                             tooltip: finding.statusExplanation))
        }
        diagram.clusters.append(DiagramCluster(
            id: "groups", label: .plain(nl ? "Groepen die dreigen achter te blijven" : "Groups at risk of being left behind"),
            nodeIDs: groupIDs, style: ClusterStyle(fillColour: "#FFFFFF", lineColour: "#BDBDBD", fontSize: 11)))

        // Effects: benefits green, burdens red (grey when explicitly mitigated).
        for finding in report.groups {
            for effect in finding.benefits {
                guard let from = actionIDs[effect.action] else { continue }
                diagram.edges.append(DiagramEdge(
                    from: from, to: "group:\(finding.group)",
                    style: Palette.edgeStyle(forScore: effect.score, scaleMagnitude: s),
                    tooltip: "\(effect.actionLabel) → \(finding.label): \(signed(effect.score, nl: nl))"))
            }
            for effect in finding.burdens {
                guard let from = actionIDs[effect.action] else { continue }
                var style = Palette.edgeStyle(forScore: effect.score, scaleMagnitude: s)
                var flags: [String] = []
                if !effect.mitigatedBy.isEmpty {
                    style.colour = mitigatedColour
                    flags.append(nl ? "opgevangen" : "mitigated")
                } else if effect.severe {
                    flags.append(nl ? "niet opgevangen" : "not mitigated")
                }
                if effect.voices.isEmpty { flags.append(nl ? "geen stem" : "no voice") }
                let label = ([signed(effect.score, nl: nl)] + flags).joined(separator: "\n")
                style.fontColour = style.colour
                diagram.edges.append(DiagramEdge(
                    from: from, to: "group:\(finding.group)", label: .plain(label), style: style,
                    tooltip: "\(effect.actionLabel) → \(finding.label): " + ([signed(effect.score, nl: nl)] + flags).joined(separator: ", ")))
            }
        }

        diagram.legend = Legend(
            title: nl ? "Legende" : "Legend",
            entries: [
                LegendEntry(.swatch(noneColour), nl ? "geen enkele actie helpt (hiaat)" : "no action benefits it (gap)"),
                LegendEntry(.swatch(partialColour), nl ? "gedeeltelijk: één actie, of een last niet opgevangen" : "partial: one action, or a burden not mitigated"),
                LegendEntry(.swatch(fullColour), nl ? "volledig: twee of meer acties, elke last opgevangen" : "full: two or more actions, every burden mitigated"),
                LegendEntry(.line(colour: Palette.positive, style: .solid, width: Palette.penWidth(forScore: 2)), nl ? "voordeel" : "benefit"),
                LegendEntry(.line(colour: Palette.negative, style: .dashed, width: Palette.penWidth(forScore: -2)), nl ? "last" : "burden"),
                LegendEntry(.line(colour: mitigatedColour, style: .dashed, width: Palette.penWidth(forScore: -2)),
                            nl ? "last die een andere actie uitdrukkelijk opvangt" : "burden another action explicitly mitigates"),
            ],
            notes: [nl ? "Dikte: sterkte van het effect. “geen stem”: geen vertegenwoordiger van de groep betrokken."
                       : "Width: strength of the effect. “no voice”: no representative of the group involved."])
        diagram.altText = altText(report, nl: nl)
        return diagram
    }

    static func status(_ status: LNOBStatus, nl: Bool) -> String {
        switch status {
        case .none: return nl ? "niet bereikt" : "not reached"
        case .partial: return nl ? "gedeeltelijk" : "partial"
        case .full: return nl ? "volledig" : "full"
        }
    }

    static func style(_ status: LNOBStatus) -> NodeStyle {
        switch status {
        case .none: return NodeStyle(shape: .octagon, fillColour: noneColour, lineColour: "#7F0000", penWidth: 3, rounded: false)
        case .partial: return NodeStyle(shape: .box, fillColour: partialColour, lineColour: "#6D4C00", penWidth: 2, lineStyle: .dashed)
        case .full: return NodeStyle(shape: .box, fillColour: fullColour, lineColour: "#1B5E20", penWidth: 1)
        }
    }

    static func signed(_ value: Double, nl: Bool) -> String {
        let text = ScoreScale.format((value * 100).rounded() / 100, signed: true)
        return nl ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    static func altText(_ report: LNOBReport, nl: Bool) -> String {
        let none = report.groups.filter { $0.status == .none }.map(\.label)
        let partial = report.groups.filter { $0.status == .partial }.map(\.label)
        let full = report.groups.filter { $0.status == .full }.map(\.label)
        func list(_ items: [String]) -> String { items.isEmpty ? (nl ? "geen" : "none") : items.joined(separator: "; ") }
        if nl {
            return "Leave No One Behind: \(report.groups.count) groepen. Niet bereikt: \(list(none)). Gedeeltelijk: \(list(partial)). Volledig: \(list(full)). \(report.gaps.count) hiaten in totaal."
        }
        return "Leave No One Behind: \(report.groups.count) groups. Not reached: \(list(none)). Partial: \(list(partial)). Full: \(list(full)). \(report.gaps.count) gaps in all."
    }

    /// Breaks text into lines of at most `width` characters at spaces (a longer word stays whole).
    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
