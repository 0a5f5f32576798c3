/// One expert's score in a cell.
public struct ExpertScore: Sendable, Hashable, Codable {
    /// The expert.
    public let expert: String
    /// The score.
    public let score: Double
    /// The confidence the expert gave, if any.
    public let confidence: Confidence?
}

/// The spread of the experts' scores in one cell of the cross-impact matrix.
///
/// Only the experts who scored the cell count; a blank is not a 0.
public struct CellAgreement: Sendable, Hashable, Codable {
    /// The influencing node's id.
    public let from: String
    /// Its label.
    public let fromLabel: String
    /// The influenced node's id.
    public let to: String
    /// Its label.
    public let toLabel: String
    /// The number of experts who scored the cell.
    public let n: Int
    /// The mean (the score every other analysis uses).
    public let mean: Double
    /// The median (the mean of the two middle scores when n is even).
    public let median: Double
    /// The sample standard deviation, with n − 1 in the denominator; 0 when n = 1.
    public let sd: Double
    /// The lowest score.
    public let min: Double
    /// The highest score.
    public let max: Double
    /// Whether the cell got both a positive and a negative score (a 0 is neither).
    public let disagreement: Bool
    /// Each expert's score, by expert name.
    public let scores: [ExpertScore]
}

/// How much one expert scored.
public struct ExpertActivity: Sendable, Hashable, Codable {
    /// The expert.
    public let expert: String
    /// The number of cells the expert scored.
    public let cellsScored: Int
    /// How many of them positive.
    public let positive: Int
    /// How many negative.
    public let negative: Int
    /// How many 0 (*consistent*).
    public let zero: Int
    /// The mean of the expert's scores (0 when none).
    public let meanScore: Double
}

/// The agreement between experts over the whole matrix.
public struct AgreementSummary: Sendable, Hashable, Codable {
    /// The number of experts.
    public let expertCount: Int
    /// The number of cells at least one expert scored.
    public let cellCount: Int
    /// Cells every expert scored.
    public let cellsScoredByAll: Int
    /// Cells only one expert scored.
    public let cellsScoredByOne: Int
    /// Cells with both a positive and a negative score.
    public let disagreementCount: Int
    /// The mean sample sd over cells scored by at least two experts (0 when there are none).
    public let meanSD: Double
    /// The largest sample sd of any cell.
    public let maxSD: Double
    /// Per expert, how much they scored.
    public let experts: [ExpertActivity]
}

/// Per-cell aggregation of several experts' cross-impact matrices (DESIGN §4.1).
public struct ExpertAgreementReport: Sendable, Hashable, Codable {
    /// The experts, sorted by name.
    public let experts: [String]
    /// Which standard deviation ``CellAgreement/sd`` is.
    public let sdDefinition: String
    /// How negative scores are treated.
    public let negativeScores: String
    /// Every scored cell, row by row in matrix order.
    public let cells: [CellAgreement]
    /// The cells with a disagreement flag, largest sd first (ties by ids).
    public let disagreements: [CellAgreement]
    /// The summary.
    public let summary: AgreementSummary
}
