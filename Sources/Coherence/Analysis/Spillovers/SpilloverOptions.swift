/// The parameters of a spillover analysis (DESIGN.md §4.3).
///
/// Every default follows the design: the threshold is s/3 (1 on the default −3…+3 scale), paths
/// have at most 2 edges (action → target → target), and every scope is reported.
public struct SpilloverOptions: Sendable, Hashable, Codable {
    /// How much of the result to build.
    public enum Detail: String, Sendable, Hashable, Codable, CaseIterable {
        /// Every finding with its path, labels and explanation, and every (action, target) pair.
        case full
        /// Only the aggregates (domain matrix, exports, receipts, scopes, targets nobody owns,
        /// transversality, co-addressed targets): no per-finding strings, for very large plans.
        case aggregateOnly = "aggregate-only"
    }

    /// The smallest |strength| an indirect spillover must reach to be kept; `nil` means s/3.
    ///
    /// Direct spillovers are kept whenever the contribution is not 0. A path exactly at the
    /// threshold is kept (compared with a relative tolerance of 1e-9 against rounding).
    public var threshold: Double?
    /// The largest number of edges on a path, counting the action's contribution: 1 finds direct
    /// spillovers only, 2 (the default) adds action → target → target, 3 one more step, and so on.
    public var maxLength: Int
    /// Only findings in which this domain (an id) acts or receives; `nil` for all domains.
    public var domain: String?
    /// Only findings with one of these scopes; `nil` for every scope.
    public var scopes: Set<Scope>?
    /// The language of explanations; `nil` for the model's language.
    public var language: Language?
    /// How much of the result to build.
    public var detail: Detail
    /// The most paths (direct and indirect findings) the analysis may enumerate before it stops
    /// with ``SpilloverError/pathLimitExceeded(limit:)``.
    public var pathLimit: Int
    /// Co-addressed target pairs need at least this many shared actions to be listed.
    public var coAddressedMinimum: Int

    /// The default path limit with full detail: one million paths (each becomes a finding with
    /// its strings, so memory follows the paths).
    public static let defaultPathLimit = 1_000_000
    /// The default path limit with aggregates only: a hundred million paths (each only adds to
    /// totals, so memory stays flat and the time is a few seconds per ten million paths).
    public static let defaultAggregatePathLimit = 100_000_000

    /// The default path limit for a level of detail.
    public static func defaultPathLimit(for detail: Detail) -> Int {
        detail == .aggregateOnly ? defaultAggregatePathLimit : defaultPathLimit
    }

    /// Creates options; every parameter has the design's default.
    ///
    /// - Parameters:
    ///   - threshold: the smallest |strength| of an indirect spillover; `nil` for s/3.
    ///   - maxLength: the most edges on a path (≥ 1).
    ///   - domain: keep findings in which this domain acts or receives.
    ///   - scopes: keep findings with these scopes.
    ///   - language: the language of explanations.
    ///   - detail: full findings or aggregates only.
    ///   - pathLimit: the most paths to enumerate; `nil` for the default of the detail
    ///     (``defaultPathLimit`` or ``defaultAggregatePathLimit``).
    ///   - coAddressedMinimum: the fewest shared actions for a co-addressed pair.
    public init(threshold: Double? = nil, maxLength: Int = 2, domain: String? = nil, scopes: Set<Scope>? = nil,
                language: Language? = nil, detail: Detail = .full, pathLimit: Int? = nil,
                coAddressedMinimum: Int = 1) {
        self.threshold = threshold
        self.maxLength = maxLength
        self.domain = domain
        self.scopes = scopes
        self.language = language
        self.detail = detail
        self.pathLimit = pathLimit ?? Self.defaultPathLimit(for: detail)
        self.coAddressedMinimum = coAddressedMinimum
    }

    /// The threshold on a scale: the given one, or s/3.
    public func threshold(on scale: ScoreScale) -> Double { threshold ?? scale.magnitude / 3 }
}

/// Why a spillover analysis could not run.
public enum SpilloverError: Error, Sendable, Hashable, CustomStringConvertible {
    /// More paths than ``SpilloverOptions/pathLimit`` allows.
    case pathLimitExceeded(limit: Int)
    /// An option out of range (its name, and what it must be).
    case invalidOption(name: String, message: String)
    /// ``SpilloverOptions/domain`` names no domain of the model.
    case unknownDomain(String, known: [String])

    /// What went wrong and what to do about it.
    public var description: String {
        switch self {
        case .pathLimitExceeded(let limit):
            return "the spillover analysis found more than \(limit) paths and stopped; raise the limit with "
                + "`pathLimit` (command line: --path-limit), or raise the threshold (--threshold) or lower the "
                + "maximum path length (--max-length)"
        case .invalidOption(let name, let message):
            return "invalid option `\(name)`: \(message)"
        case .unknownDomain(let id, let known):
            let suggestion = Suggestions.didYouMean(Suggestions.closest(to: id, in: known)).map { " \($0)" } ?? ""
            return "no domain has the id `\(id)`; the model's domains are \(known.joined(separator: ", ")).\(suggestion)"
        }
    }
}
