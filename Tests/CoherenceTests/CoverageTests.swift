import Foundation
import Testing
@testable import Coherence

/// Tests of the coverage analysis on a plan that touches exactly two goals — SDG 11 through targets,
/// SDG 3 only at goal level — and on the bundled example.
@Suite("Coverage")
struct CoverageTests {
    /// - a1 (€ 1000, domain `city` owns 11.2): 11.2 +2, 11.6 −1 → all € 1000 to 11.2
    /// - a2 (€ 400): SDG3 +1 (goal level only) → € 400 to SDG3
    /// - a3 (€ 600): 11.1 −2 only → no budget split
    /// - a4 (€ 50): no contribution at all
    /// - domain `health` owns SDG3 (so 3.4, never mentioned, is owned through its goal)
    static func twoGoals() throws -> PolicyNetwork {
        var builder = PolicyNetworkBuilder(name: "two goals", language: .en)
        builder.addDomain(id: "city", label: "City")
        builder.addDomain(id: "health", label: "Health")
        builder.addOwnership(domain: "city", of: "11.2")
        builder.addOwnership(domain: "health", of: "SDG3")
        builder.addAction(ActionDeclaration(id: "a1", label: "A1", domain: "city", budget: 1000))
        builder.addAction(ActionDeclaration(id: "a2", label: "A2", domain: "health", budget: 400))
        builder.addAction(ActionDeclaration(id: "a3", label: "A3", domain: "city", budget: 600))
        builder.addAction(ActionDeclaration(id: "a4", label: "A4", domain: "city", budget: 50))
        builder.addContribution(action: "a1", to: "11.2", score: 2)
        builder.addContribution(action: "a1", to: "11.6", score: -1)
        builder.addContribution(action: "a2", to: "SDG3", score: 1)
        builder.addContribution(action: "a3", to: "11.1", score: -2)
        return try builder.build()
    }

    @Test func targetLevelGoal() throws {
        let report = coverageAnalysis(in: try Self.twoGoals())
        #expect(report.goals.count == 17)
        let g11 = try #require(report.goal(11))
        #expect(g11.status == .covered)
        #expect(!g11.coveredAtGoalLevelOnly)
        #expect((g11.targetsCovered, g11.targetsOnlyContradicted, g11.targetsNotAddressed) == (1, 2, 7))
        let byID = Dictionary(uniqueKeysWithValues: g11.targets.map { ($0.target, $0) })
        #expect(byID["11.2"]?.status == .covered)
        #expect(byID["11.2"]?.positiveActions == ["a1"])
        #expect(byID["11.2"]?.owners == ["city"])
        #expect(byID["11.2"]?.budget == 1000)
        #expect(byID["11.6"]?.status == .onlyContradicted)
        #expect(byID["11.6"]?.negativeActions == ["a1"])
        #expect(byID["11.1"]?.status == .onlyContradicted)
        #expect(byID["11.1"]?.owners == [])
        #expect(byID["11.a"]?.status == .notAddressed)
        #expect(g11.owners == ["city"])
        #expect(g11.budget == 1000)
        #expect(g11.summary == "SDG 11: 1 of 10 targets covered, 2 only contradicted, € 1,000")
    }

    @Test func goalLevelOnlyGoal() throws {
        let report = coverageAnalysis(in: try Self.twoGoals())
        let g3 = try #require(report.goal(3))
        #expect(g3.status == .covered)
        #expect(g3.coveredAtGoalLevelOnly)
        #expect(g3.targetsCovered == 0)
        #expect(g3.targetsNotAddressed == 13)
        #expect(g3.goalLevelPositiveActions == ["a2"])
        #expect(g3.budget == 400)
        #expect(g3.owners == ["health"])
        // 3.4 is not in the network: owned through its goal's ownership
        #expect(g3.targets.first { $0.target == "3.4" }?.owners == ["health"])
        #expect(g3.summary == "SDG 3: covered at goal level, target unspecified (1 action), € 400")
    }

    @Test func untouchedGoalsActionsAndTotals() throws {
        let report = coverageAnalysis(in: try Self.twoGoals())
        let untouched = report.goals.filter { $0.goal != 3 && $0.goal != 11 }
        #expect(untouched.count == 15)
        #expect(untouched.allSatisfy { $0.status == .notAddressed && $0.budget == 0 })
        #expect(report.goal(1)?.summary == "SDG 1: not addressed")
        #expect(report.goalsCovered == 2)
        #expect(report.targetsCovered == 1)
        #expect(report.targetsOnlyContradicted == 2)
        #expect(report.unownedTargets == ["11.1", "11.6"])
        #expect(report.budget == 1400)     // a1 + a2; a3 has no positive contribution, a4 none at all
        #expect(report.actionsTouchingNoTarget.map(\.action) == ["a2", "a4"])
        #expect(report.actionsTouchingNoTarget.first?.goals == ["SDG3"])
        #expect(report.actionsTouchingNoTarget.last?.goals == [])
        #expect(report.restricted(toGoal: 11).goals.map(\.goal) == [11])
    }

    @Test func unownedGoalAndDutchSummary() throws {
        var builder = PolicyNetworkBuilder(name: "nl", language: .nl)
        builder.addDomain(id: "d", label: "D")
        builder.addAction(ActionDeclaration(id: "a", label: "A", domain: "d", budget: 3_200_000))
        builder.addAction(ActionDeclaration(id: "b", label: "B", domain: "d"))
        builder.addAction(ActionDeclaration(id: "c", label: "C", domain: "d"))
        builder.addContribution(action: "a", to: "11.6", score: 1)
        builder.addContribution(action: "b", to: "SDG11", score: 1)
        builder.addContribution(action: "c", to: "SDG11", score: 2)
        let report = coverageAnalysis(in: try builder.build())
        #expect(report.goal(11)?.summary == "SDG 11: 1 van 10 targets gedekt, € 3,2 mln, op doelniveau getagd door 2 acties, geen domein verantwoordelijk")
        #expect(report.goal(11)?.name == "Duurzame steden en gemeenschappen")
        let english = coverageAnalysis(in: try builder.build(), language: .en)
        #expect(english.goal(11)?.summary == "SDG 11: 1 of 10 targets covered, € 3.2 M, tagged at goal level by 2 actions, no domain responsible")
    }

    @Test func bundledExample() throws {
        let report = coverageAnalysis(in: try BundledExample.network())
        #expect(report.goal(14)?.status == .notAddressed)
        #expect(report.goalsCovered == 16)
        #expect(report.goal(11)?.targetsCovered == 7)
        // the goals owned by nobody in the example (Models/example.yaml: 2.1, 2.4, 3.9, 8.7, 8.8, 12.3, 15.2, 16.1 are unowned)
        #expect(report.unownedTargets == ["2.1", "2.4", "3.9", "8.7", "8.8", "12.3", "15.2", "16.1"])
        #expect(report.goal(2)?.owners == [])
        // sdg-werking tags SDG16 and SDG17 only: it touches no target
        #expect(report.actionsTouchingNoTarget.contains { $0.action == "sdg-werking" && $0.goals == ["SDG16", "SDG17"] })
        // zonnepanelen tags SDG7 and 7.2: the goal tag counts once (through 7.2), so it is not goal-level for SDG 7
        #expect(report.goal(7)?.goalLevelPositiveActions == [])
        #expect(abs(report.goals.reduce(0) { $0 + $1.budget } + 136_000 - report.budget) < 1e-6)   // custom objective gets 136 000
    }
}
