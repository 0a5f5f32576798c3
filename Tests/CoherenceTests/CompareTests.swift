import Foundation
import Testing
@testable import Coherence

/// A two-domain plan: Economy owns 8.5, Environment owns 15.1 and 13.2 (scale −3…+3, s = 3,
/// threshold 1). `extra` is YAML appended to the actions list; `interactions` to the model.
private func plan(_ extra: String = "", jobs: String = "{\"8.5\": 2}", interactions: String = "") throws -> PolicyNetwork {
    try readModel("""
    coherence: 1
    name: Compare test
    language: en
    domains:
      - {id: eco, label: Economy, owns: ["8.5"]}
      - {id: env, label: Environment, owns: ["15.1", "13.2"]}
    actions:
      - {id: jobs, label: Jobs, domain: eco, budget: 100, targets: \(jobs), groups: {low-income: 1}}
    \(extra)
    \(interactions)
    """)
}

@Suite("Comparing two versions")
struct CompareTests {
    @Test("a trade-off appears when an action is added, and the cause is the new action")
    func tradeOffAppears() throws {
        let before = try plan()
        let after = try plan("  - {id: park, label: Business park, domain: eco, budget: 50, targets: {\"8.5\": 2, \"15.1\": -2}, groups: {low-income: 1}}")
        let c = compare(before, after)
        // park → 15.1 (Environment's): a direct trade-off of −2; Environment contributes nothing
        // to 15.1, so it is unmanaged.
        #expect(c.spillovers.compared)
        #expect(c.spillovers.changes.map(\.id) == ["park>15.1"])
        let change = try #require(c.spillovers.changes.first)
        #expect(change.kind == .new && change.effect == .tradeOff)
        #expect(change.strengthBefore == nil && change.strengthAfter == -2)
        #expect(change.managementAfter == .unmanaged && change.receivingDomains == ["env"])
        #expect(change.causes.map(\.kind) == [.actionAdded] && change.causes.map(\.subject) == ["park"])
        #expect(change.explanation.en.hasPrefix("New trade-off: ‘Business park’ (Economy) → target 15.1"))
        #expect(change.explanation.en.hasSuffix("because the action ‘Business park’ is new."))
        #expect(change.explanation.nl.hasPrefix("Nieuwe trade-off: ‘Business park’ (Economy) → subdoel 15.1"))
        #expect(c.spillovers.counts.newTradeOffs == 1 && c.spillovers.counts.resolvedTradeOffs == 0)
        #expect(c.spillovers.counts.unmanagedPairsBefore == 0 && c.spillovers.counts.unmanagedPairsAfter == 1)
        // The input diff: one action added with its two contributions (15.1 was in the network
        // already, through Environment's ownership, so no target is new).
        #expect(c.inputs.actions.map(\.action) == ["park"] && c.inputs.actions[0].change == .added)
        #expect(c.inputs.actions[0].contributions.map(\.id) == ["15.1", "8.5"])
        #expect(c.inputs.targets.isEmpty && c.inputs.ownership.isEmpty && c.inputs.interactions.isEmpty)
    }

    @Test("the same trade-off is resolved when the action is dropped")
    func tradeOffResolved() throws {
        let before = try plan("  - {id: park, label: Business park, domain: eco, targets: {\"15.1\": -2}, groups: {low-income: 1}}")
        let c = compare(before, try plan())
        let change = try #require(c.spillovers.changes.first)
        #expect(c.spillovers.changes.count == 1)
        #expect(change.kind == .resolved && change.strengthBefore == -2 && change.strengthAfter == nil)
        #expect(change.causes.map(\.kind) == [.actionRemoved])
        #expect(change.explanation.nl.contains("Opgeloste trade-off") && change.explanation.nl.hasSuffix("omdat de actie ‘Business park’ geschrapt is."))
        #expect(c.spillovers.counts.resolvedTradeOffs == 1)
    }

    @Test("a trade-off becomes managed when the receiving domain adds a compensating action", arguments: [
        (2.0, SpilloverChangeKind.newlyManaged, Management.managed),       // support 2 ≥ |−2|
        (1.0, SpilloverChangeKind.newlyPartlyManaged, Management.partly),  // 0 < support 1 < 2
    ])
    func compensatingAction(score: Double, kind: SpilloverChangeKind, management: Management) throws {
        let park = "  - {id: park, label: Business park, domain: eco, targets: {\"15.1\": -2}, groups: {low-income: 1}}\n"
        let before = try plan(park)
        let after = try plan(park + "  - {id: forest, label: Town forest, domain: env, targets: {\"15.1\": \(score)}, groups: {low-income: 1}}")
        let c = compare(before, after)
        // forest is Environment's own action on its own target: no spillover of its own; it changes
        // how park's trade-off on 15.1 is managed.
        #expect(c.spillovers.changes.map(\.id) == ["park>15.1"])
        let change = try #require(c.spillovers.changes.first)
        #expect(change.kind == kind && change.managementBefore == .unmanaged && change.managementAfter == management)
        #expect(change.strengthBefore == -2 && change.strengthAfter == -2)
        #expect(change.causes.map(\.subject) == ["forest"] && change.causes[0].kind == .actionAdded)
        #expect(change.explanation.en.contains("was unmanaged") && change.explanation.en.contains("the action ‘Town forest’ is new"))
    }

    @Test("an explicit mitigation makes a trade-off managed, and says so")
    func explicitMitigation() throws {
        let park = "  - {id: park, label: Business park, domain: eco, targets: {\"15.1\": -2}, groups: {low-income: 1}}\n"
        let before = try plan(park + "  - {id: buffer, label: Green buffer, domain: eco, targets: {\"8.5\": 1}, groups: {low-income: 1}}")
        let after = try plan(park + """
          - id: buffer
            label: Green buffer
            domain: eco
            targets: {"8.5": 1}
            groups: {low-income: 1}
            mitigates: [{action: park, target: "15.1"}]
        """)
        let c = compare(before, after)
        let change = try #require(c.spillovers.changes.first { $0.id == "park>15.1" })
        #expect(change.kind == .newlyManaged)
        #expect(change.causes.map(\.kind) == [.mitigation] && change.causes[0].subject == "buffer>park>15.1")
        #expect(change.explanation.en.contains("‘Green buffer’ now offsets the burden of ‘Business park’ on 15.1"))
        #expect(c.inputs.action("buffer")?.mitigationsAdded == ["park>15.1"])
    }

    @Test("a group goes from none to full when two actions start to benefit it")
    func groupNoneToFull() throws {
        // Every action states its group effects, so statuses are known in both versions.
        let before = try plan("  - {id: vote, label: Citizens' budget, domain: eco, targets: {\"8.5\": 1}, groups: {older-persons: 1}}")
        let after = try plan("""
          - {id: vote, label: Citizens' budget, domain: eco, targets: {"8.5": 1}, groups: {older-persons: 1, homeless: 1}}
          - {id: shelter, label: Night shelter, domain: eco, targets: {"8.5": 1}, groups: {homeless: 2}}
        """)
        let c = compare(before, after)
        // homeless: no benefit before (none); benefited by vote (+1) and shelter (+2), no burden (full).
        let group = try #require(c.lnob.groups.first { $0.group == "homeless" })
        #expect(group.statusBefore == LNOBStatus.none && group.statusAfter == .full && group.improved)
        #expect(group.benefitsBefore.isEmpty && Set(group.benefitsAfter) == ["vote", "shelter"])
        #expect(Set(group.causes.map(\.kind)) == [.groupEffect, .actionAdded])
        #expect(group.causes.contains { $0.kind == .groupEffect && $0.subject == "vote>homeless" })
        #expect(group.explanation.nl.hasPrefix("Dak- en thuislozen: van ‘geen’ naar ‘volledig’ (geholpen door 2 acties)"))
        // The "no benefit" gap of the group closed.
        #expect(c.lnob.gaps.contains { $0.change == .closed && $0.kind == .noBenefit && $0.group == "homeless" })
        #expect(c.lnob.statusCountsBefore["full"] != c.lnob.statusCountsAfter["full"])
    }

    @Test("a rescored cell is reported with the experts' means, and makes an indirect trade-off appear")
    func rescoredCell() throws {
        func version(_ a: Int, _ b: Int) throws -> PolicyNetwork {
            try plan(jobs: "{\"8.5\": 3}", interactions: """
            interactions:
              - {from: "8.5", to: "13.2", score: \(a), expert: a}
              - {from: "8.5", to: "13.2", score: \(b), expert: b}
              - {from: "8.5", to: "1.2", score: 1, expert: a}
            """)
        }
        // Before: mean (−1 + 0)/2 = −0.5; jobs → 8.5 → 13.2 has strength 3 · (−0.5) / 3 = −0.5, below
        // the threshold 1. After: mean −2; strength 3 · (−2) / 3 = −2: a new indirect trade-off.
        let c = compare(try version(-1, 0), try version(-2, -2))
        let cell = try #require(c.inputs.interactions.first)
        #expect(c.inputs.interactions.count == 1 && cell.from == "8.5" && cell.to == "13.2" && cell.change == .changed)
        #expect(cell.before == -0.5 && cell.after == -2)
        #expect(cell.expertsBefore.map(\.score) == [-1, 0] && cell.expertsAfter.map(\.score) == [-2, -2])
        #expect(cell.explanation.en == "The interaction 8.5 → 13.2 was rescored: from −0.5 to −2 (mean of 2 experts: −2, −2).")
        let change = try #require(c.spillovers.changes.first)
        #expect(c.spillovers.changes.map(\.id) == ["jobs>8.5>13.2"] && change.kind == .new && change.strengthAfter == -2)
        #expect(change.causes.map(\.kind) == [.interaction] && change.causes[0].subject == "8.5>13.2")
        #expect(change.explanation.nl.hasSuffix("omdat de wisselwerking 8.5 → 13.2 opnieuw gescoord is (van −0,5 naar −2)."))
        // A rescoring that keeps the mean's sign makes the same finding stronger: (−2, −1) → (−2, −2).
        let stronger = compare(try version(-2, -1), try version(-2, -2))
        // −1.5 → −2: |strength| 1.5 → 2.
        #expect(stronger.spillovers.changes.map(\.kind) == [.stronger])
        #expect(stronger.spillovers.changes.first?.strengthBefore == -1.5)
    }

    @Test("a contribution that changes sign reverses the finding")
    func reversed() throws {
        let c = compare(try plan(jobs: "{\"8.5\": 2, \"15.1\": -1}"), try plan(jobs: "{\"8.5\": 2, \"15.1\": 1}"))
        let change = try #require(c.spillovers.changes.first)
        #expect(change.kind == .reversed && change.effectBefore == .tradeOff && change.effectAfter == .coBenefit)
        #expect(change.causes.map(\.subject) == ["jobs>15.1"] && change.causes[0].kind == .contribution)
        #expect(c.inputs.actions.first?.contributions == [ScoreChange(id: "15.1", before: -1, after: 1, scopeBefore: .here, scopeAfter: .here)])
    }

    @Test("a rank shift in the influence ranking, with Kendall's tau-b worked out by hand")
    func rankShift() throws {
        func matrix(_ score: Int) throws -> PolicyNetwork {
            try readModel("""
            coherence: 1
            name: Ranks
            interactions:
              - {from: "1.2", to: "1.4", score: 2}
              - {from: "1.4", to: "3.4", score: \(score)}
              - {from: "3.4", to: "1.2", score: 1}
            """)
        }
        // total = out + 0.5 · Σ a_ik · out_k.
        // Before (1.4 → 3.4 = 1): 1.2: 2 + 0.5·2·1 = 3; 1.4: 1 + 0.5·1·1 = 1.5; 3.4: 1 + 0.5·1·2 = 2
        //   → ranks 1.2, 3.4, 1.4.
        // After (= 3): 1.2: 2 + 0.5·2·3 = 5; 1.4: 3 + 0.5·3·1 = 4.5; 3.4: 1 + 0.5·1·2 = 2 → 1.2, 1.4, 3.4.
        // τ_b over (3, 1.5, 2) and (5, 4.5, 2): pairs (1.2,1.4) and (1.2,3.4) concordant, (1.4,3.4)
        // discordant: (2 − 1)/3 = 1/3.
        let c = compare(try matrix(1), try matrix(3))
        let ranking = try #require(c.influence)
        #expect(abs((ranking.kendallTau ?? 0) - 1.0 / 3.0) < 1e-12 && ranking.commonNodes == 3)
        #expect(ranking.changes.map(\.id) == ["1.4", "3.4"])
        let rise = try #require(ranking.changes.first)
        #expect(rise.rankBefore == 3 && rise.rankAfter == 2 && rise.shift == 1 && rise.totalBefore == 1.5 && rise.totalAfter == 4.5)
        #expect(rise.causes.map(\.subject) == ["1.4>3.4"])
        #expect(rise.explanation.en.hasPrefix("Target 1.4 (") && rise.explanation.en.contains("rises from place 3 to 2"))
        #expect(ranking.changes[1].shift == -1)
    }

    @Test("clusters are matched greedily by their Jaccard overlap")
    func clusterMatching() throws {
        func member(_ id: String) -> ClusterMember { ClusterMember(id: id, label: id, kind: .target, internalStrength: 1, strength: 1) }
        func report(_ groups: [[String]]) -> CommunityReport {
            let clusters = groups.enumerated().map { Cluster(number: $0.offset + 1, members: $0.element.map(member), internalWeight: 1, externalWeight: 0) }
            return CommunityReport(layer: .positive, negativeScores: "", weight: "", method: "", seed: 7, resolution: 1, modularity: 0,
                                   levels: 1, clusters: clusters + [Cluster(number: 9, members: [member("16.7")], internalWeight: 0, externalWeight: 0)],
                                   clusterOf: [:])
        }
        let labels = ComparisonLabels(before: try plan(), after: try plan())
        let causes = CauseFinder(diff: inputDiff(from: try plan(), to: try plan()), labels: labels)
        // {1.2, 1.4, 3.4} vs {1.2, 1.4}: 2/3; vs {3.4, 7.2, 7.3}: 1/5. {7.2, 7.3} vs {3.4, 7.2, 7.3}: 2/3.
        // Ties at 2/3 go to the smaller earlier number: 1 ↔ 1, then 2 ↔ 2. Clusters of one do not count.
        let result = ClusterComparison.compare(report([["1.2", "1.4", "3.4"], ["7.2", "7.3"]]),
                                               report([["1.2", "1.4"], ["3.4", "7.2", "7.3"]]), causes: causes)
        #expect(result.clustersBefore == 2 && result.clustersAfter == 2 && result.unchanged == 0 && result.seed == 7)
        #expect(result.changes.map(\.before) == [1, 2] && result.changes.map(\.after) == [1, 2])
        #expect(result.changes[0].left == ["3.4"] && result.changes[0].joined.isEmpty && abs(result.changes[0].jaccard - 2.0 / 3.0) < 1e-12)
        #expect(result.changes[1].joined == ["3.4"] && result.changes[1].kept == ["7.2", "7.3"])
        // A cluster without any overlap is new; one left unmatched dissolved.
        let formed = ClusterComparison.compare(report([["1.2", "1.4"]]), report([["1.2", "1.4"], ["7.2", "7.3"]]), causes: causes)
        #expect(formed.unchanged == 1 && formed.changes.count == 1 && formed.changes[0].before == nil && formed.changes[0].joined == ["7.2", "7.3"])
    }

    @Test("nothing changes between a network and itself; the comparison survives JSON and gives one CSV row per change")
    func identityAndFormats() throws {
        let example = try BundledExample.network()
        let same = compare(example, example)
        #expect(same.inputs.isEmpty && same.spillovers.changes.isEmpty && same.lnob.groups.isEmpty && same.lnob.gaps.isEmpty)
        #expect(same.balance.changes.isEmpty && same.coverage.changes.isEmpty && same.rows.isEmpty)
        #expect(same.influence?.kendallTau == 1 && same.influence?.changes.isEmpty == true && same.micmac?.moves.isEmpty == true)

        let c = compare(example, try BundledExample.network(.revised2027))
        let data = try JSONEncoder().encode(c)
        #expect(try JSONDecoder().decode(Comparison.self, from: data) == c)
        let csv = c.csv(language: .nl, provenance: Provenance(inputs: ["a", "b"], inputHash: "h"))
        let lines = csv.split(separator: "\r\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(lines.count == c.rows.count + 1)
        #expect(lines.first == "section,change,subject,before,after,before_state,after_state,explanation,causes,tool_version,catalogue_version,input_hash")
    }

    @Test("the bundled plan one year on: what the 2027 revision changed, each with its cause")
    func bundledRevision() throws {
        let c = compare(try BundledExample.network(), try BundledExample.network(.revised2027))
        let actions = Dictionary(uniqueKeysWithValues: c.inputs.actions.map { ($0.action, $0.change) })
        #expect(actions == ["buurtbus": .added, "kouterveld": .removed, "stationsplein": .removed, "bedrijventerrein": .changed])
        #expect(c.inputs.action("bedrijventerrein")?.budgetBefore == 4_200_000 && c.inputs.action("bedrijventerrein")?.budgetAfter == 2_600_000)
        #expect(c.inputs.interactions.map(\.cell) == ["8.5>13.2"])
        // The rescored cell makes bedrijventerrein → 8.5 → 13.2 a trade-off: 2 · (−2) / 3 = −1.33.
        let park = try #require(c.spillovers.changes.first { $0.id == "bedrijventerrein>8.5>13.2" })
        #expect(park.kind == .new && abs((park.strengthAfter ?? 0) + 4.0 / 3.0) < 1e-9 && park.causes.map(\.kind) == [.interaction])
        // Night workers: the new bus benefits them and offsets the bus network's severe burden.
        let night = try #require(c.lnob.groups.first { $0.group == "nachtwerkers" })
        #expect(night.statusBefore == .partial && night.statusAfter == .full)
        #expect(c.spillovers.changes.filter { $0.kind == .resolved }.allSatisfy { $0.action == "kouterveld" || $0.action == "stationsplein" })
        // Every change has a sentence in both languages.
        #expect(c.rows.allSatisfy { !$0.explanation.nl.isEmpty && !$0.explanation.en.isEmpty })
    }
}
