/// The parameters of a comparison.
public struct ComparisonOptions: Sendable, Hashable, Codable {
    /// The spillover parameters, the same for both versions (threshold, path length; full detail
    /// is always used, since findings are matched one by one).
    public var spillovers: SpilloverOptions
    /// The seed of the cluster analysis, the same for both versions.
    public var clusterSeed: UInt64
    /// The smallest change of a balance share that is reported (default 0.01: one percentage point).
    public var shareThreshold: Double

    /// Creates options; every parameter has the analyses' default.
    public init(spillovers: SpilloverOptions = .init(), clusterSeed: UInt64 = 1, shareThreshold: Double = 0.01) {
        self.spillovers = spillovers
        self.clusterSeed = clusterSeed
        self.shareThreshold = shareThreshold
    }
}

/// A few figures of one compared version.
public struct ComparedVersion: Sendable, Hashable, Codable {
    /// The model's name.
    public var name: String
    /// Its number of actions.
    public var actions: Int
    /// Its number of domains.
    public var domains: Int
    /// Its number of scored interaction cells.
    public var interactions: Int
    /// Its summed action budgets, in euro.
    public var budget: Double

    init(_ network: PolicyNetwork) {
        name = network.name
        let actions = network.nodes(of: .action)
        self.actions = actions.count
        domains = network.nodeCounts[.domain] ?? 0
        interactions = network.edgeCounts[.interaction] ?? 0
        budget = actions.compactMap(\.budget).reduce(0, +)
    }
}

/// Two versions of a plan or a matrix compared: what changed in the input and what that changed in
/// the findings — spillovers, Leave No One Behind, balance, coverage, influence ranking, MICMAC
/// and clusters — each change with a sentence that says what changed and, when the input tells,
/// why.
///
/// The JSON shape is documented in the DocC article *Comparing versions*.
public struct Comparison: Sendable, Hashable, Codable {
    /// The earlier version.
    public var before: ComparedVersion
    /// The later version.
    public var after: ComparedVersion
    /// The parameters.
    public var options: ComparisonOptions
    /// What changed in the input.
    public var inputs: InputDiff
    /// Spillover findings matched by id.
    public var spillovers: SpilloverComparison
    /// Group statuses and gaps.
    public var lnob: LNOBComparison
    /// Balance shares and leans.
    public var balance: BalanceComparison
    /// Coverage per goal.
    public var coverage: CoverageComparison
    /// The influence ranking (`nil` when neither version has interaction scores).
    public var influence: RankingComparison?
    /// MICMAC quadrants (`nil` when neither version has interaction scores).
    public var micmac: MICMACComparison?
    /// Clusters (`nil` when neither version has interaction scores).
    public var clusters: ClusterComparison?
    /// The headline sentences: how many trade-offs are new and resolved, groups, gaps, balance, ranking.
    public var summary: [LocalizedText]
}

/// Compares two versions of a plan or a matrix (DESIGN: the yearly follow-up of a multi-year plan,
/// two workshops, or a plan and its what-if variant).
///
/// Runs spillovers (full detail, the same options for both), LNOB, balance, coverage and — when
/// either version has interaction scores — influence, MICMAC and clusters on both versions, and
/// matches their results: spillover findings by their stable id, groups by id, gaps by kind and
/// subject, balance classes, goals, nodes of the ranking, clusters by Jaccard overlap. Negative
/// scores are treated as each analysis treats them; a finding whose sign flips is a change of its
/// own (``SpilloverChangeKind/reversed``).
///
/// - Parameters:
///   - before: The earlier version.
///   - after: The later version.
///   - options: The analyses' parameters.
/// - Returns: The comparison. When a version has no ownership or exceeds the spillover path limit,
///   the spillover part is empty and says why.
/// - Complexity: twice the cost of the analyses, plus O(f log f) for f findings.
public func compare(_ before: PolicyNetwork, _ after: PolicyNetwork, options: ComparisonOptions = .init()) -> Comparison {
    let labels = ComparisonLabels(before: before, after: after)
    let diff = inputDiff(from: before, to: after)
    let causes = CauseFinder(diff: diff, labels: labels)
    let hasInteractions = !before.edges(of: .interaction).isEmpty || !after.edges(of: .interaction).isEmpty

    var spillover = SpilloverComparison(compared: false, notes: [], counts: .init(), changes: [])
    var spilloverOptions = options.spillovers
    spilloverOptions.detail = .full
    do {
        let b = try spillovers(in: before, options: spilloverOptions)
        let a = try spillovers(in: after, options: spilloverOptions)
        if b.ownershipDeclared && a.ownershipDeclared {
            spillover = SpilloverComparison.compare(b, a, causes: causes)
        } else {
            spillover.notes.append(ComparisonWording.noOwnership(before: b.ownershipDeclared, after: a.ownershipDeclared))
        }
    } catch {
        spillover.notes.append(ComparisonWording.spilloversFailed(error.description))
    }
    let lnob = LNOBComparison.compare(lnobAnalysis(in: before), lnobAnalysis(in: after), causes: causes)
    let balance = BalanceComparison.compare(balanceAnalysis(in: before), balanceAnalysis(in: after),
                                            beforeNetwork: before, afterNetwork: after,
                                            threshold: options.shareThreshold, causes: causes)
    let coverage = CoverageComparison.compare(coverageAnalysis(in: before), coverageAnalysis(in: after), causes: causes)
    var ranking: RankingComparison?, quadrants: MICMACComparison?, clusters: ClusterComparison?
    if hasInteractions {
        ranking = RankingComparison.compare(influence(in: before), influence(in: after), causes: causes)
        quadrants = MICMACComparison.compare(micmac(in: before), micmac(in: after), causes: causes)
        let community = CommunityOptions(seed: options.clusterSeed)
        clusters = ClusterComparison.compare(communities(in: before, options: community), communities(in: after, options: community),
                                             causes: causes)
    }
    var comparison = Comparison(before: ComparedVersion(before), after: ComparedVersion(after), options: options, inputs: diff,
                                spillovers: spillover, lnob: lnob, balance: balance, coverage: coverage,
                                influence: ranking, micmac: quadrants, clusters: clusters, summary: [])
    comparison.summary = ComparisonWording.summary(comparison)
    return comparison
}
