extension SpilloverEngine {
    /// Node ids, labels and domain labels as flat arrays, so that building a million findings
    /// does not copy `Node` values or look labels up again.
    struct Names {
        let ids: [String]
        let labels: [String]
        let domainIDs: [String]
        let domainLabels: [String]
    }

    /// Turns the enumeration into a report: builds each finding's strings (full detail only),
    /// sorts findings and pairs, and lists flows, domains and targets nobody owns.
    ///
    /// - Complexity: O(F · L + F log F) for F findings of length ≤ L, plus O(d²) for the flows.
    func report(parameters: SpilloverReport.Parameters, coAddressed: [CoAddressedTargets]) -> SpilloverReport {
        let names = Names(
            ids: network.nodes.map(\.id),
            labels: network.nodes.indices.map { SpilloverText.label(of: $0, in: network, language: language) },
            domainIDs: owners.domains.map { network.nodes[$0].id },
            domainLabels: owners.domains.map { network.nodes[$0].label })

        var findingIDs: [String] = []
        var findings: [Spillover] = []
        if full {
            findingIDs = raw.map { id(of: $0, names: names) }
            let statuses: [Management?] = raw.map { finding in
                finding.strength < 0
                    ? management.classify(action: finding.action, target: finding.target, strength: finding.strength,
                                          hasOwner: owners.hasOwner(finding.target))
                    : nil
            }
            let ranks = raw.indices.map { Self.rank(strength: raw[$0].strength, management: statuses[$0]) }
            let order = raw.indices.sorted { a, b in
                if ranks[a] != ranks[b] { return ranks[a] < ranks[b] }
                let (x, y) = (abs(raw[a].strength), abs(raw[b].strength))
                if x != y { return x > y }
                if raw[a].length != raw[b].length { return raw[a].length < raw[b].length }
                return findingIDs[a] < findingIDs[b]
            }
            findings.reserveCapacity(raw.count)
            let kinds = network.nodes.map(\.kind)
            for k in order {
                findings.append(materialise(raw[k], id: findingIDs[k], status: statuses[k], names: names, kinds: kinds))
            }
        }

        var pairList: [SpilloverPair] = []
        if full {
            pairList.reserveCapacity(pairs.count)
            for (action, state, status) in pairs {
                let counted = state.hasDirect ? state.directFinding : state.bestFinding
                let strength = state.hasDirect ? state.directStrength : state.bestStrength
                pairList.append(SpilloverPair(
                    action: names.ids[action], domain: names.domainIDs[owners.actionDomain[action]],
                    target: names.ids[state.target],
                    receivingDomains: owners.owners(of: state.target).map { names.domainIDs[$0] },
                    spillover: counted >= 0 ? findingIDs[counted] : "", kind: state.hasDirect ? .direct : .indirect,
                    strength: strength, effect: SpilloverEffect(strength: strength),
                    scope: state.hasDirect ? state.directScope : state.bestScope, management: status,
                    pathCount: state.count, signsDisagree: state.positive && state.negative))
            }
            pairList.sort { a, b in
                let (ra, rb) = (Self.rank(strength: a.strength, management: a.management),
                                Self.rank(strength: b.strength, management: b.management))
                if ra != rb { return ra < rb }
                if abs(a.strength) != abs(b.strength) { return abs(a.strength) > abs(b.strength) }
                if a.kind != b.kind { return a.kind == .direct }
                return a.spillover < b.spillover
            }
        }

        let domains = owners.domains.indices.map { k in
            DomainSpillovers(domain: names.domainIDs[k], label: names.domainLabels[k],
                             exports: accumulator.exports[k], receives: accumulator.receives[k])
        }
        let unownedTargets = unowned.keys.sorted().map { target in
            SpilloverReport.UnownedTarget(target: names.ids[target], label: names.labels[target],
                                          kind: network.nodes[target].kind, touchedBy: unowned[target]!)
        }
        var notes: [String] = []
        if !hasInteractions && options.maxLength >= 2 { notes.append(SpilloverText.noInteractions(language: language)) }
        let counts = SpilloverReport.Counts(direct: directCount, indirect: indirectCount, pairs: pairCount,
                                            pairsWithDisagreeingPaths: disagreeing)
        return SpilloverReport(
            model: network.name, parameters: parameters, ownershipDeclared: true, message: nil, notes: notes,
            counts: counts, findings: findings, pairs: pairList, totals: accumulator.overall,
            flows: accumulator.flowList(domainIDs: names.domainIDs), domains: domains, unownedTargets: unownedTargets,
            cannotAssess: goalNotes, transversality: Transversality.compute(in: network, owners: owners),
            coAddressed: coAddressed)
    }

    /// The list order's first key: 0 unmanaged trade-off, 1 other trade-off, 2 co-benefit.
    static func rank(strength: Double, management: Management?) -> Int {
        strength >= 0 ? 2 : (management == .unmanaged ? 0 : 1)
    }

    /// A finding's stable id: its path, action first, joined by `>`.
    func id(of finding: RawFinding, names: Names) -> String {
        var text = names.ids[finding.action]
        for k in finding.start..<(finding.start + finding.length) {
            text += ">"
            text += names.ids[pathNodes[k]]
        }
        return text
    }

    /// Builds the public finding, with its labels, management and explanation.
    func materialise(_ finding: RawFinding, id: String, status: Management?, names: Names, kinds: [NodeKind]) -> Spillover {
        let nodes = pathNodes[finding.start..<finding.start + finding.length]
        let receivers = owners.owners(of: finding.target)
        let tradeOff = finding.strength < 0
        var mitigators: [Int] = []
        var supporters: [Int] = []
        if tradeOff {
            mitigators = management.mitigators(of: finding.action, on: finding.target)
            supporters = receivers.isEmpty ? [] : (management.supporters[finding.target] ?? [])
        }
        let confidence: Confidence?
        switch finding.confidence {
        case 0: confidence = .low
        case 1: confidence = .medium
        case 2: confidence = .high
        default: confidence = nil
        }
        let actor = owners.actionDomain[finding.action]
        var spillover = Spillover(
            id: id, kind: finding.length == 1 ? .direct : .indirect, effect: SpilloverEffect(strength: finding.strength),
            action: names.ids[finding.action], actionLabel: names.labels[finding.action],
            domain: names.domainIDs[actor], domainLabel: names.domainLabels[actor],
            target: names.ids[finding.target], targetLabel: names.labels[finding.target],
            targetKind: kinds[finding.target],
            receivingDomains: receivers.map { names.domainIDs[$0] },
            receivingDomainLabels: receivers.map { names.domainLabels[$0] },
            path: [names.ids[finding.action]] + nodes.map { names.ids[$0] },
            pathLabels: [names.labels[finding.action]] + nodes.map { names.labels[$0] },
            scores: Array(pathScores[finding.start..<finding.start + finding.length]),
            strength: finding.strength, scope: finding.scope, confidence: confidence,
            managed: tradeOff ? status == .managed : nil, management: status,
            mitigatedBy: tradeOff ? mitigators.map { names.ids[$0] } : nil,
            receiverSupport: tradeOff ? (receivers.isEmpty ? 0 : management.support[finding.target]) : nil,
            supportedBy: tradeOff ? supporters.map { names.ids[$0] } : nil,
            countsInAggregates: finding.counted, explanation: "")
        if let first = nodes.first {
            // Walk the action's CSR row in place: this runs once per finding, so no array is built.
            let contributions = network.outgoing(.contribution)
            for k in contributions.range(of: finding.action) where contributions.neighbours[k] == first {
                if network.edges[contributions.edgeIndices[k]].annotation.assumed { spillover.assumed = true }
            }
        }
        spillover.explanation = SpilloverText.explanation(of: spillover, mitigatorLabels: mitigators.map { names.labels[$0] },
                                                          language: language)
        return spillover
    }
}
