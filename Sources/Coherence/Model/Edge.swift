/// What may be said about a scored edge besides its score.
public struct EdgeAnnotation: Sendable, Hashable, Codable {
    /// How sure the scorers were; `nil` when the file does not say (analyses then assume medium).
    public var confidence: Confidence?
    /// Why the edge has this score.
    public var rationale: String?
    /// Where the score comes from (a workshop, a study).
    public var source: String?
    /// Where the effect lands.
    public var scope: Scope
    /// Whether the score was assumed rather than given (an untagged +1 from an imported plan).
    public var assumed: Bool

    /// Creates an annotation.
    public init(confidence: Confidence? = nil, rationale: String? = nil, source: String? = nil,
                scope: Scope = .here, assumed: Bool = false) {
        self.confidence = confidence
        self.rationale = rationale
        self.source = source
        self.scope = scope
        self.assumed = assumed
    }

    /// An annotation that says nothing beyond the default scope.
    public static let none = EdgeAnnotation()
}

/// A directed edge of a policy network between two nodes given by their dense indices.
public struct Edge: Sendable, Hashable, Codable {
    /// What the edge means.
    public let kind: EdgeKind
    /// The index of the node the edge leaves.
    public let from: Int
    /// The index of the node the edge enters.
    public let to: Int
    /// The score, for interactions, contributions and group effects; `nil` for the other kinds.
    ///
    /// A score of 0 means "scored as consistent"; an interaction nobody scored has no edge.
    public let score: Double?
    /// For a mitigation: the index of the group or target whose burden is offset.
    public let subject: Int?
    /// Confidence, rationale, source, scope and whether the score was assumed.
    public let annotation: EdgeAnnotation

    /// Creates an edge.
    public init(kind: EdgeKind, from: Int, to: Int, score: Double? = nil, subject: Int? = nil,
                annotation: EdgeAnnotation = .none) {
        self.kind = kind
        self.from = from
        self.to = to
        self.score = score
        self.subject = subject
        self.annotation = annotation
    }
}
