/// Aggregates the experts' scores per cell: mean, median, sample sd, min, max, n and a
/// disagreement flag; then a summary over the matrix (DESIGN §4.1).
///
/// The mean is the score every other analysis uses (``InteractionMatrix`` holds it). Negative
/// scores are kept with their sign; a cell *disagrees* when one expert scored it above 0 and another
/// below 0. Experts who left a cell blank do not count in it.
///
/// - Parameter network: the network; its experts are ``PolicyNetwork/experts``.
/// - Returns: the report (one expert gives sd 0 everywhere and no disagreement).
/// - Complexity: O(m log e) for m judgements and e experts per cell.
public func expertAgreement(in network: PolicyNetwork) -> ExpertAgreementReport {
    expertAgreement(of: InteractionMatrix(network))
}

/// Aggregates the experts' scores per cell of a matrix; see ``expertAgreement(in:)``.
///
/// - Complexity: O(m log e).
public func expertAgreement(of matrix: InteractionMatrix) -> ExpertAgreementReport {
    let m = matrix.entryCount
    let e = matrix.experts.count
    // Judgements regrouped by entry (a counting sort of the expert-major lists).
    var offsets = [Int](repeating: 0, count: m + 1)
    for entry in matrix.judgementEntries { offsets[entry + 1] += 1 }
    for k in 0..<m { offsets[k + 1] += offsets[k] }
    var cursor = offsets
    var byEntry = [Int](repeating: 0, count: matrix.judgementEntries.count)
    var expertOf = [Int](repeating: 0, count: matrix.judgementEntries.count)
    for expert in 0..<e {
        for j in matrix.expertOffsets[expert]..<matrix.expertOffsets[expert + 1] {
            let entry = matrix.judgementEntries[j]
            byEntry[cursor[entry]] = j
            expertOf[j] = expert
            cursor[entry] += 1
        }
    }
    var cells: [CellAgreement] = []
    cells.reserveCapacity(m)
    for i in 0..<matrix.count {
        for entry in matrix.row(i) {
            let js = Array(byEntry[offsets[entry]..<offsets[entry + 1]])
            var scores = js.map { matrix.judgementScores[$0] }
            var named = js.map { ExpertScore(expert: matrix.experts[expertOf[$0]], score: matrix.judgementScores[$0],
                                             confidence: matrix.judgementConfidences[$0]) }
            if scores.isEmpty {
                // A matrix without judgements: its own value is the one score.
                scores = [matrix.values[entry]]
                named = [ExpertScore(expert: matrix.experts.first ?? "matrix", score: matrix.values[entry],
                                     confidence: matrix.confidences[entry])]
            }
            let j = matrix.columns[entry]
            cells.append(CellStatistics.agreement(
                from: matrix.ids[i], fromLabel: matrix.labels[i], to: matrix.ids[j], toLabel: matrix.labels[j],
                scores: scores, named: named))
        }
    }
    var activity: [ExpertActivity] = []
    for expert in 0..<e {
        let range = matrix.expertOffsets[expert]..<matrix.expertOffsets[expert + 1]
        let scores = range.map { matrix.judgementScores[$0] }
        activity.append(ExpertActivity(
            expert: matrix.experts[expert], cellsScored: scores.count,
            positive: scores.filter { $0 > 0 }.count, negative: scores.filter { $0 < 0 }.count,
            zero: scores.filter { $0 == 0 }.count,
            meanScore: scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)))
    }
    let spread = cells.filter { $0.n >= 2 }.map(\.sd)
    let disagreements = cells.filter(\.disagreement).sorted {
        if $0.sd != $1.sd { return $0.sd > $1.sd }
        if $0.from != $1.from { return IDOrder.precedes($0.from, $1.from) }
        return IDOrder.precedes($0.to, $1.to)
    }
    let summary = AgreementSummary(
        expertCount: e, cellCount: cells.count,
        cellsScoredByAll: cells.filter { $0.n == max(e, 1) }.count,
        cellsScoredByOne: cells.filter { $0.n == 1 }.count,
        disagreementCount: disagreements.count,
        meanSD: spread.isEmpty ? 0 : spread.reduce(0, +) / Double(spread.count),
        maxSD: cells.map(\.sd).max() ?? 0, experts: activity)
    return ExpertAgreementReport(
        experts: matrix.experts, sdDefinition: CellStatistics.sdDefinition,
        negativeScores: "kept with their sign; a cell disagrees when one expert scored it above 0 and another below 0",
        cells: cells, disagreements: disagreements, summary: summary)
}

/// Descriptive statistics of the scores of one cell.
enum CellStatistics {
    /// The definition of the standard deviation used.
    static let sdDefinition = "sample standard deviation: √(Σ(x − mean)² / (n − 1)); 0 when n = 1"

    /// The median: the middle score, or the mean of the two middle scores.
    ///
    /// - Complexity: O(k log k).
    static func median(_ scores: [Double]) -> Double {
        let sorted = scores.sorted()
        let k = sorted.count
        guard k > 0 else { return 0 }
        return k % 2 == 1 ? sorted[k / 2] : (sorted[k / 2 - 1] + sorted[k / 2]) / 2
    }

    /// The sample standard deviation (n − 1), 0 for fewer than two scores.
    static func sampleSD(_ scores: [Double]) -> Double {
        let k = scores.count
        guard k >= 2 else { return 0 }
        let mean = scores.reduce(0, +) / Double(k)
        let squares = scores.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (squares / Double(k - 1)).squareRoot()
    }

    static func agreement(from: String, fromLabel: String, to: String, toLabel: String,
                          scores: [Double], named: [ExpertScore]) -> CellAgreement {
        CellAgreement(
            from: from, fromLabel: fromLabel, to: to, toLabel: toLabel, n: scores.count,
            mean: scores.reduce(0, +) / Double(scores.count), median: median(scores), sd: sampleSD(scores),
            min: scores.min() ?? 0, max: scores.max() ?? 0,
            disagreement: scores.contains { $0 > 0 } && scores.contains { $0 < 0 },
            scores: named.sorted { $0.expert < $1.expert })
    }
}
