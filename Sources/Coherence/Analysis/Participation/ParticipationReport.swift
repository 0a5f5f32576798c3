/// How many actions involve one kind of stakeholder.
public struct ParticipationByKind: Sendable, Hashable, Codable {
    /// The stakeholder kind.
    public let kind: StakeholderKind
    /// Whether the kind is outside the administration.
    public let external: Bool
    /// The number of stakeholders of this kind in the model.
    public let stakeholders: Int
    /// The number of actions that involve at least one of them.
    public let actions: Int
    /// `actions` as a share of all actions.
    public let share: Double
}

/// One burden on a group, and whether the group had a voice in the burdening action.
public struct ParticipationBurden: Sendable, Hashable, Codable {
    /// The burdening action's id.
    public let action: String
    /// The burdened group's id.
    public let group: String
    /// The score (< 0).
    public let score: Double
    /// The group's representatives involved in the action (empty: no voice).
    public let voices: [String]
    /// Whether any stakeholder in the model represents the group at all.
    public let groupHasRepresentative: Bool
}

/// Multi-stakeholder work and participation in a plan: who is involved, and whether burdened groups have a voice.
public struct ParticipationReport: Sendable, Hashable, Codable {
    /// The number of actions.
    public let actions: Int
    /// The number of actions that involve at least one stakeholder.
    public let actionsWithStakeholders: Int
    /// The number of actions that involve at least one stakeholder outside the administration.
    public let actionsWithExternalStakeholders: Int
    /// `actionsWithExternalStakeholders / actions` (0 for a plan without actions).
    public let externalShare: Double
    /// Per stakeholder kind, in the order of ``StakeholderKind``.
    public let byKind: [ParticipationByKind]
    /// Every burden (group effect < 0), by action then group.
    public let burdens: [ParticipationBurden]
    /// The number of burdens whose group's representatives are involved in the burdening action.
    public let burdensWithVoice: Int
    /// `burdensWithVoice / burdens.count` (0 without burdens).
    public let burdenVoiceShare: Double
    /// The number of actions that burden at least one group.
    public let burdeningActions: Int
    /// The number of burdening actions that involve representatives of every group they burden.
    public let burdeningActionsWithVoice: Int
    /// `burdeningActionsWithVoice / burdeningActions` (0 without burdening actions).
    public let burdeningActionVoiceShare: Double
}
