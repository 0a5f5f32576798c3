/// Checks whether a plan leaves anyone behind (DESIGN.md §4.3): every group of the model, the
/// LNOB-relevant targets (§7) and the five UNDP factors.
///
/// Per group: the actions that benefit it (score > 0) and burden it (score < 0), its status and its gaps.
/// - **Status**: *none* when no action benefits the group; *full* when at least two actions benefit it
///   and **every** burden on it, of any size, is explicitly mitigated (an action `mitigates` that burden);
///   *partial* otherwise.
/// - **Gaps**: ``LNOBGapKind/noBenefit``; ``LNOBGapKind/burdensOutweighBenefits`` (sum of all burdens,
///   mitigated ones included, larger than the sum of all benefits); ``LNOBGapKind/unmitigatedSevereBurden``
///   (one per burden ≤ −2s/3 that no action explicitly mitigates — benefits of unrelated actions never
///   offset it); ``LNOBGapKind/burdenWithoutVoice`` (one per burden, mitigated or not, when no stakeholder
///   that represents the group is involved in the burdening action).
///
/// Target gaps and notes are described at ``lnobTargetFindings(in:options:)``; factor gaps: a UNDP factor
/// is addressed when some action benefits a group that carries it.
///
/// Negative scores: group effects below zero are burdens, never netted against benefits except in the
/// explicit comparison of ``LNOBGapKind/burdensOutweighBenefits``; a score of 0 is neither. Negative
/// contributions to targets are harms; a negative path through the interaction matrix harms its end.
///
/// - Parameters:
///   - network: The plan.
///   - options: Thresholds and the language of the explanations.
/// - Returns: One finding per group in model order, the LNOB-relevant targets, the factors, gaps and notes.
/// - Complexity: O(g·(e + r·i) + c·k) for g groups, e group effects, r representatives, i involvements,
///   c contributions and k interactions per contributed node.
public func lnobAnalysis(in network: PolicyNetwork, options: LNOBOptions = LNOBOptions()) -> LNOBReport {
    let language = options.language ?? network.language
    let s = network.scale.magnitude
    let severeScore = -options.severeBurden * s
    var findings: [LNOBGroupFinding] = []
    var groupGaps: [LNOBGap] = []
    for group in network.indices(of: .group) {
        let (finding, gaps) = lnobGroupFinding(network, group: group, severeScore: severeScore, language: language)
        findings.append(finding)
        groupGaps += gaps
    }
    let factors = lnobFactorFindings(network, findings: findings)
    let factorGaps = factors.filter { $0.benefitingActions.isEmpty }.map { finding in
        LNOBGap(kind: .factorNotAddressed, factor: finding.factor, groups: finding.groups,
                explanation: LNOBExplanation.factorNotAddressed(network, finding, language))
    }
    let (targets, targetGaps, notes) = lnobTargetFindings(in: network, options: options)
    return LNOBReport(language: language, scaleMagnitude: s, severeBurdenScore: severeScore,
                      indirectHarmStrength: -options.indirectThreshold * s,
                      groups: findings, targets: targets, factors: factors,
                      gaps: groupGaps + targetGaps + factorGaps, notes: notes)
}

/// The finding and gaps of one group.
func lnobGroupFinding(_ network: PolicyNetwork, group: Int, severeScore: Double, language: Language)
    -> (LNOBGroupFinding, [LNOBGap]) {
    let representatives = network.edges(.representation, to: group).map(\.from)
    var benefits: [(index: Int, effect: LNOBGroupEffect)] = []
    var burdens: [(index: Int, effect: LNOBGroupEffect)] = []
    for edge in network.edges(.groupEffect, to: group) {
        let action = edge.from
        let score = edge.score ?? 0
        guard score != 0 else { continue }
        let involved = Set(network.edges(.involvement, from: action).map(\.to))
        let voices = representatives.filter { involved.contains($0) }.map { network.nodes[$0].id }
        let mitigators = score < 0 ? network.mitigators(of: action, on: group).sorted().map { network.nodes[$0].id } : []
        let effect = LNOBGroupEffect(action: network.nodes[action].id, actionLabel: network.nodes[action].label,
                                     score: score, mitigatedBy: mitigators,
                                     severe: score < 0 && score <= severeScore + 1e-9, voices: voices)
        if score > 0 { benefits.append((action, effect)) } else { burdens.append((action, effect)) }
    }
    benefits.sort { ($0.effect.score, $1.index) > ($1.effect.score, $0.index) }
    burdens.sort { ($0.effect.score, $0.index) < ($1.effect.score, $1.index) }

    let benefitTotal = benefits.reduce(0) { $0 + $1.effect.score }
    let burdenTotal = -burdens.reduce(0) { $0 + $1.effect.score }
    let unmitigated = burdens.filter { $0.effect.mitigatedBy.isEmpty }
    let status: LNOBStatus = benefits.isEmpty ? .none : (benefits.count >= 2 && unmitigated.isEmpty ? .full : .partial)
    let id = network.nodes[group].id
    let label = PlanWording.label(network, group, language)
    let finding = LNOBGroupFinding(
        group: id, label: label, factors: network.nodes[group].factors,
        fromCatalogue: network.nodes[group].fromCatalogue,
        representatives: representatives.map { network.nodes[$0].id },
        benefits: benefits.map(\.effect), burdens: burdens.map(\.effect),
        benefitTotal: benefitTotal, burdenTotal: burdenTotal, status: status,
        statusExplanation: LNOBExplanation.status(status, benefits: benefits.count, burdens: burdens.count, unmitigated: unmitigated.count,
                                                  language: language))

    var gaps: [LNOBGap] = []
    let burdenActions = burdens.map { network.nodes[$0.index].id }
    if benefits.isEmpty {
        gaps.append(LNOBGap(kind: .noBenefit, group: id, actions: burdenActions, groups: [id],
                            score: burdens.first?.effect.score,
                            explanation: LNOBExplanation.noBenefit(network, group: group, burdens: burdens.map(\.index),
                                                                   language)))
    }
    if burdenTotal > benefitTotal + 1e-9 {
        gaps.append(LNOBGap(kind: .burdensOutweighBenefits, group: id,
                            actions: burdenActions + benefits.map { network.nodes[$0.index].id }, groups: [id],
                            score: -burdenTotal,
                            explanation: LNOBExplanation.burdensOutweigh(
                                network, group: group, burdens: burdens.map(\.index), burdenTotal: burdenTotal,
                                benefits: benefits.map(\.index), benefitTotal: benefitTotal, language)))
    }
    for burden in unmitigated where burden.effect.severe {
        gaps.append(LNOBGap(kind: .unmitigatedSevereBurden, group: id, actions: [burden.effect.action], groups: [id],
                            score: burden.effect.score,
                            explanation: LNOBExplanation.severeBurden(network, group: group, action: burden.index,
                                                                      score: burden.effect.score,
                                                                      otherBenefits: !benefits.isEmpty, language)))
    }
    for burden in burdens where burden.effect.voices.isEmpty {
        gaps.append(LNOBGap(kind: .burdenWithoutVoice, group: id, actions: [burden.effect.action], groups: [id],
                            score: burden.effect.score,
                            explanation: LNOBExplanation.withoutVoice(network, group: group, action: burden.index,
                                                                      score: burden.effect.score,
                                                                      representatives: representatives, language)))
    }
    return (finding, gaps)
}

/// Per UNDP factor, the groups that carry it and the actions that benefit any of them.
func lnobFactorFindings(_ network: PolicyNetwork, findings: [LNOBGroupFinding]) -> [LNOBFactorFinding] {
    let order = Dictionary(uniqueKeysWithValues: network.indices(of: .action).map { (network.nodes[$0].id, $0) })
    return UNDPFactor.allCases.map { factor in
        let carriers = findings.filter { $0.factors.contains(factor) }
        var seen = Set<String>()   // a plan may hold tens of thousands of benefits
        var actions: [String] = []
        for finding in carriers {
            for benefit in finding.benefits where seen.insert(benefit.action).inserted { actions.append(benefit.action) }
        }
        actions.sort { (order[$0] ?? 0) < (order[$1] ?? 0) }
        return LNOBFactorFinding(factor: factor, groups: carriers.map(\.group), benefitingActions: actions)
    }
}
