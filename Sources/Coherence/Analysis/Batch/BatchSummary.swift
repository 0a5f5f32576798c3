/// The key figures of every analysis of one model: one row of a batch summary.
///
/// A model that could not be read or analysed gives a row with ``error`` set and the figures
/// empty, so a batch never stops at a bad file. Figures that an analysis could not give (no
/// ownership declared → no spillovers; no matrix → no influence ranking) are `nil`.
public struct BatchSummary: Sendable, Codable, Hashable {
    /// The input as given (a file, or several joined with `+`).
    public var input: String
    /// The model's name, when it was read.
    public var model: String?
    /// Why the model could not be read or analysed, if so (every problem, on one line).
    public var error: String?
    /// Notes on analyses that could not run (for example: no ownership declared), and how many
    /// warnings reading the input gave.
    public var notes: [String] = []
    /// The warnings reading the input gave (problems that did not stop it); not a column of the CSV,
    /// whose notes count them.
    public var warnings: [Diagnostic] = []

    /// Goals the model names (catalogue goals as nodes).
    public var goals = 0
    /// Targets the model names.
    public var targets = 0
    /// Custom objectives.
    public var objectives = 0
    /// Policy domains.
    public var domains = 0
    /// Actions.
    public var actions = 0
    /// Population groups.
    public var groups = 0
    /// Stakeholders.
    public var stakeholders = 0
    /// Contributions of actions to goals, targets and objectives.
    public var contributions = 0
    /// Scored interactions (matrix cells, after averaging the experts).
    public var interactions = 0
    /// Effects of actions on groups.
    public var groupEffects = 0
    /// Experts whose matrices the model holds.
    public var experts = 0

    /// The three most influential elements (by net influence rank), best first.
    public var topInfluence: [String] = []
    /// Strong negative links in the matrix (score ≤ −2/3 s).
    public var strongNegativeLinks: Int?
    /// Hidden trade-offs: two positive links that chain into a negative one, or the reverse.
    public var hiddenTradeOffs: Int?

    /// Direct spillovers (an action reaching an element another domain owns).
    public var directSpillovers: Int?
    /// Indirect spillovers (length 2, through the matrix).
    public var indirectSpillovers: Int?
    /// Spillovers that are co-benefits.
    public var coBenefits: Int?
    /// Spillovers that are trade-offs (negative strength).
    public var tradeOffs: Int?
    /// Trade-offs that no owner manages and no action mitigates.
    public var unmanagedTradeOffs: Int?

    /// Groups whose LNOB status is none / partial / full.
    public var lnobNone = 0, lnobPartial = 0, lnobFull = 0
    /// LNOB gaps found.
    public var lnobGaps = 0

    /// The share of positive contributions per SDG dimension (social, economic, environmental).
    public var countShareByDimension: [Double] = []
    /// The share of the budget per SDG dimension (social, economic, environmental).
    public var budgetShareByDimension: [Double] = []

    /// Goals covered (at least one positive contribution to the goal or a target of it).
    public var goalsCovered = 0
    /// Targets covered.
    public var targetsCovered = 0
    /// Total budget of the actions, in euro.
    public var budget = 0.0

    /// Creates an empty row for an input.
    public init(input: String) { self.input = input }

    /// Whether the model was read and analysed.
    public var succeeded: Bool { error == nil }
}
