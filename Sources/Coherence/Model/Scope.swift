/// Where an effect lands: the "here and now, elsewhere, later" lens of policy coherence.
public enum Scope: String, Sendable, Hashable, Codable, CaseIterable {
    /// In this municipality, now (the default).
    case here
    /// Other places: partner municipalities, other countries, supply chains.
    case elsewhere
    /// Future generations.
    case later
}

/// How sure the people who scored an edge were.
public enum Confidence: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Low confidence.
    case low
    /// Medium confidence (what analyses assume when a file gives none).
    case medium
    /// High confidence.
    case high

    /// The position in declaration order, computed once per kind (comparisons sort large edge lists).
    private var order: Int { Self.orders[self]! }
    private static let orders: [Self: Int] = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
    /// low < medium < high.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
}

/// The kinds of stakeholder; participation counts those outside the administration.
public enum StakeholderKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The municipality's own services.
    case administration
    /// Associations, NGOs, poverty networks.
    case civilSociety = "civil-society"
    /// Citizens, citizens' councils (*adviesraden*), residents.
    case citizens
    /// Companies, shopkeepers, social-profit enterprises.
    case privateSector = "private-sector"
    /// Universities, research centres.
    case knowledge
    /// A partner municipality abroad (city link, *stedenband*).
    case partnerMunicipality = "partner-municipality"
    /// Anything else (the default).
    case other

    /// Whether the stakeholder is outside the municipal administration.
    public var isExternal: Bool { self != .administration }
}

/// The language of a model's labels and of the explanations written about it.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// Dutch.
    case nl
    /// English.
    case en
}
