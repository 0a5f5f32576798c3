/// What changed in the input between two versions of a plan or a matrix: actions added, removed
/// and changed, domains, ownership, interaction cells (with every expert's score), and the goals,
/// targets and objectives each version names.
///
/// Nodes are matched by id. Scores are compared exactly (a tolerance of 1e-9 for means over
/// experts); an interaction cell counts as changed when its mean or its set of scores changed,
/// whoever scored it (expert names differ from one workshop to the next). Negative scores are
/// compared like any other: a sign flip is a change like any other, and its sentence says so.
///
/// - Parameters:
///   - before: The earlier version.
///   - after: The later version.
/// - Returns: The differences, each with a sentence in Dutch and English.
/// - Complexity: O((n + m) log(n + m)) for n nodes and m edges of both versions.
public func inputDiff(from before: PolicyNetwork, to after: PolicyNetwork) -> InputDiff {
    InputDiffer(before: before, after: after).diff()
}

/// Computes an ``InputDiff``.
struct InputDiffer {
    let before: PolicyNetwork
    let after: PolicyNetwork
    var labels: ComparisonLabels { ComparisonLabels(before: before, after: after) }

    func diff() -> InputDiff {
        InputDiff(actions: actions(), domains: nodes(of: [.domain]), ownership: ownership(),
                  interactions: interactions(), targets: nodes(of: [.goal, .target, .objective]),
                  others: nodes(of: [.group, .stakeholder]).filter { change in
                      change.kind != .group || !(labels.node(change.id)?.fromCatalogue ?? false)
                  })
    }

    /// Scores and scopes of one action's links of one kind, by the id of the other end.
    static func links(_ network: PolicyNetwork, _ action: Int?, _ kind: EdgeKind) -> [String: (score: Double, scope: Scope)] {
        guard let action else { return [:] }
        var result: [String: (Double, Scope)] = [:]
        for edge in network.edges(kind, from: action) {
            result[network.nodes[edge.to].id] = (edge.score ?? 0, edge.annotation.scope)
        }
        return result
    }

    /// The changed links of one kind between two versions of one action, in id order.
    static func changes(_ old: [String: (score: Double, scope: Scope)], _ new: [String: (score: Double, scope: Scope)],
                        withScope: Bool) -> [ScoreChange] {
        Set(old.keys).union(new.keys).sorted().compactMap { id in
            let o = old[id], n = new[id]
            if let o, let n, o.score == n.score, !withScope || o.scope == n.scope { return nil }
            return ScoreChange(id: id, before: o?.score, after: n?.score,
                               scopeBefore: withScope ? o?.scope : nil, scopeAfter: withScope ? n?.scope : nil)
        }
    }

    /// The ids of the other ends of one action's links of one kind.
    static func ends(_ network: PolicyNetwork, _ action: Int?, _ kind: EdgeKind) -> [String] {
        guard let action else { return [] }
        return network.edges(kind, from: action).map { edge in
            let to = network.nodes[edge.to].id
            return edge.subject.map { "\(to)>\(network.nodes[$0].id)" } ?? to
        }
    }

    func actions() -> [ActionChange] {
        let afterIDs = after.nodes(of: .action).map(\.id)
        let removed = before.nodes(of: .action).map(\.id).filter { after.node($0)?.kind != .action }
        var result: [ActionChange] = []
        for id in afterIDs + removed {
            let b = before.index(of: id).flatMap { before.nodes[$0].kind == .action ? $0 : nil }
            let a = after.index(of: id).flatMap { after.nodes[$0].kind == .action ? $0 : nil }
            let nb = b.map { before.nodes[$0] }, na = a.map { after.nodes[$0] }
            let kind: InputChangeKind = nb == nil ? .added : na == nil ? .removed : .changed
            let contributions = Self.changes(Self.links(before, b, .contribution), Self.links(after, a, .contribution), withScope: true)
            let effects = Self.changes(Self.links(before, b, .groupEffect), Self.links(after, a, .groupEffect), withScope: false)
            let stakeholdersB = Set(Self.ends(before, b, .involvement)), stakeholdersA = Set(Self.ends(after, a, .involvement))
            let mitigationsB = Set(Self.ends(before, b, .mitigation)), mitigationsA = Set(Self.ends(after, a, .mitigation))
            var change = ActionChange(
                action: id, label: na?.label ?? nb?.label ?? id, change: kind,
                domainBefore: nb?.domain, domainAfter: na?.domain, budgetBefore: nb?.budget, budgetAfter: na?.budget,
                labelBefore: nb != nil && na != nil && nb?.label != na?.label ? nb?.label : nil,
                scopeBefore: nil, scopeAfter: nil,
                contributions: contributions, groupEffects: effects,
                stakeholdersAdded: stakeholdersA.subtracting(stakeholdersB).sorted(),
                stakeholdersRemoved: stakeholdersB.subtracting(stakeholdersA).sorted(),
                mitigationsAdded: mitigationsA.subtracting(mitigationsB).sorted(),
                mitigationsRemoved: mitigationsB.subtracting(mitigationsA).sorted(),
                explanation: LocalizedText(verbatim: ""))
            if kind == .changed, nb?.defaultScope != na?.defaultScope {
                change.scopeBefore = nb?.defaultScope ?? .here
                change.scopeAfter = na?.defaultScope ?? .here
            }
            if kind == .changed {
                let same = change.labelBefore == nil && !change.budgetChanged && !change.domainChanged && change.scopeBefore == nil
                    && contributions.isEmpty && effects.isEmpty && change.stakeholdersAdded.isEmpty
                    && change.stakeholdersRemoved.isEmpty && change.mitigationsAdded.isEmpty && change.mitigationsRemoved.isEmpty
                    && nb?.plan == na?.plan
                if same { continue }
            }
            change.explanation = InputWording.action(change, labels: labels)
            result.append(change)
        }
        return result
    }

    func ownership() -> [OwnershipChange] {
        func pairs(_ network: PolicyNetwork) -> Set<[String]> {
            Set(network.edges(of: .ownership).map { [network.nodes[$0.from].id, network.nodes[$0.to].id] })
        }
        let b = pairs(before), a = pairs(after)
        let added = a.subtracting(b).sorted { $0.lexicographicallyPrecedes($1) }.map { ($0, InputChangeKind.added) }
        let removed = b.subtracting(a).sorted { $0.lexicographicallyPrecedes($1) }.map { ($0, InputChangeKind.removed) }
        return (added + removed).map { pair, kind in
            var change = OwnershipChange(domain: pair[0], target: pair[1], change: kind, explanation: LocalizedText(verbatim: ""))
            change.explanation = InputWording.ownership(change, labels: labels)
            return change
        }
    }

    func interactions() -> [InteractionChange] {
        struct Cell: Hashable, Comparable {
            var from: String, to: String
            static func < (l: Cell, r: Cell) -> Bool { (l.from, l.to) < (r.from, r.to) }
        }
        func cells(_ network: PolicyNetwork) -> (means: [Cell: Double], experts: [Cell: [ExpertScore]]) {
            var means: [Cell: Double] = [:]
            for edge in network.edges(of: .interaction) {
                means[Cell(from: network.nodes[edge.from].id, to: network.nodes[edge.to].id)] = edge.score ?? 0
            }
            var experts: [Cell: [ExpertScore]] = [:]
            for j in network.judgements { experts[Cell(from: j.from, to: j.to), default: []].append(ExpertScore(expert: j.expert, score: j.score, confidence: j.annotation.confidence)) }
            return (means, experts)
        }
        let b = cells(before), a = cells(after)
        var result: [InteractionChange] = []
        for cell in Set(b.means.keys).union(a.means.keys).sorted() {
            let mb = b.means[cell], ma = a.means[cell]
            let eb = b.experts[cell] ?? [], ea = a.experts[cell] ?? []
            if let mb, let ma, abs(mb - ma) <= 1e-9, eb.map(\.score).sorted() == ea.map(\.score).sorted() { continue }
            var change = InteractionChange(from: cell.from, to: cell.to, change: mb == nil ? .added : ma == nil ? .removed : .changed,
                                           before: mb, after: ma, expertsBefore: eb, expertsAfter: ea,
                                           explanation: LocalizedText(verbatim: ""))
            change.explanation = InputWording.interaction(change, labels: labels)
            result.append(change)
        }
        return result
    }

    /// Nodes of some kinds in one version only: the later version's new ones, then the removed ones.
    func nodes(of kinds: Set<NodeKind>) -> [NodeChange] {
        let added = after.nodes.filter { kinds.contains($0.kind) && before.node($0.id)?.kind != $0.kind }
        let removed = before.nodes.filter { kinds.contains($0.kind) && after.node($0.id)?.kind != $0.kind }
        return added.map { ($0, InputChangeKind.added) } .map(make) + removed.map { ($0, InputChangeKind.removed) }.map(make)
    }

    private func make(_ pair: (Node, InputChangeKind)) -> NodeChange {
        var change = NodeChange(id: pair.0.id, label: pair.0.label, kind: pair.0.kind, change: pair.1, explanation: LocalizedText(verbatim: ""))
        change.explanation = InputWording.node(change, labels: labels)
        return change
    }
}
