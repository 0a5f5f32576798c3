import Foundation
import Testing
@testable import Coherence

@Suite("ZZSpillPerfScratch")
struct ZZSpillPerfScratch {
    @Test func big() throws {
        var rng = SystemRandomNumberGenerator()
        var g = UInt64(12345)
        func next() -> UInt64 { g = g &* 6364136223846793005 &+ 1442695040888963407; return g >> 33 }
        _ = rng
        let targets = SDGCatalogue.standard.targets.map(\.id)
        var b = PolicyNetworkBuilder(name: "big", language: .en)
        for d in 0..<20 { b.addDomain(id: "d\(d)", label: "D\(d)") }
        for (i, t) in targets.enumerated() { b.addOwnership(domain: "d\(i % 20)", of: t) }
        let scores: [Double] = [-3, -2, -1, 1, 2, 3]
        for i in targets.indices { for j in targets.indices where i != j && next() % 100 < 30 {
            b.addJudgement(InteractionJudgement(expert: "a", from: targets[i], to: targets[j], score: scores[Int(next() % 6)]))
        } }
        for a in 0..<5000 {
            b.addAction(ActionDeclaration(id: "a\(a)", label: "Action \(a)", domain: "d\(a % 20)"))
            var used = Set<Int>()
            while used.count < 8 { used.insert(Int(next() % UInt64(targets.count))) }
            for t in used { b.addContribution(action: "a\(a)", to: targets[t], score: scores[Int(next() % 6)]) }
        }
        var clock = ContinuousClock.now
        let network = try b.build()
        print("build", ContinuousClock.now - clock, network.edges.count)
        clock = ContinuousClock.now
        let lean = try SpilloverAnalysis.run(network, options: SpilloverOptions(detail: .aggregateOnly, pathLimit: 100_000_000))
        print("aggregateOnly", ContinuousClock.now - clock, lean.counts)
        clock = ContinuousClock.now
        let opts = SpilloverOptions(pathLimit: 100_000_000)
        var engine = SpilloverEngine(network: network, options: opts, threshold: 1, language: .en, domainFilter: nil)
        try engine.run()
        print("full enumerate", ContinuousClock.now - clock)
        clock = ContinuousClock.now
        let names = SpilloverEngine.Names(ids: network.nodes.map(\.id), labels: network.nodes.map(\.label), domainIDs: engine.owners.domains.map { network.nodes[$0].id }, domainLabels: engine.owners.domains.map { network.nodes[$0].label })
        let ids = engine.raw.map { engine.id(of: $0, names: names) }
        print("ids", ContinuousClock.now - clock)
        clock = ContinuousClock.now
        let order = engine.raw.indices.sorted { a, b in abs(engine.raw[a].strength) > abs(engine.raw[b].strength) || (abs(engine.raw[a].strength) == abs(engine.raw[b].strength) && ids[a] < ids[b]) }
        print("sort", ContinuousClock.now - clock)
        clock = ContinuousClock.now
        var out: [Spillover] = []
        for k in order.prefix(200_000) { out.append(engine.materialise(engine.raw[k], id: ids[k], status: nil, names: names)) }
        print("materialise 200k", ContinuousClock.now - clock)
        clock = ContinuousClock.now
        let full = engine.report(parameters: .init(threshold: 1, maxLength: 2, scaleMagnitude: 3, language: .en, detail: .full, pathLimit: 1), coAddressed: [])
        print("full report", ContinuousClock.now - clock, full.findings.count)
        clock = ContinuousClock.now
        if false { let three = try SpilloverAnalysis.run(network, options: SpilloverOptions(maxLength: 3, detail: .aggregateOnly, pathLimit: 1_000_000_000))
        print("three aggregateOnly", ContinuousClock.now - clock, three.counts) }
    }
}
