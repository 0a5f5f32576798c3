import Coherence

extension SpilloverDiagrams {
    /// Colour of resolved trade-offs: the trade-off red, faded to a quarter.
    public static let resolvedTradeOffColour: Colour = "#C6282840"
    /// Colour of co-benefits that are gone: the co-benefit green, faded to a quarter.
    public static let goneCoBenefitColour: Colour = "#2E7D3240"
    /// Colour of trade-offs that stayed but changed (management, strength or sign): orange.
    public static let changedTradeOffColour: Colour = "#E65100"

    /// What changed between two versions in the spillovers between policy domains: a variant of
    /// ``domains(_:network:scope:coBenefitMinimum:)`` that draws the changed findings only.
    ///
    /// One node per domain of either version (a domain only in the earlier version is dotted and
    /// grey, one only in the later version has a thick outline). Per pair of domains up to five
    /// arrows, each as wide as the square root of the summed |strength| of its findings: new
    /// trade-offs (red, dashed, bold, labelled `+n nieuw`), resolved trade-offs (faded red, dotted,
    /// labelled `n opgelost`), new co-benefits (green, solid), co-benefits gone (faded green,
    /// dotted), and trade-offs that stayed but are managed differently or grew stronger, weaker or
    /// changed sign (orange, dashed, labelled). Every finding counts, indirect paths too, so the
    /// numbers are the comparison's, not the aggregates' (which count each action–target pair once).
    /// Findings on targets nobody owns go to a dashed "nobody" node. Sign is encoded twice (colour
    /// and line style), and fading also by line style, so the diagram reads in greyscale.
    ///
    /// - Parameters:
    ///   - comparison: The comparison.
    ///   - before: The earlier version (labels of domains it alone has).
    ///   - after: The later version (labels, the scale).
    ///   - language: The language of the diagram.
    ///   - whatIf: The what-if's name, when `after` is a variant of `before` (for the subtitle).
    /// - Returns: A diagram for circo (``domainsEngine``), or `nil` when spillovers were not
    ///   compared or nothing changed.
    /// - Complexity: O(c + d²) for c changed findings and d domains.
    public static func changes(_ comparison: Comparison, before: PolicyNetwork, after: PolicyNetwork, language: Language,
                               whatIf: LocalizedText? = nil) -> Diagram? {
        let changes = comparison.spillovers.changes
        guard comparison.spillovers.compared, !changes.isEmpty else { return nil }
        let l = Localizer(language)
        let s = after.scale.magnitude
        struct Bucket { var count = 0; var strength = 0.0 }
        struct Flow { var newTrade = Bucket(), resolvedTrade = Bucket(), newCo = Bucket(), goneCo = Bucket(), changed = Bucket()
                      var managed = 0, unmanaged = 0, other = 0 }
        struct Key: Hashable { var from: String; var to: String? }
        var flows: [Key: Flow] = [:]
        var order: [Key] = []
        for change in changes {
            let receivers: [String?] = change.receivingDomains.isEmpty ? [nil] : change.receivingDomains
            let strength = abs(change.strengthAfter ?? change.strengthBefore ?? 0)
            for receiver in receivers {
                let key = Key(from: change.domain, to: receiver)
                if flows[key] == nil { order.append(key) }
                var flow = flows[key] ?? Flow()
                func add(_ bucket: inout Bucket) { bucket.count += 1; bucket.strength += strength }
                switch (change.kind, change.effect) {
                case (.new, .tradeOff): add(&flow.newTrade)
                case (.resolved, .tradeOff): add(&flow.resolvedTrade)
                case (.new, .coBenefit): add(&flow.newCo)
                case (.resolved, .coBenefit): add(&flow.goneCo)
                case (.stronger, .coBenefit), (.weaker, .coBenefit): break
                case (.newlyManaged, _), (.newlyPartlyManaged, _): add(&flow.changed); flow.managed += 1
                case (.newlyUnmanaged, _): add(&flow.changed); flow.unmanaged += 1
                default: add(&flow.changed); flow.other += 1
                }
                flows[key] = flow
            }
        }
        var diagram = Diagram(
            name: "changes-domains",
            title: l(ComparisonVocabulary.diagramTitle),
            subtitle: LNOBDiagrams.wrap(l(ComparisonVocabulary.diagramSubtitle(comparison, whatIf: whatIf)), width: 90),
            graphStyle: GraphStyle(rankDirection: .leftToRight, nodeSeparation: 0.5, rankSeparation: 1.4))

        var domainIDs = after.nodes(of: .domain).map(\.id)
        domainIDs += before.nodes(of: .domain).map(\.id).filter { !domainIDs.contains($0) }
        var label: [String: String] = [:]
        for id in domainIDs { label[id] = (after.node(id) ?? before.node(id))?.label ?? id }
        let involved = Set(order.flatMap { [$0.from] + ($0.to.map { [$0] } ?? []) })
        for id in domainIDs {
            let gone = after.node(id) == nil, new = before.node(id) == nil
            diagram.nodes.append(DiagramNode(
                id: "domain:\(id)", label: .plain(LNOBDiagrams.wrap(label[id] ?? id, width: 24)),
                style: NodeStyle(shape: .box, fillColour: involved.contains(id) ? domainFill : "#F7F8F9",
                                 lineColour: gone ? "#B0BEC5" : "#607D8B", fontColour: gone || !involved.contains(id) ? "#78909C" : nil,
                                 fontSize: 11, penWidth: new ? 3 : 1, lineStyle: gone ? .dotted : nil),
                tooltip: label[id] ?? id))
        }
        if order.contains(where: { $0.to == nil }) {
            diagram.nodes.append(DiagramNode(
                id: "nobody", label: .plain(l(ComparisonVocabulary.nobody)),
                style: NodeStyle(shape: .box, fillColour: nobodyFill, lineColour: unmanagedColour, fontSize: 11, penWidth: 2, lineStyle: .dashed),
                tooltip: l(ComparisonVocabulary.nobodyShort)))
        }
        var lines: [String] = []
        for key in order {
            guard let flow = flows[key] else { continue }
            let from = "domain:\(key.from)", to = key.to.map { "domain:\($0)" } ?? "nobody"
            let fromLabel = label[key.from] ?? key.from, toLabel = key.to.map { label[$0] ?? $0 } ?? l(ComparisonVocabulary.nobodyShort)
            func edge(_ bucket: Bucket, colour: Colour, style: LineStyle, bold: Bool, text: LocalizedText?, legend: LocalizedText) {
                guard bucket.count > 0 else { return }
                var edgeStyle = EdgeStyle(colour: colour, lineStyle: style, penWidth: width(bucket.strength, s: s))
                if bold { edgeStyle.penWidth = PenWidth(clamping: 1.2 + 1.6 * (bucket.strength * 3 / max(s, 1e-9)).squareRoot()) }
                edgeStyle.fontColour = colour.alpha < 255 ? "#78909C" : colour
                diagram.edges.append(DiagramEdge(from: from, to: to, label: text.map { .plain(l($0)) }, style: edgeStyle,
                                                 tooltip: "\(fromLabel) → \(toLabel): \(l(legend)) \(bucket.count) (\(l.number(bucket.strength)))"))
            }
            edge(flow.newTrade, colour: Palette.negative, style: .dashed, bold: true, text: ComparisonVocabulary.newLabel(flow.newTrade.count),
                 legend: ComparisonVocabulary.legendNewTradeOffs)
            edge(flow.resolvedTrade, colour: resolvedTradeOffColour, style: .dotted, bold: false,
                 text: ComparisonVocabulary.resolvedLabel(flow.resolvedTrade.count), legend: ComparisonVocabulary.legendResolvedTradeOffs)
            edge(flow.newCo, colour: Palette.positive, style: .solid, bold: false, text: nil, legend: ComparisonVocabulary.legendNewCoBenefits)
            edge(flow.goneCo, colour: goneCoBenefitColour, style: .dotted, bold: false, text: nil, legend: ComparisonVocabulary.legendGoneCoBenefits)
            edge(flow.changed, colour: changedTradeOffColour, style: .dashed, bold: false,
                 text: ComparisonVocabulary.changedLabel(managed: flow.managed, unmanaged: flow.unmanaged, other: flow.other),
                 legend: ComparisonVocabulary.legendChangedTradeOffs)
            lines.append(l(ComparisonVocabulary.altLine(from: fromLabel, to: toLabel, newTrade: flow.newTrade.count,
                                                        resolvedTrade: flow.resolvedTrade.count, newCo: flow.newCo.count,
                                                        goneCo: flow.goneCo.count, changed: flow.changed.count)))
        }
        diagram.legend = Legend(
            title: DiagramText(language).legendTitle,
            entries: [
                LegendEntry(.line(colour: Palette.negative, style: .dashed, width: 3.2), l(ComparisonVocabulary.legendNewTradeOffs)),
                LegendEntry(.line(colour: resolvedTradeOffColour, style: .dotted, width: 2.4), l(ComparisonVocabulary.legendResolvedTradeOffs)),
                LegendEntry(.line(colour: Palette.positive, style: .solid, width: 2.4), l(ComparisonVocabulary.legendNewCoBenefits)),
                LegendEntry(.line(colour: goneCoBenefitColour, style: .dotted, width: 2.4), l(ComparisonVocabulary.legendGoneCoBenefits)),
                LegendEntry(.line(colour: changedTradeOffColour, style: .dashed, width: 2.4), l(ComparisonVocabulary.legendChangedTradeOffs)),
                LegendEntry(.swatch(domainFill), l(ComparisonVocabulary.legendDomains)),
            ],
            notes: ComparisonVocabulary.legendNotes.map { l($0) })
        diagram.altText = l(ComparisonVocabulary.altSummary(comparison, domains: domainIDs.count)) + " " + lines.joined(separator: " ")
        return diagram
    }
}
