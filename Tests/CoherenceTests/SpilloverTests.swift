import Foundation
import Testing
@testable import Coherence

/// A small network built by hand for the spillover tests (the default scale −3…+3, s = 3,
/// threshold s/3 = 1 unless a test says otherwise).
private struct SpillNet {
    var builder: PolicyNetworkBuilder

    init(language: Language = .nl, scale: ScoreScale = .nilsson) {
        builder = PolicyNetworkBuilder(name: "spillover test", language: language, scale: scale)
    }

    mutating func domain(_ id: String, owns: [String] = []) {
        builder.addDomain(id: id, label: id.prefix(1).uppercased() + id.dropFirst())
        for node in owns { builder.addOwnership(domain: id, of: node) }
    }

    mutating func action(_ id: String, in domain: String, _ targets: [(String, Double)], scope: Scope = .here) {
        builder.addAction(ActionDeclaration(id: id, label: "Actie \(id)", domain: domain))
        for (target, score) in targets {
            builder.addContribution(action: id, to: target, score: score, annotation: EdgeAnnotation(scope: scope))
        }
    }

    mutating func contribution(_ action: String, _ target: String, _ score: Double, scope: Scope) {
        builder.addContribution(action: action, to: target, score: score, annotation: EdgeAnnotation(scope: scope))
    }

    mutating func interaction(_ from: String, _ to: String, _ score: Double, expert: String = "a") {
        builder.addJudgement(InteractionJudgement(expert: expert, from: from, to: to, score: score))
    }

    func build() throws -> PolicyNetwork { try builder.build() }
}

private func run(_ net: SpillNet, _ options: SpilloverOptions = .init()) throws -> SpilloverReport {
    try SpilloverAnalysis.run(try net.build(), options: options)
}

@Suite("Spillovers")
struct SpilloverTests {
    // MARK: - Direct spillovers

    @Test func directCoBenefit() throws {
        var net = SpillNet()
        net.domain("mob", owns: ["11.2"])
        net.domain("env", owns: ["11.6"])
        net.action("lez", in: "mob", [("11.2", 2), ("11.6", 2)])
        let report = try run(net)
        // 11.2 is mob's own target: no spillover. 11.6 belongs to env: a direct co-benefit of +2.
        #expect(report.findings.map(\.id) == ["lez>11.6"])
        let f = try #require(report.finding("lez>11.6"))
        #expect(f.kind == .direct && f.effect == .coBenefit && f.strength == 2)
        #expect(f.receivingDomains == ["env"] && f.path == ["lez", "11.6"] && f.scores == [2])
        #expect(f.managed == nil && f.management == nil)
        #expect(f.countsInAggregates)
    }

    @Test func directTradeOffUnmanaged() throws {
        var net = SpillNet()
        net.domain("mob", owns: ["11.2"])
        net.domain("eco", owns: ["8.3"])
        net.action("lez", in: "mob", [("8.3", -1)])
        net.action("heffing", in: "eco", [("8.3", -2)])      // the owner's own negative score is no support
        let f = try #require(try run(net).finding("lez>8.3"))
        #expect(f.effect == .tradeOff && f.strength == -1)
        #expect(f.management == .unmanaged && f.managed == false && f.receiverSupport == 0)
    }

    // MARK: - Indirect spillovers

    @Test func negativeTimesNegativeIsACoBenefit() throws {
        var net = SpillNet()
        net.domain("mob", owns: ["11.2"])
        net.domain("env", owns: ["11.6"])
        net.action("a", in: "mob", [("11.2", -3)])
        net.interaction("11.2", "11.6", -2)
        let report = try run(net)
        // (−3)·(−2)/3 = +2: preventing the setback on 11.2 protects 11.6.
        #expect(report.findings.map(\.id) == ["a>11.2>11.6"])
        let f = try #require(report.findings.first)
        #expect(f.kind == .indirect && f.effect == .coBenefit && f.strength == 2 && f.scores == [-3, -2])
        #expect(f.path == ["a", "11.2", "11.6"])
    }

    @Test func pathExactlyAtTheThresholdIsKeptAndJustBelowDropped() throws {
        // A scale without steps, so that 2.99 is a valid score.
        var net = SpillNet(scale: ScoreScale(min: -3, max: 3))
        net.domain("mob", owns: ["11.2", "3.6"])
        net.domain("env", owns: ["11.6", "15.1"])
        net.action("a", in: "mob", [("11.2", 1), ("3.6", 1)])
        net.interaction("11.2", "11.6", 3)       // 1·3/3 = 1     → kept (at the threshold)
        net.interaction("3.6", "15.1", 2.99)     // 1·2.99/3 ≈ 0.997 → dropped
        let report = try run(net)
        #expect(report.parameters.threshold == 1)
        #expect(report.findings.map(\.id) == ["a>11.2>11.6"])
        #expect(report.findings.first?.strength == 1)
        // A lower threshold keeps the second path too.
        let lower = try run(net, SpilloverOptions(threshold: 0.9))
        #expect(Set(lower.findings.map(\.id)) == ["a>11.2>11.6", "a>3.6>15.1"])
    }

    @Test func expertMeanAtTheThresholdIsKept() throws {
        var net = SpillNet()
        net.domain("mob", owns: ["11.2"])
        net.domain("env", owns: ["11.6"])
        net.action("a", in: "mob", [("11.2", 2)])
        net.interaction("11.2", "11.6", 2, expert: "a")
        net.interaction("11.2", "11.6", 1, expert: "b")   // mean 1.5; 2·1.5/3 = 1 → kept
        let f = try #require(try run(net).findings.first)
        #expect(f.id == "a>11.2>11.6" && f.strength == 1)
    }

    @Test func maxLengthThreeDividesBySSquaredAndPathsAreSimple() throws {
        var net = SpillNet()
        net.domain("mob", owns: ["11.2", "3.6"])
        net.domain("env", owns: ["11.6"])
        net.action("a", in: "mob", [("11.2", 3)])
        net.interaction("11.2", "3.6", 3)    // step 2 lands on mob's own 3.6: no finding
        net.interaction("3.6", "11.6", 2)    // step 3: 3·3·2/3² = 2
        net.interaction("3.6", "11.2", 3)    // would revisit 11.2: not a simple path
        let two = try run(net)
        #expect(two.findings.isEmpty)
        let three = try run(net, SpilloverOptions(maxLength: 3))
        #expect(three.findings.map(\.id) == ["a>11.2>3.6>11.6"])
        #expect(three.findings.first?.strength == 2)
        for f in three.findings { #expect(Set(f.path).count == f.path.count) }
        let direct = try run(net, SpilloverOptions(maxLength: 1))
        #expect(direct.counts.indirect == 0)
    }

    // MARK: - Managed or not

    @Test func managedByTheReceiversOwnContributions() throws {
        var net = SpillNet()
        net.domain("mob", owns: ["11.2"])
        net.domain("eco", owns: ["8.3"])
        net.action("lez", in: "mob", [("8.3", -1)])
        net.action("winkel", in: "eco", [("8.3", 2)])     // +2 ≥ |−1| → managed
        let f = try #require(try run(net).finding("lez>8.3"))
        #expect(f.management == .managed && f.managed == true)
        #expect(f.receiverSupport == 2 && f.supportedBy == ["winkel"] && f.mitigatedBy == [])
    }

    @Test func partlyManaged() throws {
        var net = SpillNet()
        net.domain("mob", owns: ["11.2"])
        net.domain("eco", owns: ["8.3"])
        net.action("lez", in: "mob", [("8.3", -2)])
        net.action("winkel", in: "eco", [("8.3", 1)])     // 0 < +1 < |−2| → partly
        let f = try #require(try run(net).finding("lez>8.3"))
        #expect(f.management == .partly && f.managed == false)
    }

    @Test func explicitMitigationMakesItManaged() throws {
        var net = SpillNet()
        net.domain("mob", owns: ["11.2"])
        net.domain("eco", owns: ["8.3"])
        net.domain("soc", owns: ["10.2"])
        net.action("lez", in: "mob", [("8.3", -3)])
        net.action("premie", in: "soc", [("10.2", 1)])   // no contribution to 8.3 at all
        net.builder.addMitigation(by: "premie", of: "lez", on: "8.3")
        let report = try run(net)
        let f = try #require(report.finding("lez>8.3"))
        #expect(f.management == .managed && f.managed == true && f.mitigatedBy == ["premie"] && f.receiverSupport == 0)
        #expect(f.explanation.contains("‘Actie premie’ vangt dit uitdrukkelijk op"))
        #expect(report.totals.total.unmanagedTradeOffs == 0)
    }

    @Test func managementRule() {
        #expect(Management.classify(strength: -2, support: 2, hasOwner: true, explicitlyMitigated: false) == .managed)
        #expect(Management.classify(strength: -2, support: 1.5, hasOwner: true, explicitlyMitigated: false) == .partly)
        #expect(Management.classify(strength: -2, support: 0, hasOwner: true, explicitlyMitigated: false) == .unmanaged)
        #expect(Management.classify(strength: -2, support: 5, hasOwner: false, explicitlyMitigated: false) == .unmanaged)
        #expect(Management.classify(strength: -2, support: 0, hasOwner: false, explicitlyMitigated: true) == .managed)
    }

    // MARK: - Ownership

    @Test func targetOwnedByTwoDomains() throws {
        var net = SpillNet()
        net.domain("mob", owns: ["11.2"])
        net.domain("welzijn", owns: ["10.2"])
        net.domain("cultuur", owns: ["10.2"])
        net.action("bus", in: "mob", [("10.2", -1)])
        net.action("uitpas", in: "welzijn", [("10.2", 1)])   // one owner's +1 covers |−1|: managed
        let report = try run(net)
        let f = try #require(report.finding("bus>10.2"))
        #expect(f.receivingDomains == ["welzijn", "cultuur"])
        #expect(f.management == .managed)
        // The pair lands on both owners: one cell each, but mob exports it once.
        #expect(report.flows.map(\.to) == ["welzijn", "cultuur"])
        #expect(report.flows.allSatisfy { $0.totals.total.tradeOffs == 1 && $0.totals.total.tradeOffStrength == -1 })
        let mob = try #require(report.domains.first { $0.domain == "mob" })
        #expect(mob.exports.total.tradeOffs == 1 && mob.exports.total.tradeOffStrength == -1)
        #expect(report.domains.filter { $0.receives.total.tradeOffs == 1 }.map(\.domain) == ["welzijn", "cultuur"])
    }

    @Test func oneDomainOwningEverythingHasNoSpillovers() throws {
        var net = SpillNet()
        net.domain("alles", owns: ["SDG11", "SDG8"])
        net.action("a", in: "alles", [("11.2", 2), ("8.3", -1), ("SDG11", 1)])
        net.action("b", in: "alles", [("11.6", -2), ("8.9", 3)])
        net.interaction("11.2", "8.3", 3)
        net.interaction("8.9", "11.6", -3)
        let report = try run(net)
        #expect(report.ownershipDeclared)
        #expect(report.findings.isEmpty && report.flows.isEmpty && report.unownedTargets.isEmpty)
        #expect(report.counts.pairs == 0 && report.totals.total.count == 0)
    }

    @Test func noOwnershipGivesOnePlainMessage() throws {
        var net = SpillNet()
        net.domain("mob")
        net.domain("eco")
        net.action("lez", in: "mob", [("8.3", -1), ("11.6", 2)])
        net.interaction("11.6", "3.9", 2)
        let report = try run(net)
        #expect(!report.ownershipDeclared)
        #expect(report.findings.isEmpty && report.flows.isEmpty && report.unownedTargets.isEmpty && report.cannotAssess.isEmpty)
        let message = try #require(report.message)
        #expect(message.contains("owns:") && message.contains("eigenaarschap.csv") && message.contains("Leg het eigenaarschap vast"))
        let english = try run(net, SpilloverOptions(language: .en))
        #expect(english.message?.contains("Declare ownership in the model") == true)
    }

    @Test func unownedTargetsAreListedWithTheActionsThatTouchThem() throws {
        var net = SpillNet()
        net.domain("mob", owns: ["11.2"])
        net.action("lez", in: "mob", [("3.9", 2), ("11.2", 3)])
        net.action("terrein", in: "mob", [("3.9", -1)])
        net.interaction("11.2", "3.9", 1)    // 3·1/3 = 1: an indirect path too, but the pair counts once (direct)
        let report = try run(net)
        #expect(report.unownedTargets.map(\.target) == ["3.9"])
        let touches = try #require(report.unownedTargets.first).touchedBy
        #expect(touches.map(\.action) == ["lez", "terrein"] && touches.map(\.strength) == [2, -1])
        #expect(report.finding("terrein>3.9")?.management == .unmanaged)
        #expect(report.finding("terrein>3.9")?.receivingDomains == [])
        #expect(report.flows.map(\.to) == [nil])
    }

    // MARK: - Goal-level tags

    @Test func goalLevelTagsWorkDirectlyAndCannotBeAssessedIndirectly() throws {
        var net = SpillNet()
        net.domain("mob", owns: ["11.2"])
        net.domain("welzijn", owns: ["3.8"])
        net.domain("cultuur", owns: ["11.4"])
        net.action("autodelen", in: "mob", [("SDG11", 1)])         // mob owns 11.2, so it owns goal 11: no spillover
        net.action("sport", in: "cultuur", [("SDG3", 1)])          // welzijn owns 3.8: a goal-level spillover
        net.action("beide", in: "cultuur", [("SDG11", 1), ("11.4", 2)])   // goal and target: counts once, as the target
        net.interaction("3.8", "11.2", 3)
        let report = try run(net)
        #expect(report.findings.map(\.id) == ["sport>SDG3"])
        let f = try #require(report.findings.first)
        #expect(f.targetKind == .goal && f.receivingDomains == ["welzijn"] && f.explanation.contains("SDG 3"))
        // Indirect paths need targets: both goal-only tags get a note; `beide` does not (its goal tag is dropped).
        #expect(report.cannotAssess.map(\.action) == ["autodelen", "sport"])
        #expect(report.cannotAssess.map(\.goal) == ["SDG11", "SDG3"])
        #expect(report.cannotAssess.allSatisfy { $0.explanation.contains("niet te beoordelen") })
    }

    // MARK: - Aggregates

    @Test func twoPathsToOneTargetCountOnce() throws {
        var net = SpillNet()
        net.domain("mob", owns: ["11.2", "3.6"])
        net.domain("env", owns: ["11.6"])
        net.action("a", in: "mob", [("11.2", 3), ("3.6", 3)])
        net.interaction("11.2", "11.6", 2)     // 3·2/3 = +2
        net.interaction("3.6", "11.6", -1)     // 3·(−1)/3 = −1
        let report = try run(net)
        #expect(Set(report.findings.map(\.id)) == ["a>11.2>11.6", "a>3.6>11.6"])
        let pair = try #require(report.pairs.first)
        #expect(report.pairs.count == 1)
        #expect(pair.pathCount == 2 && pair.signsDisagree && pair.spillover == "a>11.2>11.6" && pair.strength == 2)
        #expect(report.counts.pairsWithDisagreeingPaths == 1)
        // Counted once, by the strongest path: one co-benefit of +2, no trade-off.
        #expect(report.totals.total.coBenefits == 1 && report.totals.total.coBenefitStrength == 2)
        #expect(report.totals.total.tradeOffs == 0)
        #expect(report.finding("a>3.6>11.6")?.countsInAggregates == false)
    }

    @Test func aDirectContributionOutranksAStrongerPath() throws {
        var net = SpillNet()
        net.domain("mob", owns: ["11.2"])
        net.domain("env", owns: ["11.6"])
        net.action("b", in: "mob", [("11.6", 1), ("11.2", 3)])
        net.interaction("11.2", "11.6", 2)     // path b>11.2>11.6 = +2, direct b>11.6 = +1
        let pair = try #require(try run(net).pairs.first)
        #expect(pair.spillover == "b>11.6" && pair.kind == .direct && pair.strength == 1 && pair.pathCount == 2)
        #expect(!pair.signsDisagree)
    }

    @Test func scopesAreKeptApart() throws {
        var net = SpillNet()
        net.domain("mob", owns: ["11.2"])
        net.domain("env", owns: ["11.6", "15.1"])
        net.domain("eco", owns: ["8.3"])
        net.domain("intl", owns: ["6.1"])
        net.action("a", in: "mob", [("11.6", 2)])
        net.contribution("a", "15.1", -1, scope: .later)
        net.contribution("a", "6.1", 1, scope: .elsewhere)
        net.contribution("a", "11.2", 3, scope: .elsewhere)
        net.interaction("11.2", "8.3", 1)     // 3·1/3 = 1, with the scope of a → 11.2: elsewhere
        let report = try run(net)
        #expect(report.finding("a>11.2>8.3")?.scope == .elsewhere)
        let totals = report.totals
        #expect(totals.here.coBenefits == 1 && totals.here.tradeOffs == 0)
        #expect(totals.later.tradeOffs == 1 && totals.later.coBenefits == 0 && totals.later.tradeOffStrength == -1)
        #expect(totals.elsewhere.coBenefits == 2 && totals.elsewhere.coBenefitStrength == 2)
        #expect(totals.total.count == 4)
        let later = try run(net, SpilloverOptions(scopes: [.later]))
        #expect(later.findings.map(\.id) == ["a>15.1"])
        #expect(later.totals.total.count == 1 && later.totals.later.count == 1)
    }

    @Test func domainFilterKeepsWhatTheDomainCausesOrReceives() throws {
        let network = try BundledExample.network()
        let report = try SpilloverAnalysis.run(network, options: SpilloverOptions(domain: "economie"))
        #expect(!report.findings.isEmpty)
        #expect(report.findings.allSatisfy { $0.domain == "economie" || $0.receivingDomains.contains("economie") })
        #expect(throws: SpilloverError.self) { try SpilloverAnalysis.run(network, options: SpilloverOptions(domain: "economy")) }
    }

    @Test func domainMatrixSumsEqualTheFindings() throws {
        let report = try SpilloverAnalysis.run(try BundledExample.network())
        let counted = report.findings.filter(\.countsInAggregates)
        #expect(counted.count == report.counts.pairs)
        #expect(report.findings.count == report.counts.direct + report.counts.indirect)
        for scope in Scope.allCases {
            let mine = counted.filter { $0.scope == scope }
            let totals = report.totals[scope]
            #expect(totals.coBenefits == positives(mine).count)
            #expect(totals.tradeOffs == negatives(mine).count)
            #expect(abs(totals.tradeOffStrength - sum(negatives(mine))) < 1e-9)
            #expect(abs(totals.coBenefitStrength - sum(positives(mine))) < 1e-9)
            #expect(totals.unmanagedTradeOffs == mine.filter { $0.management == .unmanaged }.count)
        }
        // Exports count each pair once; a pair lands in one cell per receiving domain (or "nobody").
        for domain in report.domains {
            let mine = counted.filter { $0.domain == domain.domain }
            #expect(domain.exports.total.count == mine.count)
            #expect(abs(domain.exports.total.tradeOffStrength - sum(negatives(mine))) < 1e-9)
            let row = report.flows.filter { $0.from == domain.domain }
            let cells: Int = row.map { $0.totals.total.count }.reduce(0, +)
            let landings: Int = mine.map { max(1, $0.receivingDomains.count) }.reduce(0, +)
            #expect(cells == landings)
            let received = counted.filter { $0.receivingDomains.contains(domain.domain) }
            #expect(domain.receives.total.count == received.count)
            #expect(abs(domain.receives.total.coBenefitStrength - sum(positives(received))) < 1e-9)
        }
        var flowStrength = 0.0
        for flow in report.flows { flowStrength += flow.totals.total.tradeOffStrength + flow.totals.total.coBenefitStrength }
        var findingStrength = 0.0
        for f in counted { findingStrength += f.strength * Double(max(1, f.receivingDomains.count)) }
        #expect(abs(flowStrength - findingStrength) < 1e-9)
    }

    private func positives(_ findings: [Spillover]) -> [Spillover] { findings.filter { $0.strength > 0 } }
    private func negatives(_ findings: [Spillover]) -> [Spillover] { findings.filter { $0.strength < 0 } }
    private func sum(_ findings: [Spillover]) -> Double { findings.reduce(0) { $0 + $1.strength } }

    @Test func aggregateOnlyGivesTheSameAggregates() throws {
        let network = try BundledExample.network()
        let full = try SpilloverAnalysis.run(network)
        let lean = try SpilloverAnalysis.run(network, options: SpilloverOptions(detail: .aggregateOnly))
        #expect(lean.findings.isEmpty && lean.pairs.isEmpty)
        #expect(lean.totals == full.totals && lean.flows == full.flows && lean.domains == full.domains)
        #expect(lean.unownedTargets == full.unownedTargets && lean.counts == full.counts)
        #expect(lean.transversality == full.transversality)
    }

    @Test func pathLimitStopsWithAnErrorNamingTheOption() throws {
        var net = SpillNet()
        net.domain("mob", owns: ["11.2"])
        net.domain("env", owns: ["11.6"])
        net.action("a", in: "mob", [("11.6", 1), ("11.2", 3)])
        net.interaction("11.2", "11.6", 3)
        let network = try net.build()
        #expect(throws: SpilloverError.pathLimitExceeded(limit: 1)) {
            try SpilloverAnalysis.run(network, options: SpilloverOptions(pathLimit: 1))
        }
        #expect(SpilloverError.pathLimitExceeded(limit: 1).description.contains("pathLimit"))
        #expect(SpilloverError.pathLimitExceeded(limit: 1).description.contains("--path-limit"))
        #expect(try SpilloverAnalysis.run(network, options: SpilloverOptions(pathLimit: 2)).findings.count == 2)
    }

    // MARK: - Transversality and co-addressed targets

    @Test func transversality() throws {
        var net = SpillNet()
        net.domain("mob", owns: ["11.2"])
        net.domain("env", owns: ["11.6"])
        net.domain("eco", owns: ["8.3"])
        net.action("a1", in: "mob", [("11.2", 1)])
        net.action("a2", in: "mob", [("11.6", -1), ("11.2", 2), ("3.9", 1)])
        net.action("e1", in: "eco", [("8.3", 2)])
        let t = try run(net).transversality
        // 5 contributions; a2 → 11.6 crosses; a2 → 3.9 reaches nobody's target.
        #expect(t.contributions == 5 && t.crossingContributions == 1 && t.contributionsToUnowned == 1 && t.share == 0.2)
        #expect(t.domains.map(\.share) == [0.5, nil, 0])
        let a2 = try #require(t.actions.first { $0.action == "a2" })
        #expect(a2.domainsReached == ["mob", "env"] && a2.otherDomains == ["env"] && a2.crossing == 1 && a2.toUnowned == 1)
    }

    @Test func coAddressedTargetsWithJaccardShareAreNeverPaths() throws {
        var net = SpillNet()
        net.domain("mob", owns: ["11.2"])
        net.domain("env", owns: ["11.6"])
        net.action("a1", in: "mob", [("11.2", 1), ("11.6", 1)])
        net.action("a2", in: "mob", [("11.2", 1), ("11.6", 2), ("8.3", -1)])
        net.action("a3", in: "env", [("11.6", 1)])
        let report = try run(net)
        let top = try #require(report.coAddressed.first)
        // 11.2 by {a1, a2}, 11.6 by {a1, a2, a3}: 2 together, union 3 → 2/3.
        #expect(top.first == "11.2" && top.second == "11.6" && top.actions == 2 && top.actionIDs == ["a1", "a2"])
        #expect(abs(top.jaccard - 2.0 / 3.0) < 1e-12 && top.crossesDomains)
        let other = try #require(report.coAddressed.first { $0.first == "8.3" && $0.second == "11.2" })
        #expect(other.actions == 1 && other.jaccard == 0.5)
        // No interactions: nothing indirect, whatever the co-addressing says.
        #expect(report.counts.indirect == 0)
        #expect(report.notes.count == 1)
    }

    // MARK: - Explanations and JSON

    @Test func explanationsInDutchAndEnglish() throws {
        var net = SpillNet()
        net.domain("mob", owns: ["11.2", "8.3"])
        net.domain("eco", owns: ["8.9"])
        net.action("lez", in: "mob", [("8.3", -3)])
        net.interaction("8.3", "8.9", 1)       // −3·1/3 = −1
        let network = try net.build()
        let nl = try #require(try SpilloverAnalysis.run(network).findings.first)
        let short = try #require(SDGCatalogue.standard.target("8.9"))
        #expect(nl.explanation == "De actie ‘Actie lez’ (Mob) verzwakt via 8.3 → 8.9 subdoel 8.9 (\(short.shortNameNL)) van Eco (sterkte −1); niemand beheert dit.")
        let en = try #require(try SpilloverAnalysis.run(network, options: SpilloverOptions(language: .en)).findings.first)
        #expect(en.explanation == "The action ‘Actie lez’ (Mob) weakens target 8.9 (\(short.shortNameEN)) of Eco via 8.3 → 8.9 (strength −1); nobody manages it.")
        #expect(en.targetLabel == short.shortNameEN)
        #expect(SpilloverText.number(-2.0 / 3.0, language: .nl) == "−0,67")
    }

    @Test func jsonShapeForScripts() throws {
        var net = SpillNet()
        net.domain("mob", owns: ["11.2"])
        net.domain("env", owns: ["11.6"])
        net.action("a", in: "mob", [("11.6", 2), ("15.1", -1)])
        let report = try run(net)
        let data = try JSONEncoder().encode(report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let tradeOff = try #require(findings.first { $0["id"] as? String == "a>15.1" })
        for key in ["id", "kind", "action", "domain", "target", "receivingDomains", "path", "pathLabels", "strength",
                    "scope", "explanation", "managed", "management"] {
            #expect(tradeOff[key] != nil, "missing \(key)")
        }
        #expect(tradeOff["management"] as? String == "unmanaged" && tradeOff["managed"] as? Bool == false)
        let coBenefit = try #require(findings.first { $0["id"] as? String == "a>11.6" })
        #expect(coBenefit["managed"] == nil && coBenefit["management"] == nil && coBenefit["kind"] as? String == "direct")
        let unowned = try #require(object["unownedTargets"] as? [[String: Any]])
        #expect(unowned.first?["target"] as? String == "15.1")
        #expect(try JSONDecoder().decode(SpilloverReport.self, from: data) == report)
    }

    // MARK: - The bundled example

    @Test func bundledExampleFindingsCheckedByHand() throws {
        let report = try SpilloverAnalysis.run(try BundledExample.network())
        // lez (mobiliteit) → 8.3 (economie) −1: winkelkern mitigates it explicitly.
        let lez = try #require(report.finding("lez>8.3"))
        #expect(lez.kind == .direct && lez.strength == -1 && lez.receivingDomains == ["economie"])
        #expect(lez.management == .managed && lez.mitigatedBy == ["winkelkern"])
        // kouterveld (wonen) → 11.3 (omgeving) −1: no omgeving action contributes to 11.3.
        let kouterveld = try #require(report.finding("kouterveld>11.3"))
        #expect(kouterveld.strength == -1 && kouterveld.receivingDomains == ["omgeving"])
        #expect(kouterveld.management == .unmanaged && kouterveld.supportedBy == [])
        // bedrijventerrein (economie) → 3.9 −1: nobody owns 3.9.
        let terrein = try #require(report.finding("bedrijventerrein>3.9"))
        #expect(terrein.receivingDomains.isEmpty && terrein.management == .unmanaged)
        let unowned39 = try #require(report.unownedTargets.first { $0.target == "3.9" })
        #expect(unowned39.touchedBy.contains { $0.action == "bedrijventerrein" && $0.strength == -1 })
        // groenbuffer (omgeving) mitigates bedrijventerrein on 15.1, which omgeving owns.
        #expect(report.finding("bedrijventerrein>15.1")?.mitigatedBy == ["groenbuffer"])
        #expect(report.findings.allSatisfy { !$0.explanation.isEmpty && $0.id == $0.path.joined(separator: ">") })
    }
}
