extension PolicyNetwork {
    /// The goal number of a goal or target node, or `nil` for objectives and other kinds.
    public func goalNumber(of node: Int) -> Int? {
        let number = goalNumbers[node]
        return number == 0 ? nil : Int(number)
    }

    /// The domains responsible for a goal, target or objective, in index order.
    ///
    /// A domain owns a target when it owns the target or the target's goal. A goal is owned by the
    /// domains that own the goal or any of its targets (a goal-level tag lands on the goal, and is
    /// a spillover only when the acting domain owns neither the goal nor any of its targets).
    ///
    /// - Complexity: O(d + t) for d ownership edges and t targets of the goal.
    public func owners(of node: Int) -> [Int] {
        var result = Set(edges(.ownership, to: node).map(\.from))
        let n = nodes[node]
        if n.kind == .target, let goal = SDGCatalogue.standard.target(n.id).map({ "SDG\($0.goal)" }), let g = index(of: goal) {
            result.formUnion(edges(.ownership, to: g).map(\.from))
        }
        if n.kind == .goal, let number = goalNumber(of: node) {
            for target in SDGCatalogue.standard.targets(ofGoal: number) {
                if let t = index(of: target.id) { result.formUnion(edges(.ownership, to: t).map(\.from)) }
            }
        }
        return result.sorted()
    }

    /// Whether a domain is responsible for a goal, target or objective (see ``owners(of:)``).
    public func owns(domain: Int, _ node: Int) -> Bool { owners(of: node).contains(domain) }

    /// Whether the model declares any ownership at all (without it there are no spillovers to find).
    public var hasOwnership: Bool { !edges(of: .ownership).isEmpty }

    /// The contributions of an action that count: a goal-level tag is dropped when the action also
    /// contributes to a target of that goal (it counts once, through the targets).
    ///
    /// - Complexity: O(degree).
    public func effectiveContributions(of action: Int) -> [Edge] {
        let all = edges(.contribution, from: action)
        guard all.contains(where: { nodes[$0.to].kind == .goal }) else { return all }   // tags targets only, as most do
        let goalsWithTargets = Set(all.compactMap { nodes[$0.to].kind == .target ? goalNumber(of: $0.to) : nil })
        return all.filter { edge in
            guard nodes[edge.to].kind == .goal, let number = goalNumber(of: edge.to) else { return true }
            return !goalsWithTargets.contains(number)
        }
    }

    /// Whether an action explicitly mitigates another action's burden on a group or target.
    public func isMitigated(action burdening: Int, on subject: Int) -> Bool {
        edges(.mitigation, to: burdening).contains { $0.subject == subject }
    }

    /// The actions that explicitly mitigate another action's burden on a group or target.
    public func mitigators(of burdening: Int, on subject: Int) -> [Int] {
        edges(.mitigation, to: burdening).filter { $0.subject == subject }.map(\.from)
    }
}
