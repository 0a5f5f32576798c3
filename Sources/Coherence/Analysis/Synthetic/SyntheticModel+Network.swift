/// The synthetic model as a ``PolicyNetwork``.
extension SyntheticModel {
    /// The model's default name: its size and seed (`Synthetic 169 targets, 5000 actions, seed 1`).
    public var defaultName: String {
        "Synthetic \(options.targets) targets, \(options.actions) actions, seed \(options.seed)"
    }

    /// Builds the model as a network (English, Nilsson scale, one expert named `synthetic`).
    ///
    /// - Parameter name: the model's name (default: ``defaultName``).
    /// - Returns: a network with the elements, domains (owning their elements), the matrix as the
    ///   expert's judgements, the actions with their contributions and group effects. Negative
    ///   scores are kept as drawn: trade-offs and burdens.
    /// - Throws: ``InputError`` only if the builder refuses the model (it should not: every id
    ///   and score is generated valid).
    /// - Complexity: O(elements² + actions × contributionsPerAction²) to generate, plus the
    ///   builder's O((n + m) log(n + m)).
    public func network(name: String? = nil) throws(InputError) -> PolicyNetwork {
        var builder = PolicyNetworkBuilder(name: name ?? defaultName, language: .en)
        for k in 0..<options.objectives {
            builder.addObjective(id: elements[options.targets + k], label: "Objective \(k + 1)")
        }
        for d in domainIDs.indices {
            builder.addDomain(id: domainIDs[d], label: domainLabel(d))
            for e in owned[d] { builder.addOwnership(domain: domainIDs[d], of: elements[e]) }
        }
        for row in elements.indices {
            for (column, score) in interactions(row: row) {
                builder.addJudgement(InteractionJudgement(expert: "synthetic", from: elements[row],
                                                          to: elements[column], score: score))
            }
        }
        for index in 0..<options.actions {
            let action = action(index)
            builder.addAction(ActionDeclaration(id: action.id, label: action.label,
                                                domain: domainIDs[action.domain], budget: action.budget))
            for c in action.contributions {
                builder.addContribution(action: action.id, to: elements[c.element], score: c.score)
            }
            if let effect = action.groupEffect {
                builder.addGroupEffect(action: action.id, group: groupIDs[effect.group], score: effect.score)
            }
        }
        return try builder.build()
    }
}
