/// The LNOB-relevant targets (DESIGN.md §7) a plan reaches, misses or sets back, with their gaps and notes.
///
/// - **Scope of "not addressed"**: the LNOB-relevant targets of the goals the plan contributes to
///   positively (through a target or a goal-level tag). Checking all 60 LNOB-relevant targets of the
///   catalogue would flood a local plan with goals it never meant to work on; inside a goal it does
///   work on, an LNOB-relevant target with no positive contribution is the people-side of that goal
///   being skipped. Such a target is a ``LNOBGapKind/lnobTargetNotAddressed`` gap — unless an action
///   tags its goal as a whole: then it becomes a ``LNOBNoteKind/cannotAssessAtTargetLevel`` note.
/// - **Harm** (any goal): an action's negative contribution to the target, or, when the action has no
///   direct contribution to it, a two-step path action → t1 → target through the interaction matrix with
///   strength `c·a/s` ≤ −s/3 (the most negative path per action). A harm that an action explicitly
///   `mitigates` (on the target, or for a path on t1) is offset and is not a gap; it stays in
///   ``LNOBTargetFinding/harms`` with its mitigators.
/// - Contributions count once: a goal tag is dropped when the same action tags a target of that goal
///   (``PolicyNetwork/effectiveContributions(of:)``).
///
/// Negative scores: negative contributions and negative paths are harms; (−)(−) paths are positive
/// and never harm. Zero contributions neither cover nor harm.
///
/// - Parameters:
///   - network: The plan.
///   - options: The indirect-harm threshold and the language.
/// - Returns: The target findings (in catalogue order), the target gaps, and the notes.
/// - Complexity: O(c·k) for c contributions and k interactions leaving each contributed node.
public func lnobTargetFindings(in network: PolicyNetwork, options: LNOBOptions = LNOBOptions())
    -> (targets: [LNOBTargetFinding], gaps: [LNOBGap], notes: [LNOBNote]) {
    let language = options.language ?? network.language
    let catalogue = SDGCatalogue.standard
    let s = network.scale.magnitude
    let threshold = -options.indirectThreshold * s

    var positiveGoals = Set<Int>()
    var positive: [Int: [Int]] = [:]               // target node → actions contributing > 0
    var harms: [Int: [(action: Int, via: Int?, strength: Double)]] = [:]   // target node → harms
    var goalTagsPositive: [Int: [Int]] = [:]        // goal number → actions tagging it > 0
    var goalTagsNegative: [Int: [Int]] = [:]
    var touched = Set<Int>()
    // Whether each node is an LNOB-relevant target, looked up once rather than per interaction.
    let lnobRelevant = network.nodes.map { $0.kind == .target && catalogue.target($0.id)?.lnobRelevant == true }
    // Interaction scores along the CSR rows, read without copying edges.
    let interactions = network.outgoing(.interaction)
    let interactionScores = interactions.edgeIndices.map { network.edges[$0].score ?? 0 }

    // Per action, dense scratch arrays reset after use instead of a set and a dictionary per action.
    var isDirect = [Bool](repeating: false, count: network.nodes.count)
    var worstStrength = [Double](repeating: .infinity, count: network.nodes.count)
    var worstVia = [Int](repeating: -1, count: network.nodes.count)
    var reached: [Int] = []
    for action in network.indices(of: .action) {
        let contributions = network.effectiveContributions(of: action)
        for edge in contributions { isDirect[edge.to] = true }
        defer { for edge in contributions { isDirect[edge.to] = false } }
        for edge in contributions {
            let score = edge.score ?? 0
            let node = network.nodes[edge.to]
            if score > 0, let goal = network.goalNumber(of: edge.to) { positiveGoals.insert(goal) }
            switch node.kind {
            case .target:
                touched.insert(edge.to)
                if score > 0 { positive[edge.to, default: []].append(action) }
                if score < 0 { harms[edge.to, default: []].append((action, nil, score)) }
            case .goal:
                guard let goal = network.goalNumber(of: edge.to) else { break }
                if score > 0 { goalTagsPositive[goal, default: []].append(action) }
                if score < 0 { goalTagsNegative[goal, default: []].append(action) }
            default:
                break
            }
        }
        // Indirect: action → t1 → t2, per (action, t2) the most negative path, only without a direct contribution.
        for edge in contributions {
            let c = edge.score ?? 0
            guard c != 0 else { continue }
            for k in interactions.range(of: edge.to) {
                let t2 = interactions.neighbours[k]
                guard lnobRelevant[t2], !isDirect[t2] else { continue }
                let strength = c * interactionScores[k] / s
                guard strength <= threshold + 1e-9 else { continue }
                if worstVia[t2] < 0 { reached.append(t2) }
                else if (worstStrength[t2], worstVia[t2]) <= (strength, edge.to) { continue }
                worstStrength[t2] = strength
                worstVia[t2] = edge.to
            }
        }
        for t2 in reached {
            harms[t2, default: []].append((action, worstVia[t2], worstStrength[t2]))
            worstStrength[t2] = .infinity
            worstVia[t2] = -1
        }
        reached.removeAll(keepingCapacity: true)
    }

    var findings: [LNOBTargetFinding] = []
    var gaps: [LNOBGap] = []
    for target in catalogue.targets where target.lnobRelevant {
        let inScope = positiveGoals.contains(target.goal)
        let goalLevel = (goalTagsPositive[target.goal] ?? []) + (goalTagsNegative[target.goal] ?? [])
        let targetIndex = network.index(of: target.id)
        let targetHarms = (targetIndex.flatMap { harms[$0] } ?? []).sorted { a, b in
            if (a.via == nil) != (b.via == nil) { return a.via == nil }
            return (a.strength, a.action) < (b.strength, b.action)
        }
        let positiveActions = targetIndex.flatMap { positive[$0] } ?? []
        guard inScope || targetIndex.map(touched.contains) == true || !targetHarms.isEmpty else { continue }
        let harmRecords = targetHarms.map { harm -> LNOBHarm in
            var mitigators = targetIndex.map { network.mitigators(of: harm.action, on: $0) } ?? []
            if let via = harm.via { mitigators += network.mitigators(of: harm.action, on: via) }
            return LNOBHarm(action: network.nodes[harm.action].id, via: harm.via.map { network.nodes[$0].id },
                            strength: harm.strength,
                            mitigatedBy: Array(Set(mitigators)).sorted().map { network.nodes[$0].id })
        }
        findings.append(LNOBTargetFinding(
            target: target.id, label: target.shortName(language: language.rawValue), goal: target.goal,
            lnobWords: target.lnobWords, inScope: inScope, positiveActions: positiveActions.map { network.nodes[$0].id },
            goalLevelActions: goalLevel.sorted().map { network.nodes[$0].id }, harms: harmRecords))

        if inScope, positiveActions.isEmpty, goalTagsPositive[target.goal] == nil {
            let against = targetHarms.filter { $0.via == nil }.map(\.action)
            gaps.append(LNOBGap(kind: .lnobTargetNotAddressed, target: target.id,
                                actions: against.map { network.nodes[$0].id }, targets: [target.id],
                                explanation: LNOBExplanation.targetNotAddressed(target, language)))
        }
        let open = zip(targetHarms, harmRecords).filter { $0.1.mitigatedBy.isEmpty }.map(\.0)
        if !open.isEmpty {
            // In order of first appearance, each once (a set beside the list: targets can be harmed by thousands).
            var seenActions = Set<Int>(), seenVia = Set<Int>()
            let actions = open.compactMap { seenActions.insert($0.action).inserted ? network.nodes[$0.action].id : nil }
            let via = open.compactMap { harm in harm.via.flatMap { seenVia.insert($0).inserted ? network.nodes[$0].id : nil } }
            gaps.append(LNOBGap(kind: .lnobTargetHarmed, target: target.id, actions: actions, targets: [target.id] + via,
                                score: open.map(\.strength).min(),
                                explanation: LNOBExplanation.targetHarmed(network, target, harms: open, language)))
        }
    }
    let notes = lnobGoalLevelNotes(network, findings: findings, positiveTags: goalTagsPositive,
                                   negativeTags: goalTagsNegative, language: language)
    return (findings, gaps, notes)
}

/// The "cannot assess at target level" notes: per goal tagged as a whole, positively (the LNOB-relevant
/// targets it may cover) and negatively (the LNOB-relevant targets it may set back).
func lnobGoalLevelNotes(_ network: PolicyNetwork, findings: [LNOBTargetFinding], positiveTags: [Int: [Int]],
                        negativeTags: [Int: [Int]], language: Language) -> [LNOBNote] {
    var notes: [LNOBNote] = []
    for goal in 1...SDGCatalogue.standard.goals.count {
        if let actions = positiveTags[goal] {
            let open = findings.filter { $0.goal == goal && $0.positiveActions.isEmpty }.map(\.target)
            if !open.isEmpty {
                notes.append(LNOBNote(kind: .cannotAssessAtTargetLevel, goal: "SDG\(goal)",
                                      actions: actions.sorted().map { network.nodes[$0].id }, targets: open, positive: true,
                                      explanation: LNOBExplanation.goalLevel(network, goal: goal, actions: actions.sorted(),
                                                                             targets: open, positive: true, language)))
            }
        }
        if let actions = negativeTags[goal] {
            let all = SDGCatalogue.standard.targets(ofGoal: goal).filter(\.lnobRelevant).map(\.id)
            if !all.isEmpty {
                notes.append(LNOBNote(kind: .cannotAssessAtTargetLevel, goal: "SDG\(goal)",
                                      actions: actions.sorted().map { network.nodes[$0].id }, targets: all, positive: false,
                                      explanation: LNOBExplanation.goalLevel(network, goal: goal, actions: actions.sorted(),
                                                                             targets: all, positive: false, language)))
            }
        }
    }
    return notes
}
