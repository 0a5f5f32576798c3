/// How far the plan's actions reach across policy domains (*transversaal werken*), from the
/// actions' own contributions (direct only; indirect reach is in the spillover findings).
///
/// A contribution *crosses* domains when its action's domain does not own the goal, target or
/// objective and another domain does; contributions to something nobody owns are counted apart.
/// Every contribution with a score ≠ 0 counts, negative ones too: a trade-off reaches across
/// domains as much as a co-benefit does. A goal tag next to targets of the same goal counts once.
public struct Transversality: Sendable, Hashable, Codable {
    /// One action's reach.
    public struct ActionReach: Sendable, Hashable, Codable {
        /// The action's id.
        public var action: String
        /// Its label.
        public var label: String
        /// Its domain.
        public var domain: String
        /// Every domain that owns something the action contributes to (its own included), in model order.
        public var domainsReached: [String]
        /// The same without the action's own domain.
        public var otherDomains: [String]
        /// Its contributions with a score ≠ 0.
        public var contributions: Int
        /// Of those, the ones that cross domains.
        public var crossing: Int
        /// Of those, the ones to something nobody owns.
        public var toUnowned: Int
    }

    /// One domain's reach.
    public struct DomainReach: Sendable, Hashable, Codable {
        /// The domain's id.
        public var domain: String
        /// Its label.
        public var label: String
        /// Its actions.
        public var actions: Int
        /// Its actions with at least one contribution that crosses domains.
        public var actionsReachingOtherDomains: Int
        /// `actionsReachingOtherDomains / actions`, or `nil` without actions.
        public var share: Double?
    }

    /// Per action, in model order.
    public var actions: [ActionReach]
    /// Per domain, in model order.
    public var domains: [DomainReach]
    /// The plan's contributions with a score ≠ 0.
    public var contributions: Int
    /// Those that cross domains.
    public var crossingContributions: Int
    /// Those to something nobody owns.
    public var contributionsToUnowned: Int
    /// `crossingContributions / contributions`, or `nil` without contributions.
    public var share: Double? { contributions == 0 ? nil : Double(crossingContributions) / Double(contributions) }

    /// Creates the value.
    public init(actions: [ActionReach], domains: [DomainReach], contributions: Int, crossingContributions: Int,
                contributionsToUnowned: Int) {
        self.actions = actions
        self.domains = domains
        self.contributions = contributions
        self.crossingContributions = crossingContributions
        self.contributionsToUnowned = contributionsToUnowned
    }

    enum CodingKeys: String, CodingKey {
        case actions, domains, contributions, crossingContributions, contributionsToUnowned, share
    }

    /// Encodes every field and the plan's share.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(actions, forKey: .actions)
        try c.encode(domains, forKey: .domains)
        try c.encode(contributions, forKey: .contributions)
        try c.encode(crossingContributions, forKey: .crossingContributions)
        try c.encode(contributionsToUnowned, forKey: .contributionsToUnowned)
        try c.encodeIfPresent(share, forKey: .share)
    }

    /// Decodes the fields (the share is recomputed).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(actions: try c.decode([ActionReach].self, forKey: .actions),
                  domains: try c.decode([DomainReach].self, forKey: .domains),
                  contributions: try c.decode(Int.self, forKey: .contributions),
                  crossingContributions: try c.decode(Int.self, forKey: .crossingContributions),
                  contributionsToUnowned: try c.decode(Int.self, forKey: .contributionsToUnowned))
    }

    /// Computes transversality.
    ///
    /// - Parameters:
    ///   - network: the plan.
    ///   - owners: the owner table of the network.
    /// - Returns: reach per action, per domain and for the plan.
    /// - Complexity: O(contributions · owners per target).
    static func compute(in network: PolicyNetwork, owners: OwnerTable) -> Transversality {
        let domainIDs = owners.domains.map { network.nodes[$0].id }
        var perDomainActions = [Int](repeating: 0, count: domainIDs.count)
        var perDomainReaching = [Int](repeating: 0, count: domainIDs.count)
        var actions: [ActionReach] = []
        var total = 0, crossing = 0, unowned = 0
        for action in network.indices(of: .action) {
            let actor = owners.actionDomain[action]
            guard actor >= 0 else { continue }
            var reached = Set<Int>()
            var mine = 0, crossed = 0, nobody = 0
            for edge in network.effectiveContributions(of: action) where (edge.score ?? 0) != 0 {
                mine += 1
                let list = owners.owners(of: edge.to)
                reached.formUnion(list)
                if list.isEmpty { nobody += 1 } else if !owners.owns(actor, edge.to) { crossed += 1 }
            }
            perDomainActions[actor] += 1
            if crossed > 0 { perDomainReaching[actor] += 1 }
            total += mine
            crossing += crossed
            unowned += nobody
            let sorted = reached.sorted()
            let node = network.nodes[action]
            actions.append(ActionReach(action: node.id, label: node.label, domain: domainIDs[actor],
                                       domainsReached: sorted.map { domainIDs[$0] },
                                       otherDomains: sorted.filter { $0 != actor }.map { domainIDs[$0] },
                                       contributions: mine, crossing: crossed, toUnowned: nobody))
        }
        let domains = owners.domains.enumerated().map { k, node in
            DomainReach(domain: domainIDs[k], label: network.nodes[node].label, actions: perDomainActions[k],
                        actionsReachingOtherDomains: perDomainReaching[k],
                        share: perDomainActions[k] == 0 ? nil : Double(perDomainReaching[k]) / Double(perDomainActions[k]))
        }
        return Transversality(actions: actions, domains: domains, contributions: total, crossingContributions: crossing,
                              contributionsToUnowned: unowned)
    }
}
