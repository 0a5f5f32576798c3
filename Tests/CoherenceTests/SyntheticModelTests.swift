import Foundation
import Testing
@testable import Coherence

@Suite("Synthetic models")
struct SyntheticModelTests {
    static let small = SyntheticModelOptions(targets: 20, objectives: 2, actions: 30, domains: 4,
                                             interactionDensity: 0.3, contributionsPerAction: 3, groups: 5, seed: 7)

    @Test func sameSeedGivesSameBytes() throws {
        let a = try SyntheticModel(options: Self.small)
        let b = try SyntheticModel(options: Self.small)
        #expect(try a.yaml() == b.yaml())
        #expect(a.planCSV() == b.planCSV())
        #expect(a.matrixCSV() == b.matrixCSV())
        #expect(a.ownershipCSV() == b.ownershipCSV())
        var other = Self.small
        other.seed = 8
        let c = try SyntheticModel(options: other)
        #expect(c.planCSV() != a.planCSV())
        #expect(c.matrixCSV() != a.matrixCSV())
    }

    @Test func countsAreAsAsked() throws {
        let model = try SyntheticModel(options: Self.small)
        let network = try model.network()
        let nodes = network.nodeCounts, edges = network.edgeCounts
        #expect(nodes[.target] == 20)
        #expect(nodes[.objective] == 2)
        #expect(nodes[.domain] == 4)
        #expect(nodes[.action] == 30)
        // 30 actions × 3 contributions each, to distinct elements.
        #expect(edges[.contribution] == 90)
        #expect(model.contributionCount == 90)
        // Every element is owned by exactly one domain: 22 elements over 4 domains = 6, 6, 5, 5.
        #expect(edges[.ownership] == 22)
        #expect(model.owned.map(\.count).sorted() == [5, 5, 6, 6])
        let drawn = model.elements.indices.reduce(0) { $0 + model.interactions(row: $1).count }
        #expect(edges[.interaction] == drawn)
        // 22 × 21 = 462 ordered pairs at 30 %: expect about 139; allow a wide band.
        #expect((90...190).contains(drawn))
        #expect(network.experts == ["synthetic"])
        // Group effects only on the first five catalogue groups.
        let groups = Set(network.edges(of: .groupEffect).map { network.nodes[$0.to].id })
        #expect(groups.isSubset(of: Set(SDGCatalogue.standard.groups.prefix(5).map(\.id))))
        // Every score is a non-zero integer on the scale.
        for edge in network.edges(of: .contribution) {
            let s = try #require(edge.score)
            #expect(s != 0 && abs(s) <= 3 && s == s.rounded())
        }
    }

    @Test func densityExtremes() throws {
        var options = SyntheticModelOptions(targets: 10, actions: 5, domains: 2, interactionDensity: 0, seed: 3)
        #expect(try SyntheticModel(options: options).network().edgeCounts[.interaction] ?? 0 == 0)
        options.interactionDensity = 1
        // Full density: every ordered pair of 10 targets, 10 × 9 = 90.
        #expect(try SyntheticModel(options: options).network().edgeCounts[.interaction] == 90)
    }

    @Test func allTargetsInCatalogueOrder() throws {
        let model = try SyntheticModel(options: SyntheticModelOptions(targets: 169, actions: 3, domains: 20))
        #expect(model.elements == SDGCatalogue.standard.targets.map(\.id))
    }

    @Test func planCSVReadsBackAsTheSameModel() throws {
        var options = Self.small
        options.objectives = 0
        let model = try SyntheticModel(options: options)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("synthetic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let plan = directory.appendingPathComponent("plan.csv")
        let ownership = directory.appendingPathComponent("ownership.csv")
        let matrix = directory.appendingPathComponent("matrix.csv")
        try model.writePlanCSV(to: plan)
        try Data(model.ownershipCSV().utf8).write(to: ownership)
        try Data(model.matrixCSV().utf8).write(to: matrix)
        // The streamed file holds the same bytes as the in-memory plan.
        #expect(try String(contentsOf: plan, encoding: .utf8) == model.planCSV())
        #expect(model.planCSV().split(separator: "\r\n").count == 31)   // header + 30 actions

        let read = try #require(try ActionPlanReader.networkIfPlan(paths: [plan.path, ownership.path, matrix.path]))
        let built = try model.network()
        #expect(read.nodeCounts[.action] == 30)
        #expect(read.edgeCounts[.contribution] == built.edgeCounts[.contribution])
        #expect(read.edgeCounts[.interaction] == built.edgeCounts[.interaction])
        #expect(read.edgeCounts[.groupEffect] == built.edgeCounts[.groupEffect])
        #expect(read.edgeCounts[.ownership] == built.edgeCounts[.ownership])
        #expect(Set(read.indices(of: .domain).map { read.nodes[$0].id }) == Set(model.domainIDs))
        // The same spillovers either way.
        let a = try spillovers(in: read, options: SpilloverOptions(detail: .aggregateOnly))
        let b = try spillovers(in: built, options: SpilloverOptions(detail: .aggregateOnly))
        #expect(a.counts == b.counts)
    }

    @Test func outOfRangeOptionsAreAllReported() {
        let options = SyntheticModelOptions(targets: 170, actions: 0, interactionDensity: 1.5)
        #expect(throws: InputError.self) { try SyntheticModel(options: options) }
        do {
            _ = try SyntheticModel(options: options)
        } catch {
            #expect(error.errors.count == 3)
        }
    }
}
