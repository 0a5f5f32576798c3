/// Collects the declarations of a model and builds a validated ``PolicyNetwork``.
///
/// Declarations may come in any order: references are resolved when ``build()`` runs, and every
/// problem found is reported at once, each with the location the caller gave for it.
///
/// ```swift
/// var builder = PolicyNetworkBuilder(name: "Example", language: .en)
/// builder.addDomain(id: "mobility", label: "Mobility")
/// builder.addOwnership(domain: "mobility", of: "11.2")
/// builder.addAction(ActionDeclaration(id: "lez", label: "Low-emission zone", domain: "mobility"))
/// builder.addContribution(action: "lez", to: "11.6", score: 2)
/// let network = try builder.build()
/// ```
public struct PolicyNetworkBuilder: Sendable {
    /// The model's name.
    public var name: String
    /// The model's language.
    public var language: Language
    /// The score scale every score is checked against.
    public var scale: ScoreScale
    /// The catalogue that resolves goal and target ids.
    public var catalogue: SDGCatalogue

    struct Declaration: Sendable {
        var id: String
        var kind: NodeKind
        var label: String
        var description: String?
        var stakeholderKind: StakeholderKind?
        var factors: [UNDPFactor]
        var action: ActionDeclaration?
        var location: SourceLocation?
        var domainLocation: SourceLocation? = nil
    }

    struct Reference: Sendable {
        var kind: EdgeKind
        var from: String
        var to: String
        var subject: String?
        var score: Double?
        var annotation: EdgeAnnotation
        var location: SourceLocation?
    }

    var declarations: [Declaration] = []
    var references: [Reference] = []
    var judgementInputs: [(judgement: InteractionJudgement, location: SourceLocation?)] = []
    var extraDiagnostics: [Diagnostic] = []
    /// The unscored links of a replayed network (``init(replaying:skipping:catalogue:)``), to
    /// hand to ``build(unscored:)``.
    public internal(set) var replayedUnscoredLinks: [UnscoredLink] = []

    /// Creates an empty builder.
    public init(name: String, language: Language = .en, scale: ScoreScale = .nilsson,
                catalogue: SDGCatalogue = .standard) {
        self.name = name
        self.language = language
        self.scale = scale
        self.catalogue = catalogue
    }

    /// Declares a custom, non-SDG objective.
    public mutating func addObjective(id: String, label: String, description: String? = nil, at location: SourceLocation? = nil) {
        declarations.append(Declaration(id: id, kind: .objective, label: label, description: description,
                                        factors: [], location: location))
    }

    /// Declares a policy domain.
    public mutating func addDomain(id: String, label: String, description: String? = nil, at location: SourceLocation? = nil) {
        declarations.append(Declaration(id: id, kind: .domain, label: label, description: description,
                                        factors: [], location: location))
    }

    /// Declares that a domain owns a goal, target or objective (owning a goal owns all its targets).
    public mutating func addOwnership(domain: String, of node: String, at location: SourceLocation? = nil) {
        references.append(Reference(kind: .ownership, from: domain, to: node, annotation: .none, location: location))
    }

    /// Declares a population group, or redeclares a catalogue group to change its label.
    public mutating func addGroup(id: String, label: String, factors: [UNDPFactor] = [], description: String? = nil,
                                  at location: SourceLocation? = nil) {
        declarations.append(Declaration(id: id, kind: .group, label: label, description: description,
                                        factors: factors, location: location))
    }

    /// Declares a stakeholder.
    public mutating func addStakeholder(id: String, label: String, kind: StakeholderKind = .other,
                                        description: String? = nil, at location: SourceLocation? = nil) {
        declarations.append(Declaration(id: id, kind: .stakeholder, label: label, description: description,
                                        stakeholderKind: kind, factors: [], location: location))
    }

    /// Declares that a stakeholder speaks for a group.
    public mutating func addRepresentation(stakeholder: String, group: String, at location: SourceLocation? = nil) {
        references.append(Reference(kind: .representation, from: stakeholder, to: group, annotation: .none, location: location))
    }

    /// Declares an action of the plan.
    ///
    /// - Parameters:
    ///   - action: the action.
    ///   - location: where the action is declared.
    ///   - domainLocation: where its domain is named, for a message about an unknown domain.
    public mutating func addAction(_ action: ActionDeclaration, at location: SourceLocation? = nil,
                                   domainAt domainLocation: SourceLocation? = nil) {
        declarations.append(Declaration(id: action.id, kind: .action, label: action.label, description: action.description,
                                        factors: [], action: action, location: location, domainLocation: domainLocation))
    }

    /// Declares an action's contribution to a goal, target or objective.
    public mutating func addContribution(action: String, to node: String, score: Double,
                                         annotation: EdgeAnnotation = .none, at location: SourceLocation? = nil) {
        references.append(Reference(kind: .contribution, from: action, to: node, score: score,
                                    annotation: annotation, location: location))
    }

    /// Declares an action's effect on a group: a benefit (+) or a burden (−).
    public mutating func addGroupEffect(action: String, group: String, score: Double,
                                        annotation: EdgeAnnotation = .none, at location: SourceLocation? = nil) {
        references.append(Reference(kind: .groupEffect, from: action, to: group, score: score,
                                    annotation: annotation, location: location))
    }

    /// Declares that a stakeholder is involved in an action.
    public mutating func addInvolvement(action: String, stakeholder: String, at location: SourceLocation? = nil) {
        references.append(Reference(kind: .involvement, from: action, to: stakeholder, annotation: .none, location: location))
    }

    /// Declares that an action explicitly offsets another action's burden on a group or trade-off on a target.
    public mutating func addMitigation(by action: String, of burdeningAction: String, on subject: String,
                                       at location: SourceLocation? = nil) {
        references.append(Reference(kind: .mitigation, from: action, to: burdeningAction, subject: subject,
                                    annotation: .none, location: location))
    }

    /// Records one expert's score for the influence of one goal, target or objective on another.
    public mutating func addJudgement(_ judgement: InteractionJudgement, at location: SourceLocation? = nil) {
        judgementInputs.append((judgement, location))
    }

    /// Adds a diagnostic found while reading (so that ``build()`` reports it with the rest).
    public mutating func report(_ diagnostic: Diagnostic) {
        extraDiagnostics.append(diagnostic)
    }
}

/// An action of the plan as declared, before validation.
public struct ActionDeclaration: Sendable, Hashable {
    /// The action's id, unique in the model.
    public var id: String
    /// Its label.
    public var label: String
    /// The id of the one domain it belongs to.
    public var domain: String
    /// Its budget in euro.
    public var budget: Double?
    /// Its place in the plan's tree (policy objective, action plan).
    public var plan: [String]
    /// The default scope of its contributions.
    public var scope: Scope?
    /// A longer description.
    public var description: String?

    /// Creates an action declaration.
    public init(id: String, label: String, domain: String, budget: Double? = nil, plan: [String] = [],
                scope: Scope? = nil, description: String? = nil) {
        self.id = id
        self.label = label
        self.domain = domain
        self.budget = budget
        self.plan = plan
        self.scope = scope
        self.description = description
    }
}
