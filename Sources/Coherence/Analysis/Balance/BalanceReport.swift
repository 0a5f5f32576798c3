/// The three ways of sorting contributions into classes.
public enum BalanceLensKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Social, economic, environmental (each target's curated dimension).
    case dimension
    /// People, Prosperity, Planet, Peace, Partnership (the goal's P).
    case fiveP
    /// Biosphere, society, economy, partnership (the goal's wedding-cake layer).
    case weddingCake
}

/// The three ways of counting contributions.
public enum BalanceMeasure: String, Sendable, Hashable, Codable, CaseIterable {
    /// The number of positive contributions.
    case count
    /// The sum of their scores.
    case score
    /// The budget split over them (see ``BudgetSplit``).
    case budget
}

/// Whether a class gets much more or much less than its baseline share.
public enum BalanceLean: String, Sendable, Hashable, Codable, CaseIterable {
    /// Share at least 1.5× the baseline share.
    case over
    /// Share at most 0.5× the baseline share.
    case under
    /// In between.
    case inLine
    /// No baseline (goal-level Peace or Partnership tags in the dimension lens, custom objectives), or nothing to share.
    case notComparable
}

/// One class of a lens (e.g. *environmental*) with the plan's figures against the catalogue's baseline.
public struct BalanceClass: Sendable, Hashable, Codable {
    /// The class id: a ``Dimension``, ``FiveP`` or ``WeddingCakeLayer`` raw value, `governance` or
    /// `partnership` (goal-level tags of goals 16 and 17 in the dimension lens), or `objective` (custom objectives).
    public let id: String
    /// The class name in the report language.
    public let label: String
    /// The number of catalogue targets in the class, or `nil` when the class has no baseline.
    public let baselineTargets: Int?
    /// `baselineTargets / 169`.
    public let baselineShare: Double?
    /// The number of positive contributions in the class.
    public let count: Int
    /// The sum of their scores.
    public let score: Double
    /// Their part of the budget, in euro.
    public let budget: Double
    /// `count` as a share of all positive contributions.
    public let countShare: Double
    /// `score` as a share of the summed scores of all positive contributions.
    public let scoreShare: Double
    /// `budget` as a share of the allocated budget.
    public let budgetShare: Double
    /// The lean by number.
    public let countLean: BalanceLean
    /// The lean by summed scores.
    public let scoreLean: BalanceLean
    /// The lean by budget.
    public let budgetLean: BalanceLean
    /// The number of negative contributions in the class (reported beside, never subtracted).
    public let negativeCount: Int
    /// The sum of their scores (≤ 0).
    public let negativeScore: Double

    /// The share for a measure.
    public func share(_ measure: BalanceMeasure) -> Double {
        switch measure {
        case .count: return countShare
        case .score: return scoreShare
        case .budget: return budgetShare
        }
    }

    /// The lean for a measure.
    public func lean(_ measure: BalanceMeasure) -> BalanceLean {
        switch measure {
        case .count: return countLean
        case .score: return scoreLean
        case .budget: return budgetLean
        }
    }
}

/// The plain statements of where a lens leans, one per measure.
public struct BalanceStatements: Sendable, Hashable, Codable {
    /// By number of positive contributions.
    public let count: String
    /// By summed scores.
    public let score: String
    /// By budget.
    public let budget: String

    /// The statement for a measure.
    public func statement(_ measure: BalanceMeasure) -> String {
        switch measure {
        case .count: return count
        case .score: return score
        case .budget: return budget
        }
    }
}

/// One lens: its classes and statements.
public struct BalanceLens: Sendable, Hashable, Codable {
    /// Which lens.
    public let kind: BalanceLensKind
    /// Its classes: the baseline classes always, the others only when they hold a contribution.
    public let classes: [BalanceClass]
    /// Where the plan leans, per measure.
    public let statements: BalanceStatements
}

/// How the plan's effort is spread over the dimensions of sustainability, the 5Ps and the wedding-cake layers.
public struct BalanceReport: Sendable, Hashable, Codable {
    /// The language of labels and statements.
    public let language: Language
    /// The number of positive contributions (each action–goal/target/objective pair once).
    public let positiveCount: Int
    /// The sum of their scores.
    public let positiveScore: Double
    /// The budget split over them: the budget of the actions with a budget and a positive contribution.
    public let budget: Double
    /// The budget of actions with no positive contribution (not in any class).
    public let budgetWithoutPositiveContribution: Double
    /// Actions with positive contributions but no budget.
    public let actionsWithoutBudget: [String]
    /// The number of negative contributions.
    public let negativeCount: Int
    /// The sum of their scores (≤ 0).
    public let negativeScore: Double
    /// The lean thresholds: over at ≥ `overFactor` × baseline share, under at ≤ `underFactor` ×.
    public let overFactor: Double
    /// See ``overFactor``.
    public let underFactor: Double
    /// The dimension, 5P and wedding-cake lenses, in that order.
    public let lenses: [BalanceLens]
    /// The headline: the dimension lens by number of contributions.
    public let statement: String

    /// The lens of a kind.
    public func lens(_ kind: BalanceLensKind) -> BalanceLens? { lenses.first { $0.kind == kind } }
}

/// Options of the balance analysis.
public struct BalanceOptions: Sendable, Hashable, Codable {
    /// The language of labels and statements; `nil` uses the model's language.
    public var language: Language?
    /// A class leans over at a share ≥ this × its baseline share (default 1.5).
    public var overFactor: Double
    /// A class leans under at a share ≤ this × its baseline share (default 0.5).
    public var underFactor: Double

    /// Creates options.
    public init(language: Language? = nil, overFactor: Double = 1.5, underFactor: Double = 0.5) {
        self.language = language
        self.overFactor = overFactor
        self.underFactor = underFactor
    }
}
