import Foundation
import Testing
@testable import Coherence

/// Tests of the balance analysis: the catalogue baseline, a tiny plan worked out by hand (budget split
/// included), leans and statements, and the bundled example cross-checked against an independent count.
@Suite("Balance")
struct BalanceTests {
    /// The tiny plan (English):
    /// - a1 (€ 3000): 13.2 +2 (environmental, Planet, biosphere), 1.2 +1 (social, People, society)
    ///   → split 3000·2/3 = 2000 to 13.2, 1000 to 1.2
    /// - a2 (€ 300): SDG8 +3 (goal-level: Prosperity → economic, economy), 15.1 −2 (negative: no budget)
    ///   → 300 to SDG8
    /// - a3 (no budget): 7.2 +1 (environmental, Prosperity, society) → 0
    /// - a4 (€ 500): only 8.3 −1 → not split (budget without positive contribution)
    /// - a5 (€ 200): SDG16 +2 (goal-level Peace → governance, kept apart) → 200
    /// - a6 (€ 100): SDG1 +1 and 1.2 +2 → the goal tag counts once, through 1.2: 100 to 1.2
    static func tinyPlan(language: Language = .en) throws -> PolicyNetwork {
        var builder = PolicyNetworkBuilder(name: "tiny", language: language)
        builder.addDomain(id: "d", label: "D")
        let budgets: [Double?] = [3000, 300, nil, 500, 200, 100]
        for (i, budget) in budgets.enumerated() {
            builder.addAction(ActionDeclaration(id: "a\(i + 1)", label: "A\(i + 1)", domain: "d", budget: budget))
        }
        builder.addContribution(action: "a1", to: "13.2", score: 2)
        builder.addContribution(action: "a1", to: "1.2", score: 1)
        builder.addContribution(action: "a2", to: "SDG8", score: 3)
        builder.addContribution(action: "a2", to: "15.1", score: -2)
        builder.addContribution(action: "a3", to: "7.2", score: 1)
        builder.addContribution(action: "a4", to: "8.3", score: -1)
        builder.addContribution(action: "a5", to: "SDG16", score: 2)
        builder.addContribution(action: "a6", to: "SDG1", score: 1)
        builder.addContribution(action: "a6", to: "1.2", score: 2)
        return try builder.build()
    }

    @Test func catalogueBaselines() {
        #expect(BalanceClassification.baseline(.fiveP) == ["people": 47, "prosperity": 45, "planet": 46, "peace": 12, "partnership": 19])
        #expect(BalanceClassification.baseline(.dimension) == ["social": 73, "economic": 47, "environmental": 49])
        // goals 6 (8 targets) + 13 (5) + 14 (10) + 15 (12) = 35; 1,2,3,4,5,7,11,16 = 7+8+13+10+9+5+10+12 = 74;
        // 8, 9, 10, 12 = 12+8+10+11 = 41; 17 = 19.
        #expect(BalanceClassification.baseline(.weddingCake) == ["biosphere": 35, "society": 74, "economy": 41, "partnership": 19])
        for lens in BalanceLensKind.allCases {
            #expect(BalanceClassification.baseline(lens).values.reduce(0, +) == 169)
        }
    }

    @Test func budgetSplitOfTheTinyPlan() throws {
        let network = try Self.tinyPlan()
        let split = BudgetSplit(network)
        let parts = split.parts.map { (network.nodes[$0.action].id, network.nodes[$0.node].id, $0.amount) }
        #expect(parts.map(\.0) == ["a1", "a1", "a2", "a3", "a5", "a6"])
        #expect(parts.map(\.1) == ["1.2", "13.2", "SDG8", "7.2", "SDG16", "1.2"])
        #expect(parts.map(\.2) == [1000, 2000, 300, 0, 200, 100])
        #expect(split.allocated == 3600)        // 3000 + 300 + 200 + 100
        #expect(split.unallocated == 500)       // a4
        #expect(split.actionsWithoutBudget.map { network.nodes[$0].id } == ["a3"])
    }

    @Test func tinyPlanByHand() throws {
        let report = balanceAnalysis(in: try Self.tinyPlan())
        #expect(report.positiveCount == 6)
        #expect(report.positiveScore == 11)          // 2 + 1 + 3 + 1 + 2 + 2
        #expect(report.budget == 3600)
        #expect(report.budgetWithoutPositiveContribution == 500)
        #expect(report.actionsWithoutBudget == ["a3"])
        #expect(report.negativeCount == 2)
        #expect(report.negativeScore == -3)

        let dimension = try #require(report.lens(.dimension))
        #expect(dimension.classes.map(\.id) == ["social", "economic", "environmental", "governance"])
        let social = dimension.classes[0], economic = dimension.classes[1]
        let environmental = dimension.classes[2], governance = dimension.classes[3]
        // social: 1.2 twice → 2 contributions, 1 + 2 = 3, € 1000 + 100 = 1100
        #expect((social.count, social.score, social.budget) == (2, 3, 1100))
        // economic: SDG8 → 1, 3, € 300; negative 8.3 −1 beside
        #expect((economic.count, economic.score, economic.budget) == (1, 3, 300))
        #expect((economic.negativeCount, economic.negativeScore) == (1, -1))
        // environmental: 13.2 and 7.2 → 2, 3, € 2000; negative 15.1 −2 beside
        #expect((environmental.count, environmental.score, environmental.budget) == (2, 3, 2000))
        #expect((environmental.negativeCount, environmental.negativeScore) == (1, -2))
        // governance (SDG16 at goal level): 1, 2, € 200, no baseline
        #expect((governance.count, governance.score, governance.budget) == (1, 2, 200))
        #expect(governance.baselineShare == nil)
        #expect(governance.countLean == .notComparable)

        // shares: count 2/6, 1/6, 2/6; budget 1100/3600, 300/3600, 2000/3600
        #expect(abs(social.countShare - 2.0 / 6.0) < 1e-12)
        #expect(abs(environmental.budgetShare - 2000.0 / 3600.0) < 1e-12)
        #expect(abs((social.baselineShare ?? 0) - 73.0 / 169.0) < 1e-12)
        // leans by count: 0.333/0.432 = 0.77, 0.167/0.278 = 0.60, 0.333/0.290 = 1.15 → all in line
        #expect([social.countLean, economic.countLean, environmental.countLean] == [.inLine, .inLine, .inLine])
        // leans by budget: 0.306/0.432 = 0.71 in line, 0.083/0.278 = 0.30 under, 0.556/0.290 = 1.92 over
        #expect([social.budgetLean, economic.budgetLean, environmental.budgetLean] == [.inLine, .under, .over])
        #expect(dimension.statements.count == "The plan roughly follows the SDGs' own spread over social, economic and environmental goals.")
        #expect(dimension.statements.budget == "The plan puts its weight on environmental goals; social and economic goals get less attention than in the SDGs.")
        #expect(report.statement == dimension.statements.count)

        let fiveP = try #require(report.lens(.fiveP))
        let byID = Dictionary(uniqueKeysWithValues: fiveP.classes.map { ($0.id, $0) })
        // People: 1.2 ×2 (€ 1100); Prosperity: SDG8 + 7.2 (€ 300 + 0); Planet: 13.2 (€ 2000); Peace: SDG16 (€ 200)
        #expect(byID["people"].map { ($0.count, $0.budget) }! == (2, 1100))
        #expect(byID["prosperity"].map { ($0.count, $0.score, $0.budget) }! == (2, 4, 300))
        #expect(byID["planet"].map { ($0.count, $0.budget, $0.negativeCount) }! == (1, 2000, 1))
        #expect(byID["peace"].map { ($0.count, $0.budget) }! == (1, 200))
        #expect(byID["partnership"].map(\.count) == 0)
        #expect(byID["peace"]?.baselineTargets == 12)

        let cake = try #require(report.lens(.weddingCake))
        // society: 1.2, 1.2, 7.2, SDG16; biosphere: 13.2; economy: SDG8
        #expect(cake.classes.map(\.count) == [1, 4, 1, 0])
    }

    @Test func dutchStatements() throws {
        let report = balanceAnalysis(in: try Self.tinyPlan(language: .nl))
        let dimension = try #require(report.lens(.dimension))
        #expect(dimension.statements.budget == "Het plan legt het zwaartepunt bij milieudoelen; sociale en economische doelen krijgen minder aandacht dan in de SDG's.")
        #expect(dimension.classes.first?.label == "sociaal")
    }

    @Test func underWithoutOver() throws {
        // 3 social (1.2, 1.3, 4.1), 2 environmental (13.2, 15.1), 0 economic, 1 goal-level Peace (SDG16), by count:
        // social 3/6 = 0.5 vs 73/169 = 0.432 → 1.16; environmental 2/6 vs 49/169 → 1.15; economic 0 → under.
        var builder = PolicyNetworkBuilder(name: "under", language: .nl)
        builder.addDomain(id: "d", label: "D")
        builder.addAction(ActionDeclaration(id: "a", label: "A", domain: "d"))
        for target in ["1.2", "1.3", "4.1", "13.2", "15.1", "SDG16"] { builder.addContribution(action: "a", to: target, score: 1) }
        let report = balanceAnalysis(in: try builder.build())
        let dimension = try #require(report.lens(.dimension))
        #expect(dimension.classes.map(\.countLean) == [.inLine, .under, .inLine, .notComparable])
        #expect(dimension.statements.count == "Economische doelen krijgen veel minder aandacht dan in de SDG's; het plan legt meer nadruk op sociale doelen en milieudoelen.")
        // no budget anywhere: nothing to compare
        #expect(dimension.classes.allSatisfy { $0.budgetLean == .notComparable })
        #expect(dimension.statements.budget.hasPrefix("Het plan geeft geen budget"))
        let fiveP = try #require(report.lens(.fiveP))
        // People 3/6 = 0.5 vs 47/169 = 0.278 → 1.8 over; Planet 2/6 = 0.333 vs 0.272 → in line but above;
        // Prosperity 0 and Partnership 0 under; Peace 1/6 = 0.167 vs 0.071 → 2.3 over.
        #expect(fiveP.statements.count == "Het plan legt het zwaartepunt bij People- en Peace-doelen; Prosperity- en Partnership-doelen krijgen minder aandacht dan in de SDG's.")
    }

    @Test func emptyPlanHasNoSpread() throws {
        var builder = PolicyNetworkBuilder(name: "empty", language: .en)
        builder.addDomain(id: "d", label: "D")
        builder.addAction(ActionDeclaration(id: "a", label: "A", domain: "d", budget: 100))
        builder.addContribution(action: "a", to: "15.1", score: -2)
        let report = balanceAnalysis(in: try builder.build())
        #expect(report.positiveCount == 0)
        #expect(report.budget == 0)
        #expect(report.budgetWithoutPositiveContribution == 100)
        #expect(report.statement == "The plan has no positive contributions to the SDGs: there is no spread to measure.")
        #expect(report.lens(.dimension)?.classes.first { $0.id == "environmental" }?.negativeScore == -2)
    }

    /// The figures of the bundled example, cross-checked by an independent script over Models/example.yaml
    /// and the catalogue (PyYAML; same rules: goal tag dropped next to a target of its goal, budget split by score).
    @Test func bundledExample() throws {
        let report = balanceAnalysis(in: try BundledExample.network())
        #expect(report.positiveCount == 147)
        #expect(report.positiveScore == 205)
        #expect(report.budget == 49_060_000)
        #expect(report.budgetWithoutPositiveContribution == 0)
        #expect(report.actionsWithoutBudget == ["zorgwonen", "schuldafbouw", "aankoopbeleid"])
        #expect(report.negativeCount == 21)
        #expect(report.negativeScore == -24)
        let dimension = try #require(report.lens(.dimension))
        let figures = dimension.classes.map { ($0.id, $0.count, $0.score, $0.budget.rounded(), $0.negativeCount, $0.negativeScore) }
        let expected: [(String, Int, Double, Double, Int, Double)] = [
            ("social", 84, 117, 31_017_905, 4, -5), ("economic", 17, 24, 6_907_167, 2, -2),
            ("environmental", 40, 58, 10_948_929, 14, -16), ("governance", 1, 1, 10_000, 0, 0),
            ("partnership", 2, 2, 40_000, 0, 0), ("objective", 3, 3, 136_000, 1, -1),
        ]
        #expect(figures.count == expected.count)
        for (found, want) in zip(figures, expected) {
            #expect(found.0 == want.0 && found.1 == want.1 && found.2 == want.2 && found.3 == want.3 && found.4 == want.4 && found.5 == want.5)
        }
        // The example is not "mostly ecological": economic targets are under-represented (17/147 = 12 % vs 28 %).
        #expect(dimension.classes[1].countLean == .under)
        #expect(report.statement == "Economische doelen krijgen veel minder aandacht dan in de SDG's; het plan legt meer nadruk op sociale doelen.")
    }
}
