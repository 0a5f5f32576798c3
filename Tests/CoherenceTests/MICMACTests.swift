import Testing
@testable import Coherence

/// MICMAC (DESIGN §4.2): layers, stopping rules, quadrants and rank shifts, worked by hand.
@Suite struct MICMACTests {
    /// Brute force: row and column sums of M^k / max(M^k) with dense products.
    static func bruteForce(_ matrix: InteractionMatrix, layer: InteractionLayer, power: Int) -> ([Double], [Double]) {
        let n = matrix.count
        let m = matrix.dense(layer)
        var p = m
        for _ in 1..<power {
            var next = [Double](repeating: 0, count: n * n)
            for i in 0..<n { for k in 0..<n { for j in 0..<n { next[i * n + j] += p[i * n + k] * m[k * n + j] } } }
            p = next
        }
        let largest = p.max() ?? 0
        var rows = [Double](repeating: 0, count: n), columns = rows
        for i in 0..<n { for j in 0..<n { rows[i] += p[i * n + j] / largest; columns[j] += p[i * n + j] / largest } }
        return (rows, columns)
    }

    @Test func acyclicChainStopsAtItsLastNonZeroPower() throws {
        // a → b 1, b → c −2. |M|² has one entry a→c = 2; |M|³ = 0.
        let matrix = try InteractionMatrix(ids: ["a", "b", "c"], rows: [[nil, 1, nil], [nil, nil, -2], [nil, nil, nil]])
        let report = micmac(of: matrix)
        #expect(report.stop == .acyclic)
        #expect(report.power == 2)
        #expect(report.layer == .absolute)
        let node = Dictionary(uniqueKeysWithValues: report.nodes.map { ($0.id, $0) })
        // Direct (|M| row and column sums): influence 1, 2, 0; dependence 0, 1, 2.
        #expect([node["a"]!.directInfluence, node["b"]!.directInfluence, node["c"]!.directInfluence] == [1, 2, 0])
        #expect([node["a"]!.directDependence, node["b"]!.directDependence, node["c"]!.directDependence] == [0, 1, 2])
        // Indirect: M²/max = a→c 1: influence 1, 0, 0; dependence 0, 0, 1.
        #expect([node["a"]!.indirectInfluence, node["b"]!.indirectInfluence, node["c"]!.indirectInfluence] == [1, 0, 0])
        #expect([node["a"]!.indirectDependence, node["b"]!.indirectDependence, node["c"]!.indirectDependence] == [0, 0, 1])
        // Means 1/3 (indirect): a driver, b autonomous, c dependent.
        #expect(node["a"]!.quadrant == .driver && node["b"]!.quadrant == .autonomous && node["c"]!.quadrant == .dependent)
        // Direct means 1 and 1: only b is above on influence (a = 1 is not above), only c on dependence.
        #expect(node["a"]!.directQuadrant == .autonomous && node["b"]!.directQuadrant == .driver
                && node["c"]!.directQuadrant == .dependent)
        // Direct influence ranks b 1, a 2, c 3; indirect a 1, then b and c tie at 0 → by id: b 2, c 3.
        #expect((node["a"]!.influenceShift, node["b"]!.influenceShift, node["c"]!.influenceShift) == (1, -1, 0))
        #expect(report.nodes.map(\.id) == ["a", "b", "c"])
        #expect(report.stopExplanation.contains("no cycles"))
    }

    @Test func oscillatingMatrixStopsAtTheMaximum() throws {
        // a → b 1, a → c 2, b → a 2, c → a 1: bipartite, M⁴ = 4·M², so normalised powers alternate
        // between odd (rows 1.5, 1, 0.5) and even (rows 1, 1.5, 0.75) forever.
        let matrix = try InteractionMatrix(ids: ["a", "b", "c"], rows: [[nil, 1, 2], [2, nil, nil], [1, nil, nil]])
        let report = micmac(of: matrix)
        #expect(report.stop == .maximum)
        #expect(report.power == 10)
        let node = Dictionary(uniqueKeysWithValues: report.nodes.map { ($0.id, $0) })
        // M² = [[4,0,0],[0,2,4],[0,1,2]] / 4 → rows 1, 1.5, 0.75; columns 1, 0.75, 1.5 (and every even power alike).
        #expect(abs(node["a"]!.indirectInfluence - 1) < 1e-12)
        #expect(abs(node["b"]!.indirectInfluence - 1.5) < 1e-12)
        #expect(abs(node["c"]!.indirectInfluence - 0.75) < 1e-12)
        #expect(abs(node["c"]!.indirectDependence - 1.5) < 1e-12)
        let limited = micmac(of: matrix, options: MICMACOptions(maxPower: 5))
        #expect(limited.stop == .maximum && limited.power == 5)
        // Odd power: rows 1.5, 1, 0.5.
        #expect(abs(limited.nodes.first { $0.id == "a" }!.indirectInfluence - 1.5) < 1e-12)
    }

    @Test func convergentMatrixStopsWhenTheRankingsHold() throws {
        let matrix = try InteractionMatrix(ids: ["a", "b", "c", "d"], rows: [
            [nil, 3, 1, nil],
            [1, nil, 2, 1],
            [2, nil, nil, 3],
            [1, 1, nil, nil],
        ])
        let report = micmac(of: matrix)
        #expect(report.stop == .stable)
        #expect(report.power >= 3 && report.power <= 10)
        let (rows, columns) = Self.bruteForce(matrix, layer: .absolute, power: report.power)
        for node in report.nodes {
            let i = matrix.index(of: node.id)!
            #expect(abs(node.indirectInfluence - rows[i]) < 1e-12)
            #expect(abs(node.indirectDependence - columns[i]) < 1e-12)
        }
        // The ranking at the stop equals the one a power earlier.
        let before = Self.bruteForce(matrix, layer: .absolute, power: report.power - 1)
        let order = Ranking.order(before.0, idOrder: matrix.idOrder).map { matrix.ids[$0] }
        #expect(order == report.nodes.map(\.id))
    }

    @Test func givenPowerAndLayers() throws {
        let matrix = try InteractionMatrix(ids: ["a", "b", "c"], rows: [[nil, 2, -3], [-1, nil, 1], [3, -2, nil]])
        for layer in MICMACLayer.allCases {
            let report = micmac(of: matrix, options: MICMACOptions(layer: layer, power: 4))
            #expect(report.layer == layer.layer)
            #expect(report.negativeScores == layer.layer.negativeScores)
            if report.stop == .given {
                #expect(report.power == 4)
                let (rows, _) = Self.bruteForce(matrix, layer: layer.layer, power: 4)
                for node in report.nodes { #expect(abs(node.indirectInfluence - rows[matrix.index(of: node.id)!]) < 1e-12) }
            }
        }
        // Positive layer: a→b 2, b→c 1, c→a 3 — a 3-cycle, never zero: the given power is used.
        let positive = micmac(of: matrix, options: MICMACOptions(layer: .positive, power: 4))
        #expect(positive.stop == .given && positive.power == 4)
        // Direct figures on the negative layer use magnitudes: a sends |−3| = 3, c sends 2, b sends 1.
        let negative = micmac(of: matrix, options: MICMACOptions(layer: .negative, power: 1))
        #expect(negative.nodes.map(\.directInfluence) == [3, 2, 1])
        #expect(negative.nodes.map(\.id) == ["a", "c", "b"])
    }

    @Test func emptyLayerSaysSo() throws {
        let matrix = try InteractionMatrix(ids: ["a", "b"], rows: [[nil, -1], [-2, nil]])
        let report = micmac(of: matrix, options: MICMACOptions(layer: .positive))
        #expect(report.stop == .emptyLayer)
        #expect(report.nodes.allSatisfy { $0.indirectInfluence == 0 && $0.quadrant == .autonomous })
    }
}
