extension SpilloverEngine {
    /// Extends the current path (in `pathStack`, ending at its last node with `strength`) by one
    /// interaction at a time, depth first in node order, up to `maxLength` edges.
    ///
    /// A step multiplies the strength by a/s; a branch whose |strength| falls below the threshold
    /// is cut, which loses nothing because |a|/s ≤ 1 means it can only fall further. Nodes already
    /// on the path are skipped (simple paths only); a score of 0 ends the branch (no effect).
    ///
    /// - Throws: ``SpilloverError/pathLimitExceeded(limit:)`` through ``record(action:actor:strength:scope:direct:)``.
    /// - Complexity: O(kept paths · interaction out-degree).
    mutating func extend(action: Int, actor: Int, strength: Double, scope: Scope) throws(SpilloverError) {
        let last = pathStack[pathStack.count - 1]
        let edgesSoFar = pathStack.count
        let cut = threshold * (1 - 1e-9)
        for k in interactionOffsets[last]..<interactionOffsets[last + 1] {
            let next = interactionNeighbours[k]
            let a = interactionScores[k]
            guard a != 0, !onPath[next] else { continue }
            let value = strength * a / s
            guard abs(value) >= cut, value != 0 else { continue }
            pathStack.append(next)
            scoreStack.append(a)
            confidenceStack.append(Self.lower(confidenceStack[confidenceStack.count - 1], interactionConfidence[k]))
            if !owners.owns(actor, next) {
                try record(action: action, actor: actor, strength: value, scope: scope, direct: false)
            }
            if edgesSoFar + 1 < options.maxLength {
                onPath[next] = true
                try extend(action: action, actor: actor, strength: value, scope: scope)
                onPath[next] = false
            }
            pathStack.removeLast()
            scoreStack.removeLast()
            confidenceStack.removeLast()
        }
    }

    /// Records the finding that the current path (in `pathStack`) describes, unless the domain
    /// filter excludes its pair, and updates the pair's state.
    ///
    /// - Throws: ``SpilloverError/pathLimitExceeded(limit:)`` when this is one path too many.
    /// - Complexity: O(path length) with full detail, O(1) otherwise.
    mutating func record(action: Int, actor: Int, strength: Double, scope: Scope, direct: Bool) throws(SpilloverError) {
        let target = pathStack[pathStack.count - 1]
        // Every path counts towards the limit, also those the domain filter leaves out: the limit
        // bounds the work, and that work is done for them too.
        pathsFound += 1
        guard pathsFound <= options.pathLimit else { throw .pathLimitExceeded(limit: options.pathLimit) }
        if filterOrdinal >= 0, filterOrdinal != actor, !owners.owns(filterOrdinal, target) { return }
        if direct { directCount += 1 } else { indirectCount += 1 }
        var index = -1
        if full {
            index = raw.count
            raw.append(RawFinding(action: action, target: target, start: pathNodes.count, length: pathStack.count,
                                  strength: strength, scope: scope, confidence: confidenceStack[confidenceStack.count - 1]))
            pathNodes.append(contentsOf: pathStack)
            pathScores.append(contentsOf: scoreStack)
        }
        var position = slot[target]
        if position < 0 {
            position = pairStates.count
            slot[target] = position
            pairStates.append(PairState(target: target))
        }
        var state = pairStates[position]
        state.count += 1
        if strength > 0 { state.positive = true } else { state.negative = true }
        if direct {
            state.hasDirect = true
            state.directStrength = strength
            state.directScope = scope
            state.directFinding = index
        } else if state.bestLength == Int.max || abs(strength) > abs(state.bestStrength)
                    || (abs(strength) == abs(state.bestStrength) && pathStack.count < state.bestLength) {
            state.bestStrength = strength
            state.bestLength = pathStack.count
            state.bestScope = scope
            state.bestFinding = index
        }
        pairStates[position] = state
    }

    /// The "cannot assess at target level" note for a goal-level tag.
    func goalNote(action: Int, goal: Int, score: Double) -> SpilloverReport.GoalLevelNote {
        let node = network.nodes[action]
        let goalLabel = SpilloverText.label(of: goal, in: network, language: language)
        let text = SpilloverText.cannotAssess(action: node.label, domain: domainLabel(ofAction: action),
                                              goal: SpilloverText.goalName(network.nodes[goal].id), goalLabel: goalLabel,
                                              language: language)
        return .init(action: node.id, domain: node.domain ?? "", goal: network.nodes[goal].id, goalLabel: goalLabel,
                     score: score, explanation: text)
    }

    /// The label of an action's domain.
    func domainLabel(ofAction action: Int) -> String {
        network.domainIndex(ofAction: action).map { network.nodes[$0].label } ?? (network.nodes[action].domain ?? "")
    }
}
