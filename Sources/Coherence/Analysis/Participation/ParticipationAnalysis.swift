/// Measures multi-stakeholder work and participation in a plan (issue: "make it visible").
///
/// - The share of actions that involve at least one stakeholder outside the administration
///   (``StakeholderKind/isExternal``), and per stakeholder kind the actions that involve it.
/// - For every burden (an action's negative effect on a group): whether a stakeholder that represents
///   the group is involved in the action — the group's voice; and the share of burdening actions in
///   which every burdened group had a voice.
///
/// Negative scores: only group effects below zero are burdens; benefits and zero effects are not counted.
///
/// - Parameter network: The plan.
/// - Returns: The shares and the list of burdens with their voices.
/// - Complexity: O(a·i + b·r) for a actions with i involvements each, b burdens and r representatives per group.
public func participationAnalysis(in network: PolicyNetwork) -> ParticipationReport {
    let actions = network.indices(of: .action)
    let stakeholders = network.indices(of: .stakeholder)
    var involving: [StakeholderKind: Int] = [:]
    var withAny = 0, withExternal = 0
    for action in actions {
        let kinds = Set(network.edges(.involvement, from: action).map { network.nodes[$0.to].stakeholderKind ?? .other })
        if !kinds.isEmpty { withAny += 1 }
        if kinds.contains(where: \.isExternal) { withExternal += 1 }
        for kind in kinds { involving[kind, default: 0] += 1 }
    }
    let total = Double(actions.count)
    let byKind = StakeholderKind.allCases.map { kind in
        ParticipationByKind(kind: kind, external: kind.isExternal,
                            stakeholders: stakeholders.filter { (network.nodes[$0].stakeholderKind ?? .other) == kind }.count,
                            actions: involving[kind] ?? 0,
                            share: total > 0 ? Double(involving[kind] ?? 0) / total : 0)
    }

    var burdens: [ParticipationBurden] = []
    var burdening = 0, burdeningVoiced = 0
    for action in actions {
        let involved = Set(network.edges(.involvement, from: action).map(\.to))
        var allVoiced = true
        var any = false
        for edge in network.edges(.groupEffect, from: action) where (edge.score ?? 0) < 0 {
            any = true
            let representatives = network.edges(.representation, to: edge.to).map(\.from)
            let voices = representatives.filter { involved.contains($0) }
            if voices.isEmpty { allVoiced = false }
            burdens.append(ParticipationBurden(action: network.nodes[action].id, group: network.nodes[edge.to].id,
                                               score: edge.score ?? 0, voices: voices.map { network.nodes[$0].id },
                                               groupHasRepresentative: !representatives.isEmpty))
        }
        if any {
            burdening += 1
            if allVoiced { burdeningVoiced += 1 }
        }
    }
    let voiced = burdens.filter { !$0.voices.isEmpty }.count
    return ParticipationReport(
        actions: actions.count, actionsWithStakeholders: withAny, actionsWithExternalStakeholders: withExternal,
        externalShare: total > 0 ? Double(withExternal) / total : 0, byKind: byKind, burdens: burdens,
        burdensWithVoice: voiced, burdenVoiceShare: burdens.isEmpty ? 0 : Double(voiced) / Double(burdens.count),
        burdeningActions: burdening, burdeningActionsWithVoice: burdeningVoiced,
        burdeningActionVoiceShare: burdening == 0 ? 0 : Double(burdeningVoiced) / Double(burdening))
}
