/// A node of a policy network: a goal, target, objective, domain, action, group or stakeholder.
///
/// Fields that only make sense for one kind are `nil` or empty for the others.
public struct Node: Sendable, Hashable, Codable, Identifiable {
    /// The id: `SDG11` for goals, `11.6` for targets, the declared id otherwise.
    public let id: String
    /// What the node is.
    public let kind: NodeKind
    /// A short human label in the model's language (a target's short name, a declared label).
    public let label: String
    /// A longer description, when the file gives one.
    public let description: String?
    /// For an action: the id of the one domain it belongs to.
    public let domain: String?
    /// For an action: its budget in euro.
    public let budget: Double?
    /// For an action: its place in the plan's tree (policy objective, action plan).
    public let plan: [String]
    /// For an action: the scope its contributions have unless they say otherwise.
    public let defaultScope: Scope?
    /// For a stakeholder: its kind.
    public let stakeholderKind: StakeholderKind?
    /// For a group: the UNDP factors that put it at risk of being left behind.
    public let factors: [UNDPFactor]
    /// Whether the node comes from the catalogue without being declared in the model
    /// (goals, targets, and the default groups unless redeclared).
    public let fromCatalogue: Bool

    /// Creates a node.
    public init(
        id: String, kind: NodeKind, label: String, description: String? = nil, domain: String? = nil,
        budget: Double? = nil, plan: [String] = [], defaultScope: Scope? = nil,
        stakeholderKind: StakeholderKind? = nil, factors: [UNDPFactor] = [], fromCatalogue: Bool = false
    ) {
        self.id = id
        self.kind = kind
        self.label = label
        self.description = description
        self.domain = domain
        self.budget = budget
        self.plan = plan
        self.defaultScope = defaultScope
        self.stakeholderKind = stakeholderKind
        self.factors = factors
        self.fromCatalogue = fromCatalogue
    }
}
