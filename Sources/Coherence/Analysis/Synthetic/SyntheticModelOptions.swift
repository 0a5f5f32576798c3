/// The size and densities of a ``SyntheticModel``.
public struct SyntheticModelOptions: Sendable, Hashable, Codable {
    /// SDG targets in the model, 1…169 (169: all of them; fewer: a seeded choice).
    public var targets: Int
    /// Custom (non-SDG) objectives added to the targets, 0 or more.
    public var objectives: Int
    /// Actions, 1 or more.
    public var actions: Int
    /// Policy domains, 1 or more; every element is owned by exactly one of them.
    public var domains: Int
    /// The share of ordered pairs of elements the matrix scores, 0…1.
    public var interactionDensity: Double
    /// Contributions of every action, 1 or more (capped at the number of elements).
    public var contributionsPerAction: Int
    /// Catalogue groups effects may land on, 0…10.
    public var groups: Int
    /// The probability that an action has an effect on a group, 0…1.
    public var groupEffectRate: Double
    /// The probability that a drawn score is negative (a trade-off or burden), 0…1.
    public var negativeShare: Double
    /// The probability that a contribution lands on an element of the action's own domain, 0…1.
    public var ownDomainShare: Double
    /// The seed of every draw.
    public var seed: UInt64

    /// Creates options; the defaults give a mid-sized municipal plan on all 169 targets.
    public init(targets: Int = 169, objectives: Int = 0, actions: Int = 200, domains: Int = 10,
                interactionDensity: Double = 0.3, contributionsPerAction: Int = 4, groups: Int = 10,
                groupEffectRate: Double = 0.3, negativeShare: Double = 0.15, ownDomainShare: Double = 0.5,
                seed: UInt64 = 1) {
        self.targets = targets
        self.objectives = objectives
        self.actions = actions
        self.domains = domains
        self.interactionDensity = interactionDensity
        self.contributionsPerAction = contributionsPerAction
        self.groups = groups
        self.groupEffectRate = groupEffectRate
        self.negativeShare = negativeShare
        self.ownDomainShare = ownDomainShare
        self.seed = seed
    }

    /// Checks every option and reports all that are out of range at once.
    ///
    /// - Throws: ``InputError`` naming each option, its range and the value found.
    /// - Complexity: O(1).
    public func validate() throws(InputError) {
        var log = DiagnosticLog()
        let catalogueTargets = SDGCatalogue.standard.targets.count
        func check(_ ok: Bool, _ name: String, _ expected: String, _ found: String) {
            if !ok { log.error(nil, "--\(name) is out of range.", expected: expected, found: found) }
        }
        check((1...catalogueTargets).contains(targets), "targets", "1 to \(catalogueTargets)", String(targets))
        check(objectives >= 0, "objectives", "0 or more", String(objectives))
        check(actions >= 1, "actions", "1 or more", String(actions))
        check(domains >= 1, "domains", "1 or more", String(domains))
        check((0...1).contains(interactionDensity), "interaction-density", "a share from 0 to 1", String(interactionDensity))
        check(contributionsPerAction >= 1, "contributions-per-action", "1 or more", String(contributionsPerAction))
        check((0...SDGCatalogue.standard.groups.count).contains(groups), "groups",
              "0 to \(SDGCatalogue.standard.groups.count) (catalogue groups)", String(groups))
        check((0...1).contains(groupEffectRate), "group-effect-rate", "a share from 0 to 1", String(groupEffectRate))
        check((0...1).contains(negativeShare), "negative-share", "a share from 0 to 1", String(negativeShare))
        check((0...1).contains(ownDomainShare), "own-domain-share", "a share from 0 to 1", String(ownDomainShare))
        try log.throwIfErrors()
    }
}
