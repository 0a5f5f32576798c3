/// How a plan's positive contributions spread over the social, economic and environmental dimensions,
/// the 5Ps and the wedding-cake layers, against the catalogue's own spread (DESIGN.md §4.3).
///
/// Each positive contribution (an action–goal/target/objective pair, counted once: a goal tag is
/// dropped when the action also tags targets of that goal) falls in one class per lens (see
/// ``BalanceClassification``) and is counted three ways: once, with its score, and with its part of
/// the action's budget (``BudgetSplit``). The baseline of a class is the share of the 169 targets in
/// it (5Ps: People 47, Prosperity 45, Planet 46, Peace 12, Partnership 19). A class *leans over* when its
/// share is ≥ 1.5× its baseline share and *under* when ≤ 0.5×; classes without a baseline (goal-level
/// Peace and Partnership tags in the dimension lens, custom objectives) count in the totals but never lean.
///
/// Negative scores: negative contributions are counted per class beside the positive ones
/// (``BalanceClass/negativeCount``, ``BalanceClass/negativeScore``), never subtracted, and get no budget.
/// Zero contributions are in no class.
///
/// - Parameters:
///   - network: The plan.
///   - options: Lean thresholds and the language of labels and statements.
/// - Returns: Totals, the three lenses with their classes and statements, and a headline statement.
/// - Complexity: O(a + c) for a actions and c contributions.
public func balanceAnalysis(in network: PolicyNetwork, options: BalanceOptions = BalanceOptions()) -> BalanceReport {
    let language = options.language ?? network.language
    let split = BudgetSplit(network)
    var negatives: [(node: Int, score: Double)] = []
    for action in network.indices(of: .action) {
        for edge in network.effectiveContributions(of: action) where (edge.score ?? 0) < 0 {
            negatives.append((edge.to, edge.score ?? 0))
        }
    }
    let positiveScore = split.parts.reduce(0) { $0 + $1.score }
    let lenses = BalanceLensKind.allCases.map { lens in
        balanceLens(lens, network: network, split: split, negatives: negatives, options: options, language: language)
    }
    return BalanceReport(
        language: language, positiveCount: split.parts.count, positiveScore: positiveScore, budget: split.allocated,
        budgetWithoutPositiveContribution: split.unallocated,
        actionsWithoutBudget: split.actionsWithoutBudget.map { network.nodes[$0].id },
        negativeCount: negatives.count, negativeScore: negatives.reduce(0) { $0 + $1.score },
        overFactor: options.overFactor, underFactor: options.underFactor, lenses: lenses,
        statement: lenses[0].statements.count)
}

/// One lens of the balance analysis.
func balanceLens(_ lens: BalanceLensKind, network: PolicyNetwork, split: BudgetSplit,
                 negatives: [(node: Int, score: Double)], options: BalanceOptions, language: Language) -> BalanceLens {
    var count: [String: Int] = [:], score: [String: Double] = [:], budget: [String: Double] = [:]
    var negativeCount: [String: Int] = [:], negativeScore: [String: Double] = [:]
    var classOf: [Int: String] = [:]
    func classID(_ node: Int) -> String {
        if let known = classOf[node] { return known }
        let id = BalanceClassification.classID(of: node, in: network, lens: lens)
        classOf[node] = id
        return id
    }
    for part in split.parts {
        let id = classID(part.node)
        count[id, default: 0] += 1
        score[id, default: 0] += part.score
        budget[id, default: 0] += part.amount
    }
    for negative in negatives {
        let id = classID(negative.node)
        negativeCount[id, default: 0] += 1
        negativeScore[id, default: 0] += negative.score
    }
    let baseline = BalanceClassification.baseline(lens)
    let catalogueSize = Double(SDGCatalogue.standard.targets.count)
    let totals = (count: Double(split.parts.count), score: score.values.reduce(0, +), budget: split.allocated)

    func lean(_ share: Double, _ total: Double, _ baselineShare: Double?) -> BalanceLean {
        guard let baselineShare, baselineShare > 0, total > 0 else { return .notComparable }
        let ratio = share / baselineShare
        if ratio >= options.overFactor - 1e-12 { return .over }
        if ratio <= options.underFactor + 1e-12 { return .under }
        return .inLine
    }

    var classes: [BalanceClass] = []
    for id in BalanceClassification.classIDs(lens) {
        let baselineTargets = baseline[id]
        guard baselineTargets != nil || count[id] != nil || negativeCount[id] != nil else { continue }
        let baselineShare = baselineTargets.map { Double($0) / catalogueSize }
        let n = count[id] ?? 0, sc = score[id] ?? 0, b = budget[id] ?? 0
        let countShare = totals.count > 0 ? Double(n) / totals.count : 0
        let scoreShare = totals.score > 0 ? sc / totals.score : 0
        let budgetShare = totals.budget > 0 ? b / totals.budget : 0
        classes.append(BalanceClass(
            id: id, label: BalanceClassification.label(id, lens: lens, language), baselineTargets: baselineTargets,
            baselineShare: baselineShare, count: n, score: sc, budget: b,
            countShare: countShare, scoreShare: scoreShare, budgetShare: budgetShare,
            countLean: lean(countShare, totals.count, baselineShare),
            scoreLean: lean(scoreShare, totals.score, baselineShare),
            budgetLean: lean(budgetShare, totals.budget, baselineShare),
            negativeCount: negativeCount[id] ?? 0, negativeScore: negativeScore[id] ?? 0))
    }
    let statements = BalanceStatements(
        count: BalanceStatement.text(classes, lens: lens, measure: .count, language: language),
        score: BalanceStatement.text(classes, lens: lens, measure: .score, language: language),
        budget: BalanceStatement.text(classes, lens: lens, measure: .budget, language: language))
    return BalanceLens(kind: lens, classes: classes, statements: statements)
}
