import Foundation
import Testing
@testable import Coherence

/// Tests of the participation analysis: stakeholders outside the administration, and voices of burdened groups.
@Suite("Participation")
struct ParticipationTests {
    /// - a1: admin only; burdens low-income −1 (its NGO not involved: no voice)
    /// - a2: NGO; burdens low-income −2 (voice) and older-persons −1 (council not involved: no voice)
    /// - a3: council + admin; no burden
    /// - a4: nobody; burdens homeless −1 (nobody represents homeless people)
    /// - a5: council; burdens older-persons −1 (voice)
    static func network() throws -> PolicyNetwork {
        var builder = PolicyNetworkBuilder(name: "participation", language: .en)
        builder.addDomain(id: "d", label: "D")
        for i in 1...5 { builder.addAction(ActionDeclaration(id: "a\(i)", label: "A\(i)", domain: "d")) }
        builder.addStakeholder(id: "admin", label: "Admin", kind: .administration)
        builder.addStakeholder(id: "ngo", label: "NGO", kind: .civilSociety)
        builder.addStakeholder(id: "council", label: "Council", kind: .citizens)
        builder.addRepresentation(stakeholder: "ngo", group: "low-income")
        builder.addRepresentation(stakeholder: "council", group: "older-persons")
        builder.addInvolvement(action: "a1", stakeholder: "admin")
        builder.addInvolvement(action: "a2", stakeholder: "ngo")
        builder.addInvolvement(action: "a3", stakeholder: "council")
        builder.addInvolvement(action: "a3", stakeholder: "admin")
        builder.addInvolvement(action: "a5", stakeholder: "council")
        builder.addGroupEffect(action: "a1", group: "low-income", score: -1)
        builder.addGroupEffect(action: "a2", group: "low-income", score: -2)
        builder.addGroupEffect(action: "a2", group: "older-persons", score: -1)
        builder.addGroupEffect(action: "a3", group: "older-persons", score: 2)
        builder.addGroupEffect(action: "a4", group: "homeless", score: -1)
        builder.addGroupEffect(action: "a5", group: "older-persons", score: -1)
        return try builder.build()
    }

    @Test func stakeholdersOutsideTheAdministration() throws {
        let report = participationAnalysis(in: try Self.network())
        #expect(report.actions == 5)
        #expect(report.actionsWithStakeholders == 4)          // all but a4
        #expect(report.actionsWithExternalStakeholders == 3)  // a2, a3, a5
        #expect(report.externalShare == 0.6)
        let byKind = Dictionary(uniqueKeysWithValues: report.byKind.map { ($0.kind, $0) })
        #expect(byKind[.administration].map { ($0.actions, $0.external, $0.stakeholders) }! == (2, false, 1))   // a1, a3
        #expect(byKind[.civilSociety]?.actions == 1)
        #expect(byKind[.citizens].map { ($0.actions, $0.share) }! == (2, 0.4))
        #expect(byKind[.knowledge].map { ($0.actions, $0.stakeholders) }! == (0, 0))
        #expect(report.byKind.map(\.kind) == StakeholderKind.allCases)
    }

    @Test func burdensWithAVoice() throws {
        let report = participationAnalysis(in: try Self.network())
        #expect(report.burdens.map { "\($0.action)>\($0.group)" } ==
            ["a1>low-income", "a2>low-income", "a2>older-persons", "a4>homeless", "a5>older-persons"])
        #expect(report.burdens.map(\.voices) == [[], ["ngo"], [], [], ["council"]])
        #expect(report.burdens.map(\.groupHasRepresentative) == [true, true, true, false, true])
        #expect(report.burdensWithVoice == 2)
        #expect(report.burdenVoiceShare == 0.4)                 // 2 of 5
        #expect(report.burdeningActions == 4)                   // a1, a2, a4, a5 (a3's +2 is a benefit)
        #expect(report.burdeningActionsWithVoice == 1)          // a5; a2 lacks the council for older persons
        #expect(report.burdeningActionVoiceShare == 0.25)
    }

    @Test func emptyPlan() throws {
        var builder = PolicyNetworkBuilder(name: "empty")
        builder.addDomain(id: "d", label: "D")
        let report = participationAnalysis(in: try builder.build())
        #expect(report.actions == 0)
        #expect(report.externalShare == 0)
        #expect(report.burdenVoiceShare == 0)
        #expect(report.burdeningActionVoiceShare == 0)
    }

    @Test func bundledExample() throws {
        let report = participationAnalysis(in: try BundledExample.network())
        #expect(report.actions == 54)
        #expect(report.actionsWithExternalStakeholders == 39)
        #expect(report.burdens.count == 10)
        // voiced: lez → low-income (De Brug), busnet → older-persons (seniorenraad), bedrijventerrein → deprived-areas (wijkcomité)
        #expect(report.burdens.filter { !$0.voices.isEmpty }.map { "\($0.action)>\($0.group)" }.sorted() ==
            ["bedrijventerrein>deprived-areas", "busnet>older-persons", "lez>low-income"])
        #expect(report.burdens.contains { $0.action == "digitaal-loket" && $0.group == "digitally-excluded" && $0.voices.isEmpty && $0.groupHasRepresentative })
    }
}
