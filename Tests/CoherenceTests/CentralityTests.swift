import Testing
@testable import Coherence

/// Centralities on tiny graphs worked out by hand (DESIGN §4.2).
@Suite struct CentralityTests {
    @Test func strengthsPerLayer() throws {
        let matrix = try InteractionMatrix(ids: ["a", "b", "c"], rows: [[nil, 2, -3], [-1, nil, 1], [nil, nil, nil]])
        let report = centrality(of: matrix)
        let a = report.nodes[0], b = report.nodes[1], c = report.nodes[2]
        #expect((a.positiveOutStrength, a.negativeOutStrength, a.positiveInStrength, a.negativeInStrength) == (2, 3, 0, 1))
        #expect((b.positiveOutStrength, b.negativeOutStrength, b.positiveInStrength) == (1, 1, 2))
        #expect((c.positiveInStrength, c.negativeInStrength) == (1, 3))
        #expect(report.metrics.first { $0.field == "pageRankInfluenced" }?.layer == .positive)
        #expect(report.metrics.first { $0.field == "negativeOutStrength" }?.layer == .negative)
    }

    @Test func pageRankWithADanglingNode() throws {
        // a → b only (b dangling). With d = 0.85 and b's score spread uniformly:
        // x_a = 0.075 + 0.425·x_b and x_a + x_b = 1 → x_a = 0.5/1.425 = 0.350877…, x_b = 0.649122….
        let matrix = try InteractionMatrix(ids: ["a", "b"], rows: [[nil, 2], [nil, nil]])
        let report = centrality(of: matrix)
        #expect(abs(report.nodes[0].pageRankInfluenced - 0.5 / 1.425) < 1e-10)
        #expect(abs(report.nodes[1].pageRankInfluenced - (1 - 0.5 / 1.425)) < 1e-10)
        // Reversed: a is the most influencing.
        #expect(abs(report.nodes[0].pageRankInfluencing - (1 - 0.5 / 1.425)) < 1e-10)
        #expect(report.pageRankInfluencedRun.converged)
    }

    @Test func pageRankIgnoresNegativeLinks() throws {
        let withNegative = try InteractionMatrix(ids: ["a", "b", "c"], rows: [[nil, 2, -3], [nil, nil, 1], [nil, nil, nil]])
        let without = try InteractionMatrix(ids: ["a", "b", "c"], rows: [[nil, 2, nil], [nil, nil, 1], [nil, nil, nil]])
        let x = centrality(of: withNegative), y = centrality(of: without)
        #expect(x.nodes.map(\.pageRankInfluenced) == y.nodes.map(\.pageRankInfluenced))
        #expect(x.nodes.map(\.betweenness) == y.nodes.map(\.betweenness))
    }

    @Test func katzOnAnAcyclicLayer() throws {
        // a → b +3, no cycle: λmax = 0 and α = 0.5/s = 1/6. Katz (in-arcs): x_a = 1, x_b = 1 + α·3·1 = 1.5;
        // normalised by √(1 + 2.25).
        let matrix = try InteractionMatrix(ids: ["a", "b"], rows: [[nil, 3], [nil, nil]])
        let report = centrality(of: matrix)
        #expect(report.positiveLayerAcyclic && report.spectralRadius == 0)
        #expect(abs(report.katzAlpha - 1.0 / 6) < 1e-15)
        let norm = (1 + 2.25).squareRoot()
        #expect(abs(report.nodes[0].katzInfluenced - 1 / norm) < 1e-12)
        #expect(abs(report.nodes[1].katzInfluenced - 1.5 / norm) < 1e-12)
        #expect(abs(report.nodes[0].katzInfluencing - 1.5 / norm) < 1e-12)
    }

    @Test func katzAlphaFromTheSpectralRadius() throws {
        // a ⇄ b with weights 1 and 3: λmax = √3; α = 0.5/√3. By symmetry of the 2-cycle:
        // x_a = α·3·x_b + 1, x_b = α·1·x_a + 1 (in-arcs).
        let matrix = try InteractionMatrix(ids: ["a", "b"], rows: [[nil, 1], [3, nil]])
        let report = centrality(of: matrix)
        #expect(!report.positiveLayerAcyclic)
        #expect(abs(report.spectralRadius - 3.0.squareRoot()) < 1e-9)
        let alpha = report.katzAlpha
        #expect(abs(alpha - 0.5 / 3.0.squareRoot()) < 1e-9)
        // Solve: x_a = 3α(αx_a + 1) + 1 → x_a = (3α + 1)/(1 − 3α²); x_b = αx_a + 1.
        let xa = (3 * alpha + 1) / (1 - 3 * alpha * alpha), xb = alpha * xa + 1
        let norm = (xa * xa + xb * xb).squareRoot()
        #expect(abs(report.nodes[0].katzInfluenced - xa / norm) < 1e-10)
        #expect(abs(report.nodes[1].katzInfluenced - xb / norm) < 1e-10)
    }

    @Test func spectralRadiusOfSeveralComponents() throws {
        // Two 2-cycles: a⇄b (2, 2: λ = 2) and c⇄d (1, 1: λ = 1), with a bridge b → c. λmax = 2.
        let matrix = try InteractionMatrix(ids: ["a", "b", "c", "d"], rows: [
            [nil, 2, nil, nil], [2, nil, 1, nil], [nil, nil, nil, 1], [nil, nil, 1, nil],
        ])
        let graph = WeightedGraph(matrix, layer: .positive)
        let (component, count) = SpectralRadius.components(graph)
        #expect(count == 2 && component[0] == component[1] && component[2] == component[3] && component[0] != component[2])
        let estimate = SpectralRadius.estimate(graph)
        #expect(!estimate.acyclic && abs(estimate.value - 2) < 1e-9 && estimate.value >= 2)
    }

    @Test func betweennessWithIntegerLengths() throws {
        // Lengths round(2s/a): 3 → 2, 2 → 3, 1 → 6.
        #expect(Betweenness.length(weight: 3, magnitude: 3) == 2)
        #expect(Betweenness.length(weight: 2, magnitude: 3) == 3)
        #expect(Betweenness.length(weight: 1, magnitude: 3) == 6)
        // a → b 3 (2), b → c 3 (2), a → c 1 (6): the path through b (4) is shorter. One pair (a, c) of
        // (n − 1)(n − 2) = 2 goes through b → 0.5.
        let through = try InteractionMatrix(ids: ["a", "b", "c"], rows: [[nil, 3, 1], [nil, nil, 3], [nil, nil, nil]])
        #expect(centrality(of: through).nodes.map(\.betweenness) == [0, 0.5, 0])
        // a → c 2 (3) beats 4: nothing through b.
        let direct = try InteractionMatrix(ids: ["a", "b", "c"], rows: [[nil, 3, 2], [nil, nil, 3], [nil, nil, nil]])
        #expect(centrality(of: direct).nodes.map(\.betweenness) == [0, 0, 0])
        // a → b 2 (3), b → c 2 (3), a → c 1 (6): an exact tie, half the paths through b → 0.25.
        let tie = try InteractionMatrix(ids: ["a", "b", "c"], rows: [[nil, 2, 1], [nil, nil, 2], [nil, nil, nil]])
        #expect(centrality(of: tie).nodes.map(\.betweenness) == [0, 0.25, 0])
        #expect(centrality(of: tie).betweennessLengths == ["1": 6, "2": 3])
    }

    @Test func betweennessOnAStarThroughTheHub() throws {
        // x → h, y → h, h → z, h → w (all +3): pairs (x,z), (x,w), (y,z), (y,w) pass through h:
        // 4 / ((5 − 1)(5 − 2)) = 1/3.
        let ids = ["h", "w", "x", "y", "z"]
        var rows = [[Double?]](repeating: [Double?](repeating: nil, count: 5), count: 5)
        rows[2][0] = 3; rows[3][0] = 3; rows[0][4] = 3; rows[0][1] = 3
        let report = centrality(of: try InteractionMatrix(ids: ids, rows: rows))
        #expect(abs(report.nodes[0].betweenness - 1.0 / 3) < 1e-15)
        #expect(report.nodes.dropFirst().allSatisfy { $0.betweenness == 0 })
    }
}
