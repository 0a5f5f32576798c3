/// The parts of a comparison as a reader meets them, in order: for tables and reports.
public enum ComparisonPart: String, Sendable, Hashable, Codable, CaseIterable {
    /// The headline sentences.
    case summary
    /// What changed in the input.
    case inputs
    /// Spillover findings.
    case spillovers
    /// Group statuses.
    case groups
    /// Leave No One Behind gaps.
    case gaps
    /// Balance shares and leans.
    case balance
    /// Coverage per goal.
    case coverage
    /// The influence ranking.
    case ranking
    /// MICMAC quadrants.
    case micmac
    /// Clusters.
    case clusters

    /// The part's heading.
    public var heading: LocalizedText { ComparisonWording.heading(self) }
}

extension Comparison {
    /// The sentences of one part, in the comparison's order (most important first).
    ///
    /// - Parameter part: The part.
    /// - Returns: One sentence per change (for ``ComparisonPart/summary`` the headline sentences).
    /// - Complexity: O(changes of the part).
    public func sentences(_ part: ComparisonPart) -> [LocalizedText] {
        switch part {
        case .summary: return summary
        case .inputs:
            return inputs.actions.map(\.explanation) + inputs.domains.map(\.explanation) + inputs.ownership.map(\.explanation)
                + inputs.interactions.map(\.explanation) + inputs.targets.map(\.explanation) + inputs.others.map(\.explanation)
        case .spillovers: return spillovers.changes.map(\.explanation)
        case .groups: return lnob.groups.map(\.explanation)
        case .gaps: return lnob.gaps.map(\.explanation)
        case .balance: return balance.changes.map(\.explanation)
        case .coverage: return coverage.changes.map(\.explanation)
        case .ranking: return influence?.changes.map(\.explanation) ?? []
        case .micmac: return micmac?.moves.map(\.explanation) ?? []
        case .clusters: return clusters?.changes.map(\.explanation) ?? []
        }
    }

    /// A line that goes with a part's heading, when there is one: Kendall's τ_b for the ranking
    /// and MICMAC, the number of unchanged clusters, "nothing changed" for an empty part.
    ///
    /// - Parameter part: The part.
    /// - Returns: The line, or `nil`.
    public func note(_ part: ComparisonPart) -> LocalizedText? {
        ComparisonWording.note(part, self)
    }
}

extension Comparison {
    /// How a what-if variant is named: `zonder ‘A’ en ‘B’, met ‘C’` / `without ‘A’ and ‘B’, with ‘C’`.
    ///
    /// - Parameters:
    ///   - removed: The labels of the actions left out.
    ///   - added: The labels of the actions added.
    /// - Returns: The name, in both languages.
    public static func whatIfName(removed: [String], added: [String]) -> LocalizedText {
        ComparisonWording.whatIf(removed: removed, added: added)
    }

    /// The default title of a comparison: `A → B`, or the model's name and the what-if.
    ///
    /// - Parameter whatIf: The what-if's name, when the later version is a variant of the earlier one.
    /// - Returns: The title, in both languages.
    public func title(whatIf: LocalizedText? = nil) -> LocalizedText {
        if let whatIf { return LocalizedText(nl: "\(before.name): \(whatIf.nl)", en: "\(before.name): \(whatIf.en)") }
        if before.name == after.name { return LocalizedText(nl: "\(before.name): twee versies", en: "\(before.name): two versions") }
        return LocalizedText(verbatim: "\(before.name) → \(after.name)")
    }
}
