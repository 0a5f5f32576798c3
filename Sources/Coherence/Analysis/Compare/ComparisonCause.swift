/// What kind of input change explains a result change.
public enum ComparisonCauseKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// An action was added.
    case actionAdded = "action-added"
    /// An action was dropped.
    case actionRemoved = "action-removed"
    /// An action's contribution to a goal, target or objective appeared, went or was rescored.
    case contribution
    /// An action's effect on a group appeared, went or was rescored.
    case groupEffect = "group-effect"
    /// An action's budget changed.
    case budget
    /// An action moved to another domain.
    case domain
    /// An action's stakeholders changed.
    case stakeholders
    /// An action now offsets, or no longer offsets, another action's burden.
    case mitigation
    /// A domain became, or stopped being, responsible for a goal, target or objective.
    case ownership
    /// An interaction cell was scored anew, first scored or no longer scored.
    case interaction
}

/// An input change that explains a result change: "because the action ‘X’ is new".
public struct ComparisonCause: Sendable, Hashable, Codable {
    /// What kind of input change it is.
    public var kind: ComparisonCauseKind
    /// What it is about: an action id, `action>target` or `action>group` for a link, a cell
    /// `from>to`, `domain>target` for ownership, `mitigator>burdening>subject` for a mitigation.
    public var subject: String
    /// The change as a clause that follows "omdat" / "because".
    public var text: LocalizedText
}

/// Finds the input changes behind a result change, from the ``InputDiff``.
struct CauseFinder: Sendable {
    let diff: InputDiff
    let labels: ComparisonLabels
    let actions: [String: ActionChange]

    init(diff: InputDiff, labels: ComparisonLabels) {
        self.diff = diff
        self.labels = labels
        self.actions = Dictionary(diff.actions.map { ($0.action, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The action's own change when it was added or dropped, else its contributions to these
    /// goals, targets or objectives (all of them for `nil`) and its move to another domain.
    func action(_ id: String, targets: [String]? = nil, includeDomain: Bool = true) -> [ComparisonCause] {
        guard let change = actions[id] else { return [] }
        switch change.change {
        case .added: return [cause(.actionAdded, id, InputWording.causeActionAdded(change, labels))]
        case .removed: return [cause(.actionRemoved, id, InputWording.causeActionRemoved(change, labels))]
        case .changed:
            var result: [ComparisonCause] = []
            for c in change.contributions where targets?.contains(c.id) ?? true {
                result.append(cause(.contribution, "\(id)>\(c.id)", InputWording.causeContribution(change, c, labels)))
            }
            if includeDomain, change.domainChanged {
                result.append(cause(.domain, id, InputWording.causeDomain(change, labels)))
            }
            return result
        }
    }

    /// Changes of any action's effect on a group (added and dropped actions with an effect on it included).
    func groupEffects(on group: String) -> [ComparisonCause] {
        diff.actions.flatMap { change -> [ComparisonCause] in
            switch change.change {
            case .added, .removed:
                return change.groupEffects.contains { $0.id == group } ? action(change.action) : []
            case .changed:
                return change.groupEffects.filter { $0.id == group }.map { e in
                    cause(.groupEffect, "\(change.action)>\(group)", InputWording.causeGroupEffect(change, e, labels))
                }
            }
        }
    }

    /// Changes of any action's contribution to a goal, target or objective (added and dropped actions included).
    func contributions(to target: String) -> [ComparisonCause] {
        diff.actions.flatMap { change -> [ComparisonCause] in
            guard change.contributions.contains(where: { $0.id == target }) else { return [] }
            return action(change.action, targets: [target], includeDomain: false)
        }
    }

    /// Budget changes of actions (only actions in both versions; added and dropped ones are their own cause).
    func budgets(of ids: some Sequence<String>) -> [ComparisonCause] {
        ids.compactMap { id in
            guard let change = actions[id], change.budgetChanged else { return nil }
            return cause(.budget, id, InputWording.causeBudget(change, labels))
        }
    }

    /// Stakeholder changes of an action.
    func stakeholders(of id: String) -> [ComparisonCause] {
        guard let change = actions[id], change.change == .changed,
              !change.stakeholdersAdded.isEmpty || !change.stakeholdersRemoved.isEmpty else { return [] }
        return [cause(.stakeholders, id, InputWording.causeStakeholders(change, labels))]
    }

    /// Mitigations of one action's burden on a subject that appeared or went.
    func mitigations(of burdening: String, on subject: String) -> [ComparisonCause] {
        let key = "\(burdening)>\(subject)"
        return diff.actions.flatMap { change -> [ComparisonCause] in
            if change.change != .changed { return change.mitigationsAdded.contains(key) || change.mitigationsRemoved.contains(key) ? action(change.action) : [] }
            var result: [ComparisonCause] = []
            if change.mitigationsAdded.contains(key) {
                result.append(cause(.mitigation, "\(change.action)>\(key)", InputWording.causeMitigation(change.action, key, added: true, labels)))
            }
            if change.mitigationsRemoved.contains(key) {
                result.append(cause(.mitigation, "\(change.action)>\(key)", InputWording.causeMitigation(change.action, key, added: false, labels)))
            }
            return result
        }
    }

    /// Ownership declared or withdrawn for these goals, targets or objectives (and their goals).
    func ownership(of targets: [String]) -> [ComparisonCause] {
        var ids = Set(targets)
        for id in targets { if let target = SDGCatalogue.standard.target(id) { ids.insert("SDG\(target.goal)") } }
        return diff.ownership.filter { ids.contains($0.target) }.map { change in
            cause(.ownership, "\(change.domain)>\(change.target)", InputWording.causeOwnership(change, labels))
        }
    }

    /// Interaction cells that changed among these (`from`, `to`) pairs.
    func interactions(_ cells: [(String, String)]) -> [ComparisonCause] {
        cells.compactMap { from, to in
            diff.interaction(from: from, to: to).map { cause(.interaction, $0.cell, InputWording.causeInteraction($0, labels)) }
        }
    }

    /// Interaction cells that changed in the row or column of a node.
    func interactions(touching id: String) -> [ComparisonCause] {
        diff.interactions.filter { $0.from == id || $0.to == id }.map { cause(.interaction, $0.cell, InputWording.causeInteraction($0, labels)) }
    }

    /// Interaction cells that changed between members of a set.
    func interactions(within ids: Set<String>) -> [ComparisonCause] {
        diff.interactions.filter { ids.contains($0.from) && ids.contains($0.to) }
            .map { cause(.interaction, $0.cell, InputWording.causeInteraction($0, labels)) }
    }

    private func cause(_ kind: ComparisonCauseKind, _ subject: String, _ text: LocalizedText) -> ComparisonCause {
        ComparisonCause(kind: kind, subject: subject, text: text)
    }

    /// Causes without repeats, in the order found.
    static func unique(_ causes: [ComparisonCause]) -> [ComparisonCause] {
        var seen = Set<String>()
        return causes.filter { seen.insert("\($0.kind.rawValue)\u{1F}\($0.subject)").inserted }
    }
}
