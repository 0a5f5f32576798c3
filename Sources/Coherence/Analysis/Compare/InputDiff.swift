/// Whether something of the input was added, removed or changed between two versions.
public enum InputChangeKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Only in the later version.
    case added
    /// Only in the earlier version.
    case removed
    /// In both, with something different.
    case changed
}

/// A score on one link that changed: an action's contribution to a goal, target or objective, or
/// its effect on a group. `nil` on one side means the link is not there.
public struct ScoreChange: Sendable, Hashable, Codable {
    /// The goal, target, objective or group.
    public var id: String
    /// The score before, `nil` when there was no link.
    public var before: Double?
    /// The score after, `nil` when there is no link.
    public var after: Double?
    /// Where the effect landed before (contributions only).
    public var scopeBefore: Scope?
    /// Where the effect lands after (contributions only).
    public var scopeAfter: Scope?
}

/// An action added, removed or changed: its budget, domain, SDG tags and scores, group effects,
/// scope, stakeholders and mitigations.
public struct ActionChange: Sendable, Hashable, Codable {
    /// The action's id.
    public var action: String
    /// Its label (the later one when it has both).
    public var label: String
    /// Added, removed or changed.
    public var change: InputChangeKind
    /// Its domain before (`nil` when added).
    public var domainBefore: String?
    /// Its domain after (`nil` when removed).
    public var domainAfter: String?
    /// Its budget before, in euro (`nil`: not given, or not there).
    public var budgetBefore: Double?
    /// Its budget after.
    public var budgetAfter: Double?
    /// Its label before, when the label changed.
    public var labelBefore: String?
    /// Its default scope before, when it changed.
    public var scopeBefore: Scope?
    /// Its default scope after, when it changed.
    public var scopeAfter: Scope?
    /// The contributions whose score or scope changed, appeared or went (for an added or removed
    /// action: all of them), in id order.
    public var contributions: [ScoreChange]
    /// The group effects that changed, appeared or went, in id order.
    public var groupEffects: [ScoreChange]
    /// Stakeholders newly involved.
    public var stakeholdersAdded: [String]
    /// Stakeholders no longer involved.
    public var stakeholdersRemoved: [String]
    /// Burdens it newly offsets, as `action>subject` (the burdening action and the group or target).
    public var mitigationsAdded: [String]
    /// Burdens it no longer offsets, as `action>subject`.
    public var mitigationsRemoved: [String]
    /// What changed, in one sentence.
    public var explanation: LocalizedText

    /// Whether the budget changed (for an action in both versions).
    public var budgetChanged: Bool { change == .changed && budgetBefore != budgetAfter }
    /// Whether the domain changed (for an action in both versions).
    public var domainChanged: Bool { change == .changed && domainBefore != domainAfter }
}

/// A domain's responsibility for a goal, target or objective that was declared or withdrawn.
public struct OwnershipChange: Sendable, Hashable, Codable {
    /// The domain's id.
    public var domain: String
    /// The goal, target or objective.
    public var target: String
    /// Added (the domain now owns it) or removed.
    public var change: InputChangeKind
    /// What changed, in one sentence.
    public var explanation: LocalizedText
}

/// A cell of the interaction matrix that was scored anew, first scored, or no longer scored.
public struct InteractionChange: Sendable, Hashable, Codable {
    /// The influencing goal, target or objective.
    public var from: String
    /// The influenced one.
    public var to: String
    /// Added (first scored), removed (no longer scored) or changed (another mean).
    public var change: InputChangeKind
    /// The mean over the experts who scored the cell before, `nil` when nobody did.
    public var before: Double?
    /// The mean after.
    public var after: Double?
    /// Every expert's score before, by expert.
    public var expertsBefore: [ExpertScore]
    /// Every expert's score after, by expert.
    public var expertsAfter: [ExpertScore]
    /// What changed, in one sentence.
    public var explanation: LocalizedText

    /// The cell as `from>to`.
    public var cell: String { "\(from)>\(to)" }
}

/// A node that is in one version only: a domain, a group or stakeholder of the model's own, or a
/// goal, target or objective the plan or matrix names.
public struct NodeChange: Sendable, Hashable, Codable {
    /// The id.
    public var id: String
    /// The label (in the model's language).
    public var label: String
    /// What it is.
    public var kind: NodeKind
    /// Added or removed.
    public var change: InputChangeKind
    /// What changed, in one sentence.
    public var explanation: LocalizedText
}

/// What changed in the input between two versions of a plan or a matrix.
///
/// Computed by ``inputDiff(from:to:)``. Every list is in a stable order (actions in the later
/// version's order, then the removed ones in the earlier version's order; cells by source and
/// target id).
public struct InputDiff: Sendable, Hashable, Codable {
    /// Actions added, removed and changed.
    public var actions: [ActionChange]
    /// Domains added and removed.
    public var domains: [NodeChange]
    /// Ownership declared or withdrawn.
    public var ownership: [OwnershipChange]
    /// Interaction cells scored anew, first scored, or no longer scored.
    public var interactions: [InteractionChange]
    /// Goals, targets and objectives that one version names and the other does not.
    public var targets: [NodeChange]
    /// The model's own groups and stakeholders added and removed.
    public var others: [NodeChange]

    /// Whether nothing changed.
    public var isEmpty: Bool {
        actions.isEmpty && domains.isEmpty && ownership.isEmpty && interactions.isEmpty && targets.isEmpty && others.isEmpty
    }

    /// The change of one action, if it changed.
    public func action(_ id: String) -> ActionChange? { actions.first { $0.action == id } }

    /// The change of one interaction cell, if it changed.
    public func interaction(from: String, to: String) -> InteractionChange? {
        interactions.first { $0.from == from && $0.to == to }
    }
}
