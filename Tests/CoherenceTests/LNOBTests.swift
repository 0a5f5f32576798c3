import Foundation
import Testing
@testable import Coherence

/// Tests of the Leave No One Behind check: every status, every gap kind, mitigation, voice, targets,
/// factors and goal-level notes on hand-built networks; then what the bundled example has built in.
@Suite("LNOB")
struct LNOBTests {
    /// A builder with one domain `d`, actions `a1`…`a<count>` in it, and one own group `night` (governance).
    static func builder(actions count: Int, language: Language = .en) -> PolicyNetworkBuilder {
        var builder = PolicyNetworkBuilder(name: "LNOB test", language: language)
        builder.addDomain(id: "d", label: "Domain")
        for i in 1...count {
            builder.addAction(ActionDeclaration(id: "a\(i)", label: "Action \(i)", domain: "d"))
        }
        builder.addGroup(id: "night", label: "Night workers", factors: [.governance])
        return builder
    }

    static func gaps(_ report: LNOBReport, _ kind: LNOBGapKind, group: String) -> [LNOBGap] {
        report.gaps.filter { $0.kind == kind && $0.group == group }
    }

    // MARK: - Statuses

    @Test func everyGroupIsCheckedCatalogueAndOwn() throws {
        let network = try Self.builder(actions: 1).build()
        let report = lnobAnalysis(in: network)
        // 10 catalogue groups + 1 own group, all with status none and a noBenefit gap.
        #expect(report.groups.count == 11)
        #expect(report.groups.map(\.group).prefix(10) == ArraySlice(SDGCatalogue.standard.groups.map(\.id)))
        #expect(report.groups.last?.group == "night")
        #expect(report.groups.allSatisfy { $0.status == .none })
        #expect(report.gaps.filter { $0.kind == .noBenefit }.count == 11)
    }

    @Test func statusNonePartialFull() throws {
        var builder = Self.builder(actions: 3)
        builder.addGroupEffect(action: "a1", group: "older-persons", score: 2)   // one benefit → partial
        builder.addGroupEffect(action: "a1", group: "disability", score: 1)      // two benefits → full
        builder.addGroupEffect(action: "a2", group: "disability", score: 1)
        builder.addGroupEffect(action: "a3", group: "homeless", score: 0)        // 0 is neither: still none
        let report = lnobAnalysis(in: try builder.build())
        #expect(report.group("older-persons")?.status == .partial)
        #expect(report.group("older-persons")?.statusExplanation == "Only one action benefits this group.")
        #expect(report.group("disability")?.status == .full)
        #expect(report.group("disability")?.statusExplanation == "2 actions benefit this group and none burdens it.")
        #expect(report.group("homeless")?.status == LNOBStatus.none)
        #expect(report.group("homeless")?.benefits.isEmpty == true)
        #expect(report.group("homeless")?.burdens.isEmpty == true)
        #expect(report.gaps(forGroup: "older-persons").isEmpty)
        #expect(report.gaps(forGroup: "disability").isEmpty)
    }

    /// Decision: any unmitigated burden, even a mild −1 with a voice, keeps a group at partial; only
    /// burdens ≤ −2s/3 are a severe-burden gap.
    @Test func anyUnmitigatedBurdenMakesPartialButOnlySevereOnesAreGaps() throws {
        var builder = Self.builder(actions: 3)
        builder.addStakeholder(id: "council", label: "Seniors' council", kind: .citizens)
        builder.addRepresentation(stakeholder: "council", group: "older-persons")
        builder.addGroupEffect(action: "a1", group: "older-persons", score: 2)
        builder.addGroupEffect(action: "a2", group: "older-persons", score: 2)
        builder.addGroupEffect(action: "a3", group: "older-persons", score: -1)
        builder.addInvolvement(action: "a3", stakeholder: "council")
        let report = lnobAnalysis(in: try builder.build())
        let finding = try #require(report.group("older-persons"))
        #expect(finding.status == .partial)
        #expect(finding.statusExplanation == "2 actions benefit this group, but 1 burden is not mitigated.")
        #expect(finding.benefitTotal == 4)
        #expect(finding.burdenTotal == 1)
        #expect(finding.burdens.first?.severe == false)
        #expect(finding.burdens.first?.voices == ["council"])
        // −1 > −2: no severe gap; 1 < 4: burdens do not outweigh; the council was involved: a voice.
        #expect(report.gaps(forGroup: "older-persons").isEmpty)
    }

    // MARK: - Severe burdens and mitigation

    /// A −2 burden explicitly mitigated: no severe-burden gap, and the group can be full.
    @Test func explicitMitigationOffsetsASevereBurden() throws {
        var builder = Self.builder(actions: 3)
        builder.addStakeholder(id: "poverty", label: "Poverty network", kind: .civilSociety)
        builder.addRepresentation(stakeholder: "poverty", group: "low-income")
        builder.addGroupEffect(action: "a1", group: "low-income", score: -2)
        builder.addInvolvement(action: "a1", stakeholder: "poverty")
        builder.addGroupEffect(action: "a2", group: "low-income", score: 2)
        builder.addGroupEffect(action: "a3", group: "low-income", score: 1)
        builder.addMitigation(by: "a2", of: "a1", on: "low-income")
        let report = lnobAnalysis(in: try builder.build())
        let finding = try #require(report.group("low-income"))
        #expect(finding.burdens.map(\.mitigatedBy) == [["a2"]])
        #expect(finding.burdens.first?.severe == true)
        #expect(finding.status == .full)
        #expect(finding.statusExplanation == "2 actions benefit this group and every burden is explicitly mitigated.")
        #expect(Self.gaps(report, .unmitigatedSevereBurden, group: "low-income").isEmpty)
        #expect(report.gaps(forGroup: "low-income").isEmpty)
    }

    /// The same −2 burden with larger unrelated benefits (+3 +3) and no mitigation: still a gap, never netted.
    @Test func unrelatedBenefitsDoNotOffsetASevereBurden() throws {
        var builder = Self.builder(actions: 3)
        builder.addGroupEffect(action: "a1", group: "low-income", score: -2)
        builder.addGroupEffect(action: "a2", group: "low-income", score: 3)
        builder.addGroupEffect(action: "a3", group: "low-income", score: 3)
        // a mitigation of a1's burden on ANOTHER group does not count for low-income
        builder.addGroupEffect(action: "a1", group: "older-persons", score: -1)
        builder.addMitigation(by: "a2", of: "a1", on: "older-persons")
        let report = lnobAnalysis(in: try builder.build())
        let severe = Self.gaps(report, .unmitigatedSevereBurden, group: "low-income")
        #expect(severe.count == 1)
        #expect(severe.first?.actions == ["a1"])
        #expect(severe.first?.groups == ["low-income"])
        #expect(severe.first?.score == -2)
        #expect(severe.first?.explanation ==
            "\u{201C}Action 1\u{201D} places a heavy burden (\u{2212}2) on people in poverty that no action explicitly mitigates; benefits from other actions do not offset it.")
        #expect(report.group("low-income")?.status == .partial)
        // 2 < 6: burdens do not outweigh the benefits
        #expect(Self.gaps(report, .burdensOutweighBenefits, group: "low-income").isEmpty)
        // older persons: the −1 is mitigated, but the group has no benefit → none
        #expect(report.group("older-persons")?.burdens.first?.mitigatedBy == ["a2"])
        #expect(report.group("older-persons")?.status == LNOBStatus.none)
    }

    @Test func severeThresholdIsRelativeToTheScale() throws {
        // On a −1…1 scale, −2s/3 = −0.667: −0.7 is severe, −0.6 is not.
        var builder = PolicyNetworkBuilder(name: "small scale", language: .en, scale: ScoreScale(min: -1, max: 1))
        builder.addDomain(id: "d", label: "D")
        builder.addAction(ActionDeclaration(id: "a1", label: "A1", domain: "d"))
        builder.addAction(ActionDeclaration(id: "a2", label: "A2", domain: "d"))
        builder.addGroupEffect(action: "a1", group: "homeless", score: -0.7)
        builder.addGroupEffect(action: "a2", group: "disability", score: -0.6)
        let report = lnobAnalysis(in: try builder.build())
        #expect(report.severeBurdenScore == -2.0 / 3.0)
        #expect(Self.gaps(report, .unmitigatedSevereBurden, group: "homeless").count == 1)
        #expect(Self.gaps(report, .unmitigatedSevereBurden, group: "disability").isEmpty)
    }

    // MARK: - Burdens against benefits, voice

    @Test func burdensOutweighBenefitsOnlyWhenStrictlyLarger() throws {
        var builder = Self.builder(actions: 4)
        // night: +1 against −1 −1 → 2 > 1: gap
        builder.addGroupEffect(action: "a1", group: "night", score: 1)
        builder.addGroupEffect(action: "a2", group: "night", score: -1)
        builder.addGroupEffect(action: "a3", group: "night", score: -1)
        // disability: +2 against −1 −1 → 2 = 2: no gap
        builder.addGroupEffect(action: "a1", group: "disability", score: 2)
        builder.addGroupEffect(action: "a2", group: "disability", score: -1)
        builder.addGroupEffect(action: "a4", group: "disability", score: -1)
        let report = lnobAnalysis(in: try builder.build())
        let outweigh = Self.gaps(report, .burdensOutweighBenefits, group: "night")
        #expect(outweigh.count == 1)
        #expect(outweigh.first?.actions == ["a2", "a3", "a1"])
        #expect(outweigh.first?.score == -2)
        #expect(outweigh.first?.explanation ==
            "The burdens on night workers (\u{2212}2 in total, from \u{201C}Action 2\u{201D} and \u{201C}Action 3\u{201D}) outweigh the benefits (+1 in total, from \u{201C}Action 1\u{201D}).")
        #expect(Self.gaps(report, .burdensOutweighBenefits, group: "disability").isEmpty)
    }

    @Test func burdenWithoutVoice() throws {
        var builder = Self.builder(actions: 2)
        builder.addStakeholder(id: "adult-ed", label: "Adult education centre", kind: .civilSociety)
        builder.addStakeholder(id: "ict", label: "ICT service", kind: .administration)
        builder.addRepresentation(stakeholder: "adult-ed", group: "digitally-excluded")
        builder.addGroupEffect(action: "a1", group: "digitally-excluded", score: -1)   // rep not involved → gap
        builder.addInvolvement(action: "a1", stakeholder: "ict")
        builder.addGroupEffect(action: "a2", group: "digitally-excluded", score: -1)   // rep involved → no gap
        builder.addInvolvement(action: "a2", stakeholder: "adult-ed")
        builder.addGroupEffect(action: "a1", group: "night", score: -1)                // nobody represents night workers
        let report = lnobAnalysis(in: try builder.build())
        let voice = Self.gaps(report, .burdenWithoutVoice, group: "digitally-excluded")
        #expect(voice.map(\.actions) == [["a1"]])
        #expect(voice.first?.explanation ==
            "\u{201C}Action 1\u{201D} burdens people with low literacy or without digital access (\u{2212}1), but their representative Adult education centre is not involved in the action.")
        let none = Self.gaps(report, .burdenWithoutVoice, group: "night")
        #expect(none.first?.explanation == "\u{201C}Action 1\u{201D} burdens night workers (\u{2212}1), and no stakeholder in the model speaks for them.")
        #expect(report.group("digitally-excluded")?.representatives == ["adult-ed"])
    }

    @Test func noBenefitNamesTheBurdensInDutch() throws {
        var builder = Self.builder(actions: 1, language: .nl)
        builder.addGroupEffect(action: "a1", group: "homeless", score: -1)
        let report = lnobAnalysis(in: try builder.build())
        let gap = try #require(Self.gaps(report, .noBenefit, group: "homeless").first)
        #expect(gap.actions == ["a1"])
        #expect(gap.explanation ==
            "Geen enkele actie van het plan komt ten goede aan dak- en thuislozen, terwijl \u{201C}Action 1\u{201D} (\u{2212}1) hen wel een last oplegt.")
        let outweigh = try #require(Self.gaps(report, .burdensOutweighBenefits, group: "homeless").first)
        #expect(outweigh.explanation ==
            "De lasten voor dak- en thuislozen (samen \u{2212}1, door \u{201C}Action 1\u{201D}) wegen zwaarder dan de voordelen, want geen enkele actie helpt hen.")
        // --lang en on a Dutch model: catalogue groups named in English
        let english = lnobAnalysis(in: try builder.build(), options: LNOBOptions(language: .en))
        #expect(english.language == .en)
        #expect(english.group("homeless")?.label == "homeless people")
    }

    // MARK: - Factors

    @Test func factorsNoActionAddresses() throws {
        var builder = Self.builder(actions: 1)
        builder.addGroupEffect(action: "a1", group: "low-income", score: 1)   // socio-economic status
        builder.addGroupEffect(action: "a1", group: "night", score: 1)        // own group with governance
        let report = lnobAnalysis(in: try builder.build())
        let factorGaps = report.gaps.filter { $0.kind == .factorNotAddressed }
        #expect(factorGaps.compactMap(\.factor) == [.discrimination, .geography, .shocksAndFragility])
        let shocks = try #require(factorGaps.first { $0.factor == .shocksAndFragility })
        #expect(shocks.groups == ["homeless", "shock-affected"])
        #expect(shocks.explanation ==
            "No action benefits a group left behind through shocks and fragility: homeless people and people hit by shocks (flooding, heat, crises) get no benefit.")
        #expect(report.factors.first { $0.factor == .governance }?.benefitingActions == ["a1"])
    }

    // MARK: - LNOB-relevant targets

    @Test func lnobTargetsNotAddressedInGoalsThePlanWorksOn() throws {
        var builder = Self.builder(actions: 1)
        builder.addContribution(action: "a1", to: "5.4", score: 2)
        let report = lnobAnalysis(in: try builder.build())
        let notAddressed = report.gaps.filter { $0.kind == .lnobTargetNotAddressed }
        // every LNOB-relevant target of goal 5 except 5.4; nothing of the goals the plan does not touch
        let expected = SDGCatalogue.standard.targets(ofGoal: 5).filter { $0.lnobRelevant && $0.id != "5.4" }.map(\.id)
        #expect(expected.count == 8)
        #expect(notAddressed.compactMap(\.target) == expected)
        #expect(notAddressed.allSatisfy { $0.targets == [$0.target!] && $0.actions.isEmpty })
        #expect(notAddressed.first?.explanation ==
            "The plan works on SDG 5, but no action contributes positively to target 5.1 (End discrimination against women), a target about people at risk of being left behind (\u{201C}women\u{201D}, \u{201C}girls\u{201D}).")
        #expect(report.targets.first { $0.target == "5.4" }?.positiveActions == ["a1"])
        #expect(report.notes.isEmpty)
    }

    @Test func goalLevelTagsGiveNotesNotGaps() throws {
        var builder = Self.builder(actions: 2)
        builder.addContribution(action: "a1", to: "5.4", score: 2)
        builder.addContribution(action: "a2", to: "SDG5", score: 1)
        let report = lnobAnalysis(in: try builder.build())
        #expect(report.gaps.filter { $0.kind == .lnobTargetNotAddressed }.isEmpty)
        let note = try #require(report.notes.first)
        #expect(report.notes.count == 1)
        #expect(note.kind == .cannotAssessAtTargetLevel)
        #expect(note.goal == "SDG5")
        #expect(note.actions == ["a2"])
        #expect(note.positive)
        #expect(note.targets == ["5.1", "5.2", "5.3", "5.5", "5.6", "5.a", "5.b", "5.c"])
        #expect(note.explanation.hasPrefix("\u{201C}Action 2\u{201D} contributes to SDG 5 as a whole, without naming a target: whether it reaches its LNOB-relevant targets 5.1, 5.2"))
    }

    @Test func aGoalTagNextToATargetOfTheSameGoalCountsOnce() throws {
        var builder = Self.builder(actions: 1)
        builder.addContribution(action: "a1", to: "5.4", score: 2)
        builder.addContribution(action: "a1", to: "SDG5", score: 1)   // dropped: a1 also tags 5.4
        let report = lnobAnalysis(in: try builder.build())
        #expect(report.notes.isEmpty)
        #expect(report.gaps.filter { $0.kind == .lnobTargetNotAddressed }.count == 8)
    }

    @Test func directHarmAndItsMitigation() throws {
        var builder = Self.builder(actions: 3)
        builder.addContribution(action: "a1", to: "10.2", score: -1)
        builder.addContribution(action: "a2", to: "11.2", score: -2)
        builder.addContribution(action: "a3", to: "11.6", score: 1)
        builder.addMitigation(by: "a3", of: "a2", on: "11.2")
        let report = lnobAnalysis(in: try builder.build())
        let harmed = report.gaps.filter { $0.kind == .lnobTargetHarmed }
        #expect(harmed.map(\.target) == ["10.2"])
        #expect(harmed.first?.actions == ["a1"])
        #expect(harmed.first?.score == -1)
        #expect(harmed.first?.explanation ==
            "Target 10.2 (Social, economic, political inclusion), a target about people at risk of being left behind, is set back by \u{201C}Action 1\u{201D} (\u{2212}1).")
        // the mitigated harm is kept in the finding, with its mitigator
        let t112 = try #require(report.targets.first { $0.target == "11.2" })
        #expect(t112.harms == [LNOBHarm(action: "a2", via: nil, strength: -2, mitigatedBy: ["a3"])])
        // the plan contributes positively to goal 11 (11.6), so 11.2 is in scope and not addressed
        #expect(report.gaps.contains { $0.kind == .lnobTargetNotAddressed && $0.target == "11.2" && $0.actions == ["a2"] })
        // goal 10 is only harmed: 10.2 is harmed, but not "not addressed"
        #expect(!report.gaps.contains { $0.kind == .lnobTargetNotAddressed && $0.target == "10.2" })
    }

    /// Indirect harm through the matrix: strength c·a/s, kept at ≤ −s/3.
    @Test func indirectHarmThroughTheMatrix() throws {
        var builder = Self.builder(actions: 4)
        // a1 → 8.3 (+2) → 10.2 (−2): 2·(−2)/3 = −1.33 ≤ −1 → harm
        builder.addContribution(action: "a1", to: "8.3", score: 2)
        // a2 → 8.2 (+1) → 10.2 (−2): 1·(−2)/3 = −0.67 > −1 → no harm
        builder.addContribution(action: "a2", to: "8.2", score: 1)
        // a3 → 8.4 (−2) → 10.2 (−2): (−2)(−2)/3 = +1.33 → protects, no harm
        builder.addContribution(action: "a3", to: "8.4", score: -2)
        // a4 → 8.3 (+2) → 10.2, but a4 contributes directly (+1) to 10.2: the direct score counts
        builder.addContribution(action: "a4", to: "8.3", score: 2)
        builder.addContribution(action: "a4", to: "10.2", score: 1)
        for from in ["8.3", "8.2", "8.4"] {
            builder.addJudgement(InteractionJudgement(expert: "x", from: from, to: "10.2", score: -2))
        }
        let report = lnobAnalysis(in: try builder.build())
        let harmed = try #require(report.gaps.first { $0.kind == .lnobTargetHarmed && $0.target == "10.2" })
        #expect(harmed.actions == ["a1"])
        #expect(harmed.targets == ["10.2", "8.3"])
        #expect(abs((harmed.score ?? 0) + 4.0 / 3.0) < 1e-12)
        #expect(harmed.explanation ==
            "Target 10.2 (Social, economic, political inclusion), a target about people at risk of being left behind, is set back indirectly by \u{201C}Action 1\u{201D} through 8.3 (Decent jobs and entrepreneurship) (\u{2212}1.33).")
        let finding = try #require(report.targets.first { $0.target == "10.2" })
        #expect(finding.harms.map(\.action) == ["a1"])
        #expect(finding.harms.first?.via == "8.3")
        #expect(finding.positiveActions == ["a4"])
    }

    @Test func aDirectContributionEvenZeroTakesPrecedenceOverPaths() throws {
        var builder = Self.builder(actions: 1)
        builder.addContribution(action: "a1", to: "8.3", score: 3)
        builder.addJudgement(InteractionJudgement(expert: "x", from: "8.3", to: "10.2", score: -1))   // 3·(−1)/3 = −1
        #expect(lnobAnalysis(in: try builder.build()).gaps.contains { $0.kind == .lnobTargetHarmed && $0.target == "10.2" })
        builder.addContribution(action: "a1", to: "10.2", score: 0)   // judged "consistent" directly
        #expect(!lnobAnalysis(in: try builder.build()).gaps.contains { $0.kind == .lnobTargetHarmed })
    }

    /// An indirect harm is offset by a mitigation on the harmed target, or on the first step when that step is the burden.
    @Test func mitigationOffsetsAnIndirectHarm() throws {
        func network(mitigating subject: String?) throws -> PolicyNetwork {
            var builder = Self.builder(actions: 2)
            builder.addContribution(action: "a1", to: "8.3", score: -3)
            builder.addJudgement(InteractionJudgement(expert: "x", from: "8.3", to: "10.2", score: 1))   // (−3)·1/3 = −1
            if let subject { builder.addMitigation(by: "a2", of: "a1", on: subject) }
            return try builder.build()
        }
        #expect(lnobAnalysis(in: try network(mitigating: nil)).gaps.contains { $0.kind == .lnobTargetHarmed && $0.target == "10.2" })
        for subject in ["8.3", "10.2"] {
            let report = lnobAnalysis(in: try network(mitigating: subject))
            #expect(!report.gaps.contains { $0.kind == .lnobTargetHarmed && $0.target == "10.2" })
            #expect(report.targets.first { $0.target == "10.2" }?.harms.first?.mitigatedBy == ["a2"])
        }
    }

    // MARK: - JSON shape

    @Test func gapJSONHasTheDocumentedKeys() throws {
        var builder = Self.builder(actions: 1)
        builder.addGroupEffect(action: "a1", group: "homeless", score: -2)
        builder.addContribution(action: "a1", to: "10.2", score: -1)
        let report = lnobAnalysis(in: try builder.build())
        let encoder = JSONEncoder()
        for gap in report.gaps {
            let object = try #require(try JSONSerialization.jsonObject(with: encoder.encode(gap)) as? [String: Any])
            #expect(object["kind"] is String)
            #expect(object["actions"] is [Any])
            #expect(object["targets"] is [Any])
            #expect(object["explanation"] is String)
            #expect(object["group"] is String || object["target"] is String || object["factor"] is String)
        }
        let data = try encoder.encode(report)
        #expect(try JSONDecoder().decode(LNOBReport.self, from: data) == report)
    }
    // MARK: - The bundled example (Models/README.md and the comments in Models/example.yaml)

    @Test func bundledExampleGroups() throws {
        let report = lnobAnalysis(in: try BundledExample.network())
        #expect(report.language == .nl)
        #expect(report.groups.count == 12)   // 10 catalogue groups + nachtwerkers + mantelzorgers
        func kinds(_ group: String) -> [LNOBGapKind] { report.gaps(forGroup: group).map(\.kind) }

        // homeless: no action benefits them; the station square burdens them (−1) and nobody speaks for them
        #expect(report.group("homeless")?.status == LNOBStatus.none)
        #expect(kinds("homeless") == [.noBenefit, .burdensOutweighBenefits, .burdenWithoutVoice])
        #expect(report.gaps(forGroup: "homeless").allSatisfy { $0.actions.first == "stationsplein" })

        // night workers: one benefit (+1 cycle routes), the bus network's −2 unmitigated, no representative
        #expect(report.group("nachtwerkers")?.status == .partial)
        #expect(kinds("nachtwerkers") == [.burdensOutweighBenefits, .unmitigatedSevereBurden, .burdenWithoutVoice])
        #expect(report.gaps(forGroup: "nachtwerkers").last?.actions == ["busnet"])

        // digitally excluded: digipunt +2, digital-first desk −2 without basiseducatie involved
        #expect(report.group("digitally-excluded")?.status == .partial)
        #expect(kinds("digitally-excluded") == [.unmitigatedSevereBurden, .burdenWithoutVoice])
        let voice = try #require(Self.gaps(report, .burdenWithoutVoice, group: "digitally-excluded").first)
        #expect(voice.actions == ["digitaal-loket"])
        #expect(voice.explanation == "\u{201C}Digitaal-eerst loket: aanvragen en afspraken enkel nog online\u{201D} legt laaggeletterden en digitaal uitgeslotenen een last op (\u{2212}2), maar hun vertegenwoordiger Centrum voor Basiseducatie Leiestreek is niet bij de actie betrokken.")

        // deprived areas: the business park's −2 is unmitigated although the neighbourhood committee had a voice
        #expect(report.group("deprived-areas")?.status == .partial)
        #expect(kinds("deprived-areas") == [.unmitigatedSevereBurden])
        #expect(report.group("deprived-areas")?.burdens.first?.voices == ["wijkcomite-rivierwijk"])

        // low income: both −2 burdens (LEZ, renovation coach) explicitly mitigated → full
        let lowIncome = try #require(report.group("low-income"))
        #expect(lowIncome.status == .full)
        #expect(lowIncome.burdens.map(\.action) == ["lez", "renovatiecoach"])
        #expect(lowIncome.burdens.map(\.mitigatedBy) == [["mobiliteitsbudget"], ["huurpremie"]])
        #expect(Self.gaps(report, .unmitigatedSevereBurden, group: "low-income").isEmpty)
        // … but the renovation coach involved no one who speaks for people in poverty
        #expect(kinds("low-income") == [.burdenWithoutVoice])

        // older persons: the bus network's −1 is mitigated (minder-mobielen); LEZ and digital desk are not
        let older = try #require(report.group("older-persons"))
        #expect(older.status == .partial)
        #expect(older.burdens.first { $0.action == "busnet" }?.mitigatedBy == ["minder-mobielen"])
        #expect(older.unmitigatedBurdens.map(\.action).sorted() == ["digitaal-loket", "lez"])

        #expect(report.statusCounts == [.none: 1, .partial: 5, .full: 6])
        #expect(!report.gaps.contains { $0.kind == .factorNotAddressed })
    }

    @Test func bundledExampleTargets() throws {
        let report = lnobAnalysis(in: try BundledExample.network())
        let harmed = report.gaps.filter { $0.kind == .lnobTargetHarmed }
        #expect(harmed.first { $0.target == "10.2" }?.actions == ["busnet", "digitaal-loket"])
        #expect(harmed.first { $0.target == "11.7" }?.actions.first == "verdichting-stationswijk")
        // SDG 5 is only worked on through 5.4 (care work): its other eight LNOB-relevant targets are gaps
        let goal5 = report.gaps.filter { $0.kind == .lnobTargetNotAddressed && $0.target?.hasPrefix("5.") == true }
        #expect(goal5.count == 8)
        // SDG 16 is tagged at goal level (sdg-werking): a note, not gaps
        #expect(!report.gaps.contains { $0.kind == .lnobTargetNotAddressed && $0.target == "16.3" })
        #expect(report.notes.contains { $0.goal == "SDG16" && $0.actions == ["sdg-werking"] && $0.targets.contains("16.3") })
    }
}
