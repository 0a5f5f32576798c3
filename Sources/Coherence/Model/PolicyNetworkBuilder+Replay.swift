extension PolicyNetworkBuilder {
    /// A builder that holds everything a network holds, so that ``build()`` gives an equal network.
    ///
    /// This is the way back from a built network to its declarations, for variants of a plan (a plan
    /// without some actions, or with actions added: ``PolicyNetwork/variant(without:adding:)``):
    /// the declarations are replayed in the network's node order, so a variant keeps the order of
    /// an edited copy of the file. Catalogue goals, targets and default groups are not declared
    /// (the catalogue supplies them); a redeclared catalogue group is declared again.
    /// Unscored links are kept in ``replayedUnscoredLinks`` for ``build(unscored:)``.
    ///
    /// - Parameters:
    ///   - network: The network to replay.
    ///   - skipping: Ids of actions to leave out, with every edge that starts or ends at them
    ///     (their contributions, group effects and involvements, mitigations by them and of their
    ///     burdens).
    ///   - catalogue: The catalogue that resolves goal and target ids.
    /// - Complexity: O(n + m) for n nodes and m edges.
    public init(replaying network: PolicyNetwork, skipping: Set<String> = [], catalogue: SDGCatalogue = .standard) {
        self.init(name: network.name, language: network.language, scale: network.scale, catalogue: catalogue)
        let nodes = network.nodes
        for node in nodes {
            switch node.kind {
            case .goal, .target:
                continue
            case .objective:
                addObjective(id: node.id, label: node.label, description: node.description)
            case .domain:
                addDomain(id: node.id, label: node.label, description: node.description)
            case .action:
                guard !skipping.contains(node.id) else { continue }
                addAction(ActionDeclaration(id: node.id, label: node.label, domain: node.domain ?? "", budget: node.budget,
                                            plan: node.plan, scope: node.defaultScope, description: node.description))
            case .group:
                guard !node.fromCatalogue else { continue }
                addGroup(id: node.id, label: node.label, factors: node.factors, description: node.description)
            case .stakeholder:
                addStakeholder(id: node.id, label: node.label, kind: node.stakeholderKind ?? .other, description: node.description)
            }
        }
        for edge in network.edges {
            let from = nodes[edge.from].id, to = nodes[edge.to].id
            if skipping.contains(from) && nodes[edge.from].kind == .action { continue }
            if skipping.contains(to) && nodes[edge.to].kind == .action { continue }
            switch edge.kind {
            case .interaction:
                continue   // replayed from the judgements below (the edge is their mean)
            case .contribution:
                addContribution(action: from, to: to, score: edge.score ?? 0, annotation: edge.annotation)
            case .groupEffect:
                addGroupEffect(action: from, group: to, score: edge.score ?? 0, annotation: edge.annotation)
            case .ownership:
                addOwnership(domain: from, of: to)
            case .involvement:
                addInvolvement(action: from, stakeholder: to)
            case .representation:
                addRepresentation(stakeholder: from, group: to)
            case .mitigation:
                guard let subject = edge.subject else { continue }
                addMitigation(by: from, of: to, on: nodes[subject].id)
            }
        }
        for judgement in network.judgements { addJudgement(judgement) }
        replayedUnscoredLinks = network.unscoredLinks
    }
}
