/// Turns MICMAC's sums into a report: ranks, shifts, quadrants, explanation.
enum MICMACAssembly {
    static func report(matrix: InteractionMatrix, options: MICMACOptions, power: Int, stop: MICMACStop,
                       direct: ([Double], [Double]), indirect: ([Double], [Double])) -> MICMACReport {
        let n = matrix.count
        let order = matrix.idOrder
        let directInfluenceRanks = Ranking.ranks(of: Ranking.order(direct.0, idOrder: order))
        let directDependenceRanks = Ranking.ranks(of: Ranking.order(direct.1, idOrder: order))
        let influenceOrder = Ranking.order(indirect.0, idOrder: order)
        let influenceRanks = Ranking.ranks(of: influenceOrder)
        let dependenceRanks = Ranking.ranks(of: Ranking.order(indirect.1, idOrder: order))
        let means = (mean(indirect.0), mean(indirect.1))
        let directMeans = (mean(direct.0), mean(direct.1))
        let high = (above(indirect.0, means.0), above(indirect.1, means.1))
        let directHigh = (above(direct.0, directMeans.0), above(direct.1, directMeans.1))
        var nodes: [MICMACNode] = []
        nodes.reserveCapacity(n)
        for i in influenceOrder {
            nodes.append(MICMACNode(
                id: matrix.ids[i], label: matrix.labels[i], kind: matrix.kinds[i],
                directInfluence: direct.0[i], directDependence: direct.1[i],
                indirectInfluence: indirect.0[i], indirectDependence: indirect.1[i],
                directInfluenceRank: directInfluenceRanks[i], directDependenceRank: directDependenceRanks[i],
                indirectInfluenceRank: influenceRanks[i], indirectDependenceRank: dependenceRanks[i],
                influenceShift: directInfluenceRanks[i] - influenceRanks[i],
                dependenceShift: directDependenceRanks[i] - dependenceRanks[i],
                quadrant: .of(highInfluence: high.0[i], highDependence: high.1[i]),
                directQuadrant: .of(highInfluence: directHigh.0[i], highDependence: directHigh.1[i])))
        }
        let layer = options.layer.layer
        return MICMACReport(
            layer: layer, negativeScores: layer.negativeScores, power: power, stop: stop,
            stopExplanation: explanation(stop, power: power, maxPower: options.maxPower),
            influenceMean: means.0, dependenceMean: means.1,
            directInfluenceMean: directMeans.0, directDependenceMean: directMeans.1, nodes: nodes)
    }

    static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    /// Whether each value is above the mean by more than 1e-9 of the largest value (rounding noise is not "above").
    static func above(_ values: [Double], _ mean: Double) -> [Bool] {
        let tolerance = 1e-9 * (values.map(abs).max() ?? 0)
        return values.map { $0 - mean > tolerance }
    }

    /// Why MICMAC stopped, in English.
    static func explanation(_ stop: MICMACStop, power: Int, maxPower: Int) -> String {
        switch stop {
        case .given: return "the power \(power) was given"
        case .stable: return "the rankings of influence and dependence were the same for M^\(power - 1) and M^\(power)"
        case .acyclic: return "the layer has no cycles: M^\(power + 1) = 0, so M^\(power) is the last non-zero power"
        case .maximum: return "the rankings still changed at M^\(power), the highest power tried (\(maxPower)); they oscillate or converge slowly"
        case .emptyLayer: return "the layer has no links, so every figure is 0"
        }
    }
}
