import Coherence

/// Every analysis the report draws on, computed once.
public struct ReportAnalyses: Sendable, Encodable {
    /// What the model holds.
    public let summary: ModelSummary
    /// SDG Synergies metrics, or nil when the model has no interactions.
    public let influence: InfluenceReport?
    /// MICMAC, or nil when the model has no interactions.
    public let micmac: MICMACReport?
    /// Agreement between experts, or nil with fewer than two.
    public let experts: ExpertAgreementReport?
    /// Spillovers between domains, or the error that stopped them (a path limit).
    public let spillovers: SpilloverReport?
    /// Why spillovers could not be computed, when they could not.
    public let spilloverProblem: String?
    /// Leave No One Behind.
    public let lnob: LNOBReport
    /// Balance across dimensions, 5Ps and wedding-cake layers.
    public let balance: BalanceReport
    /// Coverage of goals and targets.
    public let coverage: CoverageReport
    /// Participation of stakeholders.
    public let participation: ParticipationReport

    /// Runs every analysis on a network, with explanations in `language`.
    ///
    /// - Complexity: the sum of the analyses' costs; spillovers dominate on large plans.
    public init(_ network: PolicyNetwork, language: Language) {
        summary = ModelSummary(network)
        let hasInteractions = !network.edges(of: .interaction).isEmpty
        influence = hasInteractions ? Coherence.influence(in: network) : nil
        micmac = hasInteractions ? Coherence.micmac(in: network) : nil
        experts = network.experts.count > 1 ? expertAgreement(in: network) : nil
        var options = SpilloverOptions()
        options.language = language
        do {
            spillovers = try Coherence.spillovers(in: network, options: options)
            spilloverProblem = nil
        } catch {
            spillovers = nil
            spilloverProblem = error.description
        }
        lnob = lnobAnalysis(in: network, options: LNOBOptions(language: language))
        balance = balanceAnalysis(in: network, options: BalanceOptions(language: language))
        coverage = coverageAnalysis(in: network, language: language)
        participation = participationAnalysis(in: network)
    }
}
