import Testing
@testable import Coherence

/// SDG Synergies figures on small matrices worked out by hand (DESIGN §4.1).
@Suite struct InfluenceTests {
    /// a → b +2, a → c −1, b → c +3, c → a −2, c → b +1 (s = 3, w = 0.5).
    static func handMatrix() throws -> InteractionMatrix {
        try InteractionMatrix(ids: ["a", "b", "c"], labels: ["A", "B", "C"], rows: [
            [nil, 2, -1],
            [nil, nil, 3],
            [-2, 1, nil],
        ])
    }

    @Test func sumsSplitsAndSecondOrder() throws {
        let report = influence(of: try Self.handMatrix())
        let byID = Dictionary(uniqueKeysWithValues: report.nodes.map { ($0.id, $0) })
        let a = try #require(byID["a"]), b = try #require(byID["b"]), c = try #require(byID["c"])
        // out: a = 2 − 1 = 1; b = 3; c = −2 + 1 = −1.
        #expect((a.out, b.out, c.out) == (1, 3, -1))
        #expect((a.positiveOut, a.negativeOut) == (2, -1))
        #expect((c.positiveOut, c.negativeOut) == (1, -2))
        // in: a = −2; b = 2 + 1 = 3; c = −1 + 3 = 2.
        #expect((a.in, b.in, c.in) == (-2, 3, 2))
        #expect((a.positiveIn, a.negativeIn) == (0, -2))
        #expect((c.positiveIn, c.negativeIn) == (3, -1))
        // second_a = 0.5 · (2·out_b + (−1)·out_c) = 0.5 · (6 + 1) = 3.5: the (−)(−) path a→c→a (+2) is in it.
        // second_b = 0.5 · 3·out_c = −1.5; second_c = 0.5 · (−2·out_a + 1·out_b) = 0.5 · (−2 + 3) = 0.5.
        #expect((a.secondOrder, b.secondOrder, c.secondOrder) == (3.5, -1.5, 0.5))
        // total = out + second: 4.5, 1.5, −0.5; net = out − in: 3, 0, −3.
        #expect((a.total, b.total, c.total) == (4.5, 1.5, -0.5))
        #expect((a.net, b.net, c.net) == (3, 0, -3))
        #expect(report.nodes.map(\.id) == ["a", "b", "c"])
        #expect(report.nodes.map(\.rank) == [1, 2, 3])
        #expect((a.scoredOut, a.scoredIn, b.scoredOut) == (2, 1, 1))
        #expect(a.label == "A")
        #expect(report.layer == .signed)
    }

    @Test func secondOrderEqualsRowSumsOfASquaredIncludingReturns() throws {
        let matrix = try Self.handMatrix()
        let dense = matrix.dense()
        let n = matrix.count
        // (A²)_aa = a_ab·a_ba + a_ac·a_ca = 0 + (−1)(−2) = 2: the self-returning path counts.
        var diagonal = 0.0
        for k in 0..<n { diagonal += dense[0 * n + k] * dense[k * n + 0] }
        #expect(diagonal == 2)
        for w in [0.5, 1.0, 0.25] {
            let report = influence(of: matrix, options: InfluenceOptions(secondOrderWeight: w))
            for node in report.nodes {
                let i = try #require(matrix.index(of: node.id))
                var square = 0.0
                for k in 0..<n { for j in 0..<n { square += dense[i * n + k] * dense[k * n + j] } }
                #expect(abs(node.secondOrder - w * square) < 1e-12)
            }
        }
    }

    @Test func rankingTiesBreakByID() throws {
        // Two equal rows: x → y +1 and y → x +1; totals equal, so `x10` and `x9` rank by numeric id order.
        let matrix = try InteractionMatrix(ids: ["x10", "x9"], rows: [[nil, 1], [1, nil]])
        #expect(influence(of: matrix).nodes.map(\.id) == ["x9", "x10"])
    }

    @Test func handHiddenTradeOffsAndStrongLinks() throws {
        let report = influence(of: try Self.handMatrix())
        // b→c→a: 3·(−2)/3 = −2, direct b→a blank; c→a→b: (−2)·2/3 = −4/3, direct c→b = +1 ≥ 0.
        // a→c→b: (−1)·1/3 = −1/3 is above −1; a→c→a returns to a and is not a trade-off.
        #expect(report.hiddenTradeOffCount == 2)
        #expect(report.hiddenTradeOffs.map(\.path) == [["b", "c", "a"], ["c", "a", "b"]])
        #expect(report.hiddenTradeOffs[0].strength == -2)
        #expect(report.hiddenTradeOffs[0].direct == nil)
        #expect(abs(report.hiddenTradeOffs[1].strength + 4.0 / 3) < 1e-15)
        #expect(report.hiddenTradeOffs[1].direct == 1)
        #expect(report.hiddenTradeOffs[1].labels == ["C", "A", "B"])
        // c→a = −2 is exactly −2s/3; a→c = −1 is not strong.
        #expect(report.strongNegativeLinks.map { [$0.from, $0.to] } == [["c", "a"]])
        #expect(report.strongNegativeThreshold == -2)
        #expect(report.hiddenTradeOffThreshold == -1)
    }

    @Test func tradeOffLimitKeepsTheStrongestAndCountsAll() throws {
        let report = influence(of: try Self.handMatrix(), options: InfluenceOptions(tradeOffLimit: 1))
        #expect(report.hiddenTradeOffs.map(\.path) == [["b", "c", "a"]])
        #expect(report.hiddenTradeOffCount == 2)
        let none = influence(of: try Self.handMatrix(), options: InfluenceOptions(tradeOffLimit: 0))
        #expect(none.hiddenTradeOffs.isEmpty && none.hiddenTradeOffCount == 2)
    }

    /// A continuous scale −3…3 so that scores can sit exactly at and just past each threshold.
    @Test func thresholdsAtAndJustPastTheLimit() throws {
        let scale = ScoreScale(min: -3, max: 3)
        // Paths p→k→j with a_pk = −1 and a_kj = 3, 2.997, −(…): strength a_pk·a_kj/3.
        let ids = ["p", "k1", "k2", "k3", "j1", "j2", "j3"]
        func index(_ id: String) -> Int { ids.firstIndex(of: id)! }
        var rows = [[Double?]](repeating: [Double?](repeating: nil, count: ids.count), count: ids.count)
        rows[index("p")][index("k1")] = -1
        rows[index("k1")][index("j1")] = 3          // −1·3/3 = −1: exactly at −s/3 → flagged
        rows[index("p")][index("k2")] = -1
        rows[index("k2")][index("j2")] = 2.997      // −0.999: just short → not flagged
        rows[index("p")][index("k3")] = -1.003
        rows[index("k3")][index("j3")] = 3          // −1.003: just past → flagged
        rows[index("p")][index("j3")] = 0           // direct 0 (consistent) does not hide it
        rows[index("j1")][index("j2")] = -2         // exactly −2s/3 → strong
        rows[index("j2")][index("j1")] = -1.999     // just short → not strong
        rows[index("j3")][index("j1")] = -2.001     // just past → strong
        let matrix = try InteractionMatrix(ids: ids, rows: rows, scale: scale)
        let report = influence(of: matrix)
        let paths = report.hiddenTradeOffs.map { $0.path.joined(separator: ">") }
        #expect(paths.contains("p>k1>j1"))
        #expect(!paths.contains("p>k2>j2"))
        #expect(paths.contains("p>k3>j3"))
        #expect(report.hiddenTradeOffs.first { $0.path == ["p", "k3", "j3"] }?.direct == 0)
        #expect(Set(report.strongNegativeLinks.map { "\($0.from)>\($0.to)" }) == ["j1>j2", "j3>j1"])
        #expect(report.strongNegativeLinks.first?.score == -2.001)   // most negative first

        // A negative direct link means the trade-off is already scored: not hidden.
        rows[index("p")][index("j1")] = -1
        let scored = influence(of: try InteractionMatrix(ids: ids, rows: rows, scale: scale))
        #expect(!scored.hiddenTradeOffs.contains { $0.path == ["p", "k1", "j1"] })
        // A positive direct link does not offset it: still flagged.
        rows[index("p")][index("j1")] = 2
        let positive = influence(of: try InteractionMatrix(ids: ids, rows: rows, scale: scale))
        #expect(positive.hiddenTradeOffs.contains { $0.path == ["p", "k1", "j1"] && $0.direct == 2 })
    }

    @Test func negativeTimesNegativeIsNotATradeOff() throws {
        // x→y −3, y→z −3: (−3)(−3)/3 = +3, a synergy; second order of x = 0.5·(−3)·out_y = 0.5·(−3)(−3) = 4.5.
        let matrix = try InteractionMatrix(ids: ["x", "y", "z"], rows: [[nil, -3, nil], [nil, nil, -3], [nil, nil, nil]])
        let report = influence(of: matrix)
        #expect(report.hiddenTradeOffCount == 0)
        #expect(report.nodes.first { $0.id == "x" }?.secondOrder == 4.5)
        #expect(report.nodes.first { $0.id == "x" }?.total == 1.5)
        #expect(report.strongNegativeLinks.count == 2)
    }

    @Test func networkMatrixUsesTheExpertMeanAndLabels() throws {
        var builder = PolicyNetworkBuilder(name: "t", language: .en)
        builder.addJudgement(InteractionJudgement(expert: "e1", from: "7.2", to: "13.2", score: 3))
        builder.addJudgement(InteractionJudgement(expert: "e2", from: "7.2", to: "13.2", score: 2))
        builder.addJudgement(InteractionJudgement(expert: "e1", from: "13.2", to: "11.6", score: -1))
        let network = try builder.build()
        let matrix = InteractionMatrix(network)
        #expect(matrix.ids == ["7.2", "11.6", "13.2"])
        #expect(matrix.experts == ["e1", "e2"])
        #expect(matrix.score(from: 0, to: 2) == 2.5)
        let report = influence(in: network)
        let top = try #require(report.nodes.first)
        // out_7.2 = 2.5; second = 0.5 · 2.5 · out_13.2 = 0.5 · 2.5 · (−1) = −1.25; total 1.25.
        #expect(top.id == "7.2" && top.out == 2.5 && top.secondOrder == -1.25 && top.total == 1.25)
        #expect(top.label == SDGCatalogue.standard.target("7.2")?.shortNameEN)
        #expect(report.experts == ["e1", "e2"])
    }

    @Test func emptyNetworkGivesAnEmptyReport() throws {
        let network = try PolicyNetworkBuilder(name: "empty").build()
        let report = influence(in: network)
        #expect(report.nodes.isEmpty && report.hiddenTradeOffCount == 0 && report.strongNegativeLinks.isEmpty)
    }

    @Test func badMatricesAreRejected() {
        #expect(throws: InputError.self) { try InteractionMatrix(ids: ["a", "b"], rows: [[1, nil], [nil, nil]]) }
        #expect(throws: InputError.self) { try InteractionMatrix(ids: ["a", "b"], rows: [[nil, 4], [nil, nil]]) }
        #expect(throws: InputError.self) { try InteractionMatrix(ids: ["a", "a"], rows: [[nil, 1], [nil, nil]]) }
    }
}
