import Testing
@testable import Coherence

/// Louvain clusters on the undirected positive layer (DESIGN §4.2).
@Suite struct CommunitiesTests {
    /// Two triangles of +3 both ways ({a, b, c} and {d, e, f}), a weak bridge c → d +1, and a strong
    /// negative link a → e −3 that must not matter.
    static func twoTriangles() throws -> InteractionMatrix {
        let ids = ["a", "b", "c", "d", "e", "f"]
        var rows = [[Double?]](repeating: [Double?](repeating: nil, count: 6), count: 6)
        for group in [[0, 1, 2], [3, 4, 5]] {
            for i in group { for j in group where i != j { rows[i][j] = 3 } }
        }
        rows[2][3] = 1
        rows[0][4] = -3
        return try InteractionMatrix(ids: ids, rows: rows)
    }

    @Test func twoTrianglesAreTwoClusters() throws {
        let report = communities(of: try Self.twoTriangles(), options: CommunityOptions(seed: 7))
        #expect(report.clusters.count == 2)
        #expect(Set(report.clusters[0].members.map(\.id)) == ["a", "b", "c"])
        #expect(Set(report.clusters[1].members.map(\.id)) == ["d", "e", "f"])
        #expect(report.clusterOf["e"] == 2)
        // Weights: 3 inside (each pair (3 + 3)/2), 0.5 on the bridge; m = 6·3 + 0.5 = 18.5.
        // Each cluster: inside 9, degrees 18.5 → Q = 2·(9/18.5 − (18.5/37)²) = 18/18.5 − 0.5.
        #expect(abs(report.modularity - (18 / 18.5 - 0.5)) < 1e-12)
        #expect(report.clusters[0].internalWeight == 9)
        #expect(report.clusters[0].externalWeight == 0.5)
        // c has the bridge: strength 6.5, 6 of it inside.
        let c = try #require(report.clusters[0].members.first { $0.id == "c" })
        #expect(c.strength == 6.5 && c.internalStrength == 6)
        #expect(report.layer == .positive && report.seed == 7)
    }

    @Test func sameSeedSameClusters() throws {
        let matrix = try Self.randomMatrix(nodes: 40, seed: 11)
        for seed: UInt64 in [1, 2, 99] {
            let first = communities(of: matrix, options: CommunityOptions(seed: seed))
            let second = communities(of: matrix, options: CommunityOptions(seed: seed))
            #expect(first == second)
            #expect(first.modularity > 0)
            #expect(abs(first.modularity - UndirectedGraph(positiveLayerOf: matrix).modularity(
                of: matrix.ids.map { first.clusterOf[$0]! - 1 }, resolution: 1)) < 1e-12)
        }
    }

    @Test func isolatedNodesAreClustersOfOne() throws {
        let matrix = try InteractionMatrix(ids: ["a", "b", "c"], rows: [[nil, 2, nil], [2, nil, -3], [nil, nil, nil]])
        let report = communities(of: matrix)
        #expect(report.clusters.map { $0.members.map(\.id) } == [["a", "b"], ["c"]])
        #expect(report.clusters[1].members[0].strength == 0)
    }

    @Test func noPositiveLinksMeansModularityZero() throws {
        let matrix = try InteractionMatrix(ids: ["a", "b"], rows: [[nil, -2], [nil, nil]])
        let report = communities(of: matrix)
        #expect(report.modularity == 0 && report.clusters.count == 2 && report.levels == 0)
    }

    @Test func splitMix64IsTheReferenceSequence() {
        // Reference values of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
        var a = SplitMix64(seed: 5, stream: 3), b = SplitMix64(seed: 5, stream: 3), c = SplitMix64(seed: 5, stream: 4)
        #expect(a.next() == b.next())
        #expect(a.next() != c.next())
        var g = SplitMix64(seed: 42)
        var counts = [Int](repeating: 0, count: 3)
        for _ in 0..<3000 { counts[g.uniform(below: 3)] += 1 }
        #expect(counts.allSatisfy { $0 > 900 && $0 < 1100 })
    }

    /// A random signed matrix with about a quarter of the cells scored −3…3.
    static func randomMatrix(nodes n: Int, seed: UInt64) throws -> InteractionMatrix {
        var generator = SplitMix64(seed: seed)
        var judgements: [InteractionMatrix.Judgement] = []
        for i in 0..<n {
            for j in 0..<n where i != j && generator.uniform(below: 4) == 0 {
                judgements.append(.init(expert: 0, from: i, to: j, score: Double(generator.uniform(below: 7) - 3)))
            }
        }
        return try InteractionMatrix(ids: (0..<n).map { "n\($0)" }, judgements: judgements)
    }
}
