import Foundation
import Testing
@testable import Coherence

@Suite("Batch analysis")
struct BatchAnalysisTests {
    /// Two domains: `a` owns 1.1, `b` owns 2.1. Action `x` of domain `a` contributes +2 to 2.1
    /// (owned by `b`: one direct spillover, a co-benefit) and −1 to 1.1 (its own target: no
    /// spillover). No matrix, so no indirect spillovers and no influence ranking.
    /// Coverage: 2.1 covered, 1.1 only contradicted → 1 target and 1 goal (SDG 2) covered.
    static func handBuilt() throws -> PolicyNetwork {
        var builder = PolicyNetworkBuilder(name: "Hand", language: .en)
        builder.addDomain(id: "a", label: "A")
        builder.addDomain(id: "b", label: "B")
        builder.addOwnership(domain: "a", of: "1.1")
        builder.addOwnership(domain: "b", of: "2.1")
        builder.addAction(ActionDeclaration(id: "x", label: "X", domain: "a", budget: 1000))
        builder.addContribution(action: "x", to: "2.1", score: 2)
        builder.addContribution(action: "x", to: "1.1", score: -1)
        return try builder.build()
    }

    @Test func summaryOfAHandBuiltModel() throws {
        let row = BatchAnalysis.summarize(try Self.handBuilt(), input: "hand")
        #expect(row.succeeded)
        #expect(row.model == "Hand")
        #expect(row.domains == 2 && row.actions == 1 && row.contributions == 2 && row.interactions == 0)
        #expect(row.directSpillovers == 1)
        #expect(row.indirectSpillovers == 0)
        #expect(row.coBenefits == 1)
        #expect(row.tradeOffs == 0)
        #expect(row.unmanagedTradeOffs == 0)
        #expect(row.topInfluence.isEmpty && row.strongNegativeLinks == nil)
        #expect(row.targetsCovered == 1)
        #expect(row.goalsCovered == 1)
        #expect(row.budget == 1000)
    }

    @Test func threeGeneratedModelsAndABrokenFile() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var inputs: [String] = []
        var expectedActions: [Int] = []
        for (seed, actions) in [(1, 20), (2, 35), (3, 50)] {
            let model = try SyntheticModel(options: SyntheticModelOptions(targets: 40, actions: actions, domains: 5,
                                                                          seed: UInt64(seed)))
            let url = directory.appendingPathComponent("model-\(seed).yaml")
            try Data(model.yaml().utf8).write(to: url)
            inputs.append(url.path)
            expectedActions.append(actions)
        }
        let broken = directory.appendingPathComponent("broken.yaml")
        try Data("name: [unclosed\nactions: {".utf8).write(to: broken)
        inputs.insert(broken.path, at: 1)
        let missing = directory.appendingPathComponent("missing.yaml").path
        inputs.append(missing)

        let progress = Counter()
        let rows = await BatchAnalysis.run(inputs, width: 2) { done, total in progress.record(done, total) }
        #expect(rows.map(\.input) == inputs)
        #expect(rows.map(\.succeeded) == [true, false, true, true, false])
        #expect(rows[1].error?.isEmpty == false)
        #expect(rows[4].error?.contains("does not exist") == true)
        #expect([rows[0], rows[2], rows[3]].map(\.actions) == expectedActions)
        #expect(progress.calls == 5)

        // A successful row matches the analyses run directly.
        let network = try BatchAnalysis.load(inputs[0])
        let ranking = influence(in: network).nodes.sorted { $0.rank < $1.rank }.prefix(3).map(\.id)
        #expect(rows[0].topInfluence == ranking)
        #expect(rows[0].targets == 40)
        let report = try spillovers(in: network, options: SpilloverOptions(detail: .aggregateOnly))
        #expect(rows[0].directSpillovers == report.counts.direct)
        #expect(rows[0].countShareByDimension.count == 3)
        #expect(abs(rows[0].countShareByDimension.reduce(0, +) - 1) < 1e-9)

        // The CSV has a header and one row per input, every row as wide as the header.
        let csv = BatchSummary.csv(rows)
        let lines = csv.split(separator: "\r\n")
        #expect(lines.count == 6)
        for row in rows { #expect(row.csvCells.count == BatchSummary.csvHeader.count) }
        #expect(lines[2].contains(",error,"))
        let nl = BatchSummary.csv(rows, dialect: .excelNL)
        #expect(nl.hasPrefix("\u{FEFF}input;model;status"))
    }
}

/// Counts progress calls from any thread.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func record(_ done: Int, _ total: Int) { lock.lock(); count += 1; lock.unlock() }
    var calls: Int { lock.lock(); defer { lock.unlock() }; return count }
}
