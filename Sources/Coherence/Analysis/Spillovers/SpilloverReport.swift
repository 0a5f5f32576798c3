/// The result of a spillover analysis: the findings, the (action, target) pairs they are counted
/// by, the aggregates, the targets nobody owns, transversality and co-addressed targets.
///
/// The JSON shape is documented in the DocC article *Spillovers* and is meant for scripts.
public struct SpilloverReport: Sendable, Hashable, Codable {
    /// The parameters the report was computed with.
    public struct Parameters: Sendable, Hashable, Codable {
        /// The threshold that was applied to indirect spillovers (s/3 unless given).
        public var threshold: Double
        /// The most edges on a path.
        public var maxLength: Int
        /// The scale's magnitude s.
        public var scaleMagnitude: Double
        /// The domain filter, if any.
        public var domain: String?
        /// The scope filter, if any, in scope order.
        public var scopes: [Scope]?
        /// The language of the explanations.
        public var language: Language
        /// Full findings or aggregates only.
        public var detail: SpilloverOptions.Detail
        /// The path limit.
        public var pathLimit: Int
    }

    /// How many of each.
    public struct Counts: Sendable, Hashable, Codable {
        /// Direct findings.
        public var direct: Int = 0
        /// Indirect findings (kept paths).
        public var indirect: Int = 0
        /// (Action, target) pairs, each counted once in the aggregates.
        public var pairs: Int = 0
        /// Pairs whose findings disagree in sign.
        public var pairsWithDisagreeingPaths: Int = 0
    }

    /// A goal, target or objective nobody owns that actions reach, with the actions.
    public struct UnownedTarget: Sendable, Hashable, Codable {
        /// One action that reaches the target (its pair's counted finding).
        public struct Touch: Sendable, Hashable, Codable {
            /// The action's id.
            public var action: String
            /// The action's label.
            public var actionLabel: String
            /// The action's domain.
            public var domain: String
            /// Direct or indirect.
            public var kind: SpilloverKind
            /// The strength of the counted finding.
            public var strength: Double
            /// Its scope.
            public var scope: Scope
        }
        /// The node's id.
        public var target: String
        /// Its label.
        public var label: String
        /// Goal, target or objective.
        public var kind: NodeKind
        /// The actions that reach it, in model order.
        public var touchedBy: [Touch]
    }

    /// A goal-level tag whose indirect effects cannot be traced because the interactions are
    /// scored per target ("cannot assess at target level").
    public struct GoalLevelNote: Sendable, Hashable, Codable {
        /// The action's id.
        public var action: String
        /// The action's domain.
        public var domain: String
        /// The goal it is tagged with.
        public var goal: String
        /// The goal's name.
        public var goalLabel: String
        /// The contribution's score.
        public var score: Double
        /// One sentence in the report's language.
        public var explanation: String
    }

    /// The model's name.
    public var model: String
    /// The parameters.
    public var parameters: Parameters
    /// Whether the model declares any ownership; without it there are no spillovers to find.
    public var ownershipDeclared: Bool
    /// A plain message when there is nothing to analyse (no ownership), in the report's language.
    public var message: String?
    /// Other remarks (for instance: no interaction scores, so no indirect spillovers).
    public var notes: [String]
    /// Counts of findings and pairs.
    public var counts: Counts
    /// Every finding, unmanaged trade-offs first, then other trade-offs, then co-benefits,
    /// strongest first (empty with ``SpilloverOptions/Detail/aggregateOnly``).
    public var findings: [Spillover]
    /// Every (action, target) pair in the same order (empty with aggregates only).
    public var pairs: [SpilloverPair]
    /// The overall totals, each pair once, split by scope.
    public var totals: ScopedSpilloverTotals
    /// The non-empty cells of the domain × domain matrix; `to == nil` for targets nobody owns.
    public var flows: [SpilloverFlow]
    /// Per domain (model order): what it exports and receives.
    public var domains: [DomainSpillovers]
    /// Targets nobody owns that actions reach, in catalogue order.
    public var unownedTargets: [UnownedTarget]
    /// Goal-level tags whose indirect effects cannot be assessed at target level.
    public var cannotAssess: [GoalLevelNote]
    /// Transversality per action, per domain and for the whole plan.
    public var transversality: Transversality
    /// Targets that the same actions address (not causal; never used in paths).
    public var coAddressed: [CoAddressedTargets]
}

extension SpilloverReport {
    /// The plain message for a model without ownership: why there is nothing to find and how to declare it.
    ///
    /// - Parameter language: the language of the message.
    /// - Returns: one paragraph.
    public static func noOwnershipMessage(language: Language) -> String {
        switch language {
        case .nl:
            return "Dit model legt niet vast welk beleidsdomein voor welke doelen of subdoelen verantwoordelijk is, "
                + "dus er zijn geen spillovers te vinden: een spillover is een effect op een subdoel van een ander domein. "
                + "Leg het eigenaarschap vast in het model, per domein met `owns:` "
                + "(bijvoorbeeld `- {id: mobiliteit, label: Mobiliteit, owns: [\"11.2\", \"3.6\"]}`; wie een hele SDG bezit, "
                + "bezit al haar subdoelen), of bij een actieplan in een tabblad `eigenaarschap` van de werkmap (een kolom "
                + "met het domein en een met zijn doelen of subdoelen) of in een apart bestand dat je na het actieplan meegeeft "
                + "(bijvoorbeeld `coherence spillovers plan.xlsx eigenaarschap.csv`)."
        case .en:
            return "This model does not say which policy domain is responsible for which goals or targets, so there are "
                + "no spillovers to find: a spillover is an effect on a target of another domain. Declare ownership in the "
                + "model with `owns:` per domain (for example `- {id: mobility, label: Mobility, owns: [\"11.2\", \"3.6\"]}`; "
                + "owning a whole SDG owns all its targets), or, with an action plan, in a sheet named `ownership` in the "
                + "workbook (a column with the domain and one with its goals or targets) or in a separate file given after the "
                + "plan (for example `coherence spillovers plan.xlsx ownership.csv`)."
        }
    }

    /// The findings that are trade-offs nobody manages, strongest first.
    public var unmanagedTradeOffs: [Spillover] { findings.filter(\.isUnmanagedTradeOff) }

    /// The finding with this id.
    public func finding(_ id: String) -> Spillover? { findings.first { $0.id == id } }
}
