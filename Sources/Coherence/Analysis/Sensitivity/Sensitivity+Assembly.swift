/// Summarises the samples into a ``SensitivityReport``.
enum SensitivityAssembly {
    static let percentileMethod = "linear interpolation between order statistics (numpy's default): position (N − 1)·p of the sorted values"

    static func report(matrix: InteractionMatrix, options: SensitivityOptions, samples: Int, store: SampleStore,
                       baselineRanks: [Int], baselineTotals: [Double], resamplesExperts: Bool) -> SensitivityReport {
        let n = matrix.count
        let k = max(0, options.topK)
        var nodes: [NodeSensitivity] = []
        for v in 0..<n {
            let ranks = store.ranks(of: v).map(Double.init).sorted()
            let best = ranks.first.map { Int($0) } ?? baselineRanks[v]
            let worst = ranks.last.map { Int($0) } ?? baselineRanks[v]
            let inTop = ranks.isEmpty ? (baselineRanks[v] <= k ? 1.0 : 0.0)
                : Double(ranks.filter { $0 <= Double(k) }.count) / Double(ranks.count)
            nodes.append(NodeSensitivity(
                id: matrix.ids[v], label: matrix.labels[v], kind: matrix.kinds[v],
                baselineRank: baselineRanks[v], baselineTotal: baselineTotals[v],
                medianRank: percentile(ranks, 0.5) ?? Double(baselineRanks[v]),
                rankLow: percentile(ranks, 0.05) ?? Double(baselineRanks[v]),
                rankHigh: percentile(ranks, 0.95) ?? Double(baselineRanks[v]),
                bestRank: best, worstRank: worst, topKProbability: inTop))
        }
        nodes.sort { $0.baselineRank < $1.baselineRank }
        let taus = store.taus().filter { !$0.isNaN }.sorted()
        let tau = TauSummary(
            mean: taus.isEmpty ? 0 : taus.reduce(0, +) / Double(taus.count),
            min: taus.first ?? 0, p5: percentile(taus, 0.05) ?? 0, median: percentile(taus, 0.5) ?? 0,
            p95: percentile(taus, 0.95) ?? 0, max: taus.last ?? 0, undefined: samples - taus.count)
        let s = matrix.magnitude
        let method = resamplesExperts
            ? "each sample draws \(matrix.experts.count) experts with replacement, moves each drawn expert's scores one step s/3 up or down with a probability set by that expert's confidence (held at the scale's ends), and averages per cell over the drawn experts who scored it; the matrix is then ranked by total"
            : "each sample moves every scored cell one step s/3 up or down with a probability set by its confidence (held at the scale's ends; blank cells stay blank); the matrix is then ranked by total"
        return SensitivityReport(
            layer: .signed, negativeScores: InteractionLayer.signed.negativeScores, method: method, step: s / 3,
            moveProbability: ["low": 0.5, "medium": 0.25, "high": 0.1], resamplesExperts: resamplesExperts,
            experts: matrix.experts, samples: samples, seed: options.seed, topK: k,
            secondOrderWeight: options.secondOrderWeight, percentiles: percentileMethod, nodes: nodes, kendallTau: tau)
    }

    /// The p-quantile of sorted values by linear interpolation (numpy's default), `nil` for no values.
    ///
    /// - Complexity: O(1).
    static func percentile(_ sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let h = Double(sorted.count - 1) * p
        let low = Int(h.rounded(.down))
        let high = min(low + 1, sorted.count - 1)
        return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
    }
}
