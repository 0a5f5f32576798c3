/// One expert's score for one cell of a cross-impact matrix.
///
/// A network keeps every judgement so that analyses can look at agreement between experts and
/// resample them; the interaction edge carries the mean over the experts who scored the cell.
public struct InteractionJudgement: Sendable, Hashable, Codable {
    /// The expert (a matrix file's name, the `expert:` of an inline interaction, or ``inlineExpert``).
    public let expert: String
    /// The id of the influencing goal, target or objective.
    public let from: String
    /// The id of the influenced goal, target or objective.
    public let to: String
    /// The score on the model's scale.
    public let score: Double
    /// Confidence, rationale, source and scope.
    public let annotation: EdgeAnnotation

    /// The expert name given to inline `interactions:` that name none.
    public static let inlineExpert = "model"

    /// Creates a judgement.
    public init(expert: String, from: String, to: String, score: Double, annotation: EdgeAnnotation = .none) {
        self.expert = expert
        self.from = from
        self.to = to
        self.score = score
        self.annotation = annotation
    }
}
