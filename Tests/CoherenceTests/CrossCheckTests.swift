import Foundation
import TestSupport
import Testing
@testable import Coherence

/// Cross-checks the interaction analyses against numpy, networkx and scipy (Scripts/crosscheck).
///
/// The test writes the matrices to a temporary JSON file, runs
/// `.venv/bin/python Scripts/crosscheck/crosscheck.py in.json out.json` from the repository root, and
/// compares every figure within 1e-9 (relative to the value's size when it is above 1). Without the
/// virtual environment it fails and says how to make it: `Scripts/setup.sh --python`.
@Suite struct CrossCheckTests {
    struct Graph: Encodable {
        struct Micmac: Encodable { let layer: String; let power: Int }
        let name: String
        let ids: [String]
        let magnitude: Double
        let secondOrderWeight: Double
        let edges: [[Double]]
        let katzAlpha: Double
        let micmac: Micmac
        let partition: [Int]
    }

    struct Request: Encodable {
        struct Pair: Encodable { let x: [Double]; let y: [Double] }
        let graphs: [Graph]
        let kendall: [Pair]
    }

    struct Response: Decodable {
        struct Result: Decodable {
            let name: String
            let out, positiveOut, negativeOut, `in`, positiveIn, negativeIn, secondOrder, secondOrderLinear, total: [Double]
            let pageRankInfluenced, pageRankInfluencing, katzInfluenced, katzInfluencing, katzInfluencedPower: [Double]
            let betweenness, micmacInfluence, micmacDependence: [Double]
            let spectralRadius: Double
            let modularity: Double
        }
        let graphs: [Result]
        let kendall: [Double?]
    }

    /// The Swift figures for one matrix, in matrix order.
    struct Computed {
        let matrix: InteractionMatrix
        let influence: [String: NodeInfluence]
        let centrality: CentralityReport
        let micmac: MICMACReport
        let communities: CommunityReport

        init(_ matrix: InteractionMatrix, weight: Double = 0.5) {
            self.matrix = matrix
            let report = Coherence.influence(of: matrix, options: InfluenceOptions(secondOrderWeight: weight))
            influence = Dictionary(uniqueKeysWithValues: report.nodes.map { ($0.id, $0) })
            centrality = Coherence.centrality(of: matrix)
            micmac = Coherence.micmac(of: matrix)
            communities = Coherence.communities(of: matrix, options: CommunityOptions(seed: 2026))
        }

        func graph(_ name: String, weight: Double = 0.5) -> Graph {
            var edges: [[Double]] = []
            for i in 0..<matrix.count {
                for e in matrix.row(i) { edges.append([Double(i), Double(matrix.columns[e]), matrix.values[e]]) }
            }
            return Graph(name: name, ids: matrix.ids, magnitude: matrix.magnitude, secondOrderWeight: weight,
                         edges: edges, katzAlpha: centrality.katzAlpha,
                         micmac: .init(layer: micmac.layer.rawValue, power: micmac.power),
                         partition: matrix.ids.map { communities.clusterOf[$0]! })
        }

        func node(_ i: Int) -> NodeInfluence { influence[matrix.ids[i]]! }
        func micmacNode(_ i: Int) -> MICMACNode { micmac.nodes.first { $0.id == matrix.ids[i] }! }
    }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }

    func expectClose(_ swift: [Double], _ reference: [Double], _ what: String, _ graph: String,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(swift.count == reference.count, "\(graph) \(what): \(swift.count) values vs \(reference.count)",
                sourceLocation: sourceLocation)
        for (k, (a, b)) in zip(swift, reference).enumerated() where !Self.close(a, b) {
            Issue.record("\(graph) \(what)[\(k)]: Swift \(a) vs reference \(b)", sourceLocation: sourceLocation)
        }
    }

    /// Two experts with random scores, so cells hold means such as 2.5 (betweenness lengths round(2s/a) = 2.4 → 2).
    static func twoExpertMatrix(nodes n: Int, seed: UInt64) throws -> InteractionMatrix {
        var generator = SplitMix64(seed: seed)
        var judgements: [InteractionMatrix.Judgement] = []
        for i in 0..<n {
            for j in 0..<n where i != j && generator.uniform(below: 3) == 0 {
                for expert in 0..<2 where generator.uniform(below: 4) != 0 {
                    judgements.append(.init(expert: expert, from: i, to: j, score: Double(generator.uniform(below: 7) - 3)))
                }
            }
        }
        return try InteractionMatrix(ids: (0..<n).map { "t\($0)" }, experts: ["x", "y"], judgements: judgements)
    }

    @Test func agreesWithNetworkxAndNumpy() throws {
        let root = Self.repositoryRoot
        let python = root.appendingPathComponent(".venv/bin/python")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            Issue.record("""
                The cross-check needs the Python virtual environment \(python.path), which is missing. \
                Run `Scripts/setup.sh --python` from the repository root (`make test` does this) and test again.
                """)
            return
        }
        let matrices: [(String, InteractionMatrix)] = [
            ("hand", try InfluenceTests.handMatrix()),
            ("tie", try InteractionMatrix(ids: ["a", "b", "c"], rows: [[nil, 2, 1], [nil, nil, 2], [nil, nil, nil]])),
            ("oscillating", try InteractionMatrix(ids: ["a", "b", "c"], rows: [[nil, 1, 2], [2, nil, nil], [1, nil, nil]])),
            ("random40", try CommunitiesTests.randomMatrix(nodes: 40, seed: 40)),
            ("experts30", try Self.twoExpertMatrix(nodes: 30, seed: 30)),
        ]
        let computed = matrices.map { Computed($0.1) }
        var generator = SplitMix64(seed: 8)
        let pairs: [Request.Pair] = (0..<20).map { k in
            let n = 2 + k
            return .init(x: (0..<n).map { _ in Double(generator.uniform(below: 5)) },
                         y: (0..<n).map { _ in Double(generator.uniform(below: 5)) })
        } + [.init(x: [1, 2, 2, 3], y: [1, 3, 2, 3])]
        let request = Request(graphs: zip(matrices, computed).map { $1.graph($0.0) }, kendall: pairs)

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("coherence-crosscheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.json"), output = directory.appendingPathComponent("out.json")
        try JSONEncoder().encode(request).write(to: input)

        let run = try runProgram(python, [root.appendingPathComponent("Scripts/crosscheck/crosscheck.py").path, input.path, output.path],
                                 in: root)
        try #require(run.status == 0, "crosscheck.py failed: \(run.stderr)")
        let response = try JSONDecoder().decode(Response.self, from: Data(contentsOf: output))
        try #require(response.graphs.count == computed.count)

        for (reference, swift) in zip(response.graphs, computed) {
            let name = reference.name
            let n = swift.matrix.count
            let nodes = (0..<n).map(swift.node)
            expectClose(nodes.map(\.out), reference.out, "out", name)
            expectClose(nodes.map(\.positiveOut), reference.positiveOut, "positive out", name)
            expectClose(nodes.map(\.negativeOut), reference.negativeOut, "negative out", name)
            expectClose(nodes.map(\.in), reference.in, "in", name)
            expectClose(nodes.map(\.positiveIn), reference.positiveIn, "positive in", name)
            expectClose(nodes.map(\.negativeIn), reference.negativeIn, "negative in", name)
            expectClose(nodes.map(\.secondOrder), reference.secondOrder, "second order (A² row sums)", name)
            expectClose(nodes.map(\.secondOrder), reference.secondOrderLinear, "second order (A·(A·1))", name)
            expectClose(nodes.map(\.total), reference.total, "total", name)
            let c = swift.centrality.nodes
            expectClose(c.map(\.pageRankInfluenced), reference.pageRankInfluenced, "PageRank on A+", name)
            expectClose(c.map(\.pageRankInfluencing), reference.pageRankInfluencing, "PageRank on A+ transposed", name)
            expectClose(c.map(\.katzInfluenced), reference.katzInfluenced, "Katz on A+", name)
            expectClose(c.map(\.katzInfluenced), reference.katzInfluencedPower, "Katz on A+ (networkx power iteration)", name)
            expectClose(c.map(\.katzInfluencing), reference.katzInfluencing, "Katz on A+ transposed", name)
            expectClose(c.map(\.betweenness), reference.betweenness, "betweenness", name)
            expectClose([swift.centrality.spectralRadius], [reference.spectralRadius], "λmax", name)
            #expect(swift.centrality.spectralRadius >= reference.spectralRadius - 1e-12, "λmax must bound from above")
            let m = (0..<n).map(swift.micmacNode)
            expectClose(m.map(\.indirectInfluence), reference.micmacInfluence, "MICMAC influence", name)
            expectClose(m.map(\.indirectDependence), reference.micmacDependence, "MICMAC dependence", name)
            expectClose([swift.communities.modularity], [reference.modularity], "modularity", name)
        }
        for (k, (pair, tau)) in zip(pairs, response.kendall).enumerated() {
            let mine = KendallTau.tauB(pair.x, pair.y)
            #expect((mine == nil) == (tau == nil), "Kendall pair \(k)")
            if let mine, let tau { #expect(Self.close(mine, tau), "Kendall pair \(k): \(mine) vs scipy \(tau)") }
        }
    }
}
